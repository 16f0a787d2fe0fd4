"""A demo trainee with months of realistic history, made through the real services.

Used by `cpsw-trainer demo`, the screenshots and the benchmarks. Deterministic for a
given seed and `today`. No Qt.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from sqlalchemy import update

from trainer.content.schema import DOMAIN_IDS, Catalog, CertificationProfile, Question
from trainer.store.db import Database
from trainer.store.models import Attempt, AttemptItem
from trainer.study.attempts import AttemptService
from trainer.study.attestations import AttestationService
from trainer.study.hours import MAX_DAY, EntryData, HoursService
from trainer.study.progress import ProgressService
from trainer.study.trainees import TraineeError, TraineeService

DEFAULT_NAME = "Demo Trainee"
DEFAULT_PROFILE = "icrc-pr"
DAYS = 182  # about six months
DEFAULT_ENTRIES = 120
EXAM_SCORES = (52, 58, 61, 66, 70, 74, 79)
PRACTICE_SCORES = (50, 60, 70, 80)
SETTINGS = ("Recovery community organization", "Treatment program", "Emergency department", "Justice")
SUPERVISORS = ("Maria Lopez", "James Carter")
TRAINERS = ("Dana Whitfield", "Sam Okafor")
ACTIVITIES = {
    "training": ("Peer recovery core training", "Ethics workshop", "Advocacy webinar", "Wellness planning class"),
    "experience": ("One-to-one peer support", "Recovery group facilitation", "Resource navigation",
                   "Warm handoff from the emergency department"),
    "supervision": ("Individual supervision", "Group supervision"),
}
# Of every 20 entries: training early on is spread over this pattern.
KIND_PATTERN = ("experience",) * 14 + ("training",) * 3 + ("supervision",) * 3


class DemoServices(Protocol):
    """What the demo reads and writes through: the services a person's own use writes
    through, and the database only to place attempts in the past. Services has them all."""

    catalog: Catalog
    trainees: TraineeService
    hours: HoursService
    progress: ProgressService
    attempts: AttemptService
    attestations: AttestationService
    database: Database


class DemoError(ValueError):
    """The demo cannot be created, worded for the user."""


@dataclass(frozen=True)
class DemoSummary:
    trainee_id: int
    name: str
    profile_id: str | None
    entries: int
    verified: int
    modules_complete: int
    practice_attempts: int
    exams: int
    attestations: int


def create_demo(services: DemoServices, name: str = DEFAULT_NAME, *, seed: int = 7, entries: int = DEFAULT_ENTRIES,
                today: dt.date | None = None) -> DemoSummary:
    """Create the trainee `name` and give them about six months of history."""
    today = today or dt.date.today()
    if entries < 0:
        raise DemoError("The number of hours entries must be zero or more.")
    catalog = services.catalog
    profile = catalog.profiles.get(DEFAULT_PROFILE) or next(iter(catalog.profiles.values()), None)
    try:
        trainee = services.trainees.create(name, profile.id if profile else None)
    except TraineeError as exc:
        raise DemoError(f"{exc} Choose another name with --trainee.") from None
    rng = random.Random(seed)
    hours = _hours_entries(entries, today, rng)
    added = services.hours.add_entries(trainee.id, hours, by=trainee.name, today=today)
    verified = 0
    cutoff = today - dt.timedelta(days=45)
    for entry in added:  # older supervised hours have been signed off
        if entry.date < cutoff and entry.kind != "training" and rng.random() < 0.6:
            services.hours.verify(entry.id, SUPERVISORS[entry.id % len(SUPERVISORS)])
            verified += 1
    complete = _read_modules(services, trainee.id, rng)
    practice = _practice(services, trainee.id, rng, today)
    exams = _exams(services, trainee.id, profile, rng, today, seed) if profile else 0
    attested = 0
    if profile:
        for number, item in enumerate(profile.attestations[:2]):
            services.attestations.set(trainee.id, item.id, today - dt.timedelta(days=DAYS - 10 * number))
            attested += 1
    return DemoSummary(trainee.id, trainee.name, profile.id if profile else None, len(added), verified,
                       complete, practice, exams, attested)


# ---------------------------------------------------------------- hours


def _hours_entries(count: int, today: dt.date, rng: random.Random) -> list[EntryData]:
    """`count` entries spread over the last six months, never more than a day can hold."""
    if count == 0:
        return []
    per_day = math.ceil(count / DAYS)
    cap = Decimal(math.floor(float(MAX_DAY) / per_day * 4)) / 4  # quarter hours per entry at most
    start = today - dt.timedelta(days=DAYS)
    result = []
    for number in range(count):
        day = start + dt.timedelta(days=1 + number * DAYS // count)
        kind = KIND_PATTERN[number % len(KIND_PATTERN)]
        if kind == "experience":
            hours = Decimal(rng.choice((2, 3, 3.5, 4, 4.5, 5, 6)))
        elif kind == "training":
            hours = Decimal(rng.choice((1.5, 2, 2.5, 3)))
        else:
            hours = Decimal(rng.choice((0.75, 1, 1, 1.5)))
        hours = min(hours, cap)
        domain = DOMAIN_IDS[(number // len(KIND_PATTERN)) % len(DOMAIN_IDS)] if kind == "training" else None
        person = rng.choice(TRAINERS if kind == "training" else SUPERVISORS)
        result.append(EntryData(
            date=day, hours=hours, kind=kind, domain=domain,
            setting=rng.choice(SETTINGS) if kind != "training" else None,
            activity=rng.choice(ACTIVITIES[kind]), supervisor=person,
            notes=None if rng.random() < 0.8 else "Wrote up the session notes the same day."))
    return result


# ---------------------------------------------------------------- modules and attempts


def _read_modules(services: DemoServices, trainee_id: int, rng: random.Random) -> int:
    modules = sorted(services.catalog.modules.values(), key=lambda m: m.id)
    rng.shuffle(modules)
    complete = round(len(modules) * 0.6)
    for number, module in enumerate(modules[:complete + 1]):
        # The last one is left half read: the trainee is in the middle of it.
        sections = module.sections if number < complete else module.sections[: max(1, len(module.sections) // 2)]
        for section in sections:
            services.progress.mark_read(trainee_id, module, section.key)
    return min(complete, len(modules))


def _answer_all(services: DemoServices, attempt, percent: int, rng: random.Random) -> None:
    """Answer every item so that `percent` of them (rounded) are right."""
    items = list(attempt.items)
    right = set(rng.sample(range(len(items)), round(len(items) * percent / 100)))
    for item in items:
        question = services.catalog.questions[item.question_id]
        chosen = _right(question) if item.position in right else _wrong(question)
        services.attempts.answer(attempt.id, item.position, chosen, seconds=rng.randint(25, 90))


def _right(question: Question) -> list[int]:
    if question.type == "order":
        return list(range(len(question.options)))
    return list(question.correct_indexes)


def _wrong(question: Question) -> list[int]:
    if question.type == "order":
        return list(reversed(range(len(question.options))))
    wrong = [i for i in range(len(question.options)) if i not in question.correct_indexes]
    return wrong[:1] or [0]


def _backdate(services: DemoServices, attempt_id: int, finished: dt.datetime, seconds: int) -> None:
    """Place an attempt in the past, so the history reads like months of study."""
    started = finished - dt.timedelta(seconds=seconds)
    with services.database.sessions.begin() as session:
        session.execute(update(Attempt).where(Attempt.id == attempt_id).values(
            started_at=started, finished_at=finished, elapsed_seconds=seconds))
        session.execute(update(AttemptItem).where(AttemptItem.attempt_id == attempt_id).values(answered_at=finished))


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0))


def _practice(services: DemoServices, trainee_id: int, rng: random.Random, today: dt.date) -> int:
    questions = sorted(services.catalog.questions.values(), key=lambda q: q.id)
    if not questions:
        return 0
    for number, percent in enumerate(PRACTICE_SCORES):
        attempt = services.attempts.start_practice(trainee_id, questions, 10, "Mixed practice",
                                                   seed=rng.randrange(2**31))
        _answer_all(services, attempt, percent, rng)
        services.attempts.finish(attempt.id)
        day = today - dt.timedelta(days=DAYS - 20 - number * 35)
        _backdate(services, attempt.id, _at(day, 19), 600)
    return len(PRACTICE_SCORES)


def _exams(services: DemoServices, trainee_id: int, profile: CertificationProfile, rng: random.Random,
           today: dt.date, seed: int) -> int:
    check = services.attempts.check_exam(trainee_id, profile, seed=seed)
    size = None if check.plan.complete else check.largest_possible
    if size == 0:
        return 0
    step = (DAYS - 60) // len(EXAM_SCORES)
    for number, percent in enumerate(EXAM_SCORES):
        attempt = services.attempts.start_exam(trainee_id, profile, size=size, seed=seed + number)
        _answer_all(services, attempt, percent, rng)
        services.attempts.finish(attempt.id)
        day = today - dt.timedelta(days=DAYS - 60 - number * step)
        minutes = attempt.time_limit_seconds or 3600
        _backdate(services, attempt.id, _at(day, 18), int(minutes * rng.uniform(0.6, 0.9)))
    return len(EXAM_SCORES)
