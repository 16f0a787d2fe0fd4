"""The Dashboard's "Conversation skills" card: the latest finished role-play's measures
against their MITI thresholds. A study signal, never a board requirement, so it is not
part of readiness."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

from trainer.operations import Change
from trainer.study.overview import Overview
from trainer.ui.content_language import shown_catalog
from trainer.ui.context import AppContext
from trainer.ui.text import fill
from trainer.ui.theme import set_role, set_status

MEASURES = 3


class ConversationSkillsCard(QFrame):
    def __init__(self, context: AppContext, overview: Overview, parent=None):
        super().__init__(parent)
        self.context = context
        self.overview = overview
        set_role(self, "card")
        self.setAccessibleName(self.tr("Conversation skills"))
        heading = QLabel(self.tr("Conversation skills"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        note = QLabel(self.tr("A study signal from your latest role-play, not a board requirement."))
        note.setWordWrap(True)
        set_role(note, "muted")
        self.latest = QLabel()
        self.latest.setWordWrap(True)
        self.latest.setTextFormat(Qt.TextFormat.PlainText)  # scenario titles: never rich text
        self.measure_labels = []
        layout = QVBoxLayout(self)
        for widget in (heading, note, self.latest):
            layout.addWidget(widget)
        for _ in range(MEASURES):
            label = QLabel()
            label.setWordWrap(True)
            self.measure_labels.append(label)
            layout.addWidget(label)
        self.practise = QPushButton(self.tr("Practise a conversation"))
        self.practise.clicked.connect(lambda: context.navigate.emit("conversations"))
        layout.addWidget(self.practise, 0, Qt.AlignmentFlag.AlignLeft)
        context.on(Change.CONVERSATIONS | Change.TRAINEE | Change.CONTENT, self.refresh, self)
        self.refresh()

    def refresh(self) -> None:
        trainee = self.context.trainee
        latest = self.overview.latest_conversation(trainee.id) if trainee is not None else None
        if latest is None:
            self.latest.setText(self.tr("No role-play finished yet. Try one on the Conversations page: each "
                                        "shows how your replies compare with the MITI thresholds."))
            for label in self.measure_labels:
                label.hide()
            return
        # Loaded only for a trainee who has played: the dashboard's start stays light.
        from trainer.study.conversations import summarise
        from trainer.ui.pages.conversations.wording import LEVEL_STATUS, ConversationWording

        scenario_id, finished_at, steps = latest
        scenario = shown_catalog(self.context).scenarios.get(scenario_id)
        title = scenario.title if scenario is not None else scenario_id
        self.latest.setText(fill(self.tr("Latest role-play: %1 (%2)"), title, f"{finished_at:%Y-%m-%d}"))
        summary = summarise([code for code, _ in steps], [talk for _, talk in steps])
        wording = ConversationWording(self)
        measures = (summary.reflection_to_question, summary.percent_complex_reflections,
                    summary.percent_open_questions)
        for label, measure in zip(self.measure_labels, measures, strict=True):
            label.setText(fill(self.tr("%1: %2 — %3"), wording.measure_name(measure.code),
                               wording.measure_figure(measure), wording.level(measure.level)))
            label.setToolTip(wording.measure_thresholds(measure))
            label.setAccessibleName(wording.measure_line(measure))
            set_status(label, LEVEL_STATUS[measure.level])
            label.show()
