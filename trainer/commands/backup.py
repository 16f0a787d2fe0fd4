"""`cpsw-trainer backup` and `cpsw-trainer restore`: the embedded SQLite database only."""

from __future__ import annotations

import sys
from pathlib import Path

NAMES = ("backup", "restore", "backups")

BACKUP_ONLY_SQLITE = ("error: backups are made of the embedded SQLite database only; "
                      "back up a PostgreSQL database with pg_dump.")
RESTORE_ONLY_SQLITE = ("error: restore works on the embedded SQLite database only; "
                       "restore a PostgreSQL database with pg_restore.")


def add_parser(subparsers) -> None:
    backup = subparsers.add_parser("backup", help="copy the SQLite database to a backup file")
    backup.add_argument("--out", help="where to write the backup (default: the backups folder)")
    restore = subparsers.add_parser("restore", help="replace the SQLite database with a backup "
                                    "(the current data is kept as a backup first)")
    restore.add_argument("file", help="the backup file to restore")
    subparsers.add_parser("backups", help="list the backups, newest first, with what each holds")


def run(args, settings) -> int:
    if args.command == "backup":
        return _backup(settings, args.out)
    if args.command == "restore":
        return _restore(settings, Path(args.file))
    return _list(settings)


def _service(settings):
    from trainer.services import backup_service

    return backup_service(settings)


def describe(contents) -> str:
    if not contents.usable:
        return f"cannot be restored: {contents.problem}"
    return (f"{contents.trainees} trainee(s), {contents.hours_entries} hours entries, "
            f"{contents.attempts} attempt(s)")


def _backup(settings, out: str | None) -> int:
    from trainer.store.db import open_database

    if settings.database_path is None:
        print(BACKUP_ONLY_SQLITE, file=sys.stderr)
        return 1
    settings.ensure_dirs()
    database = open_database(settings.database_url, settings.backup_dir, settings.agency.keep_backups)
    try:
        target = database.backup(reason="manual", out=Path(out) if out else None)
    finally:
        database.dispose()
    print(target)
    return 0


def _restore(settings, backup: Path) -> int:
    if settings.database_path is None:
        print(RESTORE_ONLY_SQLITE, file=sys.stderr)
        return 1
    settings.ensure_dirs()
    result = _service(settings).restore(backup)
    if not result.ok:
        print(f"error: {result.problem} Nothing was changed.", file=sys.stderr)
        return 1
    print(f"Restored {backup} to {settings.database_path}: {describe(result.contents)}.")
    if result.kept:
        print(f"The data it replaced was kept as {result.kept}.")
    return 0


def _list(settings) -> int:
    if settings.database_path is None:
        print(BACKUP_ONLY_SQLITE, file=sys.stderr)
        return 1
    backups = _service(settings).list()
    if not backups:
        print(f"No backups yet in {settings.backup_dir}.")
    for backup in backups:
        print(f"{backup.path}\t{backup.taken_at:%Y-%m-%d %H:%M}\t{backup.reason}\t{describe(backup.contents)}")
    return 0
