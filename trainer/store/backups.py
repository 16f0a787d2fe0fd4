"""The one backup and restore service the window and the command line use.

It takes the automatic backups (after half an hour of use with changes, and on close
after changes), lists the backups with what each holds, and restores one safely.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from trainer.messages import CONTEXT, QT_TRANSLATE_NOOP, Message, message
from trainer.store.attachment_files import back_up_attachments, restore_attachments
from trainer.store.backup_files import (
    BackupContents,
    Progress,
    backup_files,
    read_contents,
    write_backup,
)
from trainer.store.backup_policy import backup_due, prune
from trainer.store.db import KEEP_BACKUPS, Database
from trainer.store.recovery import RestoreError, move_aside, newest_good_backup, restore

__all__ = ["BackupService", "BackupSummary", "RestoreError", "RestoreResult"]


@dataclass(frozen=True)
class BackupSummary:
    """One backup as listed to restore from: when, why, and what it holds."""

    path: Path
    taken_at: dt.datetime
    reason: str
    contents: BackupContents


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did, or why it did nothing (`problem`, a Message the UI words)."""

    restored: Path
    contents: BackupContents
    kept: Path | None = None  # where the replaced data was kept (a backup, or the damaged file renamed)
    problem: Message | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


class BackupService:
    def __init__(self, database_path: Path | None, backup_dir: Path, keep: int | None = None,
                 database: Callable[[], Database | None] = lambda: None,
                 clock: Callable[[], float] | None = None,
                 release: Callable[[], None] = lambda: None, data_folder: Path | None = None):
        self.database_path = database_path
        self.data_folder = data_folder  # its attachments go with every backup (one shared copy each)
        self.backup_dir = backup_dir
        self.keep = keep or KEEP_BACKUPS
        self._database = database  # the open database, if it is open (its writes are counted)
        self._release = release  # closes any other connection to the file before a restore
        self._clock = clock or time.monotonic  # stops while the computer sleeps: time of use
        self._last_backup = self._clock()  # the session's start counts as the last backup

    @property
    def available(self) -> bool:
        """Only the embedded SQLite database is backed up here (PostgreSQL: pg_dump)."""
        return self.database_path is not None

    def list(self) -> list[BackupSummary]:
        return [BackupSummary(b.path, b.taken_at, b.reason, read_contents(b.path))
                for b in backup_files(self.backup_dir)]

    def newest_good(self) -> Path | None:
        return newest_good_backup(self.backup_dir)

    # ---- taking backups -------------------------------------------------------------
    def back_up(self, reason: str = "manual", progress: Progress | None = None) -> Path | None:
        """A backup now (None where there is nothing to back up). `progress(done, total)` follows
        the copy and may stop it by raising; then no backup is kept."""
        if not self.available or not self.database_path.exists():
            return None
        database = self._database()
        if database is not None:
            target = database.backup(reason=reason, progress=progress)
        else:
            target = write_backup(self.database_path, self.backup_dir, reason, progress=progress)
            prune(self.backup_dir, self.keep, protect=[target])
        if self.data_folder is not None:
            back_up_attachments(self.data_folder, self.backup_dir)
        self._last_backup = self._clock()
        return target

    def changed(self) -> bool:
        database = self._database()
        return database is not None and database.changed_since_backup

    def back_up_if_due(self) -> Path | None:
        """Called now and then during use: a backup once half an hour has passed with changes."""
        if not self.available or not backup_due(self.changed(), self._clock() - self._last_backup):
            return None
        return self.back_up(reason="auto")

    def back_up_if_changed(self, reason: str = "close") -> Path | None:
        """Called when the app or a command closes: a backup if anything changed since the last."""
        return self.back_up(reason=reason) if self.available and self.changed() else None

    # ---- restoring ------------------------------------------------------------------
    def restore(self, backup: Path, progress: Progress | None = None) -> RestoreResult:
        """Replace the data with `backup` (the current data is kept first); when it cannot,
        nothing is changed and the result says why. The open database, if any, is closed
        first and brought up to the current schema after, so what is read next is the
        restored data. `progress` follows the copy of the backup (see recovery.restore)."""
        if not self.available:
            return RestoreResult(backup, BackupContents(), problem=message(QT_TRANSLATE_NOOP(
                CONTEXT, "Restore works on the embedded SQLite database only; "
                         "restore a PostgreSQL database with pg_restore.")))
        contents = read_contents(backup)
        if not contents.usable:
            return RestoreResult(backup, contents, problem=contents.problem)
        self._release()
        database = self._database()
        if database is not None:
            database.dispose()  # no connection may write into the file being replaced
        try:
            kept = restore(self.database_path, backup, self.backup_dir, self.keep, progress)
        except RestoreError as exc:
            return RestoreResult(backup, contents, problem=exc.message)
        if self.data_folder is not None:  # the files the restored data refers to (none is ever replaced)
            restore_attachments(self.backup_dir, self.data_folder)
        if database is not None:
            database.open()  # an older backup is migrated now, before anything reads it
            database.changes_at_backup = database.changes  # the restored data is a backup already
        return RestoreResult(backup, contents, kept)

    def set_aside_damaged(self) -> Path | None:
        """Rename a damaged database file so a fresh one can start (it is kept, never deleted)."""
        if self.database_path is None or not self.database_path.exists():
            return None
        return move_aside(self.database_path)
