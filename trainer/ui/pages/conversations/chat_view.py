"""A role-play as a chat: what the person says, then 3–4 replies to choose from.

Keys 1–4 choose, Enter continues after the feedback (practice mode) or presses the focused
reply. Each choice is an operation, written before the chat moves on. For a screen reader
the newest line is in every reply's accessible description, and focus moves to the first
reply (or to Continue) each time the person speaks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.content.scenario_schema import MAX_CHOICES, Node, Scenario
from trainer.operations.conversations import choose
from trainer.study.conversation_records import ConversationMode, ConversationRecords, SavedRun
from trainer.study.conversations import ConversationRun, RunError
from trainer.ui.context import AppContext
from trainer.ui.pages.conversations.choice_button import ChoiceButton
from trainer.ui.pages.conversations.wording import ConversationWording
from trainer.ui.text import fill
from trainer.ui.theme import set_role


class ChatView(QWidget):
    ended = Signal()  # the run reached its ending and the person has read it

    def __init__(self, context: AppContext, records: Callable[[], ConversationRecords], parent=None):
        super().__init__(parent)
        self.context = context
        self.records = records
        self.wording = ConversationWording(self)
        self.scenario: Scenario | None = None
        self.saved: SavedRun | None = None
        self.run: ConversationRun | None = None
        self.waiting_to_continue = False

        self.heading = QLabel()
        set_role(self.heading, "lead")
        self.heading.setWordWrap(True)
        self.situation = QLabel()
        self.situation.setWordWrap(True)
        set_role(self.situation, "subtitle")
        self.transcript = QListWidget()
        self.transcript.setAccessibleName(self.tr("Conversation so far"))
        self.transcript.setWordWrap(True)
        self.transcript.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.transcript.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.latest = QLabel()
        self.latest.setWordWrap(True)
        self.latest.setTextFormat(Qt.TextFormat.PlainText)
        self.latest.setAccessibleName(self.tr("What the person just said"))
        set_role(self.latest, "lead")

        self.feedback = QFrame()
        set_role(self.feedback, "card")
        self.feedback_text = QLabel()
        self.feedback_text.setWordWrap(True)
        self.feedback_text.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback_text.setAccessibleName(self.tr("Feedback on your reply"))
        self.continue_button = QPushButton(self.tr("&Continue (Enter)"))
        set_role(self.continue_button, "primary")
        self.continue_button.clicked.connect(self.continue_)
        feedback_layout = QVBoxLayout(self.feedback)
        feedback_layout.addWidget(self.feedback_text)
        feedback_layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.feedback.hide()

        self.prompt = QLabel(self.tr("Your reply (press 1 to 4):"))
        self.choice_buttons = []
        for index in range(MAX_CHOICES):
            button = ChoiceButton()
            button.clicked.connect(lambda _=False, i=index: self.choose(i))
            self.choice_buttons.append(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.situation)
        layout.addWidget(self.transcript, 1)
        layout.addWidget(self.latest)
        layout.addWidget(self.feedback)
        layout.addWidget(self.prompt)
        for button in self.choice_buttons:
            layout.addWidget(button)

        for index in range(MAX_CHOICES):
            key = QShortcut(QKeySequence(str(index + 1)), self)
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.activated.connect(lambda i=index: self.choose(i))
        for name in ("Return", "Enter"):
            key = QShortcut(QKeySequence(name), self)
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.activated.connect(self._enter)

    # ---- opening a run -----------------------------------------------------------------
    def open(self, scenario: Scenario, saved: SavedRun, run: ConversationRun) -> None:
        """Show the run from its start: a resumed run's earlier lines first."""
        self.scenario, self.saved, self.run = scenario, saved, run
        self.waiting_to_continue = False
        self.heading.setText(fill(self.tr("%1 — %2 mode"), scenario.title, self.wording.mode(saved.mode)))
        self.situation.setText(scenario.person.situation)
        self.transcript.clear()
        self._add_line(self._says(scenario.first))
        for step in run.steps:
            choice = scenario.node(step.node_id).choices[step.choice_index]
            self._add_line(fill(self.tr("You: %1"), choice.text))
            if self.practice:
                self._add_line(self._feedback_line(choice.code, choice.feedback))
            self._add_line(self._says(scenario.node(step.next_id)))
        self.feedback.hide()
        self._show_node(run.current)

    @property
    def practice(self) -> bool:
        return self.saved is not None and self.saved.mode is ConversationMode.PRACTICE

    def focus_target(self) -> QWidget:
        if self.waiting_to_continue:
            return self.continue_button
        visible = [b for b in self.choice_buttons if b.isVisibleTo(self)]
        return visible[0] if visible else self.transcript

    # ---- choosing ----------------------------------------------------------------------
    def choose(self, index: int) -> None:
        run = self.run
        if run is None or self.waiting_to_continue or run.finished or index >= len(run.current.choices):
            return
        try:
            outcome = self.context.perform(choose(self.records(), self.saved.id, run, index), source=self)
        except RunError:
            return
        self._add_line(fill(self.tr("You: %1"), outcome.choice.text))
        if self.practice:
            self._add_line(self._feedback_line(outcome.choice.code, outcome.choice.feedback))
            self.feedback_text.setText(self._feedback_line(outcome.choice.code, outcome.choice.feedback))
            self.continue_button.setAccessibleDescription(self.feedback_text.text())
            self.feedback.show()
            self._hide_choices()
            self.waiting_to_continue = True
            self.continue_button.setFocus()
            return
        self._next()

    def continue_(self) -> None:
        if not self.waiting_to_continue:
            return
        self.waiting_to_continue = False
        self.feedback.hide()
        self._next()

    def _next(self) -> None:
        node = self.run.current
        self._add_line(self._says(node))
        self._show_node(node)

    def _enter(self) -> None:
        if self.waiting_to_continue:
            self.continue_()
            return
        focused = QApplication.focusWidget()
        if focused in self.choice_buttons:
            focused.click()

    # ---- showing -----------------------------------------------------------------------
    def _show_node(self, node: Node) -> None:
        said = self._says(node)
        self.latest.setText(said)
        if node.is_ending:
            self._hide_choices()
            self._add_line(fill(self.tr("How it ended: %1"), node.ending))
            self.ended.emit()
            return
        self.prompt.show()
        for index, button in enumerate(self.choice_buttons):
            if index < len(node.choices):
                text = node.choices[index].text
                button.set_reply(index + 1, text, fill(self.tr("Reply %1: %2"), index + 1, text))
                button.setAccessibleDescription(said)
                button.show()
            else:
                button.hide()
        self.choice_buttons[0].setFocus()

    def _hide_choices(self) -> None:
        self.prompt.hide()
        for button in self.choice_buttons:
            button.hide()

    def _says(self, node: Node) -> str:
        return fill(self.tr("%1: %2"), self.scenario.person.name, node.says)

    def _feedback_line(self, code: str, feedback: str) -> str:
        return fill(self.tr("Feedback (%1): %2"), self.wording.code(code), feedback)

    def _add_line(self, text: str) -> None:
        item = QListWidgetItem(text)
        self.transcript.addItem(item)
        self.transcript.setCurrentItem(item)
        self.transcript.scrollToItem(item)

    def lines(self) -> list[str]:
        return [self.transcript.item(i).text() for i in range(self.transcript.count())]
