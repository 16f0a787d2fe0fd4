"""What readiness returns instead of sentences: requirement and next-step codes with their
figures. The Dashboard words them with tr() and Qt plurals; the PDF report in English
(trainer/reports/wording.py). Content words (module titles, domain names, a board's note)
are carried as they are.

The records are NamedTuples, as the other start-path records: the Dashboard imports this
before the window shows, and frozen dataclasses take twice as long to define. Annotations are
evaluated (no `from __future__ import annotations`): given as strings, NamedTuple would
compile each one at start-up."""

import datetime as dt
import enum
from decimal import Decimal
from typing import NamedTuple

EXAMS_NEEDED = 3
PRACTISE_QUESTIONS = 20


class Status(enum.Enum):
    MET = "met"
    IN_PROGRESS = "in progress"
    NOT_STARTED = "not started"


MET, IN_PROGRESS, NOT_STARTED = Status.MET, Status.IN_PROGRESS, Status.NOT_STARTED


class RequirementKind(enum.Enum):
    EXAM = "exam"  # the last three counted simulations at the pass mark, every domain too
    MODULES = "modules"  # every core module completed
    TRAINING = "training"  # hours of each kind; training also by domain (`subject`)
    EXPERIENCE = "experience"
    SUPERVISION = "supervision"
    ATTESTATION = "attestation"  # a self-attested item (`subject` is its label)


class Requirement(NamedTuple):
    """One requirement and how far along it is, as figures to word."""

    key: str  # "training", "training:<domain>", "experience", "supervision", "attestation:<id>", "modules", "exam"
    kind: RequirementKind
    status: Status
    done: Decimal | None = None  # hours (or modules) so far; None for the exam and attestations
    required: Decimal | None = None
    subject: str = ""  # content words shown as they are: a training domain's name, an attestation's label
    recent: tuple[float, ...] = ()  # the exam: the percentages of the simulations counted
    pass_percent: int = 0  # the exam
    attested_on: dt.date | None = None  # an attestation
    note: str = ""  # the content's caveat (its board's rule is not confirmed), shown as it is
    ask_board: bool = False  # not confirmed and the content gives no note: "check with your board"
    verified: Decimal | None = None  # hours requirements: those validly signed by a trusted supervisor (when known)

    @property
    def met(self) -> bool:
        return self.status is MET

    @property
    def fraction(self) -> float | None:
        """How far along, 0 to 1, for figures that are counts (hours, modules); else None."""
        if self.done is None or not self.required:
            return None
        return min(1.0, float(self.done) / float(self.required))


# ---- next steps: each a code with its figures and the page (and item) that does it


class StudyWeakDomain(NamedTuple):
    """A domain below the pass mark: reread its module (if there is one), then practise."""

    domain: str
    domain_name: str
    percent: float
    exams: int  # over how many recent exams `percent` is (1 or 2)
    module_id: str | None = None
    module_title: str = ""
    questions: int = PRACTISE_QUESTIONS

    @property
    def page(self) -> str:
        return "modules" if self.module_id else "practice"

    @property
    def argument(self) -> str:
        return self.module_id or self.domain


class TakeExam(NamedTuple):
    """Take another simulation: `at_pass` of the last `needed` are at or above the mark."""

    at_pass: int
    pass_percent: int
    needed: int = EXAMS_NEEDED
    page = "practice"
    argument = "exam"


class ReadModule(NamedTuple):
    """Read a core module, or finish one begun (`started`)."""

    module_id: str
    title: str
    started: bool
    page = "modules"

    @property
    def argument(self) -> str:
        return self.module_id


class LogHours(NamedTuple):
    """Log the hours still missing for a requirement."""

    key: str
    kind: RequirementKind
    domain_name: str  # "" for the kind's total
    remaining: Decimal
    required: Decimal
    page = "hours"

    @property
    def argument(self) -> str:
        return self.key


class Attest(NamedTuple):
    """Record when a self-attested item was met."""

    item_id: str
    label: str
    page = "settings"

    @property
    def argument(self) -> str:
        return self.item_id


NextStep = StudyWeakDomain | TakeExam | ReadModule | LogHours | Attest
