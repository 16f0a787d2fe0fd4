"""Reports: the certification-readiness PDF and the hours log, issued and recorded. No Qt.

`ReportService(services).issue(...)` gathers the figures, draws the PDF, writes it
atomically and records it; `trainer.reports.verify.verify_report` checks a file later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from trainer.content.schema import CertificationProfile
from trainer.files import write_bytes_atomic
from trainer.reports.data import HOURS_LOG, READINESS, build_data, code_of, data_sha256
from trainer.store.models import IssuedReport, utcnow
from trainer.study.readiness import ReadinessService


class ReportError(ValueError):
    """A report that cannot be made, worded for the user."""


@dataclass(frozen=True)
class IssuedInfo:
    id: int
    trainee_id: int
    issued_at: dt.datetime
    profile_id: str | None
    kind: str
    code: str
    data_sha256: str
    path: str | None


def render(data: dict, logo_path: str | None = None) -> bytes:
    """Draw the PDF for report data of either kind."""
    if data["kind"] == HOURS_LOG:
        from trainer.reports.hours_log import render_hours_log

        return render_hours_log(data, logo_path)
    from trainer.reports.readiness_report import render_readiness

    return render_readiness(data, logo_path)


def _info(row: IssuedReport) -> IssuedInfo:
    return IssuedInfo(row.id, row.trainee_id, row.issued_at, row.profile_id, row.kind, row.code,
                      row.data_sha256, row.path)


class ReportService:
    def __init__(self, services):
        self._services = services
        self._readiness = ReadinessService(services)

    def profile_for(self, trainee_id: int, profile_id: str | None = None) -> CertificationProfile:
        catalog = self._services.catalog
        trainee = self._services.trainees.get(trainee_id)
        wanted = profile_id or (trainee.profile_id if trainee else None)
        if wanted is None:
            if len(catalog.profiles) == 1:
                return next(iter(catalog.profiles.values()))
            raise ReportError("No certification is chosen for this trainee. Choose one in Settings, or pass "
                              f"--profile with one of: {', '.join(sorted(catalog.profiles)) or 'none loaded'}.")
        profile = catalog.profiles.get(wanted)
        if profile is None:
            raise ReportError(f"The certification '{wanted}' is not in the loaded content. Use one of: "
                              f"{', '.join(sorted(catalog.profiles)) or 'none loaded'}.")
        return profile

    def data(self, trainee_id: int, *, kind: str = READINESS, profile_id: str | None = None,
             agency: str | None = None, logo: bool = False, now: dt.datetime | None = None,
             full_log: bool = False) -> dict:
        """The report's figures. A readiness report lists every hours entry only with `full_log`
        (otherwise the hours by month); an hours log always does."""
        trainee = self._services.trainees.get(trainee_id)
        if trainee is None:
            raise ReportError("That trainee no longer exists.")
        profile = self.profile_for(trainee_id, profile_id)
        inputs = self._readiness.inputs(trainee_id, profile)
        return build_data(kind=kind, trainee=trainee.name, profile=profile,
                          entries=self._services.hours.list_entries(trainee_id), inputs=inputs,
                          issued=now or dt.datetime.now(dt.UTC), agency=agency or "", logo=logo,
                          full_log=full_log)

    def issue(self, trainee_id: int, out: Path, *, kind: str = READINESS, profile_id: str | None = None,
              agency: str | None = None, logo_path: str | None = None,
              now: dt.datetime | None = None, full_log: bool = False) -> IssuedInfo:
        """Draw the report, write it to `out` and record that it was issued (`full_log`: see data)."""
        if kind not in (READINESS, HOURS_LOG):
            raise ReportError(f"Unknown report kind '{kind}'.")
        if logo_path and not Path(logo_path).is_file():
            raise ReportError(f"The logo file {logo_path} does not exist. Check the path in the agency settings.")
        data = self.data(trainee_id, kind=kind, profile_id=profile_id, agency=agency, logo=bool(logo_path), now=now,
                         full_log=full_log)
        pdf = render(data, logo_path)
        out = Path(out)
        try:
            write_bytes_atomic(out, pdf)
        except OSError as exc:
            raise ReportError(f"Could not write the report to {out}: {exc.strerror or exc}. "
                              "Choose a folder you can write to.") from None
        return self.record(trainee_id, data, out)

    def record(self, trainee_id: int, data: dict, out: Path) -> IssuedInfo:
        """Record that a report drawn from `data` was written to `out`."""
        with self._services.database.sessions.begin() as session:
            row = IssuedReport(trainee_id=trainee_id, issued_at=utcnow(), profile_id=data["profile"]["id"],
                               kind=data["kind"], code=code_of(data), data_sha256=data_sha256(data),
                               path=str(Path(out).resolve()))
            session.add(row)
            session.flush()
            return _info(row)

    def default_path(self, trainee_id: int, kind: str = READINESS, now: dt.datetime | None = None) -> Path:
        """Where a new report is kept in the data folder: <data>/reports/<name>-<kind>-<time>.pdf."""
        trainee = self._services.trainees.get(trainee_id)
        name = trainee.name if trainee else "trainee"
        slug = "".join(c if c.isalnum() else "-" for c in name).strip("-").lower() or "trainee"
        stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d-%H%M%S")
        label = "readiness" if kind == READINESS else "hours-log"
        return self._services.settings.data_dir / "reports" / f"{slug}-{label}-{stamp}.pdf"

    def issued(self, trainee_id: int | None = None, code: str | None = None) -> list[IssuedInfo]:
        query = select(IssuedReport)
        if trainee_id is not None:
            query = query.where(IssuedReport.trainee_id == trainee_id)
        if code is not None:
            query = query.where(IssuedReport.code == code)
        with self._services.database.sessions() as session:
            return [_info(r) for r in session.scalars(query.order_by(IssuedReport.issued_at, IssuedReport.id))]
