"""The certification-readiness report, drawn from report data alone (see data.py)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table, TableStyle

from trainer.reports import wording_es
from trainer.reports.charts import domain_chart, trend_chart
from trainer.reports.data import FULL_LOG, code_of
from trainer.reports.hours_log import appendix, kind_summary
from trainer.reports.layout import (
    WIDTH,
    build_pdf,
    header_block,
    identity_table,
    para,
    signature_lines,
    table,
)
from trainer.reports.report_language import say
from trainer.reports.skills_section import skills_section
from trainer.reports.wording import STATUS
from trainer.study.readiness_codes import Status

# By the status words the report data holds (wording.status; the same words in reports issued earlier),
# in either language.
_COLOURS = {Status.MET: colors.HexColor("#1E6B3A"), Status.IN_PROGRESS: colors.HexColor("#8A5A00"),
            Status.NOT_STARTED: colors.HexColor("#9B2C2C")}
STATUS_COLOURS = {words[status]: colour for words in (STATUS, wording_es.STATUS) for status, colour in _COLOURS.items()}


def verdict_box(data: dict) -> Table:
    colour = STATUS_COLOURS["met"] if data["ready"] else STATUS_COLOURS["in progress"]
    box = Table([[para(data["verdict"], "verdict")]], colWidths=[WIDTH], hAlign="LEFT")
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colour), ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    return box


def requirements_table(data: dict) -> Table:
    rows = [["Requirement", "Status", "Done", "Required"]]
    for label, status, done, required, note in data["requirements"]:
        cell = [para(label, "cell")] + ([para(note, "tiny")] if note else [])
        rows.append([cell, status, para(done, "cell"), para(required, "cell")])
    result = table(rows, [8.2 * cm, 2.4 * cm, 3.2 * cm, WIDTH - 13.8 * cm])
    result.setStyle(TableStyle([("TEXTCOLOR", (1, r), (1, r), STATUS_COLOURS.get(row[1], colors.black))
                                for r, row in enumerate(rows) if r]))
    return result


def hours_section(data: dict) -> list:
    hours = data["hours"]
    story = [para(say("Hours"), "h2"), para(say("By kind"), "h3"), *kind_summary(data)]
    story += [para(say("Training hours by domain"), "h3")]
    if hours["by_domain"]:
        story.append(table([["Domain", "Hours"]] + hours["by_domain"], [7 * cm, 3 * cm]))
    else:
        story.append(para(say("No training hours yet.")))
    story += [para(say("By month"), "h3")]
    if hours["by_month"]:
        rows = [["Month", "Training", "Experience", "Supervision", "Total"]] + hours["by_month"]
        story.append(table(rows, [3 * cm] + [2.6 * cm] * 4, long=True))
    else:
        story.append(para(say("No hours logged yet.")))
    return story


def exams_section(data: dict) -> list:
    story = [CondPageBreak(6 * cm), para(say("Exam simulations"), "h2")]
    exams = data["exams"]
    if not exams:
        return story + [para(say("No exam simulations yet. Take one from the Practice page."))]
    pass_percent = float(data["pass_percent"])
    story += [para(say("Practice pass mark: {percent}%.", percent=data["pass_percent"]), "small"),
              KeepTogether([para(say("Trend"), "h3"), trend_chart(exams, pass_percent, width=WIDTH)])]
    if data["latest_domains"]:
        story.append(KeepTogether([para(say("Latest exam by domain"), "h3"),
                                   domain_chart(data["latest_domains"], pass_percent, width=WIDTH)]))
    # "Counts": readiness counts a simulation only when most of its questions were new to the
    # trainee (reports made before this was recorded have no such column).
    # Since layout 2 the result and "counts" cells wrap (in Spanish they outgrow their column);
    # an older report is redrawn as it was drawn, for verify.
    wrapped = data.get("layout", 1) >= 2
    cell = (lambda text: para(text, "cell")) if wrapped else (lambda text: text)
    rows = [["#", "Date", "Score", "Result", "Counts toward readiness"]] + [
        [str(i + 1), e["date"], e["percent"], cell(e["result"]), cell(e.get("counts", ""))]
        for i, e in enumerate(exams)]
    widths = [1 * cm, 2.4 * cm, 1.6 * cm] + ([5 * cm, 5 * cm] if wrapped else [4 * cm, 6 * cm])
    story += [para(say("History"), "h3"), table(rows, widths, long=True)]
    return story


def modules_section(data: dict) -> list:
    story = [para(say("Modules completed ({done} of {total})", done=len(data["modules"]), total=data["module_total"]),
                  "h2")]
    if data["modules"]:
        rows = [["Module", "Completed"]] + [[para(title, "cell"), day] for title, day in data["modules"]]
        story.append(table(rows, [11 * cm, 3 * cm], long=True))
    else:
        story.append(para(say("No modules completed yet.")))
    story += [para(say("Attestations"), "h2")]
    if data["attestations"]:
        rows = [["Item", "Attested on"]] + [[para(label, "cell"), day] for label, day in data["attestations"]]
        story.append(table(rows, [11 * cm, 3 * cm]))
    else:
        story.append(para(say("This certification lists no self-attested items.")))
    return story


def log_note(data: dict) -> list:
    """Where the entries are when the report shows the hours by month only."""
    count = int(data["hours"]["entry_count"])
    if not count:
        return [para(say("No hours have been logged yet."), "small")]
    return [para(say("Hours log"), "h3"),
            para(say("This report sums the {count} hours entries by month. Every entry, with who verified it and "
                     "when, is in the hours log: issue it from the Reports page, or run "
                     "cpsw-trainer report --hours-log.", count=count), "small")]


def render_readiness(data: dict, logo_path: str | None = None) -> bytes:
    code = code_of(data)
    story = [*header_block(data, say("Certification readiness report"), logo_path), identity_table(data, code),
             Spacer(1, 8), verdict_box(data), para(say("Requirements"), "h2"), requirements_table(data)]
    if data["next_steps"]:
        story += [para(say("Next steps"), "h3")] + [para(f"{i + 1}. {text}")
                                                   for i, text in enumerate(data["next_steps"])]
    story += [*hours_section(data), *exams_section(data), *modules_section(data), *skills_section(data),
              KeepTogether([para(say("Signatures"), "h2"),
                            para(say("We confirm that the hours and items above are accurate to the best of our "
                                     "knowledge."), "small"), signature_lines()])]
    if data.get("log", FULL_LOG) == FULL_LOG:
        # The log starts on a page of its own, unless there is nothing to list.
        story += [PageBreak()] if data["entries"] else [Spacer(1, 12)]
        story += appendix(data)
    else:
        story += [Spacer(1, 12), *log_note(data)]
    return build_pdf(story, data, say("Certification readiness report"),
                     say("Certification readiness for {name}", name=data["profile"]["name"]))
