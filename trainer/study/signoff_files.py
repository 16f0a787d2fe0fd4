"""Sign-off by a supervisor elsewhere, offline, through two files.

1. The trainee exports a verification request (`make_request`): the chosen entries, every field.
2. The supervisor opens it in their own copy of the app and signs it (`sign_request`) with their
   certificate and passphrase, which gives a response file: the signatures and what they cover.
3. The trainee imports the response (`import_response`): every signature is checked against the
   entry in the log and the install's trusted authorities; a response that was altered, is for
   someone else, or is signed by someone the agency does not vouch for is refused with the reason.

Both files are JSON, UTF-8. No database here besides the SignoffService passed in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from trainer.messages import QT_TRANSLATE_NOOP, message
from trainer.signing.identities import Identity
from trainer.signing.trust import TrustStore
from trainer.study.signoff import FIELDS, SignatureRecord, canonical, sign_fields, signing_time
from trainer.study.signoff_records import SignoffError, SignoffService

REQUEST_FORMAT = "cpsw-trainer hours verification request 1"
RESPONSE_FORMAT = "cpsw-trainer hours verification response 1"
MAX_FILE = 20_000_000  # bytes: a response for thousands of entries is far below this


class Request(NamedTuple):
    trainee: str
    made: str  # ISO time the trainee made it
    entries: tuple[dict, ...]  # the fields to sign (signoff.entry_fields), one per entry

    @property
    def digest(self) -> str:
        return _entries_digest(self.entries)


class Response(NamedTuple):
    trainee: str
    request_digest: str
    signatures: tuple[SignatureRecord, ...]
    entries: tuple[dict, ...]  # what was signed, for the trainee to see


def _entries_digest(entries: Iterable[Mapping]) -> str:
    hashed = hashlib.sha256()
    for fields in entries:
        hashed.update(canonical(fields) + b"\n")
    return hashed.hexdigest()


def _dumps(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _unreadable(kind_of_file: str) -> SignoffError:
    if kind_of_file == REQUEST_FORMAT:
        return SignoffError(message(QT_TRANSLATE_NOOP(
            "messages", "This is not a verification request from CPSW Trainer, or it was damaged.")))
    return SignoffError(message(QT_TRANSLATE_NOOP(
        "messages", "This is not a signed response from CPSW Trainer, or it was damaged. Nothing was changed.")))


def _loads(blob: bytes, expected: str, kind_of_file: str) -> dict:
    if len(blob) > MAX_FILE:
        raise _unreadable(kind_of_file)
    try:
        data = json.loads(blob.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _unreadable(kind_of_file) from None
    if not isinstance(data, dict) or data.get("format") != expected:
        raise _unreadable(kind_of_file)
    return data


def _fields(value) -> dict:
    if not isinstance(value, dict) or not isinstance(value.get("entry"), int):
        raise ValueError("entry fields")
    return {name: value.get(name) for name in FIELDS}


# ---------------------------------------------------------------- the trainee: request


def make_request(signoff: SignoffService, trainee_id: int, entry_ids: Iterable[int],
                 now: dt.datetime | None = None) -> bytes:
    entries = signoff.fields_to_sign(trainee_id, entry_ids)
    if not entries:
        raise SignoffError(message(QT_TRANSLATE_NOOP("messages", "Choose the entries to sign first.")))
    made = signing_time(now or dt.datetime.now(dt.UTC)).isoformat()
    return _dumps({"format": REQUEST_FORMAT, "trainee": signoff.trainee_name(trainee_id), "made": made,
                   "entries": entries})


def read_request(blob: bytes) -> Request:
    kind_of_file = REQUEST_FORMAT
    data = _loads(blob, REQUEST_FORMAT, kind_of_file)
    try:
        entries = tuple(_fields(e) for e in data["entries"])
        trainee, made = str(data["trainee"]), str(data.get("made", ""))
    except (KeyError, TypeError, ValueError):
        raise _unreadable(kind_of_file) from None
    if not entries:
        raise _unreadable(kind_of_file)
    return Request(trainee, made, entries)


# ---------------------------------------------------------------- the supervisor: response


def sign_request(request: Request, identity: Identity, *, trust: TrustStore | None = None,
                 now: dt.datetime | None = None) -> bytes:
    """Sign every entry of a request. With `trust` (the supervisor's own install, when it trusts an
    agency), a certificate it does not vouch for is refused here already, not only on import."""
    if trust is not None and trust.roots:
        verdict = trust.check(identity.certificate, at=signing_time(now or dt.datetime.now(dt.UTC)).replace(
            tzinfo=dt.UTC), roles=("Supervisor",))
        if not verdict.trusted:
            raise SignoffError(message(QT_TRANSLATE_NOOP("messages", "These entries cannot be signed with it.")),
                               [verdict.message])
    records = [sign_fields(identity, fields, now) for fields in request.entries]
    return _dumps({"format": RESPONSE_FORMAT, "trainee": request.trainee, "request": request.digest,
                   "signatures": [r.as_json() for r in records], "entries": list(request.entries)})


def read_response(blob: bytes) -> Response:
    kind_of_file = RESPONSE_FORMAT
    data = _loads(blob, RESPONSE_FORMAT, kind_of_file)
    try:
        records = tuple(SignatureRecord(int(s["entry"]), str(s["signer"]), str(s["certificate"]),
                                        str(s["signature"]), dt.datetime.fromisoformat(str(s["signed_at"])),
                                        str(s["digest"])) for s in data["signatures"])
        entries = tuple(_fields(e) for e in data.get("entries", ()))
        trainee, request_digest = str(data["trainee"]), str(data.get("request", ""))
    except (KeyError, TypeError, ValueError):
        raise _unreadable(kind_of_file) from None
    if not records:
        raise _unreadable(kind_of_file)
    return Response(trainee, request_digest, records, entries)


# ---------------------------------------------------------------- the trainee: import


def import_response(signoff: SignoffService, trainee_id: int, blob: bytes) -> int:
    """Keep the signatures of a response after checking each one; all or none. Returns how many."""
    response = read_response(blob)
    name = signoff.trainee_name(trainee_id)
    if response.trainee != name:
        raise SignoffError(message(QT_TRANSLATE_NOOP(
            "messages", "This response was signed for %1, not for %2. Nothing was changed."), response.trainee, name))
    return signoff.store(trainee_id, list(response.signatures))
