"""Renewal status in English, for the command line and the renewal packet (the window words
the same records with tr()). One place for these sentences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from trainer.content.schema import CertificationProfile
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


def requirement_line(requirement: Requirement) -> str:
    check = f" ({CHECK})" if requirement.check_with_board else ""
    if requirement.kind is Kind.CAP:
        name = CAPS.get(requirement.key, requirement.key)
        percent = f"{requirement.figure.value:g}%"
        over = f"; {hours(requirement.over)} over, not counted" if requirement.over else ""
        return (f"{name}: at most {hours(requirement.limit)} h count ({percent}); "
                f"{hours(requirement.have)} h logged{over}{check}")
    name = "CE hours" if requirement.kind is Kind.TOTAL else f"{requirement.key}"
    state = "met" if requirement.met else f"{hours(requirement.missing)} h to go"
    return f"{name}: {hours(requirement.have)} of {hours(requirement.limit)} h, {state}{check}"


def entry_notes(status: RenewalStatus) -> list[str]:
    """What does not count, entry by entry."""
    lines = []
    for counted in status.entries:
        e = counted.entry
        if counted.outside is not None:
            lines.append(f"{e.date} {e.title}: does not count, {OUTSIDE[counted.outside]}")
        elif counted.capped:
            caps = ", ".join(CAPS.get(c, c) for c in counted.capped_by)
            lines.append(f"{e.date} {e.title}: {hours(counted.counted)} of {hours(e.hours)} h count "
                         f"(the limit for {caps} is reached)")
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
