"""Where a board publishes no exam domain weights, the practice page says the proportions are assumed."""

from tests.ui.conftest import sign_in


def test_the_practice_page_says_when_domain_proportions_are_assumed(qtbot, open_window, exam_settings):
    profile_path = exam_settings.content_dir / "certifications" / "test-board.yaml"
    text = profile_path.read_text(encoding="utf-8")
    window = open_window(exam_settings)
    sign_in(window)
    page = window.pages["practice"]
    page.refresh()
    label = page.home.exam_label.text()
    assert "The board publishes no domain proportions, so these are assumed: Advocacy 25%" in label
    window.close()
    # A board that publishes its weights: no such note.
    profile_path.write_text(text.replace("  verified: false\n", "  verified: false\n  weights_source: board\n"),
                            encoding="utf-8")
    window = open_window(exam_settings)
    sign_in(window, name="Bo")
    page = window.pages["practice"]
    page.refresh()
    assert "drawn by domain" in page.home.exam_label.text()
    assert "assumed" not in page.home.exam_label.text()
