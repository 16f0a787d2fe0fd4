"""What a trainer sees of the trainees' reflection drills on the Cohort page: a column's words
for each trainee's self-ratings, and a panel with the chosen trainee's own reflections."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QListWidget, QVBoxLayout

from trainer.content.scenario_schema import DRILL_CHECKLIST
from trainer.study.drill_records import DrillRatingInfo, DrillSummary
from trainer.ui.pages.conversations.drills_lists import when
from trainer.ui.pages.conversations.drills_wording import DrillWording
from trainer.ui.text import fill
from trainer.ui.widgets.content_text import plain_label

SHOWN = 50  # the newest ratings a trainer reads through; older ones stay in the records


class DrillColumn(DrillWording):
    """The Cohort table's column of drill self-ratings."""

    def header(self) -> str:
        return self.tr("Drill self-ratings")

    def cell(self, summary: DrillSummary | None) -> str:
        if summary is None:
            return ""
        return fill(self.tr("%n rating(s), %1%", "", summary.ratings), f"{summary.mean_percent:.0f}")

    def tooltip(self, summary: DrillSummary | None) -> str:
        if summary is None:
            return self.tr("No reflection drill rated yet.")
        parts = [fill(self.tr("%1: %2 of %3"), self.short(code), summary.ticked.get(code, 0), summary.ratings)
                 for code in DRILL_CHECKLIST]
        return fill(self.tr("Ticked in their own ratings: %1. Select the row to read their reflections."),
                    "; ".join(parts))


class DrillRatingsPanel(QGroupBox):
    """The selected trainee's reflections and what they ticked, newest first."""

    def __init__(self, ratings: Callable[[int], list[DrillRatingInfo]], drill_title: Callable[[str], str],
                 parent=None):
        super().__init__(parent)
        self._ratings = ratings
        self._drill_title = drill_title
        self.wording = DrillWording(self)
        self.setTitle(self.tr("Reflection-drill self-ratings"))
        self.empty = plain_label(self.tr("Select a trainee to read their reflections and self-ratings."))
        self.empty.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Reflection-drill self-ratings of the selected trainee"))
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        self.list.hide()

    def show_trainee(self, trainee_id: int | None, name: str = "") -> None:
        ratings = self._ratings(trainee_id)[:SHOWN] if trainee_id is not None else []
        self.list.clear()
        if trainee_id is None:
            self.setTitle(self.tr("Reflection-drill self-ratings"))
            self.empty.setText(self.tr("Select a trainee to read their reflections and self-ratings."))
        else:
            self.setTitle(fill(self.tr("Reflection-drill self-ratings: %1"), name))
            self.empty.setText(fill(self.tr("%1 has not rated a reflection drill yet."), name))
        for rating in ratings:
            ticked = ", ".join(self.wording.short(code) for code in rating.ticked) or self.tr("nothing ticked")
            self.list.addItem(fill(self.tr("%1 · %2 · %3% (%4)\n“%5”"), when(rating.rated_at),
                                   self._drill_title(rating.drill_id), f"{rating.percent:.0f}", ticked,
                                   rating.reflection))
        self.empty.setVisible(not ratings)
        self.list.setVisible(bool(ratings))
