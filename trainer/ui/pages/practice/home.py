"""The Practice page's start panel: resume, practise, sit an exam, review, history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.pages.practice.history import AttemptTableModel
from trainer.ui.theme import set_role
from trainer.ui.widgets.combo import compact
from trainer.ui.widgets.scroll import fill_with_scrolled

LENGTHS = (10, 20, 50, None)


class PracticeHome(QWidget):
    start_practice = Signal(str, object)  # source key, length (None = all)
    start_exam = Signal()
    start_review = Signal()
    resume = Signal(int)
    discard = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        heading = QLabel(self.tr("Practice"))
        set_role(heading, "title")

        self.resume_box = QGroupBox(self.tr("Unfinished attempt"))
        self.resume_label = QLabel()
        self.resume_label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("&Resume"))
        set_role(self.resume_button, "primary")
        self.discard_button = QPushButton(self.tr("Discard"))
        resume_row = QHBoxLayout(self.resume_box)
        resume_row.addWidget(self.resume_label, 1)
        resume_row.addWidget(self.discard_button)
        resume_row.addWidget(self.resume_button)
        self._resume_id: int | None = None
        self.resume_button.clicked.connect(lambda: self._resume_id and self.resume.emit(self._resume_id))
        self.discard_button.clicked.connect(lambda: self._resume_id and self.discard.emit(self._resume_id))

        practice_box = QGroupBox(self.tr("Practice with feedback"))
        self.source_combo = compact(QComboBox())
        self.source_combo.setAccessibleName(self.tr("What to practise"))
        self.length_combo = QComboBox()
        self.length_combo.setAccessibleName(self.tr("Number of questions"))
        for length in LENGTHS:
            self.length_combo.addItem(str(length) if length else self.tr("All"), length)
        self.practice_button = QPushButton(self.tr("Start &practice"))
        set_role(self.practice_button, "primary")
        self.practice_button.clicked.connect(
            lambda: self.start_practice.emit(self.source_combo.currentData(), self.length_combo.currentData()))
        form = QFormLayout(practice_box)
        for text, widget in ((self.tr("&Questions from:"), self.source_combo),
                             (self.tr("&How many:"), self.length_combo)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.practice_button)
        self.practice_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        exam_box = QGroupBox(self.tr("Exam simulation"))
        self.exam_label = QLabel()
        self.exam_label.setWordWrap(True)
        self.exam_button = QPushButton(self.tr("Start &exam"))
        set_role(self.exam_button, "primary")
        self.exam_button.clicked.connect(self.start_exam)
        exam_layout = QVBoxLayout(exam_box)
        exam_layout.addWidget(self.exam_label)
        exam_layout.addWidget(self.exam_button, 0, Qt.AlignmentFlag.AlignLeft)

        review_box = QGroupBox(self.tr("Spaced review"))
        self.review_label = QLabel()
        self.review_label.setWordWrap(True)
        self.review_label.setAccessibleName(self.tr("Review due"))
        self.review_button = QPushButton(self.tr("Start re&view"))
        self.review_button.clicked.connect(self.start_review)
        review_layout = QVBoxLayout(review_box)
        review_layout.addWidget(self.review_label)
        review_layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)

        history_box = QGroupBox(self.tr("Your history"))
        self.history_empty = QLabel(self.tr("No finished attempts yet. Start with a 10-question practice set "
                                            "on a module you have read; your scores will appear here."))
        self.history_empty.setWordWrap(True)
        self.history_model = AttemptTableModel(self)
        self.history_table = QTableView()
        self.history_table.setModel(self.history_model)
        self.history_table.setAccessibleName(self.tr("Past attempts"))
        self.history_table.verticalHeader().hide()
        self.history_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.setMinimumHeight(160)
        self.chart_holder = QVBoxLayout()
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_empty)
        history_layout.addWidget(self.history_table)
        history_layout.addLayout(self.chart_holder)

        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(practice_box)
        left.addWidget(review_box)
        left.addStretch(1)
        top.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(exam_box)
        right.addStretch(1)
        top.addLayout(right, 2)
        exam_box.setMinimumWidth(360)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading)
        layout.addWidget(self.resume_box)
        layout.addLayout(top)
        layout.addWidget(history_box, 1)
        fill_with_scrolled(self, content)

    def set_sources(self, sources: list[tuple[str, str]]) -> None:
        current = self.source_combo.currentData()
        self.source_combo.clear()
        for key, label in sources:
            self.source_combo.addItem(label, key)
        index = self.source_combo.findData(current)
        self.source_combo.setCurrentIndex(max(index, 0))

    def set_resume(self, attempt_id: int | None, text: str = "") -> None:
        self._resume_id = attempt_id
        self.resume_box.setVisible(attempt_id is not None)
        self.resume_label.setText(text)

    def set_chart(self, chart_view) -> None:
        while self.chart_holder.count():
            old = self.chart_holder.takeAt(0).widget()
            if old is not None:  # detach now; deleteLater alone leaves it painted a while
                old.hide()
                old.setParent(None)
                old.deleteLater()
        if chart_view is not None:
            self.chart_holder.addWidget(chart_view)
