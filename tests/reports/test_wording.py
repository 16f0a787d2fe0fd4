"""The readiness report's English for the codes readiness returns."""

import datetime as dt
from decimal import Decimal

from trainer.reports import wording
from trainer.study.readiness import (
    IN_PROGRESS,
    MET,
    NOT_STARTED,
    Attest,
    LogHours,
    ReadModule,
    Requirement,
    RequirementKind,
    StudyWeakDomain,
    TakeExam,
)


def test_verdicts():
    assert wording.verdict(True, 12, 12) == "Ready to apply: every requirement is met"
    assert wording.verdict(False, 4, 12) == "Not yet ready: 4 of 12 requirements met"


def test_next_steps():
    assert wording.next_step(StudyWeakDomain("ethics", "Ethical Responsibility", 57.9, 2, "m", "Boundaries")) == (
        "Ethical Responsibility: 58% in your last two exams — reread Boundaries, then practise 20 questions")
    assert wording.next_step(StudyWeakDomain("advocacy", "Advocacy", 40, 1)) == (
        "Advocacy: 40% in your last exam — practise 20 questions")
    assert wording.next_step(TakeExam(1, 70)) == "Take an exam simulation: 1 of your last 3 are at or above 70%"
    assert wording.next_step(ReadModule("m", "Boundaries", True)) == "Finish the module Boundaries"
    assert wording.next_step(ReadModule("m", "Boundaries", False)) == "Read the module Boundaries"
    assert wording.next_step(LogHours("training:advocacy", RequirementKind.TRAINING, "Advocacy", Decimal("3.50"),
                                      Decimal("10.0"))) == "Training hours: Advocacy: log the remaining 3.5 of 10"
    assert wording.next_step(LogHours("supervision", RequirementKind.SUPERVISION, "", Decimal(25), Decimal(25))) == (
        "Supervision hours: log the remaining 25 of 25")
    assert wording.next_step(Attest("diploma", "High school diploma")) == "Record when you met: High school diploma"


def test_requirements():
    exam = Requirement("exam", RequirementKind.EXAM, IN_PROGRESS, recent=(69.4, 75.0), pass_percent=70)
    assert wording.requirement_label(exam) == "Exam readiness (last three simulations)"
    assert wording.requirement_figures(exam) == ("69%, 75%", "3 at 70%+, every domain")
    none_yet = Requirement("exam", RequirementKind.EXAM, NOT_STARTED, pass_percent=70)
    assert wording.requirement_figures(none_yet)[0] == "none yet"
    hours = Requirement("training:advocacy", RequirementKind.TRAINING, MET, Decimal("12.50"), Decimal("10.0"),
                        subject="Advocacy", ask_board=True)
    assert wording.requirement_label(hours) == "Training hours: Advocacy"
    assert wording.requirement_figures(hours) == ("12.5", "10")
    assert wording.requirement_note(hours) == "Check with your board."
    assert wording.status(hours.status) == "met"
    noted = Requirement("experience", RequirementKind.EXPERIENCE, IN_PROGRESS, Decimal(100), Decimal(500),
                        note="Board rule of 2025.")
    assert wording.requirement_label(noted) == "Experience hours" and wording.requirement_note(noted) == (
        "Board rule of 2025.")
    attested = Requirement("attestation:d", RequirementKind.ATTESTATION, MET, subject="Diploma",
                           attested_on=dt.date(2010, 6, 1))
    assert wording.requirement_label(attested) == "Diploma"
    assert wording.requirement_figures(attested) == ("2010-06-01", "attested")
    modules = Requirement("modules", RequirementKind.MODULES, IN_PROGRESS, Decimal(5), Decimal(24))
    assert wording.requirement_figures(modules) == ("5", "24") and wording.status(IN_PROGRESS) == "in progress"
