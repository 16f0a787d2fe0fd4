"""Item-quality rules over a whole catalog: patterns a test-wise trainee could learn instead
of the material (the key is the longest option, multiple-response items always have three
answers), and items that repeat or give each other away.

Each rule returns a RuleResult: its figure against its limit, and the items to look at as
ContentError(path, line, message) when the rule fails. `cpsw-trainer validate` prints the
problems; tools/item_quality.py prints the figures.

Near-duplicates are measured as the Jaccard index of *content-word* sets: text lower-cased,
punctuation dropped, function words and question-template words ("which statement best
describes", "select all that apply") removed, a plural -s trimmed. Template words are dropped
because many honest stems share them: on the bundled content plain word-shingle or difflib
measures rank "Which statement best describes a crisis?" beside "... harm reduction?" (0.83)
above real repeats. With content words, the real repeats of the bundled banks (three items
asking what recovery capital is; two asking for SAMHSA's four dimensions of recovery; two on
the purpose of supervision) score 0.80-1.00 and the next unrelated pair 0.57, so 0.70 sits in
the gap. An option only counts as another item's key from 0.80 (two texts that differ by a
word or two): at 0.67 the bundled pairs are honest reuse of an idea ("Giving a person a bus
pass" as a wrong example of one kind of support and a right one of another).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import NamedTuple

from trainer.content.schema import Catalog, ContentError, Question

LONGEST_KEY_LIMIT = 1 / 3  # share of single-answer items whose key is the strictly longest option
STANDS_OUT_LIMIT = 0.05  # share whose key is much longer than every distractor
STANDS_OUT_RATIO = 1.25  # "much longer": at least 25 % ...
STANDS_OUT_CHARS = 15  # ... and at least 15 characters longer than the longest distractor
COUNT_SHARE_LIMIT = 0.5  # no number of correct answers held by more than half the multiple items
SIMILAR_STEMS = 0.70  # content-word Jaccard from which two stems or two keys are near-duplicates
SAME_AS_KEY = 0.80  # from which an option is (nearly) another item's key
MIN_SINGLE = 10  # fewer single-answer items than this show no pattern worth a limit
MIN_MULTIPLE = 4
MIN_WORDS = 3  # keys and options shorter than this in content words ("1935", "Contemplation")
MIN_STEM_WORDS = 2  # are often the same on purpose; stems need two content words to compare

_STOP_WORDS = frozenset("""
a an the and or but nor of to in on at for with by from as into about than then so if
is are was were be been being am it its this that these those there here
which what who whom whose when where why how do does did done can could should would will
may might must shall not yes also very just only
he she they him her them his hers their theirs you your yours we our ours i me my mine one
best most least describe describes described description statement statements mean means
meaning term select all apply true false choice option following accurate
""".split())


class RuleResult(NamedTuple):
    rule: str  # short name, e.g. "longest-key"
    title: str  # what is measured, for the figures table
    figure: str  # the measured value in words, e.g. "200 of 284 (70.4 %)"
    limit: str  # the limit in words, e.g. "at most 33.3 %"
    passed: bool
    problems: tuple[ContentError, ...] = ()


def check_quality(catalog: Catalog) -> list[RuleResult]:
    questions = sorted(catalog.questions.values(), key=lambda q: (q.path, q.line))
    return [
        longest_key(questions),
        key_stands_out(questions),
        correct_counts(questions),
        duplicate_stems(questions),
        duplicate_keys(questions),
        option_is_other_key(questions),
    ]


def content_words(text: str) -> frozenset[str]:
    words = re.sub(r"[^\w\s]", " ", text.lower()).split()
    return frozenset(_singular(w) for w in words if w not in _STOP_WORDS)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _where(question: Question) -> str:
    return f"{question.path}:{question.line}"


def _percent(part: int, whole: int) -> str:
    return f"{part} of {whole} ({100 * part / whole:.1f} %)" if whole else "0 of 0"


def _lengths(question: Question) -> tuple[int, int]:
    """(key length, longest distractor length) in characters."""
    key = next(o for o in question.options if o.correct)
    longest = max(len(o.text.strip()) for o in question.options if not o.correct)
    return len(key.text.strip()), longest


def _single(questions: list[Question]) -> list[Question]:
    return [q for q in questions if q.type == "single" and sum(o.correct for o in q.options) == 1
            and len(q.options) > 1]


def longest_key(questions: list[Question]) -> RuleResult:
    single = _single(questions)
    found = []
    for question in single:
        key, other = _lengths(question)
        if key > other:
            found.append(ContentError(question.path, question.line,
                                      f"{question.id}: the key is the longest option ({key} characters; "
                                      f"the longest distractor has {other})"))
    return _share_rule("longest-key", "single-answer items whose key is the strictly longest option",
                       found, len(single), LONGEST_KEY_LIMIT, MIN_SINGLE,
                       "shorten the key or lengthen a distractor in some of the items listed")


def key_stands_out(questions: list[Question]) -> RuleResult:
    single = _single(questions)
    found = []
    for question in single:
        key, other = _lengths(question)
        if key >= other * STANDS_OUT_RATIO and key - other >= STANDS_OUT_CHARS:
            found.append(ContentError(question.path, question.line,
                                      f"{question.id}: the key stands out by length ({key} characters; "
                                      f"every distractor {other} or fewer)"))
    return _share_rule("key-stands-out",
                       f"single-answer items whose key is {int(100 * (STANDS_OUT_RATIO - 1))} % and "
                       f"{STANDS_OUT_CHARS}+ characters longer than every distractor",
                       found, len(single), STANDS_OUT_LIMIT, MIN_SINGLE,
                       "bring the key's length near the distractors' in the items listed")


def _share_rule(rule, title, found, whole, limit, minimum, advice) -> RuleResult:
    share = len(found) / whole if whole else 0.0
    passed = whole < minimum or share <= limit
    limit_text = f"at most {100 * limit:.1f} %" + (f" (judged from {minimum} items)" if whole < minimum else "")
    problems: tuple[ContentError, ...] = ()
    if not passed:
        first = found[0]
        summary = ContentError(first.path, first.line,
                               f"{title}: {_percent(len(found), whole)}, over the limit of "
                               f"{100 * limit:.1f} % across the content folder; {advice}")
        problems = (summary, *found)
    return RuleResult(rule, title, _percent(len(found), whole), limit_text, passed, problems)


def correct_counts(questions: list[Question]) -> RuleResult:
    multiple = [q for q in questions if q.type == "multiple"]
    counts = Counter(len(q.correct_indexes) for q in multiple)
    title = "multiple-response items sharing the most common number of correct answers"
    if not multiple:
        return RuleResult("correct-count", title, "no multiple-response items", "at most 50.0 %", True)
    common, held = counts.most_common(1)[0]
    share = held / len(multiple)
    passed = len(multiple) < MIN_MULTIPLE or share <= COUNT_SHARE_LIMIT
    figure = f"{_percent(held, len(multiple))} have {common} correct"
    problems: tuple[ContentError, ...] = ()
    if not passed:
        listed = [q for q in multiple if len(q.correct_indexes) == common]
        spread = ", ".join(f"{n} correct: {counts[n]}" for n in sorted(counts))
        summary = ContentError(listed[0].path, listed[0].line,
                               f"{figure} ({spread}); at most half may share one count, or the count "
                               "gives answers away: change how many options are correct in some of these")
        problems = (summary, *(ContentError(q.path, q.line, f"{q.id}: {common} correct options")
                               for q in listed))
    limit = "at most 50.0 %" + (f" (judged from {MIN_MULTIPLE} items)" if len(multiple) < MIN_MULTIPLE else "")
    return RuleResult("correct-count", title, figure, limit, passed, problems)


def _pairs_rule(rule, title, texts: list[tuple[Question, str, frozenset[str]]], threshold: float,
                what: str) -> RuleResult:
    problems = []
    for (a, text_a, words_a), (b, text_b, words_b) in itertools.combinations(texts, 2):
        if a.id == b.id:
            continue
        score = similarity(words_a, words_b)
        if score >= threshold:
            problems.append(ContentError(
                a.path, a.line,
                f"{a.id} and {b.id} ({_where(b)}) have nearly the same {what} "
                f"(similarity {score:.2f}): '{_short(text_a)}' / '{_short(text_b)}'; "
                "make them ask different things or remove one"))
    figure = f"{len(problems)} pair(s)"
    return RuleResult(rule, title, figure, f"0 pairs at similarity {threshold:.2f} or more",
                      not problems, tuple(problems))


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def duplicate_stems(questions: list[Question]) -> RuleResult:
    texts = []
    for q in questions:
        whole = f"{q.scenario} {q.stem}".strip()
        words = content_words(whole)
        if len(words) >= MIN_STEM_WORDS:
            texts.append((q, q.stem, words))
    return _pairs_rule("duplicate-stem", "pairs of items with near-duplicate scenario and stem",
                       texts, SIMILAR_STEMS, "scenario and stem")


def _keys(questions: list[Question]) -> list[tuple[Question, str, frozenset[str]]]:
    found = []
    for q in questions:
        if q.type not in ("single", "multiple"):
            continue
        for option in q.options:
            words = content_words(option.text)
            if option.correct and len(words) >= MIN_WORDS:
                found.append((q, option.text, words))
    return found


def duplicate_keys(questions: list[Question]) -> RuleResult:
    return _pairs_rule("duplicate-key", "pairs of items with near-duplicate keys",
                       _keys(questions), SIMILAR_STEMS, "correct answer")


def option_is_other_key(questions: list[Question]) -> RuleResult:
    keys = _keys(questions)
    problems = []
    for q in questions:
        if q.type not in ("single", "multiple"):
            continue
        for index, option in enumerate(q.options):
            words = content_words(option.text)
            if option.correct or len(words) < MIN_WORDS:
                continue
            for other, _text, key_words in keys:
                score = similarity(words, key_words)
                if other.id != q.id and score >= SAME_AS_KEY:
                    problems.append(ContentError(
                        q.path, q.line,
                        f"{q.id} option {chr(65 + index)} '{_short(option.text)}' is (nearly) the key of "
                        f"{other.id} ({_where(other)}), similarity {score:.2f}: a trainee who saw one item "
                        "is taught the other's answer or misled by it; reword the option"))
    return RuleResult("option-is-other-key", "options (nearly) identical to another item's key",
                      f"{len(problems)} option(s)", f"0 at similarity {SAME_AS_KEY:.2f} or more",
                      not problems, tuple(problems))
