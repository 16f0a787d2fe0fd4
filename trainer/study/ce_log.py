"""The continuing-education log: entries for renewal, checked by ce_records' rules.

Deleting an entry deletes its attachments too (their files once nothing else refers to them).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.messages import QT_TRANSLATE_NOOP, message
from trainer.operations.progress import Progress
from trainer.store.locks import lock_trainee
from trainer.store.models import CeEntry
from trainer.study.attachments import AttachmentService
from trainer.study.ce_records import (
    CeData,
    CeEntryInfo,
    CeError,
    CeProblem,
    clean,
    entry_key,
    validate,
)

STEP = 200  # rows written between two calls of progress


def _info(row: CeEntry) -> CeEntryInfo:
    return CeEntryInfo(row.id, row.trainee_id, row.date, Decimal(row.hours).quantize(Decimal("0.01")), row.title,
                       row.provider, row.provider_number, tuple(row.topics or ()), bool(row.online), row.kind,
                       row.notes)


def _gone(what: str) -> CeError:
    templates = {"trainee": QT_TRANSLATE_NOOP("messages", "This trainee is no longer in the database."),
                 "entry": QT_TRANSLATE_NOOP("messages", "That CE entry is no longer in the log.")}
    return CeError(CeProblem(None, message(templates[what])))


def checked(data: CeData, today: dt.date) -> CeData:
    """The cleaned entry, or CeError with every problem."""
    data = clean(data)
    problems = validate(data, today)
    if problems:
        raise CeError(*problems)
    return data


class CeLogService:
    def __init__(self, sessions: sessionmaker[Session], attachments: AttachmentService):
        self._sessions = sessions
        self._attachments = attachments

    def add_entry(self, trainee_id: int, data: CeData, *, today: dt.date | None = None) -> CeEntryInfo:
        return self.add_entries(trainee_id, [data], today=today)[0]

    def add_entries(self, trainee_id: int, entries: Iterable[CeData], *, today: dt.date | None = None,
                    progress: Progress | None = None) -> list[CeEntryInfo]:
        """All of them in one transaction, or none (a problem in any one, or Cancelled from
        `progress`, leaves the log as it was)."""
        today = today or dt.date.today()
        cleaned = [checked(d, today) for d in entries]
        with self._sessions.begin() as session:
            if not lock_trainee(session, trainee_id):
                raise _gone("trainee")
            rows = []
            for index, data in enumerate(cleaned):
                if progress is not None and index % STEP == 0:
                    progress(index, len(cleaned))
                row = CeEntry(trainee_id=trainee_id, **_fields(data))
                session.add(row)
                rows.append(row)
            session.flush()
            if progress is not None:
                progress(len(cleaned), len(cleaned))  # the last chance to stop before the commit
            return [_info(r) for r in rows]

    def update_entry(self, entry_id: int, data: CeData, *, today: dt.date | None = None) -> CeEntryInfo:
        data = checked(data, today or dt.date.today())
        with self._sessions.begin() as session:
            row = session.get(CeEntry, entry_id)
            if row is None:
                raise _gone("entry")
            for name, value in _fields(data).items():
                setattr(row, name, value)
            session.flush()
            return _info(row)

    def delete_entry(self, entry_id: int) -> None:
        with self._sessions.begin() as session:
            row = session.get(CeEntry, entry_id)
            if row is None:
                raise _gone("entry")
            removed = self._attachments.remove_for(session, "ce", entry_id)
            session.delete(row)
        self._attachments.forget_unused(removed)

    def get(self, entry_id: int) -> CeEntryInfo | None:
        with self._sessions() as session:
            row = session.get(CeEntry, entry_id)
            return _info(row) if row else None

    def list_entries(self, trainee_id: int) -> list[CeEntryInfo]:
        with self._sessions() as session:
            rows = session.scalars(select(CeEntry).where(CeEntry.trainee_id == trainee_id)
                                   .order_by(CeEntry.date, CeEntry.id))
            return [_info(r) for r in rows]

    def entry_keys(self, trainee_id: int) -> Counter:
        return Counter(entry_key(e.data()) for e in self.list_entries(trainee_id))


def _fields(data: CeData) -> dict:
    return {"date": data.date, "hours": data.hours, "title": data.title, "provider": data.provider,
            "provider_number": data.provider_number, "topics": list(data.topics), "online": bool(data.online),
            "kind": data.kind, "notes": data.notes}
