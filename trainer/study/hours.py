"""The hours log: rules for an entry, the service that stores them, totals and pace."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from trainer.content.schema import DOMAIN_IDS, CertificationProfile, HoursRequirement
from trainer.store.models import HoursEntry, HoursHistory, Trainee, utcnow

KINDS = ("training", "experience", "supervision")
MAX_DAY = Decimal(24)
LIMITS = {"setting": 120, "activity": 500, "supervisor": 120, "notes": 2000}
NAME_FIELDS = ("setting", "activity", "supervisor")
PACE_WEEKS = 8


class HoursError(ValueError):
    """An entry or change that cannot be accepted, worded for the user."""

    def __init__(self, message: str, problems: Iterable[FieldProblem] = ()):
        super().__init__(message)
        self.problems = tuple(problems)


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str


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
                   domains: Iterable[str] = DOMAIN_IDS) -> list[FieldProblem]:
    """Every problem with one entry. `same_day_hours`: the trainee's other hours that day."""
    data = clean_entry(data)
    problems: list[FieldProblem] = []
    hours = to_hours(data.hours)
    if data.date is None:
        problems.append(FieldProblem("date", "Please enter the date of these hours."))
    elif data.date > today:
        problems.append(FieldProblem(
            "date", f"The date {data.date.isoformat()} is in the future. Log hours on or after the day you did them."))
    if hours is None:
        problems.append(FieldProblem("hours", "Please enter the hours as a number, for example 1.5."))
    elif hours <= 0:
        problems.append(FieldProblem("hours", "Hours must be more than zero. Enter how long you spent, for example 1.5."))
    elif hours * 4 % 1 != 0:
        problems.append(FieldProblem(
            "hours", f"{hours} is not a whole number of quarter hours. Round to the nearest 0.25 (15 minutes)."))
    elif data.date is not None:
        earlier = Decimal(str(same_day_hours))
        if earlier + hours > MAX_DAY:
            problems.append(FieldProblem("hours", (
                f"That would make {format_hours(earlier + hours)} hours on {data.date.isoformat()} "
                f"(you already logged {format_hours(earlier)}), but a day has only 24. Check the hours or the date.")))
    if data.kind not in KINDS:
        problems.append(FieldProblem("kind", "Please choose the kind of hours: training, experience or supervision."))
    known = set(domains)
    if data.domain is None:
        if data.kind == "training":
            problems.append(FieldProblem("domain", "Training hours need a domain. Choose the domain the training covered."))
    elif data.domain not in known:
        problems.append(FieldProblem(
            "domain", f"'{data.domain}' is not a known domain. Choose one of: {', '.join(sorted(known))}."))
    for name, limit in LIMITS.items():
        value = getattr(data, name)
        if value is not None and len(value) > limit:
            problems.append(FieldProblem(
                name, f"The {name} is {len(value)} characters long. Please shorten it to at most {limit}."))
    return problems


def format_hours(hours: Decimal) -> str:
    """2.50 → "2.5", 3.00 → "3"."""
    return format(Decimal(hours).normalize(), "f")


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


@dataclass(frozen=True)
class HoursTotals:
    training: Decimal = Decimal(0)
    training_by_domain: dict[str, Decimal] = field(default_factory=dict)
    experience: Decimal = Decimal(0)
    supervision: Decimal = Decimal(0)


def entry_key(data: EntryData) -> tuple:
    """What makes two entries the same (for duplicate detection on import)."""
    data = clean_entry(data)
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


def _info(row: HoursEntry) -> HoursEntryInfo:
    return HoursEntryInfo(row.id, row.trainee_id, row.date, Decimal(row.hours).quantize(Decimal("0.01")),
                          row.kind, row.domain, row.setting, row.activity, row.supervisor, row.notes,
                          row.verified_by, row.verified_at)


def _values(row: HoursEntry) -> dict:
    return {"date": row.date.isoformat(), "hours": str(Decimal(row.hours).quantize(Decimal("0.01"))),
            "kind": row.kind, "domain": row.domain, "setting": row.setting, "activity": row.activity,
            "supervisor": row.supervisor, "notes": row.notes, "verified_by": row.verified_by,
            "verified_at": row.verified_at.isoformat() if row.verified_at else None}


