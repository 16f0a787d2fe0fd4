import shutil
from pathlib import Path

from tests.conftest import FIXTURES, SMALL_CONTENT
from trainer.content.loader import load_catalog

BROKEN = FIXTURES / "content_broken"

# Every seeded problem: (file relative to the content dir, line, part of the message).
SEEDED = [
    ("modules/bad-domain.md", 4, "unknown domain 'astrology'"),
    ("modules/bad-yaml.md", 3, "invalid YAML"),
    ("modules/good.md", 2, "module id 'good' is already used"),
    ("modules/missing-title.md", 2, "missing required field 'title'"),
    ("modules/missing-title.md", 4, "field 'minutes' must be a whole number"),
    ("quizzes/good-bank.yaml", 9, "exactly one correct option; it has no correct option"),
    ("quizzes/good-bank.yaml", 16, "exactly one correct option; it has 2 correct options"),
    ("quizzes/good-bank.yaml", 22, "unknown question type 'essay'"),
    ("quizzes/good-bank.yaml", 29, "section 'Not a heading' is not a '## ' heading"),
    ("quizzes/good-bank.yaml", 38, "question id 'gb-001' is already used at line 5"),
    ("quizzes/not-yaml.yaml", 5, "invalid YAML"),
    ("quizzes/other-bank.yaml", 4, "question id 'gb-004' is already used"),
    ("quizzes/other-bank.yaml", 14, "unknown domain 'not-a-domain'"),
    ("quizzes/other-bank.yaml", 15, "field 'difficulty' must be between 1 and 3"),
    ("certifications/bad-weights.yaml", 10, "weights add up to 60, not 100"),
]


def _found(catalog, root: Path):
    return [(str(Path(e.path).relative_to(root)), e.line, e.message) for e in catalog.errors]


def test_every_seeded_problem_is_reported_with_its_line():
    catalog = load_catalog(BROKEN)
    found = _found(catalog, BROKEN)
    for rel, line, fragment in SEEDED:
        assert any(f == rel and n == line and fragment in m for f, n, m in found), (rel, line, fragment, found)
    assert len(found) == len(SEEDED), found


def test_loading_continues_past_problems():
    catalog = load_catalog(BROKEN)
    # The valid question of other-bank and the duplicate-free module still load.
    assert "ob-002" not in catalog.questions
    assert "gb-004" in catalog.questions
    assert "duplicate.md" in catalog.modules["good"].path or "good.md" in catalog.modules["good"].path


def test_small_content_loads_cleanly():
    catalog = load_catalog(SMALL_CONTENT)
    assert catalog.errors == []
    module = catalog.modules["boundaries-basics"]
    assert [s.title for s in module.sections] == ["What a boundary is", "Dual relationships", "Gifts"]
    assert module.intro.startswith("An introduction")
    assert module.quiz == "boundaries-basics"
    assert catalog.questions["bb-001"].correct_indexes == (0,)
    assert catalog.profiles["test-board"].exam.verified is False


def test_module_quiz_naming_no_bank(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(SMALL_CONTENT, root)
    (root / "quizzes" / "boundaries-basics.yaml").unlink()
    errors = [str(e) for e in load_catalog(root).errors]
    assert any("boundaries-basics.md:13: quiz 'boundaries-basics' names no question bank" in e for e in errors), errors


def test_multiple_and_order_rules(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(SMALL_CONTENT, root)
    (root / "quizzes" / "extra.yaml").write_text(
        "id: extra\ntitle: Extra\nquestions:\n"
        "  - id: ex-1\n    type: multiple\n    domain: advocacy\n    stem: One right only.\n"
        "    options:\n      - {text: a, correct: true}\n      - {text: b}\n"
        "  - id: ex-2\n    type: order\n    domain: advocacy\n    stem: Order these.\n"
        "    options:\n      - {text: first, correct: true}\n      - {text: second}\n"
        "  - id: ex-3\n    type: single\n    domain: advocacy\n    stem: Same text twice.\n"
        "    options:\n      - {text: same, correct: true}\n      - {text: Same}\n",
        encoding="utf-8",
    )
    messages = [(e.line, e.message) for e in load_catalog(root).errors]
    assert (8, "a 'multiple' question needs at least two correct options; it has 1") in messages
    assert any(line == 15 and "marks none correct" in m for line, m in messages)
    assert any(line == 24 and "two options have the same text" in m for line, m in messages)


def test_duplicate_yaml_key_and_non_utf8(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(SMALL_CONTENT, root)
    (root / "certifications" / "dup.yaml").write_text(
        (SMALL_CONTENT / "certifications" / "test-board.yaml").read_text().replace("id: test-board", "id: dup\nid: dup2"),
        encoding="utf-8")
    (root / "quizzes" / "latin1.yaml").write_bytes("id: caf\xe9\n".encode("latin-1"))
    messages = [str(e) for e in load_catalog(root).errors]
    assert any("dup.yaml:2: duplicate key 'id'" in m for m in messages), messages
    assert any("latin1.yaml:1: the file is not UTF-8 text" in m for m in messages), messages


def test_missing_content_folder(tmp_path):
    catalog = load_catalog(tmp_path / "nowhere")
    assert len(catalog.errors) == 1 and "content folder not found" in catalog.errors[0].message
