"""Certificates, letters and transcripts attached to what they prove (CE entries, training hours,
attestations, a certification).

Only PDF, PNG and JPEG are taken, recognised by their first bytes, never by the name; at most
MAX_BYTES. The file is kept in the data folder under its SHA-256 (see store.attachment_files);
the name a person gave is cleaned and only shown. Nothing here opens or runs a file: the
window hands the stored path to the system viewer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from trainer.messages import QT_TRANSLATE_NOOP, MessageError, message
from trainer.store.attachment_files import EXTENSIONS, FOLDER, store, stored_name
from trainer.store.models import Attachment, CeEntry, Certification, HoursEntry

MAX_BYTES = 10 * 1024 * 1024
OWNER_KINDS = {"ce": CeEntry, "hours": HoursEntry, "certification": Certification, "attestation": None}
SIGNATURES = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"))
NAME_LIMIT = 120
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_ATTESTATION = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class AttachmentError(MessageError):
    """A file that cannot be attached, or an attachment that cannot be found; nothing was kept."""


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    trainee_id: int
    owner_kind: str
    owner_key: str
    name: str
    media_type: str
    size: int
    sha256: str
    added_at: dt.datetime


def media_type_of(payload: bytes) -> str | None:
    """What the content is, from its first bytes (None: not a PDF, PNG or JPEG)."""
    return next((kind for magic, kind in SIGNATURES if payload.startswith(magic)), None)


def safe_name(name: str, media_type: str) -> str:
    """A name to show and to save a copy under: the last part of any path, no control or
    reserved characters, no leading dots, and the extension of what the file really is."""
    base = re.split(r"[/\\]", name or "")[-1]
    base = re.sub(r" +\.", ".", " ".join(_UNSAFE.sub(" ", base).split())).strip(". ")
    if _RESERVED.match(base):
        base = f"_{base}"
    extension = EXTENSIONS[media_type]
    allowed = (".jpg", ".jpeg") if extension == "jpg" else (f".{extension}",)
    if not base.lower().endswith(allowed):
        base = f"{base or 'attachment'}.{extension}"
    if len(base) > NAME_LIMIT:
        stem, _, ext = base.rpartition(".")
        base = f"{stem[:NAME_LIMIT - len(ext) - 1]}.{ext}"
    return base


def _info(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(row.id, row.trainee_id, row.owner_kind, row.owner_key, row.name, row.media_type,
                          row.size, row.sha256, row.added_at)


def read_payload(source: Path | bytes) -> bytes:
    if isinstance(source, bytes):
        payload = source
    else:
        path = Path(source)
        if not path.is_file():
            raise AttachmentError(message(QT_TRANSLATE_NOOP("messages", "%1 is not a file that can be attached."),
                                          path.name))
        with path.open("rb") as handle:
            payload = handle.read(MAX_BYTES + 1)
    if len(payload) > MAX_BYTES:
        raise AttachmentError(message(QT_TRANSLATE_NOOP(
            "messages", "The file is larger than %1 MB: scan it at a lower resolution or attach fewer pages."),
            MAX_BYTES // (1024 * 1024)))
    return payload


def checked_payload(source: Path | bytes) -> tuple[bytes, str]:
    """The content and its type, or AttachmentError: not a file, too large, not PDF, PNG or JPEG."""
    payload = read_payload(source)
    media_type = media_type_of(payload)
    if media_type is None:
        raise AttachmentError(message(QT_TRANSLATE_NOOP(
            "messages", "Only PDF, PNG and JPEG files can be attached, and this file is none of them.")))
    return payload, media_type


class AttachmentService:
    def __init__(self, sessions: sessionmaker[Session], data_folder: Path):
        self._sessions = sessions
        self.folder = Path(data_folder) / FOLDER

    def add(self, trainee_id: int, owner_kind: str, owner_key: str | int, source: Path | bytes,
            name: str | None = None) -> AttachmentInfo:
        payload, media_type = checked_payload(source)
        shown = safe_name(name if name is not None else getattr(source, "name", ""), media_type)
        sha256 = hashlib.sha256(payload).hexdigest()
        key = str(owner_key)
        with self._sessions.begin() as session:
            self._check_owner(session, trainee_id, owner_kind, key)
            store(self.folder, sha256, media_type, payload)
            row = Attachment(trainee_id=trainee_id, owner_kind=owner_kind, owner_key=key, name=shown,
                             media_type=media_type, size=len(payload), sha256=sha256)
            session.add(row)
            session.flush()
            return _info(row)

    def list_for(self, owner_kind: str, owner_key: str | int, trainee_id: int | None = None) -> list[AttachmentInfo]:
        """An attestation's key is the profile's item id, the same for every trainee: pass `trainee_id`."""
        query = select(Attachment).where(Attachment.owner_kind == owner_kind, Attachment.owner_key == str(owner_key))
        if trainee_id is not None:
            query = query.where(Attachment.trainee_id == trainee_id)
        with self._sessions() as session:
            return [_info(r) for r in session.scalars(query.order_by(Attachment.id))]

    def for_trainee(self, trainee_id: int) -> list[AttachmentInfo]:
        with self._sessions() as session:
            rows = session.scalars(select(Attachment).where(Attachment.trainee_id == trainee_id)
                                   .order_by(Attachment.owner_kind, Attachment.owner_key, Attachment.id))
            return [_info(r) for r in rows]

    def path_of(self, info: AttachmentInfo) -> Path:
        """The stored file, for the system viewer or a packet; refused if it is missing or changed."""
        path = self.folder / stored_name(info.sha256, info.media_type)
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != info.sha256:
            raise AttachmentError(message(QT_TRANSLATE_NOOP(
                "messages", "The attached file %1 is missing or was changed: restore a backup or attach it again."),
                info.name))
        return path

    def remove(self, attachment_id: int) -> AttachmentInfo:
        with self._sessions.begin() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                raise AttachmentError(message(QT_TRANSLATE_NOOP("messages", "That attachment is no longer there.")))
            info = _info(row)
            session.delete(row)
        self.forget_unused([info])
        return info

    def remove_for(self, session: Session, owner_kind: str, owner_key: str | int) -> list[AttachmentInfo]:
        """Inside a caller's transaction (an entry being deleted): its attachments go with it.
        Call forget_unused with the result once that transaction is committed."""
        rows = list(session.scalars(select(Attachment).where(
            Attachment.owner_kind == owner_kind, Attachment.owner_key == str(owner_key))))
        for row in rows:
            session.delete(row)
        return [_info(r) for r in rows]

    def forget_unused(self, removed: list[AttachmentInfo]) -> None:
        """Delete the stored files no attachment refers to any more (backups keep their copies)."""
        with self._sessions() as session:
            for info in removed:
                if not session.scalar(select(func.count()).select_from(Attachment)
                                      .where(Attachment.sha256 == info.sha256)):
                    (self.folder / stored_name(info.sha256, info.media_type)).unlink(missing_ok=True)

    @staticmethod
    def _check_owner(session: Session, trainee_id: int, owner_kind: str, key: str) -> None:
        if owner_kind not in OWNER_KINDS:
            raise ValueError(f"unknown attachment owner kind {owner_kind!r}")
        model = OWNER_KINDS[owner_kind]
        if model is None:
            found = bool(_ATTESTATION.match(key))
        else:
            row = session.get(model, int(key)) if key.isdigit() else None
            found = row is not None and row.trainee_id == trainee_id
        if not found:
            raise AttachmentError(message(QT_TRANSLATE_NOOP(
                "messages", "What this file was to be attached to is no longer there.")))
