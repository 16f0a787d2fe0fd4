"""The agency authority, the identities it issues, and what an install trusts."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography.hazmat.primitives import serialization

from tests.signing.conftest import AGENCY_PASS, HOLDER_PASS
from trainer.agency import AgencyConfigError, parse_agency_config
from trainer.signing.authority import (
    CA_CERT,
    CA_KEY,
    CRL,
    AuthorityError,
    create_authority,
    open_authority,
    read_register,
)
from trainer.signing.identities import SUPERVISOR, IdentityError, load_identity, verify_bytes
from trainer.signing.trust import Standing, TrustStore, load_trust, trust_of_agency


def test_the_authority_key_is_never_written_in_clear(agency):
    blob = (agency.folder / CA_KEY).read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in blob
    with pytest.raises(TypeError):  # no passphrase: cannot be read
        serialization.load_pem_private_key(blob, None)
    with pytest.raises(AuthorityError, match="passphrase is wrong"):
        open_authority(agency.folder, "not the passphrase")
    assert open_authority(agency.folder, AGENCY_PASS).agency_name == "Sunrise Recovery"


def test_init_refuses_a_folder_that_has_an_authority_and_short_passphrases(agency, tmp_path):
    with pytest.raises(AuthorityError, match="already holds"):
        create_authority(agency.folder, "Other", AGENCY_PASS)
    with pytest.raises(AuthorityError, match="at least 8"):
        create_authority(tmp_path / "new", "Other", "short")


def test_a_supervisor_identity_says_who_it_is(supervisor_p12, agency):
    identity = load_identity(supervisor_p12, HOLDER_PASS)
    info = identity.info
    assert (info.name, info.email, info.agency, info.role) == (
        "Dana Supervisor", "dana@sunrise.example", "Sunrise Recovery", SUPERVISOR)
    assert info.serial >= 2 and info.not_after > dt.datetime.now(dt.UTC) + dt.timedelta(days=700)
    assert identity.chain == (agency.certificate,)
    assert any(row.serial == info.serial and row.name == "Dana Supervisor" for row in read_register(agency.folder))
    signature = identity.sign(b"entry 1: 3.5 hours")
    assert verify_bytes(identity.certificate, b"entry 1: 3.5 hours", signature)
    assert not verify_bytes(identity.certificate, b"entry 1: 9.5 hours", signature)


def test_a_wrong_passphrase_or_a_certificate_alone_cannot_sign(supervisor_p12, agency, tmp_path):
    with pytest.raises(IdentityError, match="passphrase is wrong"):
        load_identity(supervisor_p12, "guessed")
    with pytest.raises(IdentityError, match="Could not read"):
        load_identity(tmp_path / "missing.p12", HOLDER_PASS)
    pem = tmp_path / "ca.p12"
    pem.write_bytes((agency.folder / CA_CERT).read_bytes())  # a certificate is public: it holds no key
    with pytest.raises(IdentityError):
        load_identity(pem, HOLDER_PASS)


def test_trust_follows_the_agency_certificate_and_its_revocation_list(agency, tmp_path):
    _, blob = agency.issue("Lee Leaving", HOLDER_PASS)
    (tmp_path / "lee.p12").write_bytes(blob)
    lee = load_identity(tmp_path / "lee.p12", HOLDER_PASS)
    trust = load_trust(agency.folder / CA_CERT)
    assert trust.check(lee.certificate).standing is Standing.TRUSTED
    assert trust.check(lee.certificate, roles=(SUPERVISOR,)).trusted
    assert trust.check(lee.certificate, at=dt.datetime.now(dt.UTC) + dt.timedelta(days=800)).standing \
        is Standing.EXPIRED

    agency.revoke(lee.info.serial)
    assert (agency.folder / CRL).is_file()
    assert load_trust(agency.folder / CA_CERT).check(lee.certificate).standing is Standing.REVOKED
    assert [row.revoked is not None for row in read_register(agency.folder) if row.serial == lee.info.serial] == [True]
    with pytest.raises(AuthorityError, match="No certificate with serial 999"):
        agency.revoke(999)


def test_another_agencys_certificates_and_a_stand_alone_install_are_not_trusted(agency, tmp_path):
    other = create_authority(tmp_path / "other", "Sunrise Recovery", AGENCY_PASS)  # same name, other key
    _, blob = other.issue("Dana Supervisor", HOLDER_PASS)
    (tmp_path / "fake.p12").write_bytes(blob)
    fake = load_identity(tmp_path / "fake.p12", HOLDER_PASS)
    assert load_trust(agency.folder / CA_CERT).check(fake.certificate).standing is Standing.UNKNOWN
    assert TrustStore().check(fake.certificate).standing is Standing.UNKNOWN
    assert trust_of_agency(parse_agency_config(_agency_file(tmp_path, None))).roots == ()


def test_the_agency_file_names_the_authority_to_trust(agency, tmp_path):
    config = parse_agency_config(_agency_file(tmp_path, agency.folder / CA_CERT))
    assert config.trust_ca == agency.folder / CA_CERT
    assert trust_of_agency(config).roots == (agency.certificate,)
    with pytest.raises(AgencyConfigError, match="trust_ca"):
        parse_agency_config(_agency_file(tmp_path, tmp_path / "nowhere.pem"))


def _agency_file(folder, ca):
    path = folder / "agency.toml"
    path.write_text('agency_name = "Sunrise"\n' + (f'trust_ca = "{ca}"\n' if ca else ""), encoding="utf-8")
    return path
