"""Dashboard for a seeded trainee: the right verdict, requirements and next steps."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from tests.conftest import BUNDLED_CONTENT
from trainer.config import resolve_settings
from trainer.study.demo import create_demo
from trainer.ui.widgets.elided_button import elided


def test_dashboard_for_a_demo_trainee(qtbot, open_window, data_dir):
    window = open_window(resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={}))
    services = window.context.services
    summary = create_demo(services, "Dee Monstration")
    window.context.set_trainee(services.trainees.find("Dee Monstration"))
    dashboard = window.pages["dashboard"]
    readiness = dashboard.readiness_service.assess(window.context.trainee.id, window.context.profile())
    assert dashboard.verdict.text() == readiness.verdict
    assert dashboard.verdict.property("status") == ("met" if readiness.ready else "in-progress")
    statuses = [dashboard.requirements.itemAtPosition(r, 1).widget().property("status")
                for r in range(len(readiness.requirements))]
    assert statuses == [{"met": "met", "not started": "not-started"}.get(r.status, "in-progress")
                        for r in readiness.requirements]
    assert dashboard.requirements.rowCount() >= len(readiness.requirements)
    labels = [dashboard.requirements.itemAtPosition(r, 0).widget().text().rstrip(" *")
              for r in range(len(readiness.requirements))]
    assert labels == [r.label for r in readiness.requirements]
    assert "Recent exam scores:" in dashboard.exam_trend.text()
    assert summary is not None
    for index, step in enumerate(readiness.next_steps[:len(dashboard.step_buttons)]):
        button = dashboard.step_buttons[index]
        assert button.full_text() == button.toolTip() == f"{index + 1}. {step.text}"
        assert button.accessibleName() == step.text
    # Clicking a step opens the page that does it.
    step = readiness.next_steps[0]
    qtbot.mouseClick(dashboard.step_buttons[0], Qt.MouseButton.LeftButton)
    assert window.current_page_key() == step.page
    if step.page == "modules" and step.argument:
        assert window.pages["modules"].reader.module.id == step.argument


def test_long_steps_are_shortened_not_widening_the_page(qtbot, open_window, data_dir):
    window = open_window(resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={}))
    services = window.context.services
    create_demo(services, "Dee Monstration")
    window.context.set_trainee(services.trainees.find("Dee Monstration"))
    window.resize(820, 700)  # narrow enough that the longest step cannot fit
    dashboard = window.pages["dashboard"]
    scroll = dashboard.findChild(QScrollArea)
    longest = max(dashboard.step_buttons, key=lambda b: len(b.full_text()))
    qtbot.waitUntil(lambda: longest.text().endswith("…"))
    assert scroll.widget().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
    assert longest.text().endswith("…") and longest.full_text().startswith(longest.text()[:-1].rstrip())
    assert longest.fontMetrics().horizontalAdvance(longest.text()) <= longest.width()
    window.resize(1900, 700)  # room again: the whole text comes back
    qtbot.waitUntil(lambda: longest.text() == longest.full_text())


def test_elided_cuts_at_a_word_and_fits():
    advance = len  # one unit per character
    text = "Recovery and Wellness Support: 61% in your last two exams"
    assert elided(text, advance, 100) == text
    short = elided(text, advance, 30)
    assert short == "Recovery and Wellness Support…" and len(short) <= 30
    assert elided("Supercalifragilistic", advance, 8) == "Superca…"
