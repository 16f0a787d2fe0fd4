"""Item-quality rules: each seeded bad bank is caught by `validate` (path:line: message) and by
tools/item_quality.py, and a bank that avoids the pattern is not."""

from __future__ import annotations

import importlib.util
import re

from tests.conftest import ROOT
from trainer.cli import cmd_validate
from trainer.content.loader import load_catalog
from trainer.content.quality import check_quality, content_words, similarity

# Distinct topics so the seeded items do not look like near-duplicates of each other.
TOPICS = ["housing voucher", "court date", "bus route", "food pantry", "job interview", "dentist visit",
          "library card", "tax refund", "phone plan", "gym pass", "school meeting", "bank account",
          "birth certificate", "utility bill"]


def _item(qid: str, stem: str, options: list[tuple[str, bool]], qtype: str = "single") -> str:
    lines = [f"  - id: {qid}", f"    type: {qtype}", "    domain: advocacy", f'    stem: "{stem}"',
             "    options:"]
    for text, correct in options:
        lines.append(f'      - text: "{text}"')
        if correct:
            lines.append("        correct: true")
        lines.append("        why: Because.")
    lines += ["    explanation: Seeded.", "    references: [Seeded fixture.]"]
    return "\n".join(lines) + "\n"


def _bank(folder, bank_id: str, items: list[str]) -> str:
    path = folder / "quizzes" / f"{bank_id}.yaml"
    path.write_text(f"id: {bank_id}\ntitle: Seeded {bank_id}\nquestions:\n" + "".join(items), encoding="utf-8")
    return str(path)


def _single_items(prefix: str, key_longest: bool, count: int = 12) -> list[str]:
    items = []
    for i in range(count):
        topic = TOPICS[i]
        key = f"Ask what matters most about the {topic} and plan the next step together"
        short = [f"Skip the {topic}", f"Decide the {topic} alone", f"Wait on the {topic}"]
        if not key_longest:
            key = f"Ask about the {topic}"
            short = [f"Fill in every {topic} form for the person today",
                     f"Tell the person the {topic} is not your job at all", f"Wait on the {topic}"]
        items.append(_item(f"{prefix}-{i:03d}", f"What should a peer do first about a {topic}?",
                           [(key, True), *((text, False) for text in short)]))
    return items


def _validate(folder, capsys) -> tuple[int, list[str]]:
    code = cmd_validate(folder)
    return code, capsys.readouterr().out.splitlines()


def _lines_at(lines: list[str], path: str) -> list[str]:
    return [line for line in lines if re.match(re.escape(path) + r":\d+: ", line)]


def test_small_fixture_passes_every_rule(small_content):
    assert all(result.passed for result in check_quality(load_catalog(small_content)))


def test_keys_that_are_the_longest_option_are_reported(small_content, capsys):
    path = _bank(small_content, "seeded", _single_items("sd", key_longest=True))
    code, lines = _validate(small_content, capsys)
    assert code == 1
    mine = _lines_at(lines, path)
    assert any("strictly longest option: 13 of 13 (100.0 %), over the limit" in line for line in lines)
    for number in range(12):
        assert any(f"sd-{number:03d}: the key is the longest option" in line for line in mine)
        assert any(f"sd-{number:03d}: the key stands out by length" in line for line in mine)


def test_keys_of_mixed_length_pass(small_content, capsys):
    _bank(small_content, "seeded", _single_items("sd", key_longest=False))
    code, lines = _validate(small_content, capsys)
    assert (code, lines) == (0, [])


def test_a_key_just_longer_does_not_stand_out():
    # 2 characters longer than the distractor: the longest, but it does not stand out
    catalog_rules = {r.rule: r for r in check_quality(_catalog_of([
        ("Ask about the options here", "Ask about the choice now")]))}
    assert catalog_rules["key-stands-out"].figure.startswith("0 of")
    assert catalog_rules["longest-key"].figure.startswith("1 of")


def _catalog_of(pairs):
    from trainer.content.schema import Catalog, Option, Question

    questions = {}
    for index, (key, distractor) in enumerate(pairs):
        qid = f"x-{index}"
        questions[qid] = Question(qid, "single", "advocacy", f"Stem {index}?",
                                  (Option(key, True), Option(distractor), Option("No")), "b")
    return Catalog(questions=questions)


def _multiple_items(counts: list[int]) -> list[str]:
    items = []
    for i, correct in enumerate(counts):
        topic = TOPICS[i]
        options = [(f"Choice {n} for the {topic}", n < correct) for n in range(5)]
        items.append(_item(f"mr-{i:03d}", f"Which help fits a {topic}? Select all that apply.", options,
                           qtype="multiple"))
    return items


def test_multiple_response_items_that_always_have_three_answers_are_reported(small_content, capsys):
    path = _bank(small_content, "seeded", _multiple_items([3, 3, 3, 2]))
    code, lines = _validate(small_content, capsys)
    assert code == 1
    mine = _lines_at(lines, path)
    assert any("3 of 4 (75.0 %) have 3 correct" in line for line in mine)
    assert sum(": 3 correct options" in line for line in mine) == 3


def test_multiple_response_items_with_varied_counts_pass(small_content, capsys):
    _bank(small_content, "seeded", _multiple_items([3, 2, 4, 2]))
    assert _validate(small_content, capsys) == (0, [])


