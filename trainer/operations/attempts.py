"""The Practice page's writes: starting, answering, flagging, the clock, finishing, leaving,
rating a review, and submitting the exams whose time ran out while the app was closed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from trainer.content.schema import Catalog, CertificationProfile, Question
from trainer.operations.changes import Change, Done
from trainer.study.attempts import FINISHED, REVIEW, AttemptService, AttemptView, ItemView, Score
from trainer.study.review import ReviewService

SUBMITTED = Change.ATTEMPTS | Change.REVIEW  # a submitted attempt's missed questions join the review queue


def start_exam(attempts: AttemptService, trainee_id: int, profile: CertificationProfile,
               size: int | None = None) -> Done[AttemptView]:
    return Done(attempts.start_exam(trainee_id, profile, size=size), Change.ATTEMPTS)


def start_practice(attempts: AttemptService, trainee_id: int, questions: Sequence[Question],
                   length: int | None, title: str) -> Done[AttemptView]:
    return Done(attempts.start_practice(trainee_id, questions, length, title), Change.ATTEMPTS)


def start_review(attempts: AttemptService, review: ReviewService, catalog: Catalog, trainee_id: int,
                 title: str) -> Done[AttemptView | None]:
    """A review set of the questions due now; None (nothing changed) when none is due."""
    due = [catalog.questions[q] for q in review.due_ids(trainee_id) if q in catalog.questions]
    if not due:
        return Done(None)
    return Done(attempts.start_practice(trainee_id, due, None, title, mode=REVIEW), Change.ATTEMPTS)


def resume(attempts: AttemptService, attempt_id: int) -> Done[AttemptView]:
    """Open an unfinished attempt, its clock running; it comes back finished (submitted) if
    its time had run out."""
    view = attempts.resume(attempt_id)
    return Done(view, SUBMITTED if view.status == FINISHED else Change.ATTEMPTS)


def answer(attempts: AttemptService, attempt_id: int, position: int, chosen: Sequence[int],
           seconds: int | None = None) -> Done[ItemView]:
    """Raises TimeUp after a timed attempt's time: the caller submits it."""
    return Done(attempts.answer(attempt_id, position, chosen, seconds), Change.ATTEMPTS)


def flag(attempts: AttemptService, attempt_id: int, position: int, flagged: bool) -> Done[ItemView]:
    """Raises TimeUp after a timed attempt's time: the caller submits it."""
    return Done(attempts.flag(attempt_id, position, flagged), Change.ATTEMPTS)


def save_time(attempts: AttemptService, attempt_id: int, position: int | None = None,
              item_seconds: int | None = None) -> Done[int]:
    """The running clock's bookkeeping (every few seconds, and on each move): nothing any
    other page shows changes, so nothing is announced. Returns the seconds used."""
    return Done(attempts.save_time(attempt_id, position, item_seconds))


def pause(attempts: AttemptService, attempt_id: int, position: int | None = None,
          item_seconds: int | None = None) -> Done[int]:
    """Leaving the attempt or closing the window: the clock stops until it is resumed."""
    return Done(attempts.pause(attempt_id, position, item_seconds), Change.ATTEMPTS)


def finish(attempts: AttemptService, attempt_id: int) -> Done[Score]:
    return Done(attempts.finish(attempt_id), SUBMITTED)


def abandon(attempts: AttemptService, attempt_id: int) -> Done[None]:
    attempts.abandon(attempt_id)
    return Done(None, Change.ATTEMPTS)


def close_expired(attempts: AttemptService, trainee_id: int) -> Done[list[int]]:
    """At start (or when a trainee is chosen): submit the trainee's exams whose time ran out
    while the app was closed. Returns their ids."""
    closed = attempts.close_expired(trainee_id)
    return Done(closed, SUBMITTED if closed else Change.NONE)


def rate_review(review: ReviewService, trainee_id: int, question_id: str, rating: str) -> Done[dt.datetime]:
    """A review answer's rating sets when the question comes back. Returns that time (UTC)."""
    return Done(review.record(trainee_id, question_id, rating), Change.REVIEW)
