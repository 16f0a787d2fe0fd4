import shutil

import yaml

from tests.conftest import SMALL_CONTENT
from tests.content.formats.test_gift import FIXTURES
from trainer.cli import main
from trainer.content.formats.gift import import_gift
from trainer.content.loader import load_catalog


def test_imported_gift_bank_loads_in_a_content_dir(tmp_path, capsys):
    content = tmp_path / "content"
    shutil.copytree(SMALL_CONTENT, content)
    domain_map = tmp_path / "map.yaml"
    domain_map.write_text("Ethics: ethical-responsibility\nRecovery: recovery-wellness\n")
    out = content / "quizzes" / "moodle-import.yaml"
    assert main(["import-bank", str(FIXTURES / "constructs.gift"), "--out", str(out),
                 "--domain-map", str(domain_map), "--bank-id", "moodle-import"]) == 0
    assert "imported 12 question(s)" in capsys.readouterr().err
    catalog = load_catalog(content)
    assert catalog.errors == []
    bank = catalog.banks["moodle-import"]
    assert len(bank.questions) == 12 and bank.questions[0].explanation
    assert main(["validate", str(content)]) == 0


def test_import_is_all_or_nothing_unless_skip_bad(tmp_path, capsys):
    source = FIXTURES / "unsupported.gift"
    out = tmp_path / "kept.yaml"
    assert main(["import-bank", str(source), "--domain", "advocacy", "--out", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert sum(line.startswith(f"{source}:") for line in err) == 12
    assert "nothing was written: 12 problem(s)" in err[-1] and "--skip-bad" in err[-1]
    assert "line(s) 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25" in err[-1]
    assert not out.exists()

    assert main(["import-bank", str(source), "--domain", "advocacy", "--out", str(out), "--skip-bad"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert sum(line.startswith(f"{source}:") for line in err) == 12  # still every refused one
    assert f"{source}:3: question 'Essay' is an essay question" in err[0]
    data = yaml.safe_load(out.read_text())
    assert data["id"] == "unsupported" and [q["id"] for q in data["questions"]] == ["unsupported-kept"]


def test_aiken_format_is_guessed_and_yaml_goes_to_stdout(capsys):
    assert main(["import-bank", str(FIXTURES / "good.txt"), "--domain", "mentoring-education"]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert len(data["questions"]) == 3 and data["questions"][2]["type"] == "true_false"


def test_nothing_importable_exits_1(tmp_path, capsys):
    empty = tmp_path / "essay.gift"
    empty.write_text("::E::Tell me. {}\n")
    assert main(["import-bank", str(empty), "--domain", "advocacy"]) == 1
    err = capsys.readouterr().err
    assert f"{empty}:1: question 'E' is an essay question" in err and "nothing could be imported" in err
    assert main(["import-bank", str(tmp_path / "x.doc")]) == 1
    assert "--format" in capsys.readouterr().err


def test_export_bank_to_stdout_and_file(tmp_path, settings, capsys):
    args = ["--content-dir", str(settings.content_dir), "--data-dir", str(settings.data_dir)]
    assert main([*args, "export-bank", "boundaries-basics", "--format", "gift"]) == 0
    text = capsys.readouterr().out
    bank, errors = import_gift(text, "b.gift")
    assert errors == [] and [q.id for q in bank.questions] == ["bb-001", "bb-002"]
    out = tmp_path / "bb.txt"
    assert main([*args, "export-bank", "boundaries-basics", "--format", "aiken", "--out", str(out)]) == 0
    assert out.read_text().count("ANSWER:") == 2
    assert main([*args, "export-bank", "no-such-bank", "--format", "gift"]) == 1
    assert "no question bank 'no-such-bank'" in capsys.readouterr().err
