"""`cpsw-trainer hours sign-request | sign | import-signatures`: a supervisor elsewhere signs offline."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from trainer.cli import main
from trainer.config import resolve_settings
from trainer.services import open_services
from trainer.signing.authority import create_authority
from trainer.study.hours import EntryData

HOLDER = "supervisor passphrase"


@pytest.fixture
def agency(tmp_path, monkeypatch):
    authority = create_authority(tmp_path / "agency", "Sunrise Recovery", "agency passphrase")
    config = tmp_path / "agency.toml"
    config.write_text(f'agency_name = "Sunrise Recovery"\ntrust_ca = "{authority.folder / "ca.pem"}"\n',
                      encoding="utf-8")
    monkeypatch.setenv("CPSW_TRAINER_AGENCY_CONFIG", str(config))
    return authority


@pytest.fixture
def p12(agency, tmp_path):
    _issued, blob = agency.issue("Dana Supervisor", HOLDER)
    (tmp_path / "dana.p12").write_bytes(blob)
    (tmp_path / "pass.txt").write_text(HOLDER + "\n", encoding="utf-8")
    return tmp_path / "dana.p12"


def _args(settings, *rest):
    return ["--data-dir", str(settings.data_dir), "--content-dir", str(settings.content_dir), *rest]


def _trainee_with_hours(settings) -> int:
    services = open_services(settings)
    try:
        trainee = services.trainees.create("Ana Ruiz", None)
        for day in (1, 2):
            services.hours.add_entry(trainee.id, EntryData(dt.date(2026, 11, day), Decimal(3), "experience"),
                                     today=dt.date(2026, 11, 20))
        return trainee.id
    finally:
        services.close()


def _verified_experience(settings, trainee_id) -> Decimal:
    """As the command line sees it: trusting the agency named in the environment's agency file."""
    services = open_services(resolve_settings(data_dir=settings.data_dir, content_dir=settings.content_dir))
    try:
        return services.signoff.verified_totals(trainee_id).experience
    finally:
        services.close()


def test_request_sign_and_import_from_the_command_line(settings, agency, p12, tmp_path, capsys):
    trainee_id = _trainee_with_hours(settings)
    request, response = tmp_path / "request.json", tmp_path / "response.json"
    assert main(_args(settings, "hours", "sign-request", "--trainee", "Ana Ruiz", "--out", str(request))) == 0
    assert "2 entries" in capsys.readouterr().out
    assert main(_args(settings, "hours", "sign", "--request", str(request), "--p12", str(p12),
                      "--passphrase-file", str(tmp_path / "pass.txt"), "--out", str(response))) == 0
    assert "as Dana Supervisor" in capsys.readouterr().out
    assert _verified_experience(settings, trainee_id) == 0  # nothing counts before the import
    assert main(_args(settings, "hours", "import-signatures", "--trainee", "Ana Ruiz", str(response))) == 0
    assert "Kept 2 signatures" in capsys.readouterr().out
    assert _verified_experience(settings, trainee_id) == Decimal(6)


def test_a_tampered_response_is_refused_on_the_command_line(settings, agency, p12, tmp_path, capsys):
    trainee_id = _trainee_with_hours(settings)
    request, response = tmp_path / "request.json", tmp_path / "response.json"
    main(_args(settings, "hours", "sign-request", "--trainee", "Ana Ruiz", "--out", str(request)))
    main(_args(settings, "hours", "sign", "--request", str(request), "--p12", str(p12),
               "--passphrase-file", str(tmp_path / "pass.txt"), "--out", str(response)))
    data = json.loads(response.read_text(encoding="utf-8"))
    data["signatures"][0]["digest"] = data["signatures"][1]["digest"]  # one entry's signature moved to another
    response.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(_args(settings, "hours", "import-signatures", "--trainee", "Ana Ruiz", str(response))) == 1
    err = capsys.readouterr().err
    assert "No signature was kept" in err and "is not the entry of 2026-11-01 (3.00 h) as logged now" in err
    assert _verified_experience(settings, trainee_id) == 0


def test_a_wrong_passphrase_signs_nothing(settings, agency, p12, tmp_path, capsys):
    _trainee_with_hours(settings)
    request, response = tmp_path / "request.json", tmp_path / "response.json"
    main(_args(settings, "hours", "sign-request", "--trainee", "Ana Ruiz", "--out", str(request)))
    (tmp_path / "wrong.txt").write_text("guessed passphrase\n", encoding="utf-8")
    assert main(_args(settings, "hours", "sign", "--request", str(request), "--p12", str(p12),
                      "--passphrase-file", str(tmp_path / "wrong.txt"), "--out", str(response))) == 1
    assert "passphrase is wrong" in capsys.readouterr().err and not response.exists()
