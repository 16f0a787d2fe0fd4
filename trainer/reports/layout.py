"""Shared pieces of every report: styles, page template with "Page 2 of 5", tables, embedded data.

Fonts and fixed words follow the report being drawn (report_language: its data names them)."""

from __future__ import annotations

import functools
import io

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDate,
    PDFDictionary,
    PDFInfo,
    PDFName,
    PDFStream,
    PDFStreamFilterZCompress,
    PDFString,
)
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    Image,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from trainer.reports.data import canonical, code_of, data_sha256
from trainer.reports.report_language import covered, draw_covered, fonts, say
from trainer.reports.signature import signature_statement

PAGE = letter
MARGIN = 1.6 * cm
WIDTH = PAGE[0] - 2 * MARGIN
LOGO_HEIGHT = 1.6 * cm
ATTACHMENT = "cpsw-report-data.json"
HEAD = colors.HexColor("#1F3A5F")
STRIPE = colors.HexColor("#EEF2F7")

# Streams are compressed anyway; ASCII85 on top only makes files larger and slower to write.
rl_config.useA85 = 0

_base = getSampleStyleSheet()
STYLES = {
    "title": ParagraphStyle("title", parent=_base["Title"], fontSize=18, leading=22, alignment=TA_LEFT,
                            spaceAfter=4, textColor=HEAD),
    "agency": ParagraphStyle("agency", parent=_base["Normal"], fontSize=11, leading=14, textColor=HEAD),
    "h2": ParagraphStyle("h2", parent=_base["Heading2"], fontSize=13, leading=16, spaceBefore=10, spaceAfter=4,
                         textColor=HEAD, keepWithNext=1),
    "h3": ParagraphStyle("h3", parent=_base["Heading3"], fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3,
                         keepWithNext=1),
    "body": ParagraphStyle("body", parent=_base["Normal"], fontSize=9, leading=12),
    "small": ParagraphStyle("small", parent=_base["Normal"], fontSize=7.5, leading=9),
    "cell": ParagraphStyle("cell", parent=_base["Normal"], fontSize=8, leading=10),
    "tiny": ParagraphStyle("tiny", parent=_base["Normal"], fontSize=7, leading=8.5),
    "verdict": ParagraphStyle("verdict", parent=_base["Normal"], fontSize=12, leading=16, textColor=colors.white),
}


@functools.cache
def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    """STYLES in a report's fonts (the title and headings bold)."""
    if regular == "Helvetica":
        return STYLES
    heads = ("title", "h2", "h3")
    return {name: ParagraphStyle(f"{name}-{regular}", parent=style, fontName=bold if name in heads else regular)
            for name, style in STYLES.items()}


def para(text: str, style: str = "body") -> Paragraph:
    return Paragraph(covered(text), _styles(*fonts())[style])


def table(rows: list[list], widths: list[float], *, header: bool = True, long: bool = False,
          font_size: float = 8, padding: float = 6) -> Table:
    """A striped table whose header row repeats on every page it spans."""
    kind = LongTable if long else Table
    regular, bold = fonts()
    rows = [[say(cell) if r == 0 and header and isinstance(cell, str) else cell for cell in row]
            for r, row in enumerate(rows)]  # the header's column names in the report's language
    result = kind(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [("FONT", (0, 0), (-1, -1), regular, font_size, font_size + 2),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
             ("LEFTPADDING", (0, 0), (-1, -1), padding), ("RIGHTPADDING", (0, 0), (-1, -1), padding)]
    if header:
        style += [("FONT", (0, 0), (-1, 0), bold, font_size, font_size + 2),
                  ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), HEAD)]
    style.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, STRIPE]))
    result.setStyle(TableStyle(style))
    return result


def wrap(text: str, width: float, font_size: float = 7) -> str:
    """Break text into lines that fit `width`: plain multi-line strings lay out far faster than paragraphs."""
    return _wrap(text, width, font_size, fonts()[0])


@functools.lru_cache(maxsize=4096)  # logs repeat their settings, activities and supervisors
def _wrap(text: str, width: float, font_size: float, font: str) -> str:
    if stringWidth(text, font, font_size) <= width:
        return text
    return "\n".join(simpleSplit(text, font, font_size, width))


