"""Supervisors' signatures over hours entries, kept in the database and checked whenever they count.

`sign` signs entries with an unlocked supervisor identity on this computer; `store` keeps
signatures made elsewhere (a response file, trainer/study/signoff_files.py). Both check every
signature first, all or none: a signature that does not hold is refused with the reason. A
signed entry is locked (trainer/study/hours.py); the trainee may `request_change`, and the change
applies when a supervisor signs the entry as proposed. `checks` says which signatures hold now (the
entry unchanged, the supervisor's certificate trusted, in date when it signed and not revoked):
only those count as verified.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.messages import QT_TRANSLATE_NOOP, Message, MessageError, message, translate
from trainer.signing.identities import Identity
from trainer.store.locks import lock_trainee
from trainer.store.models import (
    HoursChangeRequest,
    HoursEntry,
    HoursHistory,
    HoursSignature,
    Trainee,
    utcnow,
)
from trainer.study.hours import (
    EntryData,
    HoursEntryInfo,
    HoursError,
    HoursService,
    clean_entry,
    totals_of,
)
from trainer.study.hours_problems import Code, problem
from trainer.study.hours_rules import validate_entry
from trainer.study.records import HoursTotals
from trainer.study.signoff import (
    Check,
    Checker,
    SignatureRecord,
    entry_fields,
    fields_digest,
    sign_fields,
)


class SignoffError(MessageError):
    """Signatures refused, nothing stored: `message` says so, `reasons` say why for each."""

    def __init__(self, headline: Message, reasons: Sequence[Message] = ()):
        super().__init__(headline)
        self.reasons = tuple(reasons)

    def __str__(self) -> str:
        return " ".join([self.message.english(), *(r.english() for r in self.reasons)])


class ChangeRequest(NamedTuple):
    id: int
    entry_id: int
    proposed: dict  # the entry's fields as they should be (JSON values, as entry_fields gives them)
    reason: str | None
    requested_by: str | None
    requested_at: dt.datetime


def _record(row: HoursSignature) -> SignatureRecord:
    return SignatureRecord(row.entry_id, row.signer_name, row.certificate, row.signature, row.signed_at,
                           row.fields_digest)


def _proposed_values(data: EntryData) -> dict:
    return {"date": data.date.isoformat(), "hours": str(Decimal(data.hours).quantize(Decimal("0.01"))),
            "kind": data.kind, "domain": data.domain, "setting": data.setting, "activity": data.activity,
            "supervisor": data.supervisor, "notes": data.notes}


class SignoffService:
    def __init__(self, sessions: sessionmaker[Session], hours: HoursService, checker: Checker):
        self._sessions, self._hours, self.checker = sessions, hours, checker

    # -- reading

    def trainee_name(self, trainee_id: int) -> str:
        with self._sessions() as session:
            trainee = session.get(Trainee, trainee_id)
            return trainee.name if trainee else ""

    def signatures(self, trainee_id: int) -> dict[int, SignatureRecord]:
        """The latest signature of each signed entry."""
        with self._sessions() as session:
            rows = session.scalars(select(HoursSignature).where(HoursSignature.trainee_id == trainee_id)
                                   .order_by(HoursSignature.id)).all()
            return {row.entry_id: _record(row) for row in rows}

    def history(self, entry_id: int) -> list[SignatureRecord]:
        """Every signature an entry had, oldest first: who signed what (the digest) and when."""
        with self._sessions() as session:
            return [_record(row) for row in session.scalars(
                select(HoursSignature).where(HoursSignature.entry_id == entry_id).order_by(HoursSignature.id))]

    def checks(self, trainee_id: int, entries: Iterable[HoursEntryInfo] | None = None) -> dict[int, Check]:
        """Whether each signed entry's latest signature holds now."""
        records = self.signatures(trainee_id)
        if not records:
            return {}
        entries = self._hours.list_entries(trainee_id) if entries is None else entries
        name, trust = self.trainee_name(trainee_id), self.checker.trust()
        return {e.id: self.checker.check(records[e.id], entry_fields(e, name), trust)
                for e in entries if e.id in records}

    def valid_ids(self, trainee_id: int, entries: Iterable[HoursEntryInfo] | None = None) -> set[int]:
        return {entry_id for entry_id, found in self.checks(trainee_id, entries).items() if found.valid}

    def verified_totals(self, trainee_id: int) -> HoursTotals:
        """Hours whose entries carry a valid signature from a trusted supervisor."""
        entries = self._hours.list_entries(trainee_id)
        valid = self.valid_ids(trainee_id, entries)
        return totals_of(e for e in entries if e.id in valid)

    def requests(self, trainee_id: int) -> dict[int, ChangeRequest]:
        """The pending change request of each entry that has one (the latest)."""
        with self._sessions() as session:
            rows = session.scalars(select(HoursChangeRequest).where(
                HoursChangeRequest.trainee_id == trainee_id, HoursChangeRequest.resolved_at.is_(None))
                .order_by(HoursChangeRequest.id)).all()
            return {r.entry_id: ChangeRequest(r.id, r.entry_id, dict(r.proposed), r.reason, r.requested_by,
                                              r.requested_at) for r in rows}

    def fields_to_sign(self, trainee_id: int, entry_ids: Iterable[int]) -> list[dict]:
        """What a supervisor is asked to sign for each entry: as logged, or as a pending request
        proposes. Unknown ids (or another trainee's) are left out."""
        wanted = list(dict.fromkeys(entry_ids))
        entries = {e.id: e for e in self._hours.list_entries(trainee_id)}
        name, pending = self.trainee_name(trainee_id), self.requests(trainee_id)
        result = []
        for entry_id in wanted:
            if entry_id in entries:
                fields = entry_fields(entries[entry_id], name)
                if entry_id in pending:
                    fields.update(pending[entry_id].proposed)
                result.append(fields)
        return result

    # -- changes

    def sign(self, trainee_id: int, entry_ids: Iterable[int], identity: Identity,
             now: dt.datetime | None = None) -> list[SignatureRecord]:
        """Sign entries here with a supervisor's unlocked identity; refused (SignoffError) unless
        its certificate is one this install trusts."""
        records = [sign_fields(identity, fields, now) for fields in self.fields_to_sign(trainee_id, entry_ids)]
        if not records:
            raise SignoffError(message(QT_TRANSLATE_NOOP("messages", "Choose the entries to sign first.")))
        self.store(trainee_id, records)
        return records

    def store(self, trainee_id: int, records: Sequence[SignatureRecord]) -> int:
        """Keep signatures after checking every one against the entry as logged (or as its pending
        request proposes, which the signature then applies). All or none."""
        trust = self.checker.trust()
        with self._sessions.begin() as session:
            if not lock_trainee(session, trainee_id):
                raise HoursError(problem(Code.TRAINEE_GONE))
            name = session.get(Trainee, trainee_id).name
            pending = {r.entry_id: r for r in session.scalars(select(HoursChangeRequest).where(
                HoursChangeRequest.trainee_id == trainee_id, HoursChangeRequest.resolved_at.is_(None))
                .order_by(HoursChangeRequest.id))}
            reasons, accepted = [], []
            for record in records:
                row = session.get(HoursEntry, record.entry_id)
                if row is None or row.trainee_id != trainee_id:
                    reasons.append(message(QT_TRANSLATE_NOOP(
                        "messages", "Entry %1 signed by %2 is not in this trainee's log: the response is for "
                                 "someone else, or the entry was deleted."), record.entry_id, record.signer_name))
                    continue
                current = entry_fields(self._hours_info(row), name)
                proposed = {**current, **pending[row.id].proposed} if row.id in pending else None
                fields = proposed if proposed and fields_digest(proposed) == record.fields_digest else current
                found = self.checker.check(record, fields, trust)
                if not found.valid:
                    reasons.append(found.reason)
                    continue
                accepted.append((row, record, fields is proposed))
            if reasons:
                raise SignoffError(message(translate(
                    "messages", "No signature was kept: %n of them cannot be accepted.", None, 1), n=len(reasons)),
                    reasons)
            for row, record, applies in accepted:
                self._keep(session, row, record, pending.get(row.id) if applies else None)
        return len(accepted)

    def request_change(self, entry_id: int, data: EntryData, *, reason: str | None = None,
                       by: str | None = None, today: dt.date | None = None) -> ChangeRequest:
        """Ask for a signed entry to be changed: kept until a supervisor signs it as proposed."""
        data = clean_entry(data)
        with self._sessions.begin() as session:
            row = session.get(HoursEntry, entry_id)
            if row is None:
                raise HoursError(problem(Code.ENTRY_GONE))
            same_day = self._hours.day_hours(row.trainee_id)
            earlier = same_day.get(data.date, Decimal(0)) - (Decimal(row.hours) if row.date == data.date else 0)
            problems = validate_entry(data, today=today or dt.date.today(), same_day_hours=earlier,
                                      domains=self._hours.domains)
            if problems:
                raise HoursError(problems)
            for old in session.scalars(select(HoursChangeRequest).where(
                    HoursChangeRequest.entry_id == entry_id, HoursChangeRequest.resolved_at.is_(None))):
                old.resolved_at = utcnow()  # the newest request replaces an older one
            request = HoursChangeRequest(trainee_id=row.trainee_id, entry_id=entry_id, proposed=_proposed_values(data),
                                         reason=(reason or "").strip() or None, requested_by=by, requested_at=utcnow())
            session.add(request)
            session.flush()
            return ChangeRequest(request.id, entry_id, dict(request.proposed), request.reason, by,
                                 request.requested_at)

    # -- helpers

    @staticmethod
    def _hours_info(row: HoursEntry) -> HoursEntryInfo:
        return HoursEntryInfo(row.id, row.trainee_id, row.date, Decimal(row.hours), row.kind, row.domain, row.setting,
                              row.activity, row.supervisor, row.notes, row.verified_by, row.verified_at)

    @staticmethod
    def _keep(session: Session, row: HoursEntry, record: SignatureRecord, request: HoursChangeRequest | None) -> None:
        old = _values(row)
        if request is not None:  # the supervisor signed the entry as the trainee asked it changed
            values = request.proposed
            row.date, row.hours, row.kind = dt.date.fromisoformat(values["date"]), Decimal(values["hours"]), values["kind"]
            for name in ("domain", "setting", "activity", "supervisor", "notes"):
                setattr(row, name, values.get(name))
            request.resolved_at = utcnow()
            session.flush()
            session.add(HoursHistory(trainee_id=row.trainee_id, entry_id=row.id, action="update",
                                     changed_by=record.signer_name, old_values=old, new_values=_values(row)))
            old = _values(row)
        row.verified_by, row.verified_at = record.signer_name[:120], record.signed_at
        session.add(HoursSignature(trainee_id=row.trainee_id, entry_id=row.id, signer_name=record.signer_name,
                                   certificate=record.certificate, signature=record.signature,
                                   signed_at=record.signed_at, fields_digest=record.fields_digest))
        session.add(HoursHistory(trainee_id=row.trainee_id, entry_id=row.id, action="verify",
                                 changed_by=record.signer_name[:120], old_values=old, new_values=_values(row)))


def _values(row: HoursEntry) -> dict:
    from trainer.study.hours import _values as values  # the history's one way of writing an entry

    return values(row)


def valid_mapping(checks: Mapping[int, Check]) -> dict[int, str]:
    """Entry id → "signer, date" for the signatures that hold (what a report prints)."""
    return {entry_id: f"{found.signer}, {found.signed_at:%Y-%m-%d}" for entry_id, found in checks.items()
            if found.valid}
