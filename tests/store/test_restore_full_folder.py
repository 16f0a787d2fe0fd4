"""Restore never destroys: with the backups folder full, every backup (the oldest too)
restores exactly, from the command line and through the service the Settings page uses."""

import contextlib
import shutil
import sqlite3

import pytest

from trainer.cli import main
from trainer.config import resolve_settings
from trainer.services import open_services
from trainer.store.backup_files import backup_files
from trainer.store.db import KEEP_BACKUPS

FULL = KEEP_BACKUPS


def _dump(path):
    """Every row of the data tables, in a stable order (the schema's own rows aside)."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
        tables = [r[0] for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(map(repr, raw.execute(f"SELECT * FROM {t}"))) for t in tables}


@pytest.fixture(scope="module")
def full_folder(tmp_path_factory, small_content_module):
    """A data folder whose backups folder is full: backup i holds trainees T0..Ti."""
    data = tmp_path_factory.mktemp("full")
    settings = resolve_settings(data_dir=data, content_dir=small_content_module, environ={})
    services = open_services(settings)
    for i in range(FULL):
        services.trainees.create(f"T{i}", None)
        services.backups.back_up(reason=f"step{i}")
    services.trainees.create("Live only", None)  # in the live data, in no backup
    services.database.changes_at_backup = services.database.changes  # no close backup: keep it full
    services.close()
    backups = sorted(backup_files(settings.backup_dir), key=lambda b: b.taken_at)
    assert len(backups) == FULL
    return data, [b.path.name for b in backups], {b.path.name: _dump(b.path) for b in backups}


@pytest.fixture(scope="module")
def small_content_module(tmp_path_factory):
    from tests.conftest import SMALL_CONTENT

    target = tmp_path_factory.mktemp("content") / "content"
    shutil.copytree(SMALL_CONTENT, target)
    return target


def _fresh_copy(full_folder, tmp_path, small_content_module):
    data, names, dumps = full_folder
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    settings = resolve_settings(data_dir=copy, content_dir=small_content_module, environ={})
    return settings, names, dumps


@pytest.mark.parametrize("index", range(FULL))
def test_cli_restores_each_backup_of_a_full_folder(index, full_folder, tmp_path, small_content_module, capsys):
    settings, names, dumps = _fresh_copy(full_folder, tmp_path, small_content_module)
    chosen = settings.backup_dir / names[index]
    live_before = _dump(settings.database_path)
    assert main(["--data-dir", str(settings.data_dir), "restore", str(chosen)]) == 0
    out = capsys.readouterr().out
    assert f"{index + 1} trainee(s)" in out
    assert _dump(settings.database_path) == dumps[names[index]]  # the live data is the backup
    assert chosen.exists() and _dump(chosen) == dumps[names[index]]  # the chosen file was not rotated out
    kept = [b for b in backup_files(settings.backup_dir) if b.reason == "pre-restore"]
    assert len(kept) == 1 and _dump(kept[0].path) == live_before  # what it replaced is kept


@pytest.mark.parametrize("index", [0, FULL // 2, FULL - 1])
def test_settings_service_restores_each_backup_of_a_full_folder(index, full_folder, tmp_path,
                                                                small_content_module):
    settings, names, dumps = _fresh_copy(full_folder, tmp_path, small_content_module)
    services = open_services(settings)
    services.trainees.create("Written just before", None)  # the window has been writing
    live_before = _dump(settings.database_path)
    chosen = settings.backup_dir / names[index]
    listed = {b.path.name: b for b in services.backups.list()}
    assert listed[names[index]].contents.trainees == index + 1
    result = services.backups.restore(chosen)
    assert result.ok, result.problem
    services.close()  # as the window closes after a restore: no close backup of stale counts
    assert _dump(settings.database_path) == dumps[names[index]]
    assert chosen.exists()
    kept = [b for b in backup_files(settings.backup_dir) if b.reason == "pre-restore"]
    assert len(kept) == 1 and _dump(kept[0].path) == live_before
    assert [b.reason for b in backup_files(settings.backup_dir)].count("close") == 0


def test_restoring_every_backup_in_turn_keeps_the_chosen_one_each_time(full_folder, tmp_path,
                                                                       small_content_module):
    """One folder, restored again and again, oldest first: pre-restore copies pile up and
    push old backups out, but never the one being restored."""
    settings, names, dumps = _fresh_copy(full_folder, tmp_path, small_content_module)
    from trainer.services import backup_service

    service = backup_service(settings)
    for name in names:
        chosen = settings.backup_dir / name
        if not chosen.exists():
            continue  # rotated out by an earlier restore's pre-restore copy: allowed for the others
        result = service.restore(chosen)
        assert result.ok, result.problem
        assert _dump(settings.database_path) == dumps[name]
        assert chosen.exists()


def test_a_damaged_backup_is_refused_and_nothing_changes(full_folder, tmp_path, small_content_module, capsys):
    settings, names, _dumps = _fresh_copy(full_folder, tmp_path, small_content_module)
    chosen = settings.backup_dir / names[0]
    data = chosen.read_bytes()
    chosen.write_bytes(data[: len(data) // 2])
    before = settings.database_path.read_bytes()
    listing = sorted(p.name for p in settings.backup_dir.iterdir())
    assert main(["--data-dir", str(settings.data_dir), "restore", str(chosen)]) == 1
    assert "Nothing was changed" in capsys.readouterr().err
    assert settings.database_path.read_bytes() == before
    assert sorted(p.name for p in settings.backup_dir.iterdir()) == listing


def test_a_missing_backup_never_becomes_an_empty_database(full_folder, tmp_path, small_content_module, capsys):
    settings, _names, _dumps = _fresh_copy(full_folder, tmp_path, small_content_module)
    before = _dump(settings.database_path)
    missing = settings.backup_dir / "trainer-20200101-000000-000000-gone.sqlite3"
    assert main(["--data-dir", str(settings.data_dir), "restore", str(missing)]) == 1
    assert not missing.exists()
    assert _dump(settings.database_path) == before


def test_restore_before_the_storage_layer_opens_closes_the_start_up_connection(full_folder, tmp_path,
                                                                               small_content_module):
    """The window starts on a plain sqlite3 connection; a restore then must not leave it open
    on the replaced file."""
    settings, names, dumps = _fresh_copy(full_folder, tmp_path, small_content_module)
    services = open_services(settings, defer_storage=True)
    assert services._quick is not None and not services.storage_open
    result = services.backups.restore(settings.backup_dir / names[0])
    assert result.ok, result.problem
    assert services._quick is None
    assert [t.name for t in services.overview.trainees()] == ["T0"]  # reads now see the restored data
    services.close()
    assert _dump(settings.database_path) == dumps[names[0]]


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"),
                                   sqlite3.OperationalError("database or disk is full")])
def test_when_the_current_data_cannot_be_kept_nothing_is_replaced(error, full_folder, tmp_path,
                                                                   small_content_module, monkeypatch):
    import trainer.store.recovery as recovery
    from trainer.services import backup_service

    settings, names, _dumps = _fresh_copy(full_folder, tmp_path, small_content_module)
    before = _dump(settings.database_path)

    def full_disk(*_args, **_kwargs):
        raise error

    monkeypatch.setattr(recovery, "write_backup", full_disk)
    result = backup_service(settings).restore(settings.backup_dir / names[0])
    assert not result.ok and "Free some disk space" in str(result.problem)
    assert _dump(settings.database_path) == before
    assert not list(settings.data_dir.glob("*.restoring")) and not list(settings.data_dir.glob("*.damaged-*"))
