"""`cpsw-trainer agency init | add-supervisor | add-report-signer | revoke | revoked`: scriptable,
passphrases from files or typed without echo, never a private key in clear."""

from __future__ import annotations

import pytest

from trainer.cli import main
from trainer.signing.authority import CA_CERT, CA_KEY, CRL, read_register
from trainer.signing.identities import REPORTS, SUPERVISOR, load_identity
from trainer.signing.trust import Standing, load_trust


def _file(folder, name, text):
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def files(tmp_path):
    return _file(tmp_path, "agency.txt", "agency passphrase 1"), _file(tmp_path, "holder.txt", "holder passphrase 1")


def _init(tmp_path, agency_pass) -> int:
    return main(["agency", "init", "--name", "Sunrise Recovery", "--out", str(tmp_path / "ca"),
                 "--passphrase-file", agency_pass])


def test_init_issue_revoke_and_list(tmp_path, files, capsys):
    agency_pass, holder_pass = files
    assert _init(tmp_path, agency_pass) == 0
    folder = tmp_path / "ca"
    assert {p.name for p in folder.iterdir()} >= {CA_CERT, CA_KEY, CRL}
    assert b"ENCRYPTED PRIVATE KEY" in (folder / CA_KEY).read_bytes()
    assert "trust_ca" in capsys.readouterr().err
    assert _init(tmp_path, agency_pass) == 1 and "already holds" in capsys.readouterr().err

    assert main(["agency", "add-supervisor", "--agency-dir", str(folder), "--name", "Dana Supervisor",
                 "--email", "dana@sunrise.example", "--out", str(tmp_path / "dana.p12"),
                 "--passphrase-file", agency_pass, "--holder-passphrase-file", holder_pass]) == 0
    assert "Issued certificate 2 to Dana Supervisor" in capsys.readouterr().out
    dana = load_identity(tmp_path / "dana.p12", "holder passphrase 1")
    assert (dana.info.role, dana.info.email, dana.info.serial) == (SUPERVISOR, "dana@sunrise.example", 2)
    assert main(["agency", "add-report-signer", "--agency-dir", str(folder), "--out", str(tmp_path / "r.p12"),
                 "--passphrase-file", agency_pass, "--holder-passphrase-file", holder_pass]) == 0
    assert load_identity(tmp_path / "r.p12", "holder passphrase 1").info.role == REPORTS
    assert load_trust(folder / CA_CERT).check(dana.certificate).trusted

    assert main(["agency", "revoked", "--agency-dir", str(folder)]) == 0
    assert "No certificate has been revoked" in capsys.readouterr().err
    assert main(["agency", "revoke", "--agency-dir", str(folder), "--serial", "2",
                 "--passphrase-file", agency_pass]) == 0
    assert "Revoked certificate 2 of Dana Supervisor" in capsys.readouterr().out
    assert load_trust(folder / CA_CERT).check(dana.certificate).standing is Standing.REVOKED
    assert main(["agency", "revoked", "--agency-dir", str(folder)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1 and listed[0].startswith("2\tDana Supervisor") and "revoked" in listed[0]
    assert main(["agency", "revoked", "--agency-dir", str(folder), "--all"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_a_wrong_agency_passphrase_changes_nothing(tmp_path, files, capsys):
    agency_pass, holder_pass = files
    assert _init(tmp_path, agency_pass) == 0
    wrong = _file(tmp_path, "wrong.txt", "not the passphrase")
    assert main(["agency", "add-supervisor", "--agency-dir", str(tmp_path / "ca"), "--name", "Me Myself",
                 "--out", str(tmp_path / "me.p12"), "--passphrase-file", wrong,
                 "--holder-passphrase-file", holder_pass]) == 1
    assert "passphrase is wrong" in capsys.readouterr().err
    assert not (tmp_path / "me.p12").exists() and read_register(tmp_path / "ca") == []
    assert main(["agency", "revoke", "--agency-dir", str(tmp_path / "ca"), "--serial", "2",
                 "--passphrase-file", wrong]) == 1


def test_passphrases_are_asked_without_echo(tmp_path, monkeypatch, capsys):
    import getpass

    asked = []

    def fake_getpass(prompt):
        asked.append(prompt)
        return "typed passphrase 9"

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    assert main(["agency", "init", "--name", "Typed", "--out", str(tmp_path / "ca")]) == 0
    assert asked == ["New agency passphrase: ", "Type it again: "]
    answers = iter(["one passphrase", "another one"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt: next(answers))
    assert main(["agency", "init", "--name", "Typed", "--out", str(tmp_path / "ca2")]) == 1
    assert "not the same" in capsys.readouterr().err and not (tmp_path / "ca2").exists()


def test_hash_password_moved_here_still_works(tmp_path, capsys):
    assert main(["agency", "hash-password", "--password-file", _file(tmp_path, "pw.txt", "agency password 7")]) == 0
    assert capsys.readouterr().out.startswith('trainer_password_hash = "scrypt$')
