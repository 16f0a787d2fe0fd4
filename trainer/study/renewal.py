"""A CE log against a profile's renewal rules: what counts, what is capped, what is missing.

Pure logic over RenewalRules (trainer.content.schema), one certification and CE entries:
- the cycle window: entries count from the cycle's start to the expiry date, inclusive;
- caps (`online_percent`, `self_study_percent`, `trainer_percent`): a percentage of the cycle's
  CE hours (of the hours logged in the window when the profile gives no total); entries are
  taken by date, and an entry counts only as far as every cap it falls under has room;
- the total and the topic minimums are met by counted hours (an entry counts for each of its topics);
- every result carries its figure, so an unverified one is shown as "check with your board".
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from trainer.content.schema import RenewalDocument, RenewalFigure, RenewalRules
from trainer.study.ce_records import CeEntryInfo

ZERO = Decimal(0)
CENT = Decimal("0.01")


def _falls_under(cap: str, entry: CeEntryInfo) -> bool:
    if cap == "online_percent":
        return entry.online
    if cap == "self_study_percent":
        return entry.kind == "self-study"
    if cap == "trainer_percent":
        return entry.kind == "trainer"
    return False


def add_years(day: dt.date, years: float) -> dt.date:
    """`years` after `day` in whole months (Feb 29 becomes Feb 28 in a common year)."""
    months = day.month - 1 + round(years * 12)
    year, month = day.year + months // 12, months % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has 28 days


@dataclass(frozen=True)
class CycleWindow:
    start: dt.date
    end: dt.date  # the expiry date; the last day an entry counts

    def holds(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def days_left(self, today: dt.date) -> int:
        return (self.end - today).days


def cycle_window(rules: RenewalRules | None, certified_on: dt.date, expires_on: dt.date | None) -> CycleWindow:
    """The current cycle: it ends at the expiry date (certified_on plus the cycle when none is
    recorded) and starts one cycle before, never before the certification itself."""
    years = rules.cycle_years.value if rules is not None and rules.cycle_years is not None else None
    end = expires_on or (add_years(certified_on, years) if years else None)
    if end is None:  # neither an expiry nor a cycle: everything since certification, to today's rules
        return CycleWindow(certified_on, dt.date.max)
    start = max(certified_on, add_years(end, -years)) if years else certified_on
    return CycleWindow(start, end)


class Outside(enum.Enum):
    BEFORE_CYCLE = "before-cycle"  # earlier than the cycle's start
    AFTER_CYCLE = "after-cycle"    # after the expiry: it belongs to the next cycle


@dataclass(frozen=True)
class CountedEntry:
    entry: CeEntryInfo
    counted: Decimal                  # the hours it gives toward renewal
    outside: Outside | None = None    # set: it is not in the cycle and counts nothing
    capped_by: tuple[str, ...] = ()   # caps that took some or all of its hours

    @property
    def capped(self) -> Decimal:
        return ZERO if self.outside else self.entry.hours - self.counted


class Kind(enum.Enum):
    TOTAL = "total"  # key "ce_hours"
    TOPIC = "topic"  # key: the topic id
    CAP = "cap"      # key: the RENEWAL_CAPS id


@dataclass(frozen=True)
class Requirement:
    """One figure and where the log stands. TOTAL and TOPIC: `limit` hours are needed, `have`
    count. CAP: at most `limit` hours of the kind count; `have` were logged in the cycle."""

    kind: Kind
    key: str
    figure: RenewalFigure
    limit: Decimal
    have: Decimal

    @property
    def met(self) -> bool:
        return self.have >= self.limit if self.kind is not Kind.CAP else True

    @property
    def missing(self) -> Decimal:
        return max(self.limit - self.have, ZERO) if self.kind is not Kind.CAP else ZERO

    @property
    def over(self) -> Decimal:
        """CAP: hours logged beyond what counts."""
        return max(self.have - self.limit, ZERO) if self.kind is Kind.CAP else ZERO

    @property
    def reached(self) -> bool:
        """CAP: no more hours of this kind will count in this cycle."""
        return self.kind is Kind.CAP and self.have >= self.limit

    @property
    def check_with_board(self) -> bool:
        return not self.figure.verified


@dataclass(frozen=True)
class RenewalStatus:
    window: CycleWindow
    requirements: tuple[Requirement, ...]
    entries: tuple[CountedEntry, ...]
    documents: tuple[RenewalDocument, ...]
    counted: Decimal  # the hours that count toward renewal in this cycle
    cycle_verified: bool  # the cycle length comes from a verified figure (or is not needed)
    note: str = ""

    @property
    def ready(self) -> bool:
        """Every total and topic minimum met (documents are the trainee's to gather)."""
        return all(r.met for r in self.requirements)

    @property
    def check_with_board(self) -> bool:
        return not self.cycle_verified or any(r.check_with_board for r in self.requirements) or any(
            not d.verified for d in self.documents)

    def requirement(self, kind: Kind, key: str) -> Requirement | None:
        return next((r for r in self.requirements if r.kind is kind and r.key == key), None)


def evaluate(rules: RenewalRules, entries: Iterable[CeEntryInfo], certified_on: dt.date,
             expires_on: dt.date | None = None) -> RenewalStatus:
    window = cycle_window(rules, certified_on, expires_on)
    ordered = sorted(entries, key=lambda e: (e.date, e.id))
    inside = [e for e in ordered if window.holds(e.date)]
    logged = sum((e.hours for e in inside), ZERO)
    base = Decimal(str(rules.ce_hours.value)) if rules.ce_hours is not None else logged
    limits = {cap: (base * Decimal(str(f.value)) / 100).quantize(CENT) for cap, f in rules.caps.items()}
    used = dict.fromkeys(limits, ZERO)     # counted so far under each cap
    logged_under = dict.fromkeys(limits, ZERO)
    results = []
    for entry in ordered:
        if not window.holds(entry.date):
            side = Outside.BEFORE_CYCLE if entry.date < window.start else Outside.AFTER_CYCLE
            results.append(CountedEntry(entry, ZERO, side))
            continue
        caps = [cap for cap in limits if _falls_under(cap, entry)]
        counted = entry.hours
        for cap in caps:
            logged_under[cap] += entry.hours
            counted = min(counted, max(limits[cap] - used[cap], ZERO))
        for cap in caps:
            used[cap] += counted
        by = tuple(cap for cap in caps if counted < entry.hours and used[cap] >= limits[cap])
        results.append(CountedEntry(entry, counted, None, by))
    counted_total = sum((r.counted for r in results), ZERO)
    requirements = []
    if rules.ce_hours is not None:
        requirements.append(Requirement(Kind.TOTAL, "ce_hours", rules.ce_hours, base, counted_total))
    for topic, figure in rules.topic_hours.items():
        have = sum((r.counted for r in results if topic in r.entry.topics), ZERO)
        requirements.append(Requirement(Kind.TOPIC, topic, figure, Decimal(str(figure.value)), have))
    for cap, figure in rules.caps.items():
        requirements.append(Requirement(Kind.CAP, cap, figure, limits[cap], logged_under[cap]))
    cycle_verified = rules.cycle_years is None or rules.cycle_years.verified
    return RenewalStatus(window, tuple(requirements), tuple(results), rules.documents, counted_total,
                         cycle_verified, rules.note)
