"""The cohort view for trainers: every trainee's readiness, hours and latest exam at a glance."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from trainer.content.schema import Catalog
from trainer.store import reads
from trainer.store.models import Attempt, DrillRating, HoursEntry, SectionRead
from trainer.study.drill_records import (
    DrillRatingInfo,
    DrillRecords,
    DrillSummary,
    cohort_drill_summaries,
)
from trainer.study.marking import EXAM
from trainer.study.readiness import (
    ExamResult,
    ReadinessInputs,
    add_tallies,
    assess,
    results_of,
)
from trainer.study.records import ModuleStatus, totals_from_hundredths
from trainer.study.safe_csv import csv_text

if TYPE_CHECKING:
    from trainer.store.db import Database

CSV_HEADER = ["name", "certification", "verdict", "requirements_met", "requirements_total",
              "training_hours", "experience_hours", "supervision_hours", "last_exam_percent", "last_activity"]


class Verdict(enum.StrEnum):
    """A trainee's readiness in one word, as the CSV gives it; the Cohort page words it."""

    READY = "ready"
    NOT_YET = "not yet ready"
    NO_PROFILE = "no certification"


@dataclass(frozen=True)
class CohortRow:
    trainee_id: int
    name: str
    profile_name: str
    verdict: Verdict
    ready: bool
    met: int
    total: int
    hours: dict[str, float]
    last_exam: float | None
    last_activity: dt.datetime | None
    drills: DrillSummary | None = None  # reflection-drill self-ratings; None: never rated one


def _by_trainee(rows) -> dict[int, list[tuple]]:
    """Rows whose first value is a trainee id, grouped by it (the id left off)."""
    grouped: dict[int, list[tuple]] = {}
    for row in rows:
        grouped.setdefault(row[0], []).append(row[1:])
    return grouped


def _statuses(modules, valid: dict[str, frozenset[str]], read: list[tuple], progress: list[tuple]) -> dict:
    """records.module_statuses for one trainee of the cohort, with each module's section keys
    worked out once for all trainees. Modules never opened are left out: to assess they are
    the same as a status with nothing read (not started, not complete)."""
    keys = {module_id: frozenset(read_keys) for module_id, read_keys, _last in read}
    done = {module_id: (completed_at, last) for module_id, completed_at, last in progress}
    empty = frozenset()
    result = {}
    for module in modules:
        if module.id not in keys and module.id not in done:
            continue
        completed_at, last_section = done.get(module.id, (None, None))
        result[module.id] = ModuleStatus(module.id, keys.get(module.id, empty) & valid[module.id],
                                         len(module.sections), completed_at, last_section)
    return result


