"""`cpsw-trainer pack export|import|list`."""

import shutil
import zipfile

from tests.content.test_packs import write_pack_source
from trainer.cli import main
from trainer.content.loader import load_catalog
from trainer.services import open_services


def _args(settings, *rest):
    return ["--data-dir", str(settings.data_dir), "--content-dir", str(settings.content_dir), *rest]


def test_export_import_list_round_trip(settings, tmp_path, capsys):
    # An authoring copy of the whole content plus a new module; only the new module is exported.
    authoring = tmp_path / "authoring"
    shutil.copytree(settings.content_dir, authoring)
    write_pack_source(authoring)
    out = tmp_path / "local.zip"
    assert main(_args(settings, "pack", "export", "--id", "local", "--version", "1", "--title", "Local",
                      "--from", str(authoring), "--modules", "local-resources", "--out", str(out))) == 0
    assert "Wrote pack 'local' version 1" in capsys.readouterr().out
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["manifest.yaml", "modules/local-resources.md",
                                              "quizzes/local-resources.yaml"]

    assert main(_args(settings, "pack", "import", str(out))) == 0
    assert "Installed pack 'local' version 1 (1 module(s), 2 question(s))" in capsys.readouterr().out
    assert main(_args(settings, "pack", "import", str(out))) == 0
    assert "already installed; nothing to do" in capsys.readouterr().out
    assert main(_args(settings, "pack", "list")) == 0
    listing = capsys.readouterr().out
    assert "local\tversion 1\tLocal\t1 module(s), 2 question(s)" in listing

    exported = load_catalog(authoring)
    services = open_services(settings)
    try:
        for qid in ("lr-001", "lr-002"):
            assert services.catalog.questions[qid].content_hash == exported.questions[qid].content_hash
        assert (services.catalog.modules["local-resources"].content_hash
                == exported.modules["local-resources"].content_hash)
    finally:
        services.close()


def test_overlay_export_and_refusals(settings, tmp_path, capsys):
    source = write_pack_source(tmp_path / "src")
    v1 = tmp_path / "v1.zip"
    assert main(_args(settings, "pack", "export", "--id", "local", "--version", "1",
                      "--from", str(source), "--out", str(v1))) == 0
    assert main(_args(settings, "pack", "import", str(v1))) == 0
    capsys.readouterr()
    quiz = source / "quizzes" / "local-resources.yaml"
    quiz.write_text(quiz.read_text().replace("Who helps", "Who pays"))
    same = tmp_path / "same.zip"
    assert main(_args(settings, "pack", "export", "--id", "local", "--version", "1",
                      "--from", str(source), "--out", str(same))) == 0
    assert main(_args(settings, "pack", "import", str(same))) == 1
    err = capsys.readouterr().err
    assert "would change the meaning of question 'lr-001'" in err and "Nothing was installed." in err
    v2 = tmp_path / "v2.zip"
    assert main(_args(settings, "pack", "export", "--id", "local", "--version", "2",
                      "--from", str(source), "--out", str(v2))) == 0
    assert main(_args(settings, "pack", "import", str(v2))) == 0
    assert "Upgraded pack 'local' from version 1 to 2" in capsys.readouterr().out

    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../evil", "x")
    assert main(_args(settings, "pack", "import", str(evil))) == 1
    err = capsys.readouterr().err
    assert "entry '../evil' points outside the pack" in err and "Nothing was installed." in err
    assert main(_args(settings, "pack", "export", "--id", "Bad Id", "--version", "1", "--from", str(source))) == 1
    assert "kebab-case" in capsys.readouterr().err
    assert main(_args(settings, "pack", "export", "--id", "x", "--version", "1", "--modules", "nope",
                      "--out", str(tmp_path / "x.zip"))) == 1
    assert "no module 'nope'" in capsys.readouterr().err


def test_list_with_nothing_installed(settings, capsys):
    assert main(_args(settings, "pack", "list")) == 0
    assert "No content packs installed" in capsys.readouterr().out
