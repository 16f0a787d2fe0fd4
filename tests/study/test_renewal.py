"""Renewal rules applied to a CE log: each rule kind, and the reminders that follow from them."""

import datetime as dt
from decimal import Decimal

from trainer.content.schema import RenewalDocument, RenewalFigure, RenewalRules
from trainer.study.ce_records import CeEntryInfo
from trainer.study.reminders import Notice, due_threshold, reminders
from trainer.study.renewal import Kind, Outside, add_years, cycle_window, evaluate

AS_OF = dt.date(2026, 12, 1)
SOURCE = "https://board.example/renew"


def fig(value, verified=True, note=""):
    return RenewalFigure(value, SOURCE, verified, AS_OF, note)


def rules(**kw):
    base = {"source": SOURCE, "as_of": AS_OF, "verified": True, "cycle_years": fig(2), "ce_hours": fig(20)}
    base.update(kw)
    return RenewalRules(**base)


_ids = iter(range(1, 10_000))


def entry(day, hours, *topics, online=False, kind="course", title="Course"):
    return CeEntryInfo(next(_ids), 1, day, Decimal(str(hours)), title, "Provider", None, tuple(topics), online,
                       kind, None)


CERTIFIED = dt.date(2025, 3, 1)
EXPIRES = dt.date(2027, 3, 1)


# ---------------------------------------------------------------- cycle window

def test_the_window_runs_one_cycle_back_from_the_expiry_and_never_before_certification():
    assert cycle_window(rules(), CERTIFIED, EXPIRES) == cycle_window(rules(), CERTIFIED, None)
    window = cycle_window(rules(), CERTIFIED, None)
    assert (window.start, window.end) == (CERTIFIED, EXPIRES)
    # Renewed once: the expiry moved two years on, and so did the start.
    renewed = cycle_window(rules(), CERTIFIED, dt.date(2029, 3, 1))
    assert (renewed.start, renewed.end) == (EXPIRES, dt.date(2029, 3, 1))
    assert add_years(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)


def test_entries_outside_the_cycle_count_nothing_and_say_which_side():
    log = [entry(dt.date(2025, 2, 28), 5), entry(CERTIFIED, 4), entry(EXPIRES, 3), entry(dt.date(2027, 3, 2), 6)]
    status = evaluate(rules(), log, CERTIFIED, EXPIRES)
    assert [(c.counted, c.outside) for c in status.entries] == [
        (0, Outside.BEFORE_CYCLE), (4, None), (3, None), (0, Outside.AFTER_CYCLE)]
    assert status.counted == 7
    total = status.requirement(Kind.TOTAL, "ce_hours")
    assert (total.limit, total.have, total.missing, total.met) == (20, 7, 13, False)
    assert not status.ready


# ---------------------------------------------------------------- totals and topic minimums

def test_topic_minimums_count_each_entry_for_each_of_its_topics():
    r = rules(topic_hours={"ethics": fig(6), "confidentiality": fig(3)})
    log = [entry(dt.date(2025, 5, 1), 4, "ethics", "confidentiality"), entry(dt.date(2025, 6, 1), 14)]
    status = evaluate(r, log, CERTIFIED, EXPIRES)
    ethics, confidentiality = (status.requirement(Kind.TOPIC, t) for t in ("ethics", "confidentiality"))
    assert (ethics.have, ethics.missing, ethics.met) == (4, 2, False)
    assert (confidentiality.have, confidentiality.met) == (4, True)
    assert not status.requirement(Kind.TOTAL, "ce_hours").met and not status.ready  # 18 < 20, ethics short
    status = evaluate(r, [*log, entry(dt.date(2025, 7, 1), 2, "ethics")], CERTIFIED, EXPIRES)
    assert status.ready and status.counted == 20


# ---------------------------------------------------------------- caps

def test_online_hours_count_up_to_the_cap_earliest_first():
    r = rules(ce_hours=fig(40), caps={"online_percent": fig(50)})  # at most 20 online hours count
    log = [entry(dt.date(2025, 4, 1), 15, online=True), entry(dt.date(2025, 5, 1), 10, online=True),
           entry(dt.date(2025, 6, 1), 10), entry(dt.date(2025, 7, 1), 3, online=True)]
    status = evaluate(r, log, CERTIFIED, EXPIRES)
    assert [c.counted for c in status.entries] == [15, 5, 10, 0]
    assert [c.capped_by for c in status.entries] == [(), ("online_percent",), (), ("online_percent",)]
    assert status.entries[1].capped == 5
    cap = status.requirement(Kind.CAP, "online_percent")
    assert (cap.limit, cap.have, cap.over, cap.reached) == (20, 28, 8, True)
    assert status.counted == 30 and not status.ready


def test_trainer_credit_and_self_study_have_caps_of_their_own():
    r = rules(caps={"trainer_percent": fig(25), "self_study_percent": fig(10)})  # 5 and 2 hours of 20
    log = [entry(dt.date(2025, 4, 1), 8, kind="trainer"), entry(dt.date(2025, 4, 2), 3, kind="self-study"),
           entry(dt.date(2025, 4, 3), 6)]
    status = evaluate(r, log, CERTIFIED, EXPIRES)
    assert [c.counted for c in status.entries] == [5, 2, 6]
    assert status.requirement(Kind.CAP, "trainer_percent").over == 3
    assert status.requirement(Kind.CAP, "self_study_percent").over == 1


