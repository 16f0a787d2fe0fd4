"""Readiness for certification: what is met, what is missing, and what to do next.

`assess` is a pure function over plain inputs (unit tests need no database);
`ReadinessService` gathers those inputs through the overview reads.
Nothing here is worded: requirements and next steps are codes with their figures, which the
Dashboard words with tr() and the PDF report in English (trainer/reports/wording.py).
"""

# Annotations are evaluated here (no `from __future__ import annotations`): given as strings,
# typing.NamedTuple would compile each field's annotation at start-up.
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple

from trainer.content.schema import Catalog, CertificationProfile, Module, Question
from trainer.study.hours_progress import progress_against
from trainer.study.marking import EXAM, is_correct
from trainer.study.overview import Overview
from trainer.study.readiness_codes import (
    EXAMS_NEEDED,
    IN_PROGRESS,
    MET,
    NOT_STARTED,
    Attest,
    LogHours,
    NextStep,
    ReadModule,
    Requirement,
    RequirementKind,
    Status,
    StudyWeakDomain,
    TakeExam,
)
from trainer.study.records import HoursTotals, ModuleStatus, fresh_of

# A simulation counts towards readiness only when more than this share of its questions was
# fresh (not answered in the days before it; attempts.RECENT_DAYS): scores on questions just
# seen measure memory of the bank, not readiness.
FRESH_SHARE_NEEDED = 0.5


class ExamResult(NamedTuple):
    """One finished exam simulation: overall and per-domain percentages."""

    attempt_id: int
    finished_at: dt.datetime
    percent: float
    by_domain: dict[str, float] = {}  # a shared empty default: never changed in place
    domain_counts: dict[str, tuple[int, int]] = {}  # domain → (correct, total); shared empty default
    fresh: int | None = None  # questions not seen recently when it started; None: not recorded (older exams)
    asked: int = 0  # questions in the exam

    @property
    def counts_for_readiness(self) -> bool:
        """Mostly fresh questions. Exams from before freshness was recorded keep counting."""
        return self.fresh is None or mostly_fresh(self.fresh, self.asked)


def mostly_fresh(fresh: int, asked: int) -> bool:
    """Whether more than FRESH_SHARE_NEEDED of an exam's `asked` questions were fresh."""
    return fresh > FRESH_SHARE_NEEDED * asked


class ReadinessInputs(NamedTuple):
    profile: CertificationProfile
    totals: HoursTotals
    attested: Mapping[str, dt.date]
    modules: Sequence[Module]
    module_status: Mapping[str, ModuleStatus]
    exams: Sequence[ExamResult]  # oldest first
    domain_names: Mapping[str, str] = {}  # a shared empty default: never changed in place
    # Hours of entries validly signed by a trusted supervisor (trainer/study/signoff_records.py);
    # None: not asked for (the Dashboard at start-up).
    verified_totals: HoursTotals | None = None


class ExamReadiness(NamedTuple):
    status: Status
    recent: tuple[float, ...]  # the last (up to) three counted overall percentages, oldest first
    pass_percent: int
    weak_domains: tuple[str, ...]  # below the pass mark in the latest counted exam, weakest first
    recent_fresh: tuple[tuple[int | None, int], ...] = ()  # (fresh, asked) of each of `recent`
    not_counted: int = 0  # simulations left out because most of their questions were seen recently
    latest_counted: bool = True  # whether the latest simulation counted

    @property
    def met(self) -> bool:
        return self.status is MET


class Readiness(NamedTuple):
    requirements: tuple[Requirement, ...]
    exam: ExamReadiness
    next_steps: tuple[NextStep, ...]

    @property
    def ready(self) -> bool:
        return all(r.met for r in self.requirements)

    @property
    def met_count(self) -> int:
        return sum(r.met for r in self.requirements)

    @property
    def total(self) -> int:
        return len(self.requirements)


def _status(done: float, required: float) -> Status:
    if done >= required:
        return MET
    return IN_PROGRESS if done > 0 else NOT_STARTED


def counted_exams(exams: Sequence[ExamResult]) -> list[ExamResult]:
    """The simulations readiness counts: those whose questions were mostly fresh."""
    return [e for e in exams if e.counts_for_readiness]


