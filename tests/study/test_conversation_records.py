"""The conversation records in the database (SQLite and PostgreSQL): each choice is written as
it is made, so a run cut off by a crash reopens where it stopped; finished runs keep their
codes."""

import datetime as dt

import pytest
from sqlalchemy.exc import IntegrityError

from tests.content.test_scenarios import BASE, load_with
from trainer.operations import Change
from trainer.operations.conversations import (
    choose,
    leave_run,
    start_run,
)
from trainer.store.db import open_database
from trainer.study.conversation_records import ConversationMode, ConversationRecords, resumed
from trainer.study.conversations import (
    ConversationRun,
    RunError,
    finished_scenarios,
    replay,
    summarise_steps,
)
from trainer.study.trainees import TraineeService

T0 = dt.datetime(2026, 12, 1, 9, 0)


@pytest.fixture
def scenario(small_content):
    catalog, problems = load_with(small_content, BASE)
    assert problems == []
    return catalog.scenarios["practice-talk"]


@pytest.fixture
def setup(database_url):
    database = open_database(database_url)
    trainee = TraineeService(database.sessions).create("Ana", "p")
    yield ConversationRecords(database.sessions), trainee.id, database
    database.dispose()


def test_each_choice_is_written_when_made_and_the_ending_finishes_the_run(setup, scenario):
    records, trainee_id, _ = setup
    done = start_run(records, trainee_id, scenario, ConversationMode.PRACTICE)
    assert done.changes == Change.CONVERSATIONS
    saved = done.value
    assert saved.record.steps == () and not saved.finished
    run = ConversationRun(scenario)
    outcome = choose(records, saved.id, run, 2).value  # open question -> other
    assert outcome.node.id == "other" and not outcome.finished
    stored = records.saved_run(saved.id)
    assert [s.node_id for s in stored.record.steps] == ["open"]  # written before the next choice
    assert not stored.finished
    choose(records, saved.id, run, 1)  # affirmation -> end-good
    stored = records.saved_run(saved.id)
    assert stored.completed and stored.record.ending_id == "end-good" and stored.record.finished_at
    assert stored.record.steps == run.steps
    assert summarise_steps(stored.record.steps) == run.summary()
    assert finished_scenarios(records, trainee_id) == {"practice-talk"}
    assert records.latest_completed(trainee_id).id == saved.id


def test_a_choice_that_is_not_possible_writes_nothing(setup, scenario):
    records, trainee_id, _ = setup
    saved = start_run(records, trainee_id, scenario, ConversationMode.ASSESSMENT).value
    run = ConversationRun(scenario)
    with pytest.raises(RunError):
        choose(records, saved.id, run, 7)
    assert records.saved_run(saved.id).record.steps == () and run.steps == ()
    assert records.saved_run(saved.id).mode is ConversationMode.ASSESSMENT


def test_a_step_cannot_be_written_twice(setup, scenario):
    records, trainee_id, _ = setup
    saved = records.start(trainee_id, scenario, ConversationMode.PRACTICE)
    step = replay(scenario, [0]).steps[0]
    records.add_step(saved.id, 0, step)
    with pytest.raises(IntegrityError):
        records.add_step(saved.id, 0, step)
    assert len(records.saved_run(saved.id).record.steps) == 1


def test_a_run_cut_off_by_a_crash_reopens_where_it_stopped(database_url, scenario):
    database = open_database(database_url)
    trainee_id = TraineeService(database.sessions).create("Ana", "p").id
    records = ConversationRecords(database.sessions)
    saved = start_run(records, trainee_id, scenario, ConversationMode.PRACTICE).value
    run = ConversationRun(scenario)
    choose(records, saved.id, run, 0)  # simple reflection -> middle
    database.dispose()  # the app goes away mid-conversation

    database = open_database(database_url)
    records = ConversationRecords(database.sessions)
    again = records.unfinished(trainee_id, "practice-talk")
    assert again is not None and again.id == saved.id
    run = resumed(scenario, again)
    assert run.current.id == "middle" and run.steps == again.record.steps
    choose(records, again.id, run, 0)
    assert records.unfinished(trainee_id, "practice-talk") is None
    assert records.saved_run(saved.id).record.ending_id == "end-good"
    database.dispose()


def test_starting_again_leaves_the_unfinished_run_kept_but_closed(setup, scenario):
    records, trainee_id, _ = setup
    first = start_run(records, trainee_id, scenario, ConversationMode.PRACTICE).value
    choose(records, first.id, ConversationRun(scenario), 1)
    second = start_run(records, trainee_id, scenario, ConversationMode.PRACTICE, leaving=first.id).value
    assert records.unfinished(trainee_id, "practice-talk").id == second.id
    left = records.saved_run(first.id)
    assert left.finished and not left.completed and len(left.record.steps) == 1
    assert leave_run(records, second.id).changes == Change.CONVERSATIONS
    assert records.unfinished(trainee_id, "practice-talk") is None
    assert finished_scenarios(records, trainee_id) == set()
    assert [r.id for r in records.saved_runs(trainee_id, "practice-talk")] == [first.id, second.id]


def test_a_run_whose_scenario_changed_its_path_cannot_resume(setup, scenario):
    records, trainee_id, _ = setup
    saved = records.start(trainee_id, scenario, ConversationMode.PRACTICE)
    records.add_step(saved.id, 0, replay(scenario, [0]).steps[0])
    edited = scenario._replace(nodes={**scenario.nodes, "open": scenario.nodes["open"]._replace(
        choices=(scenario.nodes["open"].choices[2],) * 3)}, content_hash="changed")
    assert resumed(edited, records.saved_run(saved.id)) is None
    assert resumed(scenario, records.saved_run(saved.id)).current.id == "middle"


def test_whole_runs_are_kept_as_the_history_protocol_says(setup, scenario):
    records, trainee_id, _ = setup
    run = replay(scenario, [1, 1])
    recorded = records.record(run.record(trainee_id, T0, T0 + dt.timedelta(minutes=4)))
    assert recorded.run_id and recorded.scenario_id == "practice-talk"
    [kept] = records.runs(trainee_id, "practice-talk")
    assert kept.steps == run.steps and kept.ending_id == "end-flat" and kept.started_at == T0
    assert records.runs(trainee_id, "other-scenario") == []


def test_the_dashboard_read_finds_the_latest_run_taken_to_an_ending(setup, scenario):
    """The plain-SQL read the Dashboard's skills card uses agrees with the records."""
    import contextlib

    from trainer.store import reads
    from trainer.study.overview import Overview

    records, trainee_id, database = setup

    @contextlib.contextmanager
    def reader():
        with database.sessions() as session:
            yield reads.session_reader(session)

    overview = Overview(reader)
    assert overview.latest_conversation(trainee_id) is None
    records.record(replay(scenario, [2, 1]).record(trainee_id, T0, T0 + dt.timedelta(minutes=3)))
    records.record(replay(scenario, [1, 1]).record(trainee_id, T0, T0 + dt.timedelta(minutes=9)))
    unfinished = records.start(trainee_id, scenario, ConversationMode.PRACTICE)
    records.add_step(unfinished.id, 0, replay(scenario, [0]).steps[0])
    scenario_id, finished_at, steps = overview.latest_conversation(trainee_id)
    assert (scenario_id, finished_at) == ("practice-talk", T0 + dt.timedelta(minutes=9))
    assert steps == [("advice-without-permission", "change"), ("closed-question", "sustain")]
