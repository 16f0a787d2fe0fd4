"""Rules that span rows hold when two seats write at the same instant, on SQLite and on
PostgreSQL: no day over 24 hours, no verified entry changed, an exam submitted once.

Two worker processes (race_worker.py) are told to do their part at the same moment, round
after round. Without the per-trainee lock (trainer/store/locks.py) most rounds break a rule.
"""

import datetime as dt
import json
import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from trainer.config import bundled_content_dir
from trainer.content.loader import load_catalog
from trainer.store.db import open_database
from trainer.store.models import Attempt, HoursEntry, ReviewCard
from trainer.study.attempts import AttemptService
from trainer.study.exams import is_correct, score
from trainer.study.hours import EntryData, HoursService
from trainer.study.trainees import TraineeService

HERE = Path(__file__).resolve().parent
ROUNDS = 25
TODAY = dt.date(2026, 6, 1)


class Seat:
    def __init__(self, url):
        env = dict(os.environ, PYTHONPATH=str(HERE.parents[1]))
        self.process = subprocess.Popen([sys.executable, str(HERE / "race_worker.py"), url], env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def send(self, request):
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()

    def answer(self):
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError(f"the seat died: {self.process.stderr.read()[-3000:]}")
        return json.loads(line)

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=60)


@pytest.fixture
def race(request, tmp_path):
    kind = request.param
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}" if kind == "sqlite" else \
        request.getfixturevalue("postgres").create_database()
    database = open_database(url)
    seats = [Seat(url), Seat(url)]
    for seat in seats:
        assert seat.answer() == {"ready": True}

    def at_once(first, second):
        start = time.time() + 0.05
        seats[0].send({**first, "at": start})
        seats[1].send({**second, "at": start})
        return [seat.answer() for seat in seats]

    yield database, at_once
    for seat in seats:
        seat.close()
    database.dispose()


@pytest.mark.parametrize("race", ["sqlite", "postgresql"], indirect=True)
def test_two_seats_never_make_a_day_over_24_hours(race):
    database, at_once = race
    trainee = TraineeService(database.sessions).create("Ana", None)
    outcomes = []
    for day in range(ROUNDS):
        date = (dt.date(2026, 1, 1) + dt.timedelta(days=day)).isoformat()
        outcomes.append(at_once(*({"op": "add", "trainee": trainee.id, "date": date, "hours": "13",
                                   "activity": f"seat {n}"} for n in (1, 2))))
    with database.sessions() as session:
        rows = session.execute(select(HoursEntry.date, HoursEntry.hours)
                               .where(HoursEntry.trainee_id == trainee.id)).all()
    per_day = {}
    for date, hours in rows:
        per_day[date] = per_day.get(date, Decimal(0)) + Decimal(hours)
    assert max(per_day.values()) <= 24, sorted(per_day.items())
    assert len(rows) == ROUNDS  # one of each pair stored ...
    assert all(sorted(o["ok"] for o in pair) == [False, True] for pair in outcomes)  # ... the other refused
    assert all("24" in o["refused"] for pair in outcomes for o in pair if not o["ok"])


@pytest.mark.parametrize("race", ["sqlite", "postgresql"], indirect=True)
def test_a_verified_entry_is_never_changed_by_a_racing_edit(race):
    database, at_once = race
    trainee = TraineeService(database.sessions).create("Ana", None)
    hours = HoursService(database.sessions)
    entries = [hours.add_entry(trainee.id, EntryData(dt.date(2026, 2, 1) + dt.timedelta(days=d), "2",
                                                     "experience", activity="original"), today=TODAY)
               for d in range(ROUNDS)]
    for entry in entries:
        at_once({"op": "verify", "entry": entry.id}, {"op": "update", "entry": entry.id, "hours": "3"})
    for entry in entries:
        after = hours.get(entry.id)
        assert after.verified_at is not None  # verifying an unverified entry always succeeds
        actions = [h.action for h in hours.history(entry_id=entry.id)]
        assert "update" not in actions[actions.index("verify"):], actions  # no change once verified
        verified = [h for h in hours.history(entry_id=entry.id) if h.action == "verify"][-1]
        assert str(after.hours) == verified.new_values["hours"] and after.activity == \
            verified.new_values["activity"]  # what was verified is what is stored


@pytest.mark.parametrize("race", ["sqlite", "postgresql"], indirect=True)
def test_an_exam_is_submitted_once(race):
    database, at_once = race
    catalog = load_catalog(bundled_content_dir())
    trainees = TraineeService(database.sessions)
    attempts = AttemptService(database.sessions, catalog)
    questions = list(catalog.questions.values())
    made = []
    for n in range(ROUNDS):
        trainee = trainees.create(f"Candidate {n}", None)  # a fresh trainee: no review cards yet
        attempt = attempts.start_practice(trainee.id, questions, 6, "Race", seed=n)
        for item in attempt.items[:-1]:
            attempts.answer(attempt.id, item.position, [1])
        made.append((trainee.id, attempt.id))
        at_once({"op": "answer_and_finish", "attempt": attempt.id, "position": len(attempt.items) - 1},
                {"op": "finish", "attempt": attempt.id})
    with database.sessions() as session:
        for trainee_id, attempt_id in made:
            row = session.get(Attempt, attempt_id)
            assert row.status == "finished"
            pairs = [(catalog.questions[i.question_id], i.chosen) for i in row.items]
            assert float(row.score_percent) == pytest.approx(score(pairs).percent, abs=0.01)  # answers froze
            missed = {q.id for q, chosen in pairs if not is_correct(q, chosen)}
            cards = session.execute(select(ReviewCard.question_id, ReviewCard.lapses)
                                    .where(ReviewCard.trainee_id == trainee_id)).all()
            assert {qid for qid, _ in cards} == missed
            assert all(lapses == 1 for _, lapses in cards), cards  # reviewed once, not once per seat
