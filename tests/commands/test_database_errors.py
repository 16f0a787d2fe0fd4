"""Every subcommand against a damaged SQLite file: one clean message that points to
`restore` (never a traceback), nothing changed, and `restore` then brings the data back."""

import datetime as dt
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SMALL_CONTENT
from trainer.cli import build_parser, main
from trainer.services import open_services
from trainer.store.backup_files import backup_files
from trainer.study.hours import EntryData

# The commands that read or write the user database, with arguments that would work on a
# healthy one; and the ones that never open it (they must work as usual).
USES_DATABASE = {
    "backup": ["backup"],
    "hours import": ["hours", "import", "{csv}", "--trainee", "Ana"],
    "hours export": ["hours", "export", "--trainee", "Ana"],
    "demo": ["demo", "--entries", "5"],
    "report": ["report", "--trainee", "Ana", "--out", "{tmp}/r.pdf"],
    "account add": ["account", "add", "--role", "trainer", "--name", "Tess", "--password-file", "{pw}"],
    "account list": ["account", "list"],
    "account remove": ["account", "remove", "--name", "Tess"],
    "ce add": ["ce", "add", "--trainee", "Ana", "--date", "2026-01-07", "--hours", "2", "--title", "Ethics"],
    "ce import": ["ce", "import", "{csv}", "--trainee", "Ana"],
    "ce export": ["ce", "export", "--trainee", "Ana"],
    "ce list": ["ce", "list", "--trainee", "Ana"],
    "ce certify": ["ce", "certify", "--trainee", "Ana", "--profile", "icrc-pr", "--on", "2026-01-01",
                   "--number", "PR-1", "--expires", "2028-01-01"],
    "hours sign-request": ["hours", "sign-request", "--trainee", "Ana", "--out", "{tmp}/request.json"],
    "hours import-signatures": ["hours", "import-signatures", "--trainee", "Ana", "{tmp}/response.json"],
    "trainee export": ["trainee", "export", "--trainee", "Ana", "--out", "{tmp}/ana.cpswtrainee"],
    "trainee import": ["trainee", "import", "{csv}", "--rename", "Ana Two"],  # the database is opened first
}
NO_DATABASE = {
    "validate": ["validate", str(SMALL_CONTENT)],
    "verify": ["verify", "{tmp}/missing.pdf"],
    "import-bank": ["import-bank", "{tmp}/missing.gift"],
    "export-bank": ["export-bank", "boundaries-basics", "--format", "aiken", "--out", "{tmp}/b.txt"],
    "pack list": ["pack", "list"],
    "pack export": ["pack", "export", "--id", "p", "--version", "1", "--out", "{tmp}/p.zip"],
    "pack import": ["pack", "import", "{tmp}/p.zip"],
    "backups": ["backups"],
    "agency hash-password": ["agency", "hash-password", "--password-file", "{pw}"],
    "agency init": ["agency", "init", "--name", "A", "--out", "{tmp}/ca", "--passphrase-file", "{pw}"],
    "agency add-supervisor": ["agency", "add-supervisor", "--agency-dir", "{tmp}/ca", "--name", "S", "--out",
                              "{tmp}/s.p12", "--passphrase-file", "{pw}", "--holder-passphrase-file", "{pw}"],
    "agency add-report-signer": ["agency", "add-report-signer", "--agency-dir", "{tmp}/ca", "--out", "{tmp}/r.p12",
                                 "--passphrase-file", "{pw}", "--holder-passphrase-file", "{pw}"],
    "agency revoke": ["agency", "revoke", "--agency-dir", "{tmp}/ca", "--serial", "2", "--passphrase-file", "{pw}"],
    "agency revoked": ["agency", "revoked", "--agency-dir", "{tmp}/ca"],
    "hours sign": ["hours", "sign", "--request", "{tmp}/request.json", "--p12", "{tmp}/s.p12",
                   "--passphrase-file", "{pw}", "--out", "{tmp}/response.json"],  # the supervisor's own copy
}
SUBPROCESS = {"self-test": ["self-test"]}  # builds the window offscreen: in its own process
LAST = {"restore": ["restore", "{backup}"]}
# Not run here: works on a temporary data folder of its own and runs for minutes.
OWN_DATA = {"soak"}


