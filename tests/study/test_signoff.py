"""Supervisor sign-off of hours: only a signature by a certificate the agency issued, in date and not
revoked, over the entry exactly as logged, makes it verified; signed entries are locked."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import text

from trainer.signing.authority import create_authority
from trainer.signing.identities import SUPERVISOR, Identity, IdentityError, load_identity
from trainer.signing.trust import TrustStore, load_trust
from trainer.study.hours import Code, EntryData, HoursError
from trainer.study.readiness import ReadinessService
from trainer.study.signoff import Checker, State
from trainer.study.signoff_files import import_response, make_request, read_request, sign_request
from trainer.study.signoff_records import SignoffError, SignoffService
from trainer.study.trainees import TraineeService

HOLDER = "supervisor passphrase"
TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    return create_authority(tmp_path_factory.mktemp("agency"), "Sunrise Recovery", "agency passphrase")


@pytest.fixture(scope="module")
def dana(agency, tmp_path_factory) -> Identity:
    _issued, blob = agency.issue("Dana Supervisor", HOLDER)
    path = tmp_path_factory.mktemp("dana") / "dana.p12"
    path.write_bytes(blob)
    return load_identity(path, HOLDER)


@pytest.fixture
def trusted(agency):
    return lambda: load_trust(agency.folder / "ca.pem")


@pytest.fixture
def signoff(db, service, trusted) -> SignoffService:
    return SignoffService(db.sessions, service, Checker(trusted))


@pytest.fixture
def ana(db):
    return TraineeService(db.sessions).create("Ana Ruiz", "icrc-pr")


def add(service, trainee, **changes):
    values = {"date": dt.date(2026, 11, 1), "hours": Decimal("2"), "kind": "experience", "setting": "Clinic"}
    values.update(changes)
    return service.add_entry(trainee.id, EntryData(**values), today=TODAY)


def self_made(name="Ana Ruiz", issuer_name="Sunrise Recovery signing authority") -> Identity:
    """A certificate a trainee makes on their own, naming itself a supervisor of the agency."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Sunrise Recovery"),
                         x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, SUPERVISOR)])
    issuer = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer_name),
                        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Sunrise Recovery")])
    now = dt.datetime.now(dt.UTC)
    certificate = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(key.public_key())
                   .serial_number(7).not_valid_before(now - dt.timedelta(days=1))
                   .not_valid_after(now + dt.timedelta(days=30)).sign(key, hashes.SHA256()))
    return Identity(key, certificate)


# ---------------------------------------------------------------- signing here


def test_a_supervisor_signs_and_the_entry_counts_as_verified_and_is_locked(signoff, service, ana, dana):
    first, second = add(service, ana), add(service, ana, date=dt.date(2026, 11, 2), hours="3")
    assert signoff.verified_totals(ana.id).experience == 0
    signoff.sign(ana.id, [first.id], dana)
    checks = signoff.checks(ana.id)
    assert checks[first.id].valid and checks[first.id].signer == "Dana Supervisor" and second.id not in checks
    assert signoff.verified_totals(ana.id).experience == Decimal(2)
    assert service.get(first.id).verified_by == "Dana Supervisor"
    for change in (lambda: service.update_entry(first.id, EntryData(dt.date(2026, 11, 1), "8", "experience"),
                                                today=TODAY),
                   lambda: service.delete_entry(first.id), lambda: service.unverify(first.id, by="Ana Ruiz")):
        with pytest.raises(HoursError) as refused:
            change()
        assert refused.value.problem.code is Code.SIGNED and refused.value.problem.params["by"] == "Dana Supervisor"
    history = service.history(entry_id=first.id)
    assert [h.action for h in history] == ["add", "verify"] and history[-1].changed_by == "Dana Supervisor"
    assert [r.signer_name for r in signoff.history(first.id)] == ["Dana Supervisor"]


def test_a_name_typed_by_the_trainee_does_not_count(signoff, service, ana):
    entry = add(service, ana)
    service.verify(entry.id, "Me Myself")
    assert signoff.checks(ana.id) == {} and signoff.verified_totals(ana.id).experience == 0


