"""Dashboard: a calm summary of where the trainee is and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from trainer.ui.context import CONTENT, PROGRESS, TRAINEE, AppContext


class DashboardPage(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Dashboard"))
        self.greeting = QLabel()
        self.greeting.setProperty("role", "title")
        self.profile = QLabel()
        self.profile.setWordWrap(True)
        self.profile.setProperty("role", "subtitle")
        self.modules_label = QLabel()
        self.modules_bar = QProgressBar()
        self.modules_bar.setAccessibleName(self.tr("Modules completed"))
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        self.continue_button = QPushButton()
        self.continue_button.setProperty("role", "primary")
        self.continue_button.clicked.connect(lambda: context.navigate.emit("modules"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(10)
        for widget in (self.greeting, self.profile, self.modules_label, self.modules_bar, self.next_step):
            layout.addWidget(widget)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        context.changed.connect(lambda what: what in (PROGRESS, TRAINEE, CONTENT) and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        trainee = self.context.trainee
        catalog = self.context.catalog
        if trainee is None:
            self.greeting.setText(self.tr("Welcome to CPSW Trainer"))
            self.profile.setText(self.tr("Tell us your name and certification to begin."))
            for widget in (self.modules_label, self.modules_bar, self.next_step, self.continue_button):
                widget.hide()
            return
        self.greeting.setText(self.tr("Welcome, %1").replace("%1", trainee.name))
        profile = self.context.profile()
        if profile:
            as_of = profile.as_of.isoformat() if profile.as_of else self.tr("unknown date")
            self.profile.setText(self.tr("Preparing for: %1 (%2). Requirements as of %3; "
                                         "confirm them with your board.")
                                 .replace("%1", profile.name).replace("%2", profile.board).replace("%3", as_of))
        else:
            self.profile.setText(self.tr("No certification chosen yet: pick one in Settings."))
        statuses = self.context.services.progress.all_status(trainee.id, catalog.modules.values())
        done = sum(1 for s in statuses.values() if s.complete)
        total = len(catalog.modules)
        self.modules_label.setText(self.tr("Modules completed: %1 of %2").replace("%1", str(done)).replace("%2", str(total)))
        self.modules_bar.setRange(0, max(total, 1))
        self.modules_bar.setValue(done)
        started = [catalog.modules[s.module_id] for s in statuses.values() if s.started and not s.complete]
        if started:
            self.next_step.setText(self.tr("Next step: keep reading “%1”.").replace("%1", started[0].title))
            self.continue_button.setText(self.tr("Continue reading"))
        elif done < total:
            self.next_step.setText(self.tr("Next step: open a module and read its first section."))
            self.continue_button.setText(self.tr("Go to modules"))
        else:
            self.next_step.setText(self.tr("You have read every module. Practice quizzes are coming soon."))
            self.continue_button.setText(self.tr("Review modules"))
        for widget in (self.modules_label, self.modules_bar, self.next_step, self.continue_button):
            widget.show()
