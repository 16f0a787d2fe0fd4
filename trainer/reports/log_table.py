"""A long striped table drawn straight onto the canvas: the hours log of a trainee with
years of entries (thousands of rows) lays out in a fraction of the time of a platypus
Table, which measures and draws every cell as its own object. It looks the same as
layout.table(long=True): a bold header repeated on every page, stripes, a closing rule."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from trainer.reports.layout import HEAD, STRIPE
from trainer.reports.report_language import fonts

TOP, BOTTOM = 2, 2  # cell padding above and below, in points


class LogTable(Flowable):
    """Rows of plain strings (a "\\n" starts a new line in a cell), first row the header."""

    def __init__(self, rows: list[list[str]], widths: list[float], font_size: float = 7, padding: float = 3,
                 heights: list[float] | None = None):
        super().__init__()
        self.header, self.body = rows[0], rows[1:]
        self.widths, self.font_size, self.padding = widths, font_size, padding
        self.leading = font_size + 2
        # Row heights are measured once; the pieces of a split reuse them.
        self.heights = heights if heights is not None else [self._height(row) for row in self.body]
        self.header_height = self._height(self.header)
        self.hAlign = "LEFT"

    def _height(self, row: list[str]) -> float:
        lines = max(cell.count("\n") + 1 for cell in row)
        return lines * self.leading + TOP + BOTTOM

    def wrap(self, available_width, available_height):  # noqa: ARG002 - platypus's signature
        self.width = sum(self.widths)
        self.height = self.header_height + sum(self.heights)
        return self.width, self.height

    def split(self, available_width, available_height):  # noqa: ARG002 - platypus's signature
        room, fits = available_height - self.header_height, 0
        for height in self.heights:
            if height > room:
                break
            room -= height
            fits += 1
        if fits == len(self.body):
            return [self]
        if fits == 0:
            return []  # not even one row here: the whole table moves to the next page
        first = LogTable([self.header, *self.body[:fits]], self.widths, self.font_size, self.padding,
                         self.heights[:fits])
        rest = LogTable([self.header, *self.body[fits:]], self.widths, self.font_size, self.padding,
                        self.heights[fits:])
        return [first, rest]

    def draw(self):
        canvas = self.canv
        top = self.height
        canvas.saveState()
        canvas.setFillColor(HEAD)
        canvas.rect(0, top - self.header_height, self.width, self.header_height, stroke=0, fill=1)
        y = top - self.header_height
        canvas.setFillColor(STRIPE)
        for index, height in enumerate(self.heights):
            if index % 2:
                canvas.rect(0, y - height, self.width, height, stroke=0, fill=1)
            y -= height
        canvas.setStrokeColor(colors.grey)
        canvas.setLineWidth(0.5)
        canvas.line(0, 0, self.width, 0)
        text = canvas.beginText()
        regular, bold = fonts()  # the report's (drawn while report_language.drawing holds)
        text.setFont(bold, self.font_size, self.leading)
        text.setFillColor(colors.white)
        self._row_text(text, self.header, top)
        text.setFont(regular, self.font_size, self.leading)
        text.setFillColor(colors.black)
        y = top - self.header_height
        for row, height in zip(self.body, self.heights, strict=True):
            self._row_text(text, row, y)
            y -= height
        canvas.drawText(text)
        canvas.restoreState()

    def _row_text(self, text, row: list[str], row_top: float) -> None:
        x = self.padding
        baseline = row_top - TOP - self.font_size
        for cell, width in zip(row, self.widths, strict=True):
            text.setTextOrigin(x, baseline)
            for line in cell.split("\n"):
                text.textLine(line)  # moves down by the leading; unlike textOut, measures nothing
            x += width
