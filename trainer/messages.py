"""Sentences for a person, as data: an English template and the values that go in it.

The logic layers build a `Message` where they used to build an English sentence; the UI
words it in the person's language (`trainer.ui.text.say`, through Qt's translations with
`%n` plurals), the command line and the log print `str(message)` in English. A date
goes in as a `datetime.date`: the window writes it as the person's language does, the
command line as ISO (2027-03-01). The
template is the translation key, so each one is written once, here in the logic, and
marked for pyside6-lupdate by `QT_TRANSLATE_NOOP` or, with a count, `translate`
(the names lupdate looks for; neither imports Qt). lupdate reads the context only as a
literal: write `QT_TRANSLATE_NOOP("messages", "...")`, never a name for it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

CONTEXT = "messages"  # the translation context of every Message


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate scans for
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Marks a template with `%n` for lupdate as a plural message; returns it unchanged.
    Write the count as the literal 1 (`translate("messages", "%n day(s)", None, 1)`): lupdate
    marks a message plural only when it sees a number there; the real count goes in the Message."""
    return text


PLACEHOLDER = re.compile(r"%([1-9])")
IRREGULAR = {"entry": "entries", "activity": "activities", "category": "categories", "day": "days",
             "this": "these", "was": "were", "is": "are", "has": "have"}
WORD_S = re.compile(r"\b([A-Za-z]+)\(s\)")
CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")  # "(is|are)": singular | plural, for verbs


def fill(template: str, *values: object) -> str:
    """fill("%1 of %2", 3, 4) -> "3 of 4", in one pass (a value holding "%2" stays as it is);
    a placeholder with no value is left as it is."""

    def value(match: re.Match) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if number <= len(values) else match.group(0)

    return PLACEHOLDER.sub(value, template)


def english_forms(source: str) -> tuple[str, str]:
    """'%n entry(s)' -> ('%n entry', '%n entries'); '(was|were)' picks a side. The English
    translation's plural forms (tools/translations.py) and the command line's come from here."""
    singular = CHOICE.sub(lambda m: m.group(1), WORD_S.sub(lambda m: m.group(1), source))

    def plural_word(match):
        word = match.group(1)
        return IRREGULAR.get(word, word + "s")

    plural = CHOICE.sub(lambda m: m.group(2), WORD_S.sub(plural_word, source))
    return singular, plural


class Message(NamedTuple):
    template: str
    args: tuple = ()
    n: int | None = None  # the count for `%n`, when the sentence has one

    def english(self) -> str:
        text = self.template
        if self.n is not None:
            text = english_forms(text)[0 if self.n == 1 else 1].replace("%n", str(self.n))
        return fill(text, *self.args)

    def __str__(self) -> str:
        return self.english()


def is_date(value: object) -> bool:
    """A day (not a moment: a datetime keeps its old text)."""
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def message(template: str, *args: object, n: int | None = None) -> Message:
    """Values become text now, but a date stays a date for the window to word (str() is ISO)."""
    return Message(template, tuple(a if is_date(a) else str(a) for a in args), n)


class MessageError(ValueError):
    """An error worded for a person: `message` is the Message; str() is its English."""

    def __init__(self, message: Message):
        super().__init__(message.english())
        self.message = message
