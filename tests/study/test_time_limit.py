"""The exam time limit is the logic's rule: AttemptService keeps the clock (an injected one
here), refuses answers and flags after the time is up, stops the clock on a pause, and on
the next start submits an attempt whose time ran out while the app was closed."""

import datetime as dt

import pytest

from trainer.store.db import open_database
from trainer.study.attempt_clock import GRACE_SECONDS
from trainer.study.attempts import FINISHED, IN_PROGRESS, AttemptService, TimeUp
from trainer.study.trainees import TraineeService


class FakeClock:
    """Naive UTC, as the service stores it; moves only when told."""

    def __init__(self, start: dt.datetime = dt.datetime(2026, 5, 4, 9, 0)):
        self.moment = start

    def __call__(self) -> dt.datetime:
        return self.moment

    def advance(self, seconds: float) -> None:
        self.moment += dt.timedelta(seconds=seconds)


@pytest.fixture
def timed(database_url):
    from tests.study.test_attempts import catalog_with, profile

    database = open_database(database_url)
    clock = FakeClock()
    missed = []
    catalog = catalog_with({"advocacy": 20, "ethical-responsibility": 20})
    service = AttemptService(database.sessions, catalog, now=clock,
                             on_missed=lambda trainee_id, ids: missed.append(list(ids)))
    trainee = TraineeService(database.sessions).create("Ana", "p")
    exam = service.start_exam(trainee.id, profile(questions=10, minutes=20), seed=3)  # 1200 seconds
    yield service, clock, trainee, exam, missed
    database.dispose()


def test_an_answer_in_time_is_taken(timed):
    service, clock, _trainee, exam, _missed = timed
    clock.advance(1199)
    assert service.answer(exam.id, 0, [0]).chosen == (0,)
    assert service.flag(exam.id, 0, True).flagged
    assert service.load(exam.id).elapsed_seconds == 1199  # the write counted the clock


def test_after_the_time_answers_and_flags_are_refused_and_nothing_is_written(timed):
    service, clock, _trainee, exam, _missed = timed
    clock.advance(1200 + GRACE_SECONDS - 1)  # the last click, a moment late: still taken
    service.answer(exam.id, 0, [1])
    clock.advance(1)
    with pytest.raises(TimeUp) as refused:
        service.answer(exam.id, 1, [1])
    assert refused.value.attempt_id == exam.id
    with pytest.raises(TimeUp):
        service.flag(exam.id, 1, True)
    stored = service.load(exam.id)
    assert stored.items[1].chosen is None and not stored.items[1].flagged
    assert stored.status == IN_PROGRESS  # the UI submits it; the logic only refuses
    service.finish(exam.id)
    assert service.load(exam.id).status == FINISHED


def test_the_widget_cannot_give_itself_more_time(timed):
    """The time saved is the service's own count, whatever the runner believes."""
    service, clock, _trainee, exam, _missed = timed
    clock.advance(700)
    assert service.save_time(exam.id, position=0, item_seconds=5) == 700
    clock.advance(600)
    with pytest.raises(TimeUp):
        service.answer(exam.id, 0, [0])


def test_pausing_stops_the_clock_until_resumed(timed):
    service, clock, _trainee, exam, _missed = timed
    clock.advance(100)
    assert service.pause(exam.id, position=0, item_seconds=100) == 100
    clock.advance(5000)  # closed for well over the limit: it does not count
    resumed = service.resume(exam.id)
    assert resumed.status == IN_PROGRESS and resumed.elapsed_seconds == 100
    clock.advance(50)
    service.answer(exam.id, 0, [0])
    assert service.load(exam.id).elapsed_seconds == 150
    assert service.load(exam.id).items[0].seconds == 100


def test_a_crash_stops_the_clock_at_the_last_write(timed):
    service, clock, trainee, exam, _missed = timed
    clock.advance(300)
    service.answer(exam.id, 0, [0])  # then the app is killed: no pause
    clock.advance(3 * 3600)
    assert service.close_expired(trainee.id) == []  # 300 of 1200 seconds used: it stays
    resumed = service.resume(exam.id)
    assert resumed.elapsed_seconds == 300 and resumed.remaining_seconds == 900


def test_an_attempt_whose_time_ran_out_while_closed_is_submitted_on_start(timed):
    service, clock, trainee, exam, missed = timed
    clock.advance(600)
    service.answer(exam.id, 0, list(service._catalog.questions[exam.items[0].question_id].correct_indexes))
    clock.advance(601)
    service.save_time(exam.id)  # the runner's last tick, past the limit, then a crash
    clock.advance(3600)
    assert service.close_expired(trainee.id) == [exam.id]
    closed = service.load(exam.id)
    assert closed.status == FINISHED and closed.score_percent == 10.0
    assert closed.elapsed_seconds == 1201  # not the hour it lay closed
    assert missed == [[item.question_id for item in exam.items[1:]]]  # the misses go to review
    assert service.close_expired(trainee.id) == [] and missed == [missed[0]]  # once


def test_resuming_an_exam_whose_time_is_used_submits_it(timed):
    service, clock, _trainee, exam, missed = timed
    clock.advance(1200)
    service.pause(exam.id)  # closed exactly at the limit
    resumed = service.resume(exam.id)
    assert resumed.status == FINISHED and len(missed) == 1


def test_untimed_practice_has_no_limit(timed):
    service, clock, trainee, _exam, _missed = timed
    practice = service.start_practice(trainee.id, list(service._catalog.questions.values()), 5, "Mixed")
    clock.advance(10 * 3600)
    assert service.answer(practice.id, 0, [0]).chosen == (0,)
    assert service.flag(practice.id, 1, True).flagged
    assert service.save_time(practice.id) == 10 * 3600
    service.pause(practice.id)
    assert practice.id not in service.close_expired(trainee.id)
    assert service.resume(practice.id).status == IN_PROGRESS
