"""Continuing-education entries as data, and the rules for one entry (no database here).

A problem is a CeProblem: the field it belongs to and a Message (an English template marked
for translation, with its values), so the window words it with `say` and the command line
prints its English.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from trainer.messages import QT_TRANSLATE_NOOP, Message, message

# How the hours were earned: each kind may have its own cap in a profile's renewal rules.
KINDS = ("course", "self-study", "trainer")
LIMITS = {"title": 300, "provider": 200, "provider_number": 80, "notes": 2000, "topic": 60}
MAX_HOURS = Decimal(100)  # one certificate; a week-long conference is about 40
MAX_TOPICS = 10
TOPIC = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class CeData:
    """What a person enters for one course; `hours` may still be text until it is checked."""

    date: dt.date | None
    hours: Decimal | str | float | None
    title: str | None
    provider: str | None = None
    provider_number: str | None = None
    topics: tuple[str, ...] = ()
    online: bool = False
    kind: str = "course"
    notes: str | None = None


@dataclass(frozen=True)
class CeEntryInfo:
    id: int
    trainee_id: int
    date: dt.date
    hours: Decimal
    title: str
    provider: str | None
    provider_number: str | None
    topics: tuple[str, ...]
    online: bool
    kind: str
    notes: str | None

    def data(self) -> CeData:
        return CeData(self.date, self.hours, self.title, self.provider, self.provider_number, self.topics,
                      self.online, self.kind, self.notes)


@dataclass(frozen=True)
class CeProblem:
    field: str | None
    message: Message

    def __str__(self) -> str:
        return self.message.english()


class CeError(ValueError):
    """An entry or change that cannot be accepted; `problems` say why (nothing was written)."""

    def __init__(self, *problems: CeProblem):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = tuple(problems)

    @property
    def message(self) -> Message:
        return self.problems[0].message


def to_hours(value) -> Decimal | None:
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value).strip().replace(",", ".")) if value is not None else None
    except InvalidOperation:
        return None


def topic_id(text: str) -> str:
    """'Ethics ' -> 'ethics'; 'Cultural Competence' -> 'cultural-competence'."""
    return "-".join(text.strip().lower().split())


def split_topics(text: str | None) -> tuple[str, ...]:
    """Topics as written in a CSV cell or a form: separated by ';', ',' or '|'."""
    return tuple(t for t in (topic_id(p) for p in re.split(r"[;,|]", text or "")) if t)


def _text(value: str | None) -> str | None:
    cleaned = " ".join((value or "").split())
    return cleaned or None


def clean(data: CeData) -> CeData:
    """Spaces tidied, topics as ids without repeats, hours a Decimal (when it is a number)."""
    topics = tuple(dict.fromkeys(topic_id(t) for t in data.topics if t and t.strip()))
    hours = to_hours(data.hours)
    notes = (data.notes or "").strip() or None
    return replace(data, hours=hours if hours is not None else data.hours, title=_text(data.title),
                   provider=_text(data.provider), provider_number=_text(data.provider_number), topics=topics,
                   kind=(data.kind or "course").strip().lower(), notes=notes)


def validate(data: CeData, today: dt.date) -> list[CeProblem]:
    """Every problem of a cleaned entry (empty: it can be stored)."""
    found: list[CeProblem] = []

    def add(field: str | None, template: str, *args: object) -> None:
        found.append(CeProblem(field, message(template, *args)))

    if data.date is None:
        add("date", QT_TRANSLATE_NOOP("messages", "Give the date of the course."))
    elif data.date > today:
        add("date", QT_TRANSLATE_NOOP("messages", "The date %1 is in the future: log a course once it is done."),
            data.date)
    hours = data.hours if isinstance(data.hours, Decimal) else None
    if hours is None or not hours.is_finite():
        add("hours", QT_TRANSLATE_NOOP("messages", "The hours must be a number, like 1.5."))
    elif hours <= 0:
        add("hours", QT_TRANSLATE_NOOP("messages", "The hours must be more than 0."))
    elif hours > MAX_HOURS:
        add("hours", QT_TRANSLATE_NOOP("messages", "One course can give at most %1 hours, not %2."),
            MAX_HOURS, hours.normalize())
    elif hours != hours.quantize(Decimal("0.01")):
        add("hours", QT_TRANSLATE_NOOP("messages", "Give the hours to two decimal places at most, not %1."), hours)
    if not data.title:
        add("title", QT_TRANSLATE_NOOP("messages", "Give the course's title, as on its certificate."))
    for name in ("title", "provider", "provider_number", "notes"):
        value = getattr(data, name)
        if value and len(value) > LIMITS[name]:
            add(name, QT_TRANSLATE_NOOP("messages", "This text is %1 characters long; at most %2 fit."),
                len(value), LIMITS[name])
    if data.kind not in KINDS:
        add("kind", QT_TRANSLATE_NOOP("messages", "The kind '%1' is not known: use course, self-study or trainer."),
            data.kind)
    if len(data.topics) > MAX_TOPICS:
        add("topics", QT_TRANSLATE_NOOP("messages", "Give at most %1 topics."), MAX_TOPICS)
    for topic in data.topics:
        if len(topic) > LIMITS["topic"] or not TOPIC.match(topic):
            add("topics", QT_TRANSLATE_NOOP("messages", "The topic '%1' is not a topic name: use words like "
                                                     "ethics or confidentiality."), topic)
    return found


def entry_key(data: CeData) -> tuple:
    """What makes two entries the same course (an import skips rows already in the log)."""
    return (data.date, to_hours(data.hours), (data.title or "").casefold(), (data.provider or "").casefold())