class HoursService:
    def __init__(self, sessions: sessionmaker[Session], domains: Iterable[str] = DOMAIN_IDS):
        self._sessions = sessions
        self._domains = tuple(domains)

    @property
    def domains(self) -> tuple[str, ...]:
        return self._domains

    # -- changes

    def add_entry(self, trainee_id: int, data: EntryData, *, by: str | None = None,
                  today: dt.date | None = None) -> HoursEntryInfo:
        return self.add_entries(trainee_id, [data], by=by, today=today)[0]

    def add_entries(self, trainee_id: int, entries: Iterable[EntryData], *, by: str | None = None,
                    today: dt.date | None = None) -> list[HoursEntryInfo]:
        """Add several entries in one transaction: all of them or none."""
        today = today or dt.date.today()
        with self._sessions.begin() as session:
            if session.get(Trainee, trainee_id) is None:
                raise HoursError("That trainee no longer exists.")
            day_hours = self._day_hours(session, trainee_id)
            rows = []
            for data in entries:
                data = self._checked(data, today, day_hours.get(data.date, Decimal(0)))
                day_hours[data.date] = day_hours.get(data.date, Decimal(0)) + data.hours
                row = HoursEntry(trainee_id=trainee_id, **_fields(data))
                session.add(row)
                session.flush()
                self._record(session, row, "add", by, None)
                rows.append(row)
            return [_info(r) for r in rows]

    def update_entry(self, entry_id: int, data: EntryData, *, by: str | None = None,
                     today: dt.date | None = None) -> HoursEntryInfo:
        today = today or dt.date.today()
        with self._sessions.begin() as session:
            row = self._unlocked(session, entry_id, "changed")
            same_day = self._day_hours(session, row.trainee_id, exclude=row.id).get(data.date, Decimal(0))
            data = self._checked(data, today, same_day)
            old = _values(row)
            for name, value in _fields(data).items():
                setattr(row, name, value)
            session.flush()
            self._record(session, row, "update", by, old)
            return _info(row)

    def delete_entry(self, entry_id: int, *, by: str | None = None) -> None:
        with self._sessions.begin() as session:
            row = self._unlocked(session, entry_id, "deleted")
            session.add(HoursHistory(trainee_id=row.trainee_id, entry_id=row.id, action="delete",
                                     changed_by=by, old_values=_values(row), new_values=None))
            session.delete(row)

    def verify(self, entry_id: int, by: str) -> HoursEntryInfo:
        by = " ".join((by or "").split())
        if not by:
            raise HoursError("Please enter the name of the person verifying these hours.")
        if len(by) > LIMITS["supervisor"]:
            raise HoursError(f"Please use a name of at most {LIMITS['supervisor']} characters.")
        with self._sessions.begin() as session:
            row = self._row(session, entry_id)
            if row.verified_at is not None:
                raise HoursError(f"This entry is already verified by {row.verified_by}.")
            old = _values(row)
            row.verified_by, row.verified_at = by, utcnow()
            self._record(session, row, "verify", by, old)
            return _info(row)

    def unverify(self, entry_id: int, by: str | None = None) -> HoursEntryInfo:
        with self._sessions.begin() as session:
            row = self._row(session, entry_id)
            if row.verified_at is None:
                raise HoursError("This entry is not verified, so there is nothing to undo.")
            old = _values(row)
            row.verified_by, row.verified_at = None, None
            self._record(session, row, "unverify", by, old)
            return _info(row)

    # -- reading

    def get(self, entry_id: int) -> HoursEntryInfo | None:
        with self._sessions() as session:
            row = session.get(HoursEntry, entry_id)
            return _info(row) if row else None

    def list_entries(self, trainee_id: int, filters: HoursFilter | None = None) -> list[HoursEntryInfo]:
        f = filters or HoursFilter()
        query = select(HoursEntry).where(HoursEntry.trainee_id == trainee_id)
        if f.kind is not None:
            query = query.where(HoursEntry.kind == f.kind)
        if f.domain is not None:
            query = query.where(HoursEntry.domain == f.domain)
        if f.start is not None:
            query = query.where(HoursEntry.date >= f.start)
        if f.end is not None:
            query = query.where(HoursEntry.date <= f.end)
        if f.verified is True:
            query = query.where(HoursEntry.verified_at.is_not(None))
        elif f.verified is False:
            query = query.where(HoursEntry.verified_at.is_(None))
        with self._sessions() as session:
            rows = session.scalars(query.order_by(HoursEntry.date, HoursEntry.id))
            return [_info(r) for r in rows]

    def totals(self, trainee_id: int, filters: HoursFilter | None = None) -> HoursTotals:
        if filters is not None:
            return totals_of(self.list_entries(trainee_id, filters))
        # Unfiltered totals (dashboard, readiness) are summed by the database, in
        # hundredths of an hour so that no float rounding creeps in.
        with self._sessions() as session:
            rows = session.execute(
                select(HoursEntry.kind, HoursEntry.domain,
                       func.sum(func.round(HoursEntry.hours * 100)).label("hundredths"))
                .where(HoursEntry.trainee_id == trainee_id)
                .group_by(HoursEntry.kind, HoursEntry.domain)).all()
        sums = {kind: Decimal(0) for kind in KINDS}
        by_domain: dict[str, Decimal] = {}
        for kind, domain, hundredths in rows:
            amount = (Decimal(int(hundredths or 0)) / 100).quantize(Decimal("0.01"))
            sums[kind] += amount
            if kind == "training" and domain:
                by_domain[domain] = by_domain.get(domain, Decimal(0)) + amount
        return HoursTotals(sums["training"], by_domain, sums["experience"], sums["supervision"])

    def history(self, *, entry_id: int | None = None, trainee_id: int | None = None) -> list[HistoryInfo]:
        query = select(HoursHistory)
        if entry_id is not None:
            query = query.where(HoursHistory.entry_id == entry_id)
        if trainee_id is not None:
            query = query.where(HoursHistory.trainee_id == trainee_id)
        with self._sessions() as session:
            return [HistoryInfo(h.id, h.entry_id, h.action, h.changed_by, h.changed_at, h.old_values,
                                h.new_values) for h in session.scalars(query.order_by(HoursHistory.id))]

    def day_hours(self, trainee_id: int) -> dict[dt.date, Decimal]:
        with self._sessions() as session:
            return self._day_hours(session, trainee_id)

    def entry_keys(self, trainee_id: int) -> Counter:
        return Counter(entry_key(e.data()) for e in self.list_entries(trainee_id))

    # -- helpers

    def _checked(self, data: EntryData, today: dt.date, same_day: Decimal) -> EntryData:
        problems = validate_entry(data, today=today, same_day_hours=same_day, domains=self._domains)
        if problems:
            raise HoursError(" ".join(p.message for p in problems), problems)
        return clean_entry(data)

    @staticmethod
    def _day_hours(session: Session, trainee_id: int, exclude: int | None = None) -> dict[dt.date, Decimal]:
        query = select(HoursEntry.id, HoursEntry.date, HoursEntry.hours).where(HoursEntry.trainee_id == trainee_id)
        result: dict[dt.date, Decimal] = {}
        for entry_id, day, hours in session.execute(query):
            if entry_id != exclude:
                result[day] = result.get(day, Decimal(0)) + Decimal(hours)
        return result

    @staticmethod
    def _row(session: Session, entry_id: int) -> HoursEntry:
        row = session.get(HoursEntry, entry_id)
        if row is None:
            raise HoursError("That hours entry no longer exists.")
        return row

    def _unlocked(self, session: Session, entry_id: int, verb: str) -> HoursEntry:
        row = self._row(session, entry_id)
        if row.verified_at is not None:
            raise HoursError(
                f"This entry was verified by {row.verified_by} on {row.verified_at:%Y-%m-%d}, so it cannot be "
                f"{verb}. Ask them to un-verify it first.")
        return row

    @staticmethod
    def _record(session: Session, row: HoursEntry, action: str, by: str | None, old: dict | None) -> None:
        session.add(HoursHistory(trainee_id=row.trainee_id, entry_id=row.id, action=action,
                                 changed_by=by, old_values=old, new_values=_values(row)))


