"""A GIFT or Aiken file in another language → the translation of an English bank.

The imported questions are matched to the English bank's by id (GIFT carries ids; Aiken does
not, so by position), and must keep each English question's number of options and which are
right: correctness, domains and every other field stay in the English file. The result is the
translated bank file (content/es/quizzes/<bank>.yaml): ids and the words a person reads."""

from __future__ import annotations

import json

import yaml

from trainer.content.formats.bank_yaml import _Dumper
from trainer.content.formats.gift import BANK_META
from trainer.content.schema import ContentError, QuestionBank


def gift_language(text: str) -> str | None:
    """The language a GIFT file says it is in (its '// cpsw-bank:' line), if it says."""
    for line in text.split("\n"):
        if line.strip().startswith(BANK_META):
            try:
                meta = json.loads(line.strip()[len(BANK_META):])
            except ValueError:
                return None
            lang = meta.get("lang") if isinstance(meta, dict) else None
            return lang if isinstance(lang, str) and lang else None
    return None


def as_translation(imported: QuestionBank, english: QuestionBank, lang: str) -> tuple[str, list[ContentError]]:
    """(the translated bank file's text, a problem for each question that does not fit its English)."""
    problems: list[ContentError] = []
    by_id = {q.id: q for q in english.questions}
    matched = all(q.id in by_id for q in imported.questions)
    questions = []
    for index, question in enumerate(imported.questions):
        original = by_id.get(question.id) if matched else (
            english.questions[index] if index < len(english.questions) else None)
        where = (question.path or imported.path, question.line)
        if original is None:
            problems.append(ContentError(*where, f"question {index + 1} has no English question in bank "
                                                 f"'{english.id}' to translate"))
            continue
        if len(question.options) != len(original.options):
            problems.append(ContentError(*where, f"question '{original.id}' has {len(question.options)} "
                                                 f"option(s); the English has {len(original.options)}"))
            continue
        if question.correct_indexes != original.correct_indexes and original.type != "order":
            problems.append(ContentError(*where, f"question '{original.id}': the right option(s) are not "
                                                 "the English ones, in the same order"))
            continue
        item = {"id": original.id}
        scenario, stem = question.scenario, question.stem
        if original.scenario and not scenario and "\n\n" in stem:  # GIFT and Aiken put it above the stem
            scenario, stem = stem.split("\n\n", 1)
        if original.scenario:
            item["scenario"] = scenario or stem
        item["stem"] = stem
        item["options"] = [{"text": o.text, **({"why": o.why} if o.why else {})} for o in question.options]
        if question.explanation:
            item["explanation"] = question.explanation
        questions.append(item)
    data = {"id": english.id, "lang": lang, "title": imported.title if imported.title != imported.id
            else english.title, "questions": questions}
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100), problems
