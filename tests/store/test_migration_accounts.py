"""Migration 0007 adds the account tables to a database with data, and comes off again cleanly."""

from alembic import command
from sqlalchemy import create_engine, inspect, text

from trainer.store.db import _alembic_config, open_database
from trainer.study.accounts import AccountService


def _migrate(url, action, revision):
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            getattr(command, action)(_alembic_config(connection), revision)
    finally:
        engine.dispose()


def test_0007_upgrades_a_0006_database_and_downgrades(database_url):
    _migrate(database_url, "upgrade", "0006")
    engine = create_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO trainee (name, created_at, pin_failures) "
                                    "VALUES ('Ana', CURRENT_TIMESTAMP, 0)"))
        assert "account" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    database = open_database(database_url)  # as the app opens it: upgraded to the head
    try:
        AccountService(database.sessions).add("Tara", "trainer password 1")
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM trainee")).scalars().all() == ["Ana"]
            assert connection.execute(text("SELECT role FROM account")).scalars().all() == ["trainer"]
    finally:
        database.dispose()
    _migrate(database_url, "downgrade", "0006")
    engine = create_engine(database_url)
    try:
        tables = inspect(engine).get_table_names()
        assert "account" not in tables and "sign_in_throttle" not in tables and "trainee" in tables
    finally:
        engine.dispose()
