"""A question bank file (YAML) → QuestionBank, or problems."""

from __future__ import annotations

import hashlib
import json

from trainer.content.fields import Fields, read_document
from trainer.content.schema import QUESTION_TYPES, ContentError, Option, Question, QuestionBank
from trainer.content.yamlnodes import line_of


def question_hash(raw: dict) -> str:
    """A stable hash of what a question means, independent of key order."""
    canonical = json.dumps(raw, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def parse_bank(
    text: str, path: str, domains: dict, competencies: dict, errors: list[ContentError]
) -> QuestionBank | None:
    fields = Fields(path, errors)
    data = read_document(text, fields, "a question bank")
    if data is None:
        return None
    bank_id = fields.ident(data)
    title = fields.text(data, "title")
    module = fields.ident(data, "module", required=False) or None
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        fields.error(line_of(data, "questions"), "a bank needs a non-empty list 'questions'")
        return None
    questions, seen = [], {}
    for index, raw in enumerate(raw_questions):
        line = line_of(raw_questions, index)
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        if isinstance(raw_id, str) and raw_id in seen:
            fields.error(line, f"question id '{raw_id}' is already used at line {seen[raw_id]} of this file")
            continue
        if isinstance(raw_id, str):
            seen[raw_id] = line
        question = _parse_question(raw, line, bank_id, fields, domains, competencies)
        if question is not None:
            questions.append(question)
    if not bank_id or not title:
        return None
    return QuestionBank(id=bank_id, title=title, questions=tuple(questions), module=module, path=path)


def _parse_question(raw, line, bank_id, fields: Fields, domains, competencies) -> Question | None:
    raw = fields.mapping(raw, line, "a question")
    if raw is None:
        return None
    before = len(fields.errors)
    qid = fields.ident(raw)
    qtype = fields.text(raw, "type")
    if qtype and qtype not in QUESTION_TYPES:
        fields.error(
            line_of(raw, "type"),
            f"unknown question type '{qtype}' (expected one of: {', '.join(QUESTION_TYPES)})",
        )
    domain = fields.text(raw, "domain")
    fields.known(domain, domains, line_of(raw, "domain"), "domain")
    competency = fields.text(raw, "competency", required=False) or None
    if competency and competencies:
        fields.known(competency, competencies, line_of(raw, "competency"), "competency")
    difficulty = fields.integer(raw, "difficulty", low=1, high=3, required=False, default=2)
    stem = fields.text(raw, "stem")
    options = _parse_options(raw, qtype, fields)
    explanation = fields.text(raw, "explanation", required=False)
    if len(fields.errors) > before:
        return None
    plain = {k: v for k, v in raw.items() if k not in ("references",)}
    return Question(
        id=qid, type=qtype, domain=domain, stem=stem, options=options, bank_id=bank_id,
        competency=competency, difficulty=difficulty,
        scenario=fields.text(raw, "scenario", required=False),
        explanation=explanation, references=fields.text_list(raw, "references"),
        section=fields.text(raw, "section", required=False) or None,
        path=fields.path, line=line, content_hash=question_hash(plain),
    )


def _parse_options(raw: dict, qtype: str, fields: Fields) -> tuple[Option, ...]:
    raw_options = raw.get("options")
    qline = line_of(raw, "options", getattr(raw, "line", 1))
    if not isinstance(raw_options, list) or len(raw_options) < 2:
        fields.error(qline, "a question needs a list 'options' with at least two options")
        return ()
    options, texts = [], set()
    for index, item in enumerate(raw_options):
        oline = line_of(raw_options, index)
        item = fields.mapping(item, oline, "an option")
        if item is None:
            continue
        text = fields.text(item, "text")
        if text.lower() in texts:
            fields.error(oline, f"two options have the same text '{text}'")
        texts.add(text.lower())
        options.append(Option(
            text=text, correct=fields.flag(item, "correct"),
            why=fields.text(item, "why", required=False), fixed=fields.flag(item, "fixed"),
        ))
    correct = sum(option.correct for option in options)
    if qtype == "single" and correct != 1:
        what = "no correct option" if correct == 0 else f"{correct} correct options"
        fields.error(qline, f"a 'single' question needs exactly one correct option; it has {what}")
    elif qtype == "multiple" and correct < 2:
        fields.error(qline, f"a 'multiple' question needs at least two correct options; it has {correct}")
    elif qtype == "true_false":
        if len(options) != 2 or correct != 1:
            fields.error(qline, "a 'true_false' question needs exactly two options, one of them correct")
    elif qtype == "order" and correct:
        fields.error(qline, "an 'order' question lists options in the right order and marks none correct")
    return tuple(options)
