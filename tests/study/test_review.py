"""Spaced review: misses become fsrs cards; answering moves due dates forward."""

import datetime as dt

import pytest

from tests.study.test_attempts import catalog_with
from trainer.store.db import open_database
from trainer.study.attempts import AttemptService
from trainer.study.review import ReviewService
from trainer.study.trainees import TraineeService


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)

    def __call__(self):
        return self.now


@pytest.fixture
def setup(database_url):
    database = open_database(database_url)
    clock = Clock()
    review = ReviewService(database.sessions, now=clock)
    catalog = catalog_with({"advocacy": 12})
    attempts = AttemptService(database.sessions, catalog, on_missed=review.add_missed)
    trainee = TraineeService(database.sessions).create("Rae", None)
    yield review, attempts, catalog, trainee, clock
    database.dispose()


def test_missed_practice_questions_become_due_and_move_forward(setup):
    review, attempts, catalog, trainee, clock = setup
    attempt = attempts.start_practice(trainee.id, list(catalog.questions.values()), 10, "Mixed", seed=3)
    missed = []
    for item in attempt.items:
        right = list(catalog.questions[item.question_id].correct_indexes)
        if item.position < 3:  # miss the first three
            attempts.answer(attempt.id, item.position, [(right[0] + 1) % 4])
            missed.append(item.question_id)
        else:
            attempts.answer(attempt.id, item.position, right)
    attempts.finish(attempt.id)
    assert review.due_count(trainee.id) == 0  # fsrs relearning: due again after a short step
    clock.now += dt.timedelta(minutes=15)
    assert sorted(review.due_ids(trainee.id)) == sorted(missed)
    assert review.due_count(trainee.id) == 3

    first_due = review.due_at(trainee.id, missed[0])
    next_due = review.record(trainee.id, missed[0], "good")
    assert next_due > clock.now and next_due > first_due
    assert review.due_at(trainee.id, missed[0]) == next_due
    assert missed[0] not in review.due_ids(trainee.id)
    # A second good answer, when due, pushes it further than the first did.
    clock.now = next_due + dt.timedelta(minutes=1)
    later = review.record(trainee.id, missed[0], "good")
    assert later - clock.now > next_due - first_due
    # Again sends a card back to the short relearning step.
    again = review.record(trainee.id, missed[1], "again")
    assert again - clock.now <= dt.timedelta(minutes=10)


def test_review_cards_are_per_trainee(setup):
    review, _attempts, _catalog, trainee, clock = setup
    review.add_missed(trainee.id, ["adv-000"])
    clock.now += dt.timedelta(hours=1)
    assert review.due_ids(trainee.id) == ["adv-000"]
    assert review.due_ids(trainee.id + 999) == []
