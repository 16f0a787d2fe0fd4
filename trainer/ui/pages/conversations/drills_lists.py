"""Small pieces the drill and note tabs share: a list refilled without losing the choice, and
a stored moment (UTC) in the person's own time and locale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

ID_ROLE = Qt.ItemDataRole.UserRole


def refill(widget: QListWidget, entries: list[tuple[str, str]], keep: str | None) -> None:
    """Entries are (id, text). The item with id `keep` stays current, and no selection signal
    fires while the list is refilled (a refresh must not reset what the person is doing)."""
    widget.blockSignals(True)
    try:
        widget.clear()
        for key, text in entries:
            item = QListWidgetItem(text)
            item.setToolTip(text)  # a narrow list cuts long titles short
            item.setData(ID_ROLE, key)
            widget.addItem(item)
            if key == keep:
                widget.setCurrentItem(item)
    finally:
        widget.blockSignals(False)


def side_by_side(split, list_width: int = 300) -> None:
    """The list of drills or exercises beside the work: wide enough for most titles."""
    split.setChildrenCollapsible(False)
    split.setStretchFactor(1, 3)
    split.setSizes([list_width, 3 * list_width])


def current_id(widget: QListWidget) -> str | None:
    item = widget.currentItem()
    return None if item is None else item.data(ID_ROLE)


def when(moment: dt.datetime) -> str:
    """A stored moment (naive UTC) as the person's local date and time."""
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
