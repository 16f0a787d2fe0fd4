"""Scroll areas the pages share: a widget that scrolls instead of stretching the window."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


def scrolled(widget: QWidget, *, frame: bool = True) -> QScrollArea:
    """`widget` in a scroll area that resizes it to the visible width."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    if not frame:
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


def fill_with_scrolled(page: QWidget, content: QWidget) -> QScrollArea:
    """Make `content`, scrolled, the whole of `page`, edge to edge."""
    scroll = scrolled(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
