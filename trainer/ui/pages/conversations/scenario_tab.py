"""The Role-plays tab: choose a scenario (title, domain, done or not, best run), play it as a
chat in practice or assessment mode, read the summary at its end, replay it, and look back
at each earlier run of the scenario.

An unfinished run (the app closed, or crashed, mid-conversation) is resumed where it
stopped, or left when the trainee starts again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.content.scenario_schema import Scenario
from trainer.operations.conversations import start_run
from trainer.study.conversation_records import (
    ConversationMode,
    ConversationRecords,
    SavedRun,
    best_run,
    resumed,
)
from trainer.study.conversations import ConversationRun, summarise_steps
from trainer.ui.content_language import shown_catalog
from trainer.ui.context import AppContext
from trainer.ui.formats import date_time_text
from trainer.ui.pages.conversations.chat_view import ChatView
from trainer.ui.pages.conversations.summary_view import SummaryView
from trainer.ui.pages.conversations.wording import ConversationWording
from trainer.ui.text import fill
from trainer.ui.theme import set_role

SCENARIO_ROLE = Qt.ItemDataRole.UserRole
RUN_ROLE = Qt.ItemDataRole.UserRole + 1


class ScenarioTab(QWidget):
    def __init__(self, context: AppContext, records: Callable[[], ConversationRecords], parent=None):
        super().__init__(parent)
        self.context = context
        self.records = records
        self.wording = ConversationWording(self)
        self.runs: dict[str, list[SavedRun]] = {}  # the trainee's runs by scenario, oldest first
        self.summary_mode = ConversationMode.PRACTICE  # of the run the summary shows: a replay keeps it
        self.stack = QStackedWidget()
        self.chooser = self._build_chooser()
        self.chat = ChatView(context, records)
        self.chat.ended.connect(self._run_ended)
        self.summary = SummaryView()
        self.summary.replay_requested.connect(self.replay)
        self.summary.back_requested.connect(self.back_to_list)
        for view in (self.chooser, self.chat, self.summary):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_chooser(self) -> QWidget:
        chooser = QWidget()
        self.scenario_list = QListWidget()
        self.scenario_list.setAccessibleName(self.tr("Role-play scenarios"))
        self.scenario_list.setWordWrap(True)
        self.scenario_list.setSpacing(2)
        self.scenario_list.currentItemChanged.connect(lambda *_: self._show_details())
        self.scenario_list.itemActivated.connect(lambda _item: self.open_selected())
        self.title = QLabel()
        set_role(self.title, "lead")
        self.title.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAccessibleName(self.tr("About this scenario"))
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Practice: feedback after each reply"), ConversationMode.PRACTICE)
        self.mode_combo.addItem(self.tr("Assessment: feedback only at the end"), ConversationMode.ASSESSMENT)
        self.mode_combo.setAccessibleName(self.tr("Mode"))
        mode_label = QLabel(self.tr("&Mode:"))
        mode_label.setBuddy(self.mode_combo)
        self.start_button = QPushButton(self.tr("&Start"))
        set_role(self.start_button, "primary")
        self.start_button.clicked.connect(self.start_selected)
        self.resume_button = QPushButton(self.tr("Res&ume where you stopped"))
        self.resume_button.clicked.connect(self.resume_selected)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Earlier runs of this scenario"))
        self.history.itemActivated.connect(self._show_history_item)
        history_label = QLabel(self.tr("&Earlier runs (Enter shows the summary):"))
        history_label.setBuddy(self.history)
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        form = QFormLayout()
        form.addRow(mode_label, self.mode_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.details)
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(history_label)
        right.addWidget(self.history, 1)
        list_label = QLabel(self.tr("S&cenarios:"))
        list_label.setBuddy(self.scenario_list)
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.scenario_list, 1)
        left.addWidget(self.empty)
        layout = QHBoxLayout(chooser)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        return chooser

    # ---- what the page asks of a tab ---------------------------------------------------
    def refresh(self) -> None:
        """The list follows the trainee, the content and the records; a chat in progress stays
        (the list is read again when the trainee goes back to it)."""
        if self.stack.currentWidget() is not self.chooser:
            if self.context.trainee is None or (self.chat.scenario is not None and
                                                self.chat.scenario.id not in shown_catalog(self.context).scenarios):
                self.stack.setCurrentWidget(self.chooser)  # whose chat it was, or what it was, is gone
            else:
                return
        current = self.selected_id()
        trainee = self.context.trainee
        self.runs = {}
        if trainee is not None and shown_catalog(self.context).scenarios:
            for saved in self.records().saved_runs(trainee.id):
                self.runs.setdefault(saved.record.scenario_id, []).append(saved)
        self.scenario_list.blockSignals(True)
        self.scenario_list.clear()
        for scenario in self._scenarios():
            item = QListWidgetItem(self._list_text(scenario))
            item.setData(SCENARIO_ROLE, scenario.id)
            self.scenario_list.addItem(item)
            if scenario.id == current:
                self.scenario_list.setCurrentItem(item)
        if self.scenario_list.currentRow() < 0 and self.scenario_list.count():
            self.scenario_list.setCurrentRow(0)
        self.scenario_list.blockSignals(False)
        if trainee is None:
            self.empty.setText(self.tr("Choose who is studying first (Settings)."))
        elif not self.scenario_list.count():
            self.empty.setText(self.tr("No role-play scenarios are installed."))
        else:
            self.empty.setText("")
        self._show_details()

    def focus_target(self) -> QWidget:
        view = self.stack.currentWidget()
        if view is self.chat:
            return self.chat.focus_target()
        if view is self.summary:
            return self.summary.focus_target()
        return self.scenario_list

    # ---- the list ----------------------------------------------------------------------
    def _scenarios(self) -> list[Scenario]:
        return sorted(shown_catalog(self.context).scenarios.values(), key=lambda s: (s.title.casefold(), s.id))

    def selected_id(self) -> str | None:
        item = self.scenario_list.currentItem()
        return item.data(SCENARIO_ROLE) if item is not None else None

    def selected(self) -> Scenario | None:
        scenario_id = self.selected_id()
        return shown_catalog(self.context).scenarios.get(scenario_id) if scenario_id else None

    def select(self, scenario_id: str) -> None:
        for row in range(self.scenario_list.count()):
            if self.scenario_list.item(row).data(SCENARIO_ROLE) == scenario_id:
                self.scenario_list.setCurrentRow(row)
                return

    def _domain(self, scenario: Scenario) -> str:
        domain = shown_catalog(self.context).domains.get(scenario.domain)
        return domain.name if domain is not None else scenario.domain

    def _status(self, scenario_id: str) -> str:
        runs = self.runs.get(scenario_id, [])
        if any(run.completed for run in runs):
            return self.tr("Done")
        if any(not run.finished for run in runs):
            return self.tr("In progress")
        return self.tr("Not tried yet")

    def _list_text(self, scenario: Scenario) -> str:
        parts = [self._domain(scenario), self._status(scenario.id)]
        best = best_run(self.runs.get(scenario.id, []))
        if best is not None:
            parts.append(self.wording.best(summarise_steps(best.record.steps)))
        return f"{scenario.title}\n" + " · ".join(parts)

    def _unfinished(self, scenario_id: str) -> SavedRun | None:
        waiting = [run for run in self.runs.get(scenario_id, []) if not run.finished]
        return waiting[-1] if waiting else None

    def _show_details(self) -> None:
        scenario = self.selected()
        has_trainee = self.context.trainee is not None
        self.start_button.setEnabled(scenario is not None and has_trainee)
        self.history.clear()
        if scenario is None:
            self.title.setText("")
            self.details.setText("")
            self.resume_button.hide()
            return
        person = scenario.person
        self.title.setText(scenario.title)
        lines = [scenario.summary, fill(self.tr("%1: %2"), person.name, person.situation),
                 fill(self.tr("Domain: %1"), self._domain(scenario))]
        self.details.setText("\n\n".join(line for line in lines if line))
        self.resume_button.setVisible(self._unfinished(scenario.id) is not None)
        for saved in reversed(self.runs.get(scenario.id, [])):
            item = QListWidgetItem(self._history_text(saved))
            item.setData(RUN_ROLE, saved.id)
            self.history.addItem(item)

    def _history_text(self, saved: SavedRun) -> str:
        record = saved.record
        when = date_time_text(record.started_at)
        if saved.completed:
            state = fill(self.tr("finished: %1"), self.wording.rated(summarise_steps(record.steps)))
        elif saved.finished:
            state = self.tr("left before the end")
        else:
            state = self.tr("in progress")
        return fill(self.tr("%1 · %2 mode · %3 · %n decision(s)", "", len(record.steps)), when,
                    self.wording.mode(saved.mode), state)

    # ---- starting, resuming, replaying -------------------------------------------------
    def open_selected(self) -> None:
        """Enter on a scenario: resume its unfinished run, or start one."""
        scenario = self.selected()
        if scenario is not None and self._unfinished(scenario.id) is not None and self.resume_selected():
            return
        self.start_selected()

    def start_selected(self) -> None:
        scenario, trainee = self.selected(), self.context.trainee
        if scenario is None or trainee is None:
            return
        waiting = self._unfinished(scenario.id)
        mode = self.mode_combo.currentData()
        saved = self.context.perform(start_run(self.records(), trainee.id, scenario, mode,
                                               leaving=waiting.id if waiting is not None else None), source=self)
        self._play(scenario, saved)

    def resume_selected(self) -> bool:
        scenario = self.selected()
        waiting = self._unfinished(scenario.id) if scenario is not None else None
        if waiting is None:
            return False
        run = resumed(scenario, waiting)
        if run is None:  # the scenario changed under it: it can only start again
            self.resume_button.hide()
            self.empty.setText(self.tr("This scenario has changed since your unfinished run: start it again."))
            return False
        self.chat.open(scenario, waiting, run)
        self._show(self.chat)
        return True

    def _play(self, scenario: Scenario, saved: SavedRun) -> None:
        self.chat.open(scenario, saved, ConversationRun(scenario))
        self._show(self.chat)

    def replay(self) -> None:
        """The same scenario again, in the same mode, from the start."""
        scenario = self.chat.scenario or self.selected()
        if scenario is None:
            return
        self.select(scenario.id)
        index = self.mode_combo.findData(self.summary_mode)
        if index >= 0:
            self.mode_combo.setCurrentIndex(index)
        self.start_selected()

    def back_to_list(self) -> None:
        self._show(self.chooser)

    def _run_ended(self) -> None:
        saved = self.records().saved_run(self.chat.saved.id)
        self.summary_mode = saved.mode
        self.summary.show_run(self.chat.scenario, saved, self.chat.scenario.title)
        self._show(self.summary)

    def _show_history_item(self, item: QListWidgetItem) -> None:
        scenario = self.selected()
        saved = self.records().saved_run(item.data(RUN_ROLE))
        if saved is None or scenario is None:
            return
        if not saved.finished:
            self.resume_selected()
            return
        self.summary_mode = saved.mode
        self.chat.scenario = scenario
        self.summary.show_run(scenario, saved, scenario.title)
        self._show(self.summary)

    def _show(self, view: QWidget) -> None:
        self.stack.setCurrentWidget(view)
        if view is self.chooser:
            self.refresh()
        self.focus_target().setFocus()
