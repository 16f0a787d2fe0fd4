from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import BUNDLED_CONTENT
from trainer.content.formats.gift import escape, export_gift, import_gift
from trainer.content.loader import load_catalog
from trainer.content.schema import ContentError, Option, Question, QuestionBank

FIXTURES = Path(__file__).parent / "fixtures"
DOMAIN_MAP = {"Ethics": "ethical-responsibility", "Recovery": "recovery-wellness"}


def load(name, **kwargs):
    kwargs.setdefault("bank_id", "fx")
    return import_gift((FIXTURES / name).read_text(encoding="utf-8"), name, **kwargs)


@pytest.fixture(scope="module")
def constructs():
    bank, errors = load("constructs.gift", domain_map=DOMAIN_MAP)
    assert errors == []
    return {q.id: q for q in bank.questions}


def shape(q):
    return [(o.text, o.correct, o.why) for o in q.options]


def test_multiple_choice_with_feedback_and_general_feedback(constructs):
    q = constructs["fx-gifts"]
    assert (q.type, q.domain, q.line) == ("single", "ethical-responsibility", 6)
    assert q.stem == "What should a peer do first when offered a small gift?"
    assert shape(q)[0] == ("Check the agency's gift policy", True, "Policy decides, not personal taste.")
    assert [o.correct for o in q.options] == [True, False, False]
    assert q.explanation == "Agency policy on gifts protects both people."


def test_weights_adding_to_100_make_a_select_all_question(constructs):
    assert constructs["fx-select-all"].type == "multiple"
    assert [o.correct for o in constructs["fx-select-all"].options] == [True, True, False]
    thirds = constructs["fx-thirds"]
    assert thirds.type == "multiple" and [o.correct for o in thirds.options] == [True, True, True, False]


def test_escaped_characters_are_literal(constructs):
    q = constructs["fx-escapes"]
    assert q.stem == "Which symbols need a backslash in GIFT: ~, =, #, { and }?"
    assert shape(q) == [("All five of them, e.g. 1 = 1", True, "Each of ~ = # { } has a meaning."),
                        ("None {really}", False, "They do #matter.")]


def test_true_false_forms_and_their_feedback(constructs):
    assert shape(constructs["fx-tf-short"]) == [("True", True, ""), ("False", False, "")]
    assert constructs["fx-tf-short"].domain == "recovery-wellness"
    # {FALSE#shown when wrong#shown when right}: choosing True is wrong here.
    assert shape(constructs["fx-tf-long"]) == [
        ("True", False, "Peers do not diagnose; that is a clinical task."),
        ("False", True, "Right: diagnosis is outside the peer role.")]
    assert constructs["fx-007"].type == "true_false"  # untitled: numbered id
    assert constructs["fx-007"].options[0].correct


def test_multi_line_question_and_format_tags(constructs):
    assert constructs["fx-multi-line"].stem == "A question written\nover several lines"
    assert constructs["fx-md"].stem == "Which is **bold**?"
    html = constructs["fx-html"]
    assert html.stem == "Which is **safe**?"  # tags and the script are gone
    # '<gone>' stays an entity: as Markdown it shows as '<gone>' instead of being dropped as a tag
    assert shape(html)[0] == ("*Plain* text & more", True, "Tags &lt;gone>")
    assert constructs["fx-plain"].stem == "Plain text, please."
    assert [o.correct for o in constructs["fx-moodle"].options] == [False, True]


UNSUPPORTED = [
    (3, "essay"), (5, "numerical"), (7, "short-answer"), (9, "matching"), (11, "missing-word"),
    (13, "adding up to 75"), (15, "2 answers that are each fully right"), (17, "partial-credit"),
    (19, "no answers"), (21, "no right answer"), (23, "same text"), (25, "never closes"),
]


def test_unsupported_types_are_reported_one_by_one_with_lines():
    bank, errors = load("unsupported.gift", default_domain="advocacy")
    assert [q.id for q in bank.questions] == ["fx-kept"]
    assert len(errors) == len(UNSUPPORTED)
    for error, (line, fragment) in zip(errors, UNSUPPORTED, strict=True):
        assert error.path == "unsupported.gift" and error.line == line and fragment in error.message


def test_questions_whose_domain_cannot_be_told_are_reported():
    bank, errors = load("constructs.gift", domain_map={"Ethics": "ethical-responsibility"})
    assert {q.domain for q in bank.questions} == {"ethical-responsibility"}
    assert len(errors) == 8 and all("cannot tell this question's domain" in e.message for e in errors)
    assert "'Recovery'" in errors[0].message and errors[0].line == 28
    # a category that is itself a domain id needs no map
    bank, errors = import_gift("$CATEGORY: $course$/top/x/advocacy\n\nQ? {=a ~b}\n", "x.gift", bank_id="x")
    assert errors == [] and bank.questions[0].domain == "advocacy"


