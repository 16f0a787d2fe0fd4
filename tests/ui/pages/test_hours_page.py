"""Hours page: keyboard entry with inline problems, progress, verification, CSV import and export."""

import datetime as dt
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from tests.ui.conftest import sign_in
from trainer.operations import hours as ops
from trainer.study import hours_bulk


def _open_hours(qtbot, window):
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["hours"]
    assert window.current_page_key() == "hours"
    page.table.setFocus()
    return page


def _focus_table(qtbot, page):
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)
    page.table.setFocus()


def _focused():
    return QApplication.focusWidget()


def _new_entry(qtbot, page, hours, kind_letter, domain_letter=None):
    """Ctrl+N, then Tab through the form typing as a person would, then Enter."""
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.entry_dialog
    dialog.long_asked = []  # an entry over 12 h asks to confirm: the person says yes
    dialog.confirm_long = lambda hours: dialog.long_asked.append(hours) or True
    qtbot.waitUntil(lambda: dialog.isVisible() and _focused() is dialog.date_edit)
    for _ in range(3):  # Tab steps through year, month and day first, as Qt date fields do
        if _focused() is not dialog.date_edit:
            break
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.hours_edit
    qtbot.keyClicks(_focused(), hours)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.kind_combo
    qtbot.keyClicks(_focused(), kind_letter)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.domain_combo
    if domain_letter:
        qtbot.keyClicks(_focused(), domain_letter)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.setting_combo.lineEdit() or _focused() is dialog.setting_combo
    for _ in range(3):  # activity, supervisor, notes are all reachable
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is dialog.notes_edit
    qtbot.keyClick(_focused(), Qt.Key.Key_Backtab)
    qtbot.keyClicks(_focused(), "Maria Lopez")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    return dialog


def test_add_each_kind_by_keyboard_moves_the_progress_bars(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window)
    page = _open_hours(qtbot, window)
    assert page.progress.bars["training"].value() == 0
    dialog = _new_entry(qtbot, page, "2.5", "T", "A")  # training, Advocacy
    assert not dialog.isVisible() and page.model.rowCount() == 1
    assert page.progress.bars["training:advocacy"].value() == 250  # 2.5 of 10
    assert page.progress.bars["training"].format() == "2.5 of 46 h"
    _new_entry(qtbot, page, "4", "E")
    _new_entry(qtbot, page, "1.25", "S")
    assert page.progress.bars["experience"].format() == "4 of 500 h"
    assert page.progress.bars["supervision"].format() == "1.25 of 25 h"
    assert "not enough history yet" in page.progress.details["experience"].text()
    kinds = sorted(e.kind for e in page.model.visible_entries())
    assert kinds == ["experience", "supervision", "training"]
    assert page.model.visible_entries()[0].supervisor == "Maria Lopez"
    assert "Shown: 3 entries, 7.75 h" in page.totals_label.text()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("experience"))
    assert "Shown: 1 entry, 4 h" in page.totals_label.text()


def test_inline_errors_for_a_full_day_and_a_future_date(qtbot, open_window, settings):
    window = open_window(settings)
    trainee = sign_in(window)
    page = _open_hours(qtbot, window)
    _new_entry(qtbot, page, "20", "E")
    dialog = _new_entry(qtbot, page, "5", "E")  # 25 hours today
    assert dialog.isVisible()
    problems = dialog.visible_problems()
    assert "a day has only 24" in problems["hours"] and "date" not in problems
    assert len(window.context.services.hours.list_entries(trainee.id)) == 1  # nothing saved
    dialog.date_edit.setFocus()
    # the day, wherever the language puts it (3/31/2026 or 31/3/2026), as a click on it would
    dialog.date_edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Up)  # a later date
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    problems = dialog.visible_problems()
    assert "is in the future" in problems["date"]
    assert len(window.context.services.hours.list_entries(trainee.id)) == 1
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Down)  # yesterday: fine
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and not dialog.visible_problems().get("date")
    assert len(window.context.services.hours.list_entries(trainee.id)) == 2