@pytest.mark.parametrize("who", ["self-made", "stand-alone", "other agency"])
def test_a_trainee_trying_to_sign_is_refused(db, service, ana, who, tmp_path, trusted):
    entry = add(service, ana)
    if who == "self-made":
        identity, trust = self_made(), trusted
    elif who == "stand-alone":  # a real supervisor, but this install trusts nobody yet
        identity, trust = None, TrustStore
    else:
        other = create_authority(tmp_path / "other", "Elsewhere Agency", "other passphrase")
        _issued, blob = other.issue("Ana Ruiz", HOLDER)
        (tmp_path / "ana.p12").write_bytes(blob)
        identity, trust = load_identity(tmp_path / "ana.p12", HOLDER), trusted
    if identity is None:
        agency = create_authority(tmp_path / "agency", "Sunrise Recovery", "agency passphrase")
        _issued, blob = agency.issue("Dana Supervisor", HOLDER)
        (tmp_path / "dana.p12").write_bytes(blob)
        identity = load_identity(tmp_path / "dana.p12", HOLDER)
    signoff = SignoffService(db.sessions, service, Checker(trust))
    with pytest.raises(SignoffError) as refused:
        signoff.sign(ana.id, [entry.id], identity)
    assert refused.value.reasons and "trust" in str(refused.value)
    assert signoff.signatures(ana.id) == {} and not service.get(entry.id).verified


def test_a_wrong_passphrase_opens_no_key(agency, tmp_path):
    _issued, blob = agency.issue("Dana Supervisor", HOLDER)
    (tmp_path / "dana.p12").write_bytes(blob)
    with pytest.raises(IdentityError):
        load_identity(tmp_path / "dana.p12", "guessed")


def test_an_entry_changed_behind_the_app_s_back_no_longer_counts(db, signoff, service, ana, dana):
    entry = add(service, ana)
    signoff.sign(ana.id, [entry.id], dana)
    with db.sessions.begin() as session:
        session.execute(text("UPDATE hours_entry SET hours = 8 WHERE id = :id"), {"id": entry.id})
    found = signoff.checks(ana.id)[entry.id]
    assert found.state is State.CHANGED and not found.valid
    assert signoff.verified_totals(ana.id).experience == 0


def test_a_revoked_certificate_no_longer_counts(db, service, ana, agency, tmp_path, trusted):
    signoff = SignoffService(db.sessions, service, Checker(trusted))
    issued, blob = agency.issue("Sam Leaving", HOLDER)
    (tmp_path / "sam.p12").write_bytes(blob)
    entry = add(service, ana)
    signoff.sign(ana.id, [entry.id], load_identity(tmp_path / "sam.p12", HOLDER))
    assert signoff.valid_ids(ana.id) == {entry.id}
    agency.revoke(issued.serial)
    assert signoff.checks(ana.id)[entry.id].state is State.REVOKED
    assert signoff.verified_totals(ana.id).experience == 0


def test_an_expired_certificate_cannot_sign(signoff, service, ana, agency, tmp_path):
    _issued, blob = agency.issue("Old Supervisor", HOLDER, days=1)
    (tmp_path / "old.p12").write_bytes(blob)
    old = load_identity(tmp_path / "old.p12", HOLDER)
    entry = add(service, ana)
    request = read_request(make_request(signoff, ana.id, [entry.id]))
    response = sign_request(request, old, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=3))
    with pytest.raises(SignoffError) as refused:
        import_response(signoff, ana.id, response)
    assert "valid from" in str(refused.value)
    assert signoff.verified_totals(ana.id).experience == 0


# ---------------------------------------------------------------- offline: request and response


def test_request_signed_elsewhere_and_imported(signoff, service, ana, dana):
    entries = [add(service, ana, date=dt.date(2026, 11, d)) for d in (1, 2, 3)]
    request = read_request(make_request(signoff, ana.id, [e.id for e in entries[:2]]))
    assert request.trainee == "Ana Ruiz" and [f["entry"] for f in request.entries] == [e.id for e in entries[:2]]
    response = sign_request(request, dana)
    assert import_response(signoff, ana.id, response) == 2
    assert signoff.valid_ids(ana.id) == {entries[0].id, entries[1].id}
    assert signoff.verified_totals(ana.id).experience == Decimal(4)


def _tampered(response: bytes, change) -> bytes:
    data = json.loads(response)
    change(data)
    return json.dumps(data).encode()


def _more_hours(data):
    data["signatures"][0]["digest"] = "0" * 64


def _forged_signature(data):
    signature = data["signatures"][0]["signature"]
    data["signatures"][0]["signature"] = ("A" if signature[0] != "A" else "B") + signature[1:]


def _later(data):
    data["signatures"][0]["signed_at"] = "2026-11-19T10:00:00"


