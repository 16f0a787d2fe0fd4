"""Settings, in trainer mode only: the trainer and supervisor accounts, and adding one."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from trainer.study.trainer_access import TrainerAccess
from trainer.ui.text import fill


class TrainerAccountsBox(QGroupBox):
    def __init__(self, access: TrainerAccess, parent=None):
        super().__init__(parent)
        self.access = access
        self.setTitle(self.tr("Trainer and supervisor accounts"))
        self.accounts_list = QListWidget()
        self.accounts_list.setAccessibleName(self.tr("Accounts"))
        self.accounts_list.setMaximumHeight(120)
        self.add_button = QPushButton(self.tr("A&dd an account…"))
        self.add_button.clicked.connect(self.add_account)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Accounts message"))
        self.add_dialog = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.accounts_list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        self.accounts_list.clear()
        roles = {"trainer": self.tr("trainer"), "supervisor": self.tr("supervisor")}
        for account in self.access.accounts.list_accounts():
            self.accounts_list.addItem(fill(self.tr("%1 (%2)"), account.name, roles.get(account.role, account.role)))

    def add_account(self) -> None:
        from trainer.ui.trainer_sign_in import ADD_ACCOUNT, TrainerSignInDialog

        self.add_dialog = TrainerSignInDialog(self.access, ADD_ACCOUNT, self)
        self.add_dialog.accepted.connect(self._added)
        self.add_dialog.open()

    def _added(self) -> None:
        account = self.add_dialog.added
        self.message.setText(fill(self.tr("Added the account %1."), account.name))
        self.refresh()
