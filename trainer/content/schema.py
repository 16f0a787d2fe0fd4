"""The curriculum as typed, immutable values. No I/O here.

The values are named tuples rather than frozen dataclasses: they are as immutable and
compare the same way, and defining them costs a tenth as much, which counts at start-up
(the window opens on the cached catalog in a few hundred milliseconds)."""

# Annotations are evaluated here (no `from __future__ import annotations`): given as strings,
# typing.NamedTuple would compile each field's annotation at start-up.
import datetime as dt
from typing import NamedTuple

DOMAIN_IDS = ("advocacy", "mentoring-education", "recovery-wellness", "ethical-responsibility")
QUESTION_TYPES = ("single", "multiple", "true_false", "order")


class ContentError(NamedTuple):
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class Domain(NamedTuple):
    id: str
    name: str
    description: str = ""


class Competency(NamedTuple):
    id: str
    name: str


class Section(NamedTuple):
    index: int
    title: str
    key: str  # slug of the title: what progress records refer to
    markdown: str
    line: int


class Module(NamedTuple):
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


class Option(NamedTuple):
    text: str
    correct: bool = False
    why: str = ""
    fixed: bool = False


class Question(NamedTuple):
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


class QuestionBank(NamedTuple):
    id: str
    title: str
    questions: tuple[Question, ...]
    module: str | None = None
    path: str = ""


class HoursRequirement(NamedTuple):
    total: float
    by_domain: dict[str, float] = {}  # a shared empty default: never changed in place
    verified: bool = True
    note: str = ""


WEIGHTS_SOURCES = ("board", "assumed")  # the board's published domain weights, or a stand-in


class ExamBlueprint(NamedTuple):
    questions: int
    minutes: int
    practice_pass_percent: int
    weights: dict[str, int]
    name: str = ""
    verified: bool = True
    note: str = ""
    weights_source: str = "board"  # "assumed": the board publishes none; practice uses a stand-in

    @property
    def weights_assumed(self) -> bool:
        return self.weights_source == "assumed"


class RenewalFigure(NamedTuple):
    """One renewal figure and where it comes from."""

    value: float
    source: str
    verified: bool
    as_of: dt.date | None
    note: str = ""


class RenewalDocument(NamedTuple):
    label: str
    source: str
    verified: bool
    as_of: dt.date | None


RENEWAL_CAPS = {  # each a percentage of the cycle's CE hours (trainer.study.renewal applies them)
    "online_percent": "of the CE hours may come from online courses, at most",
    "self_study_percent": "of the CE hours may come from self-study, at most",
    "trainer_percent": "of the CE hours may be credit for teaching a course, at most",
}


class RenewalRules(NamedTuple):
    """What keeps the credential current: the cycle, CE hours, topic minimums, caps, documents.
    Each figure carries its own source, verified flag and as_of (the block's unless it says)."""

    source: str
    as_of: dt.date | None
    verified: bool
    cycle_years: RenewalFigure | None = None
    ce_hours: RenewalFigure | None = None
    topic_hours: dict[str, RenewalFigure] = {}  # topic id → minimum hours; shared empty default
    caps: dict[str, RenewalFigure] = {}  # RENEWAL_CAPS id → percentage; shared empty default
    documents: tuple[RenewalDocument, ...] = ()
    note: str = ""


class Attestation(NamedTuple):
    id: str
    label: str


class CertificationProfile(NamedTuple):
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
    renewal: RenewalRules | None = None


class Catalog:
    """Everything that loaded cleanly, plus every problem found on the way. Mutable while
    it is loaded (the loader fills it), then treated as read-only."""

    def __init__(self, root: str = "", domains: dict[str, Domain] | None = None,
                 competencies: dict[str, Competency] | None = None, modules: dict[str, Module] | None = None,
                 banks: dict[str, QuestionBank] | None = None, questions: dict[str, Question] | None = None,
                 profiles: dict[str, CertificationProfile] | None = None, errors: list[ContentError] | None = None,
                 scenarios: dict | None = None, drills: dict | None = None, notes: dict | None = None,
                 translations: dict | None = None):
        self.root = root
        self.domains = {} if domains is None else domains
        self.competencies = {} if competencies is None else competencies
        self.modules = {} if modules is None else modules
        self.banks = {} if banks is None else banks
        self.questions = {} if questions is None else questions
        self.profiles = {} if profiles is None else profiles
        self.errors = [] if errors is None else errors
        # Conversation practice (trainer.content.scenario_schema): Scenario, ReflectionDrill
        # and NoteExercise by id.
        self.scenarios = {} if scenarios is None else scenarios
        self.drills = {} if drills is None else drills
        self.notes = {} if notes is None else notes
        # The same curriculum's words in other languages (trainer.content.translations):
        # language code → Translation; English is the objects above.
        self.translations = {} if translations is None else translations

    def __eq__(self, other) -> bool:
        return isinstance(other, Catalog) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment] - mutable

    def __repr__(self) -> str:
        return (f"Catalog(root={self.root!r}, {len(self.modules)} modules, {len(self.questions)} questions, "
                f"{len(self.profiles)} profiles, {len(self.errors)} errors)")

    def copy(self) -> "Catalog":
        """A copy whose collections can be extended without changing this one."""
        return Catalog(self.root, dict(self.domains), dict(self.competencies), dict(self.modules),
                       dict(self.banks), dict(self.questions), dict(self.profiles), list(self.errors),
                       dict(self.scenarios), dict(self.drills), dict(self.notes), dict(self.translations))

    def modules_in_domain(self, domain_id: str) -> list[Module]:
        found = [m for m in self.modules.values() if m.domain == domain_id]
        return sorted(found, key=lambda m: m.title.lower())
