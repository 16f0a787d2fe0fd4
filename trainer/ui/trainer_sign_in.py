"""The small dialog behind trainer mode: sign in, make the first trainer account, or add an account.

The rules (who may, how long a password is, how wrong tries are slowed) live in
trainer.study.trainer_access and trainer.study.accounts; this only asks and shows the answer.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from trainer.messages import Message
from trainer.study.accounts import MIN_PASSWORD_LENGTH, AccountError
from trainer.study.trainer_access import TrainerAccess
from trainer.ui.text import fill, say
from trainer.ui.theme import set_role

SIGN_IN, CREATE_FIRST, ADD_ACCOUNT = "sign_in", "create_first", "add_account"


class TrainerSignInDialog(QDialog):
    def __init__(self, access: TrainerAccess, mode: str = SIGN_IN, parent=None):
        super().__init__(parent)
        self.mode = mode
        self.access = access
        self.setModal(True)
        titles = {SIGN_IN: self.tr("Trainer sign-in"), CREATE_FIRST: self.tr("Create the trainer account"),
                  ADD_ACCOUNT: self.tr("Add an account")}
        self.setWindowTitle(titles[mode])
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Password again"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Role"))
        self.role_combo.addItem(self.tr("Trainer"), "trainer")
        self.role_combo.addItem(self.tr("Supervisor"), "supervisor")
        self.error = QLabel()
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Sign-in problem"))
        self.error.hide()
        self.labels = {"name": self.tr("Name"), "password": self.tr("Password"),
                       "confirm": self.tr("Password again"), "role": self.tr("Role")}
        self.fields = {"name": self.name_edit, "password": self.password_edit, "confirm": self.confirm_edit,
                       "role": self.role_combo}
        form = QFormLayout()
        rows = [("name", self.tr("&Name:")), ("password", self.tr("&Password:"))]
        if mode != SIGN_IN:
            rows.append(("confirm", self.tr("Password &again:")))
            self.password_edit.setPlaceholderText(
                fill(self.tr("at least %1 characters"), MIN_PASSWORD_LENGTH))
        if mode == ADD_ACCOUNT:
            rows.insert(0, ("role", self.tr("&Role:")))
        for key, text in rows:
            label = QLabel(text)
            label.setBuddy(self.fields[key])
            form.addRow(label, self.fields[key])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText({SIGN_IN: self.tr("&Sign in"), CREATE_FIRST: self.tr("&Create and sign in"),
                                ADD_ACCOUNT: self.tr("&Add")}[mode])
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)  # Escape cancels too (QDialog)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        first = self.role_combo if mode == ADD_ACCOUNT else self.name_edit
        first.setFocus()

    def _intro(self) -> str:
        if self.mode == CREATE_FIRST:
            return self.tr("There is no trainer account yet. Choose a name and a password for the first one; "
                           "after this, trainer mode always asks for a trainer's name and password.")
        if self.mode == ADD_ACCOUNT:
            return self.tr("A new trainer or supervisor account. Give its owner the password in person.")
        text = self.tr("Trainer mode shows every trainee's progress and the answer keys. "
                       "Enter your trainer account's name and password.")
        if self.access.agency_password_hash:
            text += " " + self.tr("Or leave the name empty and enter your agency's trainer password.")
        elif self.access.require_login:
            text += " " + self.tr("Your agency makes trainer accounts (cpsw-trainer account add).")
        return text

    def submit(self) -> None:
        name, password, confirm = self.name_edit.text(), self.password_edit.text(), self.confirm_edit.text()
        try:
            if self.mode == SIGN_IN:
                result = self.access.sign_in(name, password)
                if not result.ok:
                    self._show_problem(result.field or "password", result.message)
                    return
            elif self.mode == CREATE_FIRST:
                self.access.create_first_account(name, password, confirm)
            else:
                self.added = self.access.add_account(name, password, confirm, self.role_combo.currentData())
        except AccountError as exc:
            self._show_problem(exc.field, exc.message)
            return
        self.accept()

    def _show_problem(self, field: str, message: Message) -> None:
        """Say which field was wrong, and put the cursor there."""
        field = field if field in self.fields else "name"
        self.error.setText(fill(self.tr("%1: %2"), self.labels[field], say(message)))
        self.error.show()
        if self.mode == SIGN_IN or field == "password":
            self.password_edit.clear()
        if field in ("password", "confirm"):
            self.confirm_edit.clear()
        widget = self.fields[field]
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
