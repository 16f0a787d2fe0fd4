import datetime as dt

import pytest
from sqlalchemy import text

from trainer.store.db import open_database
from trainer.study.pins import PinError, PinService, hash_pin, pin_matches, wait_after
from trainer.study.trainees import TraineeService


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 1, 9, 0)

    def __call__(self):
        return self.now


def test_hash_is_salted_and_checks():
    first, second = hash_pin("1234"), hash_pin("1234")
    assert first != second and "1234" not in first
    assert pin_matches("1234", first) and not pin_matches("4321", first)
    assert not pin_matches("1234", "plain-text")


def test_wrong_pin_refused_right_pin_accepted_and_throttled(database_url):
    database = open_database(database_url)
    clock = Clock()
    try:
        trainee = TraineeService(database.sessions).create("Pat", None)
        pins = PinService(database.sessions, now=clock)
        with pytest.raises(PinError):
            pins.set_pin(trainee.id, "12a")
        pins.set_pin(trainee.id, "2468")
        assert pins.check(trainee.id, "2468").ok
        results = [pins.check(trainee.id, "0000") for _ in range(3)]
        assert [r.ok for r in results] == [False] * 3
        assert results[-1].wait_seconds == wait_after(3) == 5
        # While waiting, even the right PIN is not accepted.
        assert not pins.check(trainee.id, "2468").ok
        clock.now += dt.timedelta(seconds=6)
        assert not pins.check(trainee.id, "1111").ok  # a 4th wrong try waits longer
        clock.now += dt.timedelta(seconds=11)
        assert pins.check(trainee.id, "2468").ok
        # The PIN is not stored in clear anywhere.
        with database.engine.connect() as connection:
            for table in ("trainee",):
                rows = connection.execute(text(f"SELECT * FROM {table}")).fetchall()
                assert all("2468" not in str(value) for row in rows for value in row)
    finally:
        database.dispose()
