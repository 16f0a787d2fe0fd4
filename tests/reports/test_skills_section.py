"""The readiness report's conversation-skills section: the latest role-play taken to an
ending, each measure against its thresholds in English (reports/wording.py), a study signal."""

from __future__ import annotations

import datetime as dt

from tests.reports.test_readiness_report import flat, text_of
from trainer.reports import wording
from trainer.reports.readiness_report import render_readiness
from trainer.reports.skills_section import skills_data
from trainer.study.conversations import replay, summarise_steps

AT = dt.datetime(2026, 11, 19, 15, 30)


def test_the_report_shows_the_latest_role_play_against_the_thresholds(make_services, tmp_path):
    services = make_services()
    trainee = services.trainees.create("Sam Talk", "icrc-pr")
    scenario = sorted(services.catalog.scenarios.values(), key=lambda s: s.id)[0]
    run = replay(scenario, _to_an_ending(scenario))
    services.conversations.record(run.record(trainee.id, AT - dt.timedelta(minutes=5), AT))
    data = services.reports.data(trainee.id)
    summary = summarise_steps(run.steps)
    assert data["skills"]["scenario"] == scenario.title and data["skills"]["finished"] == "2026-11-19"
    services.reports.issue(trainee.id, tmp_path / "skills.pdf")
    _reader, text = text_of(tmp_path / "skills.pdf")
    printed = flat(text)
    assert "Conversation skills" in printed and "it is not a certification requirement" in printed
    assert f"Latest role-play: {scenario.title}, finished 2026-11-19." in printed
    for measure in (summary.reflection_to_question, summary.percent_complex_reflections,
                    summary.percent_open_questions):
        assert flat(f"{wording.measure_name(measure.code)} {wording.measure_figure(measure)} "
                    f"{wording.measure_level(measure.level)}") in printed
    for line in wording.conversation_counts(summary):
        assert flat(line) in printed


def test_without_a_finished_role_play_the_section_says_so(make_services, tmp_path):
    services = make_services()
    trainee = services.trainees.create("Sam New", "icrc-pr")
    services.reports.issue(trainee.id, tmp_path / "new.pdf")
    _reader, text = text_of(tmp_path / "new.pdf")
    assert "No role-play taken to an ending yet." in flat(text)


def test_reports_issued_before_the_section_are_drawn_without_it(make_services):
    services = make_services()
    trainee = services.trainees.create("Sam Old", "icrc-pr")
    data = services.reports.data(trainee.id)
    del data["skills"]
    assert b"Conversation skills" not in render_readiness(data)


def test_the_english_wording_of_a_hand_counted_run():
    """Open question, complex reflection, simple reflection, advice: R:Q 2 / 1 = 2.0 (good),
    complex 1 / 2 = 50 % (good), open 1 / 1 = 100 % (good on MITI 3.1.1's guide)."""
    steps = [("open-question", "neutral"), ("complex-reflection", "change"), ("simple-reflection", "change"),
             ("advice-without-permission", "sustain")]
    data = skills_data(("s", AT, steps), {"s": "A talk"})
    assert data["measures"] == [
        ["Reflections to questions", "2.0 to 1 (2 reflections, 1 question)", "good",
         "MITI 4.2.1: fair from 1 to 1, good from 2 to 1"],
        ["Complex reflections", "50% of 2 reflections", "good", "MITI 4.2.1: fair from 40%, good from 50%"],
        ["Open questions", "100% of 1 question", "good",
         "MITI 4 sets none; MITI 3.1.1 as a guide: fair from 50%, good from 70%"]]
    assert data["counts"] == ["4 decisions; 0 MI-adherent responses, 1 MI-non-adherent response.",
                              "The person answered with change talk 2 times and with sustain talk 1 time."]
    assert skills_data(None, {})["measures"] == []


def test_the_spanish_wording_of_the_same_run():
    from trainer.reports.report_language import drawing

    steps = [("open-question", "neutral"), ("complex-reflection", "change"), ("simple-reflection", "change"),
             ("advice-without-permission", "sustain")]
    with drawing({"language": "es"}):
        data = skills_data(("s", AT, steps), {"s": "Una charla"})
    assert data["measures"][0] == ["Reflejos por pregunta", "2.0 a 1 (2 reflejos, 1 pregunta)", "bueno",
                                   "MITI 4.2.1: aceptable desde 1 a 1, bueno desde 2 a 1"]
    assert data["measures"][2][1:3] == ["100% de 1 pregunta", "bueno"]
    assert data["counts"][0] == ("4 decisiones; 0 respuestas acordes con la entrevista motivacional (MI-adherent), "
                                 "1 respuesta no acorde con la entrevista motivacional (MI-non-adherent).")
    assert data["counts"][1].startswith("La persona respondió con lenguaje de cambio (change talk) 2 veces")


def test_a_spanish_report_prints_the_section_in_spanish(make_services, tmp_path):
    services = make_services()
    trainee = services.trainees.create("Ana Habla", "icrc-pr")
    scenario = sorted(services.catalog.scenarios.values(), key=lambda s: s.id)[0]
    run = replay(scenario, _to_an_ending(scenario))
    services.conversations.record(run.record(trainee.id, AT - dt.timedelta(minutes=5), AT))
    from trainer.content.translations import in_language

    spanish_title = in_language(services.catalog, "es").scenarios[scenario.id].title
    assert spanish_title != scenario.title  # the bundled role-plays are in Spanish too
    services.reports.issue(trainee.id, tmp_path / "es.pdf", language="es")
    _reader, text = text_of(tmp_path / "es.pdf")
    printed = flat(text)
    assert "Habilidades de conversación" in printed and "no es un requisito de la certificación" in printed
    assert flat(f"Último juego de rol: {spanish_title}, terminado el 2026-11-19.") in printed
    assert "Reflejos por pregunta" in printed and "Reflections to questions" not in printed
    from trainer.reports.verify import VALID, verify_report

    assert verify_report(tmp_path / "es.pdf").status == VALID  # redrawn from its data, in Spanish


def _to_an_ending(scenario) -> list[int]:
    """The first choice at every node, up to an ending."""
    choices, node = [], scenario.first
    while not node.is_ending:
        choices.append(0)
        node = scenario.node(node.choices[0].next)
    return choices
