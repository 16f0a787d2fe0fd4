"""The one selected row of a table whose model finds rows by record id (`row_of`)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView


def selected_record(table: QTableView, role: int):
    """The record (the data under `role`) of the selected row; None when none is selected."""
    selection = table.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    return rows[0].data(role) if rows else None


def select_record(table: QTableView, record_id) -> bool:
    """Select the row of `record_id`; False when the model has no such row (filtered out, deleted)."""
    model = table.model()
    row = model.row_of(record_id)
    if row is None:
        return False
    table.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    return True
