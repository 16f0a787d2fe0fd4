"""First start on SQLite: the database is created from statements written out from the models,
with the standard library alone. They must match the models and the head revision, and give
exactly the schema every migration builds."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from tests.store.test_schema_from_models import migrated, schema
from trainer.store import sqlite_schema
from trainer.store.db import SCHEMA_HEAD, open_database
from trainer.store.sqlite_file import open_current
from trainer.store.sqlite_schema_statements import REVISION, STATEMENTS

REGENERATE = "python -m trainer.store.sqlite_schema > trainer/store/sqlite_schema_statements.py"


def test_the_written_out_statements_are_the_models_at_the_head_revision():
    assert REVISION == SCHEMA_HEAD, f"a migration was added: regenerate with {REGENERATE}"
    assert STATEMENTS == sqlite_schema.compiled_statements(), f"the models changed: regenerate with {REGENERATE}"


def test_a_first_start_creates_the_schema_every_migration_builds(tmp_path):
    path = tmp_path / "data" / "trainer.sqlite3"
    connection = open_current(path)
    assert connection is not None  # the window can read it at once
    connection.close()
    assert path.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(SCHEMA_HEAD,)]
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    migrated(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    assert schema(f"sqlite:///{path}") == schema(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    # The full open finds it current and runs nothing.
    database = open_database(f"sqlite:///{path}")
    assert database.current_revision() == SCHEMA_HEAD
    database.dispose()


def test_an_existing_database_is_not_touched(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE something (x)")
    assert sqlite_schema.create_new(path) is False
    with sqlite3.connect(path) as raw:
        assert [r[0] for r in raw.execute("SELECT name FROM sqlite_master")] == ["something"]
    assert open_current(path) is None  # not current: left to the full open


def test_stale_statements_fall_back_to_the_full_open(tmp_path, monkeypatch):
    monkeypatch.setattr(sqlite_schema, "REVISION", "0001")
    path = tmp_path / "new.sqlite3"
    assert sqlite_schema.create_new(path) is False
    assert open_current(path) is None
    assert not path.exists() or path.stat().st_size == 0


def test_a_first_start_imports_neither_sqlalchemy_nor_alembic(tmp_path):
    code = ("import sys; from pathlib import Path; from trainer.store.sqlite_file import open_current; "
            f"c = open_current(Path({str(tmp_path / 'first.sqlite3')!r})); print(c is not None); "
            "print(sorted(m for m in ('sqlalchemy', 'alembic') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[:2] == ["True", "[]"]