class CohortService:
    """`catalog` and `database` are asked when needed: the curriculum can be reloaded, and the
    database opens on first use."""

    def __init__(self, catalog: Callable[[], Catalog], database: Callable[[], Database]):
        self._catalog = catalog
        self._database = database

    def rows(self) -> list[CohortRow]:
        """Every trainee's row, from a few queries for the whole cohort (store.reads.cohort_*):
        the same figures as assessing each trainee in turn, without a dozen round trips each."""
        catalog = self._catalog()
        modules = sorted(catalog.modules.values(), key=lambda m: m.title.lower())
        names = {d.id: d.name for d in catalog.domains.values()}
        valid = {m.id: frozenset(s.key for s in m.sections) for m in modules}
        questions = catalog.questions
        current = [(q.id, q.content_hash, q.domain) for q in questions.values()]
        database = self._database()
        with ThreadPoolExecutor(max_workers=1) as helper:
            # On a shared server the exam answers, the longest read, go over a second connection
            # while this one reads the rest; SQLite reads one after the other on one connection.
            exams_read = None if database.is_sqlite else helper.submit(self._exam_marks, current)
            with database.sessions() as session:
                r = reads.session_reader(session)
                trainees = reads.trainees(r)
                hours, attested = _by_trainee(reads.cohort_hours(r)), _by_trainee(reads.cohort_attestations(r))
                sections = _by_trainee(reads.cohort_section_reads(r))
                progress = _by_trainee(reads.cohort_module_progress(r))
                last_attempt = reads.cohort_last_attempt(r)
                attempts = reads.cohort_finished_attempts(r, EXAM)
                counted, again = exams_read.result() if exams_read is not None else reads.cohort_marks(r, EXAM, current)
                drills = cohort_drill_summaries(session)
        # The database marked the items of unchanged questions; the others are marked here.
        tallies: dict[int, dict[str, list[int]]] = {a["id"]: {} for a in attempts}
        for attempt, domain, right, answered in counted:
            tally = tallies[attempt].setdefault(domain, [0, 0])
            tally[0] += int(right)
            tally[1] += int(answered)
        add_tallies(tallies, again, questions)
        owner = {a["id"]: a["trainee_id"] for a in attempts}
        profile_of = {a["id"]: a["profile_id"] for a in attempts}
        exams: dict[int, list[ExamResult]] = {}
        for exam in results_of(attempts, tallies):
            exams.setdefault(owner[exam.attempt_id], []).append(exam)

        result = []
        for trainee_id, name, profile_id in trainees:
            profile = catalog.profiles.get(profile_id or "")
            own_hours = hours.get(trainee_id, [])
            totals = totals_from_hundredths((kind, domain, hundredths) for kind, domain, hundredths, _ in own_hours)
            own_exams = exams.get(trainee_id, [])
            if profile is not None:
                readiness = assess(ReadinessInputs(
                    profile=profile, totals=totals, attested={item: on for item, on in attested.get(trainee_id, [])},
                    modules=modules, module_status=_statuses(modules, valid, sections.get(trainee_id, []),
                                                             progress.get(trainee_id, [])),
                    exams=[e for e in own_exams if profile_of[e.attempt_id] in (None, profile.id)],
                    domain_names=names))
                ready, met, total = readiness.ready, readiness.met_count, readiness.total
                verdict = Verdict.READY if ready else Verdict.NOT_YET
            else:
                verdict, ready, met, total = Verdict.NO_PROFILE, False, 0, 0
            own_drills = drills.get(trainee_id)
            moments = [last_attempt.get(trainee_id), *(changed for *_, changed in own_hours),
                       *(at for *_, at in sections.get(trainee_id, [])),
                       own_drills.last_rated_at if own_drills else None]
            moments = [m for m in moments if m is not None]
            result.append(CohortRow(
                trainee_id, name, profile.name if profile else "", verdict, ready, met, total,
                {kind: float(getattr(totals, kind)) for kind in ("training", "experience", "supervision")},
                own_exams[-1].percent if own_exams else None, max(moments) if moments else None, own_drills))
        return result

    def drill_ratings(self, trainee_id: int) -> list[DrillRatingInfo]:
        """A trainee's reflection-drill self-ratings, newest first (what they typed, what they ticked)."""
        return DrillRecords(self._database().sessions).history(trainee_id)

    def _exam_marks(self, current: list[tuple[str, str, str]]) -> tuple[list, list]:
        """reads.cohort_marks on a connection of its own (for the helper thread)."""
        with self._database().engine.connect() as connection:
            reader = reads.session_reader(connection)
            return reads.cohort_marks(reader, EXAM, current)

    def last_activity(self, trainee_id: int) -> dt.datetime | None:
        with self._database().sessions() as session:
            moments = [
                session.scalar(select(func.max(Attempt.started_at)).where(Attempt.trainee_id == trainee_id)),
                session.scalar(select(func.max(HoursEntry.updated_at)).where(HoursEntry.trainee_id == trainee_id)),
                session.scalar(select(func.max(SectionRead.read_at)).where(SectionRead.trainee_id == trainee_id)),
                session.scalar(select(func.max(DrillRating.rated_at)).where(DrillRating.trainee_id == trainee_id)),
            ]
        moments = [m for m in moments if m is not None]
        return max(moments) if moments else None


def cohort_csv(rows: list[CohortRow]) -> str:
    """The cohort as CSV text; names and other cells that look like formulas are escaped."""
    return csv_text(CSV_HEADER, ([
        row.name, row.profile_name, row.verdict, row.met, row.total,
        f"{row.hours['training']:g}", f"{row.hours['experience']:g}", f"{row.hours['supervision']:g}",
        "" if row.last_exam is None else f"{row.last_exam:.0f}",
        row.last_activity.strftime("%Y-%m-%d %H:%M") if row.last_activity else "",
    ] for row in rows), lineterminator="\n")
