"""Dates, times and numbers as the person's language writes them: the default QLocale follows
the chosen language (trainer.ui.i18n), so 31/3/2026 in Spanish and 3/31/2026 in English."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTime


def _date_format(locale: QLocale) -> str:
    """The locale's short date with the year in full (12/1/26 reads as a day in 2026 or 1926)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_input_format() -> str:
    """The display format for a date field: the language's own order (31/3/2026 or 3/31/2026),
    the year in full."""
    return _date_format(QLocale())


def date_text(day: dt.date) -> str:
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), _date_format(locale))


def date_time_text(moment: dt.datetime) -> str:
    locale = QLocale()
    time = locale.toString(QTime(moment.hour, moment.minute), locale.timeFormat(QLocale.FormatType.ShortFormat))
    return f"{date_text(moment)} {time}"


def number_text(value: float | Decimal | int, decimals: int = 2) -> str:
    """1.50 -> "1.5" (or "1,5" where the comma is the decimal point); at most `decimals` places."""
    locale = QLocale()
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def hours_text(hours: float | Decimal | int) -> str:
    """Hours to the quarter: 2.50 -> "2.5", 3.00 -> "3"."""
    return number_text(hours, 2)


def fixed_text(value: float | Decimal | int, decimals: int = 1) -> str:
    """2 -> "2.0" (or "2,0"): a figure that keeps its places, such as a ratio."""
    return QLocale().toString(float(value), "f", decimals)
