"""How the spaced review is worded on the Dashboard and the Practice page: how many are due,
or, when none are, when the missed questions come back (right after a miss, none are due:
the schedule brings a question back minutes or days later)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QObject, QTime

from trainer.ui.text import fill


class ReviewWording(QObject):
    def due_text(self, due: int, next_due: dt.datetime | None, now: dt.datetime | None = None) -> str:
        if due:
            return self.tr("Review due: %n question(s).", "", due)
        if next_due is None:
            return self.tr("Review due: none yet. Questions you miss come back here for review when they are due.")
        now = (now or dt.datetime.now(dt.UTC)).astimezone()
        local = next_due.astimezone()
        locale = QLocale()
        time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        if local.date() == now.date():
            return fill(self.tr("Review due: none right now. Your missed questions come back from %1 today."), time)
        if local.date() == now.date() + dt.timedelta(days=1):
            return fill(self.tr("Review due: none right now. Your missed questions come back from %1 tomorrow."),
                        time)
        day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
        return fill(self.tr("Review due: none right now. Your missed questions come back on %1."), day)
