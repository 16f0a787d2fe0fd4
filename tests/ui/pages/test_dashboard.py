"""Dashboard for a seeded trainee: the right verdict, requirements and next steps."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from tests.conftest import BUNDLED_CONTENT
from trainer.config import resolve_settings
from trainer.study.demo import create_demo
from trainer.study.readiness import Attest, LogHours, ReadModule, StudyWeakDomain, TakeExam
from trainer.study.readiness_codes import RequirementKind
from trainer.ui.i18n import install_translations
from trainer.ui.readiness_text import ReadinessWording
from trainer.ui.text import fill
from trainer.ui.widgets.elided_button import elided


def test_dashboard_for_a_demo_trainee(qtbot, open_window, data_dir):
    window = open_window(resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={}))
    services = window.context.services
    summary = create_demo(services, "Dee Monstration")
    window.context.set_trainee(services.trainees.find("Dee Monstration"))
    dashboard = window.pages["dashboard"]
    readiness = dashboard.readiness_service.assess(window.context.trainee.id, window.context.profile())
    assert dashboard.verdict.text() == fill("Not yet ready: %1 of %2 requirements met", readiness.met_count,
                                            readiness.total)
    assert dashboard.verdict.property("status") == ("met" if readiness.ready else "in-progress")
    statuses = [dashboard.requirements.itemAtPosition(r, 1).widget().property("status")
                for r in range(len(readiness.requirements))]
    assert statuses == [{"met": "met", "not started": "not-started"}.get(r.status.value, "in-progress")
                        for r in readiness.requirements]
    assert dashboard.requirements.rowCount() >= len(readiness.requirements)
    labels = [dashboard.requirements.itemAtPosition(r, 0).widget().text().rstrip(" *")
              for r in range(len(readiness.requirements))]
    assert labels == [dashboard.wording.requirement_label(r) for r in readiness.requirements]
    assert "Core modules completed" in labels and "Exam readiness (last three simulations)" in labels
    assert "Recent exam scores:" in dashboard.exam_trend.text()
    assert summary is not None
    for index, step in enumerate(readiness.next_steps[:len(dashboard.step_buttons)]):
        button = dashboard.step_buttons[index]
        text = dashboard.wording.next_step(step)
        assert button.full_text() == button.toolTip() == f"{index + 1}. {text}"
        assert button.accessibleName() == text
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


def test_readiness_codes_are_worded_with_plurals(qapp):
    assert install_translations(qapp)  # the English plural forms
    wording = ReadinessWording()
    assert wording.verdict(False, 4, 12) == "Not yet ready: 4 of 12 requirements met"
    assert wording.verdict(False, 0, 1) == "Not yet ready: 0 of 1 requirement met"
    assert wording.verdict(True, 12, 12) == "Ready to apply: every requirement is met"
    assert wording.next_step(StudyWeakDomain("ethics", "Ethical Responsibility", 57.9, 2, "m", "Boundaries")) == (
        "Ethical Responsibility: 58% in your last two exams — reread Boundaries, then practise 20 questions")
    assert wording.next_step(StudyWeakDomain("advocacy", "Advocacy", 40, 1, questions=1)) == (
        "Advocacy: 40% in your last exam — practise 1 question")
    assert wording.next_step(TakeExam(1, 70)) == "Take an exam simulation: 1 of your last 3 are at or above 70%"
    assert wording.next_step(ReadModule("m", "Boundaries", True)) == "Finish the module Boundaries"
    assert wording.next_step(ReadModule("m", "Boundaries", False)) == "Read the module Boundaries"
    assert wording.next_step(LogHours("training:advocacy", RequirementKind.TRAINING, "Advocacy", Decimal("3.50"),
                                      Decimal(10))) == "Training hours: Advocacy: log the remaining 3.5 of 10"
    assert wording.next_step(Attest("diploma", "50% = half")) == "Record when you met: 50% = half"
    # A value holding a placeholder stays as it is (one pass, not chained replaces).
    assert wording.next_step(ReadModule("m", "%2 and %1", False)) == "Read the module %2 and %1"
