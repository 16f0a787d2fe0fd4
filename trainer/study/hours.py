"""The hours log service: stores entries with their history, verification locks and totals.

The rules for one entry live in hours_rules, progress and pace in hours_progress; both
are re-exported here so callers have one place to import from.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections import Counter
from collections.abc import Iterable
from dataclasses import fields
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.content.schema import DOMAIN_IDS
from trainer.operations.progress import Cancelled, Progress
from trainer.store import reads
from trainer.store.locks import lock_owner, lock_trainee
from trainer.store.models import HoursEntry, HoursHistory, HoursSignature, utcnow
from trainer.study import hours_bulk as bulk
from trainer.study.hours_problems import Code, HoursProblem, problem
from trainer.study.hours_progress import RequirementProgress, estimate_completion, progress_against
from trainer.study.hours_rules import (
    KINDS,
    LIMITS,
    MAX_DAY,
    NAME_FIELDS,
    PACE_WEEKS,
    EntryData,
    HistoryInfo,
    HoursEntryInfo,
    HoursError,
    HoursFilter,
    HoursTotals,
    clean_entry,
    entry_key,
    format_hours,
    to_hours,
    totals_of,
    validate_entry,
)
from trainer.study.records import totals_from_hundredths

__all__ = [
    "KINDS", "LIMITS", "MAX_DAY", "NAME_FIELDS", "PACE_WEEKS", "Cancelled", "Code", "EntryData", "HistoryInfo",
    "HoursEntryInfo", "HoursError", "HoursFilter", "HoursProblem", "HoursService", "HoursTotals", "Progress",
    "RequirementProgress",
    "clean_entry", "entry_key", "estimate_completion", "format_hours", "progress_against", "to_hours",
    "totals_of", "validate_entry",
]


CENT = Decimal("0.01")
def _info(row: HoursEntry) -> HoursEntryInfo:
    return HoursEntryInfo(row.id, row.trainee_id, row.date, Decimal(row.hours).quantize(CENT),
                          row.kind, row.domain, row.setting, row.activity, row.supervisor, row.notes,
                          row.verified_by, row.verified_at)


_INFO_FIELDS = tuple(f.name for f in fields(HoursEntryInfo))
assert _INFO_FIELDS == reads.HOURS_COLUMNS  # the rows below are taken field for field


def _infos(rows: Iterable[tuple], *, typed: bool = False) -> list[HoursEntryInfo]:
    """Entries from reads.hours_entries rows, for logs of thousands of rows. Each record gets its
    fields as one dict (what the frozen dataclass's __init__ would set one by one, at half the
    cost; the fields are checked against the columns above). SQLite's text dates and REAL hours
    are converted once per distinct value; `typed`: the driver gave dates and NUMERIC(5,2)
    Decimals (psycopg), used as they are."""
    hours_of: dict = {}
    dates: dict = {}
    new, set_fields = object.__new__, object.__setattr__
    result = []
    append = result.append
    for entry_id, trainee_id, day, hours, kind, domain, setting, activity, supervisor, notes, by, at in rows:
        if not typed:
            amount = hours_of.get(hours)
            if amount is None:
                amount = hours_of[hours] = Decimal(str(hours)).quantize(CENT)
            date = dates.get(day)
            if date is None:
                date = dates[day] = reads.as_date(day)
            hours, day = amount, date
            if at is not None:
                at = reads.as_datetime(at)
        values = {"id": entry_id, "trainee_id": trainee_id, "date": day, "hours": hours, "kind": kind,
                  "domain": domain, "setting": setting, "activity": activity, "supervisor": supervisor,
                  "notes": notes, "verified_by": by, "verified_at": at}
        info = new(HoursEntryInfo)
        set_fields(info, "__dict__", values)
        append(info)
    return result


@contextlib.contextmanager
def _collection_paused():
    """No cyclic garbage collection while thousands of records are built: the passes it would
    make only re-scan the objects being made (and the catalog) and find nothing to free."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _new_values(entry: HoursEntryInfo) -> dict:
    """The history's record of a new entry: what _values gives for it once stored."""
    return {"date": entry.date.isoformat(), "hours": str(entry.hours), "kind": entry.kind, "domain": entry.domain,
            "setting": entry.setting, "activity": entry.activity, "supervisor": entry.supervisor,
            "notes": entry.notes, "verified_by": None, "verified_at": None}


