"""The Hours page's CSV import and export, run in the background with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from trainer.study.hours import HoursError, HoursService
from trainer.study.hours_csv import export_csv, preview_import
from trainer.ui.background import run_task
from trainer.ui.pages.hours.dialogs import ImportPreviewDialog
from trainer.ui.pages.hours.wording import HoursWording
from trainer.ui.text import fill


class HoursCsv(QObject):
    """Asks for the file, reads or writes it off the GUI thread, and reports back on `page`."""

    def __init__(self, page: QWidget, hours: HoursService, wording: HoursWording,
                 perform: Callable[[object], object]):
        super().__init__(page)
        self.page, self.hours, self.wording, self.perform = page, hours, wording, perform
        self.import_dialog: ImportPreviewDialog | None = None
        self.task = None  # the running preview or export, if any

    def _warn(self, title: str, error: Exception) -> None:
        text = self.wording.error(error) if isinstance(error, HoursError) else str(error)
        QMessageBox.warning(self.page, title, text)

    def import_file(self, trainee_id: int, by: str | None) -> None:
        name, _ = QFileDialog.getOpenFileName(self.page, self.tr("Import hours"), "", self.tr("CSV files (*.csv)"))
        if not name:
            return
        path = Path(name)

        def opened(preview) -> None:
            self.import_dialog = ImportPreviewDialog(self.hours, trainee_id, path, preview, perform=self.perform,
                                                     by=by, wording=self.wording, parent=self.page)
            self.import_dialog.open()

        self.task = run_task(
            self.page, lambda progress: preview_import(self.hours, trainee_id, path, progress=progress), opened,
            lambda error: self._warn(fill(self.tr("Cannot read %1"), path.name), error),
            label=fill(self.tr("Reading %1…"), path.name), cancellable=True)

    def export_file(self, trainee_id: int) -> None:
        name, _ = QFileDialog.getSaveFileName(self.page, self.tr("Export hours"), "hours.csv",
                                              self.tr("CSV files (*.csv)"))
        if not name:
            return

        def written(count) -> None:
            QMessageBox.information(self.page, self.tr("Exported"),
                                    fill(self.tr("Wrote %n entry(s) to %1.", "", count), name))

        self.task = run_task(
            self.page, lambda progress: export_csv(self.hours, trainee_id, Path(name), progress=progress), written,
            lambda error: self._warn(fill(self.tr("Cannot write %1"), name), error),
            label=fill(self.tr("Writing %1…"), name), cancellable=True)
