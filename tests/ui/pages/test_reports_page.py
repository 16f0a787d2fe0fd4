"""Reports page: make a report without freezing, preview it, save a copy, print to a PDF printer."""

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from tests.conftest import BUNDLED_CONTENT
from trainer.config import resolve_settings
from trainer.reports.verify import VALID, verify_report
from trainer.study.demo import create_demo


def _window(open_window, data_dir):
    window = open_window(resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={}))
    services = window.context.services
    create_demo(services, "Rhea Port", entries=60)
    window.context.set_trainee(services.trainees.find("Rhea Port"))
    window.show_page("reports")
    return window, window.pages["reports"]


def test_make_preview_save_and_print(qtbot, open_window, data_dir, tmp_path):
    window, page = _window(open_window, data_dir)
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert page.busy and page.progress.isVisible()  # drawn off the GUI thread
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert "Verification code" in page.status.text(), page.status.text()
    assert page.document.pageCount() >= 3  # the preview shows it
    made = page.current_path
    assert made.is_file() and verify_report(made).status == VALID
    assert page.issued_model.rowCount() == 1
    text = " ".join(p.extract_text() for p in PdfReader(made).pages)
    assert "Rhea Port" in text

    page.choose_save_path = lambda suggested: str(tmp_path / "copy.pdf")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "copy.pdf").read_bytes() == made.read_bytes()

    printed = tmp_path / "printed.pdf"

    def pdf_printer():
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    page.choose_printer = pdf_printer
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert printed.is_file() and len(PdfReader(printed).pages) == page.document.pageCount()
    assert "Sent" in page.status.text()


def test_hours_log_and_earlier_reports(qtbot, open_window, data_dir):
    window, page = _window(open_window, data_dir)
    page.kind_combo.setCurrentIndex(1)
    page.make_report()
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.issued_model.rowCount() == 1
    assert page.issued_model.index(0, 1).data() == "Hours log"
    first = Path(page.issued_model.rows[0].path)
    page.current_path = None
    page._open_issued(page.issued_model.index(0, 0))
    assert page.current_path == first and page.document.pageCount() >= 1


def test_the_full_log_choice_reaches_the_report_and_issuing_tells_every_page(qtbot, open_window, data_dir):
    from trainer.operations import Change

    window, page = _window(open_window, data_dir)
    heard = []
    window.context.on(Change.REPORTS, lambda: heard.append(True))
    assert page.full_log_check.isEnabled()
    page.full_log_check.setChecked(True)
    page.make_report()
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert heard == [True], page.status.text()  # the operation's Done(Change.REPORTS), not a hand-made signal
    text = " ".join(p.extract_text() for p in PdfReader(page.current_path).pages)
    assert "Appendix: full hours log" in text
    page.kind_combo.setCurrentIndex(1)  # an hours log always lists every entry
    assert not page.full_log_check.isEnabled()


def test_a_cancelled_report_writes_and_records_nothing(qtbot, open_window, data_dir):
    from trainer.operations.progress import Cancelled

    window, page = _window(open_window, data_dir)
    reports_dir = data_dir / "reports"

    def cancel_after_drawing(done, total):
        if done == 2:
            raise Cancelled()

    real_issue = page.reports.issue
    page.reports.issue = lambda *args, **kwargs: real_issue(*args, **{**kwargs, "progress": cancel_after_drawing})
    page.make_report()
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert "no report was made" in page.status.text()
    assert page.issued_model.rowCount() == 0 and not list(reports_dir.glob("*.pdf"))


def test_a_report_that_cannot_be_made_says_why_in_words(qtbot, open_window, data_dir):
    window, page = _window(open_window, data_dir)
    page.agency = page.agency._replace(logo=data_dir / "missing-logo.png")
    page.make_report()
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert "missing-logo.png does not exist" in page.status.text()
    assert page.issued_model.rowCount() == 0


def test_the_issued_list_shows_each_reports_signature(qtbot, open_window, data_dir):
    window, page = _window(open_window, data_dir)
    page.make_report()
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    signature = page.issued_model.index(0, page.issued_model.SIGNATURE_COLUMN)
    qtbot.waitUntil(lambda: signature.data() != "Checking…", timeout=10000)
    assert signature.data() == "Self-issued: unchanged, nobody vouched"  # no agency: nobody vouches

    path = Path(page.issued_model.rows[0].path)
    path.write_bytes(path.read_bytes() + b"\n% added after signing\n")  # what an overlay's update does
    page.refresh()
    qtbot.waitUntil(lambda: signature.data() == "Changed after signing", timeout=10000)
    path.unlink()
    page.refresh()
    qtbot.waitUntil(lambda: signature.data() == "File not found", timeout=10000)


def test_a_supervisor_signs_the_report_with_their_certificate(qtbot, open_window, data_dir, tmp_path):
    from tests.signing.conftest import HOLDER_PASS, make_agency, make_supervisor
    from trainer.reports.verify import Trust, verify_report
    from trainer.signing.authority import CA_CERT
    from trainer.signing.trust import load_trust

    agency = make_agency(tmp_path / "agency")
    p12 = make_supervisor(agency, tmp_path)
    window, page = _window(open_window, data_dir)
    qtbot.mouseClick(page.sign_check, Qt.MouseButton.LeftButton)
    page.choose_certificate = lambda: str(p12)
    page.ask_passphrase = lambda _name: "not the passphrase"
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert "could not be made" in page.status.text() and page.issued_model.rowCount() == 0  # refused, in words

    page.ask_passphrase = lambda _name: HOLDER_PASS
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert "Verification code" in page.status.text(), page.status.text()
    result = verify_report(page.current_path, load_trust(agency.folder / CA_CERT))
    assert (result.status, result.trust, result.signer) == (VALID, Trust.TRUSTED, "Dana Supervisor")
