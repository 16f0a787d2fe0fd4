"""Authoring without Qt: templates parse, saves keep unknown fields, ids freeze once saved."""

import pytest
import yaml

from trainer.content import authoring
from trainer.content.loader import load_catalog
from trainer.content.parse_bank import parse_bank
from trainer.content.parse_module import parse_module


def _parse(kind, text, catalog):
    errors = []
    parse = parse_module if kind == "module" else parse_bank
    result = parse(text, "x", catalog.domains, catalog.competencies, errors)
    return result, errors


def test_templates_are_valid_content(small_content):
    catalog = load_catalog(small_content)
    module, errors = _parse("module", authoring.module_text(authoring.new_module("m1", "M one", "advocacy")), catalog)
    assert errors == [] and module.id == "m1" and [s.title for s in module.sections] == ["First section"]
    bank, errors = _parse("bank", authoring.bank_text(authoring.new_bank("b1", "B one", "advocacy")), catalog)
    assert errors == [] and [q.id for q in bank.questions] == ["b1-001"]


def test_module_save_keeps_unknown_front_matter_and_updates_known(small_content):
    path = small_content / "modules" / "boundaries-basics.md"
    text = path.read_text(encoding="utf-8").replace("minutes: 10\n", "minutes: 10\nx-agency-code: A-12\n"
                                                    "reviewed_by: {name: Sam, on: 2026-01-02}\n")
    path.write_text(text, encoding="utf-8")
    draft = authoring.load_module(path)
    draft.title = "Boundaries, Revised"
    draft.objectives.append("Name one dual relationship.")
    authoring.save(path, authoring.module_text(draft), new=False)
    saved = authoring.load_module(path)
    assert saved.raw["x-agency-code"] == "A-12"
    assert saved.raw["reviewed_by"]["name"] == "Sam"
    assert saved.title == "Boundaries, Revised" and saved.objectives[-1] == "Name one dual relationship."
    assert saved.body == draft.body
    assert list(saved.raw)[:6] == ["id", "title", "domain", "competencies", "minutes", "x-agency-code"]
    catalog = load_catalog(small_content)
    assert catalog.errors == [] and catalog.modules["boundaries-basics"].title == "Boundaries, Revised"


def test_bank_save_keeps_unknown_fields_at_every_level(small_content):
    path = small_content / "quizzes" / "boundaries-basics.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["owner"] = "Sunrise"
    data["questions"][0]["x-review"] = "approved"
    data["questions"][0]["options"][0]["fixed"] = True
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    draft = authoring.load_bank(path)
    draft.questions[0].stem = "What is a boundary, in peer work?"
    draft.questions[0].options[1].correct = False
    authoring.save(path, authoring.bank_text(draft), new=False)
    saved = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert saved["owner"] == "Sunrise"
    assert saved["questions"][0]["x-review"] == "approved"
    assert saved["questions"][0]["options"][0]["fixed"] is True
    assert saved["questions"][0]["stem"] == "What is a boundary, in peer work?"
    assert load_catalog(small_content).errors == []


def test_new_items_never_overwrite_and_writes_are_atomic(small_content, monkeypatch):
    path = authoring.module_path(small_content, "boundaries-basics")
    with pytest.raises(authoring.AuthoringError, match="already exists"):
        authoring.save(path, "anything", new=True)
    assert "Boundaries Basics" in path.read_text(encoding="utf-8")
    calls = []
    monkeypatch.setattr(authoring, "write_text_atomic", lambda p, t: calls.append((p, t)))
    authoring.save(authoring.bank_path(small_content, "fresh"), "id: fresh\n", new=True)
    assert calls == [(small_content / "quizzes" / "fresh.yaml", "id: fresh\n")]


def test_ids_freeze_once_the_file_exists(small_content):
    bank = small_content / "quizzes" / "boundaries-basics.yaml"
    assert authoring.id_is_frozen(small_content / "modules" / "boundaries-basics.md")
    assert not authoring.id_is_frozen(small_content / "modules" / "not-yet.md")
    assert not authoring.id_is_frozen(None)
    assert authoring.id_is_frozen(bank, "bb-001")
    assert not authoring.id_is_frozen(bank, "bb-999")


def test_unreadable_files_are_reported_with_their_path(small_content):
    bad = small_content / "quizzes" / "broken.yaml"
    bad.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(authoring.AuthoringError, match="broken.yaml:.*not valid YAML"):
        authoring.load_bank(bad)


def test_question_lines_and_foreign_ids(small_content):
    catalog = load_catalog(small_content)
    draft = authoring.new_bank("other", "Other", "advocacy")
    draft.questions.append(authoring.new_question("bb-001", "advocacy"))
    text = authoring.bank_text(draft)
    lines = authoring.question_lines(draft, text)
    assert [text.splitlines()[n - 1] for n in lines] == ["- id: other-001", "- id: bb-001"]
    problems = authoring.foreign_question_ids(draft, catalog, "other.yaml")
    assert [(p.line, "boundaries-basics" in p.message) for p in problems] == [(lines[1], True)]
    assert authoring.next_question_id(draft) == "other-003"


def test_saving_is_an_operation_that_reads_the_curriculum_again(small_content):
    from trainer.operations import Change
    from trainer.operations import content as content_ops

    reloads = []

    def reload():
        reloads.append(1)
        return load_catalog(small_content)

    draft = authoring.new_bank("listening", "Listening", "advocacy")
    path = authoring.bank_path(small_content, "listening")
    done = content_ops.save_bank(path, draft, new=True, reload=reload)
    assert done.changes == Change.CONTENT and done.value.path == path and reloads == [1]
    assert [q.id for q in done.value.catalog.banks["listening"].questions] == ["listening-001"]
    with pytest.raises(authoring.AuthoringError):  # a new item never overwrites
        content_ops.save_bank(path, draft, new=True, reload=reload)
    assert reloads == [1]  # nothing written, nothing read again
    module = authoring.new_module("listening", "Listening", "advocacy")
    done = content_ops.save_module(authoring.module_path(small_content, "listening"), module, new=True)
    assert done.changes == Change.CONTENT and done.value.catalog is None  # the command line: no reload
    assert "listening" in load_catalog(small_content).modules


def test_errors_are_messages_the_interface_can_translate(small_content, tmp_path):
    from trainer.content import importing
    from trainer.content.formats.gift import import_gift

    broken = small_content / "quizzes" / "broken.yaml"
    broken.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(authoring.AuthoringError) as failed:
        authoring.load_bank(broken)
    assert failed.value.message.template.startswith("%1: the question bank is not valid YAML")
    assert failed.value.message.args[0].startswith(str(broken))  # the file (and line) as a value
    with pytest.raises(importing.ImportError_) as failed:
        importing.read_source(tmp_path / "bank.doc")
    assert failed.value.message.args == ("bank.doc",) and "format is not known" in str(failed.value)
    bank, _ = import_gift("::q::Is it? {T}\n", str(tmp_path / "boundaries-basics.gift"), default_domain="advocacy")
    with pytest.raises(importing.ImportError_) as failed:
        importing.save_imported(bank, small_content)
    assert failed.value.message.args == ("boundaries-basics", "boundaries-basics.yaml")
