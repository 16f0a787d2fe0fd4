"""The hours log's table view: sorted newest first, one row selected at a time, and columns
sized from the font rather than from every row (quick with years of entries)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from trainer.ui.pages.hours.models import HoursTableModel


class HoursLogTable(QTableView):
    def __init__(self, model: HoursTableModel, parent=None):
        super().__init__(parent)
        self.source = model
        self.setAccessibleName(self.tr("Hours log"))
        self.setModel(model)  # it sorts and filters itself
        self.setSortingEnabled(True)
        self.sortByColumn(HoursTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setWordWrap(False)

    def size_columns(self) -> None:
        """The short columns fit their longest possible text; the free text gets the rest."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        pad = metrics.averageCharWidth() * 3
        for column in range(self.source.columnCount()):
            title = str(self.source.headerData(column, Qt.Orientation.Horizontal))
            # the header also shows the sort arrow
            widest = [metrics.horizontalAdvance(t) for t in self.source.widest_texts(column)]
            widest.append(header.fontMetrics().horizontalAdvance(title) + metrics.averageCharWidth() * 2)
            self.setColumnWidth(column, max(widest) + pad)
