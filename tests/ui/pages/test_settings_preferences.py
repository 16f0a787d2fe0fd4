"""Settings' preferences are operations: text size, colours and leaving trainer mode each
return Done(Change.PREFERENCES), and the pages that depend on them follow."""

from PySide6.QtCore import Qt

from tests.ui.conftest import sign_in
from tests.ui.trainer_login import sign_in_trainer
from trainer.operations import Change
from trainer.operations import preferences as preference_ops
from trainer.ui.main_window import PAGE_KEYS


def _settings_page(window):
    window.show_page("settings")
    return window.pages["settings"]


def test_text_size_and_colours_are_kept_and_announced(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window)
    page = _settings_page(window)
    heard = []
    window.context.on(Change.PREFERENCES, lambda: heard.append(True))
    page.scale_combo.setCurrentIndex(page.scale_combo.count() - 1)
    assert heard == [True]
    assert window.context.preferences.get("font_scale") == page.scale_combo.currentData()
    page.colours_combo.setCurrentIndex(page.colours_combo.findData("dark"))
    assert heard == [True, True] and window.context.preferences.get("colour_scheme") == "dark"
    page.scale_combo.setCurrentIndex(0)  # back to the usual size for the other tests


def test_leaving_trainer_mode_hides_the_trainer_pages(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window)
    sign_in_trainer(window)
    author_row = window.navigation.item(PAGE_KEYS.index("author"))
    assert not author_row.isHidden()
    page = _settings_page(window)
    qtbot.mouseClick(page.trainer_button, Qt.MouseButton.LeftButton)  # "Leave trainer mode"
    assert author_row.isHidden() and not window.context.services.trainer_access.active
    assert "Trainers sign in" in page.trainer_status.text()


def test_the_operations_only_say_what_changed():
    class Preferences(dict):
        def set(self, key, value):
            self[key] = value

    preferences = Preferences()
    assert preference_ops.set_text_size(preferences, 1.5).changes == Change.PREFERENCES
    assert preference_ops.set_colours(preferences, "light").value == "light"
    assert preferences == {"font_scale": 1.5, "colour_scheme": "light"}
