"""Readiness: pure assessment over plain inputs, no database."""

import datetime as dt
from decimal import Decimal

from trainer.content.schema import (
    Attestation,
    CertificationProfile,
    ExamBlueprint,
    HoursRequirement,
    Module,
    Section,
)
from trainer.study.hours import HoursTotals
from trainer.study.progress import ModuleStatus
from trainer.study.readiness import (
    IN_PROGRESS,
    MET,
    NOT_STARTED,
    Attest,
    ExamResult,
    LogHours,
    ReadinessInputs,
    ReadModule,
    RequirementKind,
    StudyWeakDomain,
    TakeExam,
    assess,
)

DOMAINS = {"advocacy": "Advocacy", "mentoring-education": "Mentoring and Education",
           "recovery-wellness": "Recovery and Wellness Support", "ethical-responsibility": "Ethical Responsibility"}
PROFILE = CertificationProfile(
    id="p", name="Test Credential", board="Board", source="https://example.org", as_of=dt.date(2026, 11, 1),
    exam=ExamBlueprint(questions=75, minutes=120, practice_pass_percent=70, weights=dict.fromkeys(DOMAINS, 25)),
    training=HoursRequirement(46, {"advocacy": 10, "mentoring-education": 10, "recovery-wellness": 10,
                                   "ethical-responsibility": 16}),
    experience=HoursRequirement(500), supervision=HoursRequirement(25),
    attestations=(Attestation("diploma", "High school diploma or GED"),))
MODULES = [Module(id=f"m-{d}", title=f"Module on {name}", domain=d, minutes=30, version=1, summary="",
                  sections=(Section(0, "One", "one", "", 1),)) for d, name in DOMAINS.items()]
FULL_HOURS = HoursTotals(Decimal(46), {"advocacy": Decimal(10), "mentoring-education": Decimal(10),
                                       "recovery-wellness": Decimal(10), "ethical-responsibility": Decimal("16")},
                         Decimal(500), Decimal(25))


def exam(n: int, percent: float, domains: dict[str, tuple[int, int]]) -> ExamResult:
    return ExamResult(n, dt.datetime(2026, 10, n), percent, {d: 100 * c / t for d, (c, t) in domains.items()},
                      domains)


GOOD = {d: (15, 19) for d in DOMAINS}  # 79% each


def all_complete() -> dict[str, ModuleStatus]:
    return {m.id: ModuleStatus(m.id, frozenset({"one"}), 1, dt.datetime(2026, 9, 1)) for m in MODULES}


def inputs(**changes) -> ReadinessInputs:
    values = dict(profile=PROFILE, totals=HoursTotals(), attested={}, modules=MODULES, module_status={}, exams=[],
                  domain_names=DOMAINS)
    values.update(changes)
    return ReadinessInputs(**values)


def by_key(readiness):
    return {r.key: r for r in readiness.requirements}


def test_a_new_trainee_has_started_nothing():
    readiness = assess(inputs())
    requirements = by_key(readiness)
    assert {r.status for r in readiness.requirements} == {NOT_STARTED}
    assert requirements["training"].done == 0 and requirements["training"].required == 46
    assert requirements["training"].kind is RequirementKind.TRAINING and requirements["training"].subject == ""
    domain = requirements["training:ethical-responsibility"]
    assert domain.required == 16 and domain.subject == "Ethical Responsibility"
    assert requirements["modules"].done == 0 and requirements["modules"].required == 4
    assert requirements["exam"].kind is RequirementKind.EXAM
    assert requirements["exam"].recent == () and requirements["exam"].pass_percent == 70
    assert requirements["exam"].fraction is None
    diploma = requirements["attestation:diploma"]
    assert diploma.subject == "High school diploma or GED" and diploma.attested_on is None
    assert not readiness.ready
    assert (readiness.met_count, readiness.total) == (0, len(readiness.requirements))
    pages = [step.page for step in readiness.next_steps]
    assert pages[0] == "practice" and {"modules", "hours", "settings"} <= set(pages)
    assert readiness.next_steps[0] == TakeExam(at_pass=0, pass_percent=70, needed=3)
    assert Attest("diploma", "High school diploma or GED") in readiness.next_steps
    assert any(s.page == "settings" and s.argument == "diploma" for s in readiness.next_steps)
    reads = [s for s in readiness.next_steps if isinstance(s, ReadModule)]
    assert [(s.title, s.started, s.page, s.argument) for s in reads] == [
        ("Module on Advocacy", False, "modules", "m-advocacy"),
        ("Module on Ethical Responsibility", False, "modules", "m-ethical-responsibility")]


