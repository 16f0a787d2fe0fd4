"""A supervisor at this computer signs hours entries: choose them, review every field, then the
certificate file (PKCS#12 from the agency) and its passphrase. Who may sign is decided by the logic
(trainer/study/signoff_records.py): a certificate this install does not trust is refused with the reason."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from trainer.messages import MessageError
from trainer.operations import signoff as ops
from trainer.signing.identities import load_identity
from trainer.study.hours import HoursEntryInfo
from trainer.study.signoff_records import SignoffError, SignoffService
from trainer.ui.formats import date_text, hours_text
from trainer.ui.pages.hours.wording import HoursWording
from trainer.ui.text import fill, say
from trainer.ui.theme import set_role

ID_ROLE = Qt.ItemDataRole.UserRole


class SignDialog(QDialog):
    """`signed` carries how many entries were signed."""

    signed = Signal(int)

    def __init__(self, signoff: SignoffService, trainee_id: int, entries: Iterable[HoursEntryInfo],
                 chosen: Iterable[int], *, perform: Callable[[object], object], parent=None):
        super().__init__(parent)
        self.signoff, self.trainee_id, self.perform = signoff, trainee_id, perform
        self.wording = HoursWording(self)
        self.setWindowTitle(self.tr("Sign hours entries"))
        chosen = set(chosen)

        intro = QLabel(self.tr("For the supervisor: tick the entries you vouch for and read every field below. "
                               "Your signature covers each field exactly as shown."))
        intro.setWordWrap(True)
        self.entry_list = QListWidget()
        self.entry_list.setAccessibleName(self.tr("Entries to sign"))
        for entry in entries:
            item = QListWidgetItem(fill(self.tr("%1 · %2 h · %3 · %4"), date_text(entry.date),
                                        hours_text(entry.hours), self.wording.kind(entry.kind),
                                        entry.activity or entry.setting or ""))
            item.setData(ID_ROLE, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.id in chosen else Qt.CheckState.Unchecked)
            self.entry_list.addItem(item)
        self.entry_list.itemChanged.connect(lambda _item: self.show_review())
        self.review = QPlainTextEdit()
        self.review.setReadOnly(True)
        self.review.setAccessibleName(self.tr("What will be signed"))

        self.p12_edit = QLineEdit()
        self.p12_edit.setAccessibleName(self.tr("Certificate file"))
        self.p12_edit.setPlaceholderText(self.tr("your .p12 file from the agency"))
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setAutoDefault(False)  # Enter in the passphrase signs; it must not open the file chooser
        browse.clicked.connect(lambda _=False: self.choose_file())
        file_row = QHBoxLayout()
        file_row.addWidget(self.p12_edit, 1)
        file_row.addWidget(browse)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Certificate:"), file_row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Why it was not signed"))
        set_role(self.message, "error")
        self.message.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = buttons.button(QDialogButtonBox.StandardButton.Ok)  # the default: Enter signs
        self.sign_button.setText(self.tr("&Sign"))
        buttons.accepted.connect(self.sign)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.entry_list, self.review):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().lineSpacing() * 30)
        self.show_review()

    def chosen_ids(self) -> list[int]:
        return [self.entry_list.item(i).data(ID_ROLE) for i in range(self.entry_list.count())
                if self.entry_list.item(i).checkState() == Qt.CheckState.Checked]

    def show_review(self) -> None:
        lines = []
        for fields in self.signoff.fields_to_sign(self.trainee_id, self.chosen_ids()):
            lines.append(fill(self.tr("%1: %2 h of %3"), fields["date"], fields["hours"], self.wording.kind(fields["kind"])))
            for name in ("domain", "setting", "activity", "supervisor", "notes"):
                if fields.get(name):
                    lines.append(fill(self.tr("    %1: %2"), self.wording.field(name), fields[name]))
        self.review.setPlainText("\n".join(lines) or self.tr("No entry is ticked."))
        self.sign_button.setEnabled(bool(lines))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Supervisor certificate"), "",
                                              self.tr("Certificates (*.p12 *.pfx)"))
        if name:
            self.p12_edit.setText(name)
            self.passphrase_edit.setFocus()

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def sign(self) -> None:
        ids, path, passphrase = self.chosen_ids(), self.p12_edit.text().strip(), self.passphrase_edit.text()
        self.passphrase_edit.clear()  # never kept longer than one try
        if not ids:
            self._refuse(self.tr("Tick the entries to sign first."))
            return
        if not path:
            self._refuse(self.tr("Choose the certificate file (.p12) the agency gave you."))
            self.p12_edit.setFocus()
            return
        try:
            identity = load_identity(path, passphrase)
            count = len(self.perform(ops.sign_entries(self.signoff, self.trainee_id, ids, identity)))
        except SignoffError as exc:
            self._refuse(" ".join([say(exc.message), *(say(r) for r in exc.reasons)]))
            return
        except MessageError as exc:
            self._refuse(say(exc.message))
            self.passphrase_edit.setFocus()
            return
        self.signed.emit(count)
        self.accept()
