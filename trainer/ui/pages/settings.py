"""Settings: the trainee's name and certification, and the text size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.operations import Change
from trainer.operations import backups as backup_ops
from trainer.operations import preferences as preference_ops
from trainer.operations.trainees import update_trainee
from trainer.study.trainees import TraineeError, TraineeService
from trainer.study.trainer_access import TrainerAccess
from trainer.ui.background import run_task
from trainer.ui.content_language import shown_catalog
from trainer.ui.context import AppContext
from trainer.ui.i18n import LANGUAGES, chosen_language, install_translations
from trainer.ui.profile_combo import ProfileCombo
from trainer.ui.text import fill, say
from trainer.ui.theme import FONT_SCALES, scheme_for, set_font_scale, set_role, set_scheme
from trainer.ui.trainer_accounts import TrainerAccountsBox
from trainer.ui.widgets.scroll import fill_with_scrolled


class SettingsPage(QWidget):
    def __init__(self, context: AppContext, backups, trainer_access: TrainerAccess,
                 trainees: Callable[[], TraineeService], data_dir: Path, parent=None,
                 trainee_packs: Callable[[], object] | None = None):
        super().__init__(parent)
        self.context = context
        self.backups = backups  # the one backup and restore service
        self.trainer_access = trainer_access
        self.trainees = trainees  # opened on the first save: showing Settings needs no database
        self.data_dir = data_dir
        self.backup_task = None  # a backup or restore running in the background
        self.setAccessibleName(self.tr("Settings"))
        heading = QLabel(self.tr("Settings"))
        set_role(heading, "title")
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.profile_combo = ProfileCombo(shown_catalog(context))
        self.scale_combo = QComboBox()
        self.scale_combo.setAccessibleName(self.tr("Text size"))
        for scale in FONT_SCALES:
            self.scale_combo.addItem(f"{round(scale * 100)}%", scale)
        self.scale_combo.currentIndexChanged.connect(self._scale_changed)
        self.colours_combo = QComboBox()
        self.colours_combo.setAccessibleName(self.tr("Colours"))
        for label, choice in ((self.tr("Follow the system"), "system"), (self.tr("Light"), "light"),
                              (self.tr("Dark"), "dark")):
            self.colours_combo.addItem(label, choice)
        self.colours_combo.currentIndexChanged.connect(self._colours_changed)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():  # each in its own language, so anyone finds theirs
            self.language_combo.addItem(name, code)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        # Trainer mode (the Author and Cohort pages) needs a trainer's sign-in, for this session only.
        self.trainer_button = QPushButton()
        self.trainer_button.clicked.connect(self._trainer_button_clicked)
        self.trainer_status = QLabel()
        self.trainer_status.setWordWrap(True)
        self.trainer_status.setAccessibleName(self.tr("Trainer mode"))
        self.sign_in_dialog = None
        self.accounts_box = TrainerAccountsBox(trainer_access)
        self.save_button = QPushButton(self.tr("&Save changes"))
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Settings message"))
        self.paths = QLabel()
        self.paths.setWordWrap(True)
        set_role(self.paths, "muted")

        form = QFormLayout()
        for text, widget in ((self.tr("Your &name:"), self.name_edit),
                             (self.tr("&Certification:"), self.profile_combo),
                             (self.tr("&Text size:"), self.scale_combo),
                             (self.tr("C&olours:"), self.colours_combo),
                             (self.tr("Lan&guage:"), self.language_combo)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        content = QWidget()  # scrolls on a small screen or with large text
        fill_with_scrolled(self, content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        trainer_row = QHBoxLayout()
        trainer_row.addWidget(self.trainer_button)
        trainer_row.addWidget(self.trainer_status, 1)
        layout.addLayout(trainer_row)
        layout.addWidget(self.accounts_box)
        layout.addWidget(self._backups_box())
        self.trainee_pack_box = None
        if trainee_packs is not None:  # one trainee's data to carry elsewhere, and taking it in (#22)
            from trainer.ui.pages.trainee_pack_box import TraineePackBox

            self.trainee_pack_box = TraineePackBox(context, trainee_packs)
            layout.addWidget(self.trainee_pack_box)
        layout.addStretch(1)
        layout.addWidget(self.paths)
        context.on(Change.TRAINEE | Change.BACKUPS, self.refresh, self)
        context.on(Change.PREFERENCES, self._refresh_trainer_mode, self)
        self.refresh()

    def focus_target(self):
        return self.name_edit

    def _backups_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"))
        self.backup_list = QListWidget()
        self.backup_list.setAccessibleName(self.tr("Backups, newest first"))
        self.backup_list.setMaximumHeight(140)
        self.backup_now = QPushButton(self.tr("&Back up now"))
        self.backup_now.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_message = QLabel()
        self.backup_message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_now)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.backup_list)
        inner.addLayout(buttons)
        inner.addWidget(self.backup_message)
        # Replaced in tests: a yes/no question, and what happens after a restore.
        self.confirm = lambda title, text: QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
        self.after_restore = lambda: self.window().close()
        return box

    def refresh_backups(self) -> None:
        self.backup_list.clear()
        backups = self.backups
        if not backups.available:
            self.backup_list.addItem(self.tr("The agency database is backed up by the agency (pg_dump)."))
            self.backup_now.setEnabled(False)
            self.restore_button.setEnabled(False)
            return
        for backup in backups.list():
            item = QListWidgetItem(self._backup_text(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path) if backup.contents.usable else None)
            self.backup_list.addItem(item)
        self.restore_button.setEnabled(self.backup_list.count() > 0)

    def _backup_text(self, backup) -> str:
        """When it was taken, why, and what it holds (or that it cannot be restored)."""
        when = QLocale().toString(QDateTime(backup.taken_at), QLocale.FormatType.ShortFormat)
        held = backup.contents
        if not held.usable:
            return fill(self.tr("%1 (%2): damaged, cannot be restored"), when, backup.reason)
        return (fill(self.tr("%1 (%2):"), when, backup.reason) + " "
                + ", ".join((self.tr("%n trainee(s)", "", held.trainees),
                             self.tr("%n hours entry(s)", "", held.hours_entries),
                             self.tr("%n attempt(s)", "", held.attempts))))

    # Backup and restore run on the background helper (a large database takes a while).
    def _start(self, work, on_success, label: str) -> None:
        self.backup_now.setEnabled(False)
        self.restore_button.setEnabled(False)

        def finish(callback):
            def call(*value):
                self.backup_task = None
                self.backup_now.setEnabled(True)
                self.refresh_backups()
                if callback is not None:
                    callback(*value)
            return call

        self.backup_task = run_task(self, work, finish(on_success), finish(self._backup_failed),
                                    on_cancelled=finish(self._backup_cancelled), label=label, cancellable=True)

    def _backup_failed(self, error: Exception) -> None:
        self.backup_message.setText(fill(self.tr("That did not work: %1. Nothing was changed."), error))

    def _backup_cancelled(self) -> None:
        self.backup_message.setText(self.tr("Stopped. Nothing was changed."))

    def make_backup(self) -> None:
        if self.backup_task is not None:
            return

        def made(done) -> None:
            path = self.context.perform(done, source=self)
            self.backup_message.setText(fill(self.tr("Backed up to %1."), path) if path is not None
                                        else self.tr("There is nothing to back up yet."))

        backups = self.backups  # the work reads nothing of the widget
        self._start(lambda progress: backup_ops.back_up_now(backups, progress), made,
                    self.tr("Backing up your data…"))

    def restore_selected(self) -> None:
        item = self.backup_list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            self.backup_message.setText(self.tr("Choose a backup in the list first."))
            return
        backup = Path(item.data(Qt.ItemDataRole.UserRole))
        question = fill(self.tr("Replace your current data with the backup %1? Your current data is kept as "
                                "another backup first. CPSW Trainer will close; open it again to continue."),
                        backup.name)
        if self.backup_task is not None or not self.confirm(self.tr("Restore a backup?"), question):
            return

        def restored(done) -> None:
            result = self.context.perform(done, source=self)  # every page shows the restored data
            if not result.ok:
                self.backup_message.setText(fill(self.tr("%1 Nothing was changed."), say(result.problem)))
                return
            self.backup_message.setText(self.tr("Restored. Please open CPSW Trainer again."))
            self.after_restore()

        backups = self.backups
        self._start(lambda progress: backup_ops.restore_backup(backups, backup, progress), restored,
                    self.tr("Restoring the backup…"))

    def refresh(self) -> None:
        trainee = self.context.trainee
        self.name_edit.setText(trainee.name if trainee else "")
        self.profile_combo.select(trainee.profile_id if trainee else None)
        scale = self.context.preferences.get("font_scale", 1.0)
        index = self.scale_combo.findData(scale)
        self.scale_combo.blockSignals(True)
        self.scale_combo.setCurrentIndex(index if index >= 0 else 0)
        self.scale_combo.blockSignals(False)
        choice = self.context.preferences.get("colour_scheme", "system")
        self.colours_combo.blockSignals(True)
        self.colours_combo.setCurrentIndex(max(0, self.colours_combo.findData(choice)))
        self.colours_combo.blockSignals(False)
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            chosen_language(self.context.preferences))))
        self.language_combo.blockSignals(False)
        self._refresh_trainer_mode()
        self.refresh_backups()
        if self.trainee_pack_box is not None:
            self.trainee_pack_box.refresh()
        self.paths.setText(fill(self.tr("Your data folder: %1"), self.data_dir))

    def save(self) -> None:
        trainee = self.context.trainee
        if trainee is None:
            return
        try:
            done = update_trainee(self.trainees(), trainee.id, name=self.name_edit.text(),
                                  profile_id=self.profile_combo.profile_id())
        except TraineeError as exc:
            self.message.setText(say(exc.message))
            return
        self.context.set_trainee(done.value)  # the context's trainee first, then every page hears (TRAINEE)
        self.message.setText(self.tr("Saved."))

    def _refresh_trainer_mode(self) -> None:
        access = self.trainer_access
        if access.active:
            self.trainer_button.setText(self.tr("&Leave trainer mode"))
            self.trainer_button.setAccessibleName(self.tr("Leave trainer mode"))
            self.trainer_status.setText(fill(self.tr("Trainer mode: signed in as %1 until you leave or close the app."),
                                             access.signed_in_as))
            self.accounts_box.refresh()
        else:
            self.trainer_button.setText(self.tr("&Trainer sign-in…"))
            self.trainer_button.setAccessibleName(self.tr("Trainer sign-in"))
            self.trainer_status.setText(self.tr("Trainers sign in to see the Author and Cohort pages."))
        self.accounts_box.setVisible(access.active)

    def _trainer_button_clicked(self) -> None:
        access = self.trainer_access
        if access.active:
            self.context.perform(preference_ops.leave_trainer_mode(access), source=self)
            return
        from trainer.ui.trainer_sign_in import CREATE_FIRST, SIGN_IN, TrainerSignInDialog

        mode = CREATE_FIRST if access.can_create_first_account() else SIGN_IN
        self.sign_in_dialog = TrainerSignInDialog(self.trainer_access, mode, self)
        self.sign_in_dialog.accepted.connect(self._trainer_access_changed)
        self.sign_in_dialog.open()

    def _trainer_access_changed(self) -> None:
        # The window shows the trainer pages when preferences change.
        self.context.perform(preference_ops.trainer_signed_in(self.trainer_access), source=self)

    def _colours_changed(self) -> None:
        choice = self.colours_combo.currentData()
        app = QApplication.instance()
        if app is not None:
            set_scheme(app, scheme_for(choice, app))
        self.context.perform(preference_ops.set_colours(self.context.preferences, choice), source=self)

    def _language_changed(self) -> None:
        """At once: the translation first, then the window hears of it and builds its pages
        again in the new language (this page with them)."""
        language = self.language_combo.currentData()
        app = QApplication.instance()
        if app is not None:
            install_translations(app, language)
        self.context.perform(preference_ops.set_language(self.context.preferences, language), source=self)

    def _scale_changed(self) -> None:
        scale = self.scale_combo.currentData()
        app = QApplication.instance()
        if app is not None:
            set_font_scale(app, scale)  # before the pages hear of it: they size to the new font
        self.context.perform(preference_ops.set_text_size(self.context.preferences, scale), source=self)
