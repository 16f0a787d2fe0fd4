"""Several seats at once on one database: nothing lost, nothing mixed up, one schema."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from trainer.store.db import head_revision, open_database
from trainer.store.models import Attempt, AttemptItem, HoursEntry

HERE = Path(__file__).resolve().parent
MIGRATE = "import sys; from trainer.store.db import open_database; open_database(sys.argv[1]).dispose(); print('ok')"


def _spawn(*args):
    env = dict(os.environ, PYTHONPATH=str(HERE.parents[1]))
    return subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def _url(kind, postgres_server, tmp_path):
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    return postgres_server.create_database()


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_three_seats_starting_on_an_unmigrated_database(kind, request, tmp_path):
    server = request.getfixturevalue("postgres") if kind == "postgresql" else None
    url = _url(kind, server, tmp_path)
    seats = [_spawn("-c", MIGRATE, url) for _ in range(3)]
    results = [seat.communicate(timeout=180) for seat in seats]
    assert [seat.returncode for seat in seats] == [0, 0, 0], [err for _, err in results]
    database = open_database(url)
    try:
        assert database.current_revision() == head_revision()
        tables = inspect(database.engine).get_table_names()
        assert {"trainee", "attempt", "hours_entry", "review_card", "alembic_version"} <= set(tables)
        with database.engine.connect() as connection:
            from sqlalchemy import text

            assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    finally:
        database.dispose()


def test_two_seats_write_at_the_same_time_on_postgresql(postgres):
    url = postgres.create_database()
    open_database(url).dispose()
    seats = [_spawn(str(HERE / "seat_worker.py"), url, name, "500", "200") for name in ("Seat One", "Seat Two")]
    outputs = [seat.communicate(timeout=600) for seat in seats]
    assert [seat.returncode for seat in seats] == [0, 0], [err[-2000:] for _, err in outputs]
    ids = [int(out.split()[1]) for out, _ in outputs]
    database = open_database(url)
    try:
        with database.sessions() as session:
            for trainee_id, name in zip(ids, ("Seat One", "Seat Two"), strict=True):
                answered = session.scalar(
                    select(func.count(AttemptItem.id)).join(Attempt)
                    .where(Attempt.trainee_id == trainee_id, AttemptItem.chosen.is_not(None)))
                assert answered == 500
                entries = session.scalars(select(HoursEntry).where(HoursEntry.trainee_id == trainee_id)).all()
                assert len(entries) == 200
                assert all(e.activity.startswith(name) for e in entries)  # nobody sees the other's rows
    finally:
        database.dispose()
