"""The Hours page's sign-off: a supervisor signs here, or a request file goes to a supervisor elsewhere
and the signed response comes back (read and checked in the background); a trainee asks for a change
to a signed entry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QMessageBox, QWidget

from trainer.files import write_bytes_atomic
from trainer.messages import MessageError
from trainer.operations import signoff as ops
from trainer.study.hours import HoursEntryInfo, HoursError, HoursService
from trainer.study.signoff import Check, describe_certificate
from trainer.study.signoff_files import make_request
from trainer.study.signoff_records import SignoffError, SignoffService
from trainer.ui.background import run_task
from trainer.ui.pages.hours.entry_dialog import EntryDialog
from trainer.ui.pages.hours.sign_dialog import SignDialog
from trainer.ui.pages.hours.wording import HoursWording
from trainer.ui.text import fill, say


class HoursSignoff(QObject):
    def __init__(self, page: QWidget, hours: HoursService, signoff: Callable[[], SignoffService],
                 wording: HoursWording, perform: Callable[[object], object]):
        super().__init__(page)
        self.page, self.hours, self._signoff, self.wording, self.perform = page, hours, signoff, wording, perform
        self.sign_dialog: SignDialog | None = None
        self.change_dialog: EntryDialog | None = None
        self.task = None
        self.checks: dict[int, Check] = {}

    def button_row(self, button, *, sign, request, response, change) -> QHBoxLayout:
        """The page's sign-off buttons (`button(text, slot, tip)` makes one as the page's others)."""
        self.sign_button = button(self.tr("&Sign entries…"), sign,
                                  self.tr("A supervisor at this computer signs with their certificate"))
        # A supervisor elsewhere: two file actions behind one button, so the row fits a small screen.
        self.by_file_button = button(self.tr("Sign by &file"), lambda: None,
                                     self.tr("For a supervisor elsewhere: they sign a request file and send it back"))
        menu = QMenu(self.by_file_button)
        self.request_action = menu.addAction(self.tr("Export verification re&quest…"), request)
        self.response_action = menu.addAction(self.tr("Import signed &response…"), response)
        self.by_file_button.setMenu(menu)
        self.change_button = button(self.tr("Ask for a &change…"), change,
                                    self.tr("A signed entry changes only when a supervisor signs the change"))
        row = QHBoxLayout()
        for widget in (self.sign_button, self.by_file_button, self.change_button):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def enable(self, trainee: bool, entries: bool) -> None:
        self.sign_button.setEnabled(entries)
        self.request_action.setEnabled(entries)
        self.by_file_button.setEnabled(trainee)
        self.response_action.setEnabled(trainee)

    @property
    def signoff(self) -> SignoffService:
        return self._signoff()

    def refresh(self, trainee_id: int | None, entries: list[HoursEntryInfo]) -> dict[int, Check]:
        """Whether each signed entry's signature holds now (checked again at every refresh)."""
        self.checks = self.signoff.checks(trainee_id, entries) if trainee_id is not None and entries else {}
        return self.checks

    def history_lines(self, entry_id: int) -> list[str]:
        """Every signature the entry had: who, when, with which certificate, and whether it holds now
        (only the latest can: an earlier one covered the entry before a signed change)."""
        records = self.signoff.history(entry_id) if entry_id in self.checks else []
        lines = []
        for number, record in enumerate(records, 1):
            info = describe_certificate(record.certificate)
            line = fill(self.tr("%1 Signed by %2 (certificate serial %3 from %4), fields digest %5"),
                        f"{record.signed_at:%Y-%m-%d %H:%M}", record.signer_name, info[0], info[1],
                        record.fields_digest[:12])
            if number == len(records):
                check = self.checks[entry_id]
                line += ": " + (self.tr("the signature holds.") if check.valid else fill(
                    self.tr("the signature does not count: %1"), say(check.reason) if check.reason else ""))
            else:
                line += ": " + self.tr("replaced by a later signature.")
            lines.append(line)
        return lines

    def is_signed(self, entry: HoursEntryInfo | None) -> bool:
        return entry is not None and entry.id in self.checks

    def _warn(self, title: str, error: Exception) -> None:
        if isinstance(error, SignoffError):
            text = " ".join([say(error.message), *(say(r) for r in error.reasons)])
        elif isinstance(error, MessageError):
            text = say(error.message)
        elif isinstance(error, HoursError):
            text = self.wording.error(error)
        else:
            text = str(error)
        QMessageBox.warning(self.page, title, text)

    def _unsigned(self, entries: list[HoursEntryInfo]) -> list[int]:
        return [e.id for e in entries if not (e.id in self.checks and self.checks[e.id].valid)]

    def sign(self, trainee_id: int, entries: list[HoursEntryInfo], selected: HoursEntryInfo | None) -> None:
        chosen = [selected.id] if selected is not None else self._unsigned(entries)
        self.sign_dialog = SignDialog(self.signoff, trainee_id, entries, chosen, perform=self.perform,
                                      parent=self.page)
        self.sign_dialog.open()
        self.sign_dialog.p12_edit.setFocus()

    def export_request(self, trainee_id: int, entries: list[HoursEntryInfo]) -> None:
        ids = self._unsigned(entries)
        if not ids:
            QMessageBox.information(self.page, self.tr("Nothing to sign"),
                                    self.tr("Every entry already carries a valid signature."))
            return
        name, _ = QFileDialog.getSaveFileName(self.page, self.tr("Export verification request"),
                                              "verification-request.json", self.tr("Requests (*.json)"))
        if not name:
            return
        signoff = self.signoff

        def work(_progress) -> int:
            write_bytes_atomic(Path(name), make_request(signoff, trainee_id, ids))
            return len(ids)

        self.task = run_task(
            self.page, work,
            lambda count: QMessageBox.information(self.page, self.tr("Request written"), fill(self.tr(
                "Wrote a request to sign %n entry(s) to %1. Send it to your supervisor; import the signed "
                "response they send back.", "", count), name)),
            lambda error: self._warn(fill(self.tr("Cannot write %1"), name), error),
            label=fill(self.tr("Writing %1…"), name))

    def import_response(self, trainee_id: int) -> None:
        name, _ = QFileDialog.getOpenFileName(self.page, self.tr("Import signed response"), "",
                                              self.tr("Responses (*.json)"))
        if not name:
            return
        signoff = self.signoff

        def work(_progress):  # reads and checks every signature off the GUI thread
            return ops.import_signatures(signoff, trainee_id, Path(name).read_bytes())

        def kept(done) -> None:
            count = self.perform(done)
            QMessageBox.information(self.page, self.tr("Signatures kept"), fill(self.tr(
                "Kept %n signature(s) from %1: each one checked.", "", count), Path(name).name))

        self.task = run_task(self.page, work, kept,
                             lambda error: self._warn(self.tr("The response was refused"), error),
                             label=fill(self.tr("Checking %1…"), Path(name).name))

    def ask_for_change(self, trainee_id: int, entry: HoursEntryInfo, domain_names: dict[str, str],
                       by: str | None) -> None:
        """The entry dialog, saving a change request instead of the entry (it changes once signed)."""
        if not self.is_signed(entry):
            return
        signoff = self.signoff
        self.change_dialog = EntryDialog(
            self.hours, trainee_id, domain_names, entry, by=by, perform=self.perform, wording=self.wording,
            parent=self.page, write=lambda data: ops.request_change(signoff, entry.id, data, by=by))
        self.change_dialog.setWindowTitle(self.tr("Ask for a change"))
        self.change_dialog.saved.connect(lambda _request: QMessageBox.information(
            self.page, self.tr("Change asked for"),
            self.tr("The entry changes when a supervisor signs it as you asked: use Sign entries… or "
                    "Export verification request….")))
        self.change_dialog.open()