def test_near_duplicate_stems_in_two_banks_are_reported_with_both_items(small_content, capsys):
    first = _bank(small_content, "one", [_item("one-001", "Which statement best describes recovery capital?",
                                               [("Strengths to draw on", True), ("Money saved", False),
                                                ("A savings plan", False)])])
    second = _bank(small_content, "two", [_item("two-001", "What is recovery capital?",
                                                [("Inner and outer resources", True), ("A bank loan", False),
                                                 ("Cash for rent", False)])])
    code, lines = _validate(small_content, capsys)
    assert code == 1
    found = [line for line in _lines_at(lines, first) if "nearly the same scenario and stem" in line]
    assert len(found) == 1 and "one-001 and two-001" in found[0] and f"({second}:4)" in found[0]


def test_near_duplicate_keys_are_reported(small_content, capsys):
    key = "Health, home, purpose, community"
    first = _bank(small_content, "one", [_item("one-001", "Which four areas does SAMHSA name?",
                                               [(key, True), ("Jobs and cars", False), ("Fun only", False)])])
    _bank(small_content, "two", [_item("two-001", "What supports a full life in recovery?",
                                       [("Health, home, purpose, and community", True),
                                        ("A strict rule book", False), ("Fewer friends", False)])])
    code, lines = _validate(small_content, capsys)
    assert code == 1
    assert any("one-001 and two-001" in line and "nearly the same correct answer" in line
               for line in _lines_at(lines, first))


def test_an_option_equal_to_another_items_key_is_reported(small_content, capsys):
    key = "Next steps and when they will happen"
    _bank(small_content, "one", [_item("one-001", "Which part of a note plans ahead?",
                                       [(key, True), ("Feelings of the peer", False), ("Gossip", False)])])
    second = _bank(small_content, "two", [_item("two-001", "Which detail does not belong in a progress note?",
                                                [("Rumours heard in the hallway", True), ("The date", False),
                                                 ("Next steps, and when they will happen", False)])])
    code, lines = _validate(small_content, capsys)
    assert code == 1
    assert any("two-001 option C" in line and "the key of one-001" in line for line in _lines_at(lines, second))


def test_similarity_ignores_template_words_but_not_topics():
    crisis = content_words("Which statement best describes a crisis?")
    harm = content_words("Which statement best describes harm reduction?")
    capital = content_words("What does recovery capital mean?")
    assert similarity(crisis, harm) == 0.0
    assert similarity(capital, content_words("Which statement best describes recovery capital?")) == 1.0


def test_an_unquoted_hash_is_reported_in_banks_front_matter_and_profiles(small_content, capsys):
    bank = small_content / "quizzes" / "boundaries-basics.yaml"
    bank.write_text(bank.read_text(encoding="utf-8").replace(
        "stem: What is a boundary in peer work?", "stem: What does letter SMDL #07-011 say?"), encoding="utf-8")
    module = small_content / "modules" / "hope-and-stories.md"
    module.write_text(module.read_text(encoding="utf-8").replace(
        "summary: A second short test module.", "summary: Step #2 of the course."), encoding="utf-8")
    profile = small_content / "certifications" / "test-board.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace(
        "note: Check with your board.", "note: See rule #4 of the board.\nsummary: 'Quoted #1 is fine'"),
        encoding="utf-8")
    code, lines = _validate(small_content, capsys)
    assert code == 1
    swallowed = [line for line in lines if "unquoted ' #'" in line]
    assert len(swallowed) == 3
    assert any(line.startswith(f"{bank}:11: ") and "'#07-011 say?'" in line for line in swallowed)
    assert any(line.startswith(f"{module}:7: ") and "'#2 of the course.'" in line for line in swallowed)
    assert any(line.startswith(f"{profile}:17: ") for line in swallowed)


def test_a_hash_in_quotes_or_a_block_scalar_is_fine(small_content, capsys):
    bank = small_content / "quizzes" / "boundaries-basics.yaml"
    bank.write_text(bank.read_text(encoding="utf-8").replace(
        "stem: What is a boundary in peer work?", "stem: >-\n      What does SMDL #07-011 say?")
        .replace("explanation: Boundaries keep the relationship safe and focused.",
                 "explanation: 'Letter #07-011 keeps it safe.'"), encoding="utf-8")
    assert _validate(small_content, capsys) == (0, [])


def _tool():
    spec = importlib.util.spec_from_file_location("item_quality", ROOT / "tools" / "item_quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tool_prints_each_figure_against_its_limit_and_fails_on_a_bad_bank(small_content, capsys):
    tool = _tool()
    assert tool.main([str(small_content), "--quiet"]) == 0
    good = capsys.readouterr().out.splitlines()
    rules = ("swallowed-text", "longest-key", "key-stands-out", "correct-count", "duplicate-stem",
             "duplicate-key", "option-is-other-key")
    assert [line.split()[1] for line in good] == list(rules)
    assert all(line.startswith("ok ") and " limit " in line for line in good)
    _bank(small_content, "seeded", _multiple_items([3, 3, 3, 3]))
    assert tool.main([str(small_content)]) == 1
    out = capsys.readouterr().out
    assert "FAIL correct-count" in out and "4 of 4 (100.0 %) have 3 correct" in out
    assert "mr-000: 3 correct options [correct-count]" in out
