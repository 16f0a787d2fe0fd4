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


class Certification(Base):
    """A credential a trainee earned: which profile, its number, when, and when it expires.
    Each renewal updates the expiry; earlier credentials stay as history."""

    __tablename__ = "certification"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    profile_id: Mapped[str] = mapped_column(String(80))
    number: Mapped[str | None] = mapped_column(String(80))
    certified_on: Mapped[dt.date] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_certification_trainee_certified", "trainee_id", "certified_on"),)


class CeEntry(Base):
    """One continuing-education course (or self-study, or hours as a trainer) for renewal."""

    __tablename__ = "ce_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    hours: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    title: Mapped[str] = mapped_column(String(300))
    provider: Mapped[str | None] = mapped_column(String(200))
    provider_number: Mapped[str | None] = mapped_column(String(80))
    topics: Mapped[list] = mapped_column(JSON)  # topic ids, e.g. ["ethics"]
    online: Mapped[bool] = mapped_column(default=False)
    kind: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint("hours > 0", name="hours_positive"),
        CheckConstraint("kind in ('course', 'self-study', 'trainer')", name="kind_known"),
        Index("ix_ce_entry_trainee_date", "trainee_id", "date"),
    )


class Attachment(Base):
    """A certificate, letter or transcript kept for what it proves. The file lives in the data
    folder's attachments directory under its SHA-256; the name here is only shown."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    owner_kind: Mapped[str] = mapped_column(String(20))
    owner_key: Mapped[str] = mapped_column(String(120))  # the entry's id, or the attestation's id
    name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint("owner_kind in ('ce', 'hours', 'attestation', 'certification')", name="owner_kind_known"),
        Index("ix_attachment_owner", "owner_kind", "owner_key"),
        Index("ix_attachment_trainee", "trainee_id"),
        Index("ix_attachment_sha256", "sha256"),
    )


class HoursSignature(Base):
    """A supervisor's signature over every field of an hours entry (trainer/study/signoff.py):
    the certificate it was made with, the signature and the digest of the fields it covers.
    Kept when a later signature supersedes it: the rows are the entry's signing history."""

    __tablename__ = "hours_signature"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("hours_entry.id", ondelete="CASCADE"))
    signer_name: Mapped[str] = mapped_column(String(200))
    certificate: Mapped[str] = mapped_column(Text)  # PEM
    signature: Mapped[str] = mapped_column(Text)  # base64
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    fields_digest: Mapped[str] = mapped_column(String(64))  # SHA-256 hex of the canonical fields

    __table_args__ = (
        Index("ix_hours_signature_trainee", "trainee_id"),
        Index("ix_hours_signature_entry", "entry_id"),
    )


class HoursChangeRequest(Base):
    """A trainee's request to change a signed entry: only a supervisor's new signature over the
    proposed values applies it."""

    __tablename__ = "hours_change_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("hours_entry.id", ondelete="CASCADE"))
    proposed: Mapped[dict] = mapped_column(JSON)  # the entry's fields as they should be
    reason: Mapped[str | None] = mapped_column(Text)
    requested_by: Mapped[str | None] = mapped_column(String(120))
    requested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_hours_change_request_entry", "entry_id"),)
