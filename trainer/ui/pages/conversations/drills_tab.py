"""Reflection drills: the person says a line, the trainee types a reflection, then sees two or
three model reflections and rates their own against a short checklist. Each rating is kept
(operations.conversations.rate_drill); the drill's earlier ratings are listed below it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trainer.content.scenario_schema import ReflectionDrill
from trainer.operations import conversations as ops
from trainer.study.drill_records import DrillRatingInfo, DrillRecordError, DrillRecords
from trainer.ui.content_language import shown_catalog
from trainer.ui.context import AppContext
from trainer.ui.pages.conversations.drills_lists import current_id, refill, side_by_side, when
from trainer.ui.pages.conversations.drills_wording import DrillWording
from trainer.ui.text import fill, say
from trainer.ui.theme import set_role
from trainer.ui.widgets.content_text import plain_label, set_plain_text
from trainer.ui.widgets.scroll import scrolled


class DrillsTab(QWidget):
    def __init__(self, context: AppContext, drills: Callable[[], DrillRecords], parent=None):
        super().__init__(parent)
        self.context = context
        self._drills = drills  # opened on the first look: the database is not needed to show the page
        self.wording = DrillWording(self)
        self._trainee_id: int | None = None
        self._stale = True
        self.setAccessibleName(self.tr("Reflection drills"))

        self.drill_list = QListWidget()
        self.drill_list.setAccessibleName(self.tr("Reflection drills"))
        self.drill_list.currentItemChanged.connect(lambda *_: self._show_drill())

        self.title = plain_label("")
        set_role(self.title, "title")
        self.situation = plain_label("")
        self.situation.setWordWrap(True)
        set_role(self.situation, "muted")
        self.says = plain_label("")
        self.says.setWordWrap(True)
        set_role(self.says, "lead")
        self.says.setAccessibleName(self.tr("What the person says"))
        reflection_label = QLabel(self.tr("Your &reflection:"))
        self.reflection = QPlainTextEdit()
        self.reflection.setTabChangesFocus(True)  # Tab moves on: the keyboard never gets stuck here
        self.reflection.setAccessibleName(self.tr("Your reflection"))
        self.reflection.setPlaceholderText(self.tr("Say back what you hear, as a statement…"))
        self.reflection.setMaximumHeight(self.reflection.fontMetrics().lineSpacing() * 5)
        self.reflection.textChanged.connect(self._update_buttons)
        reflection_label.setBuddy(self.reflection)
        self.reveal_button = QPushButton(self.tr("&Show model reflections"))
        self.reveal_button.clicked.connect(self.reveal)

        self.models_box = QGroupBox(self.tr("Model reflections"))
        self.models_layout = QVBoxLayout(self.models_box)
        self.checklist_box = QGroupBox(self.tr("Rate your own reflection"))
        checklist_layout = QVBoxLayout(self.checklist_box)
        self.checks: dict[str, QCheckBox] = {}
        self.save_button = QPushButton(self.tr("Sa&ve my rating"))
        self.save_button.clicked.connect(self.save_rating)
        self.again_button = QPushButton(self.tr("&Try this drill again"))
        self.again_button.clicked.connect(self.try_again)
        self._checklist_layout = checklist_layout
        self.status = plain_label("")
        self.status.setWordWrap(True)
        self.history_label = QLabel(self.tr("Your earlier reflections on this drill"))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Your earlier reflections on this drill"))
        self.history.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.reveal_button, self.again_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        work = QWidget()
        layout = QVBoxLayout(work)
        for widget in (self.title, self.situation, self.says, reflection_label, self.reflection):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for widget in (self.models_box, self.checklist_box, self.status, self.history_label, self.history):
            layout.addWidget(widget)
        layout.addStretch(1)
        split = QSplitter()
        split.addWidget(self.drill_list)
        split.addWidget(scrolled(work, frame=False))
        side_by_side(split)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        outer.addWidget(split)
        self._reset_work()

    # ---- what the page asks of a tab ----------------------------------------------------
    def focus_target(self) -> QWidget:
        if self.reflection.isEnabled() and not self.reflection.isReadOnly() and self.current_drill():
            return self.reflection
        return self.drill_list

    def refresh(self) -> None:
        """The trainee, the content or the records changed. Off screen it waits for the next show."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        trainee = self.context.trainee
        trainee_id = trainee.id if trainee else None
        another_person = trainee_id != self._trainee_id  # none of the last one's typing stays on screen
        self._trainee_id = trainee_id
        counts = self._drills().rated_drills(trainee_id) if trainee_id is not None else {}
        drills = sorted(shown_catalog(self.context).drills.values(), key=lambda d: d.title.lower())
        keep = current_id(self.drill_list)
        entries = []
        for drill in drills:
            done = counts.get(drill.id, 0)
            entries.append((drill.id, fill(self.tr("%1 (rated %n time(s))", "", done), drill.title)
                            if done else drill.title))
        refill(self.drill_list, entries, keep)
        if self.drill_list.currentItem() is None and self.drill_list.count():
            self.drill_list.setCurrentRow(0)  # shows it
        elif another_person or current_id(self.drill_list) is None:
            self._show_drill()
        else:
            self._show_history()

    def showEvent(self, event):  # noqa: N802 - a refresh skipped while hidden happens now
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # ---- the drill ----------------------------------------------------------------------
    def current_drill(self) -> ReflectionDrill | None:
        drill_id = current_id(self.drill_list)
        return shown_catalog(self.context).drills.get(drill_id) if drill_id else None

    def _show_drill(self) -> None:
        drill = self.current_drill()
        self._reset_work()
        if drill is None:
            set_plain_text(self.title, self.tr("No reflection drills are loaded."))
            return
        set_plain_text(self.title, drill.title)
        set_plain_text(self.situation, drill.context)
        self.situation.setVisible(bool(drill.context))
        set_plain_text(self.says, fill(self.tr("They say: “%1”"), drill.person_says))
        self.says.setAccessibleDescription(drill.person_says)
        for code in drill.checklist:
            box = QCheckBox(self.wording.item(code))
            box.setToolTip(self.wording.hint(code))
            box.setAccessibleDescription(self.wording.hint(code))
            self._checklist_layout.addWidget(box)
            self.checks[code] = box
        self._checklist_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_history()
        self._update_buttons()

    def _reset_work(self) -> None:
        """A fresh start on the current drill: empty reflection, models and checklist hidden."""
        self.reflection.blockSignals(True)
        self.reflection.clear()
        self.reflection.blockSignals(False)
        self.reflection.setReadOnly(False)
        for box in self.checks.values():
            box.deleteLater()
        self.checks = {}
        _clear(self.models_layout)
        self.models_box.hide()
        self.checklist_box.hide()
        self.again_button.hide()
        self.status.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_text = bool(self.reflection.toPlainText().strip())
        signed_in = self.context.trainee is not None
        self.reveal_button.setVisible(not self.reflection.isReadOnly())
        self.reveal_button.setEnabled(has_text and self.current_drill() is not None)
        self.save_button.setEnabled(has_text and signed_in and not self.again_button.isVisible())
        self.reflection.setEnabled(self.current_drill() is not None)

    def reveal(self) -> None:
        """The models, once the trainee has committed to a reflection of their own."""
        drill = self.current_drill()
        if drill is None or not self.reflection.toPlainText().strip():
            return
        self.reflection.setReadOnly(True)  # rated as typed: the models must not rewrite it
        _clear(self.models_layout)
        for number, model in enumerate(drill.models, 1):
            text = plain_label(fill(self.tr("%1. “%2” (%3)"), number, model.text,
                                    self.wording.model_kind(model.code)))
            text.setWordWrap(True)
            self.models_layout.addWidget(text)
            if model.why:
                why = plain_label(model.why)
                why.setWordWrap(True)
                set_role(why, "muted")
                self.models_layout.addWidget(why)
        self.models_box.show()
        self.checklist_box.show()
        self._update_buttons()
        if self.checks:
            next(iter(self.checks.values())).setFocus()

    def ticked(self) -> list[str]:
        return [code for code, box in self.checks.items() if box.isChecked()]

    def save_rating(self) -> None:
        drill, trainee = self.current_drill(), self.context.trainee
        if drill is None or trainee is None or self.again_button.isVisible():
            return
        try:
            rating: DrillRatingInfo = self.context.perform(ops.rate_drill(
                self._drills(), trainee.id, drill, self.reflection.toPlainText(), self.ticked()), source=self)
        except DrillRecordError as refused:
            self.status.setText(say(refused.message))
            return
        for box in self.checks.values():
            box.setEnabled(False)
        self.again_button.show()
        self._update_buttons()
        self.status.setText(self._score_text(rating, drill))
        self._show_history()
        self.again_button.setFocus()

    def try_again(self) -> None:
        self._show_drill()
        self.reflection.setFocus()

    # ---- words --------------------------------------------------------------------------
    def _score_text(self, rating: DrillRatingInfo, drill: ReflectionDrill) -> str:
        total = len(drill.checklist)
        saved = fill(self.tr("Saved: %1 of %n checklist item(s) ticked.", "", total), len(rating.ticked))
        missing = [self.wording.hint(code) for code in drill.checklist if code not in rating.ticked]
        return " ".join([saved, *missing]) if missing else saved + " " + self.tr("Well done.")

    def _show_history(self) -> None:
        drill, trainee = self.current_drill(), self.context.trainee
        ratings = self._drills().history(trainee.id, drill.id) if drill and trainee else []
        self.history.clear()
        for rating in ratings:
            items = ", ".join(self.wording.short(code) for code in rating.ticked) or self.tr("nothing ticked")
            self.history.addItem(fill(self.tr("%1 · %2 of %3 · %4\n“%5”"), when(rating.rated_at),
                                      len(rating.ticked), len(drill.checklist), items, rating.reflection))
        self.history_label.setVisible(bool(ratings))
        self.history.setVisible(bool(ratings))


def _clear(layout) -> None:
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.deleteLater()
