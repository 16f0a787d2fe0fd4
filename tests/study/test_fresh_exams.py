"""Honest readiness: exams prefer questions not seen recently, record how many were fresh, and
readiness counts a simulation only when most of it was fresh."""

import datetime as dt

from tests.study.test_attempts import catalog_with, profile
from trainer.store import reads
from trainer.store.db import open_database
from trainer.study.attempts import EXAM, RECENT_DAYS, AttemptService
from trainer.study.readiness import MET, ExamResult, exam_readiness, exam_results
from trainer.study.trainees import TraineeService

NOW = dt.datetime(2026, 11, 20, 12, 0)


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def _setup(database_url, per_domain=20):
    database = open_database(database_url)
    catalog = catalog_with({"advocacy": per_domain, "ethical-responsibility": per_domain})
    clock = Clock(NOW)
    service = AttemptService(database.sessions, catalog, now=clock)
    trainee = TraineeService(database.sessions).create("Ana", "p")
    return database, catalog, service, trainee.id, clock


def _answer_all(service, catalog, attempt, right=True):
    for item in attempt.items:
        chosen = list(catalog.questions[item.question_id].correct_indexes)
        service.answer(attempt.id, item.position, chosen if right else [(chosen[0] + 1) % 4])
    service.finish(attempt.id)


def _practise(service, catalog, trainee_id, ids):
    attempt = service.start_practice(trainee_id, [catalog.questions[i] for i in ids], None, "Drill", seed=1)
    _answer_all(service, catalog, attempt)


def _exam_results(database, catalog, trainee_id):
    with database.sessions() as session:
        reader = reads.session_reader(session)
        attempts = reads.finished_attempts(reader, trainee_id, EXAM)
        items = reads.finished_items(reader, trainee_id, EXAM, ("question_id", "question_hash", "chosen", "correct"))
    return exam_results(attempts, items, catalog.questions)


def test_an_exam_draws_questions_not_answered_recently_and_records_how_many(database_url):
    database, catalog, service, trainee_id, _clock = _setup(database_url)
    try:
        seen = sorted(catalog.questions)[::2][:16]  # 8 per domain answered in practice today
        _practise(service, catalog, trainee_id, seen)
        exam = service.start_exam(trainee_id, profile(), seed=3)
        assert not {i.question_id for i in exam.items} & set(seen)
        assert exam.fresh == 10
        assert service.load(exam.id).fresh == 10
    finally:
        database.dispose()


def test_a_memorised_bank_gives_an_exam_that_does_not_count(database_url):
    database, catalog, service, trainee_id, _clock = _setup(database_url, per_domain=5)
    try:
        _practise(service, catalog, trainee_id, sorted(catalog.questions))  # the whole bank, just now
        for seed in (1, 2, 3):
            exam = service.start_exam(trainee_id, profile(), seed=seed)
            assert exam.fresh == 0
            _answer_all(service, catalog, exam)  # 100 %: remembered, not known
        results = _exam_results(database, catalog, trainee_id)
        assert [(r.percent, r.fresh, r.asked) for r in results] == [(100.0, 0, 10)] * 3
        readiness = exam_readiness(results, 70)
        assert readiness.status != MET and readiness.recent == ()
        assert readiness.not_counted == 3 and not readiness.latest_counted
        assert service.history(trainee_id, EXAM)[-1].fresh == 0
    finally:
        database.dispose()


def test_answers_older_than_the_recent_window_are_fresh_again(database_url):
    database, catalog, service, trainee_id, clock = _setup(database_url, per_domain=5)
    try:
        _practise(service, catalog, trainee_id, sorted(catalog.questions))
        clock.now = NOW + dt.timedelta(days=RECENT_DAYS - 1)
        assert service.seen_recently(trainee_id) == set(catalog.questions)
        clock.now = NOW + dt.timedelta(days=RECENT_DAYS, minutes=1)
        assert service.seen_recently(trainee_id) == set()
        exam = service.start_exam(trainee_id, profile(), seed=5)
        assert exam.fresh == 10
        _answer_all(service, catalog, exam)
        assert _exam_results(database, catalog, trainee_id)[0].counts_for_readiness
    finally:
        database.dispose()


def _result(n, percent, fresh, asked=10):
    return ExamResult(n, dt.datetime(2026, 10, n), percent, {"advocacy": percent}, {"advocacy": (8, 10)},
                      fresh, asked)


def test_readiness_counts_only_mostly_fresh_simulations():
    mostly_fresh = [_result(n, 80.0, 6) for n in (1, 2, 3)]
    assert exam_readiness(mostly_fresh, 70).status == MET
    half = [_result(n, 80.0, 5) for n in (1, 2, 3)]  # exactly half is not "most"
    readiness = exam_readiness(half, 70)
    assert readiness.status != MET and readiness.not_counted == 3
    mixed = [_result(1, 75.0, 9), _result(2, 60.0, 2), _result(3, 78.0, 8), _result(4, 95.0, 1),
             _result(5, 81.0, 10)]
    readiness = exam_readiness(mixed, 70)
    assert readiness.recent == (75.0, 78.0, 81.0) and readiness.status == MET
    assert readiness.recent_fresh == ((9, 10), (8, 10), (10, 10))
    assert readiness.not_counted == 2 and readiness.latest_counted


def test_exams_from_before_freshness_was_recorded_still_count():
    legacy = [_result(n, 80.0, None) for n in (1, 2, 3)]
    readiness = exam_readiness(legacy, 70)
    assert readiness.status == MET and readiness.recent_fresh == ((None, 10),) * 3
