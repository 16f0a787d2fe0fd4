"""How the Dashboard (and the Cohort page) word readiness: the verdict, each requirement and
each next step, from the codes and figures the study layer returns (study/readiness_codes).
The PDF report words the same codes in English in trainer/reports/wording.py."""

from __future__ import annotations

from PySide6.QtCore import QObject

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
from trainer.ui.formats import date_text, hours_text
from trainer.ui.text import fill


class ReadinessWording(QObject):
    def verdict(self, ready: bool, met: int, total: int) -> str:
        if ready:
            return self.tr("Ready to apply: every requirement is met")
        return fill(self.tr("Not yet ready: %1 of %n requirement(s) met", "", total), met)

    def status(self, status: Status) -> str:
        if status is Status.MET:
            return self.tr("Met ✓")
        if status is Status.NOT_STARTED:
            return self.tr("Not started")
        return self.tr("In progress")

    def _hours_label(self, kind: RequirementKind, domain_name: str) -> str:
        if kind is RequirementKind.TRAINING:
            return fill(self.tr("Training hours: %1"), domain_name) if domain_name else self.tr("Training hours")
        if kind is RequirementKind.EXPERIENCE:
            return self.tr("Experience hours")
        return self.tr("Supervision hours")

    def requirement_label(self, requirement: Requirement) -> str:
        kind = requirement.kind
        if kind is RequirementKind.EXAM:
            return self.tr("Exam readiness (last three simulations)")
        if kind is RequirementKind.MODULES:
            return self.tr("Core modules completed")
        if kind is RequirementKind.ATTESTATION:
            return requirement.subject  # the certification's own words
        return self._hours_label(kind, requirement.subject)

    def requirement_figures(self, requirement: Requirement) -> tuple[str, str]:
        """What is done and what is required ("32.5", "46")."""
        kind = requirement.kind
        if kind is RequirementKind.EXAM:
            done = ", ".join(fill(self.tr("%1%"), f"{p:.0f}") for p in requirement.recent) or self.tr("none yet")
            return done, fill(self.tr("%n at %1%+, every domain", "", EXAMS_NEEDED), requirement.pass_percent)
        if kind is RequirementKind.ATTESTATION:
            on = requirement.attested_on
            return (date_text(on) if on else self.tr("not yet")), self.tr("attested")
        return hours_text(requirement.done or 0), hours_text(requirement.required or 0)

    def requirement_note(self, requirement: Requirement) -> str:
        if requirement.note:
            return requirement.note  # the content's words
        return self.tr("Check with your board.") if requirement.ask_board else ""

    def next_step(self, step: NextStep) -> str:
        match step:
            case StudyWeakDomain(module_id=None):
                template = (self.tr("%1: %2% in your last exam — practise %n question(s)", "", step.questions)
                            if step.exams == 1 else
                            self.tr("%1: %2% in your last two exams — practise %n question(s)", "", step.questions))
                return fill(template, step.domain_name, f"{step.percent:.0f}")
            case StudyWeakDomain():
                template = (self.tr("%1: %2% in your last exam — reread %3, then practise %n question(s)", "",
                                    step.questions) if step.exams == 1 else
                            self.tr("%1: %2% in your last two exams — reread %3, then practise %n question(s)", "",
                                    step.questions))
                return fill(template, step.domain_name, f"{step.percent:.0f}", step.module_title)
            case TakeExam():
                return fill(self.tr("Take an exam simulation: %1 of your last %n are at or above %2%", "",
                                    step.needed), step.at_pass, step.pass_percent)
            case ReadModule(started=True):
                return fill(self.tr("Finish the module %1"), step.title)
            case ReadModule():
                return fill(self.tr("Read the module %1"), step.title)
            case LogHours():
                return fill(self.tr("%1: log the remaining %2 of %3"), self._hours_label(step.kind, step.domain_name),
                            hours_text(step.remaining), hours_text(step.required))
            case Attest():
                return fill(self.tr("Record when you met: %1"), step.label)
        raise ValueError(f"no wording for {step!r}")
