"""Issuing a report: the one path for the Reports page (on the background helper) and the
`report` command."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from trainer.operations.changes import Change, Done
from trainer.operations.progress import Progress, no_progress

if TYPE_CHECKING:
    from trainer.reports import ReportService
    from trainer.signing.identities import Identity
    from trainer.study.issued_reports import IssuedInfo


def issue_report(reports: ReportService, trainee_id: int, out: Path | None = None, *, kind: str,
                 profile_id: str | None = None, agency: str | None = None, logo_path: str | None = None,
                 full_log: bool = False, signer: Identity | None = None,
                 progress: Progress = no_progress, language: str = "en") -> Done[IssuedInfo]:
    """Gather, draw, sign (as `signer`, or self-issued by this install), write and record a report
    (`out`: default, a new file in the data folder). Raises ReportError, or Cancelled from `progress`
    before anything is written. `language`: "en" or "es", the report's words and curriculum."""
    info = reports.issue(trainee_id, out, kind=kind, profile_id=profile_id, agency=agency, logo_path=logo_path,
                         full_log=full_log, signer=signer, progress=progress, language=language)
    return Done(info, Change.REPORTS)
