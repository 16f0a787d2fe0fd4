"""Spaced review of missed questions, scheduled by fsrs (the scheduler Anki uses)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from fsrs import Card, Rating, Scheduler
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.store import reads
from trainer.store.models import ReviewCard

RATINGS = {"again": Rating.Again, "hard": Rating.Hard, "good": Rating.Good, "easy": Rating.Easy}


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    return _aware(moment).astimezone(dt.UTC).replace(tzinfo=None)


class ReviewService:
    def __init__(self, sessions: sessionmaker[Session], now: Callable[[], dt.datetime] | None = None,
                 scheduler: Scheduler | None = None):
        self._sessions = sessions
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        # No fuzzing: the same answers always give the same schedule (and testable dates).
        self._scheduler = scheduler or Scheduler(enable_fuzzing=False)

    def add_missed(self, trainee_id: int, question_ids: Iterable[str]) -> None:
        """A missed question becomes (or stays) a card, reviewed as a lapse now."""
        now = _aware(self._now())
        with self._sessions.begin() as session:
            for qid in dict.fromkeys(question_ids):
                row = self._card(session, trainee_id, qid)
                card = Card.from_dict(row.state) if row else Card(due=now)
                card, _log = self._scheduler.review_card(card, Rating.Again, review_datetime=now)
                self._store(session, row, trainee_id, qid, card, lapse=True)

    def record(self, trainee_id: int, question_id: str, rating: str) -> dt.datetime:
        """Update a card from a review answer; returns its next due time (UTC)."""
        now = _aware(self._now())
        with self._sessions.begin() as session:
            row = self._card(session, trainee_id, question_id)
            card = Card.from_dict(row.state) if row else Card(due=now)
            card, _log = self._scheduler.review_card(card, RATINGS[rating], review_datetime=now)
            self._store(session, row, trainee_id, question_id, card, lapse=rating == "again")
            return card.due

    def due_ids(self, trainee_id: int, limit: int | None = None) -> list[str]:
        now = _naive_utc(self._now())
        with self._sessions() as session:
            query = (select(ReviewCard.question_id)
                     .where(ReviewCard.trainee_id == trainee_id, ReviewCard.due <= now)
                     .order_by(ReviewCard.due, ReviewCard.question_id))
            if limit:
                query = query.limit(limit)
            return list(session.scalars(query))

    def due_count(self, trainee_id: int) -> int:
        now = _naive_utc(self._now())
        with self._sessions() as session:
            return reads.due_count(reads.session_reader(session), trainee_id, now)

    def due_at(self, trainee_id: int, question_id: str) -> dt.datetime | None:
        with self._sessions() as session:
            row = self._card(session, trainee_id, question_id)
            return _aware(row.due) if row else None

    @staticmethod
    def _card(session: Session, trainee_id: int, question_id: str) -> ReviewCard | None:
        return session.scalar(select(ReviewCard).where(
            ReviewCard.trainee_id == trainee_id, ReviewCard.question_id == question_id))

    @staticmethod
    def _store(session, row, trainee_id, question_id, card: Card, lapse: bool) -> None:
        if row is None:
            row = ReviewCard(trainee_id=trainee_id, question_id=question_id, lapses=0, reviews=0,
                             state={}, due=_naive_utc(card.due))
            session.add(row)
        row.state = card.to_dict()
        row.due = _naive_utc(card.due)
        row.reviews = (row.reviews or 0) + 1
        row.lapses = (row.lapses or 0) + (1 if lapse else 0)
