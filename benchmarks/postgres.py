"""One throwaway PostgreSQL server for every benchmark in a run (tests/postgres_server.py)."""

from __future__ import annotations

import atexit
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.postgres_server import PostgresServer, PostgresUnavailable  # noqa: E402

_server: PostgresServer | None = None
_problem: str | None = None


def server() -> PostgresServer | None:
    """The running server, started on first use and stopped when the run ends; None if unavailable."""
    global _server, _problem
    if _server is None and _problem is None:
        candidate = PostgresServer()
        try:
            candidate.start()
        except PostgresUnavailable as exc:
            _problem = str(exc)
            return None
        _server = candidate
        atexit.register(candidate.stop)
    return _server


def with_postgres(measure, name: str) -> list[dict]:
    """measure(url, tmp_dir) on a new database, or one row saying why PostgreSQL was skipped."""
    found = server()
    if found is None:
        return [{"figure": f"{name}: PostgreSQL skipped ({_problem})"[:70], "value": 0.0, "target": "report",
                 "ok": True}]
    with tempfile.TemporaryDirectory() as tmp:
        return measure(found.create_database(), tmp)
