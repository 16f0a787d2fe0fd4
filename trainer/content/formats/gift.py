"""Moodle GIFT ↔ QuestionBank.

Import keeps multiple choice (one right answer, or weights that add up to 100
for "select all") and true/false; every other GIFT type is reported with its
line. Export writes `// cpsw:` comments (ignored by Moodle) carrying what GIFT
has no place for — ids, domains, scenarios, references — so a bank survives
the round trip whole.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from trainer.content.formats import ImportContext, Progress, check_options, html_to_text, slugify
from trainer.content.schema import DOMAIN_IDS, ContentError, Option, Question, QuestionBank

META = "// cpsw:"
BANK_META = "// cpsw-bank:"
# Moodle reads a format tag at the start of any text (question, answer, feedback), lowercase only;
# a text without one takes the question text's format.
_FORMAT_TAG = re.compile(r"^\[(html|moodle|plain|markdown)\]")
_WEIGHT = re.compile(r"^\s*%(-?\d+(?:[.,]\d+)?)%")
_TRUE_FALSE = re.compile(r"^(T|TRUE|F|FALSE)$", re.IGNORECASE)
_UNESCAPE = {"~": "~", "=": "=", "#": "#", "{": "{", "}": "}", ":": ":", "\\": "\\", "n": "\n"}
_SPECIAL = set("~=#{}:\\")


@dataclass
class _Block:
    line: int
    category: str
    meta: dict
    lines: list[str] = field(default_factory=list)


def import_gift(
    text: str, path: str, *, bank_id: str | None = None, title: str | None = None,
    domain_map: dict[str, str] | None = None, default_domain: str | None = None,
    domains: tuple[str, ...] = DOMAIN_IDS, progress: Progress | None = None,
) -> tuple[QuestionBank | None, list[ContentError]]:
    """GIFT text → (the bank of every question we could take, or None; problems).
    `progress(line, lines)` is called before each question is read."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.count("\n") + 1
    ctx = ImportContext(path, "", dict(domain_map or {}), default_domain, domains)
    bank_meta = _bank_meta(text, ctx)
    ctx.bank_id = (bank_id or _kebab(bank_meta.get("id")) or slugify(Path(path).stem)
                   or "imported-bank")
    questions = []
    for number, block in enumerate(_blocks(text, ctx), start=1):
        if progress is not None:
            progress(block.line, lines)
        question = _question(block, number, ctx)
        if question is not None:
            questions.append(question)
    if not questions:
        return None, ctx.errors
    module = _kebab(bank_meta.get("module")) if not bank_id else None
    bank_title = title or str(bank_meta.get("title") or "").strip() or ctx.bank_id
    return QuestionBank(ctx.bank_id, bank_title, tuple(questions), module or None, path), ctx.errors


def _kebab(value) -> str:
    return value if isinstance(value, str) and value and slugify(value, 80) == value else ""


def _bank_meta(text: str, ctx: ImportContext) -> dict:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip().startswith(BANK_META):
            return _json_comment(line.strip()[len(BANK_META):], number, ctx)
    return {}


def _json_comment(raw: str, line: int, ctx: ImportContext) -> dict:
    try:
        value = json.loads(raw)
    except ValueError:
        value = None
    if not isinstance(value, dict):
        ctx.error(line, "a '// cpsw:' comment must hold a JSON object; it was ignored")
        return {}
    return value


def _blocks(text: str, ctx: ImportContext):
    """Questions are separated by blank lines; comments and $CATEGORY lines are not questions."""
    category, pending, block = "", {}, None
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            if stripped.startswith(META):
                pending = _json_comment(stripped[len(META):], number, ctx)
            continue
        if not stripped:
            if block is not None:
                yield block
            block = None
            continue
        if block is None and stripped.startswith("$CATEGORY:"):
            category = stripped[len("$CATEGORY:"):].strip()
            continue
        if block is None:
            block, pending = _Block(number, category, pending), {}
        block.lines.append(line)
    if block is not None:
        yield block


def _find(text: str, wanted: str, start: int = 0) -> int:
    """Index of the first `wanted` not escaped with a backslash, or -1."""
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text.startswith(wanted, index):
            return index
        index += 1
    return -1


