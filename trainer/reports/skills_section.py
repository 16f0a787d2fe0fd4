"""The readiness report's conversation-skills section: the latest role-play taken to an
ending, each MITI-style measure against its thresholds. A study signal, not a requirement.

`skills_data` gathers the printed strings (from wording.py, in the language of the `drawing`
in effect: the report's) into the report data;
`skills_section` draws them. Reports issued before the section existed have no "skills" key
and are drawn (and verified) without it."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import cm

from trainer.reports import wording
from trainer.reports.layout import WIDTH, para, table
from trainer.reports.report_language import say
from trainer.reports.wording_es import SKILLS_NOTE as NOTE  # English, the key of its Spanish


def skills_data(latest: tuple[str, dt.datetime, list[tuple[str, str]]] | None, titles: dict[str, str]) -> dict:
    """`latest`: what Overview.latest_conversation returns; `titles`: scenario id → title."""
    if latest is None:
        return {"scenario": "", "finished": "", "measures": [], "counts": []}
    from trainer.study.conversations import summarise

    scenario_id, finished_at, steps = latest
    summary = summarise([code for code, _ in steps], [talk for _, talk in steps])
    measures = (summary.reflection_to_question, summary.percent_complex_reflections, summary.percent_open_questions)
    return {
        "scenario": titles.get(scenario_id, scenario_id),
        "finished": f"{finished_at:%Y-%m-%d}",
        "measures": [[wording.measure_name(m.code), wording.measure_figure(m), wording.measure_level(m.level),
                      wording.measure_thresholds(m)] for m in measures],
        "counts": wording.conversation_counts(summary),
    }


def skills_section(data: dict) -> list:
    skills = data.get("skills")
    if skills is None:
        return []
    story = [para(say("Conversation skills"), "h2"), para(say(NOTE), "small")]
    if not skills["measures"]:
        return story + [para(say("No role-play taken to an ending yet."))]
    story.append(para(say("Latest role-play: {scenario}, finished {finished}.", scenario=skills["scenario"],
                          finished=skills["finished"])))
    rows = [["Measure", "Result", "Level", "Thresholds"]] + [
        [para(name, "cell"), para(figure, "cell"), level, para(thresholds, "cell")]
        for name, figure, level, thresholds in skills["measures"]]
    story.append(table(rows, [4 * cm, 4.6 * cm, 2 * cm, WIDTH - 10.6 * cm]))
    story += [para(line, "small") for line in skills["counts"]]
    return story
