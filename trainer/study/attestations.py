"""Self-attested requirements of a certification profile, with the date each was met."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.store import reads
from trainer.store.models import AttestationRecord


class AttestationService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def set(self, trainee_id: int, attestation_id: str, on: dt.date | None, note: str | None = None) -> None:
        """Mark an item met on a date, or clear it with `on=None`."""
        with self._sessions.begin() as session:
            row = session.scalar(select(AttestationRecord).where(
                AttestationRecord.trainee_id == trainee_id, AttestationRecord.attestation_id == attestation_id))
            if on is None:
                if row is not None:
                    session.delete(row)
                return
            if row is None:
                row = AttestationRecord(trainee_id=trainee_id, attestation_id=attestation_id, attested_on=on)
                session.add(row)
            row.attested_on = on
            row.note = (note or "").strip() or None

    def met(self, trainee_id: int) -> dict[str, dt.date]:
        with self._sessions() as session:
            return reads.attestations(reads.session_reader(session), trainee_id)
