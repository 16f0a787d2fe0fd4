"""Sign-in on shared computers and agency databases: pick your name, enter your PIN."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from trainer.ui.context import AppContext
from trainer.ui.text import say
from trainer.ui.theme import set_role
from trainer.ui.widgets.quit_guard import ask_to_quit

if TYPE_CHECKING:
    from trainer.study.overview import Overview
    from trainer.study.pins import PinService


class TraineePicker(QDialog):
    new_trainee_requested = Signal()

    def __init__(self, context: AppContext, overview: Overview, pins: Callable[[], PinService], parent=None):
        super().__init__(parent)
        self.confirm_quit = ask_to_quit  # replaced in tests
        self.context = context
        self.overview = overview
        self.pins = pins  # opens the storage layer: only when a name is chosen
        self.setWindowTitle(self.tr("Who is studying?"))
        self.setModal(True)
        intro = QLabel(self.tr("Choose your name. If you set a PIN, enter it to open your work."))
        intro.setWordWrap(True)
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Trainees"))
        for trainee in overview.trainees():
            item = QListWidgetItem(trainee.name)
            item.setData(Qt.ItemDataRole.UserRole, trainee.id)
            self.names.addItem(item)
        self.names.setCurrentRow(0)
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setPlaceholderText(self.tr("PIN (if you set one)"))
        self.message = QLabel()
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sign-in problem"))
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        set_role(self.sign_in_button, "primary")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.new_button = QPushButton(self.tr("I'm &new here"))
        self.new_button.clicked.connect(self._new)
        pin_label = QLabel(self.tr("&PIN:"))
        pin_label.setBuddy(self.pin_edit)
        pin_row = QHBoxLayout()
        pin_row.addWidget(pin_label)
        pin_row.addWidget(self.pin_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.names, 1)
        layout.addLayout(pin_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumSize(420, 360)
        self.names.itemActivated.connect(lambda _item: self.pin_edit.setFocus())
        self.names.setFocus()

    def reject(self) -> None:
        """Leaving this dialog closes the app: ask first (Escape used to quit silently)."""
        if self.confirm_quit(self):
            super().reject()

    def sign_in(self) -> None:
        item = self.names.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose your name first."))
            return
        trainee_id = item.data(Qt.ItemDataRole.UserRole)
        result = self.pins().check(trainee_id, self.pin_edit.text())
        self.pin_edit.clear()
        if not result.ok:
            self.message.setText(say(result.message))
            self.pin_edit.setFocus()
            return
        self.context.set_trainee(self.overview.trainee(trainee_id))
        self.accept()

    def _new(self) -> None:
        self.done(2)  # the window opens the first-run dialog instead
        self.new_trainee_requested.emit()
