"""First run: ask the trainee's language, name and certification, and remember them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from trainer.operations.preferences import set_language
from trainer.operations.trainees import join_as_new_trainee
from trainer.study.pins import PinError
from trainer.study.trainees import TraineeError
from trainer.ui.content_language import shown_catalog
from trainer.ui.context import AppContext
from trainer.ui.i18n import LANGUAGES, current_language, install_translations
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
        self.setModal(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        # The language first, each named in its own language: the rest of the dialog follows it.
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current_language())))
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.name_edit = QLineEdit()
        self.require_pin = agency.require_pin
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.profile_combo = ProfileCombo(shown_catalog(context), agency.default_profile)
        self.error = QLabel()
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        self.labels = {}
        for key, widget in (("language", self.language_combo), ("name", self.name_edit),
                            ("profile", self.profile_combo), ("pin", self.pin_edit)):
            self.labels[key] = QLabel()
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)  # room for the Spanish PIN hint
        self._word()
        self.name_edit.setFocus()

    def _word(self) -> None:
        """Every text of the dialog, in the current language (again after the language changes)."""
        self.setWindowTitle(self.tr("Welcome to CPSW Trainer"))
        self.intro.setText(self.tr("Let's set things up. Your answers stay on this computer "
                                   "(or your agency's database) and you can change them later in Settings."))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Jordan Lee"))
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setPlaceholderText(self.tr("4 to 12 digits") if self.require_pin
                                         else self.tr("optional: 4 to 12 digits, for shared computers"))
        self.error.setAccessibleName(self.tr("Problem"))
        self.labels["language"].setText(self.tr("Lan&guage:"))
        self.labels["name"].setText(self.tr("Your &name:"))
        self.labels["profile"].setText(self.tr("&Certification:"))
        self.labels["pin"].setText(self.tr("P&IN:"))
        self.start_button.setText(self.tr("&Start"))

    def _language_changed(self) -> None:
        language = self.language_combo.currentData()
        app = QApplication.instance()
        if app is not None:
            install_translations(app, language)
        self.context.perform(set_language(self.context.preferences, language), source=self)
        self.error.hide()  # worded in the other language
        self._word()

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

