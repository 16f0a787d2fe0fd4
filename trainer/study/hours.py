"""The hours log service: stores entries with their history, verification locks and totals.

The rules for one entry live in hours_rules, progress and pace in hours_progress; both
are re-exported here so callers have one place to import from.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.content.schema import DOMAIN_IDS
from trainer.store import reads
from trainer.store.locks import lock_owner, lock_trainee
from trainer.store.models import HoursEntry, HoursHistory, utcnow
from trainer.study.hours_progress import RequirementProgress, estimate_completion, progress_against
from trainer.study.hours_rules import (
    KINDS,
    LIMITS,
    MAX_DAY,
    NAME_FIELDS,
    PACE_WEEKS,
    EntryData,
    FieldProblem,
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
    "KINDS", "LIMITS", "MAX_DAY", "NAME_FIELDS", "PACE_WEEKS", "EntryData", "FieldProblem", "HistoryInfo",
    "HoursEntryInfo", "HoursError", "HoursFilter", "HoursService", "HoursTotals", "RequirementProgress",
    "clean_entry", "entry_key", "estimate_completion", "format_hours", "progress_against", "to_hours",
    "totals_of", "validate_entry",
]


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
            if not lock_trainee(session, trainee_id):  # the day totals below stay true until commit
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
            row = self._unlocked(session, entry_id, "changed")  # locked: no verify or add meanwhile
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
        # Unfiltered totals (dashboard, readiness) are summed by the database.
        with self._sessions() as session:
            return totals_from_hundredths(reads.hours_hundredths(reads.session_reader(session), trainee_id))

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
        """The entry, read after locking its trainee: every change goes through here."""
        if lock_owner(session, HoursEntry.id, HoursEntry.trainee_id, entry_id) is None:
            raise HoursError("That hours entry no longer exists.")
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
