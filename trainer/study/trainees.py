"""Trainees on this install or agency database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.messages import QT_TRANSLATE_NOOP, MessageError, message
from trainer.store import reads
from trainer.study.records import TraineeInfo

# The storage layer loads only when a trainee is created or changed: the first-run dialog
# imports clean_name from here before the window shows.
if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from trainer.store.models import Trainee

MAX_NAME = 120


class TraineeError(MessageError):
    """A name or profile that cannot be accepted, worded for the user."""


def _info(row: Trainee) -> TraineeInfo:
    return TraineeInfo(row.id, row.name, row.profile_id)


def clean_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise TraineeError(message(QT_TRANSLATE_NOOP("messages", "Please enter a name.")))
    if len(cleaned) > MAX_NAME:
        raise TraineeError(message(QT_TRANSLATE_NOOP("messages", "Please use a name of at most %1 characters."), MAX_NAME))
    return cleaned


class TraineeService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def create(self, name: str, profile_id: str | None) -> TraineeInfo:
        from sqlalchemy import select

        from trainer.store.models import Trainee, utcnow

        name = clean_name(name)
        with self._sessions.begin() as session:
            if session.scalar(select(Trainee).where(Trainee.name == name)) is not None:
                raise TraineeError(message(QT_TRANSLATE_NOOP("messages", "A trainee called '%1' already exists."), name))
            row = Trainee(name=name, profile_id=profile_id, last_active_at=utcnow())
            session.add(row)
            session.flush()
            return _info(row)

    def get(self, trainee_id: int) -> TraineeInfo | None:
        with self._sessions() as session:
            found = reads.trainees(reads.session_reader(session), trainee_id)
        return TraineeInfo(*found[0]) if found else None

    def find(self, name: str) -> TraineeInfo | None:
        from sqlalchemy import select

        from trainer.store.models import Trainee

        with self._sessions() as session:
            row = session.scalar(select(Trainee).where(Trainee.name == " ".join(name.split())))
            return _info(row) if row else None

    def get_or_create(self, name: str, profile_id: str | None) -> tuple[TraineeInfo, bool]:
        found = self.find(name)
        return (found, False) if found else (self.create(name, profile_id), True)

    def all(self) -> list[TraineeInfo]:
        with self._sessions() as session:
            return [TraineeInfo(*row) for row in reads.trainees(reads.session_reader(session))]

    def update(self, trainee_id: int, *, name: str | None = None, profile_id: str | None = None) -> TraineeInfo:
        from trainer.store.models import Trainee

        with self._sessions.begin() as session:
            row = session.get(Trainee, trainee_id)
            if row is None:
                raise TraineeError(message(QT_TRANSLATE_NOOP("messages", "That trainee no longer exists.")))
            if name is not None:
                row.name = clean_name(name)
            if profile_id is not None:
                row.profile_id = profile_id
            return _info(row)