def _subcommands():
    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices  # argparse keeps them here
    names = set()
    for name, sub in choices.items():
        nested = [a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction"]
        names |= {f"{name} {n}" for n in nested[0].choices} if nested else {name}
    return names


def test_every_subcommand_is_covered_here():
    known = set(USES_DATABASE) | set(NO_DATABASE) | set(SUBPROCESS) | set(LAST) | OWN_DATA
    assert _subcommands() - known == set(), "add the new command to this test"
    assert set(USES_DATABASE) | set(NO_DATABASE) | set(LAST) <= _subcommands()


def _damage(settings, how):
    services = open_services(settings)
    trainee = services.trainees.create("Ana", None)
    services.hours.add_entry(trainee.id, EntryData(dt.date(2026, 1, 5), "3", "training", domain="advocacy"))
    services.close()  # the close backup holds Ana and her entry
    path = settings.database_path
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 3])
    else:
        path.write_bytes(b"\x00garbage" * (len(data) // 8))
    return path.read_bytes()


@pytest.mark.parametrize("how", ["truncated", "overwritten"])
def test_every_subcommand_on_a_damaged_database(how, settings, tmp_path, capsys):
    damaged = _damage(settings, how)
    backup = backup_files(settings.backup_dir)[0].path
    csv = tmp_path / "hours.csv"
    csv.write_text("date,hours,kind,domain,setting,activity,supervisor,notes\n"
                   "2026-01-06,2,training,advocacy,,Class,,\n", encoding="utf-8")
    password = tmp_path / "password.txt"
    password.write_text("a long trainer password\n", encoding="utf-8")
    base = ["--data-dir", str(settings.data_dir), "--content-dir", str(settings.content_dir)]

    def argv(words):
        return base + [w.format(tmp=tmp_path, csv=csv, backup=backup, pw=password) for w in words]

    messages = {}
    for name, words in USES_DATABASE.items():
        assert main(argv(words)) == 1, name
        out, err = capsys.readouterr()
        messages[name] = err
        assert "Traceback" not in out + err
        assert settings.database_path.read_bytes() == damaged, f"{name} changed the damaged file"
    assert len(set(messages.values())) == 1, messages  # the same message from every command
    message = next(iter(messages.values()))
    assert str(settings.database_path) in message and "Nothing was changed" in message
    assert f"restore {backup}" in message and "1 trainee(s), 1 hours entries" in message

    for name, words in NO_DATABASE.items():
        main(argv(words))  # they may succeed or refuse their own input, but never crash
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err and "damaged" not in err, name
        assert settings.database_path.read_bytes() == damaged, f"{name} changed the damaged file"

    result = subprocess.run([sys.executable, "-m", "trainer", *argv(["self-test"])], capture_output=True,
                            text=True, cwd=ROOT, timeout=300)
    assert "Traceback" not in result.stdout + result.stderr and result.returncode == 0, result.stderr

    assert main(argv(LAST["restore"])) == 0
    assert "1 trainee(s)" in capsys.readouterr().out
    with sqlite3.connect(settings.database_path) as raw:
        assert raw.execute("SELECT name FROM trainee").fetchall() == [("Ana",)]
    kept = list(settings.data_dir.glob("trainer.sqlite3.damaged-*"))
    assert [p.read_bytes() for p in kept if not p.name.endswith(("-wal", "-shm"))] == [damaged]


def test_damage_found_by_sqlite_after_the_open_check_gets_the_same_message(settings, monkeypatch, capsys):
    """quick_check may pass a file that a later read finds malformed: still no traceback."""
    import trainer.commands.hours as hours_command

    services = open_services(settings)
    services.trainees.create("Ana", None)
    services.close()

    def broken(*_args, **_kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(hours_command, "_export", broken)
    code = main(["--data-dir", str(settings.data_dir), "--content-dir", str(settings.content_dir),
                 "hours", "export", "--trainee", "Ana"])
    err = capsys.readouterr().err
    assert code == 1 and "is damaged" in err and "restore" in err and "Traceback" not in err
