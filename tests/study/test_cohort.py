"""The cohort page's rows come from a few queries for every trainee at once; they must be exactly
what assessing each trainee on their own gives (SQLite and PostgreSQL)."""

import datetime as dt

import pytest
from sqlalchemy import update

from tests.conftest import BUNDLED_CONTENT
from trainer.config import Settings
from trainer.content.loader import load_catalog
from trainer.services import open_services
from trainer.store.models import AttemptItem, Trainee
from trainer.study.cohort import CohortRow, CohortService, Verdict, cohort_csv
from trainer.study.demo import create_demo
from trainer.study.hours import EntryData
from trainer.study.readiness import ReadinessService

TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(BUNDLED_CONTENT)


@pytest.fixture
def services(database_url, data_dir, catalog):
    opened = open_services(Settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, database_url=database_url),
                           catalog=catalog)
    yield opened
    opened.close()


def cohort_of(services) -> CohortService:
    return CohortService(lambda: services.catalog, lambda: services.database)


def one_by_one(services) -> list[CohortRow]:
    """The figures as the dashboard gets them: each trainee assessed through the services."""
    readiness = ReadinessService(lambda: services.catalog, services.overview)
    cohort = cohort_of(services)
    rows = []
    for trainee in services.trainees.all():
        profile = services.catalog.profiles.get(trainee.profile_id or "")
        totals = services.hours.totals(trainee.id)
        exams = readiness.exams(trainee.id)
        if profile is not None:
            assessed = readiness.assess(trainee.id, profile)
            ready, met, total = assessed.ready, assessed.met_count, assessed.total
            verdict = Verdict.READY if ready else Verdict.NOT_YET
        else:
            verdict, ready, met, total = Verdict.NO_PROFILE, False, 0, 0
        rows.append(CohortRow(trainee.id, trainee.name, profile.name if profile else "", verdict, ready, met, total,
                              {k: float(getattr(totals, k)) for k in ("training", "experience", "supervision")},
                              exams[-1].percent if exams else None, cohort.last_activity(trainee.id)))
    return rows


def test_cohort_rows_equal_each_trainee_assessed_alone(services):
    first = create_demo(services, "Ana Demo", entries=40, seed=3, today=TODAY)
    create_demo(services, "Bo Demo", entries=90, seed=9, today=TODAY)
    services.trainees.create("Cy New", "icrc-pr")  # nothing yet
    no_profile = services.trainees.create("Dee Unset", None)
    services.hours.add_entry(no_profile.id, EntryData(dt.date(2026, 5, 1), "3", "experience"), today=TODAY)
    # A question edited since it was answered is marked again from the options chosen.
    with services.database.sessions.begin() as session:
        session.execute(update(AttemptItem).where(AttemptItem.position < 5).values(question_hash="edited"))
        session.execute(update(Trainee).where(Trainee.id == first.trainee_id).values(name="Ana Demo"))

    batched, alone = cohort_of(services).rows(), one_by_one(services)
    assert [r.name for r in batched] == ["Ana Demo", "Bo Demo", "Cy New", "Dee Unset"]
    assert batched == alone
    ana = batched[0]
    assert ana.total > 0 and ana.last_exam is not None and ana.last_activity is not None
    assert batched[3].verdict is Verdict.NO_PROFILE and batched[3].hours["experience"] == 3.0
    assert {r.verdict for r in batched[:3]} == {Verdict.NOT_YET}
    assert cohort_csv(batched) == cohort_csv(alone)
    assert [line.split(",")[2] for line in cohort_csv(batched).splitlines()[1:]] == [
        "not yet ready", "not yet ready", "not yet ready", "no certification"]


def test_an_empty_cohort(services):
    assert cohort_of(services).rows() == []
