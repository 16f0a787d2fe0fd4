"""The writes of supervisor sign-off: signing here, importing a signed response, asking for a change.

Each checks every signature before anything is kept (trainer/study/signoff_records.py) and says the
hours changed; a refusal is a SignoffError (or HoursError) with the reasons, and nothing changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from trainer.operations.changes import Change, Done
from trainer.signing.identities import Identity
from trainer.study.hours import EntryData
from trainer.study.signoff import SignatureRecord
from trainer.study.signoff_files import import_response
from trainer.study.signoff_records import ChangeRequest, SignoffService


def sign_entries(signoff: SignoffService, trainee_id: int, entry_ids: Iterable[int], identity: Identity,
                 now: dt.datetime | None = None) -> Done[list[SignatureRecord]]:
    """A supervisor on this computer signs the chosen entries (as logged, or as a request proposes)."""
    return Done(signoff.sign(trainee_id, entry_ids, identity, now), Change.HOURS)


def import_signatures(signoff: SignoffService, trainee_id: int, response: bytes) -> Done[int]:
    """Keep the signatures of a response file; all or none. The value: how many were kept."""
    return Done(import_response(signoff, trainee_id, response), Change.HOURS)


def request_change(signoff: SignoffService, entry_id: int, data: EntryData, *, reason: str | None = None,
                   by: str | None = None, today: dt.date | None = None) -> Done[ChangeRequest]:
    """Ask for a signed entry to be changed: it changes when a supervisor signs it as proposed."""
    return Done(signoff.request_change(entry_id, data, reason=reason, by=by, today=today), Change.HOURS)
