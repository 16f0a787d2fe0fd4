"""Aiken ↔ QuestionBank: single-answer questions only.

    Question text (one or more lines)
    A. an option          (or A) an option; like Moodle, the space may be left out: A)option)
    B. another
    ANSWER: B

A blank line, or the ANSWER line, ends a question. Our question text may run over several
lines (Moodle's is one line); a later line that reads as an option starts the options.
"""

from __future__ import annotations

import re
from pathlib import Path

from trainer.content.formats import ImportContext, Progress, check_options, slugify
from trainer.content.schema import DOMAIN_IDS, ContentError, Option, Question, QuestionBank

_OPTION = re.compile(r"^([A-Z])[.)][ \t]*(.*)$")  # Moodle: a capital, '.' or ')', an optional space
# Lines meant as options that Moodle would not read as one: said at their own line.
_NEAR_OPTION = (
    (re.compile(r"^[a-z][.)]"), "option letters must be capitals ('A) text'); Moodle reads a "
                                "lowercase 'a)' line as a new question"),
    (re.compile(r"^\([A-Za-z]\)"), "write an option as 'A) text' or 'A. text', without the '('"),
    (re.compile(r"^[A-Z]\s*[-:]\s"), "an option's letter is followed by '.' or ')': 'A) text' or 'A. text'"),
)
_ANSWER = re.compile(r"^ANSWER\s*:\s*(.*)$", re.IGNORECASE)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def import_aiken(
    text: str, path: str, *, bank_id: str | None = None, title: str | None = None,
    default_domain: str | None = None, domain_map: dict[str, str] | None = None,
    domains: tuple[str, ...] = DOMAIN_IDS, progress: Progress | None = None,
) -> tuple[QuestionBank | None, list[ContentError]]:
    """Aiken text → (bank of every well-formed question, or None; problems).

    Aiken has no categories, so every question takes `default_domain`.
    `progress(line, lines)` is called before each question is read.
    """
    lines = text.count("\n") + 1
    ctx = ImportContext(path, bank_id or slugify(Path(path).stem) or "imported-bank",
                        dict(domain_map or {}), default_domain, domains)
    questions = []
    for number, block in enumerate(_blocks(text), start=1):
        if progress is not None:
            progress(block[0][0], lines)
        question = _question(block, number, ctx)
        if question is not None:
            questions.append(question)
    if not questions:
        return None, ctx.errors
    return QuestionBank(ctx.bank_id, title or ctx.bank_id, tuple(questions), None, path), ctx.errors


def _blocks(text: str):
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    block: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped:
            if block:
                yield block
            block = []
            continue
        block.append((number, stripped))
        if _ANSWER.match(stripped):
            yield block
            block = []
    if block:
        yield block


def _question(block: list[tuple[int, str]], number: int, ctx: ImportContext) -> Question | None:
    first = block[0][0]
    if _ANSWER.match(block[0][1]):
        ctx.error(first, "an ANSWER line with no question before it")
        return None
    stem_lines = [block[0][1]]
    index = 1
    while index < len(block) and not _OPTION.match(block[index][1]) and not _ANSWER.match(block[index][1]):
        hint = _near_option(block[index][1])
        if hint:
            ctx.error(block[index][0], f"this line looks like an option but is not one: {hint}")
            return None
        stem_lines.append(block[index][1])
        index += 1
    letters, options = [], []
    while index < len(block) and (match := _OPTION.match(block[index][1])):
        line, letter, text = block[index][0], match.group(1), match.group(2).strip()
        if letter in letters:
            ctx.error(line, f"option letter {letter} is used twice in this question")
            return None
        if not text:
            ctx.error(line, f"option {letter} has no text")
            return None
        letters.append(letter)
        options.append(text)
        index += 1
    if not options:
        ctx.error(first, "this question has no options; write each on its own line as 'A. text' or 'A) text'")
        return None
    if index < len(block) and not _ANSWER.match(block[index][1]):
        hint = _near_option(block[index][1])
        ctx.error(block[index][0], f"this line looks like an option but is not one: {hint}" if hint else
                  f"expected another option ('{LETTERS[min(len(letters), 25)]}. text') "
                  "or the 'ANSWER: X' line here")
        return None
    if index >= len(block):
        ctx.error(first, "this question has no 'ANSWER: X' line after its options")
        return None
    answer_line, answer_text = block[index]
    answer = _ANSWER.match(answer_text).group(1).strip().upper()
    if answer not in letters:
        shown = answer or "nothing"
        ctx.error(answer_line, f"the answer is {shown}, which is not one of the options ({', '.join(letters)})")
        return None
    correct = letters.index(answer)
    opts = tuple(Option(text, i == correct) for i, text in enumerate(options))
    qtype = "true_false" if [o.lower() for o in options] == ["true", "false"] else "single"
    problem = check_options(qtype, opts)
    if problem:
        ctx.error(first, f"this question: {problem}")
        return None
    domain = ctx.domain_for("", first)
    if domain is None:
        return None
    return Question(id=ctx.question_id(number), type=qtype, domain=domain, stem="\n".join(stem_lines),
                    options=opts, bank_id=ctx.bank_id, path=ctx.path, line=first)


def _near_option(text: str) -> str | None:
    return next((hint for pattern, hint in _NEAR_OPTION if pattern.match(text)), None)


def export_aiken(bank: QuestionBank) -> tuple[str, list[ContentError]]:
    """Our bank → Aiken text. Aiken keeps only the stem, options and answer of one-answer questions."""
    out, errors = [], []
    for q in bank.questions:
        problem = _unwritable(q)
        if problem:
            errors.append(ContentError(q.path or bank.path, q.line, f"question '{q.id}' {problem}, so it was left out"))
            continue
        out.extend(aiken_stem(q).split("\n"))
        for letter, option in zip(LETTERS, q.options, strict=False):
            out.append(f"{letter}. {_one_line(option.text)}")
        out.append(f"ANSWER: {LETTERS[q.correct_indexes[0]]}")
        out.append("")
    return "\n".join(out), errors


def aiken_stem(q: Question) -> str:
    """The question text as Aiken holds it: scenario then stem, no blank lines."""
    text = f"{q.scenario}\n{q.stem}" if q.scenario else q.stem
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _unwritable(q: Question) -> str | None:
    if q.type not in ("single", "true_false") or len(q.correct_indexes) != 1:
        return f"is a '{q.type}' question; Aiken holds single-answer questions only"
    if len(q.options) > len(LETTERS):
        return "has more options than Aiken has letters"
    lines = aiken_stem(q).split("\n")
    if any(_ANSWER.match(line) for line in lines) or any(_OPTION.match(line) for line in lines[1:]):
        return "has a line in its text that Aiken would read as an option or an ANSWER line"
    return None
