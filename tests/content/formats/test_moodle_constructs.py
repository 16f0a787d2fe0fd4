"""GIFT and Aiken read as Moodle reads them, from fixtures written for this project."""

from pathlib import Path

import yaml

from trainer.cli import main
from trainer.content.formats.aiken import import_aiken
from trainer.content.formats.gift import export_gift, import_gift
from trainer.content.schema import Option, Question, QuestionBank

FIXTURES = Path(__file__).parent / "fixtures"
DOMAIN_MAP = {"Ethics": "ethical-responsibility", "Recovery": "recovery-wellness"}


def gift(name, **kwargs):
    kwargs.setdefault("bank_id", "fx")
    kwargs.setdefault("domain_map", DOMAIN_MAP)
    return import_gift((FIXTURES / name).read_text(encoding="utf-8"), name, **kwargs)


def aiken(name):
    return import_aiken((FIXTURES / name).read_text(encoding="utf-8"), name, bank_id="fx",
                        default_domain="advocacy")


def shape(q):
    return [(o.text, o.correct, o.why) for o in q.options]


def test_format_tags_on_answers_and_feedback_are_read_not_kept_as_text():
    bank, errors = gift("format_tags.gift")
    assert errors == []
    q = {q.id: q for q in bank.questions}
    assert shape(q["fx-tagged-answers"]) == [
        ("yellow", True, "right, well spotted"), ("red", False, "*no*, it is yellow"),
        ("blue", False, "not this one either")]
    assert shape(q["fx-tagged-weights"]) == [
        ("**Reflecting**", True, "**yes**"), ("Summarising", True, "yes"), ("*Advising*", False, "*no*")]
    html = q["fx-html-question"]
    assert html.stem == "Which of these is a **boundary**?"
    assert shape(html) == [("Keeping meetings in public places", True, "Yes & it is safe."),
                           ("*Lending money*", False, "Taking on a debt is not a boundary.")]
    assert html.explanation == "Boundaries protect both people."
    truth = q["fx-tagged-truth"]
    assert shape(truth) == [("True", False, "**It is a process.**"), ("False", True, "Right.")]
    assert truth.explanation == "See the module on recovery."
    # an untagged answer or feedback takes the question text's format (here HTML)
    assert shape(q["fx-untagged-feedback-takes-the-question-s"])[0] == ("**A**", True, "*good*")
    # Moodle knows the lowercase names only; anything else stays text
    assert [o.text for o in q["fx-capital-tags-are-text"].options] == ["this one", "[PLAIN]that one"]
    assert q["fx-tag-after-spaces"].options[0].text == "**after spaces**"
    assert not [o for question in bank.questions for o in question.options
                if o.text.startswith(("[html]", "[plain]", "[markdown]", "[moodle]"))]


def test_every_gift_construct_is_kept_or_reported_at_its_line():
    bank, errors = gift("every_construct.gift", default_domain="advocacy")
    q = {q.id: q for q in bank.questions}
    assert q["fx-named-single"].explanation == "Policy on gifts protects both people."
    assert q["fx-named-single"].options[2].why == "A flat refusal can hurt trust."
    assert q["fx-002"].stem == "An untitled question on one line?"
    assert shape(q["fx-answers-on-one-line"]) == [("yes", True, "good"), ("no", False, "not that")]
    assert [o.text for o in q["fx-comment-inside"].options] == ["right", "wrong"]
    assert [o.correct for o in q["fx-percent-weights"].options] == [True, True, False, False]
    assert q["fx-decimal-weights"].type == "multiple"
    assert q["fx-weighted-right"].type == "single" and q["fx-weighted-right"].options[0].correct
    assert q["fx-escapes-all-of-them"].stem == "Escaped ~ = # { } : and a backslash \\ and a\nnew line?"
    assert q["fx-multi-line-name"].stem == "A question\nover three\nlines?"
    truths = {k: [o.correct for o in v.options] for k, v in q.items() if v.type == "true_false"}
    assert truths == {"fx-true-short": [True, False], "fx-true-long": [True, False],
                      "fx-false-short": [False, True], "fx-false-long-with-feedback": [False, True],
                      "fx-true-with-only-wrong-feedback": [True, False],
                      "fx-true-with-general-feedback": [True, False]}
    assert shape(q["fx-false-long-with-feedback"]) == [
        ("True", False, "Shown when True is chosen."), ("False", True, "Shown when False is chosen.")]
    assert q["fx-true-with-only-wrong-feedback"].options[1].why == "Peers do listen."
    assert q["fx-true-with-general-feedback"].explanation == "Listening is the core skill."
    assert {q.domain for q in bank.questions} == {"ethical-responsibility", "recovery-wellness"}
    assert [e.line for e in errors] == [55, 57, 59, 61, 63, 65, 67, 69, 71]
    assert "essay" in errors[0].message and "no answers" in errors[1].message
    assert all("numerical" in e.message for e in errors[2:6])
    assert "short-answer" in errors[6].message and "matching" in errors[7].message
    assert "missing-word" in errors[8].message


