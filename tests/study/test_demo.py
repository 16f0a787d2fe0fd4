"""The demo trainee: months of history made through the real services, deterministic and quick."""

import datetime as dt
import time

import pytest

from tests.ui.conftest import write_drill_bank
from trainer.services import open_services
from trainer.study.demo import DemoError, create_demo

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def services(settings):
    write_drill_bank(settings.content_dir)
    opened = open_services(settings)
    yield opened
    opened.close()


def test_demo_creates_months_of_history(services):
    started = time.perf_counter()
    summary = create_demo(services, today=TODAY)
    assert time.perf_counter() - started < 30
    trainee = services.trainees.find("Demo Trainee")
    assert trainee.id == summary.trainee_id and trainee.profile_id == "test-board"
    entries = services.hours.list_entries(trainee.id)
    assert len(entries) == summary.entries == 120
    assert {e.kind for e in entries} == {"training", "experience", "supervision"}
    assert {e.domain for e in entries if e.kind == "training"} == {
        "advocacy", "mentoring-education", "recovery-wellness", "ethical-responsibility"}
    assert min(e.date for e in entries) <= TODAY - dt.timedelta(days=150)
    assert max(e.date for e in entries) <= TODAY
    verified = [e for e in entries if e.verified]
    assert 0 < len(verified) == summary.verified < len(entries)
    exams = services.attempts.history(trainee.id, mode="exam")
    assert 6 <= len(exams) == summary.exams <= 8
    scores = [a.score_percent for a in exams]
    assert scores == sorted(scores) and scores[-1] > scores[0]
    assert exams[0].finished_at.date() < exams[-1].finished_at.date() - dt.timedelta(days=60)
    assert len(services.attempts.history(trainee.id, mode="practice")) == summary.practice_attempts >= 3
    status = services.progress.all_status(trainee.id, services.catalog.modules.values())
    assert sum(s.complete for s in status.values()) == summary.modules_complete >= 1
    assert len(services.attestations.met(trainee.id)) == summary.attestations == 2


def test_demo_is_deterministic_and_scales(services):
    first = create_demo(services, "One", seed=3, entries=40, today=TODAY)
    second = create_demo(services, "Two", seed=3, entries=40, today=TODAY)

    def shape(trainee_id):
        return [e.data() for e in services.hours.list_entries(trainee_id)], \
               [(e.verified_by is None) for e in services.hours.list_entries(trainee_id)]
    assert shape(first.trainee_id) == shape(second.trainee_id)
    big = create_demo(services, "Scale", seed=1, entries=2000, today=TODAY)
    assert len(services.hours.list_entries(big.trainee_id)) == 2000


def test_demo_refuses_an_existing_name(services):
    create_demo(services, "Taken", entries=5, today=TODAY)
    with pytest.raises(DemoError, match="already exists.*--trainee"):
        create_demo(services, "Taken", entries=5, today=TODAY)
