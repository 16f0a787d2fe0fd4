"""A supervisor's signature over an hours entry: what exactly is signed, and whether a signature holds.

The signature covers every field of the entry (and the trainee's name and the entry's id, so it
cannot be moved to another entry or trainee) through `fields_digest`, and the time of signing.
`check` says whether a stored signature still holds: the entry unchanged since, the signature made
with the certificate's key, and the certificate from an authority this install trusts, in date when
it signed, not revoked, and a supervisor's. No database, no Qt.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import hashlib
import json
import logging
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import NamedTuple

from cryptography import x509

from trainer.messages import QT_TRANSLATE_NOOP, Message, message
from trainer.signing.identities import SUPERVISOR, Identity, certificate_pem, describe, verify_bytes
from trainer.signing.trust import Standing, TrustStore
from trainer.study.hours_rules import HoursEntryInfo

FORMAT = "cpsw-trainer hours sign-off 1"
FIELDS = ("entry", "trainee", "date", "hours", "kind", "domain", "setting", "activity", "supervisor", "notes")
CENT = Decimal("0.01")


def entry_fields(entry: HoursEntryInfo, trainee: str) -> dict:
    """What a signature covers, as plain JSON values: every field of the entry, its id and its trainee."""
    return {"entry": entry.id, "trainee": trainee, "date": entry.date.isoformat(),
            "hours": str(Decimal(entry.hours).quantize(CENT)), "kind": entry.kind, "domain": entry.domain,
            "setting": entry.setting, "activity": entry.activity, "supervisor": entry.supervisor,
            "notes": entry.notes}


def canonical(fields: Mapping) -> bytes:
    """One byte string per set of fields: named fields only, sorted keys, no spaces, UTF-8."""
    return json.dumps([FORMAT, {name: fields.get(name) for name in FIELDS}], sort_keys=True,
                      separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def fields_digest(fields: Mapping) -> str:
    return hashlib.sha256(canonical(fields)).hexdigest()


def signing_time(when: dt.datetime) -> dt.datetime:
    """Naive UTC to the second: what both databases store and give back unchanged."""
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when.replace(microsecond=0)


def signed_bytes(digest: str, signed_at: dt.datetime) -> bytes:
    """The bytes the supervisor's key signs: the fields' digest and when."""
    return f"{FORMAT}\n{digest}\n{signing_time(signed_at).isoformat()}".encode("ascii")


class SignatureRecord(NamedTuple):
    """One signature as stored (the hours_signature row) and carried in a response file."""

    entry_id: int
    signer_name: str
    certificate: str  # PEM
    signature: str  # base64
    signed_at: dt.datetime  # naive UTC, to the second
    fields_digest: str

    def as_json(self) -> dict:
        return {"entry": self.entry_id, "signer": self.signer_name, "certificate": self.certificate,
                "signature": self.signature, "signed_at": self.signed_at.isoformat(), "digest": self.fields_digest}


def sign_fields(identity: Identity, fields: Mapping, now: dt.datetime | None = None) -> SignatureRecord:
    """Sign one entry's fields with an unlocked supervisor identity."""
    signed_at = signing_time(now or dt.datetime.now(dt.UTC))
    digest = fields_digest(fields)
    signature = identity.sign(signed_bytes(digest, signed_at))
    return SignatureRecord(int(fields["entry"]), describe(identity.certificate).name,
                           certificate_pem(identity.certificate).decode("ascii"),
                           base64.b64encode(signature).decode("ascii"), signed_at, digest)


def describe_certificate(pem: str) -> tuple[str, str]:
    """(serial, issuer) of a stored certificate, for the history; ("?", "?") when it cannot be read."""
    try:
        info = describe(x509.load_pem_x509_certificate(pem.encode("ascii")))
    except (ValueError, UnicodeEncodeError):
        return "?", "?"
    return str(info.serial), info.issuer


class State(enum.Enum):
    VALID = "valid"
    CHANGED = "changed"  # the entry is no longer what was signed
    BROKEN = "broken"  # the signature does not match its certificate, or cannot be read
    UNTRUSTED = "untrusted"  # no authority this install trusts issued the certificate
    REVOKED = "revoked"
    EXPIRED = "expired"  # the certificate was not in date when it signed
    NOT_SUPERVISOR = "not supervisor"  # a certificate for something else (e.g. report signing)


_STANDING = {Standing.TRUSTED: State.VALID, Standing.UNKNOWN: State.UNTRUSTED, Standing.REVOKED: State.REVOKED,
             Standing.EXPIRED: State.EXPIRED, Standing.WRONG_ROLE: State.NOT_SUPERVISOR}


