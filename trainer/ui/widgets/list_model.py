"""A table model over a list of rows with named column headers: the shared plumbing of
every list in the app (hours, attempts, reports, cohort, questions). Subclasses set
`headers` and implement `data`."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt


class RowListModel(QAbstractTableModel):
    headers: list[str]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.headers = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=None):  # noqa: N802 - Qt naming
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None):  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
