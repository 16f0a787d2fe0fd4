"""What the window needs to open on a trainee's dashboard, read through store.reads.

It works on any reader: at start-up a plain sqlite3 connection, so the window shows
before the storage layer (SQLAlchemy) has loaded; later the same queries run through
the opened database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager

from trainer.content.schema import Module
from trainer.store import reads
from trainer.study.records import (
    HoursTotals,
    ModuleStatus,
    TraineeInfo,
    module_statuses,
    totals_from_hundredths,
)


def naive_utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Overview:
    def __init__(self, reader: Callable[[], AbstractContextManager[reads.Reader]],
                 now: Callable[[], dt.datetime] = naive_utc_now):
        self._reader = reader
        self._now = now

    def trainee(self, trainee_id: int) -> TraineeInfo | None:
        with self._reader() as r:
            found = reads.trainees(r, trainee_id)
        return TraineeInfo(*found[0]) if found else None

    def trainees(self) -> list[TraineeInfo]:
        with self._reader() as r:
            return [TraineeInfo(*row) for row in reads.trainees(r)]

    def due_count(self, trainee_id: int) -> int:
        with self._reader() as r:
            return reads.due_count(r, trainee_id, self._now())

    def next_due(self, trainee_id: int) -> dt.datetime | None:
        """When the next missed question comes back for review (aware UTC), or None."""
        with self._reader() as r:
            due = reads.next_due(r, trainee_id)
        return due.replace(tzinfo=dt.UTC) if due is not None else None

    def has_resumable(self, trainee_id: int) -> bool:
        with self._reader() as r:
            return reads.resumable_attempt_id(r, trainee_id) is not None

    def latest_conversation(self, trainee_id: int) -> tuple[str, dt.datetime, list[tuple[str, str]]] | None:
        """The latest role-play run taken to an ending: scenario id, when, (choice, talk) codes."""
        with self._reader() as r:
            return reads.latest_conversation(r, trainee_id)

    def hours_totals(self, trainee_id: int) -> HoursTotals:
        with self._reader() as r:
            return totals_from_hundredths(reads.hours_hundredths(r, trainee_id))

    def attested(self, trainee_id: int) -> dict[str, dt.date]:
        with self._reader() as r:
            return reads.attestations(r, trainee_id)

    def module_status(self, trainee_id: int, modules: Iterable[Module]) -> dict[str, ModuleStatus]:
        with self._reader() as r:
            return module_statuses(modules, reads.section_reads(r, trainee_id), reads.module_progress(r, trainee_id))

    def finished(self, trainee_id: int, mode: str | None, columns) -> tuple[list[dict], list[tuple]]:
        """Finished attempts and their items (see reads.finished_items), in one read."""
        with self._reader() as r:
            attempts = reads.finished_attempts(r, trainee_id, mode)
            items = reads.finished_items(r, trainee_id, mode, columns) if attempts else []
        return attempts, items
