"""The record of issued reports: which PDF was written for whom, and the code it carries.

The reports package draws and writes the PDFs; this is the one place that keeps and reads
their records, so reports run no queries of their own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from trainer.store.models import IssuedReport


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


def _info(row: IssuedReport) -> IssuedInfo:
    return IssuedInfo(row.id, row.trainee_id, row.issued_at, row.profile_id, row.kind, row.code,
                      row.data_sha256, row.path)


class IssuedReportService:
    """Opens a session per call, so a report issued on a background thread records itself there."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def record(self, trainee_id: int, *, profile_id: str | None, kind: str, code: str, data_sha256: str,
               path: str | None) -> IssuedInfo:
        from trainer.store.models import IssuedReport, utcnow

        with self._sessions.begin() as session:
            row = IssuedReport(trainee_id=trainee_id, issued_at=utcnow(), profile_id=profile_id, kind=kind,
                               code=code, data_sha256=data_sha256, path=path)
            session.add(row)
            session.flush()
            return _info(row)

    def issued(self, trainee_id: int | None = None, code: str | None = None) -> list[IssuedInfo]:
        """Oldest first."""
        from sqlalchemy import select

        from trainer.store.models import IssuedReport

        query = select(IssuedReport)
        if trainee_id is not None:
            query = query.where(IssuedReport.trainee_id == trainee_id)
        if code is not None:
            query = query.where(IssuedReport.code == code)
        with self._sessions() as session:
            return [_info(r) for r in session.scalars(query.order_by(IssuedReport.issued_at, IssuedReport.id))]
