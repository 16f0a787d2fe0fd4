"""The CE log as a table: each course, what it gives toward renewal in this cycle (all of it,
part of it once a cap is reached, or nothing outside the cycle) and how many files prove it."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt

from trainer.study.ce_records import CeEntryInfo
from trainer.study.renewal import CountedEntry, Outside
from trainer.ui.formats import date_text
from trainer.ui.pages.renewal.wording import RenewalWording, hours
from trainer.ui.text import fill
from trainer.ui.widgets.list_model import RowListModel

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class CeRow(NamedTuple):
    entry: CeEntryInfo
    counted: CountedEntry | None  # None: no certification or rules to count it against
    files: int


class CeTableModel(RowListModel):
    COLUMNS = ("date", "title", "hours", "counts", "provider", "topics", "format", "kind", "files", "notes")

    def __init__(self, wording: RenewalWording, parent=None):
        super().__init__(parent)
        self.wording = wording
        self.headers = [self.tr("Date"), self.tr("Title"), self.tr("Hours"), self.tr("Counts"),
                        self.tr("Provider"), self.tr("Topics"), self.tr("Format"), self.tr("Kind"),
                        self.tr("Files"), self.tr("Notes")]

    def set_rows(self, rows) -> None:
        super().set_rows(sorted(rows, key=lambda r: (r.entry.date, r.entry.id), reverse=True))  # newest first

    def row_of(self, entry_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.entry.id == entry_id), None)

    def counts_text(self, counted: CountedEntry | None) -> str:
        if counted is None:
            return ""
        if counted.outside is Outside.BEFORE_CYCLE:
            return self.tr("No: before this cycle")
        if counted.outside is Outside.AFTER_CYCLE:
            return self.tr("No: next cycle")
        if counted.capped:
            return fill(self.tr("%1 of %2 (limit reached)"), hours(counted.counted), hours(counted.entry.hours))
        return hours(counted.counted)

    def text(self, row: CeRow, column: str) -> str:
        e = row.entry
        if column == "date":
            return date_text(e.date)
        if column == "title":
            return e.title
        if column == "provider":
            parts = [p for p in (e.provider, e.provider_number) if p]
            return fill(self.tr("%1 (approved provider %2)"), *parts) if len(parts) == 2 else "".join(parts)
        if column == "hours":
            return hours(e.hours)
        if column == "counts":
            return self.counts_text(row.counted)
        if column == "topics":
            return ", ".join(e.topics)
        if column == "format":
            return self.wording.format(e.online)
        if column == "kind":
            return self.wording.kind(e.kind)
        if column == "files":
            return str(row.files) if row.files else ""
        return " ".join((e.notes or "").split())

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == ENTRY_ROLE:
            return row.entry
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("hours", "files"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
