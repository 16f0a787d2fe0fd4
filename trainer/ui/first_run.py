"""First run: ask the trainee's name and certification, and remember them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from trainer.operations.trainees import join_as_new_trainee
from trainer.study.pins import PinError
from trainer.study.trainees import TraineeError
from trainer.ui.context import AppContext
from trainer.ui.profile_combo import ProfileCombo
from trainer.ui.text import say
from trainer.ui.theme import set_role
from trainer.ui.widgets.quit_guard import ask_to_quit

if TYPE_CHECKING:
    from trainer.agency import AgencyConfig
    from trainer.study.pins import PinService
    from trainer.study.trainees import TraineeService


class FirstRunDialog(QDialog):
    def __init__(self, context: AppContext, trainees: Callable[[], TraineeService], pins: Callable[[], PinService],
                 agency: AgencyConfig, parent=None):
        super().__init__(parent)
        self.confirm_quit = ask_to_quit  # replaced in tests
        self.context = context
        self.trainees, self.pins = trainees, pins  # open the storage layer: only once the person saves
        self.setWindowTitle(self.tr("Welcome to CPSW Trainer"))
        self.setModal(True)
        intro = QLabel(self.tr("Let's set things up. Your answers stay on this computer "
                               "(or your agency's database) and you can change them later in Settings."))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Jordan Lee"))
        self.require_pin = agency.require_pin
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setPlaceholderText(self.tr("4 to 12 digits") if self.require_pin
                                         else self.tr("optional: 4 to 12 digits, for shared computers"))
        self.profile_combo = ProfileCombo(context.catalog, agency.default_profile)
        self.error = QLabel()
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        form = QFormLayout()
        name_label = QLabel(self.tr("Your &name:"))
        name_label.setBuddy(self.name_edit)
        profile_label = QLabel(self.tr("&Certification:"))
        profile_label.setBuddy(self.profile_combo)
        form.addRow(name_label, self.name_edit)
        form.addRow(profile_label, self.profile_combo)
        pin_label = QLabel(self.tr("P&IN:"))
        pin_label.setBuddy(self.pin_edit)
        form.addRow(pin_label, self.pin_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.name_edit.setFocus()

    def reject(self) -> None:
        """Leaving this dialog closes the app: ask first (Escape used to quit silently)."""
        if self.confirm_quit(self):
            super().reject()

    def accept(self) -> None:
        try:
            trainee = self.context.perform(join_as_new_trainee(
                self.trainees(), self.pins(), self.name_edit.text(), self.profile_combo.profile_id(),
                self.pin_edit.text(), self.require_pin), source=self)
        except (TraineeError, PinError) as exc:
            self.error.setText(say(exc.message))
            self.error.show()
            self.name_edit.setFocus()
            return
        self.context.set_trainee(trainee)
        super().accept()

