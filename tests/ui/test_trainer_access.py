"""Trainer mode is protected: Author and Cohort open only after a trainer signs in, for that session."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import sign_in
from tests.ui.trainer_login import sign_in_trainer
from trainer.agency import AgencyConfig
from trainer.config import resolve_settings
from trainer.study.hours import EntryData
from trainer.study.pins import hash_pin
from trainer.ui.main_window import PAGE_KEYS, TRAINER_PAGES
from trainer.ui.trainee_picker import TraineePicker
from trainer.ui.trainer_sign_in import CREATE_FIRST, SIGN_IN

CTRL = Qt.KeyboardModifier.ControlModifier
PASSWORD = "trainer password 1"


def _ctrl_number(qtbot, window, key):
    number = (PAGE_KEYS.index(key) + 1) % 10  # the tenth page is Ctrl+0
    qtbot.keyClick(window.navigation, getattr(Qt.Key, f"Key_{number}"), CTRL)


def _trainer_pages_listed(window) -> bool:
    return not any(window.navigation.item(PAGE_KEYS.index(k)).isHidden() for k in TRAINER_PAGES)


def _open_sign_in(qtbot, window):
    window.show_page("settings")
    page = window.pages["settings"]
    qtbot.mouseClick(page.trainer_button, Qt.MouseButton.LeftButton)
    dialog = page.sign_in_dialog
    qtbot.waitUntil(dialog.isVisible)
    return page, dialog


def _submit(qtbot, dialog, name, password, confirm=None):
    dialog.name_edit.setText(name)
    dialog.password_edit.setText(password)
    if confirm is not None:
        dialog.confirm_edit.setText(confirm)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def _assert_trainer_pages_closed(qtbot, window):
    assert not window.trainer_mode() and not _trainer_pages_listed(window)
    for key in TRAINER_PAGES:
        _ctrl_number(qtbot, window, key)  # by shortcut
        assert window.current_page_key() not in TRAINER_PAGES
        window.context.navigate.emit(key)  # by a link on another page
        assert window.current_page_key() not in TRAINER_PAGES
    # By click and by arrow keys on the navigation: only the trainee's pages are there.
    navigation = window.navigation
    for row in range(navigation.count()):
        rect = navigation.visualItemRect(navigation.item(row))
        if rect.isValid():
            qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert window.current_page_key() not in TRAINER_PAGES
    navigation.setFocus()
    qtbot.keyClick(navigation, Qt.Key.Key_Home)
    for _ in range(navigation.count()):
        qtbot.keyClick(navigation, Qt.Key.Key_Down)
        assert window.current_page_key() not in TRAINER_PAGES


def test_a_trainee_without_the_password_cannot_open_author_or_cohort(qtbot, open_window, settings):
    window = open_window(settings)
    window.context.services.accounts.add("Tara", PASSWORD)
    window.context.services.preferences.set("trainer_mode", True)  # the old checkbox's setting: ignored now
    sign_in(window)
    qtbot.waitUntil(window.isActiveWindow)
    _assert_trainer_pages_closed(qtbot, window)
    assert not set(TRAINER_PAGES) & set(window.pages.built)  # never built: nobody's data was read
    page, dialog = _open_sign_in(qtbot, window)
    assert dialog.mode == SIGN_IN and not dialog.confirm_edit.isVisible()  # an account exists: no new one
    _submit(qtbot, dialog, "Tara", "not the password")
    assert dialog.isVisible() and dialog.error.text().startswith("Password:")
    assert not window.trainer_mode()
    _submit(qtbot, dialog, "Tara", PASSWORD)
    assert not dialog.isVisible() and window.trainer_mode() and _trainer_pages_listed(window)
    _ctrl_number(qtbot, window, "cohort")
    assert window.current_page_key() == "cohort"
    _ctrl_number(qtbot, window, "author")
    assert window.current_page_key() == "author"


def test_wrong_passwords_are_throttled_in_the_dialog(qtbot, open_window, settings):
    window = open_window(settings)
    window.context.services.accounts.add("Tara", PASSWORD)
    _, dialog = _open_sign_in(qtbot, window)
    for _ in range(3):
        _submit(qtbot, dialog, "Tara", "a guess at it")
    assert "wait" in dialog.error.text()
    _submit(qtbot, dialog, "Tara", PASSWORD)  # even the right password waits its turn
    assert dialog.isVisible() and "Too many wrong tries" in dialog.error.text()
    assert not window.trainer_mode()


def test_errors_name_the_field_focus_starts_on_the_name_and_escape_cancels(qtbot, open_window, settings):
    window = open_window(settings)
    window.context.services.accounts.add("Tara", PASSWORD)
    _, dialog = _open_sign_in(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name_edit)
    _submit(qtbot, dialog, "", PASSWORD)
    assert dialog.error.text().startswith("Name:")
    assert QApplication.focusWidget() is dialog.name_edit
    _submit(qtbot, dialog, "Tera", PASSWORD)
    assert dialog.error.text().startswith("Name:") and "no account called 'Tera'" in dialog.error.text()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not window.trainer_mode()


def test_the_first_trainer_account_is_made_in_settings_then_sign_in_is_needed(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window)
    page, dialog = _open_sign_in(qtbot, window)
    assert dialog.mode == CREATE_FIRST and dialog.confirm_edit.isVisible()
    _submit(qtbot, dialog, "Tara", "short", "short")
    assert dialog.error.text().startswith("Password:") and "at least" in dialog.error.text()
    _submit(qtbot, dialog, "Tara", PASSWORD, PASSWORD + "x")
    assert dialog.error.text().startswith("Password again:")
    assert window.context.services.accounts.list_accounts() == []
    _submit(qtbot, dialog, "Tara", PASSWORD, PASSWORD)
    assert not dialog.isVisible() and window.trainer_mode()
    assert page.accounts_box.isVisible() and page.accounts_box.accounts_list.item(0).text() == "Tara (trainer)"
    # A trainer adds a supervisor account.
    qtbot.mouseClick(page.accounts_box.add_button, Qt.MouseButton.LeftButton)
    add = page.accounts_box.add_dialog
    qtbot.waitUntil(add.isVisible)
    add.role_combo.setCurrentIndex(add.role_combo.findData("supervisor"))
    _submit(qtbot, add, "Sam Ortiz", "supervisor pass", "supervisor pass")
    assert not add.isVisible()
    roles = {a.name: a.role for a in window.context.services.accounts.list_accounts()}
    assert roles == {"Tara": "trainer", "Sam Ortiz": "supervisor"}
    assert page.accounts_box.accounts_list.count() == 2
    # Leaving trainer mode: the next time needs the password; no second "first" account.
    qtbot.mouseClick(page.trainer_button, Qt.MouseButton.LeftButton)
    assert not window.trainer_mode() and not page.accounts_box.isVisible()
    qtbot.mouseClick(page.trainer_button, Qt.MouseButton.LeftButton)
    assert page.sign_in_dialog.mode == SIGN_IN
    _submit(qtbot, page.sign_in_dialog, "Sam Ortiz", "supervisor pass")  # a supervisor is no trainer
    assert not window.trainer_mode() and "supervisor" in page.sign_in_dialog.error.text()


def test_agency_password_works_and_required_login_offers_no_first_account(qtbot, open_window, settings):
    agency = AgencyConfig(trainer_password_hash=hash_pin("agency password 7"), require_trainer_login=True)
    window = open_window(settings._replace(agency=agency))
    sign_in(window)
    _, dialog = _open_sign_in(qtbot, window)
    assert dialog.mode == SIGN_IN  # no account exists, yet nobody may make one here
    _submit(qtbot, dialog, "", "agency password 8")
    assert dialog.error.text().startswith("Password:") and not window.trainer_mode()
    _submit(qtbot, dialog, "", "agency password 7")
    assert not dialog.isVisible() and window.trainer_mode()
    window.show_page("cohort")
    assert window.current_page_key() == "cohort"


def test_required_login_without_agency_password_takes_only_an_account_made_by_command(
        qtbot, open_window, settings):
    window = open_window(settings._replace(agency=AgencyConfig(require_trainer_login=True)))
    sign_in(window)
    _, dialog = _open_sign_in(qtbot, window)
    assert dialog.mode == SIGN_IN
    _submit(qtbot, dialog, "Mallory", PASSWORD)
    assert dialog.error.text().startswith("Name:") and not window.trainer_mode()
    _submit(qtbot, dialog, "", PASSWORD)
    assert dialog.error.text().startswith("Name:") and not window.trainer_mode()
    window.context.services.accounts.add("Tara", PASSWORD)  # as `cpsw-trainer account add` does
    _submit(qtbot, dialog, "Tara", PASSWORD)
    assert window.trainer_mode()


def test_signing_out_closes_the_trainer_pages(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window)
    qtbot.waitUntil(window.isActiveWindow)
    sign_in_trainer(window)
    window.show_page("cohort")
    assert window.current_page_key() == "cohort"
    window.pages["settings"].trainer_button.click()  # "Leave trainer mode"
    assert window.current_page_key() == "dashboard"
    _assert_trainer_pages_closed(qtbot, window)


def test_nothing_about_trainer_access_survives_a_restart(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window)
    window.context.services.accounts.add("Tara", PASSWORD)
    _, dialog = _open_sign_in(qtbot, window)
    _submit(qtbot, dialog, "Tara", PASSWORD)
    assert window.trainer_mode()
    window.show_page("cohort")
    window.close()
    window.context.services.close()
    again = open_window(settings)
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    assert again.current_page_key() == "dashboard"
    _assert_trainer_pages_closed(qtbot, again)
    saved = settings.settings_file.read_text(encoding="utf-8") if settings.settings_file.exists() else ""
    assert "trainer" not in saved.lower() and PASSWORD not in saved


def test_picker_shows_names_only_and_asks_a_pin_where_set(qtbot, open_window, data_dir, small_content,
                                                          database_url):
    shared = resolve_settings(data_dir=data_dir, database_url=database_url, content_dir=small_content, environ={})
    window = open_window(shared)
    services = window.context.services
    ana = services.trainees.create("Ana", "test-board")
    bo = services.trainees.create("Bo", "test-board")
    services.pins.set_pin(ana.id, "2468")
    for trainee, hours in ((ana, "17.25"), (bo, "9.5")):
        services.hours.add_entry(trainee.id, EntryData(dt.date(2026, 1, 5), hours, "experience", notes="private"),
                                 today=dt.date(2026, 2, 1))
    picker = window.ask_for_trainee_if_needed()
    assert isinstance(picker, TraineePicker)
    items = [picker.names.item(row) for row in range(picker.names.count())]
    assert [item.text() for item in items] == ["Ana", "Bo"]
    assert all(not item.toolTip() and not item.statusTip() and not item.whatsThis() for item in items)
    shown = " ".join(label.text() for label in picker.findChildren(type(picker.message)))
    assert not any(secret in shown for secret in ("17.25", "9.5", "private", "test-board"))
    picker.names.setCurrentRow(0)
    qtbot.keyClick(picker.pin_edit, Qt.Key.Key_Return)  # Ana set a PIN: none given, not opened
    assert picker.isVisible() and window.context.trainee is None
    qtbot.keyClicks(picker.pin_edit, "2468")
    qtbot.keyClick(picker.pin_edit, Qt.Key.Key_Return)
    assert not picker.isVisible() and window.context.trainee.name == "Ana"
