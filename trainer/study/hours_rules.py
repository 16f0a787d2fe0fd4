"""The rules for one hours entry and the plain values the hours log passes around. No database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from trainer.content.schema import DOMAIN_IDS
from trainer.study.hours_problems import Code, HoursError, HoursProblem, problem
from trainer.study.records import KINDS, PACE_WEEKS, HoursTotals, format_hours

# and the entry rules below
__all__ = ["KINDS", "PACE_WEEKS", "Code", "HoursError", "HoursProblem", "HoursTotals", "format_hours"]

MAX_DAY = Decimal(24)
LONG_ENTRY = Decimal(12)  # more than this in one entry is possible (a retreat) but worth a second look
LIMITS = {"setting": 120, "activity": 500, "supervisor": 120, "notes": 2000}
NAME_FIELDS = ("setting", "activity", "supervisor")


@dataclass(frozen=True)
class EntryData:
    """What the person typed for one entry (before or after cleaning)."""

    date: dt.date | None
    hours: Decimal | str | float | int | None
    kind: str
    domain: str | None = None
    setting: str | None = None
    activity: str | None = None
    supervisor: str | None = None
    notes: str | None = None


def to_hours(value) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def is_long_entry(data: EntryData) -> bool:
    """An entry over LONG_ENTRY hours: the person is asked to confirm it before it is saved.
    (Over MAX_DAY it is refused anyway: nothing to confirm.)"""
    hours = to_hours(data.hours)
    return hours is not None and LONG_ENTRY < hours <= MAX_DAY


def _clean_text(value: str | None, *, collapse: bool) -> str | None:
    if value is None:
        return None
    text = " ".join(value.split()) if collapse else value.strip()
    return text or None


def clean_entry(data: EntryData) -> EntryData:
    """Trim names, lower-case kind and domain, make hours a Decimal where it can be one."""
    hours = to_hours(data.hours)
    return EntryData(
        date=data.date,
        hours=hours if hours is not None else data.hours,
        kind=(data.kind or "").strip().lower(),
        domain=_clean_text((data.domain or "").lower(), collapse=True),
        setting=_clean_text(data.setting, collapse=True),
        activity=_clean_text(data.activity, collapse=True),
        supervisor=_clean_text(data.supervisor, collapse=True),
        notes=_clean_text(data.notes, collapse=False),
    )


def validate_entry(data: EntryData, *, today: dt.date, same_day_hours: Decimal | float = 0,
                   domains: Iterable[str] = DOMAIN_IDS) -> list[HoursProblem]:
    """Every problem with one entry. `same_day_hours`: the trainee's other hours that day."""
    return validate_clean_entry(clean_entry(data), today=today, same_day_hours=same_day_hours, domains=domains)


def validate_clean_entry(data: EntryData, *, today: dt.date, same_day_hours: Decimal | float = 0,
                         domains: Iterable[str] = DOMAIN_IDS) -> list[HoursProblem]:
    """validate_entry for an entry clean_entry already cleaned (an import cleans each row once)."""
    problems: list[HoursProblem] = []
    hours = to_hours(data.hours)
    if data.date is None:
        problems.append(problem(Code.DATE_MISSING, "date"))
    elif data.date > today:
        problems.append(problem(Code.DATE_IN_FUTURE, "date", date=data.date))
    if hours is None:
        problems.append(problem(Code.HOURS_NOT_A_NUMBER, "hours"))
    elif hours <= 0:
        problems.append(problem(Code.HOURS_NOT_POSITIVE, "hours"))
    elif hours * 4 % 1 != 0:
        problems.append(problem(Code.HOURS_NOT_QUARTERS, "hours", hours=hours))
    elif data.date is not None:
        earlier = Decimal(str(same_day_hours))
        if earlier + hours > MAX_DAY:
            problems.append(problem(Code.DAY_OVER_24, "hours", day=data.date, total=earlier + hours,
                                    earlier=earlier))
    if data.kind not in KINDS:
        problems.append(problem(Code.KIND_UNKNOWN, "kind"))
    known = set(domains)
    if data.domain is None:
        if data.kind == "training":
            problems.append(problem(Code.DOMAIN_NEEDED, "domain"))
    elif data.domain not in known:
        problems.append(problem(Code.DOMAIN_UNKNOWN, "domain", domain=data.domain, known=tuple(sorted(known))))
    for name, limit in LIMITS.items():
        value = getattr(data, name)
        if value is not None and len(value) > limit:
            problems.append(problem(Code.TEXT_TOO_LONG, name, length=len(value), limit=limit))
    return problems


# ---------------------------------------------------------------- service


@dataclass(frozen=True)
class HoursEntryInfo:
    id: int
    trainee_id: int
    date: dt.date
    hours: Decimal
    kind: str
    domain: str | None
    setting: str | None
    activity: str | None
    supervisor: str | None
    notes: str | None
    verified_by: str | None
    verified_at: dt.datetime | None

    @property
    def verified(self) -> bool:
        return self.verified_at is not None

    def data(self) -> EntryData:
        return EntryData(self.date, self.hours, self.kind, self.domain, self.setting,
                         self.activity, self.supervisor, self.notes)


@dataclass(frozen=True)
class HistoryInfo:
    id: int
    entry_id: int
    action: str
    changed_by: str | None
    changed_at: dt.datetime
    old_values: dict | None
    new_values: dict | None


@dataclass(frozen=True)
class HoursFilter:
    kind: str | None = None
    domain: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    verified: bool | None = None


def entry_key(data: EntryData) -> tuple:
    """What makes two entries the same (for duplicate detection on import)."""
    return clean_entry_key(clean_entry(data))


def clean_entry_key(data: EntryData) -> tuple:
    """entry_key of an entry clean_entry already cleaned."""
    hours = to_hours(data.hours)
    return (data.date, hours.quantize(Decimal("0.01")) if hours is not None else None, data.kind,
            data.domain or "", data.setting or "", data.activity or "", data.supervisor or "",
            data.notes or "")


def totals_of(entries: Iterable[HoursEntryInfo]) -> HoursTotals:
    sums = {kind: Decimal(0) for kind in KINDS}
    by_domain: dict[str, Decimal] = {}
    for entry in entries:
        sums[entry.kind] += entry.hours
        if entry.kind == "training" and entry.domain:
            by_domain[entry.domain] = by_domain.get(entry.domain, Decimal(0)) + entry.hours
    return HoursTotals(sums["training"], by_domain, sums["experience"], sums["supervision"])
