"""Conversation practice: walking a scenario, a MITI 4-style summary of a run, the history of
runs, and scoring the self-rating checklists of reflection drills and note exercises.

No Qt and no English sentences: results carry codes (choice codes, measure codes, levels)
and numbers, and the UI words them.

Typical use by a page::

    run = ConversationRun(catalog.scenarios["unsure-about-group"])
    outcome = run.choose(2)          # feedback: outcome.choice.feedback; next line: outcome.node.says
    ...                              # until run.finished
    summary = run.summary()          # ConversationSummary: counts, measures against MITI 4.2.1
    history.record(run.record(trainee_id, started_at, finished_at))

Sources for the thresholds: Moyers, T. B., Manuel, J. K., & Ernst, D. (2014, rev. June 2015).
Motivational Interviewing Treatment Integrity Coding Manual 4.2.1, CASAA, University of New
Mexico (the summary-score threshold table); the same figures are tabulated in PMC9461167,
Table 3 ("MITI-4 outcome measure for determining competence in MI").
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import NamedTuple, Protocol

from trainer.content.scenario_schema import (
    CHOICE_CODES,
    PEER_ROLE_CODES,
    Choice,
    Node,
    NoteExercise,
    ReflectionDrill,
    Scenario,
)

# --- how our choice codes map onto MITI 4 behaviour counts -------------------------------------
QUESTION_CODES = ("open-question", "closed-question")
# MITI 4 codes a summary as reflection; we count our one `summary` choice as one complex reflection.
REFLECTION_CODES = ("simple-reflection", "complex-reflection", "summary")
COMPLEX_REFLECTION_CODES = ("complex-reflection", "summary")
# MITI 4's MI-adherent behaviours are Affirm, Seeking Collaboration and Emphasizing Autonomy;
# asking permission before giving information is seeking collaboration.
MI_ADHERENT_CODES = ("affirmation", "information-with-permission")
# MITI 4's MI-non-adherent behaviours are Confront and Persuade (advice, warnings and the
# righting reflex all try to persuade without permission).
MI_NON_ADHERENT_CODES = ("advice-without-permission", "confront", "warn", "righting-reflex")

# --- thresholds -------------------------------------------------------------------------------
# MITI 4.2.1 summary-score thresholds: "fair" is basic competence, "good" is proficiency.
RQ_FAIR, RQ_GOOD = 1.0, 2.0  # reflections per question: 1:1 and 2:1
COMPLEX_FAIR, COMPLEX_GOOD = 40.0, 50.0  # complex reflections, % of all reflections
# MITI 4 counts questions without telling open from closed, so it sets no threshold for open
# questions. MITI 3.1.1 did (Moyers, Martin, Manuel, Miller & Ernst, 2010: 50 % beginning
# proficiency, 70 % competency); we show those figures only as a guide, marked with their basis
# (Basis.MITI_3_ONLY) so the UI can say they are not MITI 4's.
OPEN_FAIR, OPEN_GOOD = 50.0, 70.0


class Level(StrEnum):
    GOOD = "good"
    FAIR = "fair"
    BELOW_FAIR = "below-fair"
    NOT_RATED = "not-rated"  # nothing to measure (no questions and no reflections, say)


class Basis(StrEnum):
    MITI_4 = "miti-4.2.1"  # a published MITI 4.2.1 threshold
    MITI_3_ONLY = "miti-3.1.1-only"  # not a MITI 4 threshold; MITI 3.1.1's figure as a guide


class MeasureCode(StrEnum):
    REFLECTION_TO_QUESTION = "reflection-to-question"
    PERCENT_COMPLEX_REFLECTIONS = "percent-complex-reflections"
    PERCENT_OPEN_QUESTIONS = "percent-open-questions"


class Measure(NamedTuple):
    code: MeasureCode
    numerator: int
    denominator: int
    value: float | None  # None when the denominator is 0
    fair: float
    good: float
    level: Level
    basis: Basis


class TalkCounts(NamedTuple):
    """The person's lines after each of the trainee's choices (the opening line is not
    counted: the trainee did not evoke it)."""

    change: int = 0
    sustain: int = 0
    neutral: int = 0


class ConversationSummary(NamedTuple):
    counts: dict[str, int]  # every choice code (CHOICE_CODES) → how often it was chosen
    questions: int
    reflections: int
    reflection_to_question: Measure
    percent_complex_reflections: Measure
    percent_open_questions: Measure
    mi_adherent: int
    mi_non_adherent: int
    talk: TalkCounts
    peer_role: dict[str, int]  # PEER_ROLE_CODES → count (not MITI codes; peer-role practice)
    decisions: int


def _level(value: float | None, fair: float, good: float) -> Level:
    if value is None:
        return Level.NOT_RATED
    if value >= good:
        return Level.GOOD
    return Level.FAIR if value >= fair else Level.BELOW_FAIR


def _percent(code: MeasureCode, part: int, whole: int, fair: float, good: float, basis: Basis) -> Measure:
    value = 100.0 * part / whole if whole else None
    return Measure(code, part, whole, value, fair, good, _level(value, fair, good), basis)


def _ratio(reflections: int, questions: int) -> Measure:
    value = reflections / questions if questions else None
    if value is not None:
        level = _level(value, RQ_FAIR, RQ_GOOD)
    else:  # no questions: any reflection at all is above every ratio; none is nothing to rate
        level = Level.GOOD if reflections else Level.NOT_RATED
    return Measure(MeasureCode.REFLECTION_TO_QUESTION, reflections, questions, value, RQ_FAIR, RQ_GOOD,
                   level, Basis.MITI_4)


def summarise(choice_codes: Iterable[str], talk_codes: Iterable[str] = ()) -> ConversationSummary:
    """The MITI 4-style counts of the trainee's choices (`choice_codes`, in order) and of the
    person's answering lines (`talk_codes`: change, sustain or neutral)."""
    chosen = list(choice_codes)
    unknown = sorted(set(chosen) - set(CHOICE_CODES))
    if unknown:
        raise ValueError(f"unknown choice codes: {', '.join(unknown)}")
    counts = Counter(chosen)
    questions = sum(counts[c] for c in QUESTION_CODES)
    reflections = sum(counts[c] for c in REFLECTION_CODES)
    complex_ = sum(counts[c] for c in COMPLEX_REFLECTION_CODES)
    talk = Counter(talk_codes)
    return ConversationSummary(
        counts={code: counts[code] for code in CHOICE_CODES},
        questions=questions,
        reflections=reflections,
        reflection_to_question=_ratio(reflections, questions),
        percent_complex_reflections=_percent(MeasureCode.PERCENT_COMPLEX_REFLECTIONS, complex_, reflections,
                                             COMPLEX_FAIR, COMPLEX_GOOD, Basis.MITI_4),
        percent_open_questions=_percent(MeasureCode.PERCENT_OPEN_QUESTIONS, counts["open-question"], questions,
                                        OPEN_FAIR, OPEN_GOOD, Basis.MITI_3_ONLY),
        mi_adherent=sum(counts[c] for c in MI_ADHERENT_CODES),
        mi_non_adherent=sum(counts[c] for c in MI_NON_ADHERENT_CODES),
        talk=TalkCounts(talk["change"], talk["sustain"], talk["neutral"]),
        peer_role={code: counts[code] for code in PEER_ROLE_CODES},
        decisions=len(chosen),
    )


