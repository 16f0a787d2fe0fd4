import datetime as dt
from decimal import Decimal

import pytest

from trainer.content.schema import CertificationProfile, ExamBlueprint, HoursRequirement
from trainer.study.hours import (
    Code,
    EntryData,
    HoursEntryInfo,
    HoursError,
    HoursFilter,
    HoursTotals,
    RequirementProgress,
    clean_entry,
    estimate_completion,
    progress_against,
    validate_entry,
)
from trainer.study.trainees import TraineeService

TODAY = dt.date(2026, 11, 20)


def entry(**changes) -> EntryData:
    values = {"date": dt.date(2026, 11, 1), "hours": Decimal("1.5"), "kind": "training",
              "domain": "advocacy"}
    values.update(changes)
    return EntryData(**values)


def fields(data, **kw):
    return [p.field for p in validate_entry(data, today=TODAY, **kw)]


# ---------------------------------------------------------------- rules


def test_a_good_entry_has_no_problems():
    assert validate_entry(entry(), today=TODAY) == []
    assert validate_entry(entry(kind="experience", domain=None, hours="8"), today=TODAY) == []


@pytest.mark.parametrize("hours", [0, "-1", Decimal("-0.25")])
def test_hours_must_be_positive(hours):
    problems = validate_entry(entry(hours=hours), today=TODAY)
    assert [(p.field, p.code) for p in problems] == [("hours", Code.HOURS_NOT_POSITIVE)]


@pytest.mark.parametrize("hours", ["abc", None, "", "nan"])
def test_hours_must_be_a_number(hours):
    problems = validate_entry(entry(hours=hours), today=TODAY)
    assert [(p.field, p.code) for p in problems] == [("hours", Code.HOURS_NOT_A_NUMBER)]


@pytest.mark.parametrize("hours, ok", [("0.25", True), ("1.75", True), ("2", True), ("1.1", False),
                                       ("0.3", False), ("0.125", False)])
def test_hours_in_quarter_steps(hours, ok):
    problems = validate_entry(entry(hours=hours), today=TODAY)
    assert (problems == []) is ok
    if not ok:
        assert problems[0].code is Code.HOURS_NOT_QUARTERS and problems[0].params["hours"] == Decimal(hours)


def test_at_most_24_hours_in_a_day_across_entries():
    assert fields(entry(hours="24")) == []
    assert fields(entry(hours="24.25")) == ["hours"]
    assert fields(entry(hours="4"), same_day_hours=Decimal(20)) == []
    problems = validate_entry(entry(hours="4.25"), today=TODAY, same_day_hours=Decimal(20))
    assert [(p.field, p.code) for p in problems] == [("hours", Code.DAY_OVER_24)]
    assert dict(problems[0].params) == {"day": dt.date(2026, 11, 1), "total": Decimal("24.25"),
                                        "earlier": Decimal(20)}


def test_date_required_and_not_in_the_future():
    assert fields(entry(date=TODAY)) == []
    assert fields(entry(date=TODAY + dt.timedelta(days=1))) == ["date"]
    assert fields(entry(date=None)) == ["date"]


@pytest.mark.parametrize("kind, ok", [("training", True), ("Experience ", True), ("supervision", True),
                                      ("volunteering", False), ("", False)])
def test_kind_known(kind, ok):
    assert (fields(entry(kind=kind, domain="advocacy")) == []) is ok


def test_domain_required_for_training_and_known_if_given():
    assert fields(entry(domain=None)) == ["domain"]
    assert fields(entry(domain="   ")) == ["domain"]
    assert fields(entry(domain="cooking")) == ["domain"]
    assert fields(entry(kind="supervision", domain=None)) == []
    assert fields(entry(kind="supervision", domain="cooking")) == ["domain"]
    assert fields(entry(domain="Advocacy")) == []
    assert fields(entry(domain="extra"), domains=["extra"]) == []


def test_names_are_trimmed_and_lengths_bounded():
    cleaned = clean_entry(entry(setting="  Drop-in   centre ", supervisor=" Kim  Lee ", activity="  ",
                                notes="  line one\nline two  "))
    assert cleaned.setting == "Drop-in centre" and cleaned.supervisor == "Kim Lee"
    assert cleaned.activity is None and cleaned.notes == "line one\nline two"
    assert fields(entry(supervisor="x" * 120, setting="y" * 120, activity="z" * 500)) == []
    assert fields(entry(supervisor="x" * 121)) == ["supervisor"]
    assert fields(entry(setting="y" * 121)) == ["setting"]
    assert fields(entry(activity="z" * 501)) == ["activity"]
    assert fields(entry(notes="n" * 2001)) == ["notes"]
    assert fields(entry(supervisor="  " + "x" * 120 + "  ")) == []


