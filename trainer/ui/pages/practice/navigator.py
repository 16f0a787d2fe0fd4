"""The exam navigator: a grid showing answered, unanswered and flagged questions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.study.attempts import AttemptView
from trainer.ui.text import fill

COLUMNS = 10
ANSWERED_STYLE = "background: #1f5f8b; color: white;"
UNANSWERED_STYLE = "background: white; color: #1b2733; border: 1px solid #7d8b97;"


class NavigatorGrid(QWidget):
    go_to = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(4)
        self.buttons: list[QPushButton] = []

    def update_from(self, attempt: AttemptView, current: int) -> None:
        if len(self.buttons) != len(attempt.items):
            for button in self.buttons:
                button.deleteLater()
            self.buttons = []
            for item in attempt.items:
                button = QPushButton()
                button.setMinimumWidth(44)
                button.clicked.connect(lambda _=False, p=item.position: self.go_to.emit(p))
                self.grid.addWidget(button, item.position // COLUMNS, item.position % COLUMNS)
                self.buttons.append(button)
        for item, button in zip(attempt.items, self.buttons, strict=True):
            number = item.position + 1
            flag = " ⚑" if item.flagged else ""
            button.setText(f"{number}{flag}")
            state = self.tr("answered") if item.answered else self.tr("not answered")
            if item.flagged:
                state += self.tr(", flagged")
            button.setAccessibleName(fill(self.tr("Question %1, %2"), number, state))
            style = ANSWERED_STYLE if item.answered else UNANSWERED_STYLE
            if item.position == current:
                style += " font-weight: bold; border: 3px solid #e0a800;"
            button.setStyleSheet(f"QPushButton {{ {style} padding: 4px; border-radius: 4px; }}")


class NavigatorDialog(QDialog):
    def __init__(self, attempt: AttemptView, current: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exam navigator"))
        self.chosen: int | None = None
        answered = sum(1 for i in attempt.items if i.answered)
        summary = QLabel(fill(self.tr("%1 answered, %2 not answered, %3 flagged. Choose a question to go to it."),
                              answered, len(attempt.items) - answered, len(attempt.flagged())))
        summary.setWordWrap(True)
        self.grid = NavigatorGrid()
        self.grid.update_from(attempt, current)
        self.grid.go_to.connect(self._go)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.grid)
        if self.grid.buttons:
            self.grid.buttons[current].setFocus()

    def _go(self, position: int) -> None:
        self.chosen = position
        self.accept()