def _fields(data: EntryData) -> dict:
    return {"date": data.date, "hours": data.hours, "kind": data.kind, "domain": data.domain,
            "setting": data.setting, "activity": data.activity, "supervisor": data.supervisor,
            "notes": data.notes}


# ---------------------------------------------------------------- progress and pace


@dataclass(frozen=True)
class RequirementProgress:
    key: str  # "training", "training:<domain>", "experience", "supervision"
    kind: str
    domain: str | None
    required: float
    done: float
    verified: bool
    note: str = ""

    @property
    def remaining(self) -> float:
        return max(0.0, self.required - self.done)

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.required) if self.required > 0 else 1.0

    @property
    def met(self) -> bool:
        return self.remaining == 0


def progress_against(profile: CertificationProfile, totals: HoursTotals) -> list[RequirementProgress]:
    """Each hours requirement of the profile with what is done and what remains."""
    result = []

    def add(kind: str, req: HoursRequirement | None, done: Decimal) -> None:
        if req is None:
            return
        result.append(RequirementProgress(kind, kind, None, float(req.total), float(done), req.verified, req.note))
        if kind == "training":
            for domain, hours in req.by_domain.items():
                got = totals.training_by_domain.get(domain, Decimal(0))
                result.append(RequirementProgress(f"training:{domain}", kind, domain, float(hours),
                                                  float(got), req.verified, req.note))

    add("training", profile.training, totals.training)
    add("experience", profile.experience, totals.experience)
    add("supervision", profile.supervision, totals.supervision)
    return result


def estimate_completion(entries: Iterable[HoursEntryInfo], requirement: RequirementProgress,
                        today: dt.date) -> dt.date | None:
    """When the requirement would be met at the pace of the last 8 weeks.

    None means "not enough history yet": fewer than 2 distinct weeks with hours in that window.
    A requirement already met is met today.
    """
    if requirement.remaining <= 0:
        return today
    window_start = today - dt.timedelta(weeks=PACE_WEEKS)
    weeks: set[int] = set()
    total = Decimal(0)
    for entry in entries:
        if entry.kind != requirement.kind or (requirement.domain and entry.domain != requirement.domain):
            continue
        if window_start < entry.date <= today:
            weeks.add((today - entry.date).days // 7)
            total += entry.hours
    if len(weeks) < 2 or total <= 0:
        return None
    per_day = float(total) / (PACE_WEEKS * 7)
    return today + dt.timedelta(days=math.ceil(requirement.remaining / per_day))

