"""Scenario files: parsing, and the graph checks `validate` runs, each proved by a seeded
broken graph that only that check catches (the same graph without the fault is clean)."""

from pathlib import Path

import pytest

from trainer.cli import main
from trainer.content.checks import quality_problems
from trainer.content.loader import load_catalog

BASE = """\
id: practice-talk
title: A short practice talk
domain: mentoring-education
competencies: [engaging-relationships]
version: 1
summary: A small graph for the tests.
references: ["Miller, W. R., & Rollnick, S. (2023). Motivational Interviewing (4th ed.). Guilford Press."]
person:
  name: Sam
  situation: Sam came to a drop-in centre once and is not sure about coming back.
  stage: contemplation
  goals: [Find out if the group fits]
start: open
nodes:
  - id: open
    says: I don't know if this place is for me.
    talk: sustain
    choices:
      - text: You're not sure yet whether it fits you.
        code: simple-reflection
        feedback: A plain reflection keeps Sam talking.
        next: middle
      - text: You should give it at least a month.
        code: advice-without-permission
        feedback: Advice before Sam asked for it.
        next: middle
      - text: What made you come in the first time?
        code: open-question
        feedback: Invites Sam's own reasons.
        next: other
  - id: middle
    says: I liked the coffee, I guess. And one person was kind.
    talk: change
    choices:
      - text: Someone being kind mattered to you.
        code: complex-reflection
        feedback: Picks up what mattered.
        next: end-good
      - text: Will you come on Tuesday?
        code: closed-question
        feedback: A yes or no question too soon.
        next: end-flat
      - text: You found a reason to come back.
        code: complex-reflection
        feedback: Draws out change talk.
        next: other
  - id: other
    says: I wanted to see if people here get it.
    talk: change
    choices:
      - text: You wanted to be with people who understand.
        code: complex-reflection
        feedback: Meaning, not just words.
        next: end-good
      - text: Coming in took courage.
        code: affirmation
        feedback: A true, specific affirmation.
        next: end-good
      - text: Most people give up if they skip a week.
        code: warn
        feedback: A warning raises sustain talk.
        next: end-flat
  - id: end-good
    says: Maybe I'll come on Tuesday.
    talk: change
    ending: Sam names a next step in his own words.
  - id: end-flat
    says: I'll see.
    talk: sustain
    ending: Sam leaves without a plan.
"""

NEEDS_LOOP = """\
  - id: loop-a
    says: Round we go.
    choices:
      - {text: One, code: open-question, feedback: x, next: loop-b}
      - {text: Two, code: open-question, feedback: x, next: loop-b}
      - {text: Three, code: open-question, feedback: x, next: loop-a}
  - id: loop-b
    says: And round again.
    choices:
      - {text: One, code: open-question, feedback: x, next: loop-a}
      - {text: Two, code: open-question, feedback: x, next: loop-a}
      - {text: Three, code: open-question, feedback: x, next: loop-b}
"""


def line_of(text: str, snippet: str, occurrence: int = 1) -> int:
    """The 1-based line of the `occurrence`-th line containing `snippet`."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if snippet in line]
    return hits[occurrence - 1]


def load_with(small_content: Path, text: str):
    folder = small_content / "scenarios"
    folder.mkdir(exist_ok=True)
    path = folder / "practice-talk.yaml"
    path.write_text(text, encoding="utf-8")
    catalog = load_catalog(small_content)
    return catalog, [(e.line, e.message) for e in catalog.errors if e.path == str(path)]


def only_problem(small_content: Path, text: str) -> tuple[int, str]:
    catalog, problems = load_with(small_content, text)
    assert len(problems) == 1, problems
    assert "practice-talk" not in catalog.scenarios  # a broken scenario is skipped
    return problems[0]


def test_the_base_scenario_loads_with_its_graph(small_content):
    catalog, problems = load_with(small_content, BASE)
    assert problems == []
    scenario = catalog.scenarios["practice-talk"]
    assert scenario.first.id == "open" and scenario.first.talk == "sustain"
    assert scenario.person.stage == "contemplation" and scenario.person.goals == ("Find out if the group fits",)
    assert [c.code for c in scenario.first.choices] == ["simple-reflection", "advice-without-permission",
                                                        "open-question"]
    assert scenario.first.choices[2].next == "other"
    assert scenario.node("end-good").is_ending and not scenario.node("middle").is_ending
    assert scenario.node("end-flat").ending == "Sam leaves without a plan."
    assert scenario.first.choices[0].line == line_of(BASE, "You're not sure yet")
    assert scenario.content_hash and scenario.version == 1


def test_an_unreachable_node_is_reported_at_its_line(small_content):
    text = BASE + """\
  - id: lonely
    says: Nobody gets here.
    ending: Never shown.
