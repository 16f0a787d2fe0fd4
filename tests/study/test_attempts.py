"""Attempts: exams and practice stored answer by answer, resumable, scored."""

import datetime as dt

import pytest

from tests.study.test_exams import make_question
from tests.study.test_time_limit import FakeClock
from trainer.content.schema import Catalog, CertificationProfile, ExamBlueprint
from trainer.store.db import open_database
from trainer.study.attempts import AttemptError, AttemptService
from trainer.study.trainees import TraineeService

WEIGHTS = {"advocacy": 50, "ethical-responsibility": 50}


def catalog_with(per_domain: dict[str, int]) -> Catalog:
    catalog = Catalog()
    for domain, n in per_domain.items():
        for i in range(n):
            q = make_question(f"{domain[:3]}-{i:03d}", domain, correct=(i % 4,))
            catalog.questions[q.id] = q
    return catalog


def profile(questions=10, minutes=20) -> CertificationProfile:
    return CertificationProfile(
        id="p", name="Test", board="B", source="https://example.org", as_of=dt.date(2026, 1, 1),
        exam=ExamBlueprint(questions=questions, minutes=minutes, practice_pass_percent=70, weights=WEIGHTS))


@pytest.fixture
def setup(database_url):
    database = open_database(database_url)
    missed = []
    catalog = catalog_with({"advocacy": 20, "ethical-responsibility": 20})
    service = AttemptService(database.sessions, catalog, on_missed=lambda t, ids: missed.append((t, list(ids))))
    trainee = TraineeService(database.sessions).create("Ana", "p")
    yield service, catalog, trainee, missed, database
    database.dispose()


def _right_answer(catalog, qid):
    return list(catalog.questions[qid].correct_indexes)


def test_exam_is_stored_resumable_and_scored(setup):
    service, catalog, trainee, missed, database = setup
    service._now = clock = FakeClock()
    attempt = service.start_exam(trainee.id, profile(), seed=42)
    assert attempt.time_limit_seconds == 20 * 60 and len(attempt.items) == 10
    domains = [catalog.questions[i.question_id].domain for i in attempt.items]
    assert domains.count("advocacy") == 5 and domains.count("ethical-responsibility") == 5
    for item in attempt.items[:7]:
        service.answer(attempt.id, item.position, _right_answer(catalog, item.question_id), seconds=12)
    wrong = [(_right_answer(catalog, attempt.items[7].question_id)[0] + 1) % 4]
    service.answer(attempt.id, 7, wrong)
    service.flag(attempt.id, 3, True)
    clock.advance(300)
    assert service.save_time(attempt.id, position=3, item_seconds=40) == 300

    resumed = service.resumable(trainee.id)  # e.g. after a crash
    assert resumed.id == attempt.id
    assert [i.question_id for i in resumed.items] == [i.question_id for i in attempt.items]
    assert [i.option_order for i in resumed.items] == [i.option_order for i in attempt.items]
    assert resumed.items[7].chosen == tuple(wrong)
    assert resumed.flagged() == [3] and resumed.unanswered() == [8, 9]
    assert resumed.elapsed_seconds == 300 and resumed.remaining_seconds == 900
    assert resumed.items[3].seconds == 40

    result = service.finish(attempt.id)
    assert (result.correct, result.total) == (7, 10)
    assert result.percent == 70.0 and result.passed(70)
    assert sum(d.total for d in result.by_domain.values()) == 10
    assert service.resumable(trainee.id) is None
    assert service.history(trainee.id)[0].score_percent == 70.0
    assert missed and set(missed[0][1]) == {attempt.items[p].question_id for p in (7, 8, 9)}
    with pytest.raises(AttemptError, match="already finished"):
        service.answer(attempt.id, 0, [0])


def test_same_seed_same_exam_and_recent_questions_avoided(setup):
    service, _catalog, trainee, _missed, _db = setup
    a = service.check_exam(trainee.id, profile(), seed=7).plan
    b = service.check_exam(trainee.id, profile(), seed=7).plan
    assert a == b
    first = service.start_exam(trainee.id, profile(), seed=7)
    service.finish(first.id)
    second = service.start_exam(trainee.id, profile(), seed=8)
    assert not {i.question_id for i in first.items} & {i.question_id for i in second.items}


def test_short_bank_is_said_before_the_exam_starts(setup):
    service, _catalog, trainee, _missed, _db = setup
    check = service.check_exam(trainee.id, profile(questions=60))
    assert not check.plan.complete and check.largest_possible == 40
    with pytest.raises(AttemptError, match="A 40-question exam is possible"):
        service.start_exam(trainee.id, profile(questions=60))
    shorter = service.start_exam(trainee.id, profile(questions=60, minutes=120), size=40)
    assert len(shorter.items) == 40 and shorter.time_limit_seconds == 80 * 60


def test_practice_marks_answers_at_once(setup):
    service, catalog, trainee, _missed, _db = setup
    questions = [q for q in catalog.questions.values() if q.domain == "advocacy"]
    attempt = service.start_practice(trainee.id, questions, 10, "Advocacy")
    assert attempt.mode == "practice" and attempt.time_limit_seconds is None and len(attempt.items) == 10
    first = attempt.items[0]
    assert service.answer(attempt.id, 0, _right_answer(catalog, first.question_id)).correct is True
    assert service.load(attempt.id).items[0].correct is True
    with pytest.raises(AttemptError, match="no questions"):
        service.start_practice(trainee.id, [], 10, "Empty")