class Check(NamedTuple):
    """Whether one signature holds, and why not (`reason`, worded by the UI or the command line)."""

    state: State
    signer: str
    signed_at: dt.datetime
    reason: Message | None = None

    @property
    def valid(self) -> bool:
        return self.state is State.VALID


def _changed(record: SignatureRecord, fields: Mapping) -> Message:
    return message(QT_TRANSLATE_NOOP(
        "messages", "What %1 signed on %2 is not the entry of %3 (%4 h) as logged now: the entry changed since, "
                    "or the signed copy was altered. The signature does not count."),
        record.signer_name, f"{record.signed_at:%Y-%m-%d}", fields.get("date"), fields.get("hours"))


def _broken(record: SignatureRecord) -> Message:
    return message(QT_TRANSLATE_NOOP(
        "messages", "The signature said to be by %1 does not match its certificate: it was altered or made up."),
        record.signer_name)


def trust_key(trust: TrustStore) -> tuple:
    """What a check depends on besides the record: the trusted roots and revocation lists."""
    return (tuple(r.fingerprint(r.signature_hash_algorithm) for r in trust.roots if r.signature_hash_algorithm),
            tuple(c.fingerprint(c.signature_hash_algorithm) for c in trust.crls if c.signature_hash_algorithm))


def check(record: SignatureRecord, fields: Mapping, trust: TrustStore) -> Check:
    """Whether `record` is a valid signature, by a trusted supervisor, of these fields."""
    if fields_digest(fields) != record.fields_digest:
        return Check(State.CHANGED, record.signer_name, record.signed_at, _changed(record, fields))
    return check_signature(record, trust)


def check_signature(record: SignatureRecord, trust: TrustStore, memo: dict | None = None) -> Check:
    """`check` without comparing the fields: the signature and its certificate alone. `memo` keeps
    parsed certificates and their standing at a signing time, which entries signed together share."""
    memo = {} if memo is None else memo
    try:
        certificate = memo.get(record.certificate)
        if certificate is None:
            certificate = memo[record.certificate] = x509.load_pem_x509_certificate(record.certificate.encode("ascii"))
        signature = base64.b64decode(record.signature, validate=True)
    except (ValueError, binascii.Error, UnicodeEncodeError):
        return Check(State.BROKEN, record.signer_name, record.signed_at, _broken(record))
    if (describe(certificate).name != record.signer_name
            or not verify_bytes(certificate, signed_bytes(record.fields_digest, record.signed_at), signature)):
        return Check(State.BROKEN, record.signer_name, record.signed_at, _broken(record))
    key = (record.certificate, record.signed_at)  # the memo belongs to one trust (Checker resets it)
    verdict = memo.get(key)
    if verdict is None:
        verdict = memo[key] = trust.check(certificate, at=record.signed_at.replace(tzinfo=dt.UTC), roles=(SUPERVISOR,))
    state = _STANDING[verdict.standing]
    return Check(state, record.signer_name, record.signed_at, None if state is State.VALID else verdict.message)


class Checker:
    """`check` with the expensive part (the signature and the certificate's standing) remembered
    per record and trust, so the log and readiness can ask again and again. The fields are compared
    every time: that is what changes."""

    def __init__(self, trust: Callable[[], TrustStore]):
        self._trust = trust
        self._known: dict[tuple, Check] = {}
        self._memo: dict = {}  # parsed certificates and standings (check_signature), for one trust
        self._memo_key: tuple | None = None

    def trust(self) -> TrustStore:
        """The trusted authorities now; a missing or unreadable CA file trusts nobody (and says so in the log)."""
        try:
            return self._trust()
        except (ValueError, OSError):
            logging.getLogger(__name__).exception("could not read the trusted authorities")
            return TrustStore()

    def check(self, record: SignatureRecord, fields: Mapping, trust: TrustStore | None = None) -> Check:
        if fields_digest(fields) != record.fields_digest:
            return Check(State.CHANGED, record.signer_name, record.signed_at, _changed(record, fields))
        trust = trust or self.trust()
        known = trust_key(trust)
        key = (record, known)
        found = self._known.get(key)
        if found is None:
            if len(self._known) > 50_000:
                self._known.clear()
            if self._memo_key != known:  # certificates' standing under other trust is no guide
                self._memo, self._memo_key = {}, known
            found = self._known[key] = check_signature(record, trust, self._memo)
        return found
