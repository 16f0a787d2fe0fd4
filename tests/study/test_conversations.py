"""The conversation summary against hand-counted transcripts, walking a scenario, the run
history, and the self-rating checklists."""

import datetime as dt

import pytest

from tests.content.test_scenarios import BASE, load_with
from trainer.content.scenario_schema import DRILL_CHECKLIST, NOTE_RUBRIC, PEER_ROLE_CODES
from trainer.study.conversations import (
    Basis,
    ConversationRun,
    InMemoryConversationHistory,
    Level,
    MeasureCode,
    RunError,
    RunErrorCode,
    finished_scenarios,
    replay,
    score_checklist,
    summarise,
    summarise_steps,
)

# Each transcript: (the trainee's choice code, the talk code of the person's answer).
REFLECTIVE = [
    ("open-question", "neutral"), ("complex-reflection", "change"), ("simple-reflection", "change"),
    ("complex-reflection", "change"), ("affirmation", "change"), ("summary", "change"),
    ("closed-question", "neutral"), ("information-with-permission", "change"),
]
RIGHTING_REFLEX = [
    ("closed-question", "neutral"), ("advice-without-permission", "sustain"), ("warn", "sustain"),
    ("closed-question", "neutral"), ("simple-reflection", "sustain"), ("confront", "sustain"),
    ("righting-reflex", "sustain"), ("open-question", "neutral"),
]
PEER_MIXED = [
    ("open-question", "neutral"), ("simple-reflection", "change"), ("purposeful-self-disclosure", "change"),
    ("open-question", "sustain"), ("complex-reflection", "change"), ("simple-reflection", "neutral"),
    ("self-centred-disclosure", "sustain"), ("boundary-crossing", "sustain"), ("open-question", "change"),
    ("affirmation", "change"),
]


def summary_of(transcript):
    return summarise([code for code, _ in transcript], [talk for _, talk in transcript])


def test_a_reflective_transcript():
    """Counted by hand:
    questions: open 1 + closed 1 = 2; reflections: simple 1 + complex 2 + summary 1 = 4,
    of them complex (complex + summary) 3.
    R:Q = 4 / 2 = 2.0 -> good (MITI 4.2.1: fair 1:1, good 2:1).
    % complex = 3 / 4 = 75 % -> good (fair 40 %, good 50 %).
    % open = 1 / 2 = 50 % -> fair on MITI 3.1.1's guide (50 / 70), no MITI 4 threshold.
    MI-adherent: affirmation 1 + information-with-permission 1 = 2; non-adherent 0.
    Talk after choices: change 6, sustain 0, neutral 2. Decisions 8.
    """
    s = summary_of(REFLECTIVE)
    assert (s.questions, s.reflections, s.decisions) == (2, 4, 8)
    rq = s.reflection_to_question
    assert (rq.code, rq.numerator, rq.denominator, rq.value, rq.level) == (
        MeasureCode.REFLECTION_TO_QUESTION, 4, 2, 2.0, Level.GOOD)
    cr = s.percent_complex_reflections
    assert (cr.numerator, cr.denominator, cr.value, cr.level) == (3, 4, 75.0, Level.GOOD)
    op = s.percent_open_questions
    assert (op.value, op.level, op.basis) == (50.0, Level.FAIR, Basis.MITI_3_ONLY)
    assert (s.mi_adherent, s.mi_non_adherent) == (2, 0)
    assert tuple(s.talk) == (6, 0, 2)
    assert s.counts["complex-reflection"] == 2 and s.counts["warn"] == 0


def test_a_righting_reflex_transcript():
    """Counted by hand:
    questions: closed 2 + open 1 = 3; reflections: simple 1 = 1, complex 0.
    R:Q = 1 / 3 = 0.33 -> below fair; % complex = 0 / 1 = 0 % -> below fair;
    % open = 1 / 3 = 33.3 % -> below fair (MITI 3.1.1 guide).
    MI-non-adherent: advice 1 + warn 1 + confront 1 + righting reflex 1 = 4; adherent 0.
    Talk: change 0, sustain 5, neutral 3.
    """
    s = summary_of(RIGHTING_REFLEX)
    assert (s.questions, s.reflections) == (3, 1)
    assert s.reflection_to_question.value == pytest.approx(1 / 3)
    assert s.reflection_to_question.level == Level.BELOW_FAIR
    assert (s.percent_complex_reflections.value, s.percent_complex_reflections.level) == (0.0, Level.BELOW_FAIR)
    assert s.percent_open_questions.value == pytest.approx(100 / 3)
    assert s.percent_open_questions.level == Level.BELOW_FAIR
    assert (s.mi_adherent, s.mi_non_adherent) == (0, 4)
    assert tuple(s.talk) == (0, 5, 3)


