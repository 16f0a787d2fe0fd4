"""The start-up reads (store.reads through study.overview) agree with the services, on a
plain sqlite3 connection before the storage layer opens and on SQLite and PostgreSQL after."""

import datetime as dt
import threading
import time
from decimal import Decimal

import pytest

from tests.ui.conftest import write_drill_bank
from trainer.config import resolve_settings
from trainer.services import open_services, rotate_log
from trainer.store import db, sqlite_file
from trainer.study.demo import create_demo
from trainer.study.readiness import ReadinessService, exam_results
from trainer.study.review import ReviewService

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def seeded_settings(data_dir, small_content, database_url):
    """A demo trainee with months of history, an unfinished practice and due review cards."""
    write_drill_bank(small_content)
    settings = resolve_settings(data_dir=data_dir, content_dir=small_content, database_url=database_url,
                                environ={})
    services = open_services(settings)
    try:
        summary = create_demo(services, today=TODAY)
        services.trainees.create("Second Trainee", None)
        questions = list(services.catalog.questions.values())[:3]
        services.attempts.start_practice(summary.trainee_id, questions, None, "Unfinished", seed=1)
        missed_long_ago = ReviewService(services.database.sessions, now=lambda: dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        missed_long_ago.add_missed(summary.trainee_id, [q.id for q in questions])  # due by now
    finally:
        services.close()
    return settings, summary.trainee_id


def _snapshot(services, trainee_id):
    overview, catalog = services.overview, services.catalog
    profile = catalog.profiles[overview.trainee(trainee_id).profile_id]
    return {
        "trainee": overview.trainee(trainee_id), "missing": overview.trainee(trainee_id + 999),
        "trainees": overview.trainees(), "due": overview.due_count(trainee_id),
        "resumable": overview.has_resumable(trainee_id), "totals": overview.hours_totals(trainee_id),
        "attested": overview.attested(trainee_id),
        "modules": overview.module_status(trainee_id, catalog.modules.values()),
        "readiness": ReadinessService(lambda: services.catalog, services.overview).assess(trainee_id, profile),
    }


def _through_services(services, trainee_id):
    """The same figures the long way: the services' own methods and full re-scoring."""
    catalog = services.catalog
    trainee = services.trainees.get(trainee_id)
    return {
        "trainee": trainee, "missing": services.trainees.get(trainee_id + 999),
        "trainees": services.trainees.all(), "due": services.review.due_count(trainee_id),
        "resumable": services.attempts.resumable(trainee_id) is not None,
        "totals": services.hours.totals(trainee_id),
        "attested": services.attestations.met(trainee_id),
        "modules": services.progress.all_status(trainee_id, catalog.modules.values()),
    }


def test_overview_reads_match_the_services(seeded_settings):
    settings, trainee_id = seeded_settings
    deferred = open_services(settings, defer_storage=True)
    try:
        is_sqlite = settings.database_url.startswith("sqlite")
        assert deferred.storage_open is not is_sqlite  # SQLite waits; a shared server opens at once
        quick = _snapshot(deferred, trainee_id)
        assert deferred.storage_open is not is_sqlite  # reading did not open the storage layer
    finally:
        deferred.close()
    full = open_services(settings)
    try:
        expected = _through_services(full, trainee_id)
        assert {k: quick[k] for k in expected} == expected
        assert expected["due"] == 3 and expected["resumable"] and len(expected["trainees"]) == 2
        assert expected["attested"] and sum(s.complete for s in expected["modules"].values()) >= 1
        assert quick["readiness"] == _snapshot(full, trainee_id)["readiness"]
        # How fresh each counted simulation was reads the same both ways, and was recorded.
        fresh = quick["readiness"].exam.recent_fresh
        assert fresh and all(f is not None and f <= asked for f, asked in fresh)
        # Exam scores from stored answers equal a full re-scoring of every exam.
        exams = ReadinessService(lambda: full.catalog, full.overview).exams(trainee_id)
        rescored = [full.attempts.score_view(v) for v in full.attempts.history(trainee_id, "exam")]
        assert len(exams) >= 6
        assert [round(e.percent, 6) for e in exams] == [round(s.percent, 6) for s in rescored]
        assert [e.domain_counts for e in exams] == [
            {d: (x.correct, x.total) for d, x in s.by_domain.items()} for s in rescored]
    finally:
        full.close()


def test_a_write_opens_the_storage_layer_and_later_reads_see_it(seeded_settings, monkeypatch):
    settings, trainee_id = seeded_settings
    if not settings.database_url.startswith("sqlite"):
        pytest.skip("only SQLite starts on a plain connection")
    checks = []
    for module in (sqlite_file, db):
        real = module.check_integrity
        monkeypatch.setattr(module, "check_integrity", lambda path, real=real: checks.append(path) or real(path))
    services = open_services(settings, defer_storage=True)
    try:
        before = services.overview.hours_totals(trainee_id).supervision
        assert not services.storage_open
        from trainer.study.hours import EntryData

        services.hours.add_entry(trainee_id, EntryData(TODAY, "1.5", "supervision", supervisor="Pat Lee"),
                                 today=TODAY)
        assert services.storage_open and services._quick is None
        assert len(checks) == 1  # the file was read through once, at start, not again on opening
        assert services.overview.hours_totals(trainee_id).supervision == before + Decimal("1.5")
    finally:
        services.close()


def test_exam_results_trust_stored_marks_only_for_unchanged_questions(seeded_settings):
    settings, _ = seeded_settings
    services = open_services(settings)
    try:
        question = next(q for q in services.catalog.questions.values() if q.type == "single")
        wrong = [i for i in range(len(question.options)) if i not in question.correct_indexes][:1]
        attempt = {"id": 1, "profile_id": None, "finished_at": dt.datetime(2026, 1, 1), "started_at": None}
        stale = [(1, 0, question.id, "an older version", wrong, True)]  # marked right when it was
        same = [(1, 0, question.id, question.content_hash, wrong, True)]
        gone = [(1, 0, "no-such-question", question.content_hash, wrong, True)]
        assert exam_results([attempt], stale, services.catalog.questions)[0].percent == 0.0
        assert exam_results([attempt], same, services.catalog.questions)[0].percent == 100.0
        assert exam_results([attempt], gone, services.catalog.questions)[0].percent == 0.0
        other = dict(attempt, profile_id="another-profile")
        assert exam_results([other], same, services.catalog.questions, "test-board") == []
    finally:
        services.close()


def test_log_rotates_at_its_limit(tmp_path):
    log = tmp_path / "trainer.log"
    log.write_text("x" * 50)
    rotate_log(log, keep=2, limit=100)
    assert log.exists() and not (tmp_path / "trainer.log.1").exists()
    for round_ in range(3):
        log.write_text(str(round_) * 200)
        rotate_log(log, keep=2, limit=100)
    assert not log.exists()
    assert (tmp_path / "trainer.log.1").read_text() == "2" * 200
    assert (tmp_path / "trainer.log.2").read_text() == "1" * 200
    assert not (tmp_path / "trainer.log.3").exists()


def test_the_first_open_waits_for_a_running_preload(seeded_settings, monkeypatch):
    settings, trainee_id = seeded_settings
    if not settings.database_url.startswith("sqlite"):
        pytest.skip("only SQLite starts on a plain connection")
    services = open_services(settings, defer_storage=True)
    order = []

    def slow_preload():
        time.sleep(0.3)
        order.append("preloaded")

    monkeypatch.setattr(services, "load_storage_modules", slow_preload)
    try:
        work = services.preload_work()  # as the window starts it on the background helper
        thread = threading.Thread(target=work)
        thread.start()
        assert services.trainees.get(trainee_id) is not None  # opens the storage layer
        order.append("opened")
        assert order == ["preloaded", "opened"]
        thread.join()
    finally:
        services.close()
