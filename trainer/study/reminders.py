"""What to remind a certified trainee of: the expiry at 90, 30 and 7 days, a minimum at risk, a cap reached.

Notices are data with a Message (worded by the window with `say`, printed in English by the
command line), the due date as a date so that each writes it its own way (the command line
as ISO); the dashboard shows them in the order given, the most urgent first.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from trainer.messages import QT_TRANSLATE_NOOP, Message, message, translate
from trainer.study.renewal import Kind, RenewalStatus

NOTICE_DAYS = (90, 30, 7)  # a notice from each of these many days before the expiry
AT_RISK_DAYS = NOTICE_DAYS[0]  # a missing minimum becomes a warning this close to the expiry


class Notice(enum.Enum):
    EXPIRED = "expired"
    EXPIRES_SOON = "expires-soon"        # threshold: the 90, 30 or 7 days reached
    MINIMUM_AT_RISK = "minimum-at-risk"  # key: "ce_hours" or the topic
    CAP_REACHED = "cap-reached"          # key: the cap


CAP_REACHED = {  # by RENEWAL_CAPS id
    "online_percent": QT_TRANSLATE_NOOP("messages", "The %1 hours of online courses that count in this cycle are "
                                                 "logged: more online hours will not count."),
    "self_study_percent": QT_TRANSLATE_NOOP("messages", "The %1 hours of self-study that count in this cycle are "
                                                     "logged: more self-study will not count."),
    "trainer_percent": QT_TRANSLATE_NOOP("messages", "The %1 hours of credit for teaching that count in this cycle "
                                                  "are logged: more teaching will not count."),
}


@dataclass(frozen=True)
class Reminder:
    notice: Notice
    key: str
    due: dt.date  # the expiry date it leads up to
    message: Message
    threshold: int | None = None


def _hours(value) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def due_threshold(days_left: int) -> int | None:
    """The nearest of NOTICE_DAYS that `days_left` has reached (None: no notice yet)."""
    reached = [days for days in NOTICE_DAYS if days_left <= days]
    return min(reached) if reached else None


def reminders(status: RenewalStatus, today: dt.date) -> list[Reminder]:
    window = status.window
    if window.end == dt.date.max:
        return []  # no expiry known: nothing is due
    due, left = window.end, window.days_left(today)
    found: list[Reminder] = []
    if left < 0:
        found.append(Reminder(Notice.EXPIRED, "", due, message(QT_TRANSLATE_NOOP(
            "messages", "Your certification expired on %1. Check with your board how to renew it."),
            due)))
    else:
        threshold = due_threshold(left)
        if threshold is not None:
            found.append(Reminder(Notice.EXPIRES_SOON, "", due, message(translate(
                "messages", "Your certification expires in %n day(s), on %1.", None, 1),
                due, n=left), threshold))
    near = 0 <= left <= AT_RISK_DAYS
    for requirement in status.requirements:
        if requirement.kind is Kind.CAP:
            if requirement.reached:
                template = CAP_REACHED.get(requirement.key)
                if template is not None:
                    found.append(Reminder(Notice.CAP_REACHED, requirement.key, due,
                                          message(template, _hours(requirement.limit))))
        elif near and not requirement.met:
            if requirement.kind is Kind.TOTAL:
                said = message(QT_TRANSLATE_NOOP("messages", "%1 more CE hours are needed before %2."),
                               _hours(requirement.missing), due)
            else:
                said = message(QT_TRANSLATE_NOOP("messages", "%1 more hours in %2 are needed before %3."),
                               _hours(requirement.missing), requirement.key, due)
            found.append(Reminder(Notice.MINIMUM_AT_RISK, requirement.key, due, said))
    return found
