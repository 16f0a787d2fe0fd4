"""The cohort view for trainers: every trainee's readiness, hours and latest exam at a glance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from trainer.store.models import Attempt, HoursEntry, SectionRead
from trainer.study.readiness import ReadinessService
from trainer.study.safe_csv import csv_text

CSV_HEADER = ["name", "certification", "verdict", "requirements_met", "requirements_total",
              "training_hours", "experience_hours", "supervision_hours", "last_exam_percent", "last_activity"]


@dataclass(frozen=True)
class CohortRow:
    trainee_id: int
    name: str
    profile_name: str
    verdict: str
    ready: bool
    met: int
    total: int
    hours: dict[str, float]
    last_exam: float | None
    last_activity: dt.datetime | None


class CohortService:
    def __init__(self, services):
        self._services = services
        self._readiness = ReadinessService(services)

    def rows(self) -> list[CohortRow]:
        services = self._services
        catalog = services.catalog
        result = []
        for trainee in services.trainees.all():
            profile = catalog.profiles.get(trainee.profile_id or "")
            totals = services.hours.totals(trainee.id)
            hours = {kind: float(getattr(totals, kind)) for kind in ("training", "experience", "supervision")}
            exams = self._readiness.exams(trainee.id)
            if profile is not None:
                readiness = self._readiness.assess(trainee.id, profile)
                verdict, ready = readiness.verdict, readiness.ready
                met, total = readiness.met_count, len(readiness.requirements)
            else:
                verdict, ready, met, total = "No certification chosen", False, 0, 0
            result.append(CohortRow(
                trainee.id, trainee.name, profile.name if profile else "", verdict, ready, met, total, hours,
                exams[-1].percent if exams else None, self.last_activity(trainee.id)))
        return result

    def last_activity(self, trainee_id: int) -> dt.datetime | None:
        with self._services.database.sessions() as session:
            moments = [
                session.scalar(select(func.max(Attempt.started_at)).where(Attempt.trainee_id == trainee_id)),
                session.scalar(select(func.max(HoursEntry.updated_at)).where(HoursEntry.trainee_id == trainee_id)),
                session.scalar(select(func.max(SectionRead.read_at)).where(SectionRead.trainee_id == trainee_id)),
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
