from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import BUNDLED_CONTENT
from trainer.content.formats.aiken import aiken_stem, export_aiken, import_aiken
from trainer.content.loader import load_catalog
from trainer.content.schema import ContentError

FIXTURES = Path(__file__).parent / "fixtures"


def load(name, **kwargs):
    kwargs.setdefault("default_domain", "advocacy")
    return import_aiken((FIXTURES / name).read_text(encoding="utf-8"), name, **kwargs)


def test_good_file_reads_every_question():
    bank, errors = load("good.txt")
    assert errors == [] and bank.id == "good"
    first, second, third = bank.questions
    assert first.stem == "What is the first stage of change?" and first.line == 1
    assert [(o.text, o.correct) for o in first.options] == [
        ("Precontemplation", True), ("Action", False), ("Maintenance", False)]
    assert second.stem == "Which stage follows contemplation?\nThink about the usual order."
    assert second.options[0].text == "Preparation"  # the A) form
    assert third.type == "true_false" and third.line == 13  # ANSWER ended the block, no blank line
    assert [q.id for q in bank.questions] == ["good-001", "good-002", "good-003"]


def test_malformed_blocks_are_reported_with_lines():
    bank, errors = load("broken.txt")
    assert [q.stem for q in bank.questions] == ["The only good question"]
    assert bank.questions[0].options[1].correct
    expected = [(1, "no options"), (7, "not one of the options (A, B)"), (9, "no 'ANSWER: X' line"),
                (15, "expected another option"), (18, "no question before it"), (22, "used twice")]
    assert [(e.line, e.path) for e in errors] == [(line, "broken.txt") for line, _ in expected]
    for error, (_, fragment) in zip(errors, expected, strict=True):
        assert fragment in error.message


def test_without_a_domain_every_question_is_reported():
    bank, errors = load("good.txt", default_domain=None)
    assert bank is None and [e.line for e in errors] == [1, 7, 13]


@pytest.mark.parametrize("bank_id", sorted(load_catalog(BUNDLED_CONTENT).banks))
def test_bundled_banks_round_trip_through_aiken(bank_id):
    bank = load_catalog(BUNDLED_CONTENT).banks[bank_id]
    text, problems = export_aiken(bank)
    kept = [q for q in bank.questions if q.type in ("single", "true_false")]
    assert len(problems) == len(bank.questions) - len(kept)
    assert all("single-answer" in p.message for p in problems)
    back, errors = import_aiken(text, "x.txt", default_domain="advocacy")
    assert errors == []
    assert [(q.type, q.stem, [(o.text, o.correct) for o in q.options]) for q in back.questions] == [
        (q.type, aiken_stem(q), [(o.text, o.correct) for o in q.options]) for q in kept]
    plain = next(q for q in kept if not q.scenario)
    assert aiken_stem(plain) == plain.stem


def test_export_reports_lines_aiken_would_misread():
    bank = load_catalog(BUNDLED_CONTENT).banks["stages-of-change"]
    q = next(q for q in bank.questions if q.type == "single")
    tricky = type(bank)(bank.id, bank.title, (q._replace(stem="Pick one\nA. trap"),))
    text, problems = export_aiken(tricky)
    assert text == "" and "read as an option" in problems[0].message


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AB.) \nxANSWER:CDz")), max_size=200))
def test_any_aiken_like_text_gives_a_bank_or_problems(text):
    bank, errors = import_aiken(text, "f.txt", default_domain="advocacy")
    assert bank is None or bank.questions
    assert all(isinstance(e, ContentError) for e in errors)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_random_text_never_raises(text):
    import_aiken(text, "f.txt", default_domain="advocacy")