def test_hours_met_but_exams_short_in_one_domain():
    weak = dict(GOOD, **{"ethical-responsibility": (11, 19)})  # 58%
    exams = [exam(1, 80, GOOD), exam(2, 76, weak), exam(3, 75, weak)]
    readiness = assess(inputs(totals=FULL_HOURS, attested={"diploma": dt.date(2010, 6, 1)},
                              module_status=all_complete(), exams=exams))
    requirements = by_key(readiness)
    for key in ("training", "training:advocacy", "experience", "supervision", "modules", "attestation:diploma"):
        assert requirements[key].status == MET, key
    assert requirements["exam"].status == IN_PROGRESS
    assert readiness.exam.weak_domains == ("ethical-responsibility",)
    assert readiness.exam.recent == (80, 76, 75)
    assert not readiness.ready
    first = readiness.next_steps[0]
    assert first == StudyWeakDomain("ethical-responsibility", "Ethical Responsibility", 100 * 22 / 38, 2,
                                    "m-ethical-responsibility", "Module on Ethical Responsibility", 20)
    assert (first.page, first.argument) == ("modules", "m-ethical-responsibility")
    assert len(readiness.next_steps) == 1  # nothing else is missing


def test_exam_readiness_needs_three_exams_at_the_pass_mark():
    low_overall = [exam(1, 65, GOOD), exam(2, 80, GOOD), exam(3, 80, GOOD)]
    assert assess(inputs(exams=low_overall)).exam.status == IN_PROGRESS
    two_only = [exam(1, 80, GOOD), exam(2, 80, GOOD)]
    readiness = assess(inputs(exams=two_only))
    assert readiness.exam.status == IN_PROGRESS and readiness.exam.weak_domains == ()
    assert readiness.next_steps[0].page == "practice"
    # An older low exam no longer counts once three newer ones pass.
    assert assess(inputs(exams=[exam(1, 40, GOOD)] + [exam(n, 70, GOOD) for n in (2, 3, 4)])).exam.met


def test_ready_in_every_respect():
    exams = [exam(n, 79, GOOD) for n in (1, 2, 3)]
    readiness = assess(inputs(totals=FULL_HOURS, attested={"diploma": dt.date(2010, 6, 1)},
                              module_status=all_complete(), exams=exams))
    assert all(r.status == MET for r in readiness.requirements)
    assert readiness.ready and readiness.exam.met
    assert readiness.met_count == readiness.total
    assert readiness.next_steps == ()


def test_partial_hours_are_in_progress_and_ordered_by_what_is_missing():
    totals = HoursTotals(Decimal("12.5"), {"advocacy": Decimal("12.5")}, Decimal(450), Decimal(0))
    readiness = assess(inputs(totals=totals))
    requirements = by_key(readiness)
    assert requirements["training"].status == IN_PROGRESS and requirements["training"].done == Decimal("12.5")
    assert requirements["training:advocacy"].status == MET
    assert requirements["supervision"].status == NOT_STARTED
    hours_steps = [s for s in readiness.next_steps if s.page == "hours"]
    assert hours_steps[0].argument == "supervision"  # nothing done yet: most missing
    assert hours_steps[-1].argument == "experience"  # 90% done: least missing
    training = next(s for s in hours_steps if s.argument == "training")
    assert training == LogHours("training", RequirementKind.TRAINING, "", Decimal("33.5"), Decimal(46))
    assert all(isinstance(s, LogHours) for s in hours_steps)


def test_a_weak_domain_without_a_module_is_practised_there():
    weak = dict(GOOD, advocacy=(5, 19))  # 26%
    exams = [exam(1, 80, GOOD), exam(2, 80, GOOD), exam(3, 80, weak)]
    others = [m for m in MODULES if m.domain != "advocacy"]
    step = assess(inputs(modules=others, exams=exams)).next_steps[0]
    assert step == StudyWeakDomain("advocacy", "Advocacy", 100 * 20 / 38, 2)  # over the last two
    assert (step.page, step.argument) == ("practice", "advocacy")


def test_unconfirmed_rules_carry_the_content_note_or_ask_the_board():
    unconfirmed = PROFILE._replace(
        training=PROFILE.training._replace(verified=False, note=""),
        experience=PROFILE.experience._replace(verified=False, note="Board rule of 2025."))
    requirements = by_key(assess(inputs(profile=unconfirmed)))
    assert requirements["training"].ask_board and requirements["training"].note == ""
    assert not requirements["experience"].ask_board and requirements["experience"].note == "Board rule of 2025."
    assert not requirements["supervision"].ask_board


def test_requirement_fraction_only_for_plain_figures():
    from trainer.study.readiness import Requirement

    def fraction(done, required, kind=RequirementKind.TRAINING):
        return Requirement("k", kind, IN_PROGRESS, done, required).fraction

    assert fraction(Decimal("43.5"), Decimal(46)) == 43.5 / 46
    assert fraction(Decimal(16), Decimal(10)) == 1.0  # more than required still fills the bar, no further
    assert fraction(None, None, RequirementKind.EXAM) is None
    assert fraction(Decimal(0), Decimal(0)) is None
