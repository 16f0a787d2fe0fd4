"""The end of a role-play: the MITI-style summary, each measure against its fair and good
thresholds in plain words, the counts, and every reply with its feedback.

The summary is a list of sentences, so it is read line by line with the arrow keys and a
screen reader reads each whole; the measures are coloured by their level."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.content.scenario_schema import Scenario
from trainer.study.conversation_records import SavedRun
from trainer.study.conversations import ConversationSummary, MeasureCode, summarise_steps
from trainer.ui.pages.conversations.wording import LEVEL_STATUS, ConversationWording
from trainer.ui.text import fill
from trainer.ui.theme import colours, set_role


class SummaryView(QWidget):
    replay_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.wording = ConversationWording(self)
        self.summary: ConversationSummary | None = None
        self.measure_items: dict[MeasureCode, QListWidgetItem] = {}
        self.heading = QLabel()
        set_role(self.heading, "lead")
        self.heading.setWordWrap(True)
        self.lines = QListWidget()
        self.lines.setAccessibleName(self.tr("Summary of the conversation"))
        self.lines.setWordWrap(True)
        self.lines.setSpacing(3)
        self.lines.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.replay_button = QPushButton(self.tr("Re&play with other choices"))
        set_role(self.replay_button, "primary")
        self.replay_button.clicked.connect(self.replay_requested)
        self.back_button = QPushButton(self.tr("&Back to the scenarios"))
        self.back_button.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.replay_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines, 1)
        layout.addLayout(buttons)

    def show_run(self, scenario: Scenario | None, saved: SavedRun, title: str) -> ConversationSummary:
        """The summary of a stored run (from its own codes, so edits of the scenario since do
        not change it); `scenario` words the replies when it still has them."""
        record = saved.record
        summary = self.summary = summarise_steps(record.steps)
        self.heading.setText(fill(self.tr("How it went: %1 (%2 mode)"), title, self.wording.mode(saved.mode)))
        self.lines.clear()
        self.measure_items = {}
        ending = scenario.nodes.get(record.ending_id) if scenario is not None and record.ending_id else None
        if ending is not None:
            self._add(fill(self.tr("How it ended: %1"), ending.ending))
        elif record.ending_id is None:
            self._add(self.tr("This run was left before an ending."))
        self._add(self.wording.decisions(summary))
        self._section(self.tr("Your responses, against the MITI 4 thresholds"))
        for measure in (summary.reflection_to_question, summary.percent_complex_reflections,
                        summary.percent_open_questions):
            text = "\n".join([
                fill(self.tr("%1: %2 — %3"), self.wording.measure_name(measure.code),
                     self.wording.measure_figure(measure), self.wording.level(measure.level)),
                self.wording.measure_thresholds(measure),
                self.wording.measure_meaning(measure.code)])
            item = self._add(text, status=LEVEL_STATUS[measure.level])
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.wording.measure_line(measure))
            self.measure_items[measure.code] = item
        self._section(self.tr("MI-adherent and non-adherent responses"))
        for line in self.wording.adherence(summary):
            self._add(line)
        self._section(self.tr("What the person said back"))
        for line in self.wording.talk(summary):
            self._add(line)
        peer = self.wording.peer_role(summary)
        if peer:
            self._section(self.tr("Peer-role moments"))
            for line in peer:
                self._add(line)
        self._section(self.tr("Your replies, one by one"))
        for number, step in enumerate(record.steps, start=1):
            self._add(self._reply_line(scenario, number, step))
        self.lines.setCurrentRow(0)
        return summary

    def _reply_line(self, scenario: Scenario | None, number: int, step) -> str:
        node = scenario.nodes.get(step.node_id) if scenario is not None else None
        choice = node.choices[step.choice_index] if node is not None and step.choice_index < len(node.choices) \
            else None
        code = self.wording.code(step.code)
        if choice is None:  # the scenario changed since: the code is still known
            return fill(self.tr("%1. %2"), number, code)
        return fill(self.tr("%1. “%2” — %3. %4"), number, choice.text, code, choice.feedback)

    def focus_target(self) -> QWidget:
        return self.lines

    def _section(self, text: str) -> None:
        item = self._add(text)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)

    def _add(self, text: str, status: str | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        if status is not None:
            item.setForeground(QBrush(QColor(colours()["status"][status])))
        self.lines.addItem(item)
        return item