def test_every_problem_is_reported_at_once():
    problems = validate_entry(entry(date=TODAY + dt.timedelta(days=3), hours="0.1", kind="x", domain="y"),
                              today=TODAY)
    assert {p.field for p in problems} == {"date", "hours", "kind", "domain"}


# ---------------------------------------------------------------- progress and pace

PROFILE = CertificationProfile(
    id="p", name="P", board="B", source="", as_of=None,
    exam=ExamBlueprint(questions=10, minutes=10, practice_pass_percent=70, weights={}),
    training=HoursRequirement(46, {"advocacy": 10, "ethical-responsibility": 16}),
    experience=HoursRequirement(500, verified=False, note="check"),
    supervision=None,
)


def test_progress_against_each_requirement():
    totals = HoursTotals(Decimal(20), {"advocacy": Decimal(12), "ethical-responsibility": Decimal(4)},
                         Decimal(125), Decimal(3))
    rows = {r.key: r for r in progress_against(PROFILE, totals)}
    assert list(rows) == ["training", "training:advocacy", "training:ethical-responsibility", "experience"]
    t = rows["training"]
    assert (t.required, t.done, t.remaining) == (46, 20, 26) and t.fraction == pytest.approx(20 / 46)
    adv = rows["training:advocacy"]
    assert adv.remaining == 0 and adv.fraction == 1.0 and adv.met and adv.domain == "advocacy"
    assert rows["training:ethical-responsibility"].remaining == 12
    exp = rows["experience"]
    assert exp.fraction == 0.25 and exp.verified is False and exp.note == "check"
    assert t.verified is True


def info(day: dt.date, hours, kind="experience", domain=None) -> HoursEntryInfo:
    return HoursEntryInfo(0, 1, day, Decimal(hours), kind, domain, None, None, None, None, None, None)


def requirement(remaining: float, kind="experience", domain=None) -> RequirementProgress:
    return RequirementProgress(kind, kind, domain, 100.0, 100.0 - remaining, True)


def test_pace_estimate_uses_the_last_eight_weeks():
    entries = [info(TODAY - dt.timedelta(days=d), 14) for d in (1, 8, 15, 22)]  # 56 h in 8 weeks: 1 h/day
    entries.append(info(TODAY - dt.timedelta(days=80), 500))  # too old to count
    entries.append(info(TODAY - dt.timedelta(days=2), 500, kind="supervision"))  # other kind
    assert estimate_completion(entries, requirement(30), TODAY) == TODAY + dt.timedelta(days=30)
    assert estimate_completion(entries, requirement(30.5), TODAY) == TODAY + dt.timedelta(days=31)


def test_pace_estimate_needs_two_weeks_of_history():
    one_week = [info(TODAY - dt.timedelta(days=d), 5) for d in (0, 2, 6)]
    assert estimate_completion(one_week, requirement(30), TODAY) is None
    assert estimate_completion([], requirement(30), TODAY) is None
    two_weeks = one_week + [info(TODAY - dt.timedelta(days=7), 1)]
    assert estimate_completion(two_weeks, requirement(30), TODAY) is not None
    assert estimate_completion([], requirement(0), TODAY) == TODAY


def test_pace_estimate_for_a_domain_counts_only_that_domain():
    entries = [info(TODAY - dt.timedelta(days=d), 28, "training", "advocacy") for d in (3, 10)]
    entries += [info(TODAY - dt.timedelta(days=d), 28, "training", "ethical-responsibility") for d in (3, 10)]
    req = requirement(10, "training", "advocacy")
    assert estimate_completion(entries, req, TODAY) == TODAY + dt.timedelta(days=10)


# ---------------------------------------------------------------- service


@pytest.fixture
def trainee(db):
    return TraineeService(db.sessions).create("Ana Ruiz", "icrc-pr")


def test_add_list_and_totals(service, trainee):
    service.add_entry(trainee.id, entry(setting="  Clinic "), by="Ana", today=TODAY)
    service.add_entry(trainee.id, entry(date=dt.date(2026, 11, 5), domain="ethical-responsibility",
                                        hours="2"), today=TODAY)
    service.add_entry(trainee.id, entry(kind="experience", domain=None, hours="8.25"), today=TODAY)
    service.add_entry(trainee.id, entry(kind="supervision", domain=None, hours=1,
                                        date=dt.date(2026, 10, 1)), today=TODAY)
    entries = service.list_entries(trainee.id)
    assert len(entries) == 4 and entries[0].date == dt.date(2026, 10, 1)
    assert service.list_entries(trainee.id, HoursFilter(kind="training"))[0].setting == "Clinic"
    totals = service.totals(trainee.id)
    assert totals.training == Decimal("3.5") and totals.experience == Decimal("8.25")
    assert totals.supervision == 1
    assert totals.training_by_domain == {"advocacy": Decimal("1.5"), "ethical-responsibility": 2}
    assert len(service.list_entries(trainee.id, HoursFilter(domain="advocacy"))) == 1
    ranged = service.list_entries(trainee.id, HoursFilter(start=dt.date(2026, 11, 2), end=dt.date(2026, 11, 30)))
    assert [e.hours for e in ranged] == [2]
    assert service.list_entries(trainee.id, HoursFilter(verified=True)) == []
    assert len(service.list_entries(trainee.id, HoursFilter(verified=False))) == 4


