"""Opening the user database: engine, pragmas, integrity check, backups, migrations."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import (
    Column,
    Engine,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    create_engine,
    event,
    text,
)
from sqlalchemy.orm import Session, sessionmaker

from trainer.store.backup_files import copy_database, write_backup
from trainer.store.backup_policy import prune
from trainer.store.sqlite_file import (  # noqa: F401 - re-exported: callers import them from here
    BUSY_TIMEOUT_MS,
    SCHEMA_HEAD,
    DatabaseDamaged,
    DatabaseError,
    DatabaseTooNew,
    check_integrity,
    sqlite_path,
)

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
KEEP_BACKUPS = 10
WRITE_WORDS = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


MIGRATION_LOCK_KEY = 0x43505357  # "CPSW": a PostgreSQL advisory lock held while migrating


def _alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def _table_names(connection) -> list[str]:
    if connection.dialect.name == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    else:
        sql = "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
    return [row[0] for row in connection.exec_driver_sql(sql)]


def _version_table() -> Table:
    """Alembic's alembic_version table, as `alembic upgrade` creates it."""
    return Table("alembic_version", MetaData(), Column("version_num", String(32), nullable=False),
                 PrimaryKeyConstraint("version_num", name="alembic_version_pkc"))


class Database:
    """One user database: an engine, a session factory, and its file (for SQLite)."""

    def __init__(self, url: str, backup_dir: Path | None = None, keep_backups: int | None = None):
        self.url = url
        self.backup_dir = backup_dir
        self.keep_backups = keep_backups or KEEP_BACKUPS
        self.is_sqlite = url.startswith("sqlite")
        self.path = sqlite_path(url)
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():
                self.path.touch(mode=0o600)
        self.engine: Engine = create_engine(url, future=True, pool_pre_ping=not self.is_sqlite)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.sessions: sessionmaker[Session] = sessionmaker(self.engine, expire_on_commit=False)
        self.changes = self.changes_at_backup = 0
        if self.is_sqlite:
            event.listen(self.engine, "before_cursor_execute", self._count_change)

    def open(self, integrity_checked: bool = False) -> Database:
        """Check integrity (unless the caller just did), back up if a migration is due, and migrate to head."""
        if self.is_sqlite and not integrity_checked:
            self.check_integrity()
        current = self.current_revision()
        if current == SCHEMA_HEAD:
            return self
        if current is None and self._create_if_empty():
            return self
        from alembic import command  # only an upgrade needs Alembic (slow to import)

        head = head_revision()
        if current is not None and current not in known_revisions():
            raise DatabaseTooNew(
                "This database was written by a newer version of CPSW Trainer. "
                "Install the newer version, or choose another data folder."
            )
        with self._migration_lock():
            # Another seat may have migrated while this one waited for the lock.
            current = self.current_revision()
            if current != head:
                if current is not None:
                    self.backup(reason="pre-migrate")
                with self.engine.begin() as connection:
                    command.upgrade(_alembic_config(connection), "head")
                self.changes_at_backup = self.changes  # the migration itself is no one's work to back up
                log.info("database migrated from %s to %s", current, head)
        return self

    def _create_if_empty(self) -> bool:
        """A database with no tables at all gets the current schema straight from the models and
        is stamped at the head revision, in one transaction (Alembic's documented way to start a
        new database; tests/store/test_schema_from_models.py proves it matches the migrations).
        False if there are tables already: those are left to the migrations."""
        with self._migration_lock():
            with self.engine.connect() as connection:
                if self.is_sqlite:
                    # One transaction for all of it: pysqlite would run each CREATE on its own.
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                if _table_names(connection):
                    connection.rollback()
                    return False
                from trainer.store.models import Base

                Base.metadata.create_all(connection)
                version = _version_table()
                version.create(connection)
                connection.execute(version.insert().values(version_num=SCHEMA_HEAD))
                connection.commit()
        self.changes_at_backup = self.changes  # creating it is no one's work to back up
        log.info("database created at %s", SCHEMA_HEAD)
        return True

    @contextlib.contextmanager
    def _migration_lock(self):
        """One seat migrates; others starting at the same time wait, then find it done."""
        if self.is_sqlite:
            if self.path is None or os.name != "posix":
                yield
                return
            import fcntl

            with open(self.path.with_name(self.path.name + ".migrate-lock"), "w") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX)
                try:
                    yield
                finally:
                    fcntl.flock(handle, fcntl.LOCK_UN)
            return
        with self.engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            connection.commit()
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
                connection.commit()

    def current_revision(self) -> str | None:
        with self.engine.connect() as connection:
            try:
                rows = connection.execute(text("SELECT version_num FROM alembic_version")).fetchall()
            except Exception:  # noqa: BLE001 - no version table yet: an empty database
                connection.rollback()
                return None
            return rows[0][0] if rows else None

    def check_integrity(self) -> None:
        if self.path is not None:
            check_integrity(self.path)

    @property
    def backup_folder(self) -> Path | None:
        if self.path is None:
            return None
        return self.backup_dir or self.path.parent / "backups"

    def backup(self, reason: str = "manual", out: Path | None = None, progress=None) -> Path | None:
        """Copy a SQLite database with the online backup API; prune by the backup policy.
        `progress(done, total)` may stop the copy by raising: then no backup is kept or counted."""
        if self.path is None or not self.path.exists():
            return None
        changes = self.changes  # what this backup holds; writes during the copy are in the next one
        if out is not None:
            copy_database(self.path, out, progress)
            target = out
        else:
            target = write_backup(self.path, self.backup_folder, reason, progress=progress)
            prune(self.backup_folder, self.keep_backups, protect=[target])
        self.changes_at_backup = changes
        return target

    def _count_change(self, _conn, _cursor, statement, _parameters, _context, _executemany) -> None:
        # Writes since the last backup decide whether an automatic backup is due.
        if statement.lstrip()[:7].upper().startswith(WRITE_WORDS):
            self.changes += 1

    @property
    def changed_since_backup(self) -> bool:
        return self.changes != self.changes_at_backup

    def dispose(self) -> None:
        self.engine.dispose()
        if self.is_sqlite and self.path is not None and self.path.exists():
            # Fold the WAL back into the main file so the file alone is the whole database.
            try:
                with sqlite3.connect(self.path) as raw:
                    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.DatabaseError:
                pass


def open_database(url: str, backup_dir: Path | None = None, keep_backups: int | None = None,
                  integrity_checked: bool = False) -> Database:
    return Database(url, backup_dir, keep_backups).open(integrity_checked)
