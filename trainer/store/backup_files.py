"""Backup files of the SQLite database: writing one, naming, listing, and what each holds.

Standard library only (no SQLAlchemy), so the window can list backups cheaply and
recovery works when the database itself cannot be opened.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from trainer.messages import CONTEXT, QT_TRANSLATE_NOOP, Message, message

BACKUP_GLOB = "trainer-*.sqlite3"
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^trainer-(\d{8}-\d{6}-\d{6})-(.+)\.sqlite3$")
# What a backup holds, as shown in the list to restore from.
COUNTED_TABLES = (("trainees", "trainee"), ("hours_entries", "hours_entry"), ("attempts", "attempt"))
PAGES_PER_STEP = 256  # database pages copied between two progress calls (1 MB with 4 KB pages)
Progress = Callable[[int, int], None]  # (pages copied, pages in all); may raise to stop the copy


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime  # local time, from the name (the file's time if the name has none)
    reason: str


@dataclass(frozen=True)
class BackupContents:
    """A backup's counts, or the reason it cannot be restored (a Message: the UI words it)."""

    trainees: int = 0
    hours_entries: int = 0
    attempts: int = 0
    problem: Message | None = None

    @property
    def usable(self) -> bool:
        return self.problem is None


def backup_file(path: Path) -> BackupFile:
    match = _NAME.match(path.name)
    if match:
        return BackupFile(path, dt.datetime.strptime(match.group(1), STAMP_FORMAT), match.group(2))
    return BackupFile(path, dt.datetime.fromtimestamp(path.stat().st_mtime), "")


def backup_files(folder: Path) -> list[BackupFile]:
    """The backups in a folder, newest first."""
    if not folder.is_dir():
        return []
    files = [backup_file(path) for path in folder.glob(BACKUP_GLOB) if path.is_file()]
    return sorted(files, key=lambda f: (f.taken_at, f.path.name), reverse=True)


def copy_database(source: Path, target: Path, progress: Progress | None = None) -> None:
    """A consistent copy with SQLite's online backup API (it includes what is still in the WAL).
    `progress` hears of every step; an exception it raises stops the copy and goes to the caller."""
    with contextlib.closing(sqlite3.connect(source)) as src, contextlib.closing(sqlite3.connect(target)) as dest:
        if progress is None:
            src.backup(dest)
        else:
            src.backup(dest, pages=PAGES_PER_STEP,
                       progress=lambda _status, remaining, total: progress(total - remaining, total))
        # A copy is one self-contained file: reading it later leaves no -wal or -shm beside it.
        dest.execute("PRAGMA journal_mode=DELETE")
    target.chmod(0o600)


def write_backup(source: Path, folder: Path, reason: str, now: dt.datetime | None = None,
                 progress: Progress | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime(STAMP_FORMAT)
    target = folder / f"trainer-{stamp}-{reason}.sqlite3"
    try:
        copy_database(source, target, progress)
    except BaseException:
        target.unlink(missing_ok=True)  # no half-written backup left to be mistaken for a good one
        raise
    return target


def read_contents(path: Path) -> BackupContents:
    """Check a backup (PRAGMA quick_check, a schema version) and count what it holds."""
    if not path.is_file():
        return BackupContents(problem=message(QT_TRANSLATE_NOOP(CONTEXT, "%1 does not exist."), path))
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
            result = raw.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                return BackupContents(problem=message(QT_TRANSLATE_NOOP(CONTEXT, "%1 is damaged (%2)."), path,
                                                      result[0] if result else "no answer"))
            try:
                version = raw.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.DatabaseError:
                version = None
            if not version:
                return BackupContents(problem=message(QT_TRANSLATE_NOOP(
                    CONTEXT, "%1 is not a CPSW Trainer database (no schema version)."), path))
            counts = {}
            for field, table in COUNTED_TABLES:
                counts[field] = raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
    except sqlite3.DatabaseError as exc:
        return BackupContents(problem=message(QT_TRANSLATE_NOOP(
            CONTEXT, "%1 is not a CPSW Trainer database (%2)."), path, exc))
    return BackupContents(**counts)


def schema_version(path: Path) -> str | None:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
        row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None
