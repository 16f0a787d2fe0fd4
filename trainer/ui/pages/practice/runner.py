"""Runs one attempt: practice (feedback after each answer) or exam (timed, feedback at the end).

Each answer, flag and the elapsed time are saved as they happen, as operations
(trainer.operations.attempts). Each write returns the saved question, which replaces the
runner's copy, so moving around never reloads the attempt. The clock shown follows the
service's count, and the service refuses answers after the time is up (TimeUp).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.operations import Done
from trainer.operations import attempts as ops
from trainer.study.attempts import EXAM, REVIEW, AttemptService, AttemptView, ItemView, TimeUp
from trainer.ui.pages.practice.exam_questions import ExamQuestions
from trainer.ui.pages.practice.navigator import NavigatorDialog
from trainer.ui.text import fill
from trainer.ui.theme import set_role
from trainer.ui.widgets.question_view import LETTERS, QuestionView
from trainer.ui.widgets.scroll import scrolled

SAVE_EVERY_SECONDS = 5


def format_clock(seconds: int) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class AttemptRunner(QWidget):
    finished = Signal(int, bool)  # attempt id, submitted because the time was up
    left = Signal(int)  # attempt id: left unfinished (resumable) or abandoned on purpose
    reread_requested = Signal(str, str)  # bank id, section title
    reviewed = Signal(str, str)  # question id, rating name (review mode)

    def __init__(self, attempts: AttemptService, catalog, perform: Callable[[Done], object], parent=None):
        super().__init__(parent)
        self.attempts = attempts
        self.catalog = catalog
        self.perform = perform  # delivers an operation's changes (AppContext.perform) and returns its value
        self.attempt: AttemptView | None = None
        self.index = 0
        self.checked: set[int] = set()  # practice items whose feedback was shown
        self.ratings: dict[int, str] = {}  # review mode: position -> fsrs rating name
        self._elapsed_at_start = 0
        self._clock_start = 0.0
        self._item_start = 0.0
        self._item_base = 0  # seconds the shown question had when it was shown
        self._last_save = 0.0
        # Replaced in tests: ask before submitting (True: submit) and before leaving an exam.
        questions = ExamQuestions(self)
        self.confirm = lambda unanswered, flagged: questions.ask_submit(self, unanswered, flagged)
        self.ask_leave = lambda: questions.ask_leave(self)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a bank's title: never rich text
        set_role(self.title, "title")
        self.clock = QLabel()
        self.clock.setAccessibleName(self.tr("Time"))
        font = self.clock.font()
        font.setBold(True)
        self.clock.setFont(font)
        self.view = QuestionView()
        self.view.reread_requested.connect(self.reread_requested)
        self.view.answer_changed.connect(self._answer_changed)
        scroll = scrolled(self.view)

        self.previous_button = QPushButton(self.tr("&Previous"))
        self.flag_button = QPushButton(self.tr("Flag for review (F)"))
        self.flag_button.setCheckable(True)
        self.navigator_button = QPushButton(self.tr("Navigator (Ctrl+G)"))
        self.primary_button = QPushButton()
        set_role(self.primary_button, "primary")
        self.submit_button = QPushButton(self.tr("&Submit exam"))
        self.leave_button = QPushButton(self.tr("&Leave"))
        self.leave_button.setToolTip(self.tr("Leave now (Escape): your answers are kept"))
        self.confidence = QWidget()
        confidence_row = QHBoxLayout(self.confidence)
        confidence_row.setContentsMargins(0, 0, 0, 0)
        confidence_row.addWidget(QLabel(self.tr("How sure were you?")))
        self.confidence_buttons = {}
        for rating, label in (("hard", self.tr("I guessed")), ("good", self.tr("Fairly sure")),
                              ("easy", self.tr("Very sure"))):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, r=rating: self._rate(r))
            confidence_row.addWidget(button)
            self.confidence_buttons[rating] = button
        self.previous_button.clicked.connect(self.go_previous)
        self.flag_button.clicked.connect(self.toggle_flag)
        self.navigator_button.clicked.connect(self.open_navigator)
        self.primary_button.clicked.connect(self.primary_action)
        self.submit_button.clicked.connect(self.submit)
        self.leave_button.clicked.connect(self.leave)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.clock)
        self.confidence.hide()  # shown after a right answer in review
        buttons = QHBoxLayout()
        for widget in (self.leave_button, self.previous_button, self.flag_button, self.navigator_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.primary_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.confidence, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self._shortcuts()

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for number in range(1, 10):
            QShortcut(QKeySequence(str(number)), self, lambda n=number: self.view.choose_display(n - 1), context=context)
        for display, letter in enumerate(LETTERS[:5]):
            QShortcut(QKeySequence(letter), self, lambda d=display: self.view.choose_display(d), context=context)
        bindings = (("Return", self.primary_action), ("Enter", self.primary_action), ("F", self.toggle_flag),
                    ("PgDown", self.go_next), ("PgUp", self.go_previous), ("Right", self.go_next),
                    ("Left", self.go_previous), ("Ctrl+G", self.open_navigator), ("Escape", self.leave),
                    ("Alt+Up", lambda: self.view.move_selected(-1)),
                    ("Alt+Down", lambda: self.view.move_selected(1)))
        for keys, slot in bindings:
            QShortcut(QKeySequence(keys), self, slot, context=context)

    # ---- lifecycle ------------------------------------------------------------------
    @property
    def is_exam(self) -> bool:
        return self.attempt is not None and self.attempt.mode == EXAM

    def start(self, attempt: AttemptView) -> None:
        self.attempt = attempt
        self.ratings = {}
        self.checked = {i.position for i in attempt.items if i.answered} if not self.is_exam else set()
        self.title.setText(attempt.title or self.tr("Practice"))
        self._elapsed_at_start = attempt.elapsed_seconds
        self._clock_start = time.monotonic()
        self._last_save = self._clock_start
        unanswered = attempt.unanswered()
        self.show_item(unanswered[0] if unanswered else 0)
        self.submit_button.setVisible(self.is_exam)
        self.flag_button.setVisible(True)
        self.navigator_button.setVisible(self.is_exam)
        self.timer.start()
        self._tick()

    def stop(self) -> None:
        """Leave the attempt for now: the time is counted and the clock stops until resumed."""
        if self.timer.isActive() and self.attempt is not None:
            self._rebase(self.perform(ops.pause(self.attempts, self.attempt.id, self.index, self._item_seconds())))
        self.timer.stop()

    def elapsed(self) -> int:
        return self._elapsed_at_start + int(time.monotonic() - self._clock_start)

    def _rebase(self, elapsed: int) -> None:
        """Follow the service's count of the time used."""
        self._elapsed_at_start = elapsed
        self._clock_start = time.monotonic()
        self.attempt = replace(self.attempt, elapsed_seconds=elapsed) if self.attempt is not None else None

    def _tick(self) -> None:
        if self.attempt is None:
            return
        elapsed = self.elapsed()
        if self.attempt.time_limit_seconds is not None:
            remaining = self.attempt.time_limit_seconds - elapsed
            self.clock.setText(fill(self.tr("Time left: %1"), format_clock(remaining)))
            if remaining <= 0:
                self._finish(time_up=True)
                return
        else:
            self.clock.setText(fill(self.tr("Time: %1"), format_clock(elapsed)))
        if time.monotonic() - self._last_save >= SAVE_EVERY_SECONDS:
            self._save_time()

    def _item_seconds(self) -> int:
        return self._item_base + int(time.monotonic() - self._item_start)

    def _save_time(self) -> None:
        """Count the clock and the shown question's seconds: one write, nothing reloaded."""
        if self.attempt is None:
            return
        seconds = self._item_seconds()
        self._rebase(self.perform(ops.save_time(self.attempts, self.attempt.id, self.index, seconds)))
        self._keep(self.attempt.items[self.index]._replace(seconds=seconds))
        self._last_save = time.monotonic()

    def _keep(self, item: ItemView) -> None:
        """The saved question replaces the runner's copy of it."""
        items = list(self.attempt.items)
        items[item.position] = item
        self.attempt = replace(self.attempt, items=tuple(items))

    def _write(self, operation, *args) -> bool:
        """An answer or a flag. After the time is up the logic refuses it: the exam is submitted
        with the answers given in time, and the results say so. False then."""
        try:
            item = self.perform(operation(self.attempts, self.attempt.id, *args))
        except TimeUp:
            self._finish(time_up=True)
            return False
        self._keep(item)
        return True

    # ---- moving around ---------------------------------------------------------------
    def show_item(self, position: int) -> None:
        if self.attempt is None or not self.attempt.items:
            return
        if self.timer.isActive():
            self._save_time()
        self.index = max(0, min(position, len(self.attempt.items) - 1))
        item = self.attempt.items[self.index]
        question = self.catalog.questions[item.question_id]
        header = fill(self.tr("Question %1 of %2"), self.index + 1, len(self.attempt.items))
        self.view.show_question(question, item.option_order, item.chosen, header)
        self._item_start = time.monotonic()
        self._item_base = item.seconds
        self.flag_button.setChecked(item.flagged)
        if not self.is_exam and self.index in self.checked:
            self.view.set_locked(True)
            self.view.show_feedback(list(item.chosen or ()))
        self._update_buttons()
        focus = self.view.buttons[0] if self.view.buttons else self.view.order_list
        if focus is not None:
            focus.setFocus()

    def go_next(self) -> None:
        if self.attempt and self.index < len(self.attempt.items) - 1:
            self.show_item(self.index + 1)

    def go_previous(self) -> None:
        if self.attempt and self.index > 0:
            self.show_item(self.index - 1)

    def open_navigator(self) -> None:
        if not self.is_exam:
            return
        dialog = NavigatorDialog(self.attempt, self.index, self)
        self.navigator = dialog  # kept for tests and screenshots
        dialog.finished.connect(lambda _: dialog.chosen is not None and self.show_item(dialog.chosen))
        dialog.open()

    # ---- answering -------------------------------------------------------------------
    def _answer_changed(self) -> None:
        if self.is_exam and self.attempt is not None:
            if not self._write(ops.answer, self.index, self.view.chosen()):
                return
        self._update_buttons()

    def primary_action(self) -> None:
        if self.attempt is None:
            return
        if self.is_exam:
            if self.index < len(self.attempt.items) - 1:
                self.go_next()
            else:
                self.submit()
            return
        if self.index not in self.checked:
            if not self.view.has_answer():
                return
            chosen = self.view.chosen()
            if not self._write(ops.answer, self.index, chosen, self._item_seconds()):
                return
            self.checked.add(self.index)
            self.view.set_locked(True)
            right = self.view.show_feedback(chosen)
            if self.attempt.mode == REVIEW and not right:
                self._record_rating("again")  # a miss needs no confidence question
            self._update_buttons()
            return
        if self.attempt.mode == REVIEW and not self._rated(self.index):
            self._rate("good")
            return
        if self.index < len(self.attempt.items) - 1:
            self.go_next()
        else:
            self._finish()

    def toggle_flag(self) -> None:
        if self.attempt is None:
            return
        if self._write(ops.flag, self.index, not self.attempt.items[self.index].flagged):
            self.flag_button.setChecked(self.attempt.items[self.index].flagged)

    def submit(self) -> None:
        if self.attempt is None:
            return
        unanswered, flagged = self.attempt.unanswered(), self.attempt.flagged()
        if unanswered or flagged:
            if not self.confirm(len(unanswered), len(flagged)):
                self.show_item((unanswered or flagged)[0])
                return
        self._finish()

    def leave(self) -> None:
        """Leave at any time. Practice and review keep their answers and can be resumed; an
        exam asks first: keep working, leave and resume later, or abandon it on purpose."""
        if self.attempt is None:
            return
        attempt_id = self.attempt.id
        if self.is_exam:
            choice = self.ask_leave()
            if choice == "stay":
                return
            if choice == "abandon":
                self.timer.stop()  # abandoning counts the clock itself
                self.perform(ops.abandon(self.attempts, attempt_id))
                self.attempt = None
                self.left.emit(attempt_id)
                return
        self.stop()
        self.attempt = None
        self.left.emit(attempt_id)

    def _finish(self, time_up: bool = False) -> None:
        if self.attempt is None:
            return
        if self.timer.isActive():
            self._save_time()  # the shown question's seconds; submitting counts the clock
        self.timer.stop()
        attempt_id = self.attempt.id
        self.perform(ops.finish(self.attempts, attempt_id))
        self.attempt = None
        self.finished.emit(attempt_id, time_up)

    # ---- review confidence -------------------------------------------------------------
    def _rated(self, position: int) -> bool:
        return position in self.ratings

    def _record_rating(self, rating: str) -> None:
        self.ratings[self.index] = rating
        self.reviewed.emit(self.attempt.items[self.index].question_id, rating)

    def _rate(self, rating: str) -> None:
        """A right answer in review: the trainee's confidence sets the schedule."""
        if self.attempt is None or self.index not in self.checked or self._rated(self.index):
            return
        self._record_rating(rating)
        self._update_buttons()
        if self.index < len(self.attempt.items) - 1:
            self.go_next()
        else:
            self._finish()

    def _update_buttons(self) -> None:
        if self.attempt is None:
            return
        last = self.index == len(self.attempt.items) - 1
        self.previous_button.setEnabled(self.index > 0)
        checked = self.index in self.checked
        if self.is_exam:
            self.primary_button.setText(self.tr("Finish and submit") if last else self.tr("&Next"))
        elif not checked:
            self.primary_button.setText(self.tr("&Check answer"))
            self.primary_button.setEnabled(self.view.has_answer())
        else:
            self.primary_button.setEnabled(True)
            self.primary_button.setText(self.tr("See results") if last else self.tr("&Next question"))
        show_confidence = self.attempt.mode == REVIEW and checked and not self._rated(self.index)
        self.confidence.setVisible(show_confidence)
        self.primary_button.setVisible(not show_confidence)
        if self.is_exam:
            self.primary_button.setEnabled(True)
