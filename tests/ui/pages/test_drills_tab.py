"""Reflection drills as a trainee does them: choose a drill, type a reflection, see the model
reflections, tick the self-rating checklist, save; the rating is kept and listed, the
dispatcher hears of it, and another trainee starts with an empty box."""

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.conftest import BUNDLED_CONTENT
from trainer.content.scenario_schema import DRILL_CHECKLIST
from trainer.operations import Change
from trainer.operations import conversations as ops
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


def test_a_trainer_sees_the_self_ratings_in_cohort(qtbot, qapp, open_window, settings):
    from tests.ui.trainer_login import sign_in_trainer
    from trainer.ui.pages.cohort import DRILLS_COLUMN

    install_translations(qapp)
    (settings.content_dir / "drills").mkdir()
    shutil.copy(BUNDLED_CONTENT / "drills" / f"{DRILLS[0]}.yaml", settings.content_dir / "drills")
    window = open_window(settings)
    services = window.context.services
    ana, bo = services.trainees.create("Ana", "test-board"), services.trainees.create("Bo", "test-board")
    drill = window.context.catalog.drills[DRILLS[0]]
    records = DrillRecords(services.database.sessions)
    records.rate(ana.id, drill, "You feel judged at work.", ["reflects-meaning-or-feeling", "no-advice"])
    records.rate(ana.id, drill, "Work and drinking are separate for you.", DRILL_CHECKLIST)
    window.context.set_trainee(ana)
    window.show_page("settings")
    sign_in_trainer(window)
    window.show_page("cohort")
    page = window.pages["cohort"]
    assert page.model.headerData(DRILLS_COLUMN, Qt.Orientation.Horizontal) == "Drill self-ratings"
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    ana_cell = page.proxy.index(names.index("Ana"), DRILLS_COLUMN)
    assert ana_cell.data() == "2 ratings, 83%"
    assert "no question: 1 of 2" in ana_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert page.proxy.index(names.index("Bo"), DRILLS_COLUMN).data() == ""

    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(names.index("Ana"), 0))
    panel = page.drill_panel
    assert panel.title() == "Reflection-drill self-ratings: Ana" and panel.list.count() == 2
    newest = panel.list.item(0).text()
    assert "The boss is on his back" in newest and "100%" in newest and "Work and drinking" in newest
    qtbot.keyClick(page.table, Qt.Key.Key_Down if names.index("Bo") > names.index("Ana") else Qt.Key.Key_Up)
    assert panel.title() == "Reflection-drill self-ratings: Bo" and panel.list.isHidden()
    assert "has not rated" in panel.empty.text()

    records.rate(bo.id, drill, "Bo's reflection.", [])
    window.context.perform(ops.rate_drill(records, bo.id, drill, "Bo again.", ["no-advice"]))
    assert panel.list.count() == 2 and "Bo again." in panel.list.item(0).text()  # the page follows the change


def test_in_the_window_by_keyboard(qtbot, qapp, open_window, settings):
    install_translations(qapp)
    (settings.content_dir / "drills").mkdir()
    shutil.copy(BUNDLED_CONTENT / "drills" / f"{DRILLS[0]}.yaml", settings.content_dir / "drills")
    window = open_window(settings)
    ana = window.context.services.trainees.create("Ana", "test-board")
    window.context.set_trainee(ana)
    window.activateWindow()
    window.show_page("conversations")
    page = window.pages["conversations"]
    page.tabs.setCurrentWidget(page.drills)
    tab = page.drills
    qtbot.waitUntil(tab.reflection.hasFocus)  # the tab opens on the drill's reflection box
    qtbot.keyClicks(tab.reflection, "Your job matters to you.")
    qtbot.keyClick(tab.reflection, Qt.Key.Key_Tab)
    qtbot.keyClick(tab.reveal_button, Qt.Key.Key_Space)
    qtbot.keyClick(tab.checks["reflects-meaning-or-feeling"], Qt.Key.Key_Space)
    tab.save_button.setFocus()
    qtbot.keyClick(tab.save_button, Qt.Key.Key_Space)
    [rating] = DrillRecords(window.context.services.database.sessions).history(ana.id)
    assert rating.reflection == "Your job matters to you." and rating.ticked == ("reflects-meaning-or-feeling",)
    assert "(rated 1 time)" in tab.drill_list.currentItem().text()