def header_block(data: dict, title: str, logo_path: str | None) -> list:
    """Agency name and logo, then the title. A logo box keeps its size so a redraw lays out the same."""
    name = para(data["agency"], "agency")
    if data.get("logo"):
        logo = Spacer(LOGO_HEIGHT * 2.5, LOGO_HEIGHT)
        if logo_path:
            image = Image(logo_path)
            ratio = min(LOGO_HEIGHT * 2.5 / image.imageWidth, LOGO_HEIGHT / image.imageHeight)
            logo = Image(logo_path, width=image.imageWidth * ratio, height=image.imageHeight * ratio)
        top = Table([[logo, name]], colWidths=[LOGO_HEIGHT * 2.5 + 8, WIDTH - LOGO_HEIGHT * 2.5 - 8],
                    hAlign="LEFT", style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    else:
        top = name
    return [top, Spacer(1, 4), para(title, "title")]


def identity_table(data: dict, code: str) -> Table:
    profile = data["profile"]
    rows = [["Trainee", data["trainee"]], ["Certification", profile["name"]], ["Board", profile["board"]],
            ["Source", profile["source"]], ["Requirements as of", profile["as_of"]],
            ["Issued", data["issued"]], ["Verification code", code]]
    if data.get("signature"):
        rows.append(["Signature", signature_statement(data["signature"])])
    cells = [[para(say(label), "cell"), para(value, "cell")] for label, value in rows]
    return table(cells, [3.8 * cm, WIDTH - 3.8 * cm], header=False)


def qr_text(data: dict) -> str:
    """What the QR code on each page holds: the first 128 bits of the signed report data's SHA-256
    (the short code is its first 48). Upper-case hex in the QR alphanumeric set keeps it to a
    version-2 code, whose modules are large enough to scan from paper."""
    return f"CPSW:{data_sha256(data)[:32].upper()}"


def _qr_drawing(text: str, size: float):
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


QR_SIZE = 1.45 * cm  # 33 modules with the quiet zone: 0.44 mm each
QR_EDGE = 8  # points from the page's right and bottom edges; the quiet zone takes the printer's margin


def signature_lines() -> Table:
    line = "_" * 38
    rows = [[say("Trainee signature"), line, say("Date"), "_" * 16], ["", "", "", ""],
            [say("Supervisor signature"), line, say("Date"), "_" * 16]]
    result = Table(rows, colWidths=[3.6 * cm, 8 * cm, 1.2 * cm, 4 * cm], hAlign="LEFT")
    result.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts()[0], 9, 14),
                                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 10)]))
    return result


class _Info(PDFInfo):
    """The document information, plus the keys that name a CPSW Trainer report."""

    extra: dict[str, str] = {}

    def format(self, document):
        entries = {"Title": PDFString(self.title), "Author": PDFString(self.author),
                   "Producer": PDFString(self.producer), "Creator": PDFString(self.creator),
                   "Subject": PDFString(self.subject), "Keywords": PDFString(self.keywords),
                   "Trapped": PDFName(self.trapped)}
        entries["ModDate"] = entries["CreationDate"] = PDFDate(ts=document._timeStamp,
                                                              dateFormatter=self._dateFormatter)
        entries.update({key: PDFString(value) for key, value in self.extra.items()})
        return PDFDictionary(entries).format(document)


def _attach(canvas: pdfcanvas.Canvas, name: str, content: bytes, info: dict[str, str]) -> None:
    """Write `content` into the document being drawn as the embedded file `name`, and `info` into
    its information dictionary: part of the one pass that writes the PDF, not a second one."""
    document = canvas._doc
    json_type = b"/application#2Fjson"  # written as is: PDFName would leave the slash unescaped
    stream = PDFStream(PDFDictionary({"Type": PDFName("EmbeddedFile"), "Subtype": json_type,
                                      "Params": PDFDictionary({"Size": len(content)})}),
                       content, filters=[PDFStreamFilterZCompress()])
    spec = PDFDictionary({"Type": PDFName("Filespec"), "F": PDFString(name), "UF": PDFString(name),
                          "Desc": PDFString("The data this report was drawn from, for cpsw-trainer verify"),
                          "EF": PDFDictionary({"F": stream})})
    document.Catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary(
        {"Names": PDFArray([PDFString(name), document.Reference(spec)])})})
    extra = _Info()
    extra.__dict__.update(document.info.__dict__)
    extra.extra = dict(info)
    document.info = extra


def numbered_canvas(footer: str, attachment: tuple[str, bytes, dict[str, str]] | None = None,
                    qr: str | None = None, font: str = "Helvetica", page_words: str = "Page {page} of {pages}"):
    """A canvas class that knows the page count before it draws "Page 2 of 5" on each page (and the
    QR code of `qr` in the corner), and embeds `attachment` (file name, content, extra document
    information) as it saves."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = font  # no standard font left in a report that embeds its own
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            count = len(self._pages)
            drawing = _qr_drawing(qr, QR_SIZE) if qr else None
            for state in self._pages:
                self.__dict__.update(state)
                self.setFillColor(colors.grey)
                draw_covered(self, MARGIN, MARGIN / 2, footer, font, 7.5)  # any name prints
                self.setFont(font, 7.5)
                qr_left = PAGE[0] - QR_EDGE - QR_SIZE
                right = min(PAGE[0] - MARGIN, qr_left - 3) if drawing else PAGE[0] - MARGIN
                self.drawRightString(right, MARGIN / 2, page_words.format(page=self._pageNumber, pages=count))
                if drawing is not None:
                    from reportlab.graphics import renderPDF

                    renderPDF.draw(drawing, self, qr_left, QR_EDGE)
                super().showPage()
            if attachment is not None:
                _attach(self, *attachment)
            super().save()

    return NumberedCanvas


def build_pdf(story: list, data: dict, title: str, subject: str) -> bytes:
    """Lay out the story; the data it was drawn from is embedded in the same pass."""
    code = code_of(data)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=f"{title}: {data['trainee']}", author=data["agency"],
                            subject=subject, creator="CPSW Trainer", keywords=f"verification code {code}")
    footer = say("{agency} · {trainee} · Verification code {code}", agency=data["agency"], trainee=data["trainee"],
                 code=code)
    attachment = (ATTACHMENT, canonical(data), {"CPSWTrainerCode": code, "CPSWTrainerFormat": data["format"]})
    qr = qr_text(data) if data.get("signature") else None  # an unsigned draft carries no code to check
    doc.build(story, canvasmaker=numbered_canvas(footer[:120], attachment, qr, fonts()[0],
                                                 say("Page {page} of {pages}")))
    return buffer.getvalue()
