"""The writes of the Hours page: entries, verification, CSV imports and attestations.

Each does the write through the service it is given and says what it changed; a refusal is
an HoursError with its problems as codes (nothing changed, nothing to announce).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainer.operations.changes import Change, Done
from trainer.operations.progress import Progress
from trainer.study.attestations import AttestationService
from trainer.study.hours import EntryData, HoursEntryInfo, HoursService
from trainer.study.hours_csv import ImportResult
from trainer.study.hours_csv import import_csv as import_rows


def add_entry(hours: HoursService, trainee_id: int, data: EntryData, *, by: str | None = None,
              today: dt.date | None = None) -> Done[HoursEntryInfo]:
    return Done(hours.add_entry(trainee_id, data, by=by, today=today), Change.HOURS)


def update_entry(hours: HoursService, entry_id: int, data: EntryData, *, by: str | None = None,
                 today: dt.date | None = None) -> Done[HoursEntryInfo]:
    return Done(hours.update_entry(entry_id, data, by=by, today=today), Change.HOURS)


def delete_entry(hours: HoursService, entry_id: int, *, by: str | None = None) -> Done[None]:
    hours.delete_entry(entry_id, by=by)
    return Done(None, Change.HOURS)


def verify_entry(hours: HoursService, entry_id: int, verifier: str) -> Done[HoursEntryInfo]:
    return Done(hours.verify(entry_id, verifier), Change.HOURS)


def unverify_entry(hours: HoursService, entry_id: int, *, by: str | None = None) -> Done[HoursEntryInfo]:
    return Done(hours.unverify(entry_id, by=by), Change.HOURS)


def import_csv(hours: HoursService, trainee_id: int, source: Path | bytes | str, *, by: str | None = None,
               skip_bad: bool = False, today: dt.date | None = None,
               progress: Progress | None = None) -> Done[ImportResult]:
    """A file's new rows; meant for run_task (it reads, checks and writes: Cancel through progress
    leaves the log as it was)."""
    result = import_rows(hours, trainee_id, source, by=by, skip_bad=skip_bad, today=today, progress=progress)
    return Done(result, Change.HOURS if result.added else Change.NONE)


def set_attestation(attestations: AttestationService, trainee_id: int, attestation_id: str,
                    on: dt.date | None, note: str | None = None) -> Done[None]:
    """Mark a self-attested item met on a date, or clear it with `on=None`."""
    attestations.set(trainee_id, attestation_id, on, note)
    return Done(None, Change.ATTESTATIONS)
