"""Certification, renewal and verification records: the credential, the CE log, attachments,
supervisors' signatures on hours and the changes asked of signed entries.

Part of the user data tables (trainer.store.models re-exports them); change only with a migration."""

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
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from trainer.store.models import Base, utcnow


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
