"""Add or edit one CE entry, with its certificates: problems show next to the fields they
concern, and nothing is kept until every one is fixed (a refused file takes a new entry back)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from trainer.operations import renewal as ops
from trainer.study.attachments import AttachmentError, AttachmentService, checked_payload
from trainer.study.ce_log import CeLogService
from trainer.study.ce_records import CeData, CeEntryInfo, CeError, split_topics
from trainer.ui.pages.renewal.certification_dialog import date_edit, from_qdate, to_qdate
from trainer.ui.pages.renewal.wording import RenewalWording, hours
from trainer.ui.text import fill
from trainer.ui.widgets.attachment_list import PendingFiles, choose_certificate
from trainer.ui.widgets.field_error import with_error


class CeEntryDialog(QDialog):
    """`perform` delivers each operation's changes and returns its value; `stored` is the entry."""

    def __init__(self, ce_log: CeLogService, attachments: AttachmentService, trainee_id: int,
                 entry: CeEntryInfo | None = None, *, perform: Callable[[object], object], wording: RenewalWording,
                 topics: tuple[str, ...] = (), parent=None):
        super().__init__(parent)
        self.ce_log, self.attachments, self.trainee_id, self.entry = ce_log, attachments, trainee_id, entry
        self.perform, self.wording = perform, wording
        self.stored: CeEntryInfo | None = None
        self.choose_file = lambda: choose_certificate(self)  # replaced in tests
        self.setWindowTitle(self.tr("Edit a CE course") if entry else self.tr("Add a CE course"))
        self.date_edit = date_edit(self.tr("Date"))
        self.hours_edit = QLineEdit()
        self.hours_edit.setPlaceholderText(self.tr("for example 1.5"))
        self.hours_edit.setMaxLength(12)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("as on the certificate"))
        self.provider_edit = QLineEdit()
        self.provider_number_edit = QLineEdit()
        self.topics_edit = QLineEdit()
        self.topics_edit.setPlaceholderText(fill(self.tr("separated by commas, like %1"),
                                                 ", ".join(topics) or self.tr("ethics, confidentiality")))
        self.online_check = QCheckBox(self.tr("Taken &online (a webinar, an online course)"))
        self.kind_combo = QComboBox()
        for kind, label in wording.kinds().items():
            self.kind_combo.addItem(label, kind)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3)
        # The hours entry dialog's file picker: each file checked as it is chosen, attached at Save.
        attached = [info.name for info in attachments.list_for("ce", entry.id)] if entry else []
        self.files = PendingFiles(lambda: self.choose_file(), attached)
        self.attach_button = self.files.button

        self.errors: dict[str, QLabel] = {}
        self.widgets = {"date": self.date_edit, "hours": self.hours_edit, "title": self.title_edit,
                        "provider": self.provider_edit, "provider_number": self.provider_number_edit,
                        "topics": self.topics_edit, "online": self.online_check, "kind": self.kind_combo,
                        "notes": self.notes_edit, "files": self.files}
        labels = {"date": self.tr("&Date:"), "hours": self.tr("&Hours:"), "title": self.tr("&Title:"),
                  "provider": self.tr("&Provider or sponsor:"),
                  "provider_number": self.tr("Approved-provider n&umber:"), "topics": self.tr("To&pics:"),
                  "online": "", "kind": self.tr("&Kind:"), "notes": self.tr("N&otes:"),
                  "files": self.tr("Certificates:")}
        form = QFormLayout()
        for name, widget in self.widgets.items():
            label = QLabel(labels[name])
            label.setBuddy(self.attach_button if name == "files" else widget)
            if labels[name] and name != "files":
                widget.setAccessibleName(labels[name].replace("&", "").rstrip(":"))
            if name == "files":  # the picker words its own refusals: that label is the field's
                self.errors[name] = self.files.message
                form.addRow(label, widget)
                continue
            box, self.errors[name] = with_error(widget, name)
            form.addRow(label, box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fill(entry)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _fill(self, entry: CeEntryInfo | None) -> None:
        if entry is None:
            self.date_edit.setDate(QDate.currentDate())
            self.hours_edit.setText("1")
            return
        self.date_edit.setDate(to_qdate(entry.date))
        self.hours_edit.setText(hours(entry.hours))
        self.title_edit.setText(entry.title)
        self.provider_edit.setText(entry.provider or "")
        self.provider_number_edit.setText(entry.provider_number or "")
        self.topics_edit.setText(", ".join(entry.topics))
        self.online_check.setChecked(entry.online)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(entry.kind)))
        self.notes_edit.setPlainText(entry.notes or "")

    def data(self) -> CeData:
        return CeData(date=from_qdate(self.date_edit.date()), hours=self.hours_edit.text(),
                      title=self.title_edit.text(), provider=self.provider_edit.text(),
                      provider_number=self.provider_number_edit.text(), topics=split_topics(self.topics_edit.text()),
                      online=self.online_check.isChecked(), kind=self.kind_combo.currentData(),
                      notes=self.notes_edit.toPlainText())

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        try:
            if self.entry is None:
                done = ops.add_ce_entry_with_files(self.ce_log, self.attachments, self.trainee_id, self.data(),
                                                   self.files.files)
                self.stored = self.perform(done)
            else:
                for path in self.files.files:  # a refused file stops the change before anything is written
                    checked_payload(path)
                self.stored = self.perform(ops.update_ce_entry(self.ce_log, self.entry.id, self.data()))
                if not self.files.attach_to(self.attachments, self.perform, self.trainee_id, "ce", self.entry.id):
                    return  # saved, a file refused and said so: Save again adds the rest
        except CeError as exc:
            texts: dict[str, list[str]] = {}
            for problem in exc.problems:  # one about no field of this form shows under the date
                texts.setdefault(problem.field if problem.field in self.errors else "date", []).append(
                    self.wording.error(CeError(problem)))
            self._show(texts)
            return
        except AttachmentError as exc:
            self._show({"files": [self.wording.error(exc)]})
            return
        self.accept()

    def _show(self, texts: dict[str, list[str]]) -> None:
        for name, words in texts.items():
            self.errors[name].setText(" ".join(words))
            self.errors[name].show()
        first = next(name for name in self.errors if name in texts)
        target = self.attach_button if first == "files" else self.widgets[first]
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()

    def visible_problems(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.errors.items() if not label.isHidden()}
