"""Exam and practice sets from a blueprint, and scoring. Pure logic: no database, no Qt."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from trainer.content.schema import Question
from trainer.study.marking import EXAM, PRACTICE, REVIEW, is_correct

# "Seen recently", for exam simulations: answered in any attempt (practice, review or exam,
# finished or not) in the last RECENT_DAYS days. An exam draws questions not seen recently
# first, and records how many of its questions were fresh; readiness counts a simulation only
# when most of it was (see readiness.counts_for_readiness). Two weeks: long enough that
# answers recalled from the last sittings do not pass for knowledge, short enough that a
# trainee with a modest bank still gets fresh exams every fortnight.
RECENT_DAYS = 14

__all__ = ["EXAM", "PRACTICE", "REVIEW", "is_correct"]  # and the exam builder below


def allocate(total: int, weights: Mapping[str, float]) -> dict[str, int]:
    """Split `total` questions over domains by weight with largest-remainder rounding.

    Counts are exact (they sum to `total`) and each is the floor or the ceiling of
    its exact quota. Ties in remainder go to the larger weight, then to the id, so
    the split is deterministic.
    """
    if total < 0:
        raise ValueError("total must be zero or more")
    positive = {domain: float(w) for domain, w in weights.items() if w > 0}
    weight_sum = sum(positive.values())
    if total and not weight_sum:
        raise ValueError("at least one weight must be positive")
    if not total:
        return {domain: 0 for domain in weights}
    quotas = {domain: total * w / weight_sum for domain, w in positive.items()}
    counts = {domain: int(quota) for domain, quota in quotas.items()}
    left = total - sum(counts.values())
    by_remainder = sorted(positive, key=lambda d: (-(quotas[d] - counts[d]), -positive[d], d))
    for domain in by_remainder[:left]:
        counts[domain] += 1
    return {domain: counts.get(domain, 0) for domain in weights}


@dataclass(frozen=True)
class Shortage:
    domain: str
    needed: int
    available: int


@dataclass(frozen=True)
class ExamPlan:
    question_ids: tuple[str, ...]
    seed: int
    counts: dict[str, int]
    shortages: tuple[Shortage, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.shortages


def largest_possible_exam(questions: Iterable[Question], weights: Mapping[str, float], total: int) -> int:
    """The largest exam, up to `total`, whose per-domain counts the bank can fill."""
    available: dict[str, int] = {}
    for question in questions:
        available[question.domain] = available.get(question.domain, 0) + 1
    # A plain scan downwards: largest-remainder counts are not monotonic in the
    # total (the Alabama paradox), so a binary search could miss the answer.
    for size in range(total, 0, -1):
        if all(available.get(d, 0) >= n for d, n in allocate(size, weights).items()):
            return size
    return 0


def plan_exam(
    questions: Sequence[Question],
    weights: Mapping[str, float],
    total: int,
    seed: int,
    avoid: Iterable[str] = (),
) -> ExamPlan:
    """Draw `total` questions in the blueprint's proportions, reproducibly from `seed`.

    Questions in `avoid` (seen in recent attempts) are used only when a domain has
    no others left. No question appears twice. A domain that cannot be filled is
    reported as a Shortage, and the plan holds what could be drawn.
    """
    rng = random.Random(seed)
    counts = allocate(total, weights)
    recent = set(avoid)
    pools: dict[str, tuple[list[str], list[str]]] = {d: ([], []) for d in counts}
    seen_ids: set[str] = set()
    for question in questions:
        pool = pools.get(question.domain)
        if pool is None or question.id in seen_ids:
            continue
        seen_ids.add(question.id)
        pool[1 if question.id in recent else 0].append(question.id)
    chosen: list[str] = []
    shortages = []
    for domain, needed in counts.items():
        fresh, old = pools[domain]
        fresh.sort()
        old.sort()
        picked = rng.sample(fresh, min(needed, len(fresh)))
        if len(picked) < needed:
            picked += rng.sample(old, min(needed - len(picked), len(old)))
        if len(picked) < needed:
            shortages.append(Shortage(domain, needed, len(picked)))
        chosen.extend(picked)
    rng.shuffle(chosen)
    return ExamPlan(tuple(chosen), seed, counts, tuple(shortages))


def plan_practice(questions: Sequence[Question], length: int | None, seed: int,
                  avoid: Iterable[str] = ()) -> tuple[str, ...]:
    """A practice set: `length` questions (all when None), fresh ones first, in random order."""
    rng = random.Random(seed)
    recent = set(avoid)
    ids = sorted({q.id for q in questions})
    fresh = [i for i in ids if i not in recent]
    old = [i for i in ids if i in recent]
    rng.shuffle(fresh)
    rng.shuffle(old)
    ordered = fresh + old
    picked = ordered if length is None else ordered[:length]
    rng.shuffle(picked)
    return tuple(picked)


def option_order(question: Question, rng: random.Random) -> list[int]:
    """Display order of options: shuffled, except true/false and options marked fixed."""
    indexes = list(range(len(question.options)))
    if question.type == "true_false":
        return indexes
    movable = [i for i in indexes if not question.options[i].fixed]
    shuffled = movable[:]
    rng.shuffle(shuffled)
    if question.type == "order" and len(shuffled) > 1 and shuffled == movable:
        shuffled = shuffled[1:] + shuffled[:1]  # never show an order question already solved
    result, it = [], iter(shuffled)
    for i in indexes:
        result.append(i if question.options[i].fixed else next(it))
    return result


@dataclass(frozen=True)
class MultipleFeedback:
    missing: tuple[int, ...]  # right options the trainee did not choose
    extra: tuple[int, ...]  # options chosen that are not right


def multiple_feedback(question: Question, chosen: Sequence[int]) -> MultipleFeedback:
    right, picked = set(question.correct_indexes), set(chosen or ())
    return MultipleFeedback(tuple(sorted(right - picked)), tuple(sorted(picked - right)))


@dataclass(frozen=True)
class DomainScore:
    domain: str
    correct: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.correct / self.total if self.total else 0.0


@dataclass(frozen=True)
class Score:
    correct: int
    total: int
    by_domain: dict[str, DomainScore] = field(default_factory=dict)

    @property
    def percent(self) -> float:
        return 100.0 * self.correct / self.total if self.total else 0.0

    def passed(self, pass_percent: float) -> bool:
        return self.total > 0 and self.percent >= pass_percent


def score(answers: Iterable[tuple[Question, Sequence[int] | None]]) -> Score:
    """Score (question, chosen) pairs; unanswered questions count as wrong."""
    correct = total = 0
    per_domain: dict[str, list[int]] = {}
    for question, chosen in answers:
        right = is_correct(question, chosen)
        total += 1
        correct += right
        tally = per_domain.setdefault(question.domain, [0, 0])
        tally[0] += right
        tally[1] += 1
    by_domain = {d: DomainScore(d, c, t) for d, (c, t) in sorted(per_domain.items())}
    return Score(correct, total, by_domain)
