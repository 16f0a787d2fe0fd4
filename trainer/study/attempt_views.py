"""What the study layer hands out about attempts: plain, frozen views of the stored rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from trainer.store.models import Attempt, AttemptItem
from trainer.study.records import fresh_of


class ItemView(NamedTuple):
    """One question of an attempt. A named tuple: history builds tens of thousands."""

    position: int
    question_id: str
    option_order: tuple[int, ...]
    chosen: tuple[int, ...] | None
    correct: bool | None
    flagged: bool
    seconds: int

    @property
    def answered(self) -> bool:
        return bool(self.chosen)


@dataclass(frozen=True)
class AttemptView:
    id: int
    trainee_id: int
    mode: str
    status: str
    seed: int | None
    started_at: dt.datetime
    finished_at: dt.datetime | None
    time_limit_seconds: int | None
    elapsed_seconds: int
    items: tuple[ItemView, ...]
    profile_id: str | None = None
    title: str = ""
    score_percent: float | None = None
    fresh: int | None = None  # exams: questions not seen in the RECENT_DAYS before it (None: not recorded)

    @property
    def remaining_seconds(self) -> int | None:
        if self.time_limit_seconds is None:
            return None
        return max(0, self.time_limit_seconds - self.elapsed_seconds)

    def unanswered(self) -> list[int]:
        return [item.position for item in self.items if not item.answered]

    def flagged(self) -> list[int]:
        return [item.position for item in self.items if item.flagged]


def item_view(i: AttemptItem) -> ItemView:
    return ItemView(position=i.position, question_id=i.question_id, option_order=tuple(i.option_order or ()),
                    chosen=tuple(i.chosen) if i.chosen else None, correct=i.correct, flagged=bool(i.flagged),
                    seconds=i.seconds or 0)


def attempt_view(row: Attempt) -> AttemptView:
    items = tuple(item_view(i) for i in sorted(row.items, key=lambda item: item.position))
    blueprint = row.blueprint or {}
    return AttemptView(
        id=row.id, trainee_id=row.trainee_id, mode=row.mode, status=row.status, seed=row.seed,
        started_at=row.started_at, finished_at=row.finished_at, time_limit_seconds=row.time_limit_seconds,
        elapsed_seconds=row.elapsed_seconds or 0, items=items, profile_id=row.profile_id,
        title=str(blueprint.get("title", "")),
        score_percent=float(row.score_percent) if row.score_percent is not None else None,
        fresh=fresh_of(blueprint),
    )
