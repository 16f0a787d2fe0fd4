"""Add or edit one hours entry, with problems shown next to the fields they concern."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from trainer.operations import hours as ops
from trainer.study.attachments import AttachmentService
from trainer.study.hours import EntryData, HoursEntryInfo, HoursError, HoursService, format_hours
from trainer.study.hours_rules import LONG_ENTRY, is_long_entry
from trainer.ui.formats import date_input_format, hours_text
from trainer.ui.pages.hours.wording import HoursWording
from trainer.ui.text import fill
from trainer.ui.theme import set_role
from trainer.ui.widgets.attachment_list import PendingFiles, choose_certificate
from trainer.ui.widgets.field_error import with_error


class EntryDialog(QDialog):
    """Nothing is saved until every problem is fixed; `perform` delivers the save's changes
    and `saved` carries the stored entry."""

    saved = Signal(object)

    def __init__(self, hours: HoursService, trainee_id: int, domain_names: dict[str, str],
                 entry: HoursEntryInfo | None = None, by: str | None = None, *,
                 perform: Callable[[object], object], wording: HoursWording | None = None, parent=None,
                 write: Callable[[EntryData], object] | None = None,
                 attachments: Callable[[], AttachmentService] | None = None):
        super().__init__(parent)
        self.hours, self.trainee_id, self.entry, self.by = hours, trainee_id, entry, by
        self.perform = perform
        self.write = write  # another operation for the typed values (a change request for a signed entry)
        self.wording = wording or HoursWording(self)
        self.setWindowTitle(self.tr("Edit hours") if entry else self.tr("Add hours"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_input_format())
        # Plain text, checked when saved: a spin box silently turned "30" into "3" and "-5" into "-".
        self.hours_edit = QLineEdit()
        self.hours_edit.setPlaceholderText(self.tr("for example 1.5"))
        self.hours_edit.setMaxLength(12)
        self.kind_combo = QComboBox()
        for kind, label in self.wording.kinds().items():
            self.kind_combo.addItem(label, kind)
        self.domain_combo = QComboBox()
        self.domain_combo.addItem(self.tr("(no domain)"), None)
        for domain_id, name in domain_names.items():
            self.domain_combo.addItem(name, domain_id)
        self.setting_combo = QComboBox()
        self.setting_combo.setEditable(True)
        self.setting_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setting_combo.addItem("")
        for setting in self.settings():
            self.setting_combo.addItem(setting)
        self.activity_edit = QLineEdit()
        self.supervisor_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)

        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        rows = [("date", self.tr("&Date:"), self.date_edit), ("hours", self.tr("&Hours:"), self.hours_edit),
                ("kind", self.tr("&Kind:"), self.kind_combo), ("domain", self.tr("Do&main:"), self.domain_combo),
                ("setting", self.tr("&Setting:"), self.setting_combo),
                ("activity", self.tr("&Activity:"), self.activity_edit),
                ("supervisor", self.tr("Su&pervisor or trainer:"), self.supervisor_edit),
                ("notes", self.tr("N&otes:"), self.notes_edit)]
        for name, text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            box, self.errors[name] = with_error(widget, name)
            form.addRow(label, box)
        self.domain_hint = QLabel(self.tr("Domain: required for training hours."))
        set_role(self.domain_hint, "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.domain_hint)
        self.attachments = attachments  # certificates of training hours (none for a change request)
        self.files = None
        if attachments is not None and write is None:
            names = [info.name for info in attachments().list_for("hours", entry.id)] if entry else []
            self.files = PendingFiles(lambda: choose_certificate(self), names)
            layout.addWidget(self.files)
        layout.addWidget(buttons)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        # A problem disappears as soon as its field is changed.
        for name, signal in (("date", self.date_edit.dateChanged), ("hours", self.hours_edit.textEdited),
                             ("kind", self.kind_combo.currentIndexChanged),
                             ("domain", self.domain_combo.currentIndexChanged),
                             ("setting", self.setting_combo.currentTextChanged),
                             ("activity", self.activity_edit.textEdited),
                             ("supervisor", self.supervisor_edit.textEdited),
                             ("notes", self.notes_edit.textChanged)):
            signal.connect(lambda *_, n=name: self._clear_problem(n))
        self.kind_combo.currentIndexChanged.connect(lambda *_: self._clear_problem("domain"))
        # Replaced in tests: asks to confirm an unusually long entry.
        self.confirm_long = self._confirm_long
        self._fill(entry)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def settings(self) -> tuple[str, ...]:
        """Common settings to pick from (free text: the person may type another)."""
        return (self.tr("Recovery community organization"), self.tr("Treatment program"),
                self.tr("Emergency department"), self.tr("Justice"), self.tr("Child welfare"), self.tr("Other"))

    def _fill(self, entry: HoursEntryInfo | None) -> None:
        if entry is None:
            self.date_edit.setDate(QDate.currentDate())
            self.hours_edit.setText("1")
            self._kind_changed()
            return
        self.date_edit.setDate(QDate(entry.date.year, entry.date.month, entry.date.day))
        self.hours_edit.setText(format_hours(entry.hours))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(entry.kind))
        self.domain_combo.setCurrentIndex(max(0, self.domain_combo.findData(entry.domain)))
        self.setting_combo.setCurrentText(entry.setting or "")
        self.activity_edit.setText(entry.activity or "")
        self.supervisor_edit.setText(entry.supervisor or "")
        self.notes_edit.setPlainText(entry.notes or "")
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.domain_hint.setVisible(self.kind_combo.currentData() == "training")

    def data(self) -> EntryData:
        day = self.date_edit.date()
        return EntryData(
            date=dt.date(day.year(), day.month(), day.day()),
            hours=self.hours_edit.text(),  # the rules say what is wrong with it, in words
            kind=self.kind_combo.currentData(), domain=self.domain_combo.currentData(),
            setting=self.setting_combo.currentText(), activity=self.activity_edit.text(),
            supervisor=self.supervisor_edit.text(), notes=self.notes_edit.toPlainText())

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        if is_long_entry(self.data()) and not self.confirm_long(self.hours_edit.text().strip()):
            self.hours_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            if self.write is not None:
                done = self.write(self.data())
            elif self.entry is None:
                done = ops.add_entry(self.hours, self.trainee_id, self.data(), by=self.by)
            else:
                done = ops.update_entry(self.hours, self.entry.id, self.data(), by=self.by)
        except HoursError as exc:
            self.show_problems(exc)
            return
        stored = self.perform(done)
        self.saved.emit(stored)
        if self.files is not None and not self.files.attach_to(self.attachments(), self.perform, self.trainee_id,
                                                               "hours", stored.id):
            self.entry = stored  # saved, a file refused: Save again changes this entry, adding none
            return
        self.accept()

    def _confirm_long(self, hours: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Save a long entry?"),
                          fill(self.tr("%1 hours in one entry is more than %2. Is that right?"),
                               hours, hours_text(LONG_ENTRY)), parent=self)
        save = box.addButton(self.tr("&Save it"), QMessageBox.ButtonRole.AcceptRole)
        fix = box.addButton(self.tr("&Change the hours"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(fix)
        box.exec()
        return box.clickedButton() is save

    def _clear_problem(self, name: str) -> None:
        label = self.errors[name]
        if not label.isHidden():
            label.hide()
            self.adjustSize()

    def show_problems(self, exc: HoursError) -> None:
        texts: dict[str, list[str]] = {}
        for problem in exc.problems:  # one not about a field of this form shows under the date
            name = problem.field if problem.field in self.errors else "date"
            texts.setdefault(name, []).append(self.wording.problem(problem))
        for name, words in texts.items():
            self.errors[name].setText(" ".join(words))
            self.errors[name].show()
        first = next((name for name in self.errors if name in texts), "date")
        widget = {"date": self.date_edit, "hours": self.hours_edit, "kind": self.kind_combo,
                  "domain": self.domain_combo, "setting": self.setting_combo, "activity": self.activity_edit,
                  "supervisor": self.supervisor_edit, "notes": self.notes_edit}[first]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()  # the dialog grows to show every message

    def visible_problems(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.errors.items() if not label.isHidden()}
