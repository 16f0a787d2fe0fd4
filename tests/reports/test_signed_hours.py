"""A report counts and prints as verified only the entries a trusted supervisor validly signed:
not a name the trainee typed, not a signature made under another agency's authority."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from trainer.signing.authority import create_authority
from trainer.signing.identities import identity_from_pkcs12
from trainer.signing.trust import load_trust
from trainer.study.hours import EntryData
from trainer.study.readiness import ReadinessService
from trainer.study.signoff import Checker
from trainer.study.signoff_records import SignoffError, SignoffService

HOLDER = "supervisor passphrase"


def test_only_validly_signed_entries_are_verified_in_the_report(make_services, tmp_path):
    services = make_services()
    ours = create_authority(tmp_path / "ours", "Sunrise Recovery", "agency passphrase")
    theirs = create_authority(tmp_path / "theirs", "Elsewhere", "agency passphrase")
    dana = identity_from_pkcs12(ours.issue("Dana Supervisor", HOLDER)[1], HOLDER)
    stranger = identity_from_pkcs12(theirs.issue("Some Supervisor", HOLDER)[1], HOLDER)
    # This install trusts our agency (as agency.toml's trust_ca would say).
    services.__dict__["signoff"] = SignoffService(services.database.sessions, services.hours,
                                                  Checker(lambda: load_trust(ours.folder / "ca.pem")))
    trainee = services.trainees.create("Ana Ruiz", "icrc-pr")
    signed, typed, foreign = (services.hours.add_entry(
        trainee.id, EntryData(dt.date(2026, 11, day), Decimal(hours), "experience"), today=dt.date(2026, 11, 20))
        for day, hours in ((1, 5), (2, 4), (3, 3)))
    services.signoff.sign(trainee.id, [signed.id], dana)
    services.hours.verify(typed.id, "Me Myself")
    try:
        services.signoff.sign(trainee.id, [foreign.id], stranger)
        raise AssertionError("a certificate from another agency signed")
    except SignoffError:
        pass

    data = services.reports.data(trainee.id, full_log=True)
    assert data["hours"]["verified_count"] == "1"
    assert ["experience", "12", "5"] in data["hours"]["by_kind"]
    verification = {row[0]: row[-1] for row in data["entries"]}
    assert verification["2026-11-01"].startswith("Dana Supervisor, ")
    assert verification["2026-11-02"] == "not verified" and verification["2026-11-03"] == "not verified"
    readiness = ReadinessService(lambda: services.catalog, services.overview, verified=services.signoff.verified_totals)
    profile = services.reports.profile_for(trainee.id)
    experience = next(r for r in readiness.assess(trainee.id, profile).requirements if r.key == "experience")
    assert experience.done == Decimal(12) and experience.verified == Decimal(5)
