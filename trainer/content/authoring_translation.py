"""The Spanish beside a module, bank or role-play the Author page edits: where it is written, and a first
draft made from the English for a translator to replace (the format: docs/content-guide.md, "Spanish").
No Qt."""

from __future__ import annotations

from pathlib import Path

import yaml

from trainer.content.formats.bank_yaml import _Dumper
from trainer.content.parse_module import split_front_matter, split_sections
from trainer.content.yamlnodes import YamlProblem, load_yaml


def translation_path(english: Path, lang: str = "es") -> Path:
    """content/modules/x.md → content/es/modules/x.md (the same for quizzes and role-plays)."""
    english = Path(english)
    return english.parent.parent / lang / english.parent.name / english.name


def _dump(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def _mapping(text: str) -> dict:
    try:
        data, _problems = load_yaml(text)
    except YamlProblem:
        return {}
    return data if isinstance(data, dict) else {}


def first_draft(english_text: str, kind: str, lang: str = "es") -> str:
    """A translation file holding the English words in the translated file's shape: the
    fields a person reads, each section's heading and text, and the ids that tie them."""
    if kind == "module":
        parts = split_front_matter(english_text)
        front = _mapping(parts[0]) if parts else {}
        title, intro, sections = split_sections(parts[1] if parts else "", 1)
        head = {"id": front.get("id", ""), "lang": lang, "title": front.get("title", ""),
                "summary": front.get("summary", ""), "objectives": list(front.get("objectives") or []),
                "translated_from_version": front.get("version", 1)}
        body = [f"# {title or head['title']}", ""] + ([intro, ""] if intro else [])
        for heading, markdown, _line in sections:
            body += [f"## {heading}", "", markdown, ""]
        return f"---\n{_dump(head)}---\n" + "\n".join(body).rstrip() + "\n"
    data = _mapping(english_text)
    if kind == "scenario":
        return _dump(_scenario_draft(data, lang))
    questions = []
    for raw in data.get("questions") or []:
        if not isinstance(raw, dict):
            continue
        item = {"id": raw.get("id", "")}
        for key in ("scenario", "stem"):
            if raw.get(key):
                item[key] = raw[key]
        item["options"] = [{k: o[k] for k in ("text", "why") if isinstance(o, dict) and o.get(k)}
                           for o in raw.get("options") or []]
        if raw.get("explanation"):
            item["explanation"] = raw["explanation"]
        questions.append(item)
    return _dump({"id": data.get("id", ""), "lang": lang, "title": data.get("title", ""), "questions": questions})


def _scenario_draft(data: dict, lang: str) -> dict:
    """A role-play's words in its translation's shape: every node in order, every choice's
    text and feedback (codes and links stay in the English file)."""
    person = data.get("person") if isinstance(data.get("person"), dict) else {}
    nodes = []
    for raw in data.get("nodes") or []:
        if not isinstance(raw, dict):
            continue
        node = {"id": raw.get("id", ""), "says": raw.get("says", "")}
        if raw.get("ending"):
            node["ending"] = raw["ending"]
        else:
            node["choices"] = [{k: c[k] for k in ("text", "feedback") if isinstance(c, dict) and c.get(k)}
                               for c in raw.get("choices") or []]
        nodes.append(node)
    return {"id": data.get("id", ""), "lang": lang, "translated_from_version": data.get("version", 1),
            "title": data.get("title", ""), "summary": data.get("summary", ""),
            "person": {"name": person.get("name", ""), "situation": person.get("situation", ""),
                       "goals": list(person.get("goals") or [])},
            "nodes": nodes}
