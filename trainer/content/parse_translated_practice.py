"""Translated conversation practice (content/es/scenarios|drills|notes) → the English
role-plays, drills and note exercises with their words replaced.

A translated file carries only what a person reads, under the English ids: every node of a
role-play in the English order, every choice in the English order, every model reflection, the
note's sections under the English keys. Codes, links between nodes, stages, formats, versions and
references stay the English ones, so a summary of a played role-play, a drill's self-rating and a
note's rubric mean the same in every language. A file that does not fit its English is reported
and the English is shown.
"""

from __future__ import annotations

from pathlib import Path

from trainer.content.fields import Fields, read_document, read_text_file
from trainer.content.parse_translated_texts import check_lang
from trainer.content.scenario_schema import NoteExercise, ReflectionDrill, Scenario
from trainer.content.schema import Catalog
from trainer.content.translations import Translation, Where
from trainer.content.yamlnodes import line_of

# What only the English file says; a translated file that repeats one is told to remove it.
FROM_ENGLISH = ("domain", "competencies", "version", "references", "stage", "start", "talk", "code",
                "next", "format")


def load_practice_translations(catalog: Catalog, folder: Path, found: Translation) -> None:
    for subfolder, translate in (("scenarios", _scenario), ("drills", _drill), ("notes", _note)):
        for path in sorted((folder / subfolder).glob("*.yaml")):
            check_practice_text(catalog, path, None, found, translate)


def check_practice_text(catalog: Catalog, path: Path, text: str | None, found: Translation,
                        translate=None) -> None:
    """One translated practice file (read from `path`, or `text` as it will be written there)
    checked against its English and, when it fits, added to `found`."""
    translate = translate or {"scenarios": _scenario, "drills": _drill, "notes": _note}[path.parent.name]
    kind, what = _KINDS[translate]
    fields = Fields(str(path), found.problems)
    text = read_text_file(path, found.problems) if text is None else text
    data = read_document(text, fields, f"a {what}") if text is not None else None
    if data is None:
        return
    check_lang(data, fields, found.lang)
    ident = fields.text(data, "id")
    english = getattr(catalog, kind).get(ident)
    if ident and english is None:
        fields.error(line_of(data, "id"), f"{what} '{ident}' has no English {what}")
    if english is None:
        return
    found.sources[f"{kind[:-1]}:{ident}"] = Where(str(path), 1)  # "scenario:<id>", "drill:<id>"...
    if english.path and Path(english.path).name != path.name:
        fields.error(line_of(data, "id"), f"the English is in {Path(english.path).name}; name this file the same")
    followed = data.get("translated_from_version")
    if isinstance(followed, int) and not isinstance(followed, bool) and followed < english.version:
        fields.error(line_of(data, "translated_from_version"),
                     f"translated from version {followed}; the English is now version {english.version}")
    before = len(found.problems)
    _no_english_keys(data, fields)
    translated = translate(data, english, fields)
    if translated is not None and len(found.problems) == before:
        getattr(found, kind)[ident] = translated