def test_day_limit_counts_other_entries_but_not_the_one_edited(service, trainee):
    first = service.add_entry(trainee.id, entry(kind="experience", domain=None, hours=20), today=TODAY)
    with pytest.raises(HoursError) as caught:
        service.add_entry(trainee.id, entry(hours=5), today=TODAY)
    assert [(p.field, p.code) for p in caught.value.problems] == [("hours", Code.DAY_OVER_24)]
    service.update_entry(first.id, entry(kind="experience", domain=None, hours=24), today=TODAY)
    with pytest.raises(HoursError) as caught:
        service.update_entry(first.id, entry(date=TODAY + dt.timedelta(days=1)), today=TODAY)
    assert caught.value.problem.code is Code.DATE_IN_FUTURE
    assert service.totals(trainee.id).experience == 24


def test_verified_entries_are_locked_and_every_change_is_history(service, trainee):
    added = service.add_entry(trainee.id, entry(), by="Ana", today=TODAY)
    changed = service.update_entry(added.id, entry(hours="2.5"), by="Ana", today=TODAY)
    assert changed.hours == Decimal("2.5")
    verified = service.verify(added.id, by="  Kim   Lee ")
    assert verified.verified and verified.verified_by == "Kim Lee"
    with pytest.raises(HoursError) as caught:
        service.update_entry(added.id, entry(hours=3), today=TODAY)
    assert caught.value.problem.code is Code.LOCKED_FOR_CHANGE and caught.value.problem.params["by"] == "Kim Lee"
    with pytest.raises(HoursError) as caught:
        service.delete_entry(added.id)
    assert caught.value.problem.code is Code.LOCKED_FOR_DELETE
    assert caught.value.problem.params["on"] == verified.verified_at.date()
    with pytest.raises(HoursError) as caught:
        service.verify(added.id, by="Kim Lee")
    assert caught.value.problem.code is Code.ALREADY_VERIFIED
    with pytest.raises(HoursError) as caught:
        service.verify(added.id, by="  ")
    assert caught.value.problem.code is Code.VERIFIER_MISSING
    with pytest.raises(HoursError) as caught:
        service.verify(added.id, by="K" * 121)
    assert caught.value.problem.code is Code.VERIFIER_TOO_LONG and caught.value.problem.params == {"limit": 120}
    service.unverify(added.id, by="Kim Lee")
    with pytest.raises(HoursError) as caught:
        service.unverify(added.id, by="Kim Lee")
    assert caught.value.problem.code is Code.NOT_VERIFIED
    service.delete_entry(added.id, by="Ana")
    assert service.get(added.id) is None and service.list_entries(trainee.id) == []

    history = service.history(entry_id=added.id)
    assert [h.action for h in history] == ["add", "update", "verify", "unverify", "delete"]
    assert [h.changed_by for h in history] == ["Ana", "Ana", "Kim Lee", "Kim Lee", "Ana"]
    add, update, verify, unverify, delete = history
    assert add.old_values is None and add.new_values["hours"] == "1.50"
    assert update.old_values["hours"] == "1.50" and update.new_values["hours"] == "2.50"
    assert verify.new_values["verified_by"] == "Kim Lee" and verify.old_values["verified_by"] is None
    assert unverify.old_values["verified_by"] == "Kim Lee" and unverify.new_values["verified_at"] is None
    assert delete.new_values is None and delete.old_values["date"] == "2026-11-01"
    assert all(isinstance(h.changed_at, dt.datetime) for h in history)
    assert len(service.history(trainee_id=trainee.id)) == 5


def test_add_entries_is_all_or_none(service, trainee):
    with pytest.raises(HoursError):
        service.add_entries(trainee.id, [entry(), entry(hours="0.1")], today=TODAY)
    assert service.list_entries(trainee.id) == [] and service.history(trainee_id=trainee.id) == []


def test_missing_trainee_and_entry(service):
    with pytest.raises(HoursError) as caught:
        service.add_entry(9999, entry(), today=TODAY)
    assert caught.value.problem.code is Code.TRAINEE_GONE
    with pytest.raises(HoursError) as caught:
        service.delete_entry(9999)
    assert caught.value.problem.code is Code.ENTRY_GONE
