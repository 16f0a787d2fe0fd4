"""A damaged database: the app explains and offers the newest good backup or a fresh start."""

import sqlite3

from trainer.services import open_services
from trainer.store.models import Trainee
from trainer.ui.recovery import FRESH, QUIT, RESTORE, recover


def _damage(settings):
    services = open_services(settings)
    with services.database.sessions.begin() as session:
        session.add(Trainee(name="Kept Safe"))
    services.database.backup(reason="daily")
    services.close()
    path = settings.database_path
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return data[: len(data) // 3]


def _kept(settings):
    return [p for p in settings.database_path.parent.glob("trainer.sqlite3.damaged-*")
            if not p.name.endswith(("-wal", "-shm"))]


def test_restore_newest_backup(qapp, settings):
    damaged_bytes = _damage(settings)
    asked = []
    choice = recover(settings, "damaged", choose=lambda problem, backup: asked.append(backup) or RESTORE)
    assert choice == RESTORE and asked[0].startswith("trainer-")
    with sqlite3.connect(settings.database_path) as raw:
        assert raw.execute("SELECT name FROM trainee").fetchall() == [("Kept Safe",)]
    kept = _kept(settings)
    assert kept and kept[0].read_bytes() == damaged_bytes


def test_start_fresh_moves_the_damaged_file_aside(qapp, settings):
    damaged_bytes = _damage(settings)
    assert recover(settings, "damaged", choose=lambda *_: FRESH) == FRESH
    assert not settings.database_path.exists()
    assert _kept(settings)[0].read_bytes() == damaged_bytes
    services = open_services(settings)  # a fresh, empty database
    assert services.trainees.all() == []
    services.close()


def test_quit_changes_nothing(qapp, settings):
    damaged_bytes = _damage(settings)
    assert recover(settings, "damaged", choose=lambda *_: QUIT) == QUIT
    assert settings.database_path.read_bytes() == damaged_bytes


def test_garbage_collection_resumes_before_asking(qapp, settings, monkeypatch):
    """Start-up pauses the garbage collector; a damaged database ends that pause before the
    person is asked what to do (they may take their time)."""
    import gc

    import trainer.ui.recovery as recovery
    from trainer.ui.app import run_app

    _damage(settings)
    seen = []
    monkeypatch.setattr(recovery, "recover", lambda *args: seen.append(gc.isenabled()) or QUIT)
    gc.disable()  # as cli.main does before run_app
    try:
        assert run_app(settings) == 2
    finally:
        gc.enable()
    assert seen == [True]