def test_a_peer_role_transcript():
    """Counted by hand:
    questions: open 3 = 3; reflections: simple 2 + complex 1 = 3, complex 1.
    R:Q = 3 / 3 = 1.0 -> fair; % complex = 1 / 3 = 33.3 % -> below fair;
    % open = 3 / 3 = 100 % -> good (MITI 3.1.1 guide).
    MI-adherent: affirmation 1; non-adherent 0 (peer-role codes are not MITI codes).
    Peer role: purposeful disclosure 1, self-centred disclosure 1, boundary crossing 1.
    Talk: change 5, sustain 3, neutral 2. Decisions 10.
    """
    s = summary_of(PEER_MIXED)
    assert (s.questions, s.reflections, s.decisions) == (3, 3, 10)
    assert (s.reflection_to_question.value, s.reflection_to_question.level) == (1.0, Level.FAIR)
    assert s.percent_complex_reflections.value == pytest.approx(100 / 3)
    assert s.percent_complex_reflections.level == Level.BELOW_FAIR
    assert (s.percent_open_questions.value, s.percent_open_questions.level) == (100.0, Level.GOOD)
    assert (s.mi_adherent, s.mi_non_adherent) == (1, 0)
    assert s.peer_role == dict.fromkeys(PEER_ROLE_CODES, 1)
    assert tuple(s.talk) == (5, 3, 2)


def test_thresholds_are_miti_4_2_1s_and_edges_are_rated():
    s = summarise(["simple-reflection", "complex-reflection"])
    rq, cr = s.reflection_to_question, s.percent_complex_reflections
    assert (rq.fair, rq.good, rq.basis) == (1.0, 2.0, Basis.MITI_4)
    assert (cr.fair, cr.good, cr.basis) == (40.0, 50.0, Basis.MITI_4)
    assert (cr.value, cr.level) == (50.0, Level.GOOD)  # exactly on the threshold counts
    assert (rq.value, rq.level) == (None, Level.GOOD)  # reflections and no questions
    assert s.percent_open_questions.level == Level.NOT_RATED  # no questions to be open
    empty = summarise([])
    assert empty.reflection_to_question.level == Level.NOT_RATED
    assert summarise(["complex-reflection", "simple-reflection", "simple-reflection",
                      "open-question", "open-question"]).percent_complex_reflections.level == Level.BELOW_FAIR
    with pytest.raises(ValueError, match="lecture"):
        summarise(["lecture"])


def test_walking_a_scenario_counts_what_was_reached(small_content):
    catalog, _ = load_with(small_content, BASE)
    scenario = catalog.scenarios["practice-talk"]
    run = ConversationRun(scenario)
    assert run.current.id == "open" and not run.finished
    outcome = run.choose(2)  # "What made you come in the first time?"
    assert outcome.choice.code == "open-question" and outcome.node.id == "other" and not outcome.finished
    outcome = run.choose(2)  # a warning
    assert outcome.node.id == "end-flat" and outcome.finished and run.finished
    summary = run.summary()
    assert summary.counts["open-question"] == 1 and summary.counts["warn"] == 1
    assert summary.mi_non_adherent == 1
    assert tuple(summary.talk) == (1, 1, 0)  # "other" is change talk, "end-flat" sustain talk
    with pytest.raises(RunError) as error:
        run.choose(0)
    assert error.value.code == RunErrorCode.FINISHED
    with pytest.raises(RunError) as error:
        replay(scenario, [5])
    assert error.value.code == RunErrorCode.NO_SUCH_CHOICE and error.value.params["choices"] == 3


def test_history_keeps_runs_per_trainee_and_their_summaries(small_content):
    catalog, _ = load_with(small_content, BASE)
    scenario = catalog.scenarios["practice-talk"]
    history = InMemoryConversationHistory()
    start = dt.datetime(2026, 12, 1, 10, 0)
    done = replay(scenario, [0, 0]).record(7, start, start + dt.timedelta(minutes=4))
    left = ConversationRun(scenario)
    left.choose(1)
    first = history.record(done)
    second = history.record(left.record(7, start))
    history.record(replay(scenario, [2, 1]).record(8, start))
    assert (first.trainee_id, first.scenario_id) == (7, "practice-talk") and second.run_id != first.run_id
    runs = history.runs(7)
    assert [r.ending_id for r in runs] == ["end-good", None]
    assert runs[0].scenario_hash == scenario.content_hash and runs[0].scenario_version == 1
    assert history.runs(7, "other-scenario") == []
    assert finished_scenarios(history, 7) == {"practice-talk"}
    assert finished_scenarios(history, 9) == set()
    stored = summarise_steps(runs[0].steps)  # from the record alone
    assert stored == replay(scenario, [0, 0]).summary()
    assert (stored.reflections, tuple(stored.talk)) == (2, (2, 0, 0))


def test_checklist_scores():
    score = score_checklist(DRILL_CHECKLIST, ["no-advice", "reflects-meaning-or-feeling"])
    assert score.met == ("reflects-meaning-or-feeling", "no-advice")
    assert score.missing == ("no-hidden-question",) and not score.complete
    assert score.percent == pytest.approx(200 / 3)
    full = score_checklist(NOTE_RUBRIC, NOTE_RUBRIC)
    assert full.complete and full.percent == 100.0 and full.total == 9
    assert score_checklist(NOTE_RUBRIC, []).missing == NOTE_RUBRIC
    with pytest.raises(ValueError, match="made-up"):
        score_checklist(DRILL_CHECKLIST, ["made-up"])
