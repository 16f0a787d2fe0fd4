"""The shell: navigation, coming-soon pages, content problems panel, settings."""

import shutil

from PySide6.QtCore import Qt

from tests.conftest import FIXTURES
from tests.ui.trainer_login import sign_in_trainer
from trainer.config import resolve_settings
from trainer.ui.main_window import PAGE_KEYS


def _sign_in(window, name="Ana"):
    trainee = window.context.services.trainees.create(name, "test-board")
    window.context.set_trainee(trainee)
    return trainee


def test_every_page_is_reachable_by_keyboard(qtbot, open_window, settings):
    window = open_window(settings)
    _sign_in(window)
    sign_in_trainer(window)  # Author and Cohort need it
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number, key in enumerate(PAGE_KEYS, start=1):
        digit = number % 10  # the tenth page is Ctrl+0
        qtbot.keyClick(window.navigation, getattr(Qt.Key, f"Key_{digit}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key
        assert window.stack.currentWidget().accessibleName()
    # No page is a placeholder any more.
    texts = " ".join(label.text() for page in window.pages.values()
                     for label in page.findChildren(type(window.trainee_label)))
    assert "Coming soon" not in texts


def test_content_problems_are_listed_without_blocking(qtbot, open_window, tmp_path, data_dir):
    content = tmp_path / "broken"
    shutil.copytree(FIXTURES / "content_broken", content)
    window = open_window(resolve_settings(data_dir=data_dir, content_dir=content, environ={}))
    dock = window.problems_dock
    assert dock is not None and not dock.isVisible()
    panel = dock.widget()
    assert panel.list.count() == len(window.context.catalog.errors) > 5
    assert "bad-domain.md:4:" in panel.list.item(0).text()
    dialog = window.ask_for_trainee_if_needed()  # the app is still usable
    assert dialog is not None
    dialog.confirm_quit = lambda _parent: True  # "Close the app"
    dialog.close()


def test_no_problems_means_no_panel(open_window, settings):
    assert open_window(settings).problems_dock is None


def test_settings_change_name_profile_and_text_size(qtbot, open_window, settings, qapp):
    window = open_window(settings)
    _sign_in(window, "Ana")
    page = window.pages["settings"]
    window.show_page("settings")
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Ana Maria")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert window.context.trainee.name == "Ana Maria"
    assert "Ana Maria" in window.trainee_label.text()
    page.name_edit.clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Please enter a name."
    before = qapp.font().pointSizeF()
    page.scale_combo.setCurrentIndex(2)
    assert qapp.font().pointSizeF() > before
    assert window.context.services.preferences.get("font_scale") == page.scale_combo.currentData()


def test_first_run_refuses_a_blank_name(qtbot, open_window, settings):
    window = open_window(settings)
    dialog = window.ask_for_trainee_if_needed()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text() == "Please enter a name."
    asked = []
    dialog.confirm_quit = lambda _parent: asked.append(True) or True  # "Close the app"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # leaving the dialog closes the app, once confirmed
    assert asked == [True] and not window.isVisible()
    assert window.context.trainee is None


def test_dashboard_verdict_and_next_step(qtbot, open_window, settings):
    window = open_window(settings)
    _sign_in(window)
    dashboard = window.pages["dashboard"]
    assert dashboard.greeting.text() == "Welcome, Ana"
    assert "Test Board Peer Credential" in dashboard.profile.text()
    assert dashboard.verdict.text().startswith("Not yet ready:")
    readiness = dashboard.readiness_service.assess(window.context.trainee.id, window.context.profile())
    first = readiness.next_steps[0]
    assert dashboard.step_buttons[0].text() == f"1. {dashboard.wording.next_step(first)}"
    qtbot.mouseClick(dashboard.step_buttons[0], Qt.MouseButton.LeftButton)
    assert window.current_page_key() == first.page


def test_settings_backups_and_restore(qtbot, open_window, settings):
    import sqlite3

    window = open_window(settings)
    _sign_in(window, "Before")
    page = window.pages["settings"]
    window.show_page("settings")
    qtbot.mouseClick(page.backup_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.backup_task is None, timeout=10000)  # on the background helper
    assert "Backed up to" in page.backup_message.text()
    manual = [page.backup_list.item(i).text() for i in range(page.backup_list.count()) if "manual" in
              page.backup_list.item(i).text()]
    assert len(manual) == 1
    window.context.services.trainees.create("After", None)
    page.backup_list.setCurrentRow([page.backup_list.item(i).text() for i in range(page.backup_list.count())]
                                   .index(manual[0]))
    asked, closed = [], []
    page.confirm = lambda title, text: asked.append(text) or True
    page.after_restore = lambda: closed.append(True)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.backup_task is None, timeout=10000)
    assert asked and "kept as another backup" in asked[0] and closed == [True]
    with sqlite3.connect(settings.database_path) as raw:
        assert [r[0] for r in raw.execute("SELECT name FROM trainee")] == ["Before"]


def test_trainer_pages_stay_closed_outside_trainer_mode(qtbot, open_window, settings):
    window = open_window(settings)
    _sign_in(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for key in ("author", "cohort"):
        number = (PAGE_KEYS.index(key) + 1) % 10  # the tenth page is Ctrl+0
        qtbot.keyClick(window.navigation, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == "dashboard"
        window.show_page(key)  # nor can another page open it
        assert window.current_page_key() == "dashboard"
    assert "cohort" not in window.pages.built  # never built, so no trainee's data was read
    sign_in_trainer(window)
    window.show_page("cohort")
    assert window.current_page_key() == "cohort"
    window.pages["settings"].trainer_button.click()  # leaving trainer mode closes it
    assert window.current_page_key() == "dashboard"
