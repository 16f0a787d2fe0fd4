"""Where renewal stands: the certification, the cycle, each minimum and cap (what counts, what is
capped, what is missing), the documents to send, the board's note and the reminders; "check
with your board" wherever a figure is not confirmed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from trainer.content.schema import CertificationProfile
from trainer.study.certification import CertificationInfo
from trainer.study.reminders import Reminder
from trainer.study.renewal import Kind, RenewalStatus, Requirement
from trainer.ui.formats import date_text
from trainer.ui.pages.renewal.wording import RenewalWording, hours
from trainer.ui.text import fill, say
from trainer.ui.theme import set_role, set_status


def _label(name: str, role: str | None = None) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # numbers, topics and notes come from people and content
    label.setAccessibleName(name)
    if role:
        set_role(label, role)
    return label


class RenewalStatusView(QWidget):
    def __init__(self, wording: RenewalWording, parent=None):
        super().__init__(parent)
        self.wording = wording
        heading = QLabel(self.tr("Where renewal stands"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.summary = _label(self.tr("Certification"))
        self.verdict = _label(self.tr("Renewal verdict"), "lead")
        self.lines = _label(self.tr("Renewal requirements"))
        self.documents = _label(self.tr("Documents to send"))
        self.note = _label(self.tr("The board's note"), "muted")
        self.notices = _label(self.tr("Renewal reminders"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, self.summary, self.verdict, self.lines, self.documents, self.note, self.notices):
            layout.addWidget(widget)

    def _only(self, *shown: QLabel) -> None:
        for label in (self.verdict, self.lines, self.documents, self.note, self.notices):
            label.setVisible(label in shown)

    def show_nothing(self) -> None:
        self.summary.setText(self.tr("No certification is recorded yet. Once you are certified, record it here: "
                                     "the CE log then counts toward its renewal."))
        self._only()

    def show_status(self, profile: CertificationProfile | None, certification: CertificationInfo,
                    status: RenewalStatus | None, reminders: list[Reminder]) -> None:
        name = profile.name if profile is not None else certification.profile_id
        number = certification.number or self.tr("no number recorded")
        expires = date_text(certification.expires_on) if certification.expires_on else self.tr("no expiry recorded")
        summary = fill(self.tr("%1: certified on %2 (%3); expires %4."), name, date_text(certification.certified_on),
                       number, expires)
        if status is None:
            self.summary.setText(summary)
            self.verdict.setText(self.tr("This certification's renewal rules are not in the content: check with "
                                         "your board."))
            set_status(self.verdict, "in-progress")
            self._only(self.verdict)
            return
        end = status.window.end
        self.summary.setText(summary + " " + fill(self.tr("This cycle: %1 to %2; %3 CE hours count so far."),
                                                  date_text(status.window.start),
                                                  date_text(end) if end != dt.date.max else self.tr("open"),
                                                  hours(status.counted)))
        missing = sum(1 for r in status.requirements if not r.met)
        self.verdict.setText(self.tr("Ready to renew: every hour and topic minimum is met. Gather the documents and "
                                     "send them.") if status.ready else
                             self.tr("Not yet: %n requirement(s) still to meet.", "", missing))
        set_status(self.verdict, "met" if status.ready else "in-progress")
        lines = [self.requirement_line(r) for r in status.requirements]
        if not status.cycle_verified:
            lines.append(self.tr("The cycle's length is not confirmed by the board: check with your board."))
        self.lines.setText("\n".join(lines))
        documents = [("• " + d.label + ("" if d.verified else self.tr(" (check with your board)")))
                     for d in status.documents]
        self.documents.setText("\n".join([self.tr("Documents to send:"), *documents]) if documents else "")
        self.note.setText(status.note)
        self.notices.setText("\n".join(say(r.message) for r in reminders))
        set_status(self.notices, "in-progress")
        self._only(*(label for label, text in ((self.verdict, True), (self.lines, lines), (self.documents, documents),
                                               (self.note, status.note), (self.notices, reminders)) if text))

    def requirement_line(self, r: Requirement) -> str:
        check = self.tr(" (check with your board)") if r.check_with_board else ""
        if r.kind is Kind.CAP:
            text = fill(self.tr("%1: at most %2 hours count; %3 logged"), self.wording.cap(r.key), hours(r.limit),
                        hours(r.have))
            if r.over:
                text += fill(self.tr(", %1 over the limit do not count"), hours(r.over))
            return "• " + text + check
        name = self.tr("CE hours") if r.kind is Kind.TOTAL else r.key
        text = fill(self.tr("%1: %2 of %3 hours count"), name, hours(r.have), hours(r.limit))
        if not r.met:
            text += fill(self.tr(", %1 to go"), hours(r.missing))
        return ("✓ " if r.met else "○ ") + text + check
