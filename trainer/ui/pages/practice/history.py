"""Score history: a table of past attempts and a chart of exam scores over time."""

from __future__ import annotations

import calendar

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from trainer.study.attempts import EXAM, AttemptView
from trainer.ui.formats import date_time_text
from trainer.ui.text import fill
from trainer.ui.widgets.list_model import RowListModel

DOMAIN_COLOURS = ("#1f5f8b", "#8a4f00", "#2e7d32", "#6a1b9a")


class AttemptTableModel(RowListModel):
    COL_DATE, COL_KIND, COL_TITLE, COL_SCORE = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AttemptView] = []
        self.headers = [self.tr("Date"), self.tr("Kind"), self.tr("Title"), self.tr("Score")]

    def set_rows(self, rows: list[AttemptView]) -> None:
        self.beginResetModel()
        self.rows = list(reversed(rows))  # newest first
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if column == self.COL_DATE:
            return date_time_text(row.finished_at or row.started_at)
        if column == self.COL_KIND:
            return {"exam": self.tr("Exam"), "practice": self.tr("Practice"), "review": self.tr("Review")}[row.mode]
        if column == self.COL_TITLE:
            return row.title
        return f"{row.score_percent:.0f}%" if row.score_percent is not None else ""


def score_chart(exams: list[AttemptView], domain_scores: dict[str, list[tuple[int, float]]],
                domain_names: dict[str, str], pass_percent: float) -> QChartView:
    """Exam scores over time (overall and per domain), with the pass mark drawn."""
    chart = QChart()
    chart.setTitle(QChart.tr("Exam scores over time"))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    x_axis = QDateTimeAxis()
    x_axis.setFormat("MMM d")
    y_axis = QValueAxis()
    y_axis.setRange(0, 100)
    y_axis.setLabelFormat("%d%%")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

    def add(series: QLineSeries, pen: QPen) -> None:
        series.setPen(pen)
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)

    # Times are stored as naive UTC.
    times = {a.id: calendar.timegm((a.finished_at or a.started_at).timetuple()) * 1000 for a in exams}
    overall = QLineSeries()
    overall.setName(QChart.tr("Overall"))
    overall.setPointsVisible(True)
    for attempt in exams:
        overall.append(times[attempt.id], attempt.score_percent or 0)
    add(overall, QPen(QColor("#1b2733"), 3))
    for number, (domain, points) in enumerate(sorted(domain_scores.items())):
        series = QLineSeries()
        series.setName(domain_names.get(domain, domain))
        for attempt_id, percent in points:
            series.append(times[attempt_id], percent)
        pen = QPen(QColor(DOMAIN_COLOURS[number % len(DOMAIN_COLOURS)]), 1.5)
        add(series, pen)
    if exams:
        first, last = min(times.values()), max(times.values())
        if first == last:
            first, last = first - 86_400_000, last + 86_400_000
        x_axis.setRange(QDateTime.fromMSecsSinceEpoch(first), QDateTime.fromMSecsSinceEpoch(last))
        pass_line = QLineSeries()
        pass_line.setName(fill(QChart.tr("Pass mark %1%"), f"{pass_percent:g}"))
        pass_line.append(first, pass_percent)
        pass_line.append(last, pass_percent)
        add(pass_line, QPen(QColor("#a00000"), 2, Qt.PenStyle.DashLine))
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    view.setAccessibleName(QChart.tr("Chart of exam scores over time"))
    return view


def exams_only(attempts: list[AttemptView]) -> list[AttemptView]:
    return [a for a in attempts if a.mode == EXAM]
