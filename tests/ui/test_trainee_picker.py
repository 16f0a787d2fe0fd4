"""Shared seats: a trainee picker with PINs; new trainees can set a PIN at first run."""

from PySide6.QtCore import Qt

from trainer.ui.first_run import FirstRunDialog
from trainer.ui.trainee_picker import TraineePicker


def test_picker_with_pin(qtbot, open_window, settings):
    window = open_window(settings)
    services = window.context.services
    ana = services.trainees.create("Ana", "test-board")
    services.trainees.create("Bo", "test-board")
    services.pins.set_pin(ana.id, "2468")
    picker = window.ask_for_trainee_if_needed()
    assert isinstance(picker, TraineePicker) and picker.names.count() == 2
    picker.names.setCurrentRow(0)
    qtbot.keyClicks(picker.pin_edit, "1111")
    qtbot.keyClick(picker.pin_edit, Qt.Key.Key_Return)
    assert picker.isVisible() and "not right" in picker.message.text()
    assert window.context.trainee is None
    qtbot.keyClicks(picker.pin_edit, "2468")
    qtbot.keyClick(picker.pin_edit, Qt.Key.Key_Return)
    assert not picker.isVisible() and window.context.trainee.name == "Ana"


def test_new_trainee_from_picker_sets_a_pin(qtbot, open_window, settings):
    window = open_window(settings)
    services = window.context.services
    services.trainees.create("Ana", None)
    services.trainees.create("Bo", None)
    picker = window.ask_for_trainee_if_needed()
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    dialogs = [w for w in window.findChildren(FirstRunDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.keyClicks(dialog.name_edit, "Ana")
    qtbot.keyClicks(dialog.pin_edit, "12")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert "4 to 12 digits" in dialog.error.text()
    dialog.pin_edit.setText("5555")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert "already uses this app" in dialog.error.text()
    dialog.name_edit.setText("Cy")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert window.context.trainee.name == "Cy"
    assert services.pins.has_pin(window.context.trainee.id)
    assert services.pins.check(window.context.trainee.id, "5555").ok


def test_existing_trainee_not_remembered_gets_the_picker(qtbot, open_window, settings):
    window = open_window(settings)
    window.context.services.trainees.create("Demo Person", "test-board")  # e.g. made by `cpsw-trainer demo`
    picker = window.ask_for_trainee_if_needed()
    assert isinstance(picker, TraineePicker) and picker.names.item(0).text() == "Demo Person"
    qtbot.keyClick(picker.pin_edit, Qt.Key.Key_Return)
    assert window.context.trainee.name == "Demo Person"
