"""An agency authority and a supervisor's PKCS#12, made once per test module (key generation is quick,
but every test re-making them adds up). tests/reports/test_signed_reports.py uses the same makers."""

from __future__ import annotations

import pytest

from trainer.signing.authority import create_authority

AGENCY_PASS, HOLDER_PASS = "agency passphrase", "supervisor passphrase"


def make_agency(folder):
    return create_authority(folder, "Sunrise Recovery", AGENCY_PASS)


def make_supervisor(agency, folder):
    _issued, blob = agency.issue("Dana Supervisor", HOLDER_PASS, email="dana@sunrise.example")
    path = folder / "dana.p12"
    path.write_bytes(blob)
    return path


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    return make_agency(tmp_path_factory.mktemp("agency"))


@pytest.fixture(scope="module")
def supervisor_p12(agency, tmp_path_factory):
    return make_supervisor(agency, tmp_path_factory.mktemp("holder"))