def exam_readiness(exams: Sequence[ExamResult], pass_percent: int) -> ExamReadiness:
    """Met when the last three counted exams and every domain of the latest counted one are at
    or above the pass mark. An exam counts when most of its questions were fresh."""
    counted = counted_exams(exams)
    left_out = len(exams) - len(counted)
    latest_counted = not exams or exams[-1].counts_for_readiness
    if not counted:
        return ExamReadiness(IN_PROGRESS if exams else NOT_STARTED, (), pass_percent, (), (), left_out,
                             latest_counted)
    last = counted[-EXAMS_NEEDED:]
    recent = tuple(e.percent for e in last)
    latest = counted[-1]
    weak = tuple(sorted((d for d, p in latest.by_domain.items() if p < pass_percent),
                        key=lambda d: (latest.by_domain[d], d)))
    ok = len(recent) == EXAMS_NEEDED and all(p >= pass_percent for p in recent) and not weak
    return ExamReadiness(MET if ok else IN_PROGRESS, recent, pass_percent, weak,
                         tuple((e.fresh, e.asked) for e in last), left_out, latest_counted)


def _domain_recent(exams: Sequence[ExamResult], domain: str) -> tuple[float, int]:
    """The domain's percentage over the last two exams that had it, and how many that was."""
    counted = [e for e in exams if domain in e.domain_counts][-2:]
    correct = sum(e.domain_counts[domain][0] for e in counted)
    total = sum(e.domain_counts[domain][1] for e in counted)
    if not total:
        return exams[-1].by_domain.get(domain, 0.0), 1
    return 100.0 * correct / total, len(counted)


def _module_for(domain: str, modules: Sequence[Module], status: Mapping[str, ModuleStatus]) -> Module | None:
    """The module to reread for a weak domain: an unfinished one first, else the first by title."""
    mine = sorted((m for m in modules if m.domain == domain), key=lambda m: m.title.lower())
    unfinished = [m for m in mine if not (status.get(m.id) and status[m.id].complete)]
    return (unfinished or mine or [None])[0]


def assess(inputs: ReadinessInputs) -> Readiness:
    profile, names = inputs.profile, inputs.domain_names
    requirements: list[Requirement] = []
    steps: list[NextStep] = []

    # Exam simulations come first among next steps: they are the nearest gate.
    exam = exam_readiness(inputs.exams, profile.exam.practice_pass_percent)
    counted = counted_exams(inputs.exams)
    for domain in exam.weak_domains:
        pct, count = _domain_recent(counted, domain)
        module = _module_for(domain, inputs.modules, inputs.module_status)
        steps.append(StudyWeakDomain(domain, names.get(domain, domain), pct, count,
                                     module.id if module else None, module.title if module else ""))
    if len(counted) < EXAMS_NEEDED or (exam.recent and min(exam.recent) < exam.pass_percent):
        steps.append(TakeExam(sum(p >= exam.pass_percent for p in exam.recent), exam.pass_percent))
    requirements.append(Requirement(
        "exam", RequirementKind.EXAM, exam.status, recent=exam.recent, pass_percent=exam.pass_percent,
        note="" if profile.exam.verified else profile.exam.note))

    # Core modules.
    status_of = inputs.module_status
    complete = [m for m in inputs.modules if status_of.get(m.id) and status_of[m.id].complete]
    started = any(s.started for s in status_of.values())
    total = len(inputs.modules)
    status = MET if len(complete) >= total else (IN_PROGRESS if complete or started else NOT_STARTED)
    requirements.append(Requirement("modules", RequirementKind.MODULES, status, Decimal(len(complete)),
                                    Decimal(total)))
    unfinished = sorted((m for m in inputs.modules if m not in complete),
                        key=lambda m: (not (status_of.get(m.id) and status_of[m.id].started), m.title.lower()))
    for module in unfinished[:2]:
        steps.append(ReadModule(module.id, module.title, bool(status_of.get(module.id)
                                                              and status_of[module.id].started)))

    # Hours, largest share still missing first.
    gaps = []
    verified = ({v.key: _hours(v.done) for v in progress_against(profile, inputs.verified_totals)}
                if inputs.verified_totals is not None else {})
    for item in progress_against(profile, inputs.totals):
        kind = RequirementKind(item.kind)
        domain_name = names.get(item.domain, item.domain) if item.domain else ""
        requirements.append(Requirement(
            item.key, kind, _status(item.done, item.required), _hours(item.done), _hours(item.required),
            subject=domain_name, note="" if item.verified else item.note,
            ask_board=not item.verified and not item.note, verified=verified.get(item.key)))
        if not item.met:
            gaps.append((item.remaining / item.required, item.key,
                         LogHours(item.key, kind, domain_name, _hours(item.remaining), _hours(item.required))))
    steps.extend(step for _share, _key, step in sorted(gaps, key=lambda g: (-g[0], g[1])))

    # Self-attested items.
    for item in profile.attestations:
        on = inputs.attested.get(item.id)
        requirements.append(Requirement(f"attestation:{item.id}", RequirementKind.ATTESTATION,
                                        MET if on else NOT_STARTED, subject=item.label, attested_on=on))
        if on is None:
            steps.append(Attest(item.id, item.label))
    return Readiness(tuple(requirements), exam, tuple(steps))


