"""Practice page: the start panel, the attempt runner and the results, one at a time."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from trainer.operations import Change
from trainer.study.attempts import EXAM, REVIEW, AttemptError
from trainer.study.practice_sources import MIXED, questions_for
from trainer.ui.context import AppContext
from trainer.ui.pages.practice.history import exams_only, score_chart
from trainer.ui.pages.practice.home import PracticeHome
from trainer.ui.pages.practice.results import ResultsView
from trainer.ui.pages.practice.runner import AttemptRunner
from trainer.ui.review_text import ReviewWording

DEFAULT_PASS_PERCENT = 70


class PracticePage(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Practice"))
        services = context.services
        self.home = PracticeHome()
        self.runner = AttemptRunner(services.attempts, context.catalog)
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
        self.runner.finished.connect(self.show_results)
        self.runner.left.connect(lambda _attempt_id: self.show_home())
        self.runner.reviewed.connect(self._reviewed)
        self.runner.reread_requested.connect(self._reread)
        self.results.back_requested.connect(self.show_home)
        context.on(Change.TRAINEE | Change.CONTENT | Change.ATTEMPTS | Change.REVIEW | Change.BACKUPS, self.refresh, self)
        self.refresh()

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
        catalog = self.context.catalog
        sources = [(MIXED, self.tr("Mixed: every module"))]
        sources += [(f"domain:{d.id}", self.tr("Domain: %1").replace("%1", d.name)) for d in catalog.domains.values()]
        sources += [(f"bank:{b.id}", self.tr("Module: %1").replace("%1", b.title))
                    for b in sorted(catalog.banks.values(), key=lambda b: b.title.lower())]
        sources += [(f"competency:{c.id}", self.tr("Competency: %1").replace("%1", c.name))
                    for c in catalog.competencies.values()]
        self.home.set_sources(sources)
        profile = self.context.profile()
        if profile is None:
            self.home.exam_label.setText(self.tr("Choose your certification in Settings to sit its exam simulation."))
            self.home.exam_button.setEnabled(False)
        else:
            exam = profile.exam
            text = self.tr("%1: %2 questions in %3 minutes, drawn by domain like the real exam. "
                           "Practice pass mark: %4%.").replace("%1", exam.name or profile.name) \
                .replace("%2", str(exam.questions)).replace("%3", str(exam.minutes)) \
                .replace("%4", str(exam.practice_pass_percent))
            if exam.weights_assumed:  # not "like the real exam": the board publishes no proportions
                split = ", ".join(f"{catalog.domains[d].name if d in catalog.domains else d} {w}%"
                                  for d, w in exam.weights.items())
                text += " " + self.tr("The board publishes no domain proportions, so these are assumed: %1.") \
                    .replace("%1", split)
            if not exam.verified:
                text += " " + self.tr("These exam figures are not confirmed by the board: check with your board.")
            self.home.exam_label.setText(text)
            self.home.exam_button.setEnabled(trainee is not None)
        if trainee is None:
            self.home.set_resume(None)
            self.home.review_label.setText("")
            self.home.review_button.setEnabled(False)
            return
        services = self.context.services
        due = services.review.due_count(trainee.id)
        self.home.review_label.setText(ReviewWording().due_text(due, None if due else services.overview.next_due(trainee.id)))
        self.home.review_button.setEnabled(due > 0)
        unfinished = services.attempts.resumable(trainee.id)
        if unfinished is None:
            self.home.set_resume(None)
        else:
            answered = len(unfinished.items) - len(unfinished.unanswered())
            kind = self.tr("exam") if unfinished.mode == EXAM else self.tr("practice set")
            self.home.set_resume(unfinished.id, self.tr("You have an unfinished %1, “%2”: %3 of %4 answered.")
                                 .replace("%1", kind).replace("%2", unfinished.title)
                                 .replace("%3", str(answered)).replace("%4", str(len(unfinished.items))))
        history = services.attempts.history(trainee.id)
        self.home.history_model.set_rows(history)
        self.home.history_empty.setVisible(not history)
        self.home.history_table.setVisible(bool(history))
        exams = exams_only(history)
        if exams:
            per_domain: dict[str, list[tuple[int, float]]] = {}
            for attempt in exams:
                for domain, result in services.attempts.score_view(attempt).by_domain.items():
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
            attempt = self.context.services.attempts.start_practice(
                trainee.id, questions_for(self.context.catalog, source), length, title)
        except AttemptError as exc:
            self.inform(self.tr("Cannot start"), str(exc))
            return
        self._run(attempt)

    def start_exam(self) -> None:
        trainee, profile = self.context.trainee, self.context.profile()
        if trainee is None or profile is None:
            return
        attempts = self.context.services.attempts
        check = attempts.check_exam(trainee.id, profile)
        size = None
        if not check.plan.complete:
            short = ", ".join(f"{self.context.catalog.domains[s.domain].name} ({s.available} of {s.needed})"
                              for s in check.plan.shortages)
            question = self.tr("The question bank is too small for the full %1-question exam in: %2.\n\n"
                               "Take a %3-question exam in the same proportions instead?") \
                .replace("%1", str(check.requested)).replace("%2", short).replace("%3", str(check.largest_possible))
            if check.largest_possible == 0 or not self.ask(self.tr("Shorter exam?"), question):
                return
            size = check.largest_possible
        try:
            attempt = attempts.start_exam(trainee.id, profile, size=size)
        except AttemptError as exc:
            self.inform(self.tr("Cannot start the exam"), str(exc))
            return
        self._run(attempt)

    def start_review(self) -> None:
        trainee = self.context.trainee
        if trainee is None:
            return
        catalog = self.context.catalog
        due = [catalog.questions[q] for q in self.context.services.review.due_ids(trainee.id) if q in catalog.questions]
        if not due:
            self.inform(self.tr("Nothing due"), self.tr("No review questions are due right now."))
            return
        attempt = self.context.services.attempts.start_practice(
            trainee.id, due, None, self.tr("Spaced review"), mode=REVIEW)
        self._run(attempt)

    def resume(self, attempt_id: int) -> None:
        self._run(self.context.services.attempts.load(attempt_id))

    def discard(self, attempt_id: int) -> None:
        if self.ask(self.tr("Discard attempt?"), self.tr("Discard this unfinished attempt? Its answers are kept "
                                                         "in your history but it will not be scored.")):
            self.context.services.attempts.abandon(attempt_id)
            self.refresh()

    def _run(self, attempt) -> None:
        self.stack.setCurrentWidget(self.runner)
        self.runner.start(attempt)

    # ---- finishing ---------------------------------------------------------------------
    def _pass_percent(self, attempt=None) -> float:
        profile = self.context.profile()
        return float(profile.exam.practice_pass_percent) if profile else DEFAULT_PASS_PERCENT

    def show_results(self, attempt_id: int) -> None:
        services = self.context.services
        attempt = services.attempts.load(attempt_id)
        self.results.show_results(attempt, services.attempts.score_of(attempt_id), self._pass_percent(attempt))
        self.stack.setCurrentWidget(self.results)
        self.context.announce(Change.ATTEMPTS | Change.REVIEW)

    def _reviewed(self, question_id: str, rating: str) -> None:
        trainee = self.context.trainee
        if trainee is not None:
            self.context.services.review.record(trainee.id, question_id, rating)

    def _reread(self, bank_id: str, section_title: str) -> None:
        bank = self.context.catalog.banks.get(bank_id)
        module = self.context.catalog.modules.get(bank.module) if bank and bank.module else None
        if module is None:
            return
        section = next((s for s in module.sections if s.title == section_title), None)
        self.context.open_reader.emit(module.id, section.key if section else "")
