"""How the Progress notes tab words the billable-note rubric, the note formats and their
sections (the codes are fixed in content.scenario_schema), and the note it starts from."""

from __future__ import annotations

from PySide6.QtCore import QObject

from trainer.content.scenario_schema import NOTE_FORMATS
from trainer.ui.text import fill


class NoteWording(QObject):
    def rubric_item(self, code: str) -> str:
        return {
            "date": self.tr("The date (and time) of the contact"),
            "duration-and-units": self.tr("How long it lasted, and the billing units"),
            "service": self.tr("The service given, and where"),
            "plan-goal-link": self.tr("The recovery-plan goal it served"),
            "persons-own-words": self.tr("The person's own words, in quotes"),
            "peer-action": self.tr("What you, the peer, did"),
            "response": self.tr("How the person responded"),
            "plan": self.tr("The plan: the next step and when"),
            "signature": self.tr("Your signature, credential and the date"),
        }.get(code, code)

    def rubric_hint(self, code: str) -> str:
        return {
            "date": self.tr("A note without a date cannot be billed or found again."),
            "duration-and-units": self.tr(
                "Payers pay by time: start and end, minutes, and units (often 15 minutes each; "
                "check your payer)."),
            "service": self.tr("For example: individual peer support, in person at the center."),
            "plan-goal-link": self.tr(
                "A billable contact works toward a goal in the person's plan. Name the goal."),
            "persons-own-words": self.tr("A short quote keeps the person's voice in their record."),
            "peer-action": self.tr("Write what you did in plain words, without clinical labels."),
            "response": self.tr("What the person said or did after: facts, not judgements."),
            "plan": self.tr("Who does what next, and when you will meet or call again."),
            "signature": self.tr("Name, credential (for example, Peer Recovery Specialist) and date."),
        }.get(code, "")

    def section(self, name: str) -> str:
        return {
            "data": self.tr("Data"),
            "assessment": self.tr("Assessment"),
            "plan": self.tr("Plan"),
            "subjective": self.tr("Subjective"),
            "objective": self.tr("Objective"),
            "behavior": self.tr("Behavior"),
            "intervention": self.tr("Intervention"),
            "response": self.tr("Response"),
        }.get(name, name)

    def format_name(self, note_format: str) -> str:
        """'DAP: Data, Assessment, Plan'."""
        sections = ", ".join(self.section(name) for name in NOTE_FORMATS.get(note_format, ()))
        return fill(self.tr("%1: %2"), note_format, sections) if sections else note_format

    def template(self, note_format: str) -> str:
        """The empty note the editor starts from: a header, the format's sections, a signature."""
        lines = [self.tr("Date and time:"), self.tr("Duration and units:"), self.tr("Service and setting:"),
                 self.tr("Recovery-plan goal:"), ""]
        for name in NOTE_FORMATS.get(note_format, ()):
            lines += [self.section(name) + ":", "", ""]
        lines.append(self.tr("Signature:"))
        return "\n".join(lines) + " "