def _values(row: HoursEntry) -> dict:
    return {"date": row.date.isoformat(), "hours": str(Decimal(row.hours).quantize(CENT)),
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
                    today: dt.date | None = None, progress: Progress | None = None,
                    checked: bool = False) -> list[HoursEntryInfo]:
        """Add several entries in one transaction: all of them or none. `progress(done, total)` is
        called as rows are written; when it raises Cancelled, nothing is added.
        `checked`: the entries are clean and passed validate_entry for `today` already (an import's
        preview did that), so only the 24-hour day, which other seats can change, is checked again."""
        today = today or dt.date.today()
        with self._sessions.begin() as session:
            if not lock_trainee(session, trainee_id):  # the day totals below stay true until commit
                raise HoursError(problem(Code.TRAINEE_GONE))
            day_hours = self._day_hours(session, trainee_id)
            if checked:
                cleaned = list(entries)
                _check_days(cleaned, day_hours)
            else:
                cleaned = []
                for data in entries:
                    data = self._checked(data, today, day_hours.get(data.date, Decimal(0)))
                    day_hours[data.date] = day_hours.get(data.date, Decimal(0)) + data.hours
                    cleaned.append(data)
            now = utcnow()
            ids = bulk.insert_entries(session, trainee_id, cleaned, now, progress)
            added = _infos(((entry_id, trainee_id, d.date, d.hours, d.kind, d.domain, d.setting, d.activity,
                             d.supervisor, d.notes, None, None) for entry_id, d in zip(ids, cleaned, strict=True)))
            bulk.insert_history(session, trainee_id, ids, [_new_values(e) for e in added], by, now)
            return added

    def update_entry(self, entry_id: int, data: EntryData, *, by: str | None = None,
                     today: dt.date | None = None) -> HoursEntryInfo:
        today = today or dt.date.today()
        with self._sessions.begin() as session:
            row = self._unlocked(session, entry_id, Code.LOCKED_FOR_CHANGE)  # locked: no verify or add meanwhile
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
            row = self._unlocked(session, entry_id, Code.LOCKED_FOR_DELETE)
            session.add(HoursHistory(trainee_id=row.trainee_id, entry_id=row.id, action="delete",
                                     changed_by=by, old_values=_values(row), new_values=None))
            session.delete(row)

    def verify(self, entry_id: int, by: str) -> HoursEntryInfo:
        by = " ".join((by or "").split())
        if not by:
            raise HoursError(problem(Code.VERIFIER_MISSING))
        if len(by) > LIMITS["supervisor"]:
            raise HoursError(problem(Code.VERIFIER_TOO_LONG, limit=LIMITS["supervisor"]))
        with self._sessions.begin() as session:
            row = self._row(session, entry_id)
            if row.verified_at is not None:
                raise HoursError(problem(Code.ALREADY_VERIFIED, by=row.verified_by))
            old = _values(row)
            row.verified_by, row.verified_at = by, utcnow()
            self._record(session, row, "verify", by, old)
            return _info(row)

    def unverify(self, entry_id: int, by: str | None = None) -> HoursEntryInfo:
        with self._sessions.begin() as session:
            row = self._row(session, entry_id)
            if row.verified_at is None:
                raise HoursError(problem(Code.NOT_VERIFIED))
            _refuse_signed(session, row)  # only a new signature changes a signed entry
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
        # Plain SQL through the driver: a log of thousands of rows is read without building ORM objects.
        # The collector waits through the fetch too: its row tuples are as new as the records made from them.
        with _collection_paused(), self._sessions() as session:
            reader = reads.session_reader(session)
            rows = reads.hours_entries(reader, trainee_id, kind=f.kind, domain=f.domain, start=f.start, end=f.end,
                                       verified=f.verified)
            return _infos(rows, typed=not reader.sqlite)

    def totals(self, trainee_id: int, filters: HoursFilter | None = None) -> HoursTotals:
        if filters is not None:
            return totals_of(self.list_entries(trainee_id, filters))
        # Unfiltered totals (dashboard, readiness) are summed by the database.
        with self._sessions() as session:
            return totals_from_hundredths(reads.hours_hundredths(reads.session_reader(session), trainee_id))

    def history(self, *, entry_id: int | None = None, trainee_id: int | None = None) -> list[HistoryInfo]:
        with self._sessions() as session:
            rows = reads.hours_history(reads.session_reader(session), entry_id=entry_id, trainee_id=trainee_id)
        return [HistoryInfo(*row) for row in rows]

    def day_hours(self, trainee_id: int) -> dict[dt.date, Decimal]:
        with self._sessions() as session:
            return self._day_hours(session, trainee_id)

    def entry_keys(self, trainee_id: int) -> Counter:
        return Counter(entry_key(e.data()) for e in self.list_entries(trainee_id))

    # -- helpers

    def _checked(self, data: EntryData, today: dt.date, same_day: Decimal) -> EntryData:
        problems = validate_entry(data, today=today, same_day_hours=same_day, domains=self._domains)
        if problems:
            raise HoursError(problems)
        return clean_entry(data)

    @staticmethod
    def _day_hours(session: Session, trainee_id: int, exclude: int | None = None) -> dict[dt.date, Decimal]:
        """Hours logged on each day, summed by the database in exact hundredths."""
        rows = reads.day_hundredths(reads.session_reader(session), trainee_id, exclude)
        return {reads.as_date(day): Decimal(hundredths) / 100 for day, hundredths in rows}

    @staticmethod
    def _row(session: Session, entry_id: int) -> HoursEntry:
        """The entry, read after locking its trainee: every change goes through here."""
        if lock_owner(session, HoursEntry.id, HoursEntry.trainee_id, entry_id) is None:
            raise HoursError(problem(Code.ENTRY_GONE))
        row = session.get(HoursEntry, entry_id)
        if row is None:
            raise HoursError(problem(Code.ENTRY_GONE))
        return row

    def _unlocked(self, session: Session, entry_id: int, locked: Code) -> HoursEntry:
        row = self._row(session, entry_id)
        _refuse_signed(session, row)
        if row.verified_at is not None:
            raise HoursError(problem(locked, by=row.verified_by, on=row.verified_at.date()))
        return row

    @staticmethod
    def _record(session: Session, row: HoursEntry, action: str, by: str | None, old: dict | None) -> None:
        session.add(HoursHistory(trainee_id=row.trainee_id, entry_id=row.id, action=action,
                                 changed_by=by, old_values=old, new_values=_values(row)))