def _other_signer(data):
    data["signatures"][0]["signer"] = "Chief Supervisor"


@pytest.mark.parametrize("tamper", [_more_hours, _forged_signature, _later, _other_signer])
def test_a_tampered_response_is_refused_with_the_reason(signoff, service, ana, dana, tamper):
    entry = add(service, ana)
    response = sign_request(read_request(make_request(signoff, ana.id, [entry.id])), dana)
    with pytest.raises(SignoffError) as refused:
        import_response(signoff, ana.id, _tampered(response, tamper))
    assert refused.value.reasons
    assert signoff.signatures(ana.id) == {} and not service.get(entry.id).verified


def test_an_entry_changed_after_the_request_is_refused(signoff, service, ana, dana):
    entry = add(service, ana)
    response = sign_request(read_request(make_request(signoff, ana.id, [entry.id])), dana)
    service.update_entry(entry.id, EntryData(dt.date(2026, 11, 1), "6", "experience"), today=TODAY)
    with pytest.raises(SignoffError) as refused:
        import_response(signoff, ana.id, response)
    assert "the entry changed since" in str(refused.value)


def test_a_response_for_someone_else_is_refused(db, signoff, service, ana, dana):
    ben = TraineeService(db.sessions).create("Ben Cole", "icrc-pr")
    entry = add(service, ana)
    response = sign_request(read_request(make_request(signoff, ana.id, [entry.id])), dana)
    with pytest.raises(SignoffError) as refused:
        import_response(signoff, ben.id, response)
    assert "not for Ben Cole" in str(refused.value)
    renamed = _tampered(response, lambda data: data.update(trainee="Ben Cole"))
    with pytest.raises(SignoffError) as refused:
        import_response(signoff, ben.id, renamed)
    assert "not in this trainee's log" in str(refused.value)


def test_something_that_is_not_a_response_is_refused(signoff, ana):
    for blob in (b"", b"{}", b"\xff\xfe", json.dumps({"format": "cpsw-trainer hours verification response 1"}).encode()):
        with pytest.raises(SignoffError):
            import_response(signoff, ana.id, blob)


# ---------------------------------------------------------------- change requests


def test_a_trainee_asks_for_a_change_and_a_new_signature_applies_it(signoff, service, ana, dana):
    entry = add(service, ana)
    signoff.sign(ana.id, [entry.id], dana)
    wanted = EntryData(dt.date(2026, 11, 1), "2.5", "experience", setting="Clinic", notes="stayed late")
    signoff.request_change(entry.id, wanted, reason="I logged half an hour too little", by="Ana Ruiz", today=TODAY)
    assert service.get(entry.id).hours == Decimal("2.00")  # nothing changes until a supervisor signs
    assert signoff.fields_to_sign(ana.id, [entry.id])[0]["hours"] == "2.50"
    signoff.sign(ana.id, [entry.id], dana)
    changed = service.get(entry.id)
    assert changed.hours == Decimal("2.50") and changed.notes == "stayed late"
    assert signoff.valid_ids(ana.id) == {entry.id} and signoff.requests(ana.id) == {}
    assert [h.action for h in service.history(entry_id=entry.id)] == ["add", "verify", "update", "verify"]
    assert len(signoff.history(entry.id)) == 2


# ---------------------------------------------------------------- readiness


def test_readiness_counts_as_verified_only_validly_signed_hours(settings, tmp_path, agency, dana):
    from trainer.services import open_services

    services = open_services(settings)
    try:
        trainee = services.trainees.create("Ana Ruiz", None)
        profile = next(iter(services.catalog.profiles.values()))
        signoff = SignoffService(services.database.sessions, services.hours,
                                 Checker(lambda: load_trust(agency.folder / "ca.pem")))
        good = add(services.hours, trainee, hours="5")
        typed = add(services.hours, trainee, date=dt.date(2026, 11, 2), hours="4")
        forged = add(services.hours, trainee, date=dt.date(2026, 11, 3), hours="3")
        signoff.sign(trainee.id, [good.id], dana)
        services.hours.verify(typed.id, "Me Myself")
        with pytest.raises(SignoffError):
            signoff.sign(trainee.id, [forged.id], self_made())
        readiness = ReadinessService(lambda: services.catalog, services.overview, verified=signoff.verified_totals)
        experience = next(r for r in readiness.assess(trainee.id, profile).requirements if r.key == "experience")
        assert experience.done == Decimal(12) and experience.verified == Decimal(5)
    finally:
        services.close()
