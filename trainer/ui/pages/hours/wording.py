"""The Hours area's words: kinds, field names and every problem the hours rules return as
a code, in the person's language (the command line has its English in trainer/commands/wording.py)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject

from trainer.study.hours import Code, HoursError, HoursProblem
from trainer.ui.formats import date_text, hours_text
from trainer.ui.text import fill


class HoursWording(QObject):
    def kinds(self) -> dict[str, str]:
        return {"training": self.tr("Training"), "experience": self.tr("Experience"),
                "supervision": self.tr("Supervision")}

    def kind(self, kind: str) -> str:
        return self.kinds().get(kind, kind)

    def field(self, name: str | None) -> str:
        """An entry's field as a sentence names it ("the notes")."""
        names = {"date": self.tr("date"), "hours": self.tr("hours"), "kind": self.tr("kind"),
                 "domain": self.tr("domain"), "setting": self.tr("setting"), "activity": self.tr("activity"),
                 "supervisor": self.tr("supervisor"), "notes": self.tr("notes"),
                 "verified_by": self.tr("verified by")}
        return names.get(name or "", name or "")

    def problems(self, problems: Iterable[HoursProblem]) -> str:
        return " ".join(self.problem(p) for p in problems)

    def error(self, error: HoursError) -> str:
        return self.problems(error.problems)

    def problem(self, problem: HoursProblem) -> str:  # noqa: C901 - one branch per code, nothing more
        code, p = problem.code, problem.params
        if code is Code.DATE_MISSING:
            return self.tr("Please enter the date of these hours.")
        if code is Code.DATE_IN_FUTURE:
            return fill(self.tr("The date %1 is in the future. Log hours on or after the day you did them."),
                        date_text(p["date"]))
        if code is Code.HOURS_NOT_A_NUMBER:
            return self.tr("Please enter the hours as a number, for example 1.5.")
        if code is Code.HOURS_NOT_POSITIVE:
            return self.tr("Hours must be more than zero. Enter how long you spent, for example 1.5.")
        if code is Code.HOURS_NOT_QUARTERS:
            return fill(self.tr("%1 is not a whole number of quarter hours. Round to the nearest 0.25 (15 minutes)."),
                        p["hours"])
        if code is Code.DAY_OVER_24:
            return fill(self.tr("That would make %1 hours on %2 (you already logged %3), but a day has only 24. "
                                "Check the hours or the date."),
                        hours_text(p["total"]), date_text(p["day"]), hours_text(p["earlier"]))
        if code is Code.KIND_UNKNOWN:
            return self.tr("Please choose the kind of hours: training, experience or supervision.")
        if code is Code.DOMAIN_NEEDED:
            return self.tr("Training hours need a domain. Choose the domain the training covered.")
        if code is Code.DOMAIN_UNKNOWN:
            return fill(self.tr("'%1' is not a known domain. Choose one of: %2."), p["domain"], ", ".join(p["known"]))
        if code is Code.TEXT_TOO_LONG:
            return fill(self.tr("The %1 field is %n character(s) long. Please shorten it to at most %2.", "", p["length"]),
                        self.field(problem.field), p["limit"])
        if code is Code.TRAINEE_GONE:
            return self.tr("That trainee no longer exists.")
        if code is Code.ENTRY_GONE:
            return self.tr("That hours entry no longer exists.")
        if code is Code.VERIFIER_MISSING:
            return self.tr("Please enter the name of the person verifying these hours.")
        if code is Code.VERIFIER_TOO_LONG:
            return self.tr("Please use a name of at most %n character(s).", "", p["limit"])
        if code is Code.ALREADY_VERIFIED:
            return fill(self.tr("This entry is already verified by %1."), p["by"])
        if code is Code.NOT_VERIFIED:
            return self.tr("This entry is not verified, so there is nothing to undo.")
        if code is Code.LOCKED_FOR_CHANGE:
            return fill(self.tr("This entry was verified by %1 on %2, so it cannot be changed. "
                                "Ask them to un-verify it first."), p["by"], date_text(p["on"]))
        if code is Code.LOCKED_FOR_DELETE:
            return fill(self.tr("This entry was verified by %1 on %2, so it cannot be deleted. "
                                "Ask them to un-verify it first."), p["by"], date_text(p["on"]))
        if code is Code.SIGNED:
            return fill(self.tr("%1 signed this entry on %2, so it cannot be changed, deleted or un-verified. "
                                "Ask for a change: it applies once a supervisor signs it."), p["by"], date_text(p["on"]))
        if code is Code.IMPORT_DAY_OVER_24:
            return fill(self.tr("That would make %1 hours on %2 (already logged: %3), but a day has only 24. "
                                "Nothing was added; check the hours or the dates."),
                        hours_text(p["total"]), date_text(p["day"]), hours_text(p["earlier"]))
        if code is Code.CSV_NOT_UTF8:
            return self.tr("This file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.")
        if code is Code.CSV_EMPTY:
            return self.tr("This file is empty. Export an hours log first to see the expected columns.")
        if code is Code.CSV_COLUMNS_MISSING:
            return fill(self.tr("The first line must name the columns; %n (is|are) missing: %1. Expected: %2.", "",
                                len(p["missing"])), ", ".join(p["missing"]), ",".join(p["expected"]))
        if code is Code.CSV_TOO_MANY_VALUES:
            return self.tr("This row has more values than the header has columns. "
                           "Put quotes around text that contains the separator.")
        if code is Code.CSV_BAD_DATE:
            return fill(self.tr("'%1' is not a date. Use YYYY-MM-DD (2026-03-31) or MM/DD/YYYY (03/31/2026)."),
                        p["text"])
        if code is Code.IMPORT_REFUSED:
            return fill(self.tr("Nothing was imported: %n row(s) (has|have) problems (line(s) %1). Fix them in the "
                                "file and import again, or choose to skip them.", "", p["count"]),
                        ", ".join(str(n) for n in p["lines"]))
        return code.value  # a code newer than this wording: say at least which
