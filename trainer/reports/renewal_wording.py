"""Renewal status for the command line (English) and the renewal packet (in its language: the
sentences go through report_language.say, so they follow the `drawing` in effect). The window
words the same records with tr(). One place for these sentences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from trainer.content.schema import CertificationProfile
from trainer.reports.report_language import say
from trainer.study.ce_records import CeEntryInfo
from trainer.study.reminders import reminders
from trainer.study.renewal import Kind, Outside, RenewalStatus, Requirement, evaluate

CHECK = "check with your board"
CAPS = {"online_percent": "online courses", "self_study_percent": "self-study",
        "trainer_percent": "credit for teaching"}
OUTSIDE = {Outside.BEFORE_CYCLE: "before this cycle", Outside.AFTER_CYCLE: "after the expiry (next cycle)"}


def hours(value) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def check() -> str:
    return say(CHECK)


def requirement_line(requirement: Requirement) -> str:
    also = say(" ({check})", check=check()) if requirement.check_with_board else ""
    if requirement.kind is Kind.CAP:
        name = say(CAPS.get(requirement.key, requirement.key))
        over = say("; {over} h over, not counted", over=hours(requirement.over)) if requirement.over else ""
        return say("{name}: at most {limit} h count ({percent}); {have} h logged{over}{check}", name=name,
                   limit=hours(requirement.limit), percent=f"{requirement.figure.value:g}%",
                   have=hours(requirement.have), over=over, check=also)
    name = say("CE hours") if requirement.kind is Kind.TOTAL else f"{requirement.key}"
    state = say("met") if requirement.met else say("{missing} h to go", missing=hours(requirement.missing))
    return say("{name}: {have} of {limit} h, {state}{check}", name=name, have=hours(requirement.have),
               limit=hours(requirement.limit), state=state, check=also)


def entry_notes(status: RenewalStatus) -> list[str]:
    """What does not count, entry by entry."""
    lines = []
    for counted in status.entries:
        e = counted.entry
        if counted.outside is not None:
            lines.append(say("{date} {title}: does not count, {why}", date=e.date, title=e.title,
                             why=say(OUTSIDE[counted.outside])))
        elif counted.capped:
            caps = ", ".join(say(CAPS.get(c, c)) for c in counted.capped_by)
            lines.append(say("{date} {title}: {counted} of {hours} h count (the limit for {caps} is reached)",
                             date=e.date, title=e.title, counted=hours(counted.counted), hours=hours(e.hours),
                             caps=caps))
    return lines


def status_lines(profile: CertificationProfile, certification, entries: Iterable[CeEntryInfo],
                 today: dt.date) -> list[str]:
    status = evaluate(profile.renewal, entries, certification.certified_on, certification.expires_on)
    window = status.window
    end = "no expiry known" if window.end == dt.date.max else f"to {window.end}"
    cycle = "" if status.cycle_verified else f" ({CHECK}: the cycle length is not confirmed)"
    lines = [f"Renewal of {profile.name}: cycle from {window.start} {end}{cycle}",
             f"Counted: {hours(status.counted)} h"]
    lines += [f"  {requirement_line(r)}" for r in status.requirements]
    lines += [f"  {line}" for line in entry_notes(status)]
    if status.documents:
        lines.append("Documents to send:")
        lines += [f"  - {d.label}" + ("" if d.verified else f" ({CHECK})") for d in status.documents]
    lines += [f"Reminder: {r.message}" for r in reminders(status, today)]
    lines.append("Ready to renew: " + ("yes" if status.ready else "not yet"))
    return lines
