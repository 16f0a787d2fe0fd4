"""The hours log as one table model that sorts and filters itself.

With years of entries a QSortFilterProxyModel asks the model for every row's sort key over
and over (hundreds of thousands of Python calls a refresh). Here each column's sort keys are
computed once per load, the filter is one pass over the rows, and a sort is one `list.sort`
on those keys; the view reads the shown rows directly.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt

from trainer.study.hours import HoursEntryInfo
from trainer.ui.formats import date_text, hours_text
from trainer.ui.pages.hours.wording import HoursWording
from trainer.ui.text import fill, say

ENTRY_ROLE = Qt.ItemDataRole.UserRole
DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class HoursTableModel(QAbstractTableModel):
    # Status and verifier come before the long free-text columns, so they show on a laptop screen.
    COL_DATE, COL_HOURS, COL_KIND, COL_VERIFIED, COL_DOMAIN, COL_SETTING, COL_ACTIVITY, COL_SUPERVISOR = range(8)

    def __init__(self, domain_names: dict[str, str] | None = None, parent=None):
        super().__init__(parent)
        self.all_rows: list[HoursEntryInfo] = []
        self.rows: list[HoursEntryInfo] = []  # the shown rows, filtered and sorted
        self._keys: dict[int, list] = {}  # column -> sort key of each of all_rows, made on first sort
        self._position: dict[int, int] | None = None  # entry id -> its row among the shown rows
        self.sort_column, self.sort_order = self.COL_DATE, Qt.SortOrder.DescendingOrder
        self.filters = dict(kind=None, domain=None, start=None, end=None, verified=None)
        self.domain_names = domain_names or {}
        self.headers = [self.tr("Date"), self.tr("Hours"), self.tr("Kind"), self.tr("Verified"), self.tr("Domain"),
                        self.tr("Setting"), self.tr("Activity"), self.tr("Supervisor or trainer")]
        self.kind_names = HoursWording(self).kinds()
        self.no_text = self.tr("No")
        self.checks: dict = {}  # entry id → signoff.Check of its latest signature

    # ---- what the view asks ------------------------------------------------------------
    def rowCount(self, parent=None):  # noqa: N802 - Qt naming
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None):  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.headers[section]
        return None

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if role == DISPLAY:
            return self._text(entry, column)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_HOURS:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and entry.verified:
            return self._verified_tip(entry)
        return None

    def _verified_tip(self, entry: HoursEntryInfo) -> str:
        check = self.checks.get(entry.id)
        if check is None:
            return fill(self.tr("%1 was named as verifier on %2, but did not sign: it does not count as verified. "
                                "Verified entries are locked: un-verify to change them."),
                        entry.verified_by or "", f"{entry.verified_at:%Y-%m-%d}")
        if check.valid:
            return fill(self.tr("Signed by %1 on %2 with a certificate from the agency. Signed entries are locked: "
                                "ask for a change."), check.signer, f"{check.signed_at:%Y-%m-%d}")
        return fill(self.tr("The signature does not count: %1"), say(check.reason) if check.reason else "")

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks for this when a column is clicked."""
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        self._arrange()
        self.layoutChanged.emit()

    # ---- what the page asks ------------------------------------------------------------
    def set_rows(self, rows: list[HoursEntryInfo], checks: dict | None = None) -> None:
        """`rows` by date, then id (as HoursService.list_entries gives them); `checks`: whether each
        signed entry's signature holds (signoff.Check by entry id)."""
        self.beginResetModel()
        self.all_rows = list(rows)
        self.checks = checks or {}
        self._keys.clear()
        self._arrange()
        self.endResetModel()

    def set_filters(self, *, kind=None, domain=None, start=None, end=None, verified=None) -> None:
        """None means "any"."""
        self.beginResetModel()
        self.filters = dict(kind=kind, domain=domain, start=start, end=end, verified=verified)
        self._arrange()
        self.endResetModel()

    @property
    def filtered(self) -> bool:
        """Whether a filter is on (otherwise every row is shown)."""
        return any(value is not None for value in self.filters.values())

    def entry(self, row: int) -> HoursEntryInfo:
        return self.rows[row]

    def visible_entries(self) -> list[HoursEntryInfo]:
        return list(self.rows)

    def row_of(self, entry_id: int) -> int | None:
        if self._position is None:
            self._position = {e.id: row for row, e in enumerate(self.rows)}
        return self._position.get(entry_id)

    def widest_texts(self, column: int) -> list[str]:
        """The longest texts a column can show, for sizing it without reading every row."""
        if column == self.COL_DATE:
            return ["2026-12-31"]
        if column == self.COL_HOURS:
            return ["24.25"]
        if column == self.COL_KIND:
            return list(self.kind_names.values())
        if column == self.COL_VERIFIED:
            return [self._verified_text("M" * 12), self.tr("Signature not valid"), self.no_text]
        return ["M" * 10]  # free text: a start, then the reader widens or scrolls

    # ---- inside --------------------------------------------------------------------------
    def _arrange(self) -> None:
        """Filter all rows, then sort them by the current column's keys (made once per load)."""
        keys = self._keys.get(self.sort_column)
        if keys is None:
            if self.sort_column == self.COL_DATE:  # the rows come by date, then id: their order is the key
                keys = range(len(self.all_rows))
            else:
                keys = [self._sort_key(e, self.sort_column) for e in self.all_rows]
            self._keys[self.sort_column] = keys
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        self._position = None  # made when a row is looked up by id
        if not self.filtered:
            if isinstance(keys, range):  # every row, by date: the order they came in, or its reverse
                self.rows = self.all_rows[::-1] if descending else list(self.all_rows)
                return
            shown = list(range(len(self.all_rows)))
        else:
            kind, domain, start, end, verified = (self.filters[k]
                                                  for k in ("kind", "domain", "start", "end", "verified"))
            shown = [i for i, e in enumerate(self.all_rows)
                     if (kind is None or e.kind == kind) and (domain is None or e.domain == domain)
                     and (start is None or e.date >= start) and (end is None or e.date <= end)
                     and (verified is None or (e.verified_at is not None) == verified)]
        shown.sort(key=keys.__getitem__, reverse=descending)
        self.rows = [self.all_rows[i] for i in shown]

    def _verified_text(self, by: str) -> str:
        """A name typed in, not a signature: shown as such, and it does not count as verified."""
        return fill(self.tr("Named %1, not signed"), by)

    def _text(self, entry: HoursEntryInfo, column: int) -> str:
        if column == self.COL_DATE:
            return date_text(entry.date)
        if column == self.COL_HOURS:
            return hours_text(entry.hours)
        if column == self.COL_KIND:
            return self.kind_names.get(entry.kind, entry.kind)
        if column == self.COL_DOMAIN:
            return self.domain_names.get(entry.domain, entry.domain or "")
        if column == self.COL_VERIFIED:
            check = self.checks.get(entry.id)
            if check is not None:
                return fill(self.tr("Signed by %1"), check.signer) if check.valid else self.tr("Signature not valid")
            return self._verified_text(entry.verified_by or "") if entry.verified else self.no_text
        return getattr(entry, ("setting", "activity", "supervisor")[column - self.COL_SETTING]) or ""

    def _sort_key(self, entry: HoursEntryInfo, column: int):
        if column == self.COL_HOURS:
            return entry.hours, entry.id
        if column == self.COL_DATE:
            return entry.date, entry.id  # the date, not its text in the person's language
        return self._text(entry, column).lower(), entry.id
