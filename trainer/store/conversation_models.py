"""Conversation practice records: role-play runs and their steps, reflection-drill ratings, note attempts.

Part of the user data tables (trainer.store.models re-exports them); change only with a migration."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from trainer.store.models import Base, utcnow


class ConversationRun(Base):
    """One run of a branching role-play scenario (content referred to by id, version and hash).

    ending_id stays empty until an ending is reached; a run without one can be resumed."""

    __tablename__ = "conversation_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    scenario_id: Mapped[str] = mapped_column(String(120))
    scenario_version: Mapped[int] = mapped_column(Integer)
    scenario_hash: Mapped[str] = mapped_column(String(64))
    mode: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    ending_id: Mapped[str | None] = mapped_column(String(120))

    steps: Mapped[list[ConversationStep]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="ConversationStep.position"
    )

    __table_args__ = (
        CheckConstraint("mode in ('practice', 'assessment')", name="mode_known"),
        Index("ix_conversation_run_trainee_scenario", "trainee_id", "scenario_id"),
    )


class ConversationStep(Base):
    """One choice in a run, written when it is made. The codes are kept as they were, so a
    run's summary survives later edits of the scenario."""

    __tablename__ = "conversation_step"

    run_id: Mapped[int] = mapped_column(ForeignKey("conversation_run.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    node_id: Mapped[str] = mapped_column(String(120))
    choice_index: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    next_id: Mapped[str] = mapped_column(String(120))
    talk: Mapped[str] = mapped_column(String(20))
    chosen_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    run: Mapped[ConversationRun] = relationship(back_populates="steps")


class DrillRating(Base):
    """A trainee's typed reflection for a drill and their self-rating against its checklist."""

    __tablename__ = "drill_rating"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    drill_id: Mapped[str] = mapped_column(String(120))
    drill_hash: Mapped[str] = mapped_column(String(64))
    reflection: Mapped[str] = mapped_column(Text)
    ticked: Mapped[list] = mapped_column(JSON)
    score_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    rated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_drill_rating_trainee_drill", "trainee_id", "drill_id"),)


class NoteAttempt(Base):
    """A progress note a trainee wrote for an exercise, and their check of it against the rubric."""

    __tablename__ = "note_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    exercise_id: Mapped[str] = mapped_column(String(120))
    exercise_hash: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    ticked: Mapped[list] = mapped_column(JSON)
    score_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    written_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint("format in ('DAP', 'SOAP', 'BIRP')", name="format_known"),
        Index("ix_note_attempt_trainee_exercise", "trainee_id", "exercise_id"),
    )
