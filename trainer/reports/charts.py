"""Charts for the readiness report (reportlab.graphics), drawn from the report data."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from trainer.reports.report_language import fonts, say

INK = colors.HexColor("#1F3A5F")
PASS = colors.HexColor("#B03A2E")
MAX_POINTS = 30  # the trend shows the latest exams; the table lists them all


def _pct(text: str) -> float:
    return float(text.rstrip("%"))


def trend_chart(exams: list[dict], pass_percent: float, width: float = 440, height: float = 150) -> Drawing:
    """Overall score of each exam simulation, oldest first, with the pass mark as a line."""
    drawing = Drawing(width, height)
    shown = exams[-MAX_POINTS:]
    points = [(i + 1, _pct(e["percent"])) for i, e in enumerate(shown)]
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 40, 32, width - 60, height - 42
    plot.data = [points, [(1, pass_percent), (max(2, len(points)), pass_percent)]]
    plot.lines[0].strokeColor, plot.lines[0].strokeWidth = INK, 1.5
    plot.lines[0].symbol = makeMarker("FilledCircle", size=4, fillColor=INK)
    plot.lines[1].strokeColor, plot.lines[1].strokeDashArray = PASS, (3, 2)
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 1, max(2, len(points))
    plot.xValueAxis.valueSteps = list(range(1, max(2, len(points)) + 1, max(1, len(points) // 10)))
    plot.xValueAxis.labelTextFormat = "%d"
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 0, 100, 20
    plot.yValueAxis.labelTextFormat = "%d%%"
    drawing.add(plot)
    plot.xValueAxis.labels.fontName = plot.yValueAxis.labels.fontName = fonts()[0]
    drawing.add(String(40, 2, say("Exam simulation (oldest to newest); dashed line: pass mark"),
                       fontName=fonts()[0], fontSize=7, fillColor=colors.black))
    return drawing


def domain_chart(domains: list[list[str]], pass_percent: float, width: float = 440, height: float = 130) -> Drawing:
    """The latest exam's score per domain, with the pass mark as a line."""
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 150, 20, width - 180, height - 30
    chart.data = [[_pct(p) for _name, p in domains]]
    chart.categoryAxis.categoryNames = [name for name, _p in domains]
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = chart.barLabels.fontName = fonts()[0]
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.bars[0].fillColor = INK
    chart.barLabelFormat = "%.0f%%"
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    x = chart.x + chart.width * pass_percent / 100
    drawing.add(Line(x, chart.y, x, chart.y + chart.height, strokeColor=PASS, strokeDashArray=(3, 2)))
    return drawing
