"""Conversations: a page of three tabs, each practising a skill a quiz cannot.

Every tab is a QWidget built as `Tab(context, service)`, where `service` is a zero-argument
callable giving the records service it uses (the database opens on first use), and may
offer `refresh()` (called when the trainee, the content or the records change) and
`focus_target()` (the control that takes focus when the page or the tab is shown)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from trainer.operations import Change
from trainer.study.conversation_records import ConversationRecords
from trainer.study.drill_records import DrillRecords
from trainer.study.note_records import NoteRecords
from trainer.ui.context import AppContext
from trainer.ui.pages.conversations.drills_tab import DrillsTab
from trainer.ui.pages.conversations.notes_tab import NotesTab
from trainer.ui.pages.conversations.scenario_tab import ScenarioTab
from trainer.ui.theme import set_role


class ConversationsPage(QWidget):
    def __init__(self, context: AppContext, records: Callable[[], ConversationRecords],
                 drills: Callable[[], DrillRecords], notes: Callable[[], NoteRecords], parent=None):
        super().__init__(parent)
        self.context = context
        self.records = records
        self.setAccessibleName(self.tr("Conversations"))
        heading = QLabel(self.tr("Conversations"))
        set_role(heading, "title")
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Kinds of conversation practice"))
        self.scenarios = ScenarioTab(context, records)
        self.drills = DrillsTab(context, drills)
        self.notes = NotesTab(context, notes)
        self.tabs.addTab(self.scenarios, self.tr("&Role-plays"))
        self.tabs.addTab(self.drills, self.tr("Reflection &drills"))
        self.tabs.addTab(self.notes, self.tr("Progress &notes"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        context.on(Change.TRAINEE | Change.CONTENT | Change.CONVERSATIONS, self.refresh, self)

    def tab_pages(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def refresh(self) -> None:
        for tab in self.tab_pages():
            refresh = getattr(tab, "refresh", None)
            if refresh is not None:
                refresh()

    def prepare(self) -> None:
        """Before the page is shown (the window calls this): the lists are up to date."""
        self.refresh()

    def focus_target(self) -> QWidget | None:
        tab = self.tabs.currentWidget()
        target = getattr(tab, "focus_target", None)
        return target() if target is not None else tab

    def _tab_shown(self, _index: int) -> None:
        target = self.focus_target()
        if target is not None:
            target.setFocus()
