"""`cpsw-trainer trainee export|import`: one trainee carried from one data folder to another."""

import json
import zipfile

from tests.study.trainee_pack_data import add_full_trainee
from trainer.cli import main
from trainer.config import resolve_settings
from trainer.services import open_services


def _args(settings, *rest):
    return ["--data-dir", str(settings.data_dir), "--content-dir", str(settings.content_dir), *rest]


def _with_ana(settings):
    services = open_services(settings)
    try:
        add_full_trainee(services.database.sessions, services.attachments.folder)
    finally:
        services.close()


def _other(tmp_path, small_content):
    folder = tmp_path / "other-computer"
    folder.mkdir()
    return resolve_settings(data_dir=folder, content_dir=small_content, environ={})


def test_export_then_import_on_another_computer(settings, small_content, tmp_path, capsys):
    _with_ana(settings)
    out = tmp_path / "ana.cpswtrainee"
    assert main(_args(settings, "trainee", "export", "--trainee", "Ana Pérez", "--out", str(out))) == 0
    said = capsys.readouterr().out
    assert "Wrote Ana Pérez's data to" in said and "2 hours entries" in said and "3 attached files" in said
    assert "cpsw-trainer trainee import" in said
    other = _other(tmp_path, small_content)
    assert main(_args(other, "trainee", "import", str(out))) == 0
    said = capsys.readouterr().out
    assert "Imported Ana Pérez from" in said and "1 CE entry" in said and "1 role-play run" in said
    assert "1 supervisor signature(s) came along as history" in said
    services = open_services(other)
    try:
        ana = services.trainees.find("Ana Pérez")
        assert len(services.hours.list_entries(ana.id)) == 2
        assert len(services.attachments.for_trainee(ana.id)) == 4
        for info in services.attachments.for_trainee(ana.id):
            assert services.attachments.path_of(info).is_file()  # present, and its hash checks out
    finally:
        services.close()


def test_a_name_taken_here_says_how_to_rename(settings, small_content, tmp_path, capsys):
    _with_ana(settings)
    out = tmp_path / "ana.cpswtrainee"
    assert main(_args(settings, "trainee", "export", "--trainee", "Ana Pérez", "--out", str(out))) == 0
    capsys.readouterr()
    assert main(_args(settings, "trainee", "import", str(out))) == 1
    err = capsys.readouterr().err
    assert "A trainee called 'Ana Pérez' is already in this database" in err
    assert f"cpsw-trainer trainee import {out} --rename 'NEW NAME'" in err
    assert main(_args(settings, "trainee", "import", str(out), "--rename", "Ana (from Eastside)")) == 0
    assert "Imported Ana (from Eastside)" in capsys.readouterr().out


def test_refusals_say_what_is_wrong_and_change_nothing(settings, small_content, tmp_path, capsys):
    assert main(_args(settings, "trainee", "export", "--trainee", "Nobody", "--out", str(tmp_path / "x"))) == 1
    assert "no trainee called 'Nobody'" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
    assert main(_args(settings, "trainee", "import", str(tmp_path / "missing.cpswtrainee"))) == 1
    assert "is not a file" in capsys.readouterr().err
    _with_ana(settings)
    out = tmp_path / "ana.cpswtrainee"
    assert main(_args(settings, "trainee", "export", "--trainee", "Ana Pérez", "--out", str(out))) == 0
    tampered = tmp_path / "tampered.cpswtrainee"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "records/hours_entry.json":
                rows = json.loads(data)
                rows[0]["hours"] = "20.00"
                data = json.dumps(rows).encode()
            target.writestr(info.filename, data)
    other = _other(tmp_path, small_content)
    capsys.readouterr()
    assert main(_args(other, "trainee", "import", str(tampered))) == 1
    err = capsys.readouterr().err
    assert "changed or damaged after it was exported" in err and "records/hours_entry.json" in err
    services = open_services(other)
    try:
        assert services.trainees.find("Ana Pérez") is None
    finally:
        services.close()
