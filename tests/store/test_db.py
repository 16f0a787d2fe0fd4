"""Migrations and models against SQLite and a real PostgreSQL server."""

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from trainer.store.db import Database, DatabaseDamaged, DatabaseTooNew, head_revision, open_database
from trainer.store.models import (
    Attempt,
    AttemptItem,
    HoursEntry,
    ModuleProgress,
    SectionRead,
    Trainee,
)

TABLES = {"trainee", "module_progress", "section_read", "attempt", "attempt_item", "hours_entry"}


def test_empty_database_upgrades_to_head(database_url):
    database = open_database(database_url)
    try:
        assert database.current_revision() == head_revision()
        assert TABLES <= set(inspect(database.engine).get_table_names())
        database.open()  # opening again is a no-op
        assert database.current_revision() == head_revision()
    finally:
        database.dispose()


def test_models_round_trip(database_url):
    database = open_database(database_url)
    try:
        with database.sessions.begin() as session:
            trainee = Trainee(name="Ana Ruiz", profile_id="icrc-pr")
            session.add(trainee)
            session.flush()
            session.add_all([
                ModuleProgress(trainee_id=trainee.id, module_id="ethics", module_hash="abc"),
                SectionRead(trainee_id=trainee.id, module_id="ethics", section_key="gifts"),
                HoursEntry(trainee_id=trainee.id, date=dt.date(2026, 10, 1), hours=Decimal("2.25"),
                           kind="training", domain="advocacy"),
            ])
            attempt = Attempt(trainee_id=trainee.id, mode="exam", seed=42, blueprint={"questions": 2},
                              time_limit_seconds=600)
            attempt.items = [AttemptItem(position=i, question_id=f"q-{i}", question_hash="h",
                                         option_order=[2, 0, 1], chosen=[1]) for i in range(2)]
            session.add(attempt)
        with database.sessions() as session:
            trainee = session.scalar(select(Trainee).where(Trainee.name == "Ana Ruiz"))
            entry = session.scalar(select(HoursEntry))
            assert entry.hours == Decimal("2.25") and entry.date == dt.date(2026, 10, 1)
            attempt = session.scalar(select(Attempt))
            assert attempt.blueprint == {"questions": 2}
            assert [i.option_order for i in attempt.items] == [[2, 0, 1], [2, 0, 1]]
            assert attempt.status == "in_progress"
    finally:
        database.dispose()


@pytest.mark.parametrize("hours, kind", [(Decimal("0"), "training"), (Decimal("25"), "training"),
                                         (Decimal("1"), "volunteering")])
def test_constraints_back_up_the_rules(database_url, hours, kind):
    database = open_database(database_url)
    try:
        with database.sessions.begin() as session:
            trainee = Trainee(name="Bo")
            session.add(trainee)
        with pytest.raises(IntegrityError), database.sessions.begin() as session:
            session.add(HoursEntry(trainee_id=trainee.id, date=dt.date(2026, 1, 1), hours=hours, kind=kind))
    finally:
        database.dispose()


def test_foreign_keys_enforced(database_url):
    database = open_database(database_url)
    try:
        with pytest.raises(IntegrityError), database.sessions.begin() as session:
            session.add(SectionRead(trainee_id=9999, module_id="m", section_key="s"))
    finally:
        database.dispose()


def test_sqlite_uses_wal_and_private_file(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert (tmp_path / "db.sqlite3").stat().st_mode & 0o077 == 0
    finally:
        database.dispose()


def test_newer_database_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    open_database(url).dispose()
    with sqlite3.connect(tmp_path / "db.sqlite3") as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    with pytest.raises(DatabaseTooNew):
        Database(url).open()


def test_damaged_file_is_reported_not_overwritten(tmp_path):
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseDamaged):
        Database(f"sqlite:///{path}").open()
    assert path.read_bytes() == b"this is not a database" * 100


def test_backup_copies_the_database_and_keeps_the_newest(tmp_path, monkeypatch):
    import trainer.store.db as db_module

    monkeypatch.setattr(db_module, "KEEP_BACKUPS", 3)
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    database = open_database(url, tmp_path / "backups")
    with database.sessions.begin() as session:
        session.add(Trainee(name="Kept"))
    copies = [database.backup(reason=f"n{i}") for i in range(5)]
    database.dispose()
    kept = sorted((tmp_path / "backups").glob("trainer-*.sqlite3"))
    assert kept == sorted(copies[-3:])
    with sqlite3.connect(kept[-1]) as raw:
        assert raw.execute("SELECT name FROM trainee").fetchall() == [("Kept",)]


def test_migrations_match_the_models(database_url):
    """The tables that migrations build are the tables the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from trainer.store.models import Base

    database = open_database(database_url)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.dispose()


def test_schema_head_constant_matches_alembic():
    from trainer.store.db import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()
