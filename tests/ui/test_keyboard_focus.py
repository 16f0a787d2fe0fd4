"""Keyboard: after a page switch the page's main control has focus; every new dialog takes
focus; Escape on "Who is studying?" asks before it closes the app."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import sign_in
from tests.ui.trainer_login import sign_in_trainer


def _ready(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_ctrl_2_then_enter_opens_the_selected_module(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window)
    _ready(qtbot, window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["modules"]
    assert QApplication.focusWidget() is page.tree and page.tree.currentIndex().isValid()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.reader


@pytest.mark.parametrize("number, key", [(1, "dashboard"), (3, "practice"), (4, "conversations"),
                                         (5, "hours"), (6, "renewal"), (7, "reports"), (8, "author"),
                                         (9, "settings"), (0, "cohort")])
def test_each_shortcut_gives_the_page_focus(qtbot, open_window, settings, number, key):
    window = open_window(settings)
    sign_in(window)
    sign_in_trainer(window)
    _ready(qtbot, window)
    qtbot.keyClick(window.navigation, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == key
    page = window.pages[key]
    focused = QApplication.focusWidget()
    assert focused is not None and (focused is page or page.isAncestorOf(focused)), (key, focused)
    assert focused is page.focus_target()


def test_arrow_keys_in_the_navigation_keep_focus_there(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window)
    _ready(qtbot, window)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_page_key() == "modules" and QApplication.focusWidget() is window.navigation


def test_new_dialogs_take_focus(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window)
    _ready(qtbot, window)
    window.show_page("hours")
    page = window.pages["hours"]
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.entry_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.date_edit
    dialog.reject()


def test_escape_on_who_is_studying_asks_before_closing(qtbot, open_window, settings):
    window = open_window(settings)
    services = window.context.services
    services.trainees.create("Ana", None)
    services.trainees.create("Bo", None)
    picker = window.ask_for_trainee_if_needed()
    qtbot.waitUntil(picker.isVisible)
    asked = []
    picker.confirm_quit = lambda parent: asked.append(parent) or False  # "Go back"
    qtbot.keyClick(picker.names, Qt.Key.Key_Escape)
    assert asked == [picker] and picker.isVisible() and window.isVisible()
    picker.confirm_quit = lambda parent: True  # "Close the app"
    qtbot.keyClick(picker.names, Qt.Key.Key_Escape)
    assert not picker.isVisible() and not window.isVisible()


def test_the_real_quit_question_defaults_to_going_back(qtbot, open_window, settings):
    from PySide6.QtCore import QTimer

    from trainer.ui.widgets.quit_guard import ask_to_quit

    window = open_window(settings)
    seen = {}

    def press_enter():
        box = QApplication.activeModalWidget()
        seen["default"] = box.defaultButton().text().replace("&", "")
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(100, press_enter)
    assert ask_to_quit(window) is False
    assert seen["default"] == "Go back"