def _refuse_signed(session: Session, row: HoursEntry) -> None:
    """A supervisor signed the entry: the trainee may only ask for a change (trainer/study/signoff_records.py)."""
    signed = session.execute(select(HoursSignature.signer_name, HoursSignature.signed_at)
                             .where(HoursSignature.entry_id == row.id)
                             .order_by(HoursSignature.id.desc()).limit(1)).first()
    if signed is not None:
        raise HoursError(problem(Code.SIGNED, by=signed.signer_name, on=signed.signed_at.date()))


def _check_days(entries: list[EntryData], day_hours: dict[dt.date, Decimal]) -> None:
    """The 24-hour day over what is stored now plus the new entries (add_entries' `checked` path)."""
    added: dict[dt.date, Decimal] = {}
    for data in entries:
        added[data.date] = added.get(data.date, Decimal(0)) + data.hours
    for day, hours in sorted(added.items()):
        earlier = day_hours.get(day, Decimal(0))
        if earlier + hours > MAX_DAY:
            raise HoursError(problem(Code.IMPORT_DAY_OVER_24, "hours", day=day, total=earlier + hours,
                                     earlier=earlier))


def _fields(data: EntryData) -> dict:
    return {"date": data.date, "hours": data.hours, "kind": data.kind, "domain": data.domain,
            "setting": data.setting, "activity": data.activity, "supervisor": data.supervisor,
            "notes": data.notes}
