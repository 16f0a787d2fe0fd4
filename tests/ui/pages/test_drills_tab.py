"""Reflection drills as a trainee does them: choose a drill, type a reflection, see the model
reflections, tick the self-rating checklist, save; the rating is kept and listed, the
dispatcher hears of it, and another trainee starts with an empty box."""

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.conftest import BUNDLED_CONTENT
from trainer.operations import Change
from trainer.services import open_services
from trainer.study.drill_records import DrillRecords
from trainer.ui.context import AppContext
from trainer.ui.i18n import install_translations
from trainer.ui.pages.conversations.drills_tab import DrillsTab

DRILLS = ("drill-boss-on-my-back", "drill-too-old-to-change")


def tick(qtbot, box):
    """Click the box itself, as a person does (a stretched check box reacts only on its box and label)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


@pytest.fixture
def opened(qtbot, qapp, settings):
    install_translations(qapp)  # the English plural forms
    (settings.content_dir / "drills").mkdir()
    for name in DRILLS:
        shutil.copy(BUNDLED_CONTENT / "drills" / f"{name}.yaml", settings.content_dir / "drills")
    services = open_services(settings)
    context = AppContext(services)
    context.set_trainee(services.trainees.create("Ana", "test-board"))
    records = DrillRecords(services.database.sessions)
    tab = DrillsTab(context, lambda: records)
    context.on(Change.TRAINEE | Change.CONTENT | Change.CONVERSATIONS, tab.refresh, tab)  # as the page does
    qtbot.addWidget(tab)
    tab.resize(900, 700)
    tab.show()
    qtbot.waitExposed(tab)
    yield tab, records
    services.close()


def test_type_reveal_rate_and_save(qtbot, opened):
    tab, records = opened
    heard = []
    tab.context.on(Change.CONVERSATIONS, lambda: heard.append(1))
    assert [tab.drill_list.item(r).text() for r in range(2)] == ["The boss is on his back", "Too old to change"]
    assert tab.current_drill().id == "drill-boss-on-my-back"
    assert "My boss is always on my back" in tab.says.text()
    assert tab.models_box.isHidden() and tab.checklist_box.isHidden()
    assert not tab.reveal_button.isEnabled()  # nothing typed yet

    qtbot.keyClicks(tab.reflection, "You feel your boss is unfair to you.")
    assert tab.reveal_button.isEnabled()
    qtbot.mouseClick(tab.reveal_button, Qt.MouseButton.LeftButton)
    assert tab.models_box.isVisible() and tab.checklist_box.isVisible()
    assert tab.reflection.isReadOnly()  # rated as typed
    shown = " ".join(label.text() for label in tab.models_box.findChildren(type(tab.says)))
    drill = tab.current_drill()
    assert all(model.text in shown for model in drill.models)
    assert "Complex reflection" in shown and "Simple reflection" in shown

    qtbot.waitUntil(lambda: all(box.width() > 0 for box in tab.checks.values()))  # laid out, as a person sees it
    tick(qtbot, tab.checks["reflects-meaning-or-feeling"])
    tick(qtbot, tab.checks["no-advice"])
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    saved = records.history(tab.context.trainee.id, drill.id)
    assert len(saved) == 1 and saved[0].reflection == "You feel your boss is unfair to you."
    assert saved[0].ticked == ("reflects-meaning-or-feeling", "no-advice")
    assert heard == [1]
    assert tab.status.text().startswith("Saved: 2 of 3 checklist items ticked.")
    assert "question" in tab.status.text()  # says what the unticked item asks
    assert not tab.save_button.isEnabled() and tab.again_button.isVisible()
    assert tab.history.count() == 1 and "unfair" in tab.history.item(0).text()
    assert tab.drill_list.currentItem().text() == "The boss is on his back (rated 1 time)"

    qtbot.mouseClick(tab.again_button, Qt.MouseButton.LeftButton)
    assert tab.reflection.toPlainText() == "" and not tab.reflection.isReadOnly()
    assert tab.models_box.isHidden() and tab.history.count() == 1


def test_by_keyboard_alone(qtbot, opened):
    tab, records = opened
    tab.reflection.setFocus()
    qtbot.keyClicks(tab.reflection, "It matters to you to keep work and drinking apart.")
    qtbot.keyClick(tab.reflection, Qt.Key.Key_Tab)  # Tab leaves the box rather than typing a tab
    assert tab.reveal_button.hasFocus()
    qtbot.keyClick(tab.reveal_button, Qt.Key.Key_Space)
    first = tab.checks["reflects-meaning-or-feeling"]
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    for box in (tab.checks["no-hidden-question"], tab.checks["no-advice"]):
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    tab.save_button.setFocus()
    qtbot.keyClick(tab.save_button, Qt.Key.Key_Space)
    rating = records.history(tab.context.trainee.id)[0]
    assert rating.percent == 100.0 and tab.status.text().endswith("Well done.")
    assert tab.again_button.hasFocus()


def test_another_drill_and_another_trainee_start_empty(qtbot, opened):
    tab, records = opened
    qtbot.keyClicks(tab.reflection, "Half typed")
    tab.drill_list.setCurrentRow(1)
    assert tab.current_drill().id == "drill-too-old-to-change" and tab.reflection.toPlainText() == ""
    qtbot.keyClicks(tab.reflection, "Ana's words")
    bo = tab.context.services.trainees.create("Bo", "test-board")
    tab.context.set_trainee(bo)
    assert tab.reflection.toPlainText() == "" and tab.history.count() == 0
    assert records.history(bo.id) == []


def test_a_blank_reflection_cannot_be_rated(qtbot, opened):
    tab, records = opened
    qtbot.keyClicks(tab.reflection, "   ")
    assert not tab.reveal_button.isEnabled()
    tab.reveal()  # even if asked: nothing to reveal for
    assert tab.models_box.isHidden()
    assert records.history(tab.context.trainee.id) == []