def _no_english_keys(data, fields: Fields) -> None:
    """Every key only the English may give, wherever it is in the file."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in FROM_ENGLISH:
                fields.error(line_of(data, key), f"'{key}' comes from the English file; remove it here")
            else:
                _no_english_keys(value, fields)
    elif isinstance(data, list):
        for item in data:
            _no_english_keys(item, fields)


def _same_count(fields: Fields, line: int, given: int, english: int, what: str) -> bool:
    if given != english:
        fields.error(line, f"{given} {what}; the English has {english}, in the same order")
    return given == english


def _scenario(data: dict, english: Scenario, fields: Fields) -> Scenario | None:
    title, summary = fields.text(data, "title"), fields.text(data, "summary")
    person = fields.mapping(data.get("person"), line_of(data, "person"), "'person'")
    if person is None:
        return None
    goals = fields.text_list(person, "goals", required=bool(english.person.goals))
    if not _same_count(fields, line_of(person, "goals", line_of(data, "person")), len(goals),
                       len(english.person.goals), "goal(s)"):
        return None
    who = english.person._replace(name=fields.text(person, "name", required=False) or english.person.name,
                                  situation=fields.text(person, "situation"), goals=goals)
    raw = data.get("nodes")
    if not isinstance(raw, list):
        fields.error(line_of(data, "nodes"), "expected a list 'nodes:' with every node of the English")
        return None
    nodes, order = {}, []
    for index, item in enumerate(raw):
        line = line_of(raw, index)
        item = fields.mapping(item, line, "a node")
        node_id = fields.text(item, "id") if item is not None else ""
        if not node_id:
            continue
        mine = english.nodes.get(node_id)
        if mine is None:
            fields.error(line, f"node '{node_id}' is not in the English scenario {Path(english.path).name}")
            continue
        order.append(node_id)
        node = _node(item, line, mine, fields)
        if node is not None:
            nodes[node_id] = node
    missing = [n for n in english.nodes if n not in order]
    if missing:
        fields.error(line_of(data, "nodes"), f"node(s) {', '.join(missing)} of the English have no text here")
    elif order != list(english.nodes):
        fields.error(line_of(data, "nodes"), "the nodes are not in the English file's order")
    if len(nodes) != len(english.nodes):
        return None
    return english._replace(title=title, summary=summary, person=who,
                            nodes={i: nodes[i] for i in english.nodes})


def _node(item: dict, line: int, english, fields: Fields):
    says = fields.text(item, "says")
    if english.is_ending:
        ending = fields.text(item, "ending")
        if "choices" in item:
            fields.error(line_of(item, "choices"), f"node '{english.id}' is an ending in English; "
                                                   "it offers no choices")
        return english._replace(says=says, ending=ending) if says and ending else None
    if "ending" in item:
        fields.error(line_of(item, "ending"), f"node '{english.id}' is not an ending in English; remove 'ending'")
    raw = item.get("choices")
    count = len(raw) if isinstance(raw, list) else 0
    if not _same_count(fields, line_of(item, "choices", line), count, len(english.choices),
                       f"choice(s) in node '{english.id}'"):
        return None
    choices = []
    for index, (choice, given) in enumerate(zip(english.choices, raw, strict=True)):
        given = fields.mapping(given, line_of(raw, index), "a choice")
        if given is None:
            return None
        text, feedback = fields.text(given, "text"), fields.text(given, "feedback")
        choices.append(choice._replace(text=text, feedback=feedback))
    if len({c.text.casefold() for c in choices}) < len(choices):
        fields.error(line_of(item, "choices", line), f"two choices of node '{english.id}' have the same text")
    return english._replace(says=says, choices=tuple(choices))


def _drill(data: dict, english: ReflectionDrill, fields: Fields) -> ReflectionDrill | None:
    title, person_says = fields.text(data, "title"), fields.text(data, "person_says")
    context = fields.text(data, "context", required=bool(english.context)) or english.context
    raw = data.get("models")
    count = len(raw) if isinstance(raw, list) else 0
    if not _same_count(fields, line_of(data, "models"), count, len(english.models), "model reflection(s)"):
        return None
    models = []
    for index, (model, given) in enumerate(zip(english.models, raw, strict=True)):
        given = fields.mapping(given, line_of(raw, index), "a model reflection")
        if given is None:
            return None
        text = fields.text(given, "text")
        if text.rstrip().endswith("?"):
            fields.error(line_of(raw, index), "a model reflection is a statement, not a question")
        models.append(model._replace(text=text, why=fields.text(given, "why", required=bool(model.why))))
    return english._replace(title=title, person_says=person_says, context=context, models=tuple(models))


def _note(data: dict, english: NoteExercise, fields: Fields) -> NoteExercise | None:
    title, goal, contact = fields.text(data, "title"), fields.text(data, "goal"), fields.text(data, "contact")
    model = fields.mapping(data.get("model"), line_of(data, "model"), "'model' (the model note)")
    if model is None:
        return None
    sections = fields.mapping(model.get("sections"), line_of(model, "sections"), "the model note's 'sections'")
    if sections is None:
        return None
    wanted = tuple(english.model.sections)
    if tuple(sections) != wanted:
        fields.error(line_of(model, "sections"), f"the sections are {', '.join(wanted)} in that order, with "
                                                 "the English keys; this file has "
                                                 f"{', '.join(map(str, sections)) or 'none'}")
        return None
    note = english.model._replace(header=fields.text(model, "header"), signature=fields.text(model, "signature"),
                                  sections={name: fields.text(sections, name) for name in wanted})
    return english._replace(title=title, goal=goal, contact=contact, model=note)


# translate function → (the catalog attribute and source-key kind, what one file is called)
_KINDS = {_scenario: ("scenarios", "role-play"), _drill: ("drills", "reflection drill"),
          _note: ("notes", "note exercise")}