def test_an_entry_under_two_caps_counts_only_as_far_as_both_allow():
    r = rules(caps={"online_percent": fig(50), "self_study_percent": fig(10)})
    status = evaluate(r, [entry(dt.date(2025, 4, 1), 5, online=True, kind="self-study")], CERTIFIED, EXPIRES)
    assert status.entries[0].counted == 2 and status.entries[0].capped_by == ("self_study_percent",)
    assert status.requirement(Kind.CAP, "online_percent").have == 5


def test_capped_hours_do_not_count_toward_topic_minimums():
    r = rules(topic_hours={"ethics": fig(6)}, caps={"online_percent": fig(10)})  # 2 online hours count
    status = evaluate(r, [entry(dt.date(2025, 4, 1), 6, "ethics", online=True)], CERTIFIED, EXPIRES)
    assert status.requirement(Kind.TOPIC, "ethics").have == 2


def test_without_a_total_a_cap_is_a_share_of_what_was_logged():
    r = rules(ce_hours=None, caps={"online_percent": fig(50)})
    status = evaluate(r, [entry(dt.date(2025, 4, 1), 6, online=True), entry(dt.date(2025, 4, 2), 4)],
                      CERTIFIED, EXPIRES)
    assert status.requirement(Kind.CAP, "online_percent").limit == 5
    assert status.counted == 9


# ---------------------------------------------------------------- check with your board

def test_unverified_figures_and_documents_are_flagged_check_with_your_board():
    status = evaluate(rules(), [], CERTIFIED, EXPIRES)
    assert not status.check_with_board
    unverified_cycle = evaluate(rules(cycle_years=fig(2, verified=False)), [], CERTIFIED, EXPIRES)
    assert unverified_cycle.check_with_board and not unverified_cycle.cycle_verified
    topic = evaluate(rules(topic_hours={"ethics": fig(6, verified=False)}), [], CERTIFIED, EXPIRES)
    assert topic.requirement(Kind.TOPIC, "ethics").check_with_board and topic.check_with_board
    assert not topic.requirement(Kind.TOTAL, "ce_hours").check_with_board
    letter = RenewalDocument("Supervisor's letter", SOURCE, False, AS_OF)
    assert evaluate(rules(documents=(letter,)), [], CERTIFIED, EXPIRES).check_with_board


def test_the_bundled_profiles_evaluate(tmp_path):
    from tests.conftest import BUNDLED_CONTENT
    from trainer.content.loader import load_catalog

    catalog = load_catalog(BUNDLED_CONTENT)
    nm = catalog.profiles["nm-cpsw"].renewal
    status = evaluate(nm, [entry(dt.date(2025, 4, 1), 30, online=True), entry(dt.date(2025, 5, 1), 10)],
                      CERTIFIED, EXPIRES)
    assert status.counted == 30 and status.check_with_board  # 20 online count; the NM cycle is unconfirmed
    pa = catalog.profiles["pa-crs"].renewal
    assert {r.key for r in evaluate(pa, [], CERTIFIED, EXPIRES).requirements} == {
        "ce_hours", "ethics", "confidentiality", "online_percent"}


# ---------------------------------------------------------------- reminders

def test_a_notice_at_90_30_and_7_days_before_the_expiry_then_expired():
    assert [due_threshold(d) for d in (91, 90, 31, 30, 8, 7, 0)] == [None, 90, 90, 30, 30, 7, 7]
    status = evaluate(rules(ce_hours=None), [], CERTIFIED, EXPIRES)
    assert reminders(status, EXPIRES - dt.timedelta(days=91)) == []
    soon = reminders(status, EXPIRES - dt.timedelta(days=30))
    assert [(r.notice, r.threshold) for r in soon] == [(Notice.EXPIRES_SOON, 30)]
    assert str(soon[0].message) == "Your certification expires in 30 days, on 2027-03-01."
    assert str(reminders(status, EXPIRES - dt.timedelta(days=1))[0].message).startswith(
        "Your certification expires in 1 day,")
    late = reminders(status, EXPIRES + dt.timedelta(days=1))
    assert [r.notice for r in late] == [Notice.EXPIRED]


def test_a_missing_minimum_is_at_risk_near_the_expiry_and_a_reached_cap_always_says_so():
    r = rules(topic_hours={"ethics": fig(6)}, caps={"online_percent": fig(50)})
    status = evaluate(r, [entry(dt.date(2025, 4, 1), 12, online=True)], CERTIFIED, EXPIRES)
    early = reminders(status, dt.date(2025, 6, 1))
    assert [r.notice for r in early] == [Notice.CAP_REACHED]
    assert str(early[0].message).startswith("The 10 hours of online courses that count in this cycle are logged")
    near = reminders(status, EXPIRES - dt.timedelta(days=60))
    assert [(r.notice, r.key) for r in near] == [
        (Notice.EXPIRES_SOON, ""), (Notice.MINIMUM_AT_RISK, "ce_hours"), (Notice.MINIMUM_AT_RISK, "ethics"),
        (Notice.CAP_REACHED, "online_percent")]
    assert str(near[1].message) == "10 more CE hours are needed before 2027-03-01."
    assert str(near[2].message) == "6 more hours in ethics are needed before 2027-03-01."
