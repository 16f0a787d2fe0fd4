"""Backups and recovery of the embedded SQLite database.

Restoring never destroys anything: the chosen backup is checked and copied aside
before anything else happens, the current file is kept (as a backup, or renamed if
it is damaged) without ever rotating out the chosen one, and a damaged file is
renamed, never deleted.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from trainer.messages import CONTEXT, QT_TRANSLATE_NOOP, Message, message
from trainer.store.backup_files import (
    Progress,
    backup_files,
    copy_database,
    read_contents,
    schema_version,
    write_backup,
)
from trainer.store.backup_policy import prune
from trainer.store.db import KEEP_BACKUPS, DatabaseError, head_revision
from trainer.store.sqlite_file import DatabaseDamaged, check_integrity


class RestoreError(DatabaseError):
    """Why a restore did nothing: `message` is the Message (the UI words it); str() is its English."""

    def __init__(self, problem: Message):
        super().__init__(problem.english())
        self.message = problem


def list_backups(backup_dir: Path) -> list[Path]:
    """Backups, newest first."""
    return [b.path for b in backup_files(backup_dir)]


def check_backup(path: Path) -> str:
    """Return the schema revision of a usable backup, or raise RestoreError saying why not."""
    contents = read_contents(path)
    if not contents.usable:
        raise RestoreError(contents.problem)
    return schema_version(path)


def newest_good_backup(backup_dir: Path) -> Path | None:
    for path in list_backups(backup_dir):
        if read_contents(path).usable:
            return path
    return None


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL files) so it is kept but no longer used."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(target.with_name(target.name + suffix))
    return target


def keep_current(database_path: Path, backup_dir: Path, keep: int = KEEP_BACKUPS,
                 protect: tuple[Path, ...] = ()) -> Path | None:
    """Keep the file a restore is about to replace: a pre-restore backup if it is sound
    (pruning never removes `protect`), else the file itself renamed aside."""
    if not database_path.exists() or not database_path.stat().st_size:
        return None
    try:
        check_integrity(database_path)
        kept = write_backup(database_path, backup_dir, "pre-restore")
    except (DatabaseDamaged, sqlite3.DatabaseError) as exc:
        if _out_of_room(exc):
            raise RestoreError(message(QT_TRANSLATE_NOOP(
                CONTEXT, "The current data could not be kept as a backup in %1 (%2). Free some disk space, "
                         "then try again."), backup_dir, exc)) from None
        return move_aside(database_path)  # damaged: kept under another name, never copied over
    except OSError as exc:
        raise RestoreError(message(QT_TRANSLATE_NOOP(
            CONTEXT, "The current data could not be kept as a backup in %1 (%2). Free some disk space (or check "
                     "the folder's permissions), then try again."), backup_dir, exc)) from None
    prune(backup_dir, keep, protect=(kept, *protect))
    return kept


def _out_of_room(exc: Exception) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and any(
        word in text for word in ("full", "unable to open", "readonly", "read-only", "disk i/o"))


def restore(database_path: Path, backup: Path, backup_dir: Path, keep: int = KEEP_BACKUPS,
            progress: Progress | None = None) -> Path | None:
    """Replace the database with `backup`; returns where the replaced file was kept.
    `progress` follows the copy of the backup, the long part; what it raises (Cancel) stops
    the restore before anything is replaced."""
    wanted = read_contents(backup)
    if not wanted.usable:
        raise RestoreError(wanted.problem)
    # First a checked copy of the chosen backup beside the database: from here on,
    # nothing that happens to the backups folder can take the chosen data away.
    staging = database_path.with_name(database_path.name + ".restoring")
    staging.unlink(missing_ok=True)
    try:
        copy_database(backup, staging, progress)
    except (OSError, sqlite3.Error) as exc:
        staging.unlink(missing_ok=True)
        raise RestoreError(message(QT_TRANSLATE_NOOP(CONTEXT, "%1 could not be copied (%2)."), backup, exc)) from None
    except BaseException:
        staging.unlink(missing_ok=True)  # stopped: nothing was replaced, nothing is left behind
        raise
    if read_contents(staging) != wanted:
        staging.unlink(missing_ok=True)
        raise RestoreError(message(QT_TRANSLATE_NOOP(
            CONTEXT, "The copy of %1 does not match it; the disk may be full or failing."), backup))
    try:
        kept = keep_current(database_path, backup_dir, keep, protect=(backup,))
    except RestoreError:
        staging.unlink(missing_ok=True)
        raise
    for suffix in ("-wal", "-shm"):
        database_path.with_name(database_path.name + suffix).unlink(missing_ok=True)
    os.replace(staging, database_path)
    return kept


def schema_is_current(path: Path) -> bool:
    return check_backup(path) == head_revision()
