"""Reports: make the readiness report or hours log, preview it, save a copy, print it.

Making a report is the `issue_report` operation (the command line's path too), run on the
background helper: gathering, drawing, writing and recording all happen off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer.agency import AgencyConfig
from trainer.files import write_bytes_atomic
from trainer.operations import Change
from trainer.operations.reports import issue_report
from trainer.reports import HOURS_LOG, READINESS, RENEWAL_PACKET, ReportError, ReportService
from trainer.reports.signature import SignatureState, signature_state
from trainer.signing.identities import IdentityError, load_identity
from trainer.ui.background import run_task
from trainer.ui.content_language import content_language
from trainer.ui.context import AppContext
from trainer.ui.formats import date_time_text
from trainer.ui.text import fill, say
from trainer.ui.theme import set_role
from trainer.ui.widgets.list_model import RowListModel


class IssuedModel(RowListModel):
    SIGNATURE_COLUMN = 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = []
        self.states: dict[str, tuple[SignatureState, str | None]] = {}  # by file path, checked in the background
        self.headers = [self.tr("Issued"), self.tr("Kind"), self.tr("Verification code"), self.tr("Signature"),
                        self.tr("File")]

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(reversed(rows))
        self.endResetModel()

    def set_states(self, states: dict) -> None:
        self.states = dict(states)
        if self.rows:
            column = self.SIGNATURE_COLUMN
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def signature_text(self, path: str | None) -> str:
        state, signer = self.states.get(path or "", (None, None))
        words = {
            SignatureState.TRUSTED: self.tr("Signed by %1, trusted"),
            SignatureState.SELF_ISSUED: self.tr("Self-issued: unchanged, nobody vouched"),
            SignatureState.NOT_TRUSTED: self.tr("Signed by %1, not trusted here"),
            SignatureState.REJECTED: self.tr("Signed by %1: certificate revoked or out of date"),
            SignatureState.ALTERED: self.tr("Changed after signing"),
            SignatureState.UNSIGNED: self.tr("Not signed"),
            SignatureState.MISSING: self.tr("File not found"),
        }
        return fill(words[state], signer or "") if state is not None else self.tr("Checking…")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        kinds = {READINESS: self.tr("Readiness report"), RENEWAL_PACKET: self.tr("Renewal packet")}
        return (date_time_text(row.issued_at), kinds.get(row.kind) or self.tr("Hours log"),
                row.code, self.signature_text(row.path), row.path or "")[index.column()]


class ReportsPage(QWidget):
    def __init__(self, context: AppContext, reports: ReportService, agency: AgencyConfig, parent=None):
        super().__init__(parent)
        self.context = context
        self.reports = reports
        self.agency = agency
        self.setAccessibleName(self.tr("Reports"))
        self.current_path: Path | None = None
        self.busy = False
        # Replaced in tests: file choice, print dialog and messages.
        self.choose_save_path = lambda suggested: QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the report"), suggested, self.tr("PDF files (*.pdf)"))[0]
        self.choose_printer = self._ask_printer
        self.inform = lambda title, text: QMessageBox.information(self, title, text)
        self.choose_certificate = lambda: QFileDialog.getOpenFileName(
            self, self.tr("Sign with which certificate?"), str(Path.home()),
            self.tr("Certificates (*.p12 *.pfx)"))[0]
        self.ask_passphrase = self._ask_passphrase

        heading = QLabel(self.tr("Reports"))
        set_role(heading, "title")
        intro = QLabel(self.tr("Make a certification-readiness report for your supervisor or board, or a printable "
                               "hours log. Each report is digitally signed and carries a verification code, so your "
                               "supervisor or board can check it was not changed."))
        intro.setWordWrap(True)
        set_role(intro, "subtitle")
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of report"))
        self.kind_combo.addItem(self.tr("Certification-readiness report"), READINESS)
        self.kind_combo.addItem(self.tr("Hours log only"), HOURS_LOG)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.full_log_check = QCheckBox(self.tr("List every hours &entry"))
        self.full_log_check.setToolTip(self.tr("Without this, the readiness report sums your hours by month."))
        self.sign_check = QCheckBox(self.tr("Sign with a &certificate…"))
        self.sign_check.setToolTip(self.tr("A supervisor's or the agency's report certificate (a .p12 file from the "
                                           "agency). Without one, this install signs the report itself."))
        self.make_button = QPushButton(self.tr("&Make report"))
        set_role(self.make_button, "primary")
        self.make_button.clicked.connect(self.make_report)
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.clicked.connect(self.save_copy)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_report)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy indicator while the PDF is drawn
        self.progress.setAccessibleName(self.tr("Making the report"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Report status"))

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Report preview"))
        self._buffer: QBuffer | None = None

        self.issued_model = IssuedModel(self)
        self.issued_table = QTableView()
        self.issued_table.setModel(self.issued_model)
        self.issued_table.setAccessibleName(self.tr("Earlier reports"))
        self.issued_table.verticalHeader().hide()
        self.issued_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.issued_table.horizontalHeader().setStretchLastSection(True)
        self.issued_table.doubleClicked.connect(self._open_issued)

        controls = QHBoxLayout()
        controls.addWidget(self.kind_combo)
        controls.addWidget(self.make_button)
        controls.addWidget(self.progress, 1)
        controls.addStretch(1)
        controls.addWidget(self.save_button)
        controls.addWidget(self.print_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Earlier reports (double-click to preview):")))
        lower_layout.addWidget(self.issued_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(controls)
        choices = QHBoxLayout()  # on a row of their own: the page fits 1024 px in either language
        choices.addWidget(self.full_log_check)
        choices.addWidget(self.sign_check)
        choices.addStretch(1)
        layout.addLayout(choices)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        context.on(Change.TRAINEE | Change.REPORTS | Change.BACKUPS, self.refresh, self)
        self.refresh()

    def focus_target(self):
        return self.make_button if self.make_button.isEnabled() else self.kind_combo

    def refresh(self) -> None:
        trainee = self.context.trainee
        self.make_button.setEnabled(trainee is not None and not self.busy)
        self.issued_model.set_rows(self.reports.issued(trainee.id) if trainee else [])
        self._check_signatures()
        has_report = self.current_path is not None
        self.save_button.setEnabled(has_report)
        self.print_button.setEnabled(has_report)

    def _check_signatures(self) -> None:
        """Each listed file's signature, read off the GUI thread (the files may have been changed)."""
        paths = [row.path for row in self.issued_model.rows if row.path]  # again: a file may have changed
        if not paths:
            return
        agency = self.agency

        def work(_progress):
            # cryptography loads here, off the GUI thread
            from trainer.signing.identities import IdentityError
            from trainer.signing.trust import TrustStore, trust_of_agency

            try:
                trust = trust_of_agency(agency)
            except IdentityError:  # trust_ca is not a certificate: then nobody is trusted
                trust = TrustStore()
            return {path: signature_state(Path(path), trust) for path in paths}

        def checked(states):
            self.issued_model.set_states({**self.issued_model.states, **states})

        run_task(self, work, checked, lambda _error: None)

    # ---- making -------------------------------------------------------------------
    def _kind_changed(self) -> None:
        self.full_log_check.setEnabled(self.kind_combo.currentData() == READINESS)  # an hours log lists them all

    def make_report(self) -> None:
        trainee = self.context.trainee
        if trainee is None or self.busy:
            return
        kind = self.kind_combo.currentData()
        full_log = kind == READINESS and self.full_log_check.isChecked()
        agency, logo = self.agency.agency_name, str(self.agency.logo) if self.agency.logo else None
        reports = self.reports  # the work reads nothing of the widget
        language = content_language(self.context)  # the report in the language the trainee reads
        certificate = passphrase = None
        if self.sign_check.isChecked():
            certificate = self.choose_certificate()
            if not certificate:
                return
            passphrase = self.ask_passphrase(Path(certificate).name)
            if passphrase is None:
                return
        self.busy = True
        self.progress.show()
        self.status.setText(self.tr("Making the report…"))
        self.make_button.setEnabled(False)

        def work(progress):
            # The key is opened here and kept only for this report: never stored, never shown.
            signer = load_identity(Path(certificate), passphrase) if certificate else None
            return issue_report(reports, trainee.id, kind=kind, agency=agency, logo_path=logo,
                                full_log=full_log, signer=signer, progress=progress, language=language)

        run_task(self, work, self._made, self._not_made, on_cancelled=self._cancelled,
                 label=self.tr("Making the report…"), cancellable=True)

    def _finished(self) -> None:
        self.busy = False
        self.progress.hide()

    def _made(self, done) -> None:
        self._finished()
        info = self.context.perform(done, source=self)  # refreshes this page's list too
        path = Path(info.path)
        self.status.setText(fill(self.tr("Report ready. Verification code %1. Saved in %2."), info.code, path))
        self.show_pdf(path)
        self.refresh()

    def _not_made(self, error: Exception) -> None:
        self._finished()
        reason = say(error.message) if isinstance(error, (ReportError, IdentityError)) else str(error)
        self.status.setText(fill(self.tr("The report could not be made: %1"), reason))
        self.refresh()

    def _cancelled(self) -> None:
        self._finished()
        self.status.setText(self.tr("Stopped: no report was made."))
        self.refresh()

    def show_pdf(self, path: Path) -> None:
        self.current_path = path
        payload = QByteArray(path.read_bytes())
        self._buffer = QBuffer(self)
        self._buffer.setData(payload)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _open_issued(self, index) -> None:
        row = self.issued_model.rows[index.row()]
        if row.path and Path(row.path).is_file():
            self.show_pdf(Path(row.path))
            self.refresh()
        else:
            self.inform(self.tr("File not found"), self.tr("The file of this report was moved or deleted."))

    # ---- saving and printing ----------------------------------------------------------
    def save_copy(self) -> None:
        if self.current_path is None:
            return
        target = self.choose_save_path(str(Path.home() / self.current_path.name))
        if not target:
            return
        try:
            write_bytes_atomic(Path(target), self.current_path.read_bytes())
        except OSError as exc:
            self.inform(self.tr("Not saved"), fill(self.tr("Could not save to %1: %2. Choose another folder."),
                                                   target, exc.strerror or str(exc)))
            return
        self.status.setText(fill(self.tr("Saved a copy to %1."), target))

    def _ask_passphrase(self, file_name: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Certificate passphrase"),
                                        fill(self.tr("The passphrase of %1:"), file_name), QLineEdit.EchoMode.Password)
        return text if ok else None

    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def print_report(self) -> None:
        if self.current_path is None or self.document.pageCount() == 0:
            return
        printer = self.choose_printer()
        if printer is None:
            return
        if not print_document(self.document, printer):
            self.status.setText(self.tr("The printer could not be started."))
            return
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", self.document.pageCount()))


def print_document(document: QPdfDocument, printer: QPrinter) -> bool:
    """Paint each PDF page, rendered at the printer's resolution, onto the printer (False if
    the printer could not be started)."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(page, size)
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return True
