"""Backups, restore and recovery from a damaged database file."""

import sqlite3

import pytest

from trainer.cli import main
from trainer.store.db import DatabaseDamaged, open_database
from trainer.store.models import Trainee
from trainer.store.recovery import (
    RestoreError,
    check_backup,
    list_backups,
    move_aside,
    newest_good_backup,
    restore,
)


def _db(tmp_path):
    return open_database(f"sqlite:///{tmp_path / 'trainer.sqlite3'}", tmp_path / "backups")


def _names(path):
    with sqlite3.connect(path) as raw:
        return [r[0] for r in raw.execute("SELECT name FROM trainee ORDER BY name")]


def test_restore_keeps_what_it_replaces(tmp_path):
    database = _db(tmp_path)
    with database.sessions.begin() as session:
        session.add(Trainee(name="Before"))
    backup = database.backup(reason="manual")
    with database.sessions.begin() as session:
        session.add(Trainee(name="After"))
    database.dispose()
    kept = restore(tmp_path / "trainer.sqlite3", backup, tmp_path / "backups")
    assert _names(tmp_path / "trainer.sqlite3") == ["Before"]
    assert _names(kept) == ["After", "Before"]


def test_restore_refuses_a_bad_file(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"nonsense" * 100)
    with pytest.raises(RestoreError, match="not a CPSW Trainer database"):
        check_backup(bad)
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    with pytest.raises(RestoreError):
        check_backup(empty)


def test_truncated_database_is_detected_and_recovered(tmp_path):
    database = _db(tmp_path)
    with database.sessions.begin() as session:
        session.add(Trainee(name="Saved"))
    database.backup(reason="daily")
    database.dispose()
    path = tmp_path / "trainer.sqlite3"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])  # truncated by a crash or a full disk
    with pytest.raises(DatabaseDamaged):
        _db(tmp_path)
    good = newest_good_backup(tmp_path / "backups")
    damaged = move_aside(path)
    assert damaged.exists() and damaged.read_bytes() == data[: len(data) // 3]  # kept, never overwritten
    restore(path, good, tmp_path / "backups")
    reopened = _db(tmp_path)
    reopened.dispose()
    assert _names(path) == ["Saved"]


def test_cli_backup_and_restore(tmp_path, capsys):
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "backup", "--out", str(tmp_path / "b.sqlite3")]) == 0
    assert main(["--data-dir", data, "restore", str(tmp_path / "b.sqlite3")]) == 0
    assert "Restored" in capsys.readouterr().out
    (tmp_path / "junk.sqlite3").write_text("junk")
    assert main(["--data-dir", data, "restore", str(tmp_path / "junk.sqlite3")]) == 1
    assert "Nothing was changed" in capsys.readouterr().err
    assert len(list_backups(tmp_path / "data" / "backups")) >= 1


def test_number_of_backups_kept_is_configurable(tmp_path):
    from trainer.store.db import Database

    database = Database(f"sqlite:///{tmp_path / 'db.sqlite3'}", tmp_path / "backups", keep_backups=2).open()
    made = [database.backup(reason=f"n{i}") for i in range(4)]
    database.dispose()
    assert sorted(list_backups(tmp_path / "backups")) == sorted(made[-2:])
