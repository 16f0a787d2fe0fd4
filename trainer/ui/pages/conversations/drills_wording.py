"""How the Reflection drills tab and the Cohort page word a drill's self-rating checklist and
the kinds of model reflection (the codes are fixed in content.scenario_schema)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class DrillWording(QObject):
    def item(self, code: str) -> str:
        """A checklist item, as the box the trainee ticks."""
        return {
            "reflects-meaning-or-feeling": self.tr("It reflects what they mean or feel"),
            "no-hidden-question": self.tr("No question is hidden in it"),
            "no-advice": self.tr("It gives no advice"),
        }.get(code, code)

    def hint(self, code: str) -> str:
        """What the item asks, in a sentence (the box's tooltip and accessible description)."""
        return {
            "reflects-meaning-or-feeling": self.tr(
                "A reflection says back what the person means or feels, not only their words."),
            "no-hidden-question": self.tr(
                "A reflection ends as a statement. Read it aloud: if your voice goes up at the end, "
                "it is a question."),
            "no-advice": self.tr(
                "No 'you should', 'have you tried' or 'why don't you': those are advice, not reflection."),
        }.get(code, "")

    def short(self, code: str) -> str:
        """A few words for a table column or a list."""
        return {
            "reflects-meaning-or-feeling": self.tr("meaning or feeling"),
            "no-hidden-question": self.tr("no question"),
            "no-advice": self.tr("no advice"),
        }.get(code, code)

    def model_kind(self, code: str) -> str:
        if code == "complex-reflection":
            return self.tr("Complex reflection")
        if code == "simple-reflection":
            return self.tr("Simple reflection")
        return code