# --- walking a scenario -----------------------------------------------------------------------
class Step(NamedTuple):
    node_id: str  # where the choice was made
    choice_index: int  # 0-based, in the file's order
    code: str  # the choice's code when it was made (kept if the content changes later)
    next_id: str
    talk: str  # the talk code of the person's answering line (next_id's), when it was made


class Outcome(NamedTuple):
    """What a choice led to: its feedback (choice.feedback) and the person's next line (node)."""

    choice: Choice
    node: Node
    finished: bool


class RunErrorCode(StrEnum):
    FINISHED = "run-finished"  # the conversation has reached an ending
    NO_SUCH_CHOICE = "no-such-choice"
    NODE_MISMATCH = "node-mismatch"  # a replayed step does not start where the run is


class RunError(ValueError):
    def __init__(self, code: RunErrorCode, **params):
        super().__init__(code.value)
        self.code = code
        self.params = params


class RunRecord(NamedTuple):
    """One run of a scenario by a trainee, as the history keeps it."""

    trainee_id: int
    scenario_id: str
    scenario_version: int
    scenario_hash: str
    steps: tuple[Step, ...]
    ending_id: str | None  # None: left before an ending
    started_at: dt.datetime
    finished_at: dt.datetime | None = None


class ConversationRun:
    """One pass through a scenario. Not thread-safe; one per open conversation."""

    def __init__(self, scenario: Scenario):
        self.scenario = scenario
        self._node = scenario.first
        self._steps: list[Step] = []

    @property
    def current(self) -> Node:
        return self._node

    @property
    def finished(self) -> bool:
        return self._node.is_ending

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(self._steps)

    def choose(self, index: int) -> Outcome:
        node = self._node
        if node.is_ending:
            raise RunError(RunErrorCode.FINISHED, node=node.id)
        if not 0 <= index < len(node.choices):
            raise RunError(RunErrorCode.NO_SUCH_CHOICE, node=node.id, index=index, choices=len(node.choices))
        choice = node.choices[index]
        self._node = self.scenario.node(choice.next)
        self._steps.append(Step(node.id, index, choice.code, choice.next, self._node.talk))
        return Outcome(choice, self._node, self._node.is_ending)

    def reached(self) -> list[Node]:
        """The nodes each choice led to, in order (the opening node is not included)."""
        return [self.scenario.node(step.next_id) for step in self._steps]

    def summary(self) -> ConversationSummary:
        return summarise_steps(self._steps)

    def record(self, trainee_id: int, started_at: dt.datetime,
               finished_at: dt.datetime | None = None) -> RunRecord:
        scenario = self.scenario
        return RunRecord(trainee_id, scenario.id, scenario.version, scenario.content_hash, self.steps,
                         self._node.id if self.finished else None, started_at, finished_at)


