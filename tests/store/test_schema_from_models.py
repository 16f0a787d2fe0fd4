"""A new database is created from the models and stamped at the head revision (no migrations run,
Alembic not imported). It must be exactly the schema that running every migration gives: tables,
columns and their types, defaults and nullability, primary and foreign keys, unique and check
constraints, indexes. A migration that drifts from the models (or a model change without one)
fails here, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import create_engine, inspect, text

from trainer.store.db import Database, _alembic_config, head_revision, open_database


def migrated(url: str) -> None:
    """Every migration, from an empty database, the way databases were always built."""
    from alembic import command

    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")
    engine.dispose()


def _normal(value):
    return " ".join(str(value).split()) if value is not None else None


def schema(url: str) -> dict:
    engine = create_engine(url)
    inspector = inspect(engine)
    result = {}
    for table in sorted(inspector.get_table_names()):
        result[table] = {
            "columns": [(c["name"], str(c["type"]), c["nullable"], _normal(c.get("default")),
                         c.get("autoincrement") if engine.dialect.name != "sqlite" else None)
                        for c in inspector.get_columns(table)],
            "primary key": inspector.get_pk_constraint(table),
            "foreign keys": sorted((fk["name"], tuple(fk["constrained_columns"]), fk["referred_table"],
                                    tuple(fk["referred_columns"]), tuple(sorted(fk["options"].items())))
                                   for fk in inspector.get_foreign_keys(table)),
            "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                              for i in inspector.get_indexes(table)),
            "unique": sorted((u["name"], tuple(u["column_names"])) for u in inspector.get_unique_constraints(table)),
            "checks": sorted((c["name"], _normal(c["sqltext"])) for c in inspector.get_check_constraints(table)),
        }
    engine.dispose()
    return result


def second_url(database_url: str, postgres_or_none, tmp_path) -> str:
    if database_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'migrated.sqlite3'}"
    return postgres_or_none.create_database()


def test_a_database_created_from_the_models_equals_one_built_by_every_migration(database_url, request, tmp_path):
    postgres = request.getfixturevalue("postgres") if not database_url.startswith("sqlite") else None
    created = open_database(database_url)
    created.dispose()
    other = second_url(database_url, postgres, tmp_path)
    migrated(other)
    from_models, from_migrations = schema(database_url), schema(other)
    assert set(from_models) == set(from_migrations)
    for table in from_migrations:
        for part in from_migrations[table]:
            assert from_models[table][part] == from_migrations[table][part], (table, part)


def test_the_new_database_is_stamped_at_head_and_later_opens_run_no_migration(database_url):
    database = open_database(database_url)
    assert database.current_revision() == head_revision()
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    database.dispose()
    # Alembic agrees: upgrading it to head has nothing to do.
    from alembic import command

    engine = create_engine(database_url)
    statements = []
    with engine.begin() as connection:
        from sqlalchemy import event

        event.listen(connection, "before_cursor_execute",
                     lambda *args: statements.append(args[2]) if args[2].lstrip().upper().startswith(
                         ("CREATE", "ALTER", "DROP")) else None)
        command.upgrade(_alembic_config(connection), "head")
    engine.dispose()
    assert statements == []


def test_a_database_with_tables_is_left_to_the_migrations(tmp_path):
    """Only an empty database is created from the models: one at an older revision is upgraded."""
    from alembic import command

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0005")
    engine.dispose()
    database = Database(url).open()
    assert database.current_revision() == head_revision()
    assert "pin_failures" in {c["name"] for c in inspect(database.engine).get_columns("trainee")}
    database.dispose()
    assert schema(url) == schema(_fresh(tmp_path))


def _fresh(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    open_database(url).dispose()
    return url


def test_creating_a_new_database_does_not_import_alembic(tmp_path):
    code = ("import sys; from trainer.store.db import open_database; "
            f"d = open_database('sqlite:///{tmp_path / 'new.sqlite3'}'); "
            "print(d.current_revision()); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == [head_revision(), "False"]
