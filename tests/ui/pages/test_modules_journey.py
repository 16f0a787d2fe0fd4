"""A trainee creates a profile and reads a module by keyboard; progress survives a restart."""

from PySide6.QtCore import Qt

from tests.ui.conftest import close_window
from trainer.ui.pages.modules.module_list import COL_PROGRESS, MODULE_ID_ROLE


def _progress_text(page, module_id):
    model = page.model
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        for child in range(model.rowCount(parent)):
            if model.index(child, 0, parent).data(MODULE_ID_ROLE) == module_id:
                return model.index(child, COL_PROGRESS, parent).data()
    raise AssertionError(f"{module_id} not listed")


def test_first_run_then_read_a_module_by_keyboard_and_restart(qtbot, open_window, settings):
    window = open_window(settings)
    dialog = window.ask_for_trainee_if_needed()
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Jordan Lee")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.context.trainee.name == "Jordan Lee"
    assert window.context.trainee.profile_id == "test-board"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "modules"
    page = window.pages["modules"]
    assert _progress_text(page, "boundaries-basics") == "Not started"

    page.tree.setFocus()
    assert page.tree.select_module("boundaries-basics")
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    reader = page.reader
    assert page.stack.currentWidget() is reader
    assert "What a boundary is" in reader.browser.toPlainText()
    assert "An introduction" in reader.browser.toPlainText()
    assert reader.position.text() == "Section 1 of 3"

    # Read every section with the keyboard: Space on the focused Next button.
    for expected in ("Dual relationships", "Gifts"):
        assert reader.next_button.hasFocus()
        qtbot.keyClick(reader.next_button, Qt.Key.Key_Space)
        assert expected in reader.browser.toPlainText()
    assert reader.next_button.text().replace("&", "") == "Finish module"
    qtbot.keyClick(reader.next_button, Qt.Key.Key_Space)
    assert page.stack.currentIndex() == 0  # back at the list
    assert _progress_text(page, "boundaries-basics") == "Complete ✓"
    assert window.pages["dashboard"].modules_label.text() == "Modules completed: 1 of 2"
    close_window(window)

    again = open_window(settings)
    assert again.ask_for_trainee_if_needed() is None  # remembered
    assert again.context.trainee.name == "Jordan Lee"
    assert _progress_text(again.pages["modules"], "boundaries-basics") == "Complete ✓"


def test_reader_shortcuts_outline_and_resume(qtbot, open_window, settings):
    window = open_window(settings)
    trainee = window.context.services.trainees.create("Sam", "test-board")
    window.context.set_trainee(trainee)
    page = window.pages["modules"]
    window.show_page("modules")
    page.open_module("boundaries-basics")
    reader = page.reader
    reader.outline.setCurrentRow(2)  # jump with the outline
    assert reader.position.text() == "Section 3 of 3"
    assert reader.previous_button.isEnabled()
    qtbot.keyClick(reader.previous_button, Qt.Key.Key_Space)
    assert reader.position.text() == "Section 2 of 3"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(reader.previous_button, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert reader.position.text() == "Section 3 of 3"
    qtbot.keyClick(reader.previous_button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert reader.position.text() == "Section 2 of 3"
    qtbot.keyClick(reader.previous_button, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0
    # Reopening resumes where the trainee left off.
    page.open_module("boundaries-basics")
    assert reader.position.text() == "Section 2 of 3"
    # Only sections the trainee moved past count as read (Alt+Right moved past section 2).
    assert _progress_text(page, "boundaries-basics") == "1 of 3 sections read"
    qtbot.keyClick(reader.next_button, Qt.Key.Key_Space)
    assert reader.outline.item(1).text() == "2. Dual relationships  ✓"
    assert reader.outline.item(0).text() == "1. What a boundary is"


def test_links_do_not_navigate_inside_the_reader(qtbot, open_window, settings, monkeypatch):
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toString()))
    window = open_window(settings)
    from PySide6.QtCore import QUrl

    reader = window.pages["modules"].reader
    reader.browser.anchorClicked.emit(QUrl("https://www.samhsa.gov"))
    reader.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://www.samhsa.gov"]
    assert reader.browser.loadResource(0, QUrl("https://evil.example/x.png")) is None
