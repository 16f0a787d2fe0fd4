"""Hostile content through the real pages: nothing loads, no link opens in the app, no fake styling."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.conftest import sign_in
from trainer.cli import main
from trainer.ui.widgets import safe_browser
from trainer.ui.widgets.safe_browser import SafeTextBrowser

# Line numbers matter: validate must name them.
HOSTILE_BANK = """\
id: hostile
title: Hostile
questions:
  - id: evil-001
    type: single
    domain: advocacy
    scenario: 'A <a href="javascript:alert(1)">script link</a>, a <a href="//evil.example/x">host link</a>'
    stem: 'Pick one <img src="{image}"> <a href="file:///etc/passwd">open me</a> <span style="color:#fff">the answer is B</span><script>alert(1)</script>'
    options:
      - text: 'First <img src="{image}">'
        correct: true
        why: 'Right <a href="data:text/html,hi">data link</a> <img src="https://evil.example/t.png">'
      - text: Second
        why: '<div style="font-size:40px">the answer is B</div>'
    explanation: 'See [the file](file:///etc/passwd) and <img src="{image}">'
"""
HOSTILE_MARKERS = ("<img", "file:", "javascript:", "data:", "//evil", "<script", "alert(", "style=\"color:#fff",
                   "font-size:40px")


@pytest.fixture
def hostile_settings(settings, tmp_path):
    image = tmp_path / "secret.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")  # a real local file the content points at
    (settings.content_dir / "quizzes" / "hostile.yaml").write_text(
        HOSTILE_BANK.format(image=QUrl.fromLocalFile(str(image)).toString()), encoding="utf-8")
    return settings


def _clean(html: str) -> bool:
    return not [m for m in HOSTILE_MARKERS if m in html]


def test_practice_and_review_show_hostile_content_sanitized(qtbot, open_window, hostile_settings):
    window = open_window(hostile_settings)
    sign_in(window)
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("practice")
    page = window.pages["practice"]
    page.start_practice("bank:hostile", 10)
    view = page.runner.view
    assert view.stem.textFormat() == Qt.TextFormat.RichText
    assert _clean(view.stem.text()) and "Pick one" in view.stem.text() and "open me" in view.stem.text()
    assert "<span>the answer is B</span>" in view.stem.text()  # the words stay, the styling goes
    assert _clean(view.scenario.text()) and "script link" in view.scenario.text()
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # check: feedback with rationales and explanation
    feedback = view.feedback.text()
    assert view.feedback.isVisible() and "data link" in feedback and "the file" in feedback
    assert _clean(feedback) and "First" in feedback
    qtbot.keyClick(view, Qt.Key.Key_Return)  # results
    detail = page.results.detail
    assert isinstance(detail, SafeTextBrowser)
    html = detail.toHtml()
    assert "open me" in html and "the answer is B" in html
    assert "<img" not in html and "file:" not in html and "javascript:" not in html
    assert "evil.example" not in html and "font-size:40px" not in html


def test_safe_browser_loads_nothing_and_opens_only_web_links(qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(safe_browser, "QDesktopServices", type("Fake", (), {
        "openUrl": staticmethod(lambda url: opened.append(url.toString()) or True)}))
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET FILE CONTENTS")
    image = tmp_path / "pixel.png"
    assert QImage(4, 4, QImage.Format.Format_RGB32).save(str(image))  # a real image it could show
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    image_url = QUrl.fromLocalFile(str(image))
    browser.setHtml(f'<p>Shown</p><img src="{image_url.toString()}"><a href="{QUrl.fromLocalFile(str(secret)).toString()}">x</a>')
    assert browser.loadResource(QTextDocument.ResourceType.ImageResource.value, image_url) is None
    browser.grab()  # lay out and paint: Qt asks for the image now
    loaded = browser.document().resource(QTextDocument.ResourceType.ImageResource.value, image_url)
    assert isinstance(loaded, QImage) and loaded.width() == 1 and loaded.pixelColor(0, 0).alpha() == 0
    assert QImage(str(image)).width() == 4  # the file itself is fine: the browser refused it
    for url in (QUrl.fromLocalFile(str(secret)), QUrl("javascript:alert(1)"), QUrl("data:text/html,hi"),
                QUrl("//evil.example/x"), QUrl("relative/page.html")):
        browser.anchorClicked.emit(url)
        browser.setSource(url)
        assert "SECRET" not in browser.toPlainText() and browser.toPlainText().startswith("Shown")
    assert opened == []
    for url in ("https://example.org/a", "http://example.org/b", "mailto:someone@example.org"):
        browser.anchorClicked.emit(QUrl(url))
    assert opened == ["https://example.org/a", "http://example.org/b", "mailto:someone@example.org"]


def test_validate_reports_every_dropped_piece_at_its_line(hostile_settings, capsys):
    module = Path(hostile_settings.content_dir) / "modules" / "boundaries-basics.md"
    text = module.read_text(encoding="utf-8")
    module.write_text(text + "\n<iframe src=\"file:///etc/passwd\"></iframe>\n", encoding="utf-8")
    module_line = len(text.splitlines()) + 2
    assert main(["validate", str(hostile_settings.content_dir)]) == 1
    out = capsys.readouterr().out.splitlines()
    bank = str(Path(hostile_settings.content_dir) / "quizzes" / "hostile.yaml")
    mine = [line for line in out if "would be removed when shown" in line]
    expected = [
        (f"{bank}:7:", "scenario", "javascript:alert(1)"), (f"{bank}:7:", "scenario", "//evil.example/x"),
        (f"{bank}:8:", "stem", "<img>"), (f"{bank}:8:", "stem", "file:///etc/passwd"),
        (f"{bank}:8:", "stem", "'style'"), (f"{bank}:8:", "stem", "<script>"),
        (f"{bank}:10:", "option", "<img>"),
        (f"{bank}:12:", "'why'", "data:text/html,hi"), (f"{bank}:12:", "'why'", "<img>"),
        (f"{bank}:14:", "'why'", "'style'"),
        (f"{bank}:15:", "explanation", "file:///etc/passwd"), (f"{bank}:15:", "explanation", "<img>"),
        (f"{module}:{module_line}:", "section", "<iframe>"),
    ]
    for where, field, what in expected:
        assert [line for line in mine if line.startswith(where) and field in line and what in line], \
            (where, field, what, mine)
    assert len(mine) == len(expected)


HOSTILE_MODULE = """\
---
id: hostile-module
title: '<img src="{image}">Hostile <b>title</b>'
domain: mentoring-education
minutes: 5
summary: 'Summary <img src="{image}"> <span style="font-size:40px">the answer is B</span>'
---
# Hostile

