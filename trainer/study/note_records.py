"""Progress notes a trainee writes for note exercises, kept in the note_attempt table.

A note is saved as a draft while it is written (the page saves it a moment after each edit,
so a crash loses at most that moment); a draft is an attempt whose rubric is not ticked yet
(`ticked` holds JSON null and the score 0). Checking the note against the rubric turns the
draft into a checked attempt; writing on after that starts a new draft, so every checked
version stays as it was checked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.content.scenario_schema import NOTE_FORMATS, NoteExercise
from trainer.store.models import NoteAttempt, utcnow
from trainer.study.conversations import score_note


class NoteAttemptInfo(NamedTuple):
    id: int
    trainee_id: int
    exercise_id: str
    exercise_hash: str
    format: str  # DAP, SOAP or BIRP
    text: str
    ticked: tuple[str, ...] | None  # None: a draft, not checked yet
    percent: float | None  # None for a draft
    written_at: dt.datetime

    @property
    def checked(self) -> bool:
        return self.ticked is not None


def _info(row: NoteAttempt) -> NoteAttemptInfo:
    ticked = None if row.ticked is None else tuple(row.ticked)
    percent = None if ticked is None else float(row.score_percent)
    return NoteAttemptInfo(row.id, row.trainee_id, row.exercise_id, row.exercise_hash, row.format, row.text,
                           ticked, percent, row.written_at)


def _known_format(note_format: str) -> str:
    if note_format not in NOTE_FORMATS:
        raise ValueError(f"unknown note format {note_format!r}")
    return note_format


class NoteRecords:
    """Each call opens its own session, so it may be used from any thread."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def save_draft(self, trainee_id: int, exercise: NoteExercise, note_format: str, text: str,
                   at: dt.datetime | None = None) -> NoteAttemptInfo:
        """Keep the note as written so far: the exercise's open draft is updated, or one begun."""
        _known_format(note_format)
        with self._sessions.begin() as session:
            row = self._open_draft(session, trainee_id, exercise.id)
            if row is None:
                row = NoteAttempt(trainee_id=trainee_id, exercise_id=exercise.id, ticked=None,
                                  score_percent=Decimal(0))
                session.add(row)
            row.exercise_hash, row.format, row.text = exercise.content_hash, note_format, text
            row.written_at = at or utcnow()
            session.flush()
            return _info(row)

    def check(self, trainee_id: int, exercise: NoteExercise, note_format: str, text: str,
              ticked: Iterable[str], at: dt.datetime | None = None) -> NoteAttemptInfo:
        """The trainee's check of the note against the rubric (score_note): the open draft
        becomes a checked attempt with this text, or a checked attempt is added."""
        _known_format(note_format)
        score = score_note(exercise, ticked)
        with self._sessions.begin() as session:
            row = self._open_draft(session, trainee_id, exercise.id)
            if row is None:
                row = NoteAttempt(trainee_id=trainee_id, exercise_id=exercise.id)
                session.add(row)
            row.exercise_hash, row.format, row.text = exercise.content_hash, note_format, text
            row.ticked = list(score.met)
            row.score_percent = Decimal(f"{score.percent:.2f}")
            row.written_at = at or utcnow()
            session.flush()
            return _info(row)

    def latest(self, trainee_id: int, exercise_id: str) -> NoteAttemptInfo | None:
        """The newest version of the trainee's note, draft or checked: what the editor reopens."""
        history = self.history(trainee_id, exercise_id)
        return history[0] if history else None

    def history(self, trainee_id: int, exercise_id: str | None = None,
                checked_only: bool = False) -> list[NoteAttemptInfo]:
        """The trainee's notes, newest first; only those of `exercise_id` if given."""
        query = select(NoteAttempt).where(NoteAttempt.trainee_id == trainee_id)
        if exercise_id is not None:
            query = query.where(NoteAttempt.exercise_id == exercise_id)
        with self._sessions() as session:
            rows = [_info(row) for row in session.scalars(
                query.order_by(NoteAttempt.written_at.desc(), NoteAttempt.id.desc()))]
        return [row for row in rows if row.checked] if checked_only else rows

    def best_scores(self, trainee_id: int) -> dict[str, float | None]:
        """Exercise id → the best checked score, or None for a note only drafted (the list)."""
        best: dict[str, float | None] = {}
        for note in self.history(trainee_id):
            if note.percent is None:
                best.setdefault(note.exercise_id, None)
            else:
                best[note.exercise_id] = max(note.percent, best.get(note.exercise_id) or 0.0)
        return best

    @staticmethod
    def _open_draft(session: Session, trainee_id: int, exercise_id: str) -> NoteAttempt | None:
        # JSON null cannot be compared in SQL on every database (PostgreSQL's json has no
        # equality): the trainee's few attempts at one exercise are looked through here.
        rows = session.scalars(select(NoteAttempt).where(
            NoteAttempt.trainee_id == trainee_id, NoteAttempt.exercise_id == exercise_id)
            .order_by(NoteAttempt.id.desc()))
        return next((row for row in rows if row.ticked is None), None)
