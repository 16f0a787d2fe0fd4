"""Reflection-drill self-ratings, kept in the drill_rating table: what the trainee typed and
which checklist items they ticked for it, scored with study.conversations.score_drill.

Each rating is written once, when the trainee saves it; trying a drill again adds a rating.
The drill is referred to by id and content hash, so a later edit of the drill leaves earlier
ratings as they were made."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.content.scenario_schema import DRILL_CHECKLIST, ReflectionDrill
from trainer.messages import QT_TRANSLATE_NOOP, MessageError, message
from trainer.store.models import DrillRating, utcnow
from trainer.study.conversations import score_drill


class DrillRecordError(MessageError):
    """A rating that cannot be saved, worded for the person (`message`)."""


class DrillRatingInfo(NamedTuple):
    id: int
    trainee_id: int
    drill_id: str
    drill_hash: str
    reflection: str
    ticked: tuple[str, ...]  # in the checklist's order
    percent: float
    rated_at: dt.datetime


class DrillSummary(NamedTuple):
    """One trainee's self-ratings at a glance, for a trainer (the Cohort page)."""

    ratings: int
    drills: int  # different drills rated
    mean_percent: float
    ticked: dict[str, int]  # each checklist item (DRILL_CHECKLIST) → how many ratings ticked it
    last_rated_at: dt.datetime | None


def _info(row: DrillRating) -> DrillRatingInfo:
    ticked = tuple(item for item in DRILL_CHECKLIST if item in (row.ticked or ()))
    ticked += tuple(item for item in (row.ticked or ()) if item not in DRILL_CHECKLIST)  # an older checklist's
    return DrillRatingInfo(row.id, row.trainee_id, row.drill_id, row.drill_hash, row.reflection, ticked,
                           float(row.score_percent), row.rated_at)


def summarise_ratings(ratings: Iterable[DrillRatingInfo]) -> DrillSummary | None:
    """None when there are no ratings."""
    ratings = list(ratings)
    if not ratings:
        return None
    return DrillSummary(
        ratings=len(ratings), drills=len({r.drill_id for r in ratings}),
        mean_percent=sum(r.percent for r in ratings) / len(ratings),
        ticked={item: sum(item in r.ticked for r in ratings) for item in DRILL_CHECKLIST},
        last_rated_at=max(r.rated_at for r in ratings))


def cohort_drill_summaries(session: Session) -> dict[int, DrillSummary]:
    """Every trainee's summary, from one query (for the cohort, in the cohort's session)."""
    grouped: dict[int, list[DrillRatingInfo]] = {}
    for row in session.scalars(select(DrillRating).order_by(DrillRating.trainee_id, DrillRating.id)):
        grouped.setdefault(row.trainee_id, []).append(_info(row))
    return {trainee_id: summarise_ratings(ratings) for trainee_id, ratings in grouped.items()}


class DrillRecords:
    """Each call opens its own session, so it may be used from any thread."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def rate(self, trainee_id: int, drill: ReflectionDrill, reflection: str, ticked: Iterable[str],
             at: dt.datetime | None = None) -> DrillRatingInfo:
        """Keep the trainee's reflection and self-rating. An item not on the drill's checklist
        is a programming error (ValueError); an empty reflection is refused (DrillRecordError)."""
        reflection = (reflection or "").strip()
        if not reflection:
            raise DrillRecordError(message(QT_TRANSLATE_NOOP(
                "messages", "Type your reflection first: there is nothing to rate yet.")))
        score = score_drill(drill, ticked)
        with self._sessions.begin() as session:
            row = DrillRating(trainee_id=trainee_id, drill_id=drill.id, drill_hash=drill.content_hash,
                              reflection=reflection, ticked=list(score.met),
                              score_percent=Decimal(f"{score.percent:.2f}"), rated_at=at or utcnow())
            session.add(row)
            session.flush()
            return _info(row)

    def history(self, trainee_id: int, drill_id: str | None = None) -> list[DrillRatingInfo]:
        """The trainee's ratings, newest first; only those of `drill_id` if given."""
        query = select(DrillRating).where(DrillRating.trainee_id == trainee_id)
        if drill_id is not None:
            query = query.where(DrillRating.drill_id == drill_id)
        with self._sessions() as session:
            rows = session.scalars(query.order_by(DrillRating.rated_at.desc(), DrillRating.id.desc()))
            return [_info(row) for row in rows]

    def rated_drills(self, trainee_id: int) -> dict[str, int]:
        """Drill id → how many times the trainee rated it (for the drill list)."""
        counts: dict[str, int] = {}
        for rating in self.history(trainee_id):
            counts[rating.drill_id] = counts.get(rating.drill_id, 0) + 1
        return counts

    def summary(self, trainee_id: int) -> DrillSummary | None:
        return summarise_ratings(self.history(trainee_id))
