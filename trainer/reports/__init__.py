"""Reports: the certification-readiness PDF and the hours log, issued and recorded. No Qt.

`ReportService.issue(...)` is the one way a report is made, for the window and the command
line alike: it gathers the figures, draws the PDF, signs it (PAdES: with the supervisor's or the
agency's report certificate when given one, else self-issued by this install's own key), writes it
atomically and records it (through the study layer's IssuedReportService);
`trainer.reports.verify.verify_report` checks a file later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.content.schema import Catalog, CertificationProfile
from trainer.files import write_bytes_atomic
from trainer.messages import CONTEXT, QT_TRANSLATE_NOOP, MessageError, message
from trainer.operations.progress import Progress, no_progress
from trainer.reports.data import (
    HOURS_LOG,
    READINESS,
    RENEWAL_PACKET,
    build_data,
    code_of,
    data_sha256,
)
from trainer.reports.signature import signature_claim, signing_reason
from trainer.study.issued_reports import IssuedInfo, IssuedReportService

if TYPE_CHECKING:
    from trainer.signing.identities import Identity
    from trainer.study.hours import HoursService
    from trainer.study.readiness import ReadinessService
    from trainer.study.trainees import TraineeService

__all__ = ["HOURS_LOG", "READINESS", "RENEWAL_PACKET", "IssuedInfo", "ReportError", "ReportService", "render"]
STEPS = 4  # gather, draw, sign, then write and record: what `progress` counts


class ReportError(MessageError):
    """A report that cannot be made, worded for the user (`message` is the Message)."""


def render(data: dict, logo_path: str | None = None) -> bytes:
    """Draw the PDF for report data of either kind, in the language and fonts the data names."""
    from trainer.reports.report_language import drawing

    with drawing(data):
        if data["kind"] == HOURS_LOG:
            from trainer.reports.hours_log import render_hours_log

            return render_hours_log(data, logo_path)
        from trainer.reports.readiness_report import render_readiness

        return render_readiness(data, logo_path)


def _known(catalog: Catalog) -> str:
    return ", ".join(sorted(catalog.profiles)) or "none loaded"


class ReportService:
    """Reads go through the services it is given, each opening its own session, so a report
    can be issued on a background thread."""

    def __init__(self, *, catalog: Callable[[], Catalog], trainees: TraineeService, hours: HoursService,
                 readiness: ReadinessService, issued: IssuedReportService, reports_dir: Path,
                 signed: Callable[[int], Mapping[int, str]] | None = None, signing_dir: Path | None = None,
                 skills: Callable[[int, str], dict] | None = None):
        self._catalog = catalog  # a callable: the curriculum can be reloaded while the app runs
        self._skills = skills  # (trainee id, language) → the conversation-skills section's data (skills_section.skills_data)
        self._signed = signed  # entry id → "signer, date" of the validly signed entries (checked each time)
        self._trainees = trainees
        self._hours = hours
        self._readiness = readiness
        self._issued = issued
        self._reports_dir = reports_dir
        self._signing_dir = signing_dir or reports_dir.parent / "signing"  # this install's own key

    def profile_for(self, trainee_id: int, profile_id: str | None = None) -> CertificationProfile:
        catalog = self._catalog()
        trainee = self._trainees.get(trainee_id)
        wanted = profile_id or (trainee.profile_id if trainee else None)
        if wanted is None:
            if len(catalog.profiles) == 1:
                return next(iter(catalog.profiles.values()))
            raise ReportError(message(QT_TRANSLATE_NOOP(
                CONTEXT, "No certification is chosen for this trainee. Choose one in Settings, or pass "
                         "--profile with one of: %1."), _known(catalog)))
        profile = catalog.profiles.get(wanted)
        if profile is None:
            raise ReportError(message(QT_TRANSLATE_NOOP(
                CONTEXT, "The certification '%1' is not in the loaded content. Use one of: %2."),
                wanted, _known(catalog)))
        return profile

    def data(self, trainee_id: int, *, kind: str = READINESS, profile_id: str | None = None,
             agency: str | None = None, logo: bool = False, now: dt.datetime | None = None,
             full_log: bool = False, language: str = "en") -> dict:
        """The report's figures. A readiness report lists every hours entry only with `full_log`
        (otherwise the hours by month); an hours log always does. `language` ("en", "es"): its
        words and the curriculum's (English where a text is not translated)."""
        trainee = self._trainees.get(trainee_id)
        if trainee is None:
            raise ReportError(message(QT_TRANSLATE_NOOP(CONTEXT, "That trainee no longer exists.")))
        profile = self.profile_for(trainee_id, profile_id)
        inputs = self._readiness.inputs(trainee_id, profile)
        if language != "en":
            from trainer.content.translations import in_language
            from trainer.reports.data import inputs_in

            inputs = inputs_in(inputs, in_language(self._catalog(), language))
            profile = inputs.profile
        data = build_data(kind=kind, trainee=trainee.name, profile=profile, language=language,
                          entries=self._hours.list_entries(trainee_id), inputs=inputs,
                          issued=now or dt.datetime.now(dt.UTC), agency=agency or "", logo=logo,
                          full_log=full_log, signed=self._signed(trainee_id) if self._signed else None)
        if kind == READINESS and self._skills is not None:
            from trainer.reports.report_language import drawing

            with drawing(data):  # its words in the report's language
                data["skills"] = self._skills(trainee_id, language)  # a study signal: printed, never a requirement
        return data

    def issue(self, trainee_id: int, out: Path | None = None, *, kind: str = READINESS,
              profile_id: str | None = None, agency: str | None = None, logo_path: str | None = None,
              now: dt.datetime | None = None, full_log: bool = False, signer: Identity | None = None,
              progress: Progress = no_progress, language: str = "en") -> IssuedInfo:
        """Draw the report, sign it as `signer` (None: self-issued by this install), write it to `out`
        (default: a new file in the data folder's reports) and record that it was issued
        (`full_log`, `language`: see data). `progress` counts the STEPS and
        may raise Cancelled before each: a cancelled report writes and records nothing (it is not
        called once the file is written, so a written report is always recorded)."""
        if kind not in (READINESS, HOURS_LOG):
            raise ReportError(message(QT_TRANSLATE_NOOP(CONTEXT, "Unknown report kind '%1'."), kind))
        if logo_path and not Path(logo_path).is_file():
            raise ReportError(message(QT_TRANSLATE_NOOP(
                CONTEXT, "The logo file %1 does not exist. Check the path in the agency settings."), logo_path))
        progress(0, STEPS)
        data = self.data(trainee_id, kind=kind, profile_id=profile_id, agency=agency, logo=bool(logo_path), now=now,
                         full_log=full_log, language=language)
        if signer is not None:
            from trainer.signing.pdf_signing import unusable_signer

            problem = unusable_signer(signer)  # by the clock, not the report date a test may set
            if problem is not None:
                raise ReportError(problem)
        identity = signer or self.install_identity()
        data["signature"] = signature_claim(identity.info)  # printed, and checked against the signer
        progress(1, STEPS)
        pdf = render(data, logo_path)
        progress(2, STEPS)
        from trainer.signing.pdf_signing import sign_pdf_bytes

        pdf = sign_pdf_bytes(pdf, identity, reason=signing_reason(data))
        progress(3, STEPS)
        out = Path(out) if out is not None else self.default_path(trainee_id, kind)
        try:
            write_bytes_atomic(out, pdf)
        except OSError as exc:
            raise ReportError(message(QT_TRANSLATE_NOOP(
                CONTEXT, "Could not write the report to %1: %2. Choose a folder you can write to."),
                out, exc.strerror or exc)) from None
        return self._issued.record(trainee_id, profile_id=data["profile"]["id"], kind=data["kind"],
                                   code=code_of(data), data_sha256=data_sha256(data), path=str(out.resolve()))

    def install_identity(self) -> Identity:
        """The key a report is signed with when no certificate is given (made on first use)."""
        from trainer.signing.pdf_signing import install_identity

        return install_identity(self._signing_dir)

    @property
    def signing_dir(self) -> Path:
        return self._signing_dir

    def default_path(self, trainee_id: int, kind: str = READINESS, now: dt.datetime | None = None) -> Path:
        """Where a new report is kept in the data folder: <data>/reports/<name>-<kind>-<time>.pdf."""
        trainee = self._trainees.get(trainee_id)
        name = trainee.name if trainee else "trainee"
        slug = "".join(c if c.isalnum() else "-" for c in name).strip("-").lower() or "trainee"
        stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d-%H%M%S")
        label = {READINESS: "readiness", RENEWAL_PACKET: "renewal-packet"}.get(kind, "hours-log")
        return self._reports_dir / f"{slug}-{label}-{stamp}.pdf"

    def issued(self, trainee_id: int | None = None, code: str | None = None) -> list[IssuedInfo]:
        """The reports issued so far, oldest first."""
        return self._issued.issued(trainee_id, code)
