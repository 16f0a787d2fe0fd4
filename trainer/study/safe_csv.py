"""CSV cells that a spreadsheet will not run, and CSV files only their owner can read.

A cell starting with `=`, `+`, `-`, `@`, tab or carriage return is a formula to Excel,
LibreOffice and Google Sheets, so every CSV the app writes puts a `'` before such a value
(OWASP's advice) and every CSV it reads takes exactly that `'` away again. A value that
already starts with `'` before one of those characters gets a second one, so reading back
what was written always gives the value that was written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from trainer.files import write_text_atomic

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def _needs_quote(value: str) -> bool:
    """True for a formula start, or for quotes followed by one (so unquoting stays exact)."""
    return value.lstrip(QUOTE).startswith(FORMULA_STARTS)


def escape_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return QUOTE + text if _needs_quote(text) else text


def unescape_cell(text: str) -> str:
    return text[1:] if text.startswith(QUOTE) and _needs_quote(text[1:]) else text


def csv_text(header: Iterable[object], rows: Iterable[Iterable[object]], *,
             lineterminator: str = "\r\n") -> str:
    """The whole CSV as text, every cell escaped."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator=lineterminator)
    writer.writerow([escape_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([escape_cell(cell) for cell in row])
    return out.getvalue()


def write_private_text(path: Path, text: str) -> None:
    """Write an export like other user data: mode 0600 (mkstemp's mode), replaced atomically."""
    path = Path(path)
    write_text_atomic(path, text)
    path.chmod(0o600)  # the temp file already is; this states the promise
