"""The SQLite database file, read with the standard library alone.

Start-up uses this to check the file and read the dashboard before SQLAlchemy
(slow to import) is loaded; `db.Database` uses the same checks.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from trainer.config import sqlite_path  # noqa: F401 - re-exported for db.py

# The newest migration. Checked against Alembic's own view by a test, so that opening
# a database that is already current does not import Alembic at all (it is slow to import).
SCHEMA_HEAD = "0011"
BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """A problem opening the database, worded for the person using the app."""


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseDamaged(DatabaseError):
    pass


def check_integrity(path: Path) -> None:
    """PRAGMA quick_check on an existing, non-empty file; DatabaseDamaged says what is wrong."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with contextlib.closing(sqlite3.connect(path)) as raw:
            result = raw.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"The database file {path} cannot be read ({exc}).") from None
    if not result or result[0] != "ok":
        raise DatabaseDamaged(f"The database file {path} is damaged ({result[0] if result else 'no answer'}).")


def schema_revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def open_current(path: Path | None) -> sqlite3.Connection | None:
    """A connection to a healthy database already at SCHEMA_HEAD, or None when the full
    open (create, migrate) is needed. Damage raises DatabaseDamaged as the full open would.
    A missing or empty file is created at the current schema first (a first start)."""
    if path is None:
        return None
    if not path.exists() or path.stat().st_size == 0:
        from trainer.store.sqlite_schema import create_new

        if not create_new(path):
            return None
    check_integrity(path)
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if schema_revision(connection) != SCHEMA_HEAD:
        connection.close()
        return None
    return connection