## Only section

Text <img src="{image}"> and [a file](file:///etc/passwd) and <a href="//evil.example/x">host</a>.
"""


def test_module_list_and_reader_keep_hostile_module_text_inert(qtbot, open_window, settings, tmp_path):
    image = tmp_path / "secret.png"
    assert QImage(4, 4, QImage.Format.Format_RGB32).save(str(image))
    (settings.content_dir / "modules" / "hostile-module.md").write_text(
        HOSTILE_MODULE.format(image=QUrl.fromLocalFile(str(image)).toString()), encoding="utf-8")
    window = open_window(settings)
    sign_in(window)
    window.show_page("modules")
    page = window.pages["modules"]
    assert page.tree.select_module("hostile-module")
    tooltip = page.tree.currentIndex().data(Qt.ItemDataRole.ToolTipRole)
    assert "Summary" in tooltip and "<img" not in tooltip and "font-size" not in tooltip
    page.open_module("hostile-module")
    reader = page.reader
    assert reader.title.textFormat() == Qt.TextFormat.PlainText  # the tag shows as characters
    html = reader.browser.toHtml()
    assert "<img" not in html and "file:" not in html and "evil.example" not in html
    assert "a file" in reader.browser.toPlainText() and "host" in reader.browser.toPlainText()


def test_gift_categories_in_the_import_dialog_are_plain_text(qtbot, settings):
    from trainer.content.loader import load_catalog
    from trainer.ui.pages.author.import_dialog import CategoryMapDialog

    hostile = '<img src="file:///etc/passwd">Ethics'
    dialog = CategoryMapDialog(load_catalog(settings.content_dir), [hostile], "x.gift")
    qtbot.addWidget(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if label.text() == hostile]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_a_profile_note_tooltip_on_the_dashboard_is_sanitized(qtbot, open_window, settings):
    profile = settings.content_dir / "certifications" / "test-board.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace(
        "note: Check with your board.",
        "note: 'Check <img src=\"file:///etc/hostile.png\"> with <span style=\"color:#fff\">your board</span>'"),
        encoding="utf-8")
    window = open_window(settings)
    sign_in(window)
    window.show_page("dashboard")
    dashboard = window.pages["dashboard"]
    tips = [w.toolTip() for w in dashboard.findChildren(QWidget) if "Check" in w.toolTip()]
    assert tips and all("<img" not in tip and "style=" not in tip and "your board" in tip for tip in tips)
