"""An agency authority and a supervisor's PKCS#12, made once per test module (key generation is quick,
but every test re-making them adds up)."""

from __future__ import annotations

import pytest

from trainer.signing.authority import create_authority

AGENCY_PASS, HOLDER_PASS = "agency passphrase", "supervisor passphrase"


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    return create_authority(tmp_path_factory.mktemp("agency"), "Sunrise Recovery", AGENCY_PASS)


@pytest.fixture(scope="module")
def supervisor_p12(agency, tmp_path_factory):
    issued, blob = agency.issue("Dana Supervisor", HOLDER_PASS, email="dana@sunrise.example")
    path = tmp_path_factory.mktemp("holder") / "dana.p12"
    path.write_bytes(blob)
    return path