def replay(scenario: Scenario, choice_indexes: Sequence[int]) -> ConversationRun:
    """A run that made these choices in order (RunError if one is not possible)."""
    run = ConversationRun(scenario)
    for index in choice_indexes:
        run.choose(index)
    return run


def summarise_steps(steps: Iterable[Step]) -> ConversationSummary:
    """A run's summary from its steps alone: the codes as they were when it ran, so a stored
    run keeps its figures after the scenario is edited."""
    steps = list(steps)
    return summarise((s.code for s in steps), (s.talk for s in steps))


# --- history ----------------------------------------------------------------------------------
class RunRecorded(NamedTuple):
    """The operation's record of what changed (for the UI's dispatcher)."""

    trainee_id: int
    scenario_id: str
    run_id: int


class ConversationHistory(Protocol):
    """Where a trainee's scenario runs are kept; pages depend on this protocol only.

    The database version is conversation_records.ConversationRecords (migration 0009), two tables:
    `conversation_run` (id, trainee_id → trainee ON DELETE CASCADE, scenario_id,
    scenario_version, scenario_hash, ending_id NULL, started_at, finished_at NULL; index on
    trainee_id, scenario_id) and `conversation_step` (run_id → conversation_run ON DELETE
    CASCADE, position, node_id, choice_index, code, next_id, talk; primary key run_id,
    position). Steps keep their codes, so a run's summary survives later content edits."""

    def record(self, run: RunRecord) -> RunRecorded: ...

    def runs(self, trainee_id: int, scenario_id: str | None = None) -> list[RunRecord]:
        """The trainee's runs, oldest first; only those of `scenario_id` if given."""
        ...


class InMemoryConversationHistory:
    """A ConversationHistory kept in memory (tests and the demo)."""

    def __init__(self) -> None:
        self._runs: dict[int, RunRecord] = {}
        self._ids = itertools.count(1)

    def record(self, run: RunRecord) -> RunRecorded:
        run_id = next(self._ids)
        self._runs[run_id] = run
        return RunRecorded(run.trainee_id, run.scenario_id, run_id)

    def runs(self, trainee_id: int, scenario_id: str | None = None) -> list[RunRecord]:
        return [run for run in self._runs.values()
                if run.trainee_id == trainee_id and scenario_id in (None, run.scenario_id)]


def finished_scenarios(history: ConversationHistory, trainee_id: int) -> set[str]:
    """Ids of the scenarios the trainee has taken to an ending at least once."""
    return {run.scenario_id for run in history.runs(trainee_id) if run.ending_id is not None}


# --- self-rating checklists -------------------------------------------------------------------
class ChecklistScore(NamedTuple):
    met: tuple[str, ...]  # the items ticked, in the checklist's order
    missing: tuple[str, ...]  # the items not ticked, in the checklist's order
    total: int
    percent: float

    @property
    def complete(self) -> bool:
        return not self.missing


def score_checklist(items: Sequence[str], ticked: Iterable[str]) -> ChecklistScore:
    """Score a self-rating: which of `items` the trainee ticked. Ticking an item the
    checklist does not have is a programming error (ValueError)."""
    ticked = set(ticked)
    unknown = sorted(ticked - set(items))
    if unknown:
        raise ValueError(f"not on this checklist: {', '.join(unknown)}")
    met = tuple(item for item in items if item in ticked)
    missing = tuple(item for item in items if item not in ticked)
    total = len(items)
    return ChecklistScore(met, missing, total, 100.0 * len(met) / total if total else 0.0)


def score_drill(drill: ReflectionDrill, ticked: Iterable[str]) -> ChecklistScore:
    """A trainee's self-rating of their own reflection against the drill's checklist."""
    return score_checklist(drill.checklist, ticked)


def score_note(exercise: NoteExercise, ticked: Iterable[str]) -> ChecklistScore:
    """A trainee's check of their own note against the billable-note rubric."""
    return score_checklist(exercise.rubric, ticked)
