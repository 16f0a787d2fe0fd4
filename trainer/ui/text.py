"""Words for the person from templates and Messages.

PySide has no QString.arg, and chained replacing of each placeholder misfires when a value itself
holds "%2": `fill` (from trainer.messages) replaces them in one pass. `say` words a Message
from the logic layers in the person's language, its dates as the rest of the window writes them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainer.messages import CONTEXT, Message, fill, is_date

__all__ = ["fill", "say"]


def say(message: Message) -> str:
    """The translated sentence, with its values and plural form."""
    n = -1 if message.n is None else message.n
    values = message.args
    if any(is_date(value) for value in values):
        from trainer.ui.formats import date_text  # only for a Message that holds a date

        values = tuple(date_text(v) if is_date(v) else v for v in values)
    return fill(QCoreApplication.translate(CONTEXT, message.template, None, n), *values)
