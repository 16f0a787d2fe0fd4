"""The full hours log: the readiness report's appendix, or a printable document of its own."""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Spacer

from trainer.reports.data import code_of
from trainer.reports.layout import (
    WIDTH,
    build_pdf,
    header_block,
    identity_table,
    para,
    signature_lines,
    table,
    wrap,
)
from trainer.reports.log_table import LogTable
from trainer.reports.report_language import say

COLUMNS = ["Date", "Hours", "Kind", "Domain", "Setting", "Activity", "Supervisor", "Verification"]
WIDTHS = [42, 24, 42, 64, 76, 120, 60, 0]  # points; the verification column takes the rest
WIDTHS[-1] = WIDTH - sum(WIDTHS)
PADDING = 3  # each side of a cell: narrow, so that one line holds more


def kind_summary(data: dict) -> list:
    rows = [["Kind", "Total hours", "Verified hours"]] + [
        [kind.capitalize(), total, verified] for kind, total, verified in data["hours"]["by_kind"]]
    return [table(rows, [5 * cm, 4 * cm, 4 * cm]),
            para(say("{count} entries, {verified} verified.", count=data["hours"]["entry_count"],
                     verified=data["hours"]["verified_count"]), "small")]


def log_flowables(data: dict) -> list:
    """The log table, split over as many pages as it needs with its header repeated."""
    entries = data["entries"]
    if not entries:
        return [para(say("No hours have been logged yet."))]
    rows = [[say(c) for c in COLUMNS]] + [[cell if i < 3 else wrap(cell, WIDTHS[i] - 2 * PADDING) for i, cell in enumerate(row)]
                        for row in entries]
    return [LogTable(rows, WIDTHS, font_size=7, padding=PADDING)]


def appendix(data: dict, title: str = "Appendix: full hours log") -> list:
    return [para(say(title), "h2"),
            para(say("Every entry as logged, with who verified it and when. Unverified entries say so."), "small"),
            Spacer(1, 4), *log_flowables(data)]


def render_hours_log(data: dict, logo_path: str | None = None) -> bytes:
    story = [*header_block(data, say("Hours log"), logo_path), identity_table(data, code_of(data)), Spacer(1, 8),
             para(say("Totals"), "h2"), *kind_summary(data), Spacer(1, 8), *appendix(data, "Full hours log"),
             KeepTogether([para(say("Signatures"), "h2"), signature_lines()])]
    return build_pdf(story, data, say("Hours log"), say("Hours log of {trainee} for {name}", trainee=data["trainee"],
                                                        name=data["profile"]["name"]))
