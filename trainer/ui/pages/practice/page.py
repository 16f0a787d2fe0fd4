"""Practice page: the start panel, the attempt runner and the results, one at a time."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from trainer.operations import Change, Done
from trainer.operations import attempts as ops
from trainer.study.attempts import EXAM, FINISHED, AttemptError, AttemptService
from trainer.study.overview import Overview
from trainer.study.practice_sources import MIXED, questions_for
from trainer.study.review import ReviewService
from trainer.ui.content_language import shown_catalog
from trainer.ui.context import AppContext
from trainer.ui.pages.practice.history import exams_only, score_chart
from trainer.ui.pages.practice.home import PracticeHome
from trainer.ui.pages.practice.results import ResultsView
from trainer.ui.pages.practice.runner import AttemptRunner
from trainer.ui.review_text import ReviewWording
from trainer.ui.text import fill, say

DEFAULT_PASS_PERCENT = 70


class PracticePage(QWidget):
    def __init__(self, context: AppContext, attempts: AttemptService, review: ReviewService, overview: Overview,
                 parent=None):
        super().__init__(parent)
        self.context = context
        self.attempts, self.review, self.overview = attempts, review, overview
        self.setAccessibleName(self.tr("Practice"))
        self.home = PracticeHome()
        self.runner = AttemptRunner(attempts, context.catalog, self._perform)
        self.results = ResultsView(context.catalog)
        self.stack = QStackedWidget()
        for widget in (self.home, self.runner, self.results):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.stack)
        # Replaced in tests: show a message / ask a yes-or-no question.
        self.inform = lambda title, text: QMessageBox.information(self, title, text)
        self.ask = lambda title, text: QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

        self.home.start_practice.connect(self.start_practice)
        self.home.start_exam.connect(self.start_exam)
        self.home.start_review.connect(self.start_review)
        self.home.resume.connect(self.resume)
        self.home.discard.connect(self.discard)
        self.runner.finished.connect(self._finished)
        self.runner.left.connect(lambda _attempt_id: self.show_home())
        self.runner.reviewed.connect(self._reviewed)
        self.runner.reread_requested.connect(self._reread)
        self.results.back_requested.connect(self.show_home)
        context.on(Change.TRAINEE, self.close_expired, self)  # first: the refresh below then shows the result
        # Not after its own writes (every answer is one): it refreshes itself on coming home.
        context.on(Change.TRAINEE | Change.CONTENT | Change.ATTEMPTS | Change.REVIEW | Change.BACKUPS, self.refresh, self,
                   skip_own=True)
        self.close_expired()
        self.refresh()

    def _perform(self, done: Done):
        return self.context.perform(done, source=self)

    def close_expired(self) -> None:
        """At start and when a trainee is chosen: exams whose time ran out while the app was
        closed are submitted, and the latest one's results are shown."""
        trainee = self.context.trainee
        if trainee is None or self.runner.attempt is not None:
            return
        closed = self._perform(ops.close_expired(self.attempts, trainee.id))
        if closed:
            self.show_results(max(closed), self.tr("The time for this exam ran out while CPSW Trainer was "
                                                   "closed, so it was submitted with the answers you had given."))

    # ---- home -----------------------------------------------------------------------
    def focus_target(self):
        current = self.stack.currentWidget()
        if current is self.runner:
            return self.runner.view
        if current is self.results:
            return self.results.back_button
        if self.home.resume_box.isVisible():
            return self.home.resume_button
        return self.home.practice_button

    def refresh(self) -> None:
        trainee = self.context.trainee
        # The curriculum may have been read again. It is shown in the trainee's language (another
        # language builds the page again); only the words differ between languages, so attempts
        # are drawn and scored the same (on the English catalog).
        catalog = shown_catalog(self.context)
        self.runner.catalog = self.results.catalog = catalog
        sources = [(MIXED, self.tr("Mixed: every module"))]
        sources += [(f"domain:{d.id}", fill(self.tr("Domain: %1"), d.name)) for d in catalog.domains.values()]
        sources += [(f"bank:{b.id}", fill(self.tr("Module: %1"), b.title))
                    for b in sorted(catalog.banks.values(), key=lambda b: b.title.lower())]
        sources += [(f"competency:{c.id}", fill(self.tr("Competency: %1"), c.name))
                    for c in catalog.competencies.values()]
        self.home.set_sources(sources)
        profile = self.context.profile()
        profile = catalog.profiles.get(profile.id, profile) if profile else None
        if profile is None:
            self.home.exam_label.setText(self.tr("Choose your certification in Settings to sit its exam simulation."))
            self.home.exam_button.setEnabled(False)
        else:
            exam = profile.exam
            text = fill(self.tr("%1: %2 questions in %3 minutes, drawn by domain like the real exam. "
                                "Practice pass mark: %4%."), exam.name or profile.name, exam.questions,
                        exam.minutes, exam.practice_pass_percent)
            if exam.weights_assumed:  # not "like the real exam": the board publishes no proportions
                split = ", ".join(f"{catalog.domains[d].name if d in catalog.domains else d} {w}%"
                                  for d, w in exam.weights.items())
                text += " " + fill(self.tr("The board publishes no domain proportions, so these are assumed: %1."),
                                   split)
            if not exam.verified:
                text += " " + self.tr("These exam figures are not confirmed by the board: check with your board.")
            self.home.exam_label.setText(text)
            self.home.exam_button.setEnabled(trainee is not None)
        if trainee is None:
            self.home.set_resume(None)
            self.home.review_label.setText("")
            self.home.review_button.setEnabled(False)
            return
        due = self.review.due_count(trainee.id)
        self.home.review_label.setText(ReviewWording().due_text(due, None if due else self.overview.next_due(trainee.id)))
        self.home.review_button.setEnabled(due > 0)
        unfinished = self.attempts.resumable(trainee.id)
        if unfinished is None:
            self.home.set_resume(None)
        else:
            answered = len(unfinished.items) - len(unfinished.unanswered())
            kind = self.tr("exam") if unfinished.mode == EXAM else self.tr("practice set")
            self.home.set_resume(unfinished.id, fill(self.tr("You have an unfinished %1, “%2”: %3 of %4 answered."),
                                                     kind, unfinished.title, answered, len(unfinished.items)))
        history = self.attempts.history(trainee.id)
        self.home.history_model.set_rows(history)
        self.home.history_empty.setVisible(not history)
        self.home.history_table.setVisible(bool(history))
        exams = exams_only(history)
        if exams:
            per_domain: dict[str, list[tuple[int, float]]] = {}
            for attempt in exams:
                for domain, result in self.attempts.score_view(attempt).by_domain.items():
                    per_domain.setdefault(domain, []).append((attempt.id, result.percent))
            names = {d.id: d.name for d in catalog.domains.values()}
            self.home.set_chart(score_chart(exams, per_domain, names, self._pass_percent()))
        else:
            self.home.set_chart(None)

    def pause_for_closing(self) -> str | None:
        """The window is closing: save the time used (every answer is saved already) and say
        what was left running ("exam" or "practice"), or None when nothing was."""
        if self.runner.attempt is None:
            return None
        kind = "exam" if self.runner.is_exam else "practice"
        self.runner.stop()
        return kind

    def show_home(self) -> None:
        self.runner.stop()
        self.refresh()
        self.stack.setCurrentWidget(self.home)

    # ---- starting ---------------------------------------------------------------------
    def start_practice(self, source: str, length) -> None:
        trainee = self.context.trainee
        if trainee is None:
            return
        index = self.home.source_combo.findData(source)
        title = self.home.source_combo.itemText(index) if index >= 0 else self.tr("Practice")
        try:
            attempt = self._perform(ops.start_practice(
                self.attempts, trainee.id, questions_for(self.context.catalog, source), length, title))
        except AttemptError as exc:
            self.inform(self.tr("Cannot start"), say(exc.message))
            return
        self._run(attempt)

    def start_exam(self) -> None:
        trainee, profile = self.context.trainee, self.context.profile()
        if trainee is None or profile is None:
            return
        check = self.attempts.check_exam(trainee.id, profile)
        size = None
        if not check.plan.complete:
            short = ", ".join(fill(self.tr("%1 (%2 of %3)"), shown_catalog(self.context).domains[s.domain].name,
                                   s.available, s.needed)
                              for s in check.plan.shortages)
            question = fill(self.tr("The question bank is too small for the full %1-question exam in: %2.\n\n"
                                    "Take a %3-question exam in the same proportions instead?"),
                            check.requested, short, check.largest_possible)
            if check.largest_possible == 0 or not self.ask(self.tr("Shorter exam?"), question):
                return
            size = check.largest_possible
        try:
            attempt = self._perform(ops.start_exam(self.attempts, trainee.id, profile, size=size))
        except AttemptError as exc:
            self.inform(self.tr("Cannot start the exam"), say(exc.message))
            return
        self._run(attempt)

    def start_review(self) -> None:
        trainee = self.context.trainee
        if trainee is None:
            return
        attempt = self._perform(ops.start_review(self.attempts, self.review, self.context.catalog, trainee.id,
                                                 self.tr("Spaced review")))
        if attempt is None:
            self.inform(self.tr("Nothing due"), self.tr("No review questions are due right now."))
            return
        self._run(attempt)

    def resume(self, attempt_id: int) -> None:
        attempt = self._perform(ops.resume(self.attempts, attempt_id))
        if attempt.status == FINISHED:  # its time had run out: submitted instead
            self.show_results(attempt.id, self.tr("The time for this exam had run out, so it was submitted "
                                                  "with the answers you had given."))
            return
        self._run(attempt)

    def discard(self, attempt_id: int) -> None:
        if self.ask(self.tr("Discard attempt?"), self.tr("Discard this unfinished attempt? Its answers are kept "
                                                         "in your history but it will not be scored.")):
            self._perform(ops.abandon(self.attempts, attempt_id))
            self.refresh()

    def _run(self, attempt) -> None:
        self.stack.setCurrentWidget(self.runner)
        self.runner.start(attempt)

    # ---- finishing ---------------------------------------------------------------------
    def _pass_percent(self, attempt=None) -> float:
        profile = self.context.profile()
        return float(profile.exam.practice_pass_percent) if profile else DEFAULT_PASS_PERCENT

    def _finished(self, attempt_id: int, time_up: bool) -> None:
        self.show_results(attempt_id, self.tr("Time is up. Your exam was submitted with the answers you "
                                              "had given.") if time_up else "")

    def show_results(self, attempt_id: int, notice: str = "") -> None:
        attempt = self.attempts.load(attempt_id)
        self.results.show_results(attempt, self.attempts.score_view(attempt), self._pass_percent(attempt), notice)
        self.stack.setCurrentWidget(self.results)

    def _reviewed(self, question_id: str, rating: str) -> None:
        trainee = self.context.trainee
        if trainee is not None:
            self._perform(ops.rate_review(self.review, trainee.id, question_id, rating))

    def _reread(self, bank_id: str, section_title: str) -> None:
        catalog = self.runner.catalog  # the question's language: its section is named as in the reader
        bank = catalog.banks.get(bank_id)
        module = catalog.modules.get(bank.module) if bank and bank.module else None
        if module is None:
            return
        section = next((s for s in module.sections if s.title == section_title), None)
        self.context.open_reader.emit(module.id, section.key if section else "")
