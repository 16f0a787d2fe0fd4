"""Hours against a certification profile: what is done, what remains, and when at this pace."""

# Annotations are evaluated here (no `from __future__ import annotations`): given as strings,
# typing.NamedTuple would compile each field's annotation at start-up.

import datetime as dt
import math
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from trainer.content.schema import CertificationProfile, HoursRequirement
from trainer.study.records import PACE_WEEKS, HoursTotals

if TYPE_CHECKING:
    from trainer.study.hours_rules import HoursEntryInfo


class RequirementProgress(NamedTuple):
    key: str  # "training", "training:<domain>", "experience", "supervision"
    kind: str
    domain: str | None
    required: float
    done: float
    verified: bool
    note: str = ""

    @property
    def remaining(self) -> float:
        return max(0.0, self.required - self.done)

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.required) if self.required > 0 else 1.0

    @property
    def met(self) -> bool:
        return self.remaining == 0


def progress_against(profile: CertificationProfile, totals: HoursTotals) -> list[RequirementProgress]:
    """Each hours requirement of the profile with what is done and what remains."""
    result = []

    def add(kind: str, req: HoursRequirement | None, done: Decimal) -> None:
        if req is None:
            return
        result.append(RequirementProgress(kind, kind, None, float(req.total), float(done), req.verified, req.note))
        if kind == "training":
            for domain, hours in req.by_domain.items():
                got = totals.training_by_domain.get(domain, Decimal(0))
                result.append(RequirementProgress(f"training:{domain}", kind, domain, float(hours),
                                                  float(got), req.verified, req.note))

    add("training", profile.training, totals.training)
    add("experience", profile.experience, totals.experience)
    add("supervision", profile.supervision, totals.supervision)
    return result


def estimate_completion(entries: Iterable["HoursEntryInfo"], requirement: RequirementProgress,
                        today: dt.date) -> dt.date | None:
    """When the requirement would be met at the pace of the last 8 weeks.

    None means "not enough history yet": fewer than 2 distinct weeks with hours in that window.
    A requirement already met is met today.
    """
    if requirement.remaining <= 0:
        return today
    window_start = today - dt.timedelta(weeks=PACE_WEEKS)
    weeks: set[int] = set()
    total = Decimal(0)
    for entry in entries:
        if entry.kind != requirement.kind or (requirement.domain and entry.domain != requirement.domain):
            continue
        if window_start < entry.date <= today:
            weeks.add((today - entry.date).days // 7)
            total += entry.hours
    if len(weeks) < 2 or total <= 0:
        return None
    per_day = float(total) / (PACE_WEEKS * 7)
    return today + dt.timedelta(days=math.ceil(requirement.remaining / per_day))
