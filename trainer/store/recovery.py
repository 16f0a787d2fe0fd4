"""Backups and recovery of the embedded SQLite database.

Restoring never overwrites anything without keeping it: the current file is
copied aside first, and a damaged file is renamed, never deleted.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from trainer.store.db import Database, DatabaseError, head_revision


class RestoreError(DatabaseError):
    pass


def list_backups(backup_dir: Path) -> list[Path]:
    """Backups, newest first."""
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob("trainer-*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)


def check_backup(path: Path) -> str:
    """Return the schema revision of a usable backup, or raise RestoreError saying why not."""
    if not path.is_file():
        raise RestoreError(f"{path} does not exist.")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
            result = raw.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                raise RestoreError(f"{path} is damaged ({result[0] if result else 'no answer'}).")
            row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise RestoreError(f"{path} is not a CPSW Trainer database ({exc}).") from None
    if not row:
        raise RestoreError(f"{path} is not a CPSW Trainer database (no schema version).")
    return row[0]


def newest_good_backup(backup_dir: Path) -> Path | None:
    for path in list_backups(backup_dir):
        try:
            check_backup(path)
            return path
        except RestoreError:
            continue
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


def restore(database_path: Path, backup: Path, backup_dir: Path) -> Path | None:
    """Replace the database with `backup`; returns where the replaced file was kept."""
    check_backup(backup)
    kept = None
    if database_path.exists() and database_path.stat().st_size:
        try:
            kept = Database(f"sqlite:///{database_path}", backup_dir).backup(reason="pre-restore")
        except sqlite3.DatabaseError:
            kept = move_aside(database_path)
    # Copy into a temp file beside the database, then rename it into place.
    staging = database_path.with_name(database_path.name + ".restoring")
    staging.unlink(missing_ok=True)
    with sqlite3.connect(backup) as source, sqlite3.connect(staging) as dest:
        source.backup(dest)
    staging.chmod(0o600)
    for suffix in ("-wal", "-shm"):
        database_path.with_name(database_path.name + suffix).unlink(missing_ok=True)
    os.replace(staging, database_path)
    return kept


def backup_if_due(database: Database, today: dt.date | None = None) -> Path | None:
    """One automatic backup per day of use."""
    if database.path is None or database.backup_dir is None:
        return None
    today = today or dt.date.today()
    for path in list_backups(database.backup_dir):
        if dt.date.fromtimestamp(path.stat().st_mtime) == today and "daily" in path.name:
            return None
    return database.backup(reason="daily")


def schema_is_current(path: Path) -> bool:
    return check_backup(path) == head_revision()
