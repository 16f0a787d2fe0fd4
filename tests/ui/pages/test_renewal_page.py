"""The Certification and CE page, used as a person would: record the certification, log courses
with their certificates, see what counts, import and export CSV, open a certificate with the
system viewer, and make the renewal packet (listed on the Reports page as a renewal packet)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from tests.conftest import BUNDLED_CONTENT
from trainer.config import resolve_settings
from trainer.study.attachments import MAX_BYTES

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def _pdf(text: str = "Certificate of completion") -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(100, 700, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


@pytest.fixture
def window(qtbot, open_window, data_dir):
    window = open_window(resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={}))
    trainee = window.context.services.trainees.create("Rae Newal", "pa-crs")
    window.context.set_trainee(trainee)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _open_page(qtbot, window):
    qtbot.keyClick(window.navigation, Qt.Key.Key_6, CTRL)  # the page after Hours
    assert window.current_page_key() == "renewal"
    page = window.pages["renewal"]
    page.inform = lambda title, text: page.told.append((title, text))
    page.told = []
    page.confirm = lambda title, text: True
    page.opened = []
    page.open_url = lambda path: page.opened.append(path) or True
    return page


def _certify(qtbot, page, expires_in_days=20, number="CRS-9"):
    qtbot.mouseClick(page.record_button, LEFT)
    dialog = page.certification_dialog
    assert dialog.isVisible() and dialog.profile_combo.currentData() == "pa-crs"  # the trainee's own
    expires = dt.date.today() + dt.timedelta(days=expires_in_days)
    dialog.certified_edit.setDate(_qdate(expires - dt.timedelta(days=730)))
    dialog.expires_edit.setDate(_qdate(expires))
    qtbot.keyClicks(dialog.number_edit, number)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    return expires


def _add_course(qtbot, page, title, hours, topics="", *, online=False, files=()):
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    dialog = page.entry_dialog
    assert dialog.isVisible()
    dialog.hours_edit.clear()
    qtbot.keyClicks(dialog.hours_edit, hours)
    qtbot.keyClicks(dialog.title_edit, title)
    qtbot.keyClicks(dialog.provider_edit, "PCB")
    qtbot.keyClicks(dialog.provider_number_edit, "AP-7")
    qtbot.keyClicks(dialog.topics_edit, topics)
    if online:
        qtbot.mouseClick(dialog.online_check, LEFT)
    for path in files:
        dialog.choose_file = lambda p=path: str(p)
        qtbot.mouseClick(dialog.attach_button, LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    return dialog


def test_certify_log_courses_with_certificates_and_see_what_counts(qtbot, window, tmp_path):
    page = _open_page(qtbot, window)
    assert "No certification is recorded yet" in page.status.summary.text()
    assert not page.packet_button.isEnabled() and page.renew_button.isHidden()
    assert page.entry_files.isHidden()  # no course yet to attach a certificate to
    _certify(qtbot, page)
    assert "CRS-9" in page.status.summary.text()
    assert page.status.verdict.text() == "Not yet: 3 requirements still to meet."
    assert "○ ethics: 0 of 6 hours count, 6 to go" in page.status.lines.text()
    assert "Your certification expires in 20 days" in page.status.notices.text()
    assert "Documents to send:" in page.status.documents.text()
    certificate = tmp_path / "ethics certificate.pdf"
    certificate.write_bytes(_pdf())
    dialog = _add_course(qtbot, page, "Ethics and boundaries", "6", "Ethics", files=[certificate])
    assert not dialog.isVisible()
    assert page.model.rowCount() == 1
    row = {column: page.model.text(page.model.rows[0], column) for column in page.model.COLUMNS}
    assert row["title"] == "Ethics and boundaries" and row["topics"] == "ethics" and row["files"] == "1"
    assert row["provider"] == "PCB (approved provider AP-7)" and row["format"] == "In person"
    assert "✓ ethics: 6 of 6 hours count" in page.status.lines.text()
    assert page.selected_entry().title == "Ethics and boundaries"
    assert [i.name for i in page.entry_files.infos()] == ["ethics certificate.pdf"]
    _add_course(qtbot, page, "Privacy online", "3", "confidentiality", online=True)
    _add_course(qtbot, page, "Recovery planning", "21")
    assert page.status.verdict.text().startswith("Ready to renew")
    assert page.totals_label.text() == "3 courses, 30 hours logged."
    card = window.pages["dashboard"].renewal_card  # the Dashboard follows the same operations
    card.refresh()
    assert card.verdict.text().startswith("Ready to renew")


def test_problems_show_by_their_fields_and_refused_files_are_worded(qtbot, window, tmp_path):
    page = _open_page(qtbot, window)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    dialog = page.entry_dialog
    dialog.hours_edit.clear()
    qtbot.keyClicks(dialog.hours_edit, "lots")
    qtbot.mouseClick(dialog.save_button, LEFT)
    problems = dialog.visible_problems()
    assert problems["hours"] == "The hours must be a number, like 1.5."
    assert problems["title"] == "Give the course's title, as on its certificate."
    script = tmp_path / "certificate.pdf"
    script.write_text("#!/bin/sh\necho not a certificate\n")
    dialog.choose_file = lambda: str(script)
    qtbot.mouseClick(dialog.attach_button, LEFT)
    assert dialog.visible_problems()["files"] == ("Only PDF, PNG and JPEG files can be attached, and this file is "
                                                  "none of them.")
    huge = tmp_path / "scan.pdf"
    huge.write_bytes(b"%PDF-" + b"0" * MAX_BYTES)
    dialog.choose_file = lambda: str(huge)
    qtbot.mouseClick(dialog.attach_button, LEFT)
    assert "larger than 10 MB" in dialog.visible_problems()["files"]
    assert dialog.files.files == [] and dialog.files.names.text() == "" and dialog.isVisible()
    dialog.reject()
    assert page.model.rowCount() == 0


def test_a_certificate_opens_with_the_system_viewer_and_can_be_removed(qtbot, window, tmp_path, data_dir):
    page = _open_page(qtbot, window)
    _certify(qtbot, page)
    certificate = tmp_path / "..\\..\\evil name.pdf"
    certificate.write_bytes(_pdf())
    _add_course(qtbot, page, "Ethics", "6", "ethics", files=[certificate])
    files = page.entry_files
    assert files.infos()[0].name == "evil name.pdf"  # only the file's own name, never a path
    opened = []
    files.open_url = lambda path: opened.append(path) or True  # the platform's viewer, recorded
    qtbot.mouseClick(files.open_button, LEFT)
    (path,) = opened
    assert path.parent == data_dir / "attachments" and path.suffix == ".pdf"  # the stored copy, by its hash
    path.write_bytes(_pdf("changed"))  # a stored file changed behind the app's back is not opened
    qtbot.mouseClick(files.open_button, LEFT)
    assert "missing or was changed" in files.message.text() and len(opened) == 1
    files.confirm = lambda name: True
    qtbot.mouseClick(files.remove_button, LEFT)
    assert files.infos() == [] and page.model.text(page.model.rows[0], "files") == ""


def test_csv_import_is_all_or_nothing_and_export_writes_the_log(qtbot, window, tmp_path, monkeypatch):
    page = _open_page(qtbot, window)
    bad = tmp_path / "bad.csv"
    bad.write_text("date,hours,title,online\n2025-01-05,2,Good course,no\nsoon,2,Bad date,no\n"
                   "2025-01-06,x,Bad hours,maybe\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    qtbot.mouseClick(page.import_button, LEFT)
    qtbot.waitUntil(lambda: bool(page.told), timeout=10000)
    title, text = page.told.pop()
    assert title == "Cannot import bad.csv" and text.startswith("Nothing was imported")
    assert "Line 3: 'soon' is not a date" in text and "Line 4: " in text and "'maybe' in the online column" in text
    assert page.model.rowCount() == 0
    good = tmp_path / "good.csv"
    good.write_text("date,hours,title,provider,topics,online\n2025-01-05,2,Good course,PCB,ethics; confidentiality,"
                    "yes\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(good), "")))
    qtbot.mouseClick(page.import_button, LEFT)
    qtbot.waitUntil(lambda: bool(page.told), timeout=10000)
    assert page.told.pop() == ("Imported", "Added 1 course from good.csv.")
    assert page.model.text(page.model.rows[0], "format") == "Online"
    qtbot.mouseClick(page.import_button, LEFT)  # the same file again adds nothing twice
    qtbot.waitUntil(lambda: bool(page.told), timeout=10000)
    assert page.told.pop()[1] == "Added 0 courses from good.csv. 1 row was already in the log and was skipped."
    out = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(page.export_button, LEFT)
    qtbot.waitUntil(lambda: bool(page.told), timeout=10000)
    assert page.told.pop() == ("Exported", f"Wrote 1 course to {out}.")
    assert out.read_text(encoding="utf-8").splitlines()[1] == "2025-01-05,2,Good course,PCB,,ethics; confidentiality,yes,course,"


def test_the_packet_is_made_in_the_background_and_listed_as_a_renewal_packet(qtbot, window, tmp_path):
    page = _open_page(qtbot, window)
    _certify(qtbot, page, expires_in_days=200)
    letter = tmp_path / "supervisor letter.pdf"
    letter.write_bytes(_pdf("On agency letterhead"))
    page.certification_files.choose_file = lambda: str(letter)
    qtbot.mouseClick(page.certification_files.attach_button, LEFT)
    assert [i.name for i in page.certification_files.infos()] == ["supervisor letter.pdf"]
    _add_course(qtbot, page, "Ethics", "6", "ethics")
    assert page.packet_button.isEnabled()
    qtbot.mouseClick(page.packet_button, LEFT)
    qtbot.waitUntil(lambda: page.packet_file is not None, timeout=30000)
    assert page.packet_status.text().startswith("The renewal packet is ready. Verification code ")
    assert page.packet_file.is_file() and "renewal-packet" in page.packet_file.name
    assert page.open_packet_button.isVisible()
    qtbot.mouseClick(page.open_packet_button, LEFT)
    assert page.opened == [page.packet_file]
    window.show_page("reports")
    reports = window.pages["reports"]
    model = reports.issued_model
    assert model.rowCount() == 1 and model.data(model.index(0, 1)) == "Renewal packet"


def test_edit_and_delete_a_course_and_renew(qtbot, window):
    page = _open_page(qtbot, window)
    expires = _certify(qtbot, page)
    _add_course(qtbot, page, "Ethics", "6", "ethics")
    page.edit_entry()
    dialog = page.entry_dialog
    assert dialog.title_edit.text() == "Ethics" and dialog.topics_edit.text() == "ethics"
    dialog.hours_edit.clear()
    qtbot.keyClicks(dialog.hours_edit, "4.5")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert page.model.text(page.model.rows[0], "hours") == "4.5"
    assert "○ ethics: 4.5 of 6 hours count, 1.5 to go" in page.status.lines.text()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 0
    qtbot.mouseClick(page.renew_button, LEFT)
    renew = page.certification_dialog
    renew.expires_edit.setDate(_qdate(expires - dt.timedelta(days=1)))
    qtbot.mouseClick(renew.save_button, LEFT)
    assert "must come after the current one" in renew.error.text() and renew.isVisible()
    renew.expires_edit.setDate(_qdate(expires + dt.timedelta(days=730)))
    qtbot.mouseClick(renew.save_button, LEFT)
    assert not renew.isVisible()
    assert "Your certification expires" not in page.status.notices.text()


def test_training_hours_take_a_certificate_in_their_entry_dialog(qtbot, window, tmp_path):
    window.show_page("hours")
    page = window.pages["hours"]
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    dialog = page.entry_dialog
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("training"))
    dialog.domain_combo.setCurrentIndex(1)
    qtbot.keyClicks(dialog.activity_edit, "Ethics class")
    text = tmp_path / "notes.txt"
    text.write_text("not a certificate")
    dialog.files.choose_file = lambda: str(text)
    qtbot.mouseClick(dialog.files.button, LEFT)
    assert dialog.files.message.text() == ("Only PDF, PNG and JPEG files can be attached, and this file is none "
                                           "of them.")
    certificate = tmp_path / "class certificate.pdf"
    certificate.write_bytes(_pdf())
    dialog.files.choose_file = lambda: str(certificate)
    qtbot.mouseClick(dialog.files.button, LEFT)
    assert dialog.files.names.text() == "Attached: class certificate.pdf"
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    entry = page.selected_entry()
    attachments = window.context.services.attachments
    assert [a.name for a in attachments.list_for("hours", entry.id)] == ["class certificate.pdf"]
    page.edit_entry()  # the entry's files are named when it is opened again
    assert page.entry_dialog.files.names.text() == "Attached: class certificate.pdf"
    page.entry_dialog.reject()


def test_cancel_stops_an_import_and_keeps_nothing(qtbot, window, tmp_path, monkeypatch):
    page = _open_page(qtbot, window)
    big = tmp_path / "big.csv"
    day = dt.date.today() - dt.timedelta(days=30)
    big.write_text("date,hours,title\n" + "".join(f"{day.isoformat()},1,Course {n}\n" for n in range(20000)),
                   encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(big), "")))
    qtbot.mouseClick(page.import_button, LEFT)
    page.csv.task.cancel()  # as the progress dialog's Cancel does
    qtbot.waitUntil(lambda: bool(page.told), timeout=20000)
    assert page.told.pop() == ("Stopped", "Nothing was imported.")
    assert page.model.rowCount() == 0 and window.context.services.ce_log.list_entries(
        window.context.trainee.id) == []


def test_in_spanish_the_packet_is_made_in_spanish(qtbot, window, qapp):
    from trainer.reports.renewal_packet_verify import packet_data_of
    from trainer.ui.i18n import install_translations

    page = _open_page(qtbot, window)
    _certify(qtbot, page, expires_in_days=200)
    window.show_page("settings")
    combo = window.pages["settings"].language_combo
    combo.setCurrentIndex(combo.findData("es"))  # the window builds its pages again, in Spanish
    try:
        page = _open_page(qtbot, window)
        qtbot.mouseClick(page.packet_button, LEFT)
        qtbot.waitUntil(lambda: page.packet_file is not None, timeout=30000)
        data = packet_data_of(page.packet_file.read_bytes())
        assert data["language"] == "es" and data["ready"] == "todavía no"
        assert data["requirements"][0].startswith("Horas de EC: 0 de ")
    finally:
        install_translations(qapp, "en")
