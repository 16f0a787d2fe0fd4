"""Floors: the same data read or written with hand-written SQL straight through the driver
(sqlite3 or psycopg) on one connection kept open for the whole run, as an app would keep its
pool. None of it calls the app's own SQL (trainer.store.reads), so a slow query there shows."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class Raw:
    """One persistent driver connection and its parameter mark ('?' or '%s')."""

    def __init__(self, url: str, sqlite_path: Path | None):
        if sqlite_path is not None:
            self.conn, self.mark = sqlite3.connect(sqlite_path), "?"
        else:
            import psycopg

            self.conn, self.mark = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")), "%s"

    def close(self) -> None:
        self.conn.close()

    def _sql(self, sql: str) -> str:
        return sql.replace("?", self.mark)

    def all(self, sql: str, *params) -> list[tuple]:
        rows = self.conn.execute(self._sql(sql), params).fetchall()
        self.conn.rollback()  # end the read transaction, as a session closing does
        return rows

    def insert_many(self, sql: str, rows: list[tuple]) -> None:
        """executemany in one transaction, committed."""
        cursor = self.conn.cursor()
        cursor.executemany(self._sql(sql), rows)
        self.conn.commit()

    def run(self, sql: str, *params) -> None:
        self.conn.execute(self._sql(sql), params)
        self.conn.commit()