def _hours(value: float) -> Decimal:
    """Hours to the hundredth, as the requirements print them (records.format_hours)."""
    return Decimal(str(round(value, 2)))


# ---------------------------------------------------------------- gathering


def exam_results(attempts: Sequence[dict], items: Sequence[tuple], questions: Mapping[str, Question],
                 profile_id: str | None = None) -> list[ExamResult]:
    """Scores of finished exams from reads.finished_attempts/finished_items rows of
    (attempt id, position, question id, question hash, chosen, correct). The stored
    `correct` is trusted while the question is unchanged; an edited question is re-scored."""
    tallies: dict[int, dict[str, list[int]]] = {a["id"]: {} for a in attempts}
    add_tallies(tallies, items, questions)
    return results_of(attempts, tallies, profile_id)


def add_tallies(tallies: dict[int, dict[str, list[int]]], items: Sequence[tuple],
                questions: Mapping[str, Question]) -> None:
    """Add items (as exam_results takes them) to attempt id → domain → [correct, answered]."""
    for attempt_id, _position, question_id, question_hash, chosen, correct in items:
        question = questions.get(question_id)
        if question is None:  # a question removed from the content no longer counts
            continue
        if question_hash == question.content_hash and correct is not None:
            right = bool(correct)
        else:
            right = is_correct(question, chosen)
        tally = tallies[attempt_id].setdefault(question.domain, [0, 0])
        tally[0] += right
        tally[1] += 1


def results_of(attempts: Sequence[dict], tallies: Mapping[int, Mapping[str, Sequence[int]]],
               profile_id: str | None = None) -> list[ExamResult]:
    """ExamResults of finished attempts from their tallies (see add_tallies)."""
    results = []
    for attempt in attempts:
        if profile_id and attempt["profile_id"] not in (None, profile_id):
            continue
        domains = dict(sorted(tallies[attempt["id"]].items()))
        correct = sum(c for c, _ in domains.values())
        total = sum(t for _, t in domains.values())
        blueprint = attempt.get("blueprint") or {}
        results.append(ExamResult(
            attempt["id"], attempt["finished_at"] or attempt["started_at"],
            100.0 * correct / total if total else 0.0,
            {d: 100.0 * c / t for d, (c, t) in domains.items()},
            {d: (c, t) for d, (c, t) in domains.items()},
            fresh_of(blueprint), int(blueprint.get("questions") or total)))
    return results


class ReadinessService:
    """Gathers a trainee's figures through the overview reads and assesses them.
    `catalog` is asked each time: the curriculum can be reloaded while the app runs."""

    def __init__(self, catalog: Callable[[], Catalog], overview: Overview,
                 verified: Callable[[int], HoursTotals] | None = None):
        self._catalog = catalog
        self._overview = overview
        self._verified = verified  # hours with a valid signature, checked each time they are asked for

    @property
    def catalog(self) -> Catalog:
        return self._catalog()

    def exams(self, trainee_id: int, profile_id: str | None = None) -> list[ExamResult]:
        attempts, items = self._overview.finished(
            trainee_id, EXAM, ("question_id", "question_hash", "chosen", "correct"))
        return exam_results(attempts, items, self.catalog.questions, profile_id)

    def inputs(self, trainee_id: int, profile: CertificationProfile) -> ReadinessInputs:
        overview, catalog = self._overview, self.catalog
        modules = sorted(catalog.modules.values(), key=lambda m: m.title.lower())
        return ReadinessInputs(
            profile=profile, totals=overview.hours_totals(trainee_id), attested=overview.attested(trainee_id),
            modules=modules, module_status=overview.module_status(trainee_id, modules),
            exams=self.exams(trainee_id, profile.id),
            domain_names={d.id: d.name for d in catalog.domains.values()},
            verified_totals=self._verified(trainee_id) if self._verified else None)

    def assess(self, trainee_id: int, profile: CertificationProfile) -> Readiness:
        return assess(self.inputs(trainee_id, profile))
