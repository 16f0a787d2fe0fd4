"""Totals summed by the database equal totals summed in Python, to the hundredth."""

import datetime as dt
import random

from trainer.store.db import open_database
from trainer.study.hours import EntryData, HoursService, totals_of
from trainer.study.trainees import TraineeService


def test_database_totals_match(database_url):
    database = open_database(database_url)
    try:
        trainee = TraineeService(database.sessions).create("Sum", None)
        hours = HoursService(database.sessions)
        rng = random.Random(4)
        domains = ["advocacy", "mentoring-education", "recovery-wellness", "ethical-responsibility"]
        entries = []
        for day in range(120):
            kind = rng.choice(["training", "experience", "supervision"])
            entries.append(EntryData(dt.date(2025, 1, 1) + dt.timedelta(days=day), str(rng.randrange(1, 33) / 4),
                                     kind, rng.choice(domains) if kind == "training" else None))
        hours.add_entries(trainee.id, entries, today=dt.date(2026, 1, 1))
        assert hours.totals(trainee.id) == totals_of(hours.list_entries(trainee.id))
        assert hours.totals(trainee.id + 1) == totals_of([])
    finally:
        database.dispose()
