"""A trainee's certification record: the credential earned (a profile), its number, dates.

A trainee is certified once a record exists; the newest is the current one, earlier ones stay
as history. A renewal moves the expiry on, which moves the CE cycle with it (study.renewal).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.messages import QT_TRANSLATE_NOOP, MessageError, message
from trainer.store.models import Certification, Trainee

NUMBER_LIMIT = 80


class CertificationError(MessageError):
    """A record that cannot be kept, worded for a person; nothing was written."""


@dataclass(frozen=True)
class CertificationInfo:
    id: int
    trainee_id: int
    profile_id: str
    number: str | None
    certified_on: dt.date
    expires_on: dt.date | None


def _info(row: Certification) -> CertificationInfo:
    return CertificationInfo(row.id, row.trainee_id, row.profile_id, row.number, row.certified_on, row.expires_on)


def _check(profile_id: str, certified_on: dt.date | None, expires_on: dt.date | None, number: str | None,
           today: dt.date, profiles) -> str | None:
    if profiles is not None and profile_id not in profiles:
        raise CertificationError(message(QT_TRANSLATE_NOOP(
            "messages", "There is no certification profile '%1'."), profile_id))
    if certified_on is None:
        raise CertificationError(message(QT_TRANSLATE_NOOP("messages", "Give the date you were certified.")))
    if certified_on > today:
        raise CertificationError(message(QT_TRANSLATE_NOOP(
            "messages", "The certification date %1 is in the future."), certified_on))
    if expires_on is not None and expires_on <= certified_on:
        raise CertificationError(message(QT_TRANSLATE_NOOP(
            "messages", "The expiry date %1 must come after the certification date %2."),
            expires_on, certified_on))
    number = " ".join((number or "").split()) or None
    if number is not None and len(number) > NUMBER_LIMIT:
        raise CertificationError(message(QT_TRANSLATE_NOOP(
            "messages", "The certificate number is %1 characters long; at most %2 fit."), len(number), NUMBER_LIMIT))
    return number


class CertificationService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def record(self, trainee_id: int, profile_id: str, certified_on: dt.date, *, expires_on: dt.date | None = None,
               number: str | None = None, profiles=None, today: dt.date | None = None) -> CertificationInfo:
        """A new credential. `profiles` (ids the catalog knows), when given, must hold profile_id."""
        number = _check(profile_id, certified_on, expires_on, number, today or dt.date.today(), profiles)
        with self._sessions.begin() as session:
            if session.get(Trainee, trainee_id) is None:
                raise CertificationError(message(QT_TRANSLATE_NOOP(
                    "messages", "This trainee is no longer in the database.")))
            row = Certification(trainee_id=trainee_id, profile_id=profile_id, number=number,
                                certified_on=certified_on, expires_on=expires_on)
            session.add(row)
            session.flush()
            return _info(row)

    def renew(self, certification_id: int, expires_on: dt.date) -> CertificationInfo:
        """The board renewed the credential: its new expiry starts the next cycle."""
        with self._sessions.begin() as session:
            row = self._row(session, certification_id)
            if row.expires_on is not None and expires_on <= row.expires_on:
                raise CertificationError(message(QT_TRANSLATE_NOOP(
                    "messages", "A renewal's expiry date must come after the current one, %1."),
                    row.expires_on))
            _check(row.profile_id, row.certified_on, expires_on, row.number, dt.date.max, None)
            row.expires_on = expires_on
            session.flush()
            return _info(row)

    def delete(self, certification_id: int) -> None:
        with self._sessions.begin() as session:
            session.delete(self._row(session, certification_id))

    def current(self, trainee_id: int) -> CertificationInfo | None:
        history = self.history(trainee_id)
        return history[0] if history else None

    def history(self, trainee_id: int) -> list[CertificationInfo]:
        """Newest first."""
        with self._sessions() as session:
            rows = session.scalars(select(Certification).where(Certification.trainee_id == trainee_id)
                                   .order_by(Certification.certified_on.desc(), Certification.id.desc()))
            return [_info(r) for r in rows]

    @staticmethod
    def _row(session: Session, certification_id: int) -> Certification:
        row = session.get(Certification, certification_id)
        if row is None:
            raise CertificationError(message(QT_TRANSLATE_NOOP(
                "messages", "That certification record is no longer there.")))
        return row
