"""Reflection-drill self-ratings in the database: kept as typed, scored against the checklist,
listed per drill newest first, summed up per trainee for the cohort (SQLite and PostgreSQL)."""

import datetime as dt

import pytest

from trainer.content.scenario_schema import DRILL_CHECKLIST, ModelReflection, ReflectionDrill
from trainer.store.db import open_database
from trainer.study.drill_records import DrillRecordError, DrillRecords, cohort_drill_summaries
from trainer.study.trainees import TraineeService

MEANING, NO_QUESTION, NO_ADVICE = DRILL_CHECKLIST


def drill(drill_id="drill-a", content_hash="h1"):
    models = (ModelReflection("You feel judged.", "complex-reflection"),
              ModelReflection("Your boss brings it up.", "simple-reflection"))
    return ReflectionDrill(drill_id, "A drill", "recovery-wellness", 1, "My boss is on my back.", models,
                           content_hash=content_hash)


@pytest.fixture
def db(database_url):
    database = open_database(database_url)
    yield database
    database.dispose()


def test_rate_keeps_the_reflection_and_scores_the_ticks(db):
    ana = TraineeService(db.sessions).create("Ana", None)
    records = DrillRecords(db.sessions)
    at = dt.datetime(2026, 11, 2, 9, 30)
    rating = records.rate(ana.id, drill(), "  You feel he judges you.  ", [NO_ADVICE, MEANING], at=at)
    assert rating.reflection == "You feel he judges you."
    assert rating.ticked == (MEANING, NO_ADVICE)  # the checklist's order, whatever the ticking order
    assert rating.percent == pytest.approx(200 / 3, abs=0.01)
    assert rating.drill_hash == "h1" and rating.rated_at == at
    assert records.history(ana.id, "drill-a") == [rating]


def test_history_is_per_drill_newest_first_and_per_trainee(db):
    trainees = TraineeService(db.sessions)
    ana, bo = trainees.create("Ana", None), trainees.create("Bo", None)
    records = DrillRecords(db.sessions)
    first = records.rate(ana.id, drill(), "One.", [], at=dt.datetime(2026, 11, 1))
    second = records.rate(ana.id, drill(), "Two.", DRILL_CHECKLIST, at=dt.datetime(2026, 11, 3))
    other = records.rate(ana.id, drill("drill-b"), "Three.", [MEANING], at=dt.datetime(2026, 11, 2))
    records.rate(bo.id, drill(), "Bo's.", [MEANING], at=dt.datetime(2026, 11, 4))
    assert [r.id for r in records.history(ana.id, "drill-a")] == [second.id, first.id]
    assert [r.id for r in records.history(ana.id)] == [second.id, other.id, first.id]
    assert records.rated_drills(ana.id) == {"drill-a": 2, "drill-b": 1}
    assert second.percent == 100.0 and first.percent == 0.0


def test_refuses_an_empty_reflection_and_unknown_items(db):
    ana = TraineeService(db.sessions).create("Ana", None)
    records = DrillRecords(db.sessions)
    with pytest.raises(DrillRecordError) as refused:
        records.rate(ana.id, drill(), "   ", [MEANING])
    assert "Type your reflection first" in str(refused.value)
    with pytest.raises(ValueError, match="not on this checklist"):
        records.rate(ana.id, drill(), "Fine.", ["asks-a-question"])
    assert records.history(ana.id) == []


def test_cohort_summaries_count_each_item(db):
    trainees = TraineeService(db.sessions)
    ana, bo, cy = (trainees.create(name, None) for name in ("Ana", "Bo", "Cy"))
    records = DrillRecords(db.sessions)
    records.rate(ana.id, drill(), "One.", [MEANING, NO_QUESTION], at=dt.datetime(2026, 11, 1))
    records.rate(ana.id, drill("drill-b"), "Two.", DRILL_CHECKLIST, at=dt.datetime(2026, 11, 5))
    records.rate(bo.id, drill(), "Bo's.", [NO_ADVICE], at=dt.datetime(2026, 11, 2))
    with db.sessions() as session:
        summaries = cohort_drill_summaries(session)
    assert cy.id not in summaries
    ana_summary = summaries[ana.id]
    assert (ana_summary.ratings, ana_summary.drills) == (2, 2)
    assert ana_summary.mean_percent == pytest.approx((200 / 3 + 100) / 2, abs=0.01)
    assert ana_summary.ticked == {MEANING: 2, NO_QUESTION: 2, NO_ADVICE: 1}
    assert ana_summary.last_rated_at == dt.datetime(2026, 11, 5)
    assert summaries[bo.id].ticked == {MEANING: 0, NO_QUESTION: 0, NO_ADVICE: 1}
    assert records.summary(ana.id) == ana_summary and records.summary(cy.id) is None


def test_cohort_rows_carry_each_trainees_self_ratings(db):
    from tests.conftest import SMALL_CONTENT
    from trainer.content.loader import load_catalog
    from trainer.study.cohort import CohortService

    trainees = TraineeService(db.sessions)
    ana, bo = trainees.create("Ana", None), trainees.create("Bo", None)
    records = DrillRecords(db.sessions)
    records.rate(ana.id, drill(), "One.", [MEANING], at=dt.datetime(2026, 11, 1))
    newest = records.rate(ana.id, drill("drill-b"), "Two.", DRILL_CHECKLIST, at=dt.datetime(2026, 11, 2))
    catalog = load_catalog(SMALL_CONTENT)
    cohort = CohortService(lambda: catalog, lambda: db)
    rows = {row.name: row for row in cohort.rows()}
    assert rows["Ana"].drills == records.summary(ana.id) and rows["Ana"].drills.ratings == 2
    assert rows["Bo"].drills is None
    assert rows["Ana"].last_activity == dt.datetime(2026, 11, 2) == cohort.last_activity(ana.id)  # rating is activity
    assert cohort.drill_ratings(ana.id)[0] == newest and cohort.drill_ratings(bo.id) == []
