"""Conversation practice content as typed, immutable values: branching scenarios,
reflection drills and note-writing exercises. No I/O here.

Named tuples, like schema.py, so a catalog holding them pickles and loads fast.
"""

# Annotations are evaluated here (no `from __future__ import annotations`), as in schema.py.
from typing import NamedTuple

# What a peer's reply is, coded after MITI 4 behaviour codes plus the peer-role codes the
# certification exams test. Each code belongs to one family; the summary counts by family.
MI_CONSISTENT_CODES = (
    "open-question", "closed-question", "simple-reflection", "complex-reflection",
    "affirmation", "summary", "information-with-permission",
)
MI_INCONSISTENT_CODES = ("advice-without-permission", "confront", "warn", "righting-reflex")
PEER_ROLE_CODES = ("purposeful-self-disclosure", "self-centred-disclosure", "boundary-crossing")
CHOICE_CODES = MI_CONSISTENT_CODES + MI_INCONSISTENT_CODES + PEER_ROLE_CODES

# What the person's line is: change talk (toward change), sustain talk (for the status quo).
TALK_CODES = ("change", "sustain", "neutral")
STAGES = ("precontemplation", "contemplation", "preparation", "action", "maintenance")

MIN_CHOICES, MAX_CHOICES = 3, 4
MIN_DECISIONS = 6  # a bundled scenario asks at least this many decisions on every path

# The self-rating checklist a trainee ticks for their own reflection (fixed: the UI words it).
DRILL_CHECKLIST = ("reflects-meaning-or-feeling", "no-hidden-question", "no-advice")
MIN_MODEL_REFLECTIONS, MAX_MODEL_REFLECTIONS = 2, 3

# The rubric of a billable peer support note (fixed: the UI words it).
NOTE_RUBRIC = (
    "date", "duration-and-units", "service", "plan-goal-link", "persons-own-words",
    "peer-action", "response", "plan", "signature",
)
# Each note format and the sections, in order, its body is written in.
NOTE_FORMATS = {
    "DAP": ("data", "assessment", "plan"),
    "SOAP": ("subjective", "objective", "assessment", "plan"),
    "BIRP": ("behavior", "intervention", "response", "plan"),
}


class Person(NamedTuple):
    name: str
    situation: str
    stage: str  # one of STAGES
    goals: tuple[str, ...] = ()


class Choice(NamedTuple):
    text: str
    code: str  # one of CHOICE_CODES
    feedback: str
    next: str  # the id of the node this choice leads to
    line: int = 0


class Node(NamedTuple):
    id: str
    says: str  # what the person says at this point
    talk: str = "neutral"  # one of TALK_CODES
    choices: tuple[Choice, ...] = ()
    ending: str = ""  # an ending node's summary text; empty for a node that asks a decision
    line: int = 0

    @property
    def is_ending(self) -> bool:
        return bool(self.ending)


class Scenario(NamedTuple):
    id: str
    title: str
    domain: str
    version: int
    summary: str
    person: Person
    start: str  # the id of the first node
    nodes: dict[str, Node]  # in file order
    competencies: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    path: str = ""
    content_hash: str = ""

    def node(self, node_id: str) -> Node:
        return self.nodes[node_id]

    @property
    def first(self) -> Node:
        return self.nodes[self.start]


class ModelReflection(NamedTuple):
    text: str
    code: str  # simple-reflection or complex-reflection
    why: str = ""


class ReflectionDrill(NamedTuple):
    id: str
    title: str
    domain: str
    version: int
    person_says: str
    models: tuple[ModelReflection, ...]
    context: str = ""
    competencies: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    checklist: tuple[str, ...] = DRILL_CHECKLIST
    path: str = ""
    content_hash: str = ""


class ModelNote(NamedTuple):
    header: str  # date, time, duration and units, service, setting
    sections: dict[str, str]  # NOTE_FORMATS[format] section → text, in that order
    signature: str


class NoteExercise(NamedTuple):
    id: str
    title: str
    domain: str
    version: int
    format: str  # a key of NOTE_FORMATS
    contact: str  # the service contact, described for the trainee to document
    goal: str  # the recovery-plan goal the contact serves
    model: ModelNote
    competencies: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    rubric: tuple[str, ...] = NOTE_RUBRIC
    path: str = ""
    content_hash: str = ""
