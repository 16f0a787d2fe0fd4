"""The two questions an exam asks before it ends: submit now, and leave how. Both make the
safe choice, keep working, the default (Enter and Escape)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget


class ExamQuestions(QObject):
    def ask_submit(self, parent: QWidget, unanswered: int, flagged: int) -> bool:
        """Submitting is final: the safe choice, keep working, is the default."""
        parts = []
        if unanswered:
            parts.append(self.tr("Not answered: %n question(s). They count as wrong.", "", unanswered))
        if flagged:
            parts.append(self.tr("Flagged for review: %n question(s).", "", flagged))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Submit exam?"),
                          " ".join(parts) + "\n\n" + self.tr("Submit the exam now, or keep working?"),
                          parent=parent)
        submit = box.addButton(self.tr("&Submit now"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is submit

    def ask_leave(self, parent: QWidget) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Leave the exam?"),
                          self.tr("Your answers and the time left are saved. You can resume this exam "
                                  "later from the Practice page, or abandon it: an abandoned exam is "
                                  "not scored."), parent=parent)
        keep = box.addButton(self.tr("&Keep working"), QMessageBox.ButtonRole.RejectRole)
        later = box.addButton(self.tr("&Leave and resume later"), QMessageBox.ButtonRole.AcceptRole)
        abandon = box.addButton(self.tr("&Abandon exam"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return {later: "later", abandon: "abandon"}.get(box.clickedButton(), "stay")
