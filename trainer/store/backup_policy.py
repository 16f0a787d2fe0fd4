"""When an automatic backup is due, and which backups to keep. Pure rules, no files.

Backups follow the work: one after every half hour of use in which something changed,
and one when the app closes after changes. Kept: the newest few, plus the newest of
each of the last seven days, so a problem noticed days later can still be undone.
The rules are pure; `prune` applies them to a folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from trainer.store.backup_files import BackupFile, backup_files

AUTO_INTERVAL_SECONDS = 30 * 60
KEEP_DAYS = 7


def backup_due(changed: bool, seconds_since_backup: float, interval: float = AUTO_INTERVAL_SECONDS) -> bool:
    """During use: due when something changed and the last backup (or the start) is `interval` ago."""
    return changed and seconds_since_backup >= interval


def to_keep(backups: Sequence[BackupFile], keep_newest: int, today: dt.date,
            days: int = KEEP_DAYS, protect: Iterable[Path] = ()) -> set[Path]:
    """The paths to keep: the newest `keep_newest`, the newest of each of the last `days`
    days (today included), and anything protected (e.g. the backup being restored)."""
    ordered = sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    keep = {b.path for b in ordered[:max(keep_newest, 1)]}
    first_day = today - dt.timedelta(days=days - 1)
    seen_days: set[dt.date] = set()
    for backup in ordered:
        day = backup.taken_at.date()
        if first_day <= day <= today and day not in seen_days:
            seen_days.add(day)
            keep.add(backup.path)
    return {p.resolve() for p in keep} | {p.resolve() for p in protect}


def to_delete(backups: Sequence[BackupFile], keep_newest: int, today: dt.date,
              days: int = KEEP_DAYS, protect: Iterable[Path] = ()) -> list[BackupFile]:
    keep = to_keep(backups, keep_newest, today, days, protect)
    return [b for b in backups if b.path.resolve() not in keep]


def prune(folder: Path, keep_newest: int, today: dt.date | None = None,
          protect: Iterable[Path] = ()) -> list[Path]:
    """Delete the backups the policy does not keep; returns what was deleted."""
    doomed = to_delete(backup_files(folder), keep_newest, today or dt.date.today(), protect=protect)
    for backup in doomed:
        for extra in ("", "-wal", "-shm"):
            backup.path.with_name(backup.path.name + extra).unlink(missing_ok=True)
    return [b.path for b in doomed]