def test_ids_are_kebab_case_stable_and_unique():
    text = "::Same::One? {=a ~b}\n\n::Same::Two? {=a ~b}\n\nThree? {=a ~b}\n"
    first, _ = import_gift(text, "My Bank.gift", default_domain="advocacy")
    again, _ = import_gift(text, "My Bank.gift", default_domain="advocacy")
    assert first.id == "my-bank"
    assert [q.id for q in first.questions] == ["my-bank-same", "my-bank-same-2", "my-bank-003"]
    assert [q.id for q in again.questions] == [q.id for q in first.questions]


def test_export_leaves_out_order_questions_and_says_so():
    catalog = load_catalog(BUNDLED_CONTENT)
    bank = catalog.banks["stages-of-change"]
    text, errors = export_gift(bank)
    orders = [q for q in bank.questions if q.type == "order"]
    assert len(errors) == len(orders) >= 1
    assert errors[0].line == orders[0].line and "'order'" in errors[0].message
    assert "$CATEGORY: $course$/top/stages-of-change/" in text


def comparable(q):
    return (q.id, q.type, q.domain, q.stem, q.scenario, q.options, q.explanation,
            q.references, q.section, q.competency, q.difficulty)


@pytest.mark.parametrize("bank_id", sorted(load_catalog(BUNDLED_CONTENT).banks))
def test_every_bundled_bank_survives_a_gift_round_trip(bank_id):
    bank = load_catalog(BUNDLED_CONTENT).banks[bank_id]
    text, _ = export_gift(bank)
    back, errors = import_gift(text, "round.gift")  # no domain map: the export carries everything
    assert errors == []
    assert (back.id, back.title, back.module) == (bank.id, bank.title, bank.module)
    assert [comparable(q) for q in back.questions] == [
        comparable(q) for q in bank.questions if q.type != "order"]


def test_round_trip_without_our_comments_keeps_the_moodle_view():
    bank = load_catalog(BUNDLED_CONTENT).banks["ethics-boundaries"]
    text, _ = export_gift(bank)
    moodle_only = "\n".join(line for line in text.splitlines() if not line.startswith("// cpsw"))
    back, errors = import_gift(moodle_only, "eb.gift", bank_id="eb")
    assert errors == []
    kept = [q for q in bank.questions if q.type != "order"]
    assert [(q.type, q.domain, q.options, q.explanation) for q in back.questions] == [
        (q.type, q.domain, q.options, q.explanation) for q in kept]


PIECES = [*"ab Z9~=#{}:\\%/-[]*\n", "->", "//", "::", "####", "é", "{T}", "\\n", "%50%"]
AWKWARD = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map(lambda p: "".join(p).strip()).filter(bool)


@st.composite
def banks(draw):
    questions = []
    for number in range(draw(st.integers(1, 4))):
        qtype = draw(st.sampled_from(["single", "multiple", "true_false"]))
        if qtype == "true_false":
            truth = draw(st.booleans())
            options = (Option("True", truth, draw(AWKWARD)), Option("False", not truth, draw(AWKWARD)))
        else:
            texts = draw(st.lists(AWKWARD, min_size=3, max_size=5, unique_by=str.lower))
            right = draw(st.sets(st.integers(0, len(texts) - 1), min_size=1 if qtype == "single" else 2,
                                 max_size=1 if qtype == "single" else len(texts)))
            options = tuple(Option(t, i in right, draw(st.one_of(st.just(""), AWKWARD)))
                            for i, t in enumerate(texts))
        questions.append(Question(
            id=f"b-{number}", type=qtype, domain="advocacy", stem=draw(AWKWARD), options=options,
            bank_id="b", scenario=draw(st.one_of(st.just(""), AWKWARD)),
            explanation=draw(st.one_of(st.just(""), AWKWARD)),
        ))
    return QuestionBank("b", "B: {odd} title", tuple(questions))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(banks())
def test_awkward_characters_survive_a_round_trip(bank):
    text, problems = export_gift(bank)
    back, errors = import_gift(text, "b.gift")
    assert problems == [] and errors == []
    assert back.title == bank.title
    assert [comparable(q) for q in back.questions] == [comparable(q) for q in bank.questions]


def test_escape_covers_every_special_character():
    assert escape("a~b=c#d{e}f:g\\h\ni") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni"


FIXTURE_TEXTS = [(FIXTURES / n).read_text(encoding="utf-8") for n in ("constructs.gift", "unsupported.gift")]


def check_result(result):
    bank, errors = result
    assert bank is None or bank.questions
    assert all(isinstance(e, ContentError) and isinstance(e.line, int) for e in errors)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_a_bank_or_problems(text):
    check_result(import_gift(text, "f.gift", default_domain="advocacy"))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(FIXTURE_TEXTS), st.data())
def test_mutated_gift_gives_a_bank_or_problems(text, data):
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 5))
        insert = data.draw(st.text(alphabet="{}=~#%:\\/->\n[]TF0123456789.", max_size=4))
        text = text[:at] + insert + text[at + cut:]
    check_result(import_gift(text, "f.gift", domain_map=DOMAIN_MAP))
