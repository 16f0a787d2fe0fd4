"""Dashboard: the readiness verdict at a glance, what is met and missing, and what to do next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.operations import Change
from trainer.study.exams import RECENT_DAYS  # not attempts: that loads the storage layer
from trainer.study.overview import Overview
from trainer.study.readiness import MET, NOT_STARTED, ReadinessService, assess
from trainer.ui.content_language import shown_catalog
from trainer.ui.context import AppContext
from trainer.ui.formats import date_text
from trainer.ui.pages.conversation_skills_card import ConversationSkillsCard
from trainer.ui.pages.renewal_card import RenewalCard
from trainer.ui.readiness_text import ReadinessWording
from trainer.ui.review_text import ReviewWording
from trainer.ui.text import fill
from trainer.ui.theme import set_role, set_status
from trainer.ui.widgets.content_text import content_tooltip
from trainer.ui.widgets.elided_button import ElidedButton
from trainer.ui.widgets.scroll import fill_with_scrolled

if TYPE_CHECKING:
    from trainer.study.renewal_overview import RenewalOverview

# The status colours (theme.SCHEMES[...]["status"]), by the readiness status they show.
STATUS_PROPERTY = {MET: "met", NOT_STARTED: "not-started"}
IN_PROGRESS_PROPERTY = "in-progress"
MAX_NEXT_STEPS = 4


class DashboardPage(QWidget):
    def __init__(self, context: AppContext, overview: Overview, renewal: RenewalOverview | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.overview = overview
        # Once certified, "Ready to renew?" comes first; the preparation history stays below.
        self.renewal_card = RenewalCard(context, renewal) if renewal is not None else None
        self.readiness_service = ReadinessService(lambda: shown_catalog(context), overview)  # words in the chosen language
        self.wording = ReadinessWording(self)
        self.setAccessibleName(self.tr("Dashboard"))
        self.greeting = QLabel()
        set_role(self.greeting, "title")
        self.profile = QLabel()
        self.profile.setTextFormat(Qt.TextFormat.PlainText)  # content names: never rich text
        self.profile.setWordWrap(True)
        set_role(self.profile, "subtitle")
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Readiness verdict"))
        set_role(self.verdict, "lead")
        self.exam_fresh = QLabel()  # how fresh the simulations behind the verdict were
        self.exam_fresh.setWordWrap(True)
        self.exam_fresh.setAccessibleName(self.tr("Which exam simulations count"))

        self.steps_box = QVBoxLayout()
        self.step_buttons: list[QPushButton] = []
        steps_frame = self._card(self.tr("Next steps"), self.steps_box)

        self.requirements = QGridLayout()
        self.requirements.setColumnStretch(0, 2)
        self.requirements.setColumnStretch(2, 3)
        requirements_frame = self._card(self.tr("Requirements"), self.requirements)

        self.study_box = QVBoxLayout()
        self.review_label = QLabel()
        self.review_label.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Start review"))
        self.review_button.clicked.connect(lambda: context.navigate.emit("practice"))
        self.exam_trend = QLabel()
        self.exam_trend.setWordWrap(True)
        self.exam_trend.setAccessibleName(self.tr("Recent exam scores"))
        self.modules_label = QLabel()
        self.modules_label.setTextFormat(Qt.TextFormat.PlainText)  # module titles: never rich text
        self.modules_label.setWordWrap(True)
        self.modules_bar = QProgressBar()
        self.modules_bar.setAccessibleName(self.tr("Modules completed"))
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_label, 1)
        review_row.addWidget(self.review_button)
        for item in (self.exam_trend, self.modules_label, self.modules_bar):
            self.study_box.addWidget(item)
        self.study_box.addLayout(review_row)
        study_frame = self._card(self.tr("Study"), self.study_box)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        for widget in (self.greeting, self.profile, self.renewal_card, self.verdict, self.exam_fresh, steps_frame):
            if widget is not None:
                layout.addWidget(widget)
        columns = QHBoxLayout()
        columns.addWidget(requirements_frame, 3)
        study_column = QVBoxLayout()  # the study card keeps its height at the top
        study_column.addWidget(study_frame)
        self.conversation_card = ConversationSkillsCard(context, overview)  # a study signal, not a requirement
        study_column.addWidget(self.conversation_card)
        study_column.addStretch(1)
        columns.addLayout(study_column, 2)
        layout.addLayout(columns)
        layout.addStretch(1)
        self.details = [steps_frame, requirements_frame, study_frame, self.conversation_card, self.verdict,
                        self.exam_fresh]
        fill_with_scrolled(self, content)
        context.on(Change.PROGRESS | Change.TRAINEE | Change.CONTENT | Change.ATTEMPTS | Change.REVIEW | Change.HOURS
                   | Change.ATTESTATIONS | Change.BACKUPS | Change.RENEWAL, self.refresh, self)
        self.refresh()

    def focus_target(self):
        """The first next step: Enter or Space does it."""
        return self.step_buttons[0] if self.step_buttons else None

    @staticmethod
    def _card(title: str, inner) -> QFrame:
        frame = QFrame()
        set_role(frame, "card")
        layout = QVBoxLayout(frame)
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addLayout(inner)
        return frame

    # ---- filling ------------------------------------------------------------------
    def refresh(self) -> None:
        trainee = self.context.trainee
        certified = self.renewal_card.refresh() if self.renewal_card is not None else None
        if trainee is None:
            self.greeting.setText(self.tr("Welcome to CPSW Trainer"))
            self.profile.setText(self.tr("Tell us your name and certification to begin."))
            for widget in self.details:
                widget.hide()
            return
        for widget in self.details:
            widget.show()
        self.greeting.setText(fill(self.tr("Welcome, %1"), trainee.name))
        profile = self.context.profile()
        # Gather the figures once: the requirements and the study panel share them.
        inputs = self.readiness_service.inputs(trainee.id, profile) if profile else None
        self._fill_study(trainee.id, inputs)
        if profile is None:
            self.profile.setText(self.tr("No certification chosen yet: pick one in Settings."))
            self.verdict.setText(self.tr("Choose your certification to see what you still need."))
            self._set_steps([(self.tr("Choose your certification"), "settings", None)])
            self._set_requirements([])
            self.exam_fresh.hide()
            return
        as_of = date_text(profile.as_of) if profile.as_of else self.tr("unknown date")
        self.profile.setText(fill(self.tr("Preparing for: %1 (%2). Requirements as of %3; confirm them with your "
                                          "board."), profile.name, profile.board, as_of) if certified is None else
                             fill(self.tr("Certified: %1 (%2). Below the renewal: how you prepared, as it was."),
                                  profile.name, profile.board))
        readiness = assess(inputs)
        self.verdict.setText(self.wording.verdict(readiness.ready, readiness.met_count, readiness.total))
        set_status(self.verdict, STATUS_PROPERTY[MET] if readiness.ready else IN_PROGRESS_PROPERTY)
        self._set_freshness(readiness.exam)
        steps = [(self.wording.next_step(step), step.page, step.argument)
                 for step in readiness.next_steps[:MAX_NEXT_STEPS]]
        if not steps:
            steps = [(self.tr("Keep practising: take another exam simulation"), "practice", None)]
        self._set_steps(steps)
        self._set_requirements(readiness.requirements)

    def _set_freshness(self, exam) -> None:
        """Say which simulations readiness counted, and how many of their questions were new."""
        if not exam.recent_fresh and not exam.not_counted:
            self.exam_fresh.hide()
            return
        parts = [self.tr("Readiness counts an exam simulation only when most of its questions are new to you "
                         "(not answered in the last %n day(s)).", "", RECENT_DAYS)]
        if exam.recent_fresh:
            figures = ", ".join(fill(self.tr("%1 of %2"), fresh, asked) if fresh is not None
                                else self.tr("not recorded") for fresh, asked in exam.recent_fresh)
            parts.append(fill(self.tr("New questions in the simulations counted: %1."), figures))
        if exam.not_counted:
            parts.append(self.tr("%n simulation(s) did not count: most of (its|their) questions were seen recently.",
                                 "", exam.not_counted))
        self.exam_fresh.setText(" ".join(parts))
        self.exam_fresh.show()

    def _fill_study(self, trainee_id: int, inputs) -> None:
        overview, catalog = self.overview, shown_catalog(self.context)
        due = overview.due_count(trainee_id)
        self.review_label.setText(ReviewWording().due_text(due, None if due else overview.next_due(trainee_id)))
        self.review_button.setEnabled(due > 0)
        statuses = (inputs.module_status if inputs is not None
                    else overview.module_status(trainee_id, catalog.modules.values()))
        done = sum(1 for s in statuses.values() if s.complete)
        started = [catalog.modules[s.module_id].title for s in statuses.values() if s.started and not s.complete]
        text = fill(self.tr("Modules completed: %1 of %2"), done, len(catalog.modules))
        if started:
            text += "\n" + fill(self.tr("In progress: %1"), ", ".join(sorted(started)))
        self.modules_label.setText(text)
        self.modules_bar.setRange(0, max(len(catalog.modules), 1))
        self.modules_bar.setValue(done)
        exams = list(inputs.exams) if inputs is not None else self.readiness_service.exams(trainee_id)
        if exams:
            recent = ", ".join(fill(self.tr("%1%"), f"{e.percent:.0f}") for e in exams[-5:])
            trend = ""
            if len(exams) >= 2:
                change = exams[-1].percent - exams[-2].percent
                points = round(abs(change))
                trend = " " + (self.tr("(up %n point(s))", "", points) if change >= 0
                               else self.tr("(down %n point(s))", "", points))
            self.exam_trend.setText(fill(self.tr("Recent exam scores: %1"), recent) + trend)
        else:
            self.exam_trend.setText(self.tr("No exam simulations yet. Take one from the Practice page "
                                            "when you have read a few modules."))

    def _set_steps(self, steps) -> None:
        for button in self.step_buttons:
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.step_buttons = []
        for number, (text, page, argument) in enumerate(steps, start=1):
            button = ElidedButton(f"{number}. {text}")
            set_role(button, "primary step" if number == 1 else "step")
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, p=page, a=argument: self.go(p, a))
            self.steps_box.addWidget(button)
            self.step_buttons.append(button)

    def go(self, page: str, argument: str | None) -> None:
        if page == "modules" and argument:
            self.context.open_reader.emit(argument, "")
        else:
            self.context.navigate.emit(page)

    def _set_requirements(self, requirements) -> None:
        while self.requirements.count():
            widget = self.requirements.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        wording = self.wording
        for row, requirement in enumerate(requirements):
            label = wording.requirement_label(requirement)
            done, required = wording.requirement_figures(requirement)
            name = QLabel(label)
            name.setTextFormat(Qt.TextFormat.PlainText)  # domain names and attestations are content
            name.setWordWrap(True)
            status = QLabel(wording.status(requirement.status))
            set_status(status, STATUS_PROPERTY.get(requirement.status, IN_PROGRESS_PROPERTY))
            fraction = requirement.fraction
            if fraction is not None:
                figure = QProgressBar()
                figure.setRange(0, 1000)
                figure.setValue(int(fraction * 1000))
                figure.setFormat(fill(self.tr("%1 / %2"), done, required))
                figure.setAccessibleName(fill(self.tr("%1: %2 of %3"), label, done, required))
            else:
                figure = QLabel(fill(self.tr("%1 / %2"), done, required))
                figure.setWordWrap(True)  # a long figure must not squeeze the names
            note = wording.requirement_note(requirement)
            if note:
                figure.setToolTip(content_tooltip(note))
                name.setText(name.text() + " *")
                name.setToolTip(content_tooltip(note))
            self.requirements.addWidget(name, row, 0)
            self.requirements.addWidget(status, row, 1)
            self.requirements.addWidget(figure, row, 2)
