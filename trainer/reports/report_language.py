"""The language and fonts a report is drawn in, both read from the report's own data.

The data says them (`language`, `font`), so `verify` redraws a report exactly as it was issued:
a report from before either key existed is redrawn in English with Helvetica, as then. New reports
embed DejaVu Sans Condensed (shipped in trainer/reports/fonts, Bitstream Vera licence; about as
wide as Helvetica, so pages lay out as before): it prints Latin,
Greek, Cyrillic, Hebrew, Arabic and more; a character they lack (a CJK name) is printed in a system
fallback font when one is installed. The drawing code asks `say()`, `fonts()` and `covered()`
while `drawing(data)` is in effect (per thread: reports are drawn in the background).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from xml.sax.saxutils import escape

FONT_DIR = Path(__file__).resolve().parent / "fonts"
EMBEDDED = "DejaVu Sans Condensed"  # the value of data["font"] in reports that embed it
REGULAR, BOLD = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
STANDARD = ("Helvetica", "Helvetica-Bold")  # reports from before fonts were embedded
FALLBACK = "CpswFallback"
FALLBACK_FILES = (  # wide-coverage system fonts for characters DejaVu lacks (CJK, Indic...)
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:/Windows/Fonts/arialuni.ttf",
)

_current: ContextVar[tuple[str, bool]] = ContextVar("report_drawing", default=("en", False))


@contextmanager
def drawing(data: dict) -> Iterator[None]:
    """Draw (or gather) a report in the language and fonts its data names."""
    token = _current.set((str(data.get("language") or "en"), data.get("font") == EMBEDDED))
    try:
        yield
    finally:
        _current.reset(token)


def language() -> str:
    return _current.get()[0]


def say(english: str, **values) -> str:
    """A report's fixed words in its language; `{name}` places take `values`."""
    template = english
    if language() == "es":
        from trainer.reports.wording_es import SPANISH

        template = SPANISH.get(english, english)
    return template.format(**values) if values else template


def fonts() -> tuple[str, str]:
    """(regular, bold) font names for the report being drawn."""
    return embedded_fonts() if _current.get()[1] else STANDARD


@functools.cache
def embedded_fonts() -> tuple[str, str]:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "DejaVuSansCondensed.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSansCondensed-Bold.ttf")))
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, name)  # <b> in a paragraph: the bold face
    return REGULAR, BOLD


@functools.cache
def _glyphs(name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


@functools.cache
def fallback_font() -> str | None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for path in FALLBACK_FILES:
        if Path(path).is_file():
            try:
                pdfmetrics.registerFont(TTFont(FALLBACK, path))
            except (TTFError, OSError, ValueError):
                continue
            return FALLBACK
    return None


def runs(text: str) -> list[tuple[str, bool]]:
    """`text` cut where the report font lacks a character: (run, set in the fallback font)."""
    if not _current.get()[1] or text.isascii():
        return [(text, False)]
    have = _glyphs(REGULAR)
    if all(ord(c) in have or c.isspace() for c in text) or fallback_font() is None:
        return [(text, False)]
    parts, run, run_missing = [], "", False
    for char in text:
        missing = ord(char) not in have and not char.isspace()
        if run and missing != run_missing:
            parts.append((run, run_missing))
            run = ""
        run, run_missing = run + char, missing
    if run:
        parts.append((run, run_missing))
    return parts


def covered(text: str) -> str:
    """`text` as paragraph markup (escaped), with the characters the report font lacks set in
    the fallback font, so every name prints; unchanged where the font has them all."""
    return "".join(f'<font name="{fallback_font()}">{escape(run)}</font>' if other else escape(run)
                   for run, other in runs(text))


def draw_covered(canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """canvas.drawString for a footer or stamp line, each run in a font that has its characters."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for run, other in runs(text):
        name = fallback_font() if other else font
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, name, size)
