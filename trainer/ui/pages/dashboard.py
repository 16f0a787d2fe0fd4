"""Dashboard: the readiness verdict at a glance, what is met and missing, and what to do next."""

from __future__ import annotations

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
from trainer.study.readiness import MET, NOT_STARTED, ReadinessService, assess
from trainer.ui.context import AppContext
from trainer.ui.review_text import ReviewWording
from trainer.ui.theme import set_role, set_status
from trainer.ui.widgets.content_text import content_tooltip
from trainer.ui.widgets.elided_button import ElidedButton
from trainer.ui.widgets.scroll import fill_with_scrolled

# The status colours (theme.SCHEMES[...]["status"]), by the readiness status they show.
STATUS_PROPERTY = {MET: "met", NOT_STARTED: "not-started"}
IN_PROGRESS_PROPERTY = "in-progress"
MAX_NEXT_STEPS = 4


class DashboardPage(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.readiness_service = ReadinessService(context.services)
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
        for widget in (self.greeting, self.profile, self.verdict, self.exam_fresh, steps_frame):
            layout.addWidget(widget)
        columns = QHBoxLayout()
        columns.addWidget(requirements_frame, 3)
        study_column = QVBoxLayout()  # the study card keeps its height at the top
        study_column.addWidget(study_frame)
        study_column.addStretch(1)
        columns.addLayout(study_column, 2)
        layout.addLayout(columns)
        layout.addStretch(1)
        self.details = [steps_frame, requirements_frame, study_frame, self.verdict, self.exam_fresh]
        fill_with_scrolled(self, content)
        context.on(Change.PROGRESS | Change.TRAINEE | Change.CONTENT | Change.ATTEMPTS | Change.REVIEW | Change.HOURS
                   | Change.ATTESTATIONS | Change.BACKUPS, self.refresh, self)
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
        if trainee is None:
            self.greeting.setText(self.tr("Welcome to CPSW Trainer"))
            self.profile.setText(self.tr("Tell us your name and certification to begin."))
            for widget in self.details:
                widget.hide()
            return
        for widget in self.details:
            widget.show()
        self.greeting.setText(self.tr("Welcome, %1").replace("%1", trainee.name))
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
        as_of = profile.as_of.isoformat() if profile.as_of else self.tr("unknown date")
        self.profile.setText(self.tr("Preparing for: %1 (%2). Requirements as of %3; confirm them with your board.")
                             .replace("%1", profile.name).replace("%2", profile.board).replace("%3", as_of))
        readiness = assess(inputs)
        self.verdict.setText(self.tr(readiness.verdict))
        set_status(self.verdict, STATUS_PROPERTY[MET] if readiness.ready else IN_PROGRESS_PROPERTY)
        self._set_freshness(readiness.exam)
        steps = [(step.text, step.page, step.argument) for step in readiness.next_steps[:MAX_NEXT_STEPS]]
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
            figures = ", ".join(self.tr("%1 of %2").replace("%1", str(fresh)).replace("%2", str(asked))
                                if fresh is not None else self.tr("not recorded")
                                for fresh, asked in exam.recent_fresh)
            parts.append(self.tr("New questions in the simulations counted: %1.").replace("%1", figures))
        if exam.not_counted:
            parts.append(self.tr("%n simulation(s) did not count: most of (its|their) questions were seen recently.",
                                 "", exam.not_counted))
        self.exam_fresh.setText(" ".join(parts))
        self.exam_fresh.show()

    def _fill_study(self, trainee_id: int, inputs) -> None:
        services = self.context.services
        catalog = self.context.catalog
        due = services.overview.due_count(trainee_id)
        self.review_label.setText(ReviewWording().due_text(due, None if due else services.overview.next_due(trainee_id)))
        self.review_button.setEnabled(due > 0)
        statuses = (inputs.module_status if inputs is not None
                    else services.overview.module_status(trainee_id, catalog.modules.values()))
        done = sum(1 for s in statuses.values() if s.complete)
        started = [catalog.modules[s.module_id].title for s in statuses.values() if s.started and not s.complete]
        text = self.tr("Modules completed: %1 of %2").replace("%1", str(done)).replace("%2", str(len(catalog.modules)))
        if started:
            text += "\n" + self.tr("In progress: %1").replace("%1", ", ".join(sorted(started)))
        self.modules_label.setText(text)
        self.modules_bar.setRange(0, max(len(catalog.modules), 1))
        self.modules_bar.setValue(done)
        exams = list(inputs.exams) if inputs is not None else self.readiness_service.exams(trainee_id)
        if exams:
            recent = ", ".join(f"{e.percent:.0f}%" for e in exams[-5:])
            trend = ""
            if len(exams) >= 2:
                change = exams[-1].percent - exams[-2].percent
                points = round(abs(change))
                trend = " " + (self.tr("(up %n point(s))", "", points) if change >= 0
                               else self.tr("(down %n point(s))", "", points))
            self.exam_trend.setText(self.tr("Recent exam scores: %1").replace("%1", recent) + trend)
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
        labels = {MET: self.tr("Met ✓"), NOT_STARTED: self.tr("Not started")}
        for row, requirement in enumerate(requirements):
            name = QLabel(self.tr(requirement.label))
            name.setWordWrap(True)
            status = QLabel(labels.get(requirement.status, self.tr("In progress")))
            set_status(status, STATUS_PROPERTY.get(requirement.status, IN_PROGRESS_PROPERTY))
            fraction = requirement.fraction
            if fraction is not None:
                figure = QProgressBar()
                figure.setRange(0, 1000)
                figure.setValue(int(fraction * 1000))
                figure.setFormat(f"{requirement.done} / {requirement.required}")
                figure.setAccessibleName(f"{requirement.label}: {requirement.done} of {requirement.required}")
            else:
                figure = QLabel(f"{requirement.done} / {requirement.required}" if requirement.required
                                else requirement.done)
                figure.setWordWrap(True)  # a long figure must not squeeze the names
            if requirement.note:
                figure.setToolTip(content_tooltip(requirement.note))
                name.setText(name.text() + " *")
                name.setToolTip(content_tooltip(requirement.note))
            self.requirements.addWidget(name, row, 0)
            self.requirements.addWidget(status, row, 1)
            self.requirements.addWidget(figure, row, 2)
