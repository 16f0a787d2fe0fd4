"""A form field with its own error line under it: the dialogs say what is wrong where it is."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from trainer.ui.theme import set_role


def error_label(name: str = "") -> QLabel:
    """A hidden, wrapping error line (object name "error-<name>", or "error"), shown with a message."""
    label = QLabel()
    label.setObjectName(f"error-{name}" if name else "error")
    label.setWordWrap(True)
    set_role(label, "error")
    label.hide()
    return label


def with_error(widget: QWidget, name: str) -> tuple[QWidget, QLabel]:
    """`widget` above its error line, in one box for a form row; returns (box, error line)."""
    error = error_label(name)
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    return box, error
