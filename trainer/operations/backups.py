"""Backups and restore as operations: from Settings (on the background helper, with
progress), and the recovery of a damaged database before the window opens."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from trainer.operations.changes import Change, Done, nothing_changed
from trainer.operations.progress import Progress, no_progress

if TYPE_CHECKING:
    from trainer.store.backups import BackupService, RestoreResult

# Everything read from the database: after a restore, every page that shows data refreshes.
DATA = (Change.TRAINEE | Change.PROGRESS | Change.ATTEMPTS | Change.REVIEW | Change.HOURS
        | Change.ATTESTATIONS | Change.REPORTS | Change.BACKUPS | Change.RENEWAL)


def back_up_now(backups: BackupService, progress: Progress = no_progress) -> Done[Path | None]:
    """A backup the person asked for; Cancel (from `progress`) keeps none."""
    path = backups.back_up(reason="manual", progress=progress)
    return Done(path, Change.BACKUPS) if path is not None else nothing_changed(None)


def restore_backup(backups: BackupService, backup: Path, progress: Progress = no_progress) -> Done[RestoreResult]:
    """Replace the data with a backup (the current data is kept as a backup first). When it
    cannot, nothing changed and the result says why."""
    result = backups.restore(backup, progress=progress)
    return Done(result, DATA) if result.ok else nothing_changed(result)


def start_fresh(backups: BackupService) -> Done[Path | None]:
    """Recovery: the damaged database is renamed aside (never deleted) so a new one starts."""
    return Done(backups.set_aside_damaged(), DATA)
