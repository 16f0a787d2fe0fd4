"""Settings: the trainee's name and certification, and the text size."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.study.trainees import TraineeError
from trainer.ui.context import PREFERENCES, TRAINEE, AppContext
from trainer.ui.profile_combo import ProfileCombo
from trainer.ui.theme import FONT_SCALES, set_font_scale


class SettingsPage(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Settings"))
        heading = QLabel(self.tr("Settings"))
        heading.setProperty("role", "title")
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.profile_combo = ProfileCombo(context.catalog)
        self.scale_combo = QComboBox()
        self.scale_combo.setAccessibleName(self.tr("Text size"))
        for scale in FONT_SCALES:
            self.scale_combo.addItem(f"{round(scale * 100)}%", scale)
        self.scale_combo.currentIndexChanged.connect(self._scale_changed)
        self.trainer_mode = QCheckBox(self.tr("Trainer mode: show the Author and Cohort pages"))
        self.trainer_mode.setAccessibleName(self.tr("Trainer mode"))
        self.trainer_mode.toggled.connect(self._trainer_mode_changed)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Settings message"))
        self.paths = QLabel()
        self.paths.setWordWrap(True)
        self.paths.setProperty("role", "muted")

        form = QFormLayout()
        for text, widget in ((self.tr("Your &name:"), self.name_edit),
                             (self.tr("&Certification:"), self.profile_combo),
                             (self.tr("&Text size:"), self.scale_combo)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.trainer_mode)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.paths)
        context.changed.connect(lambda what: what == TRAINEE and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        trainee = self.context.trainee
        self.name_edit.setText(trainee.name if trainee else "")
        self.profile_combo.select(trainee.profile_id if trainee else None)
        scale = self.context.services.preferences.get("font_scale", 1.0)
        index = self.scale_combo.findData(scale)
        self.scale_combo.blockSignals(True)
        self.scale_combo.setCurrentIndex(index if index >= 0 else 0)
        self.scale_combo.blockSignals(False)
        self.trainer_mode.blockSignals(True)
        self.trainer_mode.setChecked(bool(self.context.services.preferences.get("trainer_mode", False)))
        self.trainer_mode.blockSignals(False)
        settings = self.context.services.settings
        self.paths.setText(self.tr("Your data folder: %1").replace("%1", str(settings.data_dir)))

    def save(self) -> None:
        trainee = self.context.trainee
        if trainee is None:
            return
        try:
            updated = self.context.services.trainees.update(
                trainee.id, name=self.name_edit.text(), profile_id=self.profile_combo.profile_id())
        except TraineeError as exc:
            self.message.setText(str(exc))
            return
        self.context.set_trainee(updated)
        self.message.setText(self.tr("Saved."))

    def _trainer_mode_changed(self, on: bool) -> None:
        self.context.services.preferences.set("trainer_mode", bool(on))
        self.context.changed.emit(PREFERENCES)

    def _scale_changed(self) -> None:
        scale = self.scale_combo.currentData()
        self.context.services.preferences.set("font_scale", scale)
        app = QApplication.instance()
        if app is not None:
            set_font_scale(app, scale)
        self.context.changed.emit(PREFERENCES)
