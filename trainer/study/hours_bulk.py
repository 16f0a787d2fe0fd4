"""Writing thousands of hours entries (an import) and their history in one transaction.

The rows go to the driver in chunks with executemany, not as ORM objects flushed one by one:
an import of 10,000 rows costs a few times what the bare INSERTs cost. The caller holds the
trainee's lock (store.locks) for the whole transaction, which the SQLite id read-back relies on.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy.orm import Session

from trainer.operations.progress import Progress
from trainer.store.reads import SQLITE_DATETIME
from trainer.study.hours_rules import EntryData

CHUNK = 500  # rows written between two calls of the progress callback

ENTRY_COLUMNS = ("trainee_id", "date", "hours", "kind", "domain", "setting", "activity", "supervisor", "notes",
                 "created_at", "updated_at")
HISTORY_COLUMNS = ("trainee_id", "entry_id", "action", "changed_by", "changed_at", "old_values", "new_values")


def _insert_sql(table: str, columns: Sequence[str], mark: str, json_columns: Sequence[str] = ()) -> str:
    marks = ", ".join(f"CAST({mark} AS json)" if c in json_columns and mark == "%s" else mark for c in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


def _ask(progress: Progress | None, done: int, total: int) -> None:
    """Tell progress how far the writing is; it raises Cancelled when the person stopped it."""
    if progress is not None:
        progress(done, total)


def insert_entries(session: Session, trainee_id: int, entries: Sequence[EntryData], now: dt.datetime,
                   progress: Progress | None = None) -> list[int]:
    """Insert clean entries; their new ids, in the order given. When progress raises Cancelled,
    the caller's transaction rolls back: nothing of the import is kept."""
    connection = session.connection()
    total = len(entries)
    if connection.dialect.name == "sqlite":
        # Stored as SQLAlchemy stores them: ISO dates, REAL hours, its datetime text.
        stamp = now.strftime(SQLITE_DATETIME)
        rows = [(trainee_id, d.date.isoformat(), float(d.hours), d.kind, d.domain, d.setting, d.activity,
                 d.supervisor, d.notes, stamp, stamp) for d in entries]
        # The write lock is held (BEGIN IMMEDIATE), so the new rowids are the ones after the
        # current largest, in insertion order.
        before = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM hours_entry").scalar()
        sql = _insert_sql("hours_entry", ENTRY_COLUMNS, "?")
        for start in range(0, total, CHUNK):
            _ask(progress, start, total)
            connection.exec_driver_sql(sql, rows[start:start + CHUNK])
        ids = [r[0] for r in connection.exec_driver_sql(
            "SELECT id FROM hours_entry WHERE id > ? ORDER BY id", (before,))]
    else:
        rows = [(trainee_id, d.date, d.hours, d.kind, d.domain, d.setting, d.activity, d.supervisor, d.notes,
                 now, now) for d in entries]
        sql = _insert_sql("hours_entry", ENTRY_COLUMNS, "%s") + " RETURNING id"
        cursor = connection.connection.driver_connection.cursor()
        ids = []
        for start in range(0, total, CHUNK):
            _ask(progress, start, total)
            chunk = rows[start:start + CHUNK]
            if not chunk:
                continue
            # psycopg pipelines the statements and keeps one result per row, in order.
            cursor.executemany(sql, chunk, returning=True)
            while True:
                ids.append(cursor.fetchone()[0])
                if not cursor.nextset():
                    break
    _ask(progress, total, total)
    if len(ids) != total:  # the lock promises this; never record history against the wrong rows
        raise RuntimeError(f"expected {total} new hours entries, found {len(ids)}")
    return ids


def insert_history(session: Session, trainee_id: int, entry_ids: Sequence[int], new_values: Sequence[dict],
                   by: str | None, now: dt.datetime) -> None:
    """One 'add' history row per new entry."""
    if not entry_ids:
        return
    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    changed_at = now.strftime(SQLITE_DATETIME) if sqlite else now
    # JSON null, not SQL NULL, for "no old values": what the ORM writes for None.
    rows = [(trainee_id, entry_id, "add", by, changed_at, "null", json.dumps(values))
            for entry_id, values in zip(entry_ids, new_values, strict=True)]
    sql = _insert_sql("hours_history", HISTORY_COLUMNS, "?" if sqlite else "%s", ("old_values", "new_values"))
    if sqlite:
        connection.exec_driver_sql(sql, rows)
    else:
        connection.connection.driver_connection.cursor().executemany(sql, rows)