def test_verified_entry_is_locked_and_has_history(qtbot, open_window, settings, monkeypatch):
    window = open_window(settings)
    sign_in(window)
    page = _open_hours(qtbot, window)
    _new_entry(qtbot, page, "3", "E")
    entry = page.model.visible_entries()[0]
    assert page.select_entry(entry.id) and page.edit_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Maria Lopez", True)))
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.selected_entry().verified_by == "Maria Lopez"
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    assert "locked" in page.delete_button.toolTip() and "Maria Lopez" in page.edit_button.toolTip()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a) or
                                                              QMessageBox.StandardButton.Yes))
    _focus_table(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert not asked and page.model.rowCount() == 1  # locked: not even asked
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    text = page.history_dialog.text.toPlainText()
    assert "Added" in text and "Verified by Maria Lopez" in text
    page.history_dialog.reject()
    qtbot.mouseClick(page.unverify_button, Qt.MouseButton.LeftButton)
    assert page.delete_button.isEnabled()
    _focus_table(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and page.model.rowCount() == 0


def test_csv_import_preview_lists_bad_rows_and_export(qtbot, open_window, settings, tmp_path, monkeypatch):
    window = open_window(settings)
    trainee = sign_in(window)
    page = _open_hours(qtbot, window)
    source = tmp_path / "hours.csv"
    source.write_text("date,hours,kind,domain,setting,activity,supervisor,notes\n"
                      "2026-01-05,2.5,training,advocacy,,Core,Dana,\n"
                      "2026-01-06,4,experience,,,Group,Maria,\n"
                      "2026-01-07,0.3,supervision,,,,Maria,\n"
                      "2999-01-01,1,experience,,,,,\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible())  # read in the background
    dialog = page.import_dialog
    rows = dialog.row_texts()
    assert [r[:2] for r in rows] == [("2", "Ready"), ("3", "Ready"), ("4", "Problem"), ("5", "Problem")]
    assert "quarter hours" in rows[2][2] and "in the future" in rows[3][2]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Nothing was imported" in dialog.message.text()
    assert window.context.services.hours.list_entries(trainee.id) == []
    dialog.skip_bad.setFocus()
    qtbot.keyClick(dialog.skip_bad, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.model.rowCount() == 2
    assert page.progress.bars["experience"].format() == "4 of 500 h"
    out = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: told.append(a)))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told))
    assert out.read_text(encoding="utf-8").splitlines()[1:] == [
        "2026-01-05,2.5,training,advocacy,,Core,Dana,,no,,", "2026-01-06,4,experience,,,Group,Maria,,no,,"]
    assert "Wrote 2 entries" in told[0][2]


def test_attestations_checklist_and_profile_change(qtbot, open_window, settings):
    window = open_window(settings)
    trainee = sign_in(window)
    page = _open_hours(qtbot, window)
    box = page.attestations.boxes["signed-code-of-ethics"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert window.context.services.attestations.met(trainee.id) == {"signed-code-of-ethics": dt.date.today()}
    assert page.attestations.boxes["signed-code-of-ethics"] is box  # its own tick: the box is not rebuilt
    # Cleared elsewhere (another page, a restore): the checklist follows.
    window.context.perform(ops.set_attestation(window.context.services.attestations, trainee.id,
                                               "signed-code-of-ethics", None))
    assert not page.attestations.boxes["signed-code-of-ethics"].isChecked()
    window.context.services.trainees.update(trainee.id, profile_id="missing")
    window.context.set_trainee(window.context.services.trainees.get(trainee.id))
    assert page.progress.bars == {} and "Choose your certification" in page.progress.empty.text()


def test_a_big_import_shows_progress_and_cancel_leaves_the_log_as_it_was(qtbot, open_window, settings, tmp_path,
                                                                         monkeypatch):
    window = open_window(settings)
    trainee = sign_in(window)
    page = _open_hours(qtbot, window)
    _new_entry(qtbot, page, "3", "E")
    rows = 3 * hours_bulk.CHUNK
    source = tmp_path / "big.csv"
    source.write_text("date,hours,kind,domain,setting,activity,supervisor,notes\n" + "".join(
        f"{dt.date(2020, 1, 1) + dt.timedelta(days=i // 4)},1,experience,,,Shift {i},,\n" for i in range(rows)),
        encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    # The writer waits after its first chunk, inside the transaction, until the test has pressed Cancel.
    gate, written, write = threading.Event(), [], hours_bulk._ask

    def held(progress, done, total):
        if done > 0:
            written.append(done)
            gate.wait(20)
        write(progress, done, total)

    monkeypatch.setattr(hours_bulk, "_ask", held)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible(), timeout=10000)
    dialog = page.import_dialog
    assert dialog.row_texts()[0][1] == "Ready" and len(dialog.row_texts()) == rows
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in dialog.findChildren(QProgressDialog)), timeout=5000)
    bar = next(d for d in dialog.findChildren(QProgressDialog) if d.isVisible())
    assert bar.maximum() == 2000 and bar.value() >= 1000  # the file was read; writing has begun
    assert not dialog.import_button.isEnabled()
    cancel = bar.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: "stopped" in dialog.message.text(), timeout=10000)
    assert written and dialog.isVisible() and dialog.import_button.isEnabled()
    assert len(page.hours.list_entries(trainee.id)) == 1 and page.model.rowCount() == 1
    # Import again without the hold: every row arrives.
    monkeypatch.setattr(hours_bulk, "_ask", write)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert page.model.rowCount() == rows + 1
