"""Backups follow the work: when one is due, which are kept, and what the list shows. No Qt."""

import datetime as dt
import sqlite3
from pathlib import Path

from trainer.services import open_services
from trainer.store.backup_files import BackupFile, backup_files, write_backup
from trainer.store.backup_policy import AUTO_INTERVAL_SECONDS, KEEP_DAYS, backup_due, prune, to_keep
from trainer.study.hours import EntryData


def _file(folder, when, reason="auto"):
    return BackupFile(Path(folder) / f"trainer-{when:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3", when, reason)


def test_a_backup_is_due_only_after_half_an_hour_with_changes():
    assert not backup_due(False, AUTO_INTERVAL_SECONDS * 10)  # nothing changed: never
    assert not backup_due(True, AUTO_INTERVAL_SECONDS - 1)
    assert backup_due(True, AUTO_INTERVAL_SECONDS)
    assert AUTO_INTERVAL_SECONDS == 30 * 60


def test_keeps_the_newest_and_one_a_day_for_the_last_week(tmp_path):
    today = dt.date(2026, 12, 1)
    backups = [_file(tmp_path, dt.datetime.combine(today - dt.timedelta(days=d), dt.time(h, 0)))
               for d in range(20) for h in (9, 13, 17)]
    keep = to_keep(backups, keep_newest=4, today=today)
    newest = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    for backup in newest[:4]:
        assert backup.path.resolve() in keep
    for day in range(KEEP_DAYS):
        date = today - dt.timedelta(days=day)
        of_day = [b for b in newest if b.taken_at.date() == date]
        assert of_day[0].path.resolve() in keep  # the newest of that day
        assert not any(b.path.resolve() in keep for b in of_day[1:] if b not in newest[:4])
    older = [b for b in backups if b.taken_at.date() <= today - dt.timedelta(days=KEEP_DAYS)]
    assert older and not any(b.path.resolve() in keep for b in older)


def test_a_protected_backup_is_never_pruned(tmp_path):
    source = tmp_path / "db.sqlite3"
    with sqlite3.connect(source) as raw:
        raw.execute("CREATE TABLE t (x)")
    folder = tmp_path / "backups"
    old = write_backup(source, folder, "old", now=dt.datetime(2020, 1, 1))
    for i in range(5):
        write_backup(source, folder, f"n{i}")
    deleted = prune(folder, keep_newest=2, protect=[old])
    assert old.exists() and len(deleted) == 3
    prune(folder, keep_newest=2)
    assert not old.exists()
    assert not list(folder.glob("*-wal")) and not list(folder.glob("*-shm"))


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def _entry(day):
    return EntryData(dt.date(2026, 1, 1) + dt.timedelta(days=day), "2", "experience", activity=f"shift {day}")


def test_automatic_backups_follow_the_writes_of_the_session(settings, monkeypatch):
    services = open_services(settings)
    clock = Clock()
    from trainer.store import backups as backups_module

    monkeypatch.setattr(backups_module.time, "monotonic", clock)
    service = services.backups
    trainee = services.trainees.create("Ana", None)
    clock.now += AUTO_INTERVAL_SECONDS - 60
    assert service.back_up_if_due() is None  # changes, but not yet half an hour
    clock.now += 60
    first = service.back_up_if_due()
    assert first is not None and "auto" in first.name
    clock.now += AUTO_INTERVAL_SECONDS * 3
    assert service.back_up_if_due() is None  # nothing written since
    services.hours.add_entry(trainee.id, _entry(0), today=dt.date(2026, 6, 1))
    second = service.back_up_if_due()  # the last backup is over half an hour old: due at once
    assert second is not None and _activities(second) == ["shift 0"]
    services.hours.add_entry(trainee.id, _entry(1), today=dt.date(2026, 6, 1))
    clock.now += AUTO_INTERVAL_SECONDS - 1
    assert service.back_up_if_due() is None  # half an hour counts from the last backup
    clock.now += 1
    third = service.back_up_if_due()
    assert third is not None and _activities(third) == ["shift 0", "shift 1"]
    services.close()


def _activities(path):
    with sqlite3.connect(path) as raw:
        return [r[0] for r in raw.execute("SELECT activity FROM hours_entry ORDER BY id")]


def test_closing_after_a_days_work_backs_it_up(settings):
    """The day's work is in a backup when the app closes (it used to be backed up at the
    first open of the day, before any work)."""
    services = open_services(settings)
    trainee = services.trainees.create("Ana", None)
    services.hours.add_entries(trainee.id, [_entry(d) for d in range(40)], today=dt.date(2026, 6, 1))
    services.close()
    newest = backup_files(settings.backup_dir)[0]
    assert newest.reason == "close" and len(_activities(newest.path)) == 40
    count = len(backup_files(settings.backup_dir))
    services = open_services(settings)  # a session that only reads adds no backup
    assert len(services.hours.list_entries(trainee.id)) == 40
    services.close()
    assert len(backup_files(settings.backup_dir)) == count


def test_the_list_shows_when_and_what_each_backup_holds(settings):
    services = open_services(settings)
    trainee = services.trainees.create("Ana", None)
    services.backups.back_up(reason="manual")
    services.hours.add_entries(trainee.id, [_entry(d) for d in range(3)], today=dt.date(2026, 6, 1))
    services.trainees.create("Ben", None)
    services.backups.back_up(reason="manual")
    (settings.backup_dir / "trainer-20200101-000000-000000-junk.sqlite3").write_bytes(b"junk" * 500)
    listed = services.backups.list()
    services.close()
    assert [(b.contents.trainees, b.contents.hours_entries, b.contents.attempts) for b in listed[:2]] == \
        [(2, 3, 0), (1, 0, 0)]
    assert listed[0].taken_at >= listed[1].taken_at and listed[0].reason == "manual"
    assert not listed[-1].contents.usable and "not a CPSW Trainer database" in str(listed[-1].contents.problem)
