"""Results of a finished attempt: score, pass mark, domains, time, and a review of every item."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer.content.render import render_inline
from trainer.study.attempts import EXAM, RECENT_DAYS, AttemptView
from trainer.study.exams import Score
from trainer.study.readiness import mostly_fresh
from trainer.ui.pages.practice.runner import format_clock
from trainer.ui.text import fill
from trainer.ui.theme import set_role
from trainer.ui.widgets.question_view import feedback_html
from trainer.ui.widgets.safe_browser import SafeTextBrowser

POSITION_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # words among "missed", "unanswered", "flagged"
MARKS = {"right": "✓", "missed": "✗", "unanswered": "–"}


class ReviewFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.wanted = ""

    def set_wanted(self, wanted: str) -> None:
        self.beginFilterChange()  # Qt 6.10+: replaces invalidateFilter()
        self.wanted = wanted
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row, parent):  # noqa: N802 - Qt naming
        if not self.wanted:
            return True
        state = self.sourceModel().index(row, 0, parent).data(STATE_ROLE) or ""
        return self.wanted in state.split()


class ResultsView(QWidget):
    back_requested = Signal()

    def __init__(self, catalog, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.attempt: AttemptView | None = None
        self.heading = QLabel()
        set_role(self.heading, "title")
        self.notice = QLabel()  # why the attempt ended, when the trainee did not submit it
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Score summary"))
        self.domains = QStandardItemModel(self)
        self.domain_table = QTableView()
        self.domain_table.setModel(self.domains)
        self.domain_table.setAccessibleName(self.tr("Score by domain"))
        self.domain_table.verticalHeader().hide()
        self.domain_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.domain_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.domain_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.items = QStandardItemModel(self)
        self.filter = ReviewFilter(self)
        self.filter.setSourceModel(self.items)
        self.item_list = QListView()
        self.item_list.setModel(self.filter)
        self.item_list.setAccessibleName(self.tr("Questions in this attempt"))
        self.item_list.setWordWrap(True)
        self.item_list.setSpacing(2)
        self.item_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.item_list.selectionModel().currentChanged.connect(self._show_detail)
        self.detail = SafeTextBrowser()
        self.detail.setAccessibleName(self.tr("Question review"))
        self.filter_combo = QComboBox()
        self.filter_combo.setAccessibleName(self.tr("Show"))
        for label, wanted in ((self.tr("All questions"), ""), (self.tr("Missed only"), "missed"),
                              (self.tr("Flagged only"), "flagged"), (self.tr("Not answered only"), "unanswered")):
            self.filter_combo.addItem(label, wanted)
        self.filter_combo.currentIndexChanged.connect(lambda: self.filter.set_wanted(self.filter_combo.currentData()))
        self.back_button = QPushButton(self.tr("&Back to practice"))
        set_role(self.back_button, "primary")
        self.back_button.clicked.connect(self.back_requested)

        review_bar = QHBoxLayout()
        review_bar.addWidget(QLabel(self.tr("Review:")))
        review_bar.addWidget(self.filter_combo)
        review_bar.addStretch(1)
        review_bar.addWidget(self.back_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.item_list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.summary)
        layout.addWidget(self.domain_table)
        layout.addLayout(review_bar)
        layout.addWidget(splitter, 1)

    def show_results(self, attempt: AttemptView, result: Score, pass_percent: float, notice: str = "") -> None:
        self.attempt = attempt
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        exam = attempt.mode == EXAM
        self.heading.setText(self.tr("Exam results") if exam else self.tr("Practice results"))
        passed = result.passed(pass_percent)
        verdict = (self.tr("At or above the practice pass mark of %1%.") if passed
                   else self.tr("Below the practice pass mark of %1%. Keep going: review what you missed."))
        used = format_clock(attempt.elapsed_seconds)
        unanswered = len(attempt.unanswered())
        skipped = (" " + self.tr("Not answered: %n question(s), counted as wrong.", "", unanswered)
                   if unanswered else "")
        self.summary.setText(
            fill(self.tr("You answered %1 of %2 correctly (%3%)."), result.correct, result.total,
                 f"{result.percent:.0f}") + skipped + " " + fill(verdict, f"{pass_percent:g}")
            + " " + fill(self.tr("Time used: %1."), used) + self._freshness(attempt))
        self.domains.clear()
        self.domains.setHorizontalHeaderLabels([self.tr("Domain"), self.tr("Correct"), self.tr("Score")])
        for domain_id, domain_score in result.by_domain.items():
            domain = self.catalog.domains.get(domain_id)
            row = [QStandardItem(domain.name if domain else domain_id),
                   QStandardItem(f"{domain_score.correct} / {domain_score.total}"),
                   QStandardItem(f"{domain_score.percent:.0f}%")]
            for cell in row:
                cell.setEditable(False)
            self.domains.appendRow(row)
        header = self.domain_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows_height = sum(self.domain_table.rowHeight(r) for r in range(self.domains.rowCount()))
        self.domain_table.setFixedHeight(rows_height + self.domain_table.horizontalHeader().height() + 4)
        self.items.clear()
        for item in attempt.items:
            question = self.catalog.questions.get(item.question_id)
            if question is None:
                continue
            # An unanswered question is shown as unanswered, not as a wrong answer.
            result = "unanswered" if not item.answered else ("right" if item.correct else "missed")
            states = ([] if result == "right" else ["missed"]) + (["unanswered"] if result == "unanswered" else []) \
                + (["flagged"] if item.flagged else [])
            gist = question.scenario or question.stem  # many stems alone read "What is the best response?"
            gist = gist if len(gist) <= 90 else gist[:87].rstrip() + "…"
            number = f"{item.position + 1}. {gist}" + (" ⚑" if item.flagged else "")
            text = f"{MARKS[result]} {number}"
            spoken = {"right": self.tr("right:"), "missed": self.tr("missed:"),
                      "unanswered": self.tr("not answered:")}[result]
            entry = QStandardItem(text)
            entry.setEditable(False)
            entry.setData(item.position, POSITION_ROLE)
            entry.setData(" ".join(states), STATE_ROLE)
            entry.setData(f"{spoken} {number}", Qt.ItemDataRole.AccessibleTextRole)
            self.items.appendRow(entry)
        self.filter_combo.setCurrentIndex(0)
        if self.filter.rowCount():
            self.item_list.setCurrentIndex(self.filter.index(0, 0))
        self.back_button.setFocus()

    def _freshness(self, attempt: AttemptView) -> str:
        """How many of an exam's questions were new, and whether readiness counts it."""
        if attempt.mode != EXAM or attempt.fresh is None:  # practice, or an exam from before this was kept
            return ""
        text = " " + fill(self.tr("%1 of %2 questions were new to you (not answered in the last %3 days)."),
                          attempt.fresh, len(attempt.items), RECENT_DAYS)
        if not mostly_fresh(attempt.fresh, len(attempt.items)):
            text += " " + self.tr("Most of it was seen recently, so it does not count towards readiness.")
        return text

    def visible_positions(self) -> list[int]:
        return [self.filter.index(r, 0).data(POSITION_ROLE) for r in range(self.filter.rowCount())]

    def _show_detail(self, current, _previous=None) -> None:
        if self.attempt is None or not current.isValid():
            self.detail.clear()
            return
        position = current.data(POSITION_ROLE)
        # While the list is refilled for a new attempt, Qt may report a row of the old one.
        if position is None or not 0 <= position < len(self.attempt.items):
            self.detail.clear()
            return
        item = self.attempt.items[position]
        question = self.catalog.questions[item.question_id]
        scenario = f"<p><i>{render_inline(question.scenario)}</i></p>" if question.scenario else ""
        chosen = list(item.chosen or ())
        answer_note = "" if chosen else f"<p><b>{self.tr('Not answered.')}</b></p>"
        self.detail.setHtml(f"{scenario}<p><b>{render_inline(question.stem)}</b></p>{answer_note}"
                            + feedback_html(question, chosen, item.option_order, self.tr))
