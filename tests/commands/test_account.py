"""`cpsw-trainer account add|list|remove` and `cpsw-trainer agency hash-password`."""

import tomllib

import pytest

from trainer.agency import parse_agency_config
from trainer.cli import main
from trainer.services import open_services
from trainer.study.pins import pin_matches


def _args(settings, *rest):
    return ["--data-dir", str(settings.data_dir), "--content-dir", str(settings.content_dir), *rest]


def _password_file(tmp_path, password, name="password.txt"):
    path = tmp_path / name
    path.write_text(password + "\n", encoding="utf-8")
    return str(path)


def test_add_list_remove_accounts(settings, tmp_path, capsys):
    trainer_file = _password_file(tmp_path, "trainer password 1")
    assert main(_args(settings, "account", "add", "--role", "trainer", "--name", "Tara",
                      "--password-file", trainer_file)) == 0
    assert main(_args(settings, "account", "add", "--role", "supervisor", "--name", "Sam Ortiz",
                      "--password-file", _password_file(tmp_path, "supervisor pass", "s.txt"))) == 0
    capsys.readouterr()
    assert main(_args(settings, "account", "list")) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [["Sam Ortiz", "supervisor"], ["Tara", "trainer"]]
    assert "trainer password 1" not in "".join(lines)
    services = open_services(settings)
    try:  # the account made here opens trainer mode in the app
        assert services.trainer_access.sign_in("Tara", "trainer password 1").ok
    finally:
        services.close()
    assert main(_args(settings, "account", "remove", "--name", "Sam Ortiz")) == 0
    capsys.readouterr()
    assert main(_args(settings, "account", "list")) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == ["Tara"]


def test_account_errors_are_one_clear_line(settings, tmp_path, capsys):
    short = _password_file(tmp_path, "short")
    assert main(_args(settings, "account", "add", "--role", "trainer", "--name", "Tara",
                      "--password-file", short)) == 1
    err = capsys.readouterr().err
    assert "at least 10 characters" in err and "Traceback" not in err
    assert main(_args(settings, "account", "remove", "--name", "Nobody")) == 1
    assert "no account called 'Nobody'" in capsys.readouterr().err
    assert main(_args(settings, "account", "add", "--role", "trainer", "--name", "Tara",
                      "--password-file", str(tmp_path / "missing.txt"))) == 1
    assert "cannot be read" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(_args(settings, "account", "add", "--role", "admin", "--name", "Tara"))


def test_password_is_asked_twice_without_echo(settings, monkeypatch, capsys):
    import trainer.commands.account as account

    answers = iter(["typed password 9", "typed password 9"])
    monkeypatch.setattr(account.getpass, "getpass", lambda prompt: next(answers))
    assert main(_args(settings, "account", "add", "--role", "trainer", "--name", "Tara")) == 0
    mismatched = iter(["typed password 9", "typed password 8"])
    monkeypatch.setattr(account.getpass, "getpass", lambda prompt: next(mismatched))
    assert main(_args(settings, "account", "add", "--role", "supervisor", "--name", "Sam")) == 1
    assert "not the same" in capsys.readouterr().err
    services = open_services(settings)
    try:
        assert [a.name for a in services.accounts.list_accounts()] == ["Tara"]
        assert services.accounts.check("Tara", "typed password 9").ok
    finally:
        services.close()


def test_hash_password_prints_an_agency_line_that_loads_and_matches(settings, tmp_path, capsys):
    assert main(_args(settings, "agency", "hash-password",
                      "--password-file", _password_file(tmp_path, "agency password 7"))) == 0
    line = capsys.readouterr().out.strip()
    assert "agency password 7" not in line
    stored = tomllib.loads(line)["trainer_password_hash"]
    assert pin_matches("agency password 7", stored) and not pin_matches("agency password 8", stored)
    agency_file = tmp_path / "agency.toml"
    agency_file.write_text(line + "\nrequire_trainer_login = true\n", encoding="utf-8")
    config = parse_agency_config(agency_file)
    assert config.trainer_password_hash == stored and config.require_trainer_login
    assert main(_args(settings, "agency", "hash-password", "--password-file", _password_file(tmp_path, "2short"))) == 1


@pytest.mark.parametrize("value", ["my secret password", "scrypt$plain", "$scrypt$1$2$3$abc$def"])
def test_agency_file_refuses_anything_but_a_hash(tmp_path, value):
    from trainer.agency import AgencyConfigError

    agency_file = tmp_path / "agency.toml"
    agency_file.write_text(f'trainer_password_hash = "{value}"\n', encoding="utf-8")
    with pytest.raises(AgencyConfigError) as refused:
        parse_agency_config(agency_file)
    assert refused.value.key == "trainer_password_hash" and "hash-password" in str(refused.value)
    assert value not in str(refused.value)  # the error never echoes a password


def test_agency_file_require_trainer_login_is_a_flag(tmp_path):
    from trainer.agency import AgencyConfigError

    agency_file = tmp_path / "agency.toml"
    agency_file.write_text('require_trainer_login = "yes"\n', encoding="utf-8")
    with pytest.raises(AgencyConfigError) as refused:
        parse_agency_config(agency_file)
    assert refused.value.key == "require_trainer_login"
