"""Progress notes in the database: a draft is kept as it is written and reopened; checking it
against the rubric keeps that version with its score; writing on starts a new draft
(SQLite and PostgreSQL)."""

import datetime as dt

import pytest

from trainer.content.scenario_schema import NOTE_RUBRIC, ModelNote, NoteExercise
from trainer.store.db import open_database
from trainer.study.note_records import NoteRecords
from trainer.study.trainees import TraineeService


def exercise(exercise_id="note-a", content_hash="h1"):
    model = ModelNote("2026-07-07, 60 minutes (4 units)", {"data": "D.", "assessment": "A.", "plan": "P."},
                      "M. Chen, 2026-07-07")
    return NoteExercise(exercise_id, "A note", "advocacy", 1, "DAP", "A contact.", "Goal 1: housing.", model,
                        content_hash=content_hash)


@pytest.fixture
def db(database_url):
    database = open_database(database_url)
    yield database
    database.dispose()


def test_a_draft_is_updated_in_place_and_reopens(db):
    ana = TraineeService(db.sessions).create("Ana", None)
    notes = NoteRecords(db.sessions)
    first = notes.save_draft(ana.id, exercise(), "DAP", "Data: she", at=dt.datetime(2026, 11, 1, 10, 0))
    second = notes.save_draft(ana.id, exercise(), "SOAP", "Subjective: she said", at=dt.datetime(2026, 11, 1, 10, 1))
    assert second.id == first.id and not second.checked and second.percent is None
    reopened = NoteRecords(db.sessions).latest(ana.id, "note-a")  # as after a crash and a new start
    assert reopened == second and reopened.format == "SOAP" and reopened.text == "Subjective: she said"
    assert notes.latest(ana.id, "note-b") is None
    assert notes.best_scores(ana.id) == {"note-a": None}


def test_checking_keeps_that_version_and_writing_on_starts_a_new_draft(db):
    ana = TraineeService(db.sessions).create("Ana", None)
    notes = NoteRecords(db.sessions)
    draft = notes.save_draft(ana.id, exercise(), "DAP", "Draft", at=dt.datetime(2026, 11, 1, 10, 0))
    checked = notes.check(ana.id, exercise(), "DAP", "Final text", ["signature", "date", "plan"],
                          at=dt.datetime(2026, 11, 1, 10, 5))
    assert checked.id == draft.id and checked.checked
    assert checked.ticked == ("date", "plan", "signature")  # the rubric's order
    assert checked.percent == pytest.approx(300 / len(NOTE_RUBRIC), abs=0.01) and checked.text == "Final text"
    later = notes.save_draft(ana.id, exercise(), "DAP", "Final text, revised", at=dt.datetime(2026, 11, 1, 10, 9))
    assert later.id != checked.id and not later.checked
    assert notes.latest(ana.id, "note-a") == later
    assert notes.history(ana.id, "note-a", checked_only=True) == [checked]
    again = notes.check(ana.id, exercise(), "DAP", "Final text, revised", NOTE_RUBRIC,
                        at=dt.datetime(2026, 11, 1, 10, 10))
    assert again.id == later.id and again.percent == 100.0
    assert notes.best_scores(ana.id) == {"note-a": 100.0}


def test_a_note_checked_without_a_draft_and_unknown_formats(db):
    trainees = TraineeService(db.sessions)
    ana, bo = trainees.create("Ana", None), trainees.create("Bo", None)
    notes = NoteRecords(db.sessions)
    checked = notes.check(ana.id, exercise(), "BIRP", "Behavior: ...", [], at=dt.datetime(2026, 11, 2))
    assert checked.percent == 0.0 and checked.ticked == ()
    assert notes.history(bo.id) == []
    with pytest.raises(ValueError, match="unknown note format"):
        notes.save_draft(ana.id, exercise(), "NARRATIVE", "text")
    with pytest.raises(ValueError, match="not on this checklist"):
        notes.check(ana.id, exercise(), "DAP", "text", ["a-feeling"])
    assert [n.id for n in notes.history(ana.id)] == [checked.id]
