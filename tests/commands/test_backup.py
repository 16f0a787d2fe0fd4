"""`backup`, `backups` and `restore` on the command line: what each backup holds is shown."""

import datetime as dt

from trainer.cli import main
from trainer.services import open_services
from trainer.study.hours import EntryData


def test_backups_lists_time_reason_and_contents_and_restore_says_what_it_brought_back(settings, capsys):
    base = ["--data-dir", str(settings.data_dir), "--content-dir", str(settings.content_dir)]
    services = open_services(settings)
    trainee = services.trainees.create("Ana", None)
    services.close()
    assert main([*base, "backup"]) == 0
    first = capsys.readouterr().out.strip()
    services = open_services(settings)
    services.hours.add_entries(trainee.id, [EntryData(dt.date(2026, 1, d), "2", "training", domain="advocacy")
                                            for d in range(1, 4)], today=dt.date(2026, 6, 1))
    services.close()  # a close backup with the three entries
    assert main([*base, "backups"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "\tclose\t1 trainee(s), 3 hours entries, 0 attempt(s)" in lines[0]
    manual = [line for line in lines if line.startswith(first)]
    assert len(manual) == 1 and "\tmanual\t1 trainee(s), 0 hours entries" in manual[0]
    assert dt.datetime.now().strftime("%Y-%m-%d") in manual[0]
    assert main([*base, "restore", first]) == 0
    out = capsys.readouterr().out
    assert "1 trainee(s), 0 hours entries, 0 attempt(s)" in out and "kept as" in out
    services = open_services(settings)
    assert services.hours.list_entries(trainee.id) == []
    services.close()


def test_backup_and_restore_refuse_a_postgresql_database_plainly(settings, capsys):
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    assert main(["--data-dir", str(settings.data_dir), "--database-url", url, "backup"]) == 1
    assert "pg_dump" in capsys.readouterr().err
    assert main(["--data-dir", str(settings.data_dir), "--database-url", url, "restore", "x.sqlite3"]) == 1
    assert "pg_restore" in capsys.readouterr().err
