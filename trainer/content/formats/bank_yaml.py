"""QuestionBank → our YAML bank format (docs/content-guide.md), for parse_bank to read back."""

from __future__ import annotations

import yaml

from trainer.content.schema import Question, QuestionBank


class _Dumper(yaml.SafeDumper):
    """Block style, key order kept, multi-line text as literal blocks."""


def _text(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def bank_to_dict(bank: QuestionBank) -> dict:
    data: dict = {"id": bank.id, "title": bank.title}
    if bank.module:
        data["module"] = bank.module
    data["questions"] = [_question(q) for q in bank.questions]
    return data


def _question(q: Question) -> dict:
    data: dict = {"id": q.id, "type": q.type, "domain": q.domain}
    if q.competency:
        data["competency"] = q.competency
    data["difficulty"] = q.difficulty
    if q.section:
        data["section"] = q.section
    if q.scenario:
        data["scenario"] = q.scenario
    data["stem"] = q.stem
    options = []
    for option in q.options:
        item: dict = {"text": option.text}
        if option.correct:
            item["correct"] = True
        if option.why:
            item["why"] = option.why
        if option.fixed:
            item["fixed"] = True
        options.append(item)
    data["options"] = options
    if q.explanation:
        data["explanation"] = q.explanation
    if q.references:
        data["references"] = list(q.references)
    return data


def dump_bank(bank: QuestionBank) -> str:
    """The bank as YAML text that `cpsw-trainer validate` reads back unchanged."""
    return yaml.dump(bank_to_dict(bank), Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=100)
