"""The hours log as a table model, and the proxy that sorts and filters it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt

from trainer.study.hours import HoursEntryInfo, format_hours
from trainer.ui.pages.hours.wording import HoursWording
from trainer.ui.text import fill
from trainer.ui.widgets.list_model import RowListModel

ENTRY_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class HoursTableModel(RowListModel):
    # Status and verifier come before the long free-text columns, so they show on a laptop screen.
    COL_DATE, COL_HOURS, COL_KIND, COL_VERIFIED, COL_DOMAIN, COL_SETTING, COL_ACTIVITY, COL_SUPERVISOR = range(8)

    def __init__(self, domain_names: dict[str, str] | None = None, parent=None):
        super().__init__(parent)
        self.rows: list[HoursEntryInfo] = []
        self.domain_names = domain_names or {}
        self.headers = [self.tr("Date"), self.tr("Hours"), self.tr("Kind"), self.tr("Verified"), self.tr("Domain"),
                        self.tr("Setting"), self.tr("Activity"), self.tr("Supervisor or trainer")]
        self.kind_names = HoursWording(self).kinds()

    def widest_texts(self, column: int) -> list[str]:
        """The longest texts a column can show, for sizing it without reading every row."""
        if column == self.COL_DATE:
            return ["2026-12-31"]
        if column == self.COL_HOURS:
            return ["24.25"]
        if column == self.COL_KIND:
            return list(self.kind_names.values())
        if column == self.COL_VERIFIED:
            return [self._verified_text("M" * 12), self.tr("No")]
        return ["M" * 10]  # free text: a start, then the reader widens or scrolls

    def _verified_text(self, by: str) -> str:
        return fill(self.tr("Yes, by %1"), by)

    def set_rows(self, rows: list[HoursEntryInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> HoursEntryInfo:
        return self.rows[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role == SORT_ROLE:
            return self._sort_key(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and entry.verified:
            return fill(self.tr("Verified by %1 on %2. Verified entries are locked: un-verify to change them."),
                        entry.verified_by or "", f"{entry.verified_at:%Y-%m-%d}")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(entry, column)

    def _text(self, entry: HoursEntryInfo, column: int) -> str:
        if column == self.COL_DATE:
            return entry.date.isoformat()
        if column == self.COL_HOURS:
            return format_hours(entry.hours)
        if column == self.COL_KIND:
            return self.kind_names.get(entry.kind, entry.kind)
        if column == self.COL_DOMAIN:
            return self.domain_names.get(entry.domain, entry.domain or "")
        if column == self.COL_VERIFIED:
            return self._verified_text(entry.verified_by or "") if entry.verified else self.tr("No")
        return getattr(entry, ("setting", "activity", "supervisor")[column - self.COL_SETTING]) or ""

    def _sort_key(self, entry: HoursEntryInfo, column: int):
        if column == self.COL_DATE:
            return f"{entry.date.isoformat()} {entry.id:012d}"
        if column == self.COL_HOURS:
            return float(entry.hours)
        return self._text(entry, column).lower()


class HoursFilterProxy(QSortFilterProxyModel):
    """Filters by kind, domain, date range and verification; None means "any"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind: str | None = None
        self.domain: str | None = None
        self.start: dt.date | None = None
        self.end: dt.date | None = None
        self.verified: bool | None = None
        self.setSortRole(SORT_ROLE)

    def set_filters(self, *, kind=None, domain=None, start=None, end=None, verified=None) -> None:
        self.beginFilterChange()
        self.kind, self.domain, self.start, self.end, self.verified = kind, domain, start, end, verified
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        entry: HoursEntryInfo = self.sourceModel().entry(source_row)
        return ((self.kind is None or entry.kind == self.kind)
                and (self.domain is None or entry.domain == self.domain)
                and (self.start is None or entry.date >= self.start)
                and (self.end is None or entry.date <= self.end)
                and (self.verified is None or entry.verified == self.verified))

    def visible_entries(self) -> list[HoursEntryInfo]:
        return [self.data(self.index(row, 0), ENTRY_ROLE) for row in range(self.rowCount())]
