"""The renewal area's words: kinds of CE, caps, where an entry stands, and the logic's
Messages in the person's language (the command line and the packet have their English in
trainer/reports/renewal_wording.py)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject

from trainer.ui.formats import hours_text
from trainer.ui.text import say


def hours(value: Decimal | float | int) -> str:
    """1.50 -> "1.5", 2.00 -> "2" (CE hours keep their two decimal places at most), in the
    person's language."""
    return hours_text(value)


class RenewalWording(QObject):
    def kinds(self) -> dict[str, str]:
        """trainer.study.ce_records.KINDS, each as a person says it."""
        return {"course": self.tr("Course or training"), "self-study": self.tr("Self-study"),
                "trainer": self.tr("Teaching a course")}

    def kind(self, kind: str) -> str:
        return self.kinds().get(kind, kind)

    def cap(self, key: str) -> str:
        """RENEWAL_CAPS ids."""
        return {"online_percent": self.tr("Online courses"), "self_study_percent": self.tr("Self-study"),
                "trainer_percent": self.tr("Credit for teaching")}.get(key, key)

    def format(self, online: bool) -> str:
        return self.tr("Online") if online else self.tr("In person")

    def error(self, error: Exception) -> str:
        """A refusal from the logic (CeError, CertificationError, AttachmentError, ReportError) in
        words; anything else (a disk error) as the system says it."""
        problems = getattr(error, "problems", None)
        if problems:
            return " ".join(say(p.message) for p in problems)
        message = getattr(error, "message", None)
        return say(message) if message is not None and hasattr(message, "template") else str(error)