def unescape(text: str) -> str:
    out, index = [], 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in _UNESCAPE:
            out.append(_UNESCAPE[text[index + 1]])
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def _question(block: _Block, number: int, ctx: ImportContext) -> Question | None:
    rest, line, title = "\n".join(block.lines).strip(), block.line, ""
    if rest.startswith("::"):
        end = _find(rest, "::", 2)
        if end < 0:
            ctx.error(line, "the question title starts with '::' but has no closing '::'")
            return None
        title, rest = unescape(rest[2:end]).strip(), rest[end + 2:]
    label = f"question '{title}'" if title else "this question"
    rest = rest.lstrip()
    match = _FORMAT_TAG.match(rest)
    fmt = match.group(1) if match else "moodle"
    rest = rest[match.end():] if match else rest
    opening = _find(rest, "{")
    if opening < 0:
        ctx.error(line, f"{label} has no answers in {{ }}; descriptions without answers are not supported")
        return None
    closing = _find(rest, "}", opening + 1)
    if closing < 0:
        ctx.error(line, f"{label} opens its answers with '{{' but never closes them with '}}'")
        return None
    inner, after = rest[opening + 1:closing], rest[closing + 1:].strip()
    if _find(inner, "{") >= 0:
        ctx.error(line, f"{label} has a '{{' inside its answers; write \\{{ for a literal brace")
        return None
    if after:
        ctx.error(line, f"{label} is a missing-word question (text after the answers), "
                        "which is not supported; put the answers at the end")
        return None
    stem = _convert(rest[:opening], fmt)
    if not stem:
        ctx.error(line, f"{label} has no question text")
        return None
    *answers, general = _split(inner, "####")  # like Moodle, the last #### starts it
    explanation = _with_format(general, fmt) if answers else ""
    inner = ("####".join(answers) if answers else general).strip()
    parsed = _answers(inner, fmt, label, line, ctx)
    if parsed is None:
        return None
    qtype, options = parsed
    problem = check_options(qtype, options)
    if problem:
        ctx.error(line, f"{label}: {problem}")
        return None
    return _build(block, number, ctx, title, stem, qtype, options, explanation)


def _answers(inner: str, fmt: str, label: str, line: int, ctx: ImportContext):
    """(type, options) for supported answer sets; None after reporting anything else."""
    unsupported = None
    if not inner:
        unsupported = "an essay question ({})"
    elif inner.startswith("#"):
        unsupported = "a numerical question ({#...})"
    elif _find(inner, "~") < 0 and _find(inner, "=") >= 0 and _find(inner, "->") >= 0:
        unsupported = "a matching question (answers with '->')"  # Moodle's test: no '~', '=' and '->'
    if unsupported:
        ctx.error(line, f"{label} is {unsupported}, which is not supported")
        return None
    head, *feedback = _split(inner, "#")
    if _TRUE_FALSE.match(head.strip()):
        return "true_false", _true_false(head.strip().upper().startswith("T"), feedback, fmt)
    if _find(inner, "~") < 0:
        kind = "a short-answer question (only '=' answers)" if inner.startswith("=") else \
            "not a question we can read (answers must start with '=' or '~')"
        ctx.error(line, f"{label} is {kind}, which is not supported")
        return None
    pieces = _split_markers(inner)
    if pieces[0].strip():
        ctx.error(line, f"{label} has text before its first answer; answers start with '=' or '~'")
        return None
    weighted = []
    for piece in pieces[1:]:
        marker, body = piece[0], piece[1:]
        weight = 100.0 if marker == "=" else 0.0
        match = _WEIGHT.match(body)
        if match:
            weight, body = float(match.group(1).replace(",", ".")), body[match.end():]
        text, *why = _split(body, "#")
        weighted.append((weight, Option(_with_format(text, fmt), False, _with_format("#".join(why), fmt))))
    return _by_weight(weighted, label, line, ctx)


def _by_weight(weighted, label: str, line: int, ctx: ImportContext):
    positive = [weight for weight, _ in weighted if weight > 0]
    options = tuple(Option(o.text, weight > 0, o.why) for weight, o in weighted)
    if not positive:
        ctx.error(line, f"{label} has no right answer (no '=' and no positive %weight%)")
    elif all(weight >= 100 for weight in positive):
        if len(positive) == 1:
            return "single", options
        ctx.error(line, f"{label} has {len(positive)} answers that are each fully right; "
                        "a question needs one right answer, or weights that add up to 100")
    elif any(weight >= 100 for weight in positive):
        ctx.error(line, f"{label} mixes a fully right answer with partial-credit answers, "
                        "which our questions cannot score")
    elif abs(sum(positive) - 100) > 0.01:
        ctx.error(line, f"{label} has partial-credit weights adding up to {sum(positive):g}, not 100; "
                        "only select-all questions (weights adding up to 100) are supported")
    else:
        return "multiple", options
    return None


def _true_false(answer: bool, feedback: list[str], fmt: str) -> tuple[Option, ...]:
    # GIFT: {T#shown for a wrong answer#shown for a right answer}
    wrong = _with_format(feedback[0], fmt) if feedback else ""
    right = _with_format("#".join(feedback[1:]), fmt)
    return (Option("True", answer, right if answer else wrong),
            Option("False", not answer, wrong if answer else right))


def _split(text: str, separator: str) -> list[str]:
    parts, start = [], 0
    while (index := _find(text, separator, start)) >= 0:
        parts.append(text[start:index])
        start = index + len(separator)
    return [*parts, text[start:]]


def _split_markers(text: str) -> list[str]:
    """['before', '=answer', '~answer', ...] split at each unescaped = or ~."""
    pieces, start, index = [], 0, 0
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text[index] in "=~":
            pieces.append(text[start:index])
            start = index
        index += 1
    return [*pieces, text[start:]] if pieces else [text]