"""
    line, message = only_problem(small_content, text)
    assert line == line_of(text, "id: lonely") and "'lonely' cannot be reached" in message


def test_a_dead_end_is_reported_at_its_line(small_content):
    text = BASE.replace("next: end-flat\n  - id: end-good", "next: stuck\n  - id: end-good") + """\
  - id: stuck
    says: And then nothing happens.
"""
    line, message = only_problem(small_content, text)
    assert line == line_of(text, "id: stuck") and "'stuck' is a dead end" in message


def test_a_dangling_next_is_reported_at_its_choice(small_content):
    text = BASE.replace("next: other\n  - id: middle", "next: nowhere\n  - id: middle")
    line, message = only_problem(small_content, text)
    assert line == line_of(text, "What made you come in") and "leads to 'nowhere', which names no node" in message


def test_an_uncoded_choice_is_reported(small_content):
    text = BASE.replace("        code: affirmation\n", "")
    line, message = only_problem(small_content, text)
    assert line == line_of(text, "Coming in took courage") and "missing required field 'code'" in message


def test_an_unexplained_choice_is_reported(small_content):
    text = BASE.replace("        feedback: A true, specific affirmation.\n", "")
    line, message = only_problem(small_content, text)
    assert line == line_of(text, "Coming in took courage") and "missing required field 'feedback'" in message


def test_a_duplicate_node_id_is_reported_with_the_first_line(small_content):
    text = BASE + """\
  - id: middle
    says: A second node with the same id.
    ending: Duplicate.
"""
    line, message = only_problem(small_content, text)
    first = line_of(text, "id: middle")
    assert line == line_of(text, "id: middle", 2)
    assert f"node id 'middle' is already used at line {first}" in message


def test_a_loop_with_no_exit_is_reported(small_content):
    text = BASE.replace("next: end-flat\n  - id: end-good", "next: loop-a\n  - id: end-good") + NEEDS_LOOP
    line, message = only_problem(small_content, text)
    assert line == line_of(text, "id: loop-a")
    assert "nodes loop-a, loop-b form a loop with no way to an ending" in message


def test_a_loop_with_an_exit_is_fine(small_content):
    looped = NEEDS_LOOP.replace("{text: Three, code: open-question, feedback: x, next: loop-b}",
                                "{text: Three, code: open-question, feedback: x, next: end-good}")
    text = BASE.replace("next: end-flat\n  - id: end-good", "next: loop-a\n  - id: end-good") + looped
    catalog, problems = load_with(small_content, text)
    assert problems == [] and "loop-a" in catalog.scenarios["practice-talk"].nodes


@pytest.mark.parametrize("old, new, fragment", [
    ("        code: warn\n", "        code: lecture\n", "unknown choice code 'lecture'"),
    ("    talk: change\n    choices:\n      - text: Someone",
     "    talk: hopeful\n    choices:\n      - text: Someone", "unknown talk code 'hopeful'"),
    ("  stage: contemplation", "  stage: thinking", "unknown stage 'thinking'"),
    ("    ending: Sam leaves without a plan.\n",
     "    ending: Sam leaves.\n    choices: []\n", "is an ending, so it offers no choices"),
])
def test_codes_come_from_the_lists(small_content, old, new, fragment):
    assert BASE.count(old) == 1, old
    _, message = only_problem(small_content, BASE.replace(old, new))
    assert fragment in message


def test_three_or_four_choices_per_decision(small_content):
    two = BASE.replace("""      - text: Most people give up if they skip a week.
        code: warn
        feedback: A warning raises sustain talk.
        next: end-flat
""", "")
    line, message = only_problem(small_content, two)
    assert line == line_of(two, "choices:", 3) and "offers 2 choice(s); give it 3 or 4" in message
    five = BASE.replace("""        next: end-flat
  - id: end-good""", """        next: end-flat
      - {text: Extra one, code: summary, feedback: x, next: end-good}
      - {text: Extra two, code: summary, feedback: x, next: end-good}
  - id: end-good""")
    _, message = only_problem(small_content, five)
    assert "offers 5 choice(s)" in message


def test_validate_prints_path_and_line(small_content, capsys):
    text = BASE.replace("next: other\n  - id: middle", "next: nowhere\n  - id: middle")
    load_with(small_content, text)
    assert main(["validate", str(small_content)]) == 1
    path = small_content / "scenarios" / "practice-talk.yaml"
    out = capsys.readouterr().out
    assert f"{path}:{line_of(text, 'What made you come in')}: " in out


def test_validate_asks_for_six_decisions_on_every_path(small_content):
    catalog, problems = load_with(small_content, BASE)
    assert problems == []
    found = [str(p) for p in quality_problems(catalog, small_content) if "practice-talk" in p.path]
    assert len(found) == 1 and "can end after 2 decision(s)" in found[0], found
    assert f"practice-talk.yaml:{line_of(BASE, 'id: open')}:" in found[0]
