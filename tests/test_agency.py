"""Agency configuration: every key, and clear errors that name the key."""

import pytest

from trainer.agency import AgencyConfigError, load_agency_config, parse_agency_config
from trainer.config import resolve_settings


def write(tmp_path, text, name="agency.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path, monkeypatch):
    import trainer.agency as agency

    monkeypatch.setattr(agency, "candidate_paths", lambda environ=None: [tmp_path / "absent.toml"])
    config = load_agency_config({})
    assert config == agency.AgencyConfig()
    assert config.agency_name == "CPSW Trainer" and not config.lock_authoring and not config.require_pin


def test_every_key(tmp_path):
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "pack.zip").write_bytes(b"PK")
    path = write(tmp_path, """
agency_name = "Sunrise Recovery Center"
logo = "logo.png"
default_profile = "nm-cpsw"
database_url = "postgresql+psycopg://trainer@db/cpsw"
lock_authoring = true
content_packs = ["pack.zip"]
require_pin = true
keep_backups = 30
""")
    config = parse_agency_config(path)
    assert config.agency_name == "Sunrise Recovery Center"
    assert config.logo == tmp_path / "logo.png"
    assert config.default_profile == "nm-cpsw"
    assert config.database_url == "postgresql+psycopg://trainer@db/cpsw"
    assert config.lock_authoring is True and config.require_pin is True
    assert config.content_packs == (tmp_path / "pack.zip",)
    assert config.keep_backups == 30


@pytest.mark.parametrize("text, key", [
    ("agency_name = 3", "agency_name"),
    ('logo = "missing.png"', "logo"),
    ('logo = "agency.toml"', "logo"),
    ("default_profile = ''", "default_profile"),
    ('database_url = "mysql://x"', "database_url"),
    ('lock_authoring = "yes"', "lock_authoring"),
    ("content_packs = 'one.zip'", "content_packs"),
    ("require_pin = 1", "require_pin"),
    ("keep_backups = 0", "keep_backups"),
    ("keep_backups = 'ten'", "keep_backups"),
    ("colour = 'blue'", "colour"),
])
def test_bad_values_name_the_key(tmp_path, text, key):
    path = write(tmp_path, text)
    with pytest.raises(AgencyConfigError) as error:
        parse_agency_config(path)
    assert error.value.key == key and f"key '{key}'" in str(error.value)


def test_bad_toml_names_the_file(tmp_path):
    path = write(tmp_path, "agency_name = ")
    with pytest.raises(AgencyConfigError, match="not valid TOML"):
        parse_agency_config(path)


def test_environment_variable_and_database_precedence(tmp_path):
    path = write(tmp_path, 'database_url = "sqlite:////tmp/agency.db"\nagency_name = "A"')
    env = {"CPSW_TRAINER_AGENCY_CONFIG": str(path), "CPSW_TRAINER_DATA": str(tmp_path)}
    settings = resolve_settings(environ=env)
    assert settings.agency.agency_name == "A" and settings.database_url == "sqlite:////tmp/agency.db"
    env["CPSW_TRAINER_DATABASE_URL"] = "sqlite:////tmp/env.db"
    assert resolve_settings(environ=env).database_url == "sqlite:////tmp/env.db"
    assert resolve_settings(database_url="sqlite:////tmp/cli.db", environ=env).database_url == "sqlite:////tmp/cli.db"
    with pytest.raises(AgencyConfigError, match="does not exist"):
        load_agency_config({"CPSW_TRAINER_AGENCY_CONFIG": str(tmp_path / "nope.toml")})


def test_example_file_is_valid(monkeypatch):
    from tests.conftest import ROOT

    config = parse_agency_config(ROOT / "build" / "agency.example.toml")
    assert config.agency_name == "Sunrise Recovery Center" and config.lock_authoring


def test_cli_reports_a_bad_agency_file(tmp_path, monkeypatch, capsys):
    from trainer.cli import main

    monkeypatch.setenv("CPSW_TRAINER_AGENCY_CONFIG", str(write(tmp_path, "require_pin = 'no'")))
    assert main(["validate"]) == 2
    assert "key 'require_pin': must be true or false" in capsys.readouterr().err
