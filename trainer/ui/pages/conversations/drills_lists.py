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
            item.setData(ID_ROLE, key)
            widget.addItem(item)
            if key == keep:
                widget.setCurrentItem(item)
    finally:
        widget.blockSignals(False)


def current_id(widget: QListWidget) -> str | None:
    item = widget.currentItem()
    return None if item is None else item.data(ID_ROLE)


def when(moment: dt.datetime) -> str:
    """A stored moment (naive UTC) as the person's local date and time."""
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
