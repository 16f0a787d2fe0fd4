"""English words for the command line's messages, from the logic layer's codes.

The window words the same codes with tr() (trainer/ui/pages/hours/wording.py); this is the
one English wording the commands use, so no sentence is kept twice in the logic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from trainer.study.hours_problems import Code, HoursError, HoursProblem
from trainer.study.records import format_hours


def _day_over_24(p) -> str:
    return (f"That would make {format_hours(p['total'])} hours on {p['day'].isoformat()} "
            f"(you already logged {format_hours(p['earlier'])}), but a day has only 24. "
            "Check the hours or the date.")


def _plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


HOURS: dict[Code, Callable[[dict], str]] = {
    Code.DATE_MISSING: lambda p: "Please enter the date of these hours.",
    Code.DATE_IN_FUTURE: lambda p: (f"The date {p['date'].isoformat()} is in the future. "
                                    "Log hours on or after the day you did them."),
    Code.HOURS_NOT_A_NUMBER: lambda p: "Please enter the hours as a number, for example 1.5.",
    Code.HOURS_NOT_POSITIVE: lambda p: "Hours must be more than zero. Enter how long you spent, for example 1.5.",
    Code.HOURS_NOT_QUARTERS: lambda p: (f"{p['hours']} is not a whole number of quarter hours. "
                                        "Round to the nearest 0.25 (15 minutes)."),
    Code.DAY_OVER_24: _day_over_24,
    Code.KIND_UNKNOWN: lambda p: "Please choose the kind of hours: training, experience or supervision.",
    Code.DOMAIN_NEEDED: lambda p: "Training hours need a domain. Choose the domain the training covered.",
    Code.DOMAIN_UNKNOWN: lambda p: f"'{p['domain']}' is not a known domain. Choose one of: {', '.join(p['known'])}.",
    Code.TEXT_TOO_LONG: lambda p: (f"The {p['field']} field is {p['length']} characters long. "
                                   f"Please shorten it to at most {p['limit']}."),
    Code.TRAINEE_GONE: lambda p: "That trainee no longer exists.",
    Code.ENTRY_GONE: lambda p: "That hours entry no longer exists.",
    Code.VERIFIER_MISSING: lambda p: "Please enter the name of the person verifying these hours.",
    Code.VERIFIER_TOO_LONG: lambda p: f"Please use a name of at most {p['limit']} characters.",
    Code.ALREADY_VERIFIED: lambda p: f"This entry is already verified by {p['by']}.",
    Code.NOT_VERIFIED: lambda p: "This entry is not verified, so there is nothing to undo.",
    Code.LOCKED_FOR_CHANGE: lambda p: (f"This entry was verified by {p['by']} on {p['on'].isoformat()}, so it "
                                       "cannot be changed. Ask them to un-verify it first."),
    Code.LOCKED_FOR_DELETE: lambda p: (f"This entry was verified by {p['by']} on {p['on'].isoformat()}, so it "
                                       "cannot be deleted. Ask them to un-verify it first."),
    Code.SIGNED: lambda p: (f"{p['by']} signed this entry on {p['on'].isoformat()}, so it cannot be changed, "
                            "deleted or un-verified. Ask for a change: it applies once a supervisor signs it."),
    Code.IMPORT_DAY_OVER_24: lambda p: (f"That would make {format_hours(p['total'])} hours on "
                                        f"{p['day'].isoformat()} (already logged: {format_hours(p['earlier'])}), "
                                        "but a day has only 24. Nothing was added; check the hours or the dates."),
    Code.CSV_NOT_UTF8: lambda p: "This file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.",
    Code.CSV_EMPTY: lambda p: "This file is empty. Export an hours log first to see the expected columns.",
    Code.CSV_COLUMNS_MISSING: lambda p: (f"The first line must name the columns; {', '.join(p['missing'])} "
                                         f"{_plural(len(p['missing']), 'is', 'are')} missing. "
                                         f"Expected: {','.join(p['expected'])}."),
    Code.CSV_TOO_MANY_VALUES: lambda p: ("This row has more values than the header has columns. "
                                         "Put quotes around text that contains the separator."),
    Code.CSV_BAD_DATE: lambda p: (f"'{p['text']}' is not a date. "
                                  "Use YYYY-MM-DD (2026-03-31) or MM/DD/YYYY (03/31/2026)."),
    Code.IMPORT_REFUSED: lambda p: (
        f"Nothing was imported: {p['count']} {_plural(p['count'], 'row has', 'rows have')} problems "
        f"({_plural(p['count'], 'line', 'lines')} {', '.join(str(n) for n in p['lines'])}). "
        "Fix them in the file and import again, or choose to skip them."),
}


def hours_problem(problem: HoursProblem) -> str:
    params = dict(problem.params, field=problem.field)
    return HOURS[problem.code](params)


def hours_problems(problems: Iterable[HoursProblem]) -> str:
    return " ".join(hours_problem(p) for p in problems)


def hours_error(error: HoursError) -> str:
    return hours_problems(error.problems)
