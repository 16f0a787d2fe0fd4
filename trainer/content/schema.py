"""The curriculum as typed, immutable values. No I/O here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

DOMAIN_IDS = ("advocacy", "mentoring-education", "recovery-wellness", "ethical-responsibility")
QUESTION_TYPES = ("single", "multiple", "true_false", "order")


@dataclass(frozen=True)
class ContentError:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Domain:
    id: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class Competency:
    id: str
    name: str


@dataclass(frozen=True)
class Section:
    index: int
    title: str
    key: str  # slug of the title: what progress records refer to
    markdown: str
    line: int


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    domain: str
    minutes: int
    version: int
    summary: str
    sections: tuple[Section, ...]
    competencies: tuple[str, ...] = ()
    objectives: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    quiz: str | None = None
    intro: str = ""
    path: str = ""
    content_hash: str = ""

    def section_by_key(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool = False
    why: str = ""
    fixed: bool = False


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    domain: str
    stem: str
    options: tuple[Option, ...]
    bank_id: str
    competency: str | None = None
    difficulty: int = 2
    scenario: str = ""
    explanation: str = ""
    references: tuple[str, ...] = ()
    section: str | None = None
    path: str = ""
    line: int = 0
    content_hash: str = ""

    @property
    def correct_indexes(self) -> tuple[int, ...]:
        return tuple(i for i, option in enumerate(self.options) if option.correct)


@dataclass(frozen=True)
class QuestionBank:
    id: str
    title: str
    questions: tuple[Question, ...]
    module: str | None = None
    path: str = ""


@dataclass(frozen=True)
class HoursRequirement:
    total: float
    by_domain: dict[str, float] = field(default_factory=dict)
    verified: bool = True
    note: str = ""


@dataclass(frozen=True)
class ExamBlueprint:
    questions: int
    minutes: int
    practice_pass_percent: int
    weights: dict[str, int]
    name: str = ""
    verified: bool = True
    note: str = ""


@dataclass(frozen=True)
class Attestation:
    id: str
    label: str


@dataclass(frozen=True)
class CertificationProfile:
    id: str
    name: str
    board: str
    source: str
    as_of: dt.date | None
    exam: ExamBlueprint
    training: HoursRequirement | None = None
    experience: HoursRequirement | None = None
    supervision: HoursRequirement | None = None
    attestations: tuple[Attestation, ...] = ()
    region: str = ""
    summary: str = ""
    sources: tuple[str, ...] = ()
    path: str = ""


@dataclass
class Catalog:
    """Everything that loaded cleanly, plus every problem found on the way."""

    root: str = ""
    domains: dict[str, Domain] = field(default_factory=dict)
    competencies: dict[str, Competency] = field(default_factory=dict)
    modules: dict[str, Module] = field(default_factory=dict)
    banks: dict[str, QuestionBank] = field(default_factory=dict)
    questions: dict[str, Question] = field(default_factory=dict)
    profiles: dict[str, CertificationProfile] = field(default_factory=dict)
    errors: list[ContentError] = field(default_factory=list)

    def modules_in_domain(self, domain_id: str) -> list[Module]:
        found = [m for m in self.modules.values() if m.domain == domain_id]
        return sorted(found, key=lambda m: m.title.lower())
