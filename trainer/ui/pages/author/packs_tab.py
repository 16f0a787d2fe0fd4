"""The Author page's content packs: those installed, installing one from a zip, and
exporting the content folder as one. Both run in the background with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.content.packs import PackError, export_pack, installed_packs
from trainer.operations import Done
from trainer.operations import content as content_ops
from trainer.ui.background import run_task
from trainer.ui.pages.author.common import reason
from trainer.ui.text import fill
from trainer.ui.widgets.content_text import plain_label


class ExportDialog(QDialog):
    """The pack's id, version and title."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the content folder as a pack"))
        self.pack_id = QLineEdit()
        self.pack_id.setAccessibleName(self.tr("Pack id"))
        self.pack_id.setPlaceholderText(self.tr("lowercase-words-with-hyphens"))
        self.version = QSpinBox()
        self.version.setRange(1, 9999)
        self.version.setAccessibleName(self.tr("Pack version"))
        self.version.setToolTip(self.tr("Raise it whenever the content changes."))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Pack title"))
        form = QFormLayout()
        form.addRow(self.tr("Pack &id:"), self.pack_id)
        form.addRow(self.tr("&Version:"), self.version)
        form.addRow(self.tr("&Title:"), self.title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class PacksTab(QWidget):
    def __init__(self, folders: content_ops.ContentFolders, content_changed: Callable[[Done], None],
                 parent=None):
        super().__init__(parent)
        self.folders = folders
        self.content_changed = content_changed  # the page puts the new curriculum in place
        intro = QLabel(self.tr("A content pack is a zip of modules, question banks, profiles and role-plays "
                               "that adds to the bundled content. It is checked completely before anything "
                               "is installed."))
        intro.setWordWrap(True)
        self.installed = QListWidget()
        self.installed.setAccessibleName(self.tr("Installed content packs"))
        self.install_button = QPushButton(self.tr("&Install a pack…"))
        self.install_button.setAccessibleName(self.tr("Install a content pack"))
        self.install_button.clicked.connect(self.install)
        self.export_button = QPushButton(self.tr("E&xport the content folder as a pack…"))
        self.export_button.setAccessibleName(self.tr("Export the content folder as a pack"))
        self.export_button.clicked.connect(self.export)
        self.status = plain_label("")  # messages quote file names: never rich text
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Pack status"))
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Pack problems"))
        self.problems.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Installed packs:")))
        layout.addWidget(self.installed, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.problems)
        # Replaced in tests: the file choosers, the export questions and the message box.
        self.choose_pack_file = lambda: QFileDialog.getOpenFileName(
            self, self.tr("Install a content pack"), str(Path.home()), self.tr("Content packs (*.zip)"))[0]
        self.choose_export = self._ask_export
        self.inform = lambda title, text: QMessageBox.information(self, title, text)
        self.task = None
        self.list_installed()

    def focus_target(self):
        return self.install_button

    def list_installed(self) -> None:
        packs, problems = installed_packs(self.folders.packs_dir)
        self.installed.clear()
        for pack in packs:
            m = pack.manifest
            text = fill(self.tr("%1 (%2), version %3: %4, %5"), m.title, m.id, m.version,
                        self.tr("%n module(s)", "", len(m.modules)),
                        self.tr("%n question(s)", "", len(m.questions)))
            role_plays = sum(name.startswith("scenarios/") for name in m.files)
            if role_plays:
                text += self.tr(", %n role-play(s)", "", role_plays)
            self.installed.addItem(text)
        self.installed.addItems(problems)
        if not packs and not problems:
            self.installed.addItem(self.tr("No content packs are installed."))

    def _busy(self, busy: bool) -> None:
        self.install_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems(problems)
        self.problems.setVisible(bool(problems))

    # ---- install ------------------------------------------------------------------------
    def install(self) -> None:
        chosen = self.choose_pack_file()
        if not chosen:
            return
        path, folders = Path(chosen), self.folders

        def work(progress):
            return content_ops.install_pack(path, folders.packs_dir, folders.load_bundled(),
                                            reload=folders.load_all, progress=progress)

        self._busy(True)
        self._show_problems([])
        self.task = run_task(self, work, self._installed, self._failed, on_cancelled=self._cancelled,
                             label=fill(self.tr("Installing %1…"), path.name), cancellable=True)

    def _installed(self, done: Done[content_ops.PackInstalled]) -> None:
        self._busy(False)
        result = done.value.result
        m = result.manifest
        if result.status == "unchanged":
            text = fill(self.tr("Pack %1 version %2 is already installed; nothing changed."), m.id, m.version)
        elif result.status == "upgraded":
            text = fill(self.tr("Upgraded pack %1 from version %2 to %3."), m.id, result.previous_version,
                        m.version)
        else:
            text = fill(self.tr("Installed pack %1 version %2."), m.id, m.version)
        if result.removed_ids:
            text += " " + fill(self.tr("Not in the new version (past answers to them are kept): %1"),
                               ", ".join(result.removed_ids))
        self.status.setText(text)
        self.content_changed(done)
        self.list_installed()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.status.setText(reason(error))
        self._show_problems(error.problems if isinstance(error, PackError) else [])
        self.inform(self.tr("Not done"), reason(error))

    def _cancelled(self) -> None:
        self._busy(False)
        self.status.setText(self.tr("Cancelled; nothing was changed."))

    # ---- export -------------------------------------------------------------------------
    def _ask_export(self):
        dialog = ExportDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        pack_id, version = dialog.pack_id.text().strip(), dialog.version.value()
        out = QFileDialog.getSaveFileName(self, self.tr("Export the content folder as a pack"),
                                          str(Path.home() / f"{pack_id}-{version}.zip"),
                                          self.tr("Content packs (*.zip)"))[0]
        return (Path(out), pack_id, version, dialog.title.text().strip() or None) if out else None

    def export(self) -> None:
        answer = self.choose_export()
        if answer is None:
            return
        out, pack_id, version, title = answer
        load = self.folders.load_bundled

        def work(progress):
            return export_pack(load(), out, pack_id, version, title, progress=progress)

        self._busy(True)
        self._show_problems([])
        self.task = run_task(self, work, lambda manifest: self._exported(out, manifest), self._failed,
                             on_cancelled=self._cancelled, label=fill(self.tr("Writing %1…"), out.name),
                             cancellable=True)

    def _exported(self, out: Path, manifest) -> None:
        self._busy(False)
        self.status.setText(fill(self.tr("Wrote pack %1 version %2 to %3: %n question(s).", "",
                                         len(manifest.questions)), manifest.id, manifest.version, out))
