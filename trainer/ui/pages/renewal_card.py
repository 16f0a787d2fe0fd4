"""The Dashboard's "Ready to renew?" card, shown once a certification is recorded: the expiry,
the CE hours that count in this cycle, each minimum and cap (with "check with your board"
where a figure is unconfirmed) and the reminders (90, 30 and 7 days before expiry, a minimum
at risk, a cap reached). The preparation history stays on the Dashboard below it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from trainer.ui.context import AppContext
from trainer.ui.formats import date_text, hours_text
from trainer.ui.text import fill, say
from trainer.ui.theme import set_role, set_status

if TYPE_CHECKING:  # loaded once a certification is shown (the start stays light)
    from trainer.study.renewal import Requirement
    from trainer.study.renewal_overview import Certified, RenewalOverview


def _hours(value) -> str:
    return hours_text(value)  # in the person's language


class RenewalCard(QFrame):
    def __init__(self, context: AppContext, renewal: RenewalOverview, parent=None):
        super().__init__(parent)
        self.context = context
        self.renewal = renewal
        self.certified: Certified | None = None
        set_role(self, "card")
        self.setAccessibleName(self.tr("Ready to renew?"))
        self.summary = None  # the labels are made when a certification is first shown: most starts have none
        self.hide()

    def _build(self) -> None:
        heading = QLabel(self.tr("Ready to renew?"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # certificate numbers: never rich text
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        set_role(self.verdict, "lead")
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)  # topic ids and board notes come from content
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.PlainText)
        self.notices.setAccessibleName(self.tr("Renewal reminders"))
        layout = QVBoxLayout(self)
        for widget in (heading, self.summary, self.verdict, self.lines, self.notices):
            layout.addWidget(widget)

    def refresh(self, today: dt.date | None = None) -> Certified | None:
        """Read and show where renewal stands; hidden (and None) while not certified."""
        trainee = self.context.trainee
        self.certified = (self.renewal.certified(trainee.id, self.context.catalog, today)
                          if trainee is not None else None)
        certified = self.certified
        if certified is None:
            self.hide()
            return None
        if self.summary is None:
            self._build()
        self.show()
        number = certified.number or self.tr("no number recorded")
        expires = date_text(certified.expires_on) if certified.expires_on else self.tr("no expiry recorded")
        status = certified.status
        if status is None:
            self.summary.setText(fill(self.tr("Certified on %1 (%2); expires %3."), date_text(certified.certified_on),
                                      number, expires))
            self.verdict.setText(self.tr("This certification's renewal rules are not in the content: check with "
                                         "your board."))
            set_status(self.verdict, "in-progress")
            self.lines.hide()
            self.notices.hide()
            return certified
        end = status.window.end
        self.summary.setText(fill(self.tr("Certified on %1 (%2); expires %3. This cycle: %4 to %5."),
                                  date_text(certified.certified_on), number, expires,
                                  date_text(status.window.start),
                                  date_text(end) if end != dt.date.max else self.tr("open")))
        missing = sum(1 for r in status.requirements if not r.met)
        self.verdict.setText(self.tr("Ready to renew: every hour and topic minimum is met. Gather the documents and "
                                     "send them.") if status.ready else
                             self.tr("Not yet: %n requirement(s) still to meet.", "", missing))
        set_status(self.verdict, "met" if status.ready else "in-progress")
        lines = [self._line(r) for r in status.requirements]
        if not status.cycle_verified:
            lines.append(self.tr("The cycle's length is not confirmed by the board: check with your board."))
        self.lines.setText("\n".join(lines))
        self.lines.setVisible(bool(lines))
        self.notices.setText("\n".join(say(r.message) for r in certified.reminders))
        self.notices.setVisible(bool(certified.reminders))
        set_status(self.notices, "in-progress")
        return certified

    def _line(self, r: Requirement) -> str:
        from trainer.study.renewal import Kind

        check = self.tr(" (check with your board)") if r.check_with_board else ""
        if r.kind is Kind.TOTAL:
            text = fill(self.tr("CE hours: %1 of %2 count"), _hours(r.have), _hours(r.limit))
        elif r.kind is Kind.TOPIC:
            text = fill(self.tr("%1: %2 of %3 hours"), r.key, _hours(r.have), _hours(r.limit))
        else:
            names = {"online_percent": self.tr("Online courses"), "self_study_percent": self.tr("Self-study"),
                     "trainer_percent": self.tr("Credit for teaching")}
            text = fill(self.tr("%1: at most %2 hours count; %3 logged"), names.get(r.key, r.key),
                        _hours(r.limit), _hours(r.have))
        mark = "✓ " if r.met and r.kind is not Kind.CAP else ("• " if r.kind is Kind.CAP else "○ ")
        return mark + text + check
