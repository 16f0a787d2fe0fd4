"""One clean message for a damaged or unusable database, whichever command met it.

A damaged file is found by the integrity check on open (DatabaseDamaged), or later by
SQLite itself ("database disk image is malformed"); either way the person is told what
is wrong, that nothing was changed, and how to restore a backup. Never a traceback.
"""

from __future__ import annotations

import shlex
import sqlite3
import sys
from collections.abc import Callable

from trainer.store.sqlite_file import DatabaseDamaged, DatabaseError

DAMAGE_WORDS = ("malformed", "not a database", "disk image", "database corrupt", "file is encrypted")


def is_damage(exc: BaseException) -> bool:
    if isinstance(exc, DatabaseDamaged):
        return True
    original = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    for error in (exc, original):
        if isinstance(error, sqlite3.DatabaseError) and any(w in str(error).lower() for w in DAMAGE_WORDS):
            return True
    return False


def damaged_message(settings, exc: BaseException, options: str = "") -> str:
    from trainer.store.backup_files import read_contents
    from trainer.store.recovery import newest_good_backup

    path = settings.database_path
    detail = str(exc) if isinstance(exc, DatabaseDamaged) else \
        f"The database file {path} is damaged ({getattr(exc, 'orig', None) or exc})."
    lines = [f"error: {detail}", "Nothing was changed."]
    good = newest_good_backup(settings.backup_dir)
    command = f"cpsw-trainer {options}restore"
    if good is None:
        lines.append(f"No good backup was found in {settings.backup_dir}. If you have a backup elsewhere, "
                     f"restore it with: {command} FILE")
    else:
        held = read_contents(good)
        lines.append(f"To get your data back, restore the newest good backup ({held.trainees} trainee(s), "
                     f"{held.hours_entries} hours entries, {held.attempts} attempt(s)):")
        lines.append(f"  {command} {shlex.quote(str(good))}")
        lines.append(f"Every backup, with what it holds: cpsw-trainer {options}backups")
    return "\n".join(lines)


def run_guarded(command: Callable[[], int], settings, options: str = "") -> int:
    """Run a subcommand; a damaged or unusable database ends it with a message, exit 1."""
    try:
        return command()
    except Exception as exc:
        if settings.database_path is not None and is_damage(exc):
            print(damaged_message(settings, exc, options), file=sys.stderr)
            return 1
        if isinstance(exc, DatabaseError):  # e.g. written by a newer version: already in plain words
            print(f"error: {exc}", file=sys.stderr)
            return 1
        raise
