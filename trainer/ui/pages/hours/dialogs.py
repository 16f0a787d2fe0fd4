"""Dialogs of the hours page: the CSV import preview and an entry's history."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from trainer.operations import hours as ops
from trainer.study.hours import HistoryInfo, HoursError, HoursService, to_hours
from trainer.study.hours_csv import ImportPreview
from trainer.ui.background import run_task
from trainer.ui.formats import date_text, hours_text
from trainer.ui.pages.hours.wording import HoursWording
from trainer.ui.text import fill
from trainer.ui.theme import set_role


class ImportPreviewDialog(QDialog):
    """Every good and bad row of a file before anything is imported; the import itself runs in
    the background with progress and Cancel, and `perform` delivers what it changed."""

    imported = Signal(object)  # ImportResult

    def __init__(self, hours: HoursService, trainee_id: int, path: Path, preview: ImportPreview, *,
                 perform: Callable[[object], object], by: str | None = None, wording: HoursWording | None = None,
                 parent=None):
        super().__init__(parent)
        self.hours, self.trainee_id, self.path, self.preview, self.by = hours, trainee_id, path, preview, by
        self.perform = perform
        self.wording = wording or HoursWording(self)
        self.task = None
        self.setWindowTitle(fill(self.tr("Import hours from %1"), path.name))
        summary = QLabel(" ".join((self.tr("Ready to import: %n row(s).", "", len(preview.new)),
                                   self.tr("Already in your log: %n.", "", len(preview.duplicates)),
                                   self.tr("With problems: %n.", "", len(preview.bad)))))
        summary.setWordWrap(True)
        self.rows = QTreeWidget()
        self.rows.setAccessibleName(self.tr("Rows of the file"))
        self.rows.setHeaderLabels([self.tr("Line"), self.tr("Status"), self.tr("Details")])
        self.rows.setRootIsDecorated(False)
        self.rows.setWordWrap(True)
        rows = [(bad.line, self.tr("Problem"), self.wording.problems(bad.problems)) for bad in preview.bad]
        for good in preview.good:
            data = good.data
            details = " · ".join(x for x in (date_text(data.date), hours_text(to_hours(data.hours)) + " h",
                                             self.wording.kind(data.kind), data.domain or "",
                                             data.activity or "") if x)
            rows.append((good.line, self.tr("Already in log") if good.duplicate else self.tr("Ready"), details))
        for line, status, details in sorted(rows, key=lambda r: r[0]):  # in file order
            QTreeWidgetItem(self.rows, [str(line), status, details])
        for column in (0, 1):
            self.rows.resizeColumnToContents(column)
        self.skip_bad = QCheckBox(self.tr("&Skip the rows with problems"))
        self.skip_bad.setVisible(bool(preview.bad))
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import all"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().lineSpacing() * 24)

    def row_texts(self) -> list[tuple[str, str, str]]:
        return [tuple(self.rows.topLevelItem(i).text(c) for c in range(3))
                for i in range(self.rows.topLevelItemCount())]

    def do_import(self) -> None:
        if self.preview.bad and not self.skip_bad.isChecked():
            self.message.setText(self.tr("Nothing was imported: %n row(s) (has|have) problems. Fix them in the "
                                         "file and import again, or tick “Skip the rows with problems”.", "",
                                         len(self.preview.bad)))
            self.message.show()
            return
        if self.task is not None and not self.task.finished:
            return  # already importing
        hours, trainee_id, path, by, skip = self.hours, self.trainee_id, self.path, self.by, self.skip_bad.isChecked()
        self.import_button.setEnabled(False)
        self.message.hide()
        self.task = run_task(
            self, lambda progress: ops.import_csv(hours, trainee_id, path, by=by, skip_bad=skip, progress=progress),
            self._imported, self._failed, on_cancelled=self._cancelled,
            label=fill(self.tr("Importing %1…"), path.name), cancellable=True)

    def _imported(self, done) -> None:
        result = self.perform(done)
        self.imported.emit(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.import_button.setEnabled(True)
        words = self.wording.error(error) if isinstance(error, HoursError) else str(error)
        self.message.setText(fill(self.tr("Nothing was imported: %1"), words))
        self.message.show()

    def _cancelled(self) -> None:
        self.import_button.setEnabled(True)
        self.message.setText(self.tr("The import was stopped: nothing was added."))
        self.message.show()


class HistoryDialog(QDialog):
    """What happened to one entry: added, changed, verified, un-verified, by whom and when."""

    def __init__(self, history: list[HistoryInfo], parent=None, signatures: list[str] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of this entry"))
        names = {"add": self.tr("Added"), "update": self.tr("Changed"), "verify": self.tr("Verified"),
                 "unverify": self.tr("Un-verified"), "delete": self.tr("Deleted")}
        wording = HoursWording(self)
        lines = []
        for item in history:
            line = fill(self.tr("%1 %2"), f"{item.changed_at:%Y-%m-%d %H:%M}", names.get(item.action, item.action))
            if item.changed_by:
                line += " " + fill(self.tr("by %1"), item.changed_by)
            changes = _changes(item.old_values, item.new_values, wording)
            if changes:
                line += ": " + changes
            lines.append(line)
        self.text = QPlainTextEdit("\n".join(lines + (signatures or [])))  # who signed what, and when
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("History"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 14)


def _changes(old: dict | None, new: dict | None, wording: HoursWording) -> str:
    if not old or not new:
        return ""
    keys = [k for k in new if k not in ("verified_at",) and old.get(k) != new.get(k)]
    return "; ".join(f"{wording.field(k)} {old.get(k) or '—'} → {new.get(k) or '—'}" for k in keys)
