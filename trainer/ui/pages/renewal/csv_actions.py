"""The CE log's CSV import and export, run in the background with progress and Cancel. An
import adds every new row or none; a refused one lists every bad row with its line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from trainer.operations import renewal as ops
from trainer.study.ce_csv import CeImportRefused, export_csv
from trainer.study.ce_log import CeLogService
from trainer.ui.background import Task, run_task
from trainer.ui.pages.renewal.wording import RenewalWording
from trainer.ui.text import fill, say


class CeCsv(QObject):
    """Asks for the file, reads or writes it off the GUI thread, and tells the person through
    `inform(title, text)` (the page's, replaced in tests)."""

    def __init__(self, page: QWidget, ce_log: CeLogService, wording: RenewalWording,
                 perform: Callable[[object], object], inform: Callable[[str, str], None]):
        super().__init__(page)
        self.page, self.ce_log, self.wording, self.perform, self.inform = page, ce_log, wording, perform, inform
        self.task: Task | None = None  # the running import or export, if any

    def refusal(self, error: Exception) -> str:
        if isinstance(error, CeImportRefused):
            lines = [say(error.message)]
            for bad in error.preview.bad:
                lines.append(fill(self.tr("Line %1: %2"), bad.line, " ".join(say(p.message) for p in bad.problems)))
            return "\n".join(lines)
        return self.wording.error(error)

    def import_file(self, trainee_id: int) -> None:
        name, _ = QFileDialog.getOpenFileName(self.page, self.tr("Import CE courses"), "",
                                              self.tr("CSV files (*.csv)"))
        if not name:
            return
        path, ce_log = Path(name), self.ce_log

        def imported(done) -> None:
            result = self.perform(done)
            text = fill(self.tr("Added %n course(s) from %1.", "", result.added), path.name)
            if result.duplicates:
                text += " " + self.tr("%n row(s) (was|were) already in the log and (was|were) skipped.", "", result.duplicates)
            self.inform(self.tr("Imported"), text)

        self.task = run_task(
            self.page, lambda progress: ops.import_ce_csv(ce_log, trainee_id, path, progress=progress), imported,
            lambda error: self.inform(fill(self.tr("Cannot import %1"), path.name), self.refusal(error)),
            on_cancelled=lambda: self.inform(self.tr("Stopped"), self.tr("Nothing was imported.")),
            label=fill(self.tr("Importing %1…"), path.name), cancellable=True)

    def export_file(self, trainee_id: int) -> None:
        name, _ = QFileDialog.getSaveFileName(self.page, self.tr("Export CE courses"), "ce-log.csv",
                                              self.tr("CSV files (*.csv)"))
        if not name:
            return
        ce_log = self.ce_log

        def work(progress) -> int:
            progress(0, 1)  # the last moment Cancel stops it: the file is then written at once
            return export_csv(ce_log, trainee_id, Path(name))

        self.task = run_task(
            self.page, work,
            lambda count: self.inform(self.tr("Exported"), fill(self.tr("Wrote %n course(s) to %1.", "", count), name)),
            lambda error: self.inform(fill(self.tr("Cannot write %1"), name), self.wording.error(error)),
            label=fill(self.tr("Writing %1…"), name), cancellable=True)
