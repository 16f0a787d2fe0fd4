"""A conversation scenario file (YAML) → Scenario, or problems.

```yaml
id: unsure-about-group
title: Someone unsure about coming back
domain: mentoring-education
competencies: [engaging-relationships]
version: 1
summary: One or two sentences for the list.
references: ["Miller & Rollnick (2023). Motivational Interviewing, 4th ed. Guilford."]
person: {name: Dana, situation: ..., stage: contemplation, goals: [...]}
start: open
nodes:
  - id: open
    says: What the person says.
    talk: sustain              # change | sustain | neutral (default neutral)
    choices:                   # 3 or 4
      - text: The peer's reply.
        code: complex-reflection
        feedback: Why this reply helps or not.
        next: more-reasons
  - id: end-plan
    says: The person's last line.
    ending: What this ending shows (instead of choices).
```
A scenario with any problem is skipped (the app shows the rest); `validate` lists them all.
"""

from __future__ import annotations

from trainer.content.fields import Fields
from trainer.content.practice_meta import read_document, read_meta
from trainer.content.scenario_graph import graph_problems
from trainer.content.scenario_schema import (
    CHOICE_CODES,
    MAX_CHOICES,
    MIN_CHOICES,
    STAGES,
    TALK_CODES,
    Choice,
    Node,
    Person,
    Scenario,
)
from trainer.content.schema import ContentError
from trainer.content.yamlnodes import line_of


def parse_scenario(
    text: str, path: str, domains: dict, competencies: dict, errors: list[ContentError]
) -> Scenario | None:
    fields = Fields(path, errors)
    before = len(errors)
    data = read_document(text, fields, "a scenario")
    if data is None:
        return None
    meta = read_meta(data, fields, domains, competencies)
    summary = fields.text(data, "summary")
    person = _parse_person(data, fields)
    start = fields.ident(data, "start")
    nodes = _parse_nodes(data, fields)
    if start and nodes:
        for line, message in graph_problems(start, line_of(data, "start"), nodes):
            fields.error(line, message)
    if len(errors) > before or person is None:
        return None
    return Scenario(
        id=meta.id, title=meta.title, domain=meta.domain, version=meta.version, summary=summary,
        person=person, start=start, nodes=nodes, competencies=meta.competencies,
        references=meta.references, path=path, content_hash=meta.content_hash,
    )


def _parse_person(data: dict, fields: Fields) -> Person | None:
    raw = fields.mapping(data.get("person"), line_of(data, "person"), "'person'")
    if raw is None:
        return None
    stage = fields.text(raw, "stage")
    if stage and stage not in STAGES:
        fields.error(line_of(raw, "stage"), f"unknown stage '{stage}' (expected one of: {', '.join(STAGES)})")
    return Person(
        name=fields.text(raw, "name"), situation=fields.text(raw, "situation"), stage=stage,
        goals=fields.text_list(raw, "goals"),
    )


def _parse_nodes(data: dict, fields: Fields) -> dict[str, Node]:
    raw_nodes = data.get("nodes")
    if not isinstance(raw_nodes, list) or not raw_nodes:
        fields.error(line_of(data, "nodes"), "a scenario needs a non-empty list 'nodes'")
        return {}
    nodes: dict[str, Node] = {}
    for index, raw in enumerate(raw_nodes):
        line = line_of(raw_nodes, index)
        node = _parse_node(raw, line, fields)
        if node is None:
            continue
        if node.id in nodes:
            fields.error(line, f"node id '{node.id}' is already used at line {nodes[node.id].line} "
                               "of this file; give each node its own id")
            continue
        nodes[node.id] = node
    return nodes


def _parse_node(raw, line: int, fields: Fields) -> Node | None:
    raw = fields.mapping(raw, line, "a node")
    if raw is None:
        return None
    ident = fields.ident(raw)
    if not ident:
        return None
    says = fields.text(raw, "says")
    talk = fields.text(raw, "talk", required=False, default="neutral")
    if talk not in TALK_CODES:
        fields.error(line_of(raw, "talk"), f"unknown talk code '{talk}' (expected one of: {', '.join(TALK_CODES)})")
    ending = fields.text(raw, "ending", required=False)
    choices = _parse_choices(raw, ident, fields) if "choices" in raw else ()
    if ending and "choices" in raw:
        fields.error(line_of(raw, "choices"), f"node '{ident}' is an ending, so it offers no choices; "
                                              "remove 'choices' or 'ending'")
    elif choices and not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
        fields.error(line_of(raw, "choices"), f"node '{ident}' offers {len(choices)} choice(s); "
                                              f"give it {MIN_CHOICES} or {MAX_CHOICES}")
    return Node(id=ident, says=says, talk=talk, choices=choices, ending=ending, line=line)


def _parse_choices(raw: dict, node_id: str, fields: Fields) -> tuple[Choice, ...]:
    raw_choices = raw.get("choices")
    if not isinstance(raw_choices, list):
        fields.error(line_of(raw, "choices"), f"'choices' of node '{node_id}' must be a list")
        return ()
    choices, texts = [], set()
    for index, item in enumerate(raw_choices):
        cline = line_of(raw_choices, index)
        item = fields.mapping(item, cline, "a choice")
        if item is None:
            continue
        text = fields.text(item, "text")
        if text and text.lower() in texts:
            fields.error(cline, f"two choices of node '{node_id}' have the same text")
        texts.add(text.lower())
        code = fields.text(item, "code")
        if code and code not in CHOICE_CODES:
            fields.error(line_of(item, "code"),
                         f"unknown choice code '{code}' (expected one of: {', '.join(CHOICE_CODES)})")
        feedback = fields.text(item, "feedback")
        target = fields.ident(item, "next")
        if target:
            choices.append(Choice(text=text, code=code, feedback=feedback, next=target, line=cline))
    return tuple(choices)