def test_a_text_that_looks_like_a_tag_survives_export_and_import():
    bank = QuestionBank("t", "T", (Question(
        id="t-1", type="single", domain="advocacy", stem="[html]not a tag", bank_id="t",
        options=(Option("[plain]literal", True, "[html]<b>literal</b>"), Option("other", False)),
        explanation="[markdown]also literal"),), None, "t.yaml")
    text, problems = export_gift(bank)
    back, errors = import_gift(text, "t.gift")
    assert problems == [] and errors == []
    q = back.questions[0]
    assert (q.stem, shape(q), q.explanation) == (
        "[html]not a tag", [("[plain]literal", True, "[html]<b>literal</b>"), ("other", False, "")],
        "[markdown]also literal")


def test_aiken_options_are_read_where_moodle_reads_them():
    bank, errors = aiken("every_construct.txt")
    assert errors == []
    got = [(q.line, [(o.text, o.correct) for o in q.options]) for q in bank.questions]
    assert got == [
        (1, [("with a parenthesis and a space", True), ("another", False)]),
        (6, [("one", False), ("two", False), ("three", True)]),
        (12, [("no space", False), ("no space either", True)]),
        (17, [("tabbed", True), ("tabbed too", False)]),
        (22, [("True", True), ("False", False)]),
        (26, [("yes", False), ("no", True)]),
        (31, [("a", False), ("b", False), ("c", False), ("d", False), ("e", True)]),
    ]
    assert bank.questions[4].type == "true_false"


def test_aiken_lines_that_are_not_options_are_reported_at_their_own_line():
    bank, errors = aiken("near_options.txt")
    assert [q.stem for q in bank.questions] == ["A good question at the end"]
    assert [(e.path, e.line) for e in errors] == [("near_options.txt", n) for n in (2, 8, 12, 18)]
    assert "capitals" in errors[0].message and "'('" in errors[1].message
    assert "'.' or ')'" in errors[2].message and "option B has no text" in errors[3].message


def test_import_bank_writes_nothing_on_a_refused_question_and_skip_bad_writes_the_rest(tmp_path, capsys):
    source = FIXTURES / "near_options.txt"
    out = tmp_path / "bank.yaml"
    assert main(["import-bank", str(source), "--domain", "advocacy", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert not out.exists() and "nothing was written" in err and "line(s) 2, 8, 12, 18" in err
    assert main(["import-bank", str(source), "--domain", "advocacy", "--out", str(out), "--skip-bad"]) == 0
    err = capsys.readouterr().err
    for line in (2, 8, 12, 18):
        assert f"{source}:{line}: " in err
    assert [q["stem"] for q in yaml.safe_load(out.read_text())["questions"]] == ["A good question at the end"]
    clean = FIXTURES / "every_construct.txt"
    assert main(["import-bank", str(clean), "--domain", "advocacy", "--out", str(out)]) == 0
    assert len(yaml.safe_load(out.read_text())["questions"]) == 7