def _with_format(raw: str, default: str) -> str:
    """An answer's or feedback's text under its own format tag, else the question's format."""
    raw = raw.strip()
    match = _FORMAT_TAG.match(raw)
    return _convert(raw[match.end():], match.group(1)) if match else _convert(raw, default)


def _convert(raw: str, fmt: str) -> str:
    text = unescape(raw)
    return (html_to_text(text) if fmt == "html" else text).strip()


def _build(block: _Block, number, ctx, title, stem, qtype, options, explanation) -> Question | None:
    meta = block.meta
    domain = meta.get("domain") if meta.get("domain") in ctx.domains else None
    domain = domain or ctx.domain_for(block.category, block.line)
    if domain is None:
        return None
    scenario = meta.get("scenario") if isinstance(meta.get("scenario"), str) else ""
    if scenario and stem.startswith(scenario + "\n\n"):
        stem = stem[len(scenario) + 2:].strip()
    else:
        scenario = ""
    difficulty = meta.get("difficulty")
    references = meta.get("references")
    return Question(
        id=ctx.question_id(number, title, str(meta.get("id") or "")), type=qtype, domain=domain,
        stem=stem, options=options, bank_id=ctx.bank_id,
        competency=_kebab(meta.get("competency")) or None,
        difficulty=difficulty if type(difficulty) is int and 1 <= difficulty <= 3 else 2,
        scenario=scenario, explanation=explanation,
        references=tuple(str(r) for r in references if str(r).strip()) if isinstance(references, list) else (),
        section=meta.get("section") if isinstance(meta.get("section"), str) and meta["section"] else None,
        path=ctx.path, line=block.line,
    )


# ---- export -------------------------------------------------------------------------------


def escape(text: str) -> str:
    return "".join("\\" + c if c in _SPECIAL else "\\n" if c == "\n" else c for c in text)


def export_gift(bank: QuestionBank, lang: str | None = None) -> tuple[str, list[ContentError]]:
    """Our bank → GIFT text, and a problem for each question GIFT cannot hold. `lang`: the
    language of `bank`'s words (a translation's, from content.translations.in_language), kept in
    the bank's comment line so an import knows it (formats/translated.py)."""
    head = {"id": bank.id, "title": bank.title, **({"module": bank.module} if bank.module else {}),
            **({"lang": lang} if lang else {})}
    out = [f"// {bank.title}: exported from CPSW Trainer", BANK_META + " " + json.dumps(head)]
    errors, domain = [], None
    for question in bank.questions:
        if question.type not in ("single", "multiple", "true_false"):
            errors.append(ContentError(question.path or bank.path, question.line,
                                       f"question '{question.id}' is an '{question.type}' question; "
                                       "GIFT has no such type, so it was left out"))
            continue
        if question.domain != domain:
            out += ["", f"$CATEGORY: $course$/top/{bank.id}/{question.domain}"]
            domain = question.domain
        out += ["", *_question_lines(question)]
    return "\n".join(out) + "\n", errors


def _text(text: str) -> str:
    """Escaped; a text that itself starts like a format tag gets the real tag before it."""
    return ("[markdown]" if _FORMAT_TAG.match(text.strip()) else "") + escape(text)


def _question_lines(q: Question) -> list[str]:
    meta = {"id": q.id, "domain": q.domain, "competency": q.competency, "difficulty": q.difficulty,
            "section": q.section, "scenario": q.scenario or None, "references": list(q.references) or None}
    lines = [META + " " + json.dumps({k: v for k, v in meta.items() if v is not None})]
    text = f"{q.scenario}\n\n{q.stem}" if q.scenario else q.stem
    lines.append(f"::{escape(q.id)}::[markdown]{escape(text)} {{")
    if q.type == "true_false" and [o.text.lower() for o in q.options] == ["true", "false"]:
        answer = q.options[0].correct
        right, wrong = (q.options[0].why, q.options[1].why) if answer else (q.options[1].why, q.options[0].why)
        feedback = (f"#{_text(wrong)}" if wrong or right else "") + (f"#{_text(right)}" if right else "")
        lines.append(("TRUE" if answer else "FALSE") + feedback)
    else:
        count = sum(o.correct for o in q.options)
        share = f"{100 / max(count, 1):.5f}".rstrip("0").rstrip(".")
        for option in q.options:
            if q.type == "multiple":
                mark = f"~%{share}%" if option.correct else "~%-100%"
            else:  # an explicit weight keeps a leading '%' in the text from reading as one
                mark = ("=" if option.correct else "~") + (
                    ("%100%" if option.correct else "%0%") if option.text.startswith("%") else "")
            why = f" #{_text(option.why)}" if option.why else ""
            lines.append(f"{mark}{_text(option.text)}{why}")
    if q.explanation:
        lines.append(f"####{_text(q.explanation)}")
    lines.append("}")
    return lines
