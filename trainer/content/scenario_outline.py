"""A scenario's text as the Author page shows it while it is typed: the problems `validate`
would report (path:line), and an outline of its graph read leniently, so a half-written
scenario still shows its nodes. No Qt, no I/O."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from trainer.content.fields import Fields, read_document
from trainer.content.parse_scenario import _parse_nodes, parse_scenario
from trainer.content.scenario_graph import reachable
from trainer.content.schema import ContentError

SCENARIOS_DIR = "scenarios"


class OutlineChoice(NamedTuple):
    text: str
    code: str
    next: str
    dangling: bool  # `next` names no node
    line: int


class OutlineNode(NamedTuple):
    id: str
    says: str
    line: int
    ending: str  # what the ending shows; "" for a node with choices
    choices: tuple[OutlineChoice, ...]
    is_start: bool
    unreachable: bool
    dead_end: bool  # not an ending, and no choices


class ScenarioCheck(NamedTuple):
    id: str  # the scenario's id as typed ("" while it has none)
    nodes: tuple[OutlineNode, ...]
    problems: tuple[ContentError, ...]  # sorted by line

    @property
    def ok(self) -> bool:
        return not self.problems


def check_scenario(text: str, path: str, domains: dict, competencies: dict) -> ScenarioCheck:
    errors: list[ContentError] = []
    parse_scenario(text, path, domains, competencies, errors)
    data = read_document(text, Fields("", []), "a scenario")  # again, leniently, for the outline
    ident = data.get("id") if data else None
    return ScenarioCheck(ident if isinstance(ident, str) else "", _outline(data),
                         tuple(sorted(errors, key=lambda e: e.line)))


def _outline(data: dict | None) -> tuple[OutlineNode, ...]:
    if data is None or not isinstance(data.get("nodes"), list):
        return ()
    nodes = _parse_nodes(data, Fields("", []))  # what can be read; problems come from parse_scenario
    start = data.get("start") if isinstance(data.get("start"), str) else ""  # half-typed: maybe a list
    reached = reachable(start, nodes) if start in nodes else set()
    return tuple(
        OutlineNode(
            id=node.id, says=node.says, line=node.line, ending=node.ending,
            choices=tuple(OutlineChoice(c.text, c.code, c.next, c.next not in nodes, c.line)
                          for c in node.choices),
            is_start=node.id == start, unreachable=node.id not in reached,
            dead_end=not node.is_ending and not node.choices,
        )
        for node in nodes.values()
    )


def scenario_path(root: str | Path, scenario_id: str) -> Path:
    return Path(root) / SCENARIOS_DIR / f"{scenario_id}.yaml"


def scenario_files(root: str | Path) -> list[Path]:
    return sorted((Path(root) / SCENARIOS_DIR).glob("*.yaml"))


def new_scenario_text(ident: str, domain: str) -> str:
    """A small scenario that passes every check, for the author to grow."""
    return f"""id: {ident}
title: A new role-play
domain: {domain}
competencies: []
version: 1
summary: One or two sentences for the list of role-plays.
references:
  - "Miller, W. R., & Rollnick, S. (2023). Motivational Interviewing (4th ed.). Guilford Press."
person:
  name: Sam
  situation: Who the person is and what brings them here today.
  stage: contemplation
  goals:
    - What the person wants
start: open
nodes:
  - id: open
    says: I don't know if this is for me.
    talk: sustain
    choices:
      - text: You're not sure this fits you yet.
        code: simple-reflection
        feedback: A reflection invites the person to say more.
        next: more
      - text: You should just give it a try.
        code: advice-without-permission
        feedback: Advice nobody asked for tends to bring more sustain talk.
        next: more
      - text: What would make it worth your time?
        code: open-question
        feedback: An open question lets the person find their own reasons.
        next: more
  - id: more
    says: Maybe. I do want things to be different.
    talk: change
    ending: The person begins to voice their own reasons for change.
"""
