"""User data tables. Content is referred to by id and hash, never copied here.

Change these only together with a new Alembic migration in migrations/versions.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Trainee(Base):
    __tablename__ = "trainee"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    profile_id: Mapped[str | None] = mapped_column(String(80))
    pin_hash: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_active_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Added by migration 0006, which appends them: a new database has them in the same place.
    pin_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    pin_locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)


class ModuleProgress(Base):
    __tablename__ = "module_progress"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    module_id: Mapped[str] = mapped_column(String(120))
    module_hash: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_section: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (UniqueConstraint("trainee_id", "module_id"),)


class SectionRead(Base):
    __tablename__ = "section_read"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    module_id: Mapped[str] = mapped_column(String(120))
    section_key: Mapped[str] = mapped_column(String(200))
    read_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("trainee_id", "module_id", "section_key"),)


class Attempt(Base):
    __tablename__ = "attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    mode: Mapped[str] = mapped_column(String(20))
    profile_id: Mapped[str | None] = mapped_column(String(80))
    blueprint: Mapped[dict | None] = mapped_column(JSON)
    seed: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    time_limit_seconds: Mapped[int | None] = mapped_column(Integer)
    elapsed_seconds: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="in_progress")
    score_percent: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    # While the clock runs: when elapsed_seconds was last brought up to date (None: paused).
    clock_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    items: Mapped[list[AttemptItem]] = relationship(
        back_populates="attempt", cascade="all, delete-orphan", order_by="AttemptItem.position"
    )

    __table_args__ = (
        CheckConstraint("mode in ('practice', 'review', 'exam')", name="mode_known"),
        CheckConstraint("status in ('in_progress', 'finished', 'abandoned')", name="status_known"),
        Index("ix_attempt_trainee_started", "trainee_id", "started_at"),
    )


class AttemptItem(Base):
    __tablename__ = "attempt_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempt.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(String(120))
    question_hash: Mapped[str] = mapped_column(String(64))
    option_order: Mapped[list | None] = mapped_column(JSON)
    chosen: Mapped[list | None] = mapped_column(JSON)
    correct: Mapped[bool | None] = mapped_column()
    flagged: Mapped[bool] = mapped_column(default=False)
    seconds: Mapped[int] = mapped_column(Integer, default=0)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    attempt: Mapped[Attempt] = relationship(back_populates="items")

    __table_args__ = (UniqueConstraint("attempt_id", "position"),)


class HoursEntry(Base):
    __tablename__ = "hours_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    hours: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    kind: Mapped[str] = mapped_column(String(20))
    domain: Mapped[str | None] = mapped_column(String(60))
    setting: Mapped[str | None] = mapped_column(String(120))
    activity: Mapped[str | None] = mapped_column(String(500))
    supervisor: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)
    verified_by: Mapped[str | None] = mapped_column(String(120))
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        CheckConstraint("hours > 0 and hours <= 24", name="hours_in_day"),
        CheckConstraint("kind in ('training', 'experience', 'supervision')", name="kind_known"),
        Index("ix_hours_trainee_date", "trainee_id", "date"),
    )


class HoursHistory(Base):
    """Every change to an hours entry: who, when, what, and the values before and after.

    No foreign key to hours_entry: the history of a deleted entry is kept.
    """

    __tablename__ = "hours_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    entry_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    changed_by: Mapped[str | None] = mapped_column(String(120))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    old_values: Mapped[dict | None] = mapped_column(JSON)
    new_values: Mapped[dict | None] = mapped_column(JSON)

    __table_args__ = (
        CheckConstraint(
            "action in ('add', 'update', 'delete', 'verify', 'unverify')", name="action_known"
        ),
        Index("ix_hours_history_entry", "entry_id"),
        Index("ix_hours_history_trainee_changed", "trainee_id", "changed_at"),
    )


class ReviewCard(Base):
    """Spaced-review state (fsrs) of one question for one trainee."""

    __tablename__ = "review_card"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(120))
    state: Mapped[dict] = mapped_column(JSON)  # fsrs Card.to_dict()
    due: Mapped[dt.datetime] = mapped_column(DateTime)  # naive UTC, for due queries
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    reviews: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        UniqueConstraint("trainee_id", "question_id"),
        Index("ix_review_card_trainee_due", "trainee_id", "due"),
    )


class AttestationRecord(Base):
    """A self-attested requirement (e.g. diploma, signed code of ethics) and when it was met."""

    __tablename__ = "attestation"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    attestation_id: Mapped[str] = mapped_column(String(120))
    attested_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(500))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("trainee_id", "attestation_id"),)


class IssuedReport(Base):
    """A report PDF that was issued: when, for whom, and the code and hash of the data it embeds."""

    __tablename__ = "report"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    profile_id: Mapped[str | None] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(20))
    data_sha256: Mapped[str] = mapped_column(String(64))
    path: Mapped[str | None] = mapped_column(String(1000))

    __table_args__ = (Index("ix_report_code", "code"),)


class Account(Base):
    """A trainer or supervisor who signs in by name and password (salted scrypt, never clear text)."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(255))
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(120))
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("role in ('trainer', 'supervisor')", name="role_known"),
    )


class SignInThrottle(Base):
    """Wrong tries at a password that has no account row (the agency's trainer password)."""

    __tablename__ = "sign_in_throttle"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(120), unique=True)
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)


# The tables of the later features, in files of their own; imported here so every table is on
# Base.metadata (migrations, the first-start schema) and importable from this module as before.
from trainer.store.conversation_models import (  # noqa: E402, F401
    ConversationRun,
    ConversationStep,
    DrillRating,
    NoteAttempt,
)
from trainer.store.record_models import (  # noqa: E402, F401
    Attachment,
    CeEntry,
    Certification,
    HoursChangeRequest,
    HoursSignature,
)
