"""The readiness report's English words for what readiness returns as codes (study/readiness_codes).

The Dashboard words the same codes with tr(); this is the one English wording for the PDF
(its Spanish: wording_es.py, chosen by the report's language). Content words (titles, domain
names, a board's note) are printed as they are.
"""

from __future__ import annotations

from trainer.reports.report_language import say
from trainer.study.readiness_codes import (
    EXAMS_NEEDED,
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
from trainer.study.records import format_hours

HOURS_LABELS = {RequirementKind.TRAINING: "Training hours", RequirementKind.EXPERIENCE: "Experience hours",
                RequirementKind.SUPERVISION: "Supervision hours"}
STATUS = {Status.MET: "met", Status.IN_PROGRESS: "in progress", Status.NOT_STARTED: "not started"}
CHECK_WITH_BOARD = "Check with your board."


def verdict(ready: bool, met: int, total: int) -> str:
    if ready:
        return "Ready to apply: every requirement is met"
    return f"Not yet ready: {met} of {total} requirements met"


def status(value: Status) -> str:
    return STATUS[value]


def _percent(value: float) -> str:
    return f"{value:.0f}%"


def requirement_label(requirement: Requirement) -> str:
    kind = requirement.kind
    if kind is RequirementKind.EXAM:
        return "Exam readiness (last three simulations)"
    if kind is RequirementKind.MODULES:
        return "Core modules completed"
    if kind is RequirementKind.ATTESTATION:
        return requirement.subject
    return HOURS_LABELS[kind] + (f": {requirement.subject}" if requirement.subject else "")


def requirement_figures(requirement: Requirement) -> tuple[str, str]:
    """What is done and what is required, as printed ("32.5", "46")."""
    kind = requirement.kind
    if kind is RequirementKind.EXAM:
        return (", ".join(_percent(p) for p in requirement.recent) or "none yet",
                f"{EXAMS_NEEDED} at {requirement.pass_percent}%+, every domain")
    if kind is RequirementKind.ATTESTATION:
        on = requirement.attested_on
        return (on.isoformat() if on else "not yet"), "attested"
    return format_hours(requirement.done or 0), format_hours(requirement.required or 0)


def requirement_note(requirement: Requirement) -> str:
    return requirement.note or (CHECK_WITH_BOARD if requirement.ask_board else "")


def next_step(step: NextStep) -> str:
    match step:
        case StudyWeakDomain(module_id=None):
            when = "your last exam" if step.exams == 1 else "your last two exams"
            return f"{step.domain_name}: {_percent(step.percent)} in {when} — practise {step.questions} questions"
        case StudyWeakDomain():
            when = "your last exam" if step.exams == 1 else "your last two exams"
            return (f"{step.domain_name}: {_percent(step.percent)} in {when} — reread {step.module_title}, "
                    f"then practise {step.questions} questions")
        case TakeExam():
            return (f"Take an exam simulation: {step.at_pass} of your last {step.needed} are at or above "
                    f"{step.pass_percent}%")
        case ReadModule(started=True):
            return f"Finish the module {step.title}"
        case ReadModule():
            return f"Read the module {step.title}"
        case LogHours():
            label = HOURS_LABELS[step.kind] + (f": {step.domain_name}" if step.domain_name else "")
            return f"{label}: log the remaining {format_hours(step.remaining)} of {format_hours(step.required)}"
        case Attest():
            return f"Record when you met: {step.label}"
    raise ValueError(f"no wording for {step!r}")


# ---- conversation skills (study/conversations: measures and levels) -------------------------
# The Conversations page and the Dashboard word the same codes with tr() (ui/pages/conversations/wording.py).
# These go through report_language.say, so they are the report's words in either language.

def _count(n: int, one: str, many: str) -> str:
    """"{n} reflection" or "{n} reflections", in the report's language."""
    return say(one if n == 1 else many, n=n)


def _reflections(n: int) -> str:
    return _count(n, "{n} reflection", "{n} reflections")


def _questions(n: int) -> str:
    return _count(n, "{n} question", "{n} questions")


def measure_name(code) -> str:
    from trainer.study.conversations import MeasureCode

    return say({MeasureCode.REFLECTION_TO_QUESTION: "Reflections to questions",
                MeasureCode.PERCENT_COMPLEX_REFLECTIONS: "Complex reflections",
                MeasureCode.PERCENT_OPEN_QUESTIONS: "Open questions"}[code])


def measure_figure(measure) -> str:
    from trainer.study.conversations import MeasureCode

    if measure.code is MeasureCode.REFLECTION_TO_QUESTION:
        if measure.value is None:
            if not measure.numerator:
                return say("no reflections or questions yet")
            return say("{reflections} and no questions", reflections=_reflections(measure.numerator))
        return say("{ratio} to 1 ({reflections}, {questions})", ratio=f"{measure.value:.1f}",
                   reflections=_reflections(measure.numerator), questions=_questions(measure.denominator))
    if measure.code is MeasureCode.PERCENT_COMPLEX_REFLECTIONS:
        if measure.value is None:
            return say("no reflections yet")
        return say("{percent}% of {reflections}", percent=f"{measure.value:.0f}",
                   reflections=_reflections(measure.denominator))
    if measure.value is None:
        return say("no questions yet")
    return say("{percent}% of {questions}", percent=f"{measure.value:.0f}", questions=_questions(measure.denominator))


def measure_level(level) -> str:
    return say({"good": "good", "fair": "fair", "below-fair": "below fair", "not-rated": "not rated"}[str(level)])


def measure_thresholds(measure) -> str:
    from trainer.study.conversations import Basis, MeasureCode

    if measure.code is MeasureCode.REFLECTION_TO_QUESTION:
        return say("MITI 4.2.1: fair from 1 to 1, good from 2 to 1")
    if measure.basis is Basis.MITI_3_ONLY:
        return say("MITI 4 sets none; MITI 3.1.1 as a guide: fair from {fair}%, good from {good}%",
                   fair=f"{measure.fair:.0f}", good=f"{measure.good:.0f}")
    return say("MITI 4.2.1: fair from {fair}%, good from {good}%", fair=f"{measure.fair:.0f}",
               good=f"{measure.good:.0f}")


def conversation_counts(summary) -> list[str]:
    return [
        say("{decisions}; {adherent}, {non_adherent}.",
            decisions=_count(summary.decisions, "{n} decision", "{n} decisions"),
            adherent=_count(summary.mi_adherent, "{n} MI-adherent response", "{n} MI-adherent responses"),
            non_adherent=_count(summary.mi_non_adherent, "{n} MI-non-adherent response",
                                "{n} MI-non-adherent responses")),
        say("The person answered with change talk {change} and with sustain talk {sustain}.",
            change=_count(summary.talk.change, "{n} time", "{n} times"),
            sustain=_count(summary.talk.sustain, "{n} time", "{n} times")),
    ]
