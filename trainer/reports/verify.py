"""Was this report altered since it was issued?

A report embeds the data it was drawn from. Verifying recomputes the code from
that data, checks that the code and key figures are printed on the pages, and
redraws the report from the data to compare every printed word.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from trainer.reports.data import FORMAT, code_of, data_sha256
from trainer.reports.layout import ATTACHMENT

VALID, ALTERED, FOREIGN, UNREADABLE = "valid", "altered", "foreign", "unreadable"
EXIT_CODES = {VALID: 0, ALTERED: 1, FOREIGN: 1, UNREADABLE: 2}
CODE_PATTERN = re.compile(r"Verification code\s+([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})")
PAGE_NUMBER = re.compile(r"Page \d+ of \d+")


@dataclass
class Verification:
    status: str = VALID
    checks: list[tuple[bool, str]] = field(default_factory=list)
    code: str | None = None
    sha256: str | None = None
    data: dict | None = None

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.status]

    def check(self, ok: bool, text: str, failing: str = ALTERED) -> bool:
        self.checks.append((ok, text))
        if not ok and self.status == VALID:
            self.status = failing
        return ok


def _words(text: str) -> list[str]:
    return PAGE_NUMBER.sub(" ", text).split()


def page_texts(pdf: bytes | Path) -> list[str]:
    from pypdf import PdfReader

    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    return [page.extract_text() or "" for page in PdfReader(source).pages]


def key_figures(data: dict) -> list[tuple[str, str]]:
    """The figures a reader relies on, each with what it is, as they must be printed."""
    figures = [("trainee name", data["trainee"]), ("issued", data["issued"]),
               ("certification", data["profile"]["name"])]
    figures += [(f"{kind} total", f"{kind.capitalize()} {total} {verified}")
                for kind, total, verified in data["hours"]["by_kind"]]
    if data["kind"] == "readiness":
        figures.append(("verdict", data["verdict"]))
        figures += [(f"exam {i + 1} score", f"{e['date']} {e['percent']}") for i, e in enumerate(data["exams"])]
        figures += [(f"requirement {label}", f"{status} {done}")
                    for label, status, done, _required, _note in data["requirements"]]
    return figures


def _first_difference(printed: list[str], expected: list[str]) -> str:
    for i, (a, b) in enumerate(zip(printed, expected, strict=False)):
        if a != b:
            return (f"printed '{' '.join(printed[max(0, i - 4):i + 5])}' where the data gives "
                    f"'{' '.join(expected[max(0, i - 4):i + 5])}'")
    return f"the printed text has {len(printed)} words where the data gives {len(expected)}"


def verify_report(path: Path) -> Verification:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    result = Verification()
    try:
        reader = PdfReader(Path(path))
        texts = [page.extract_text() or "" for page in reader.pages]
        attachments = reader.attachments
    except (OSError, PyPdfError, ValueError, KeyError, TypeError) as exc:
        result.check(False, f"Could not read {path} as a PDF: {exc}", UNREADABLE)
        return result
    result.check(True, f"Read the PDF: {len(texts)} page(s).")

    raw = (attachments.get(ATTACHMENT) or [None])[0]
    try:
        data = json.loads(raw.decode("utf-8")) if raw else None
    except (UnicodeDecodeError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        result.check(False, "No CPSW Trainer report data is embedded: this file was not issued by CPSW Trainer.",
                     FOREIGN)
        return result
    result.data, result.code, result.sha256 = data, code_of(data), data_sha256(data)
    result.check(True, f"Embedded report data found ({data.get('hours', {}).get('entry_count', '?')} hours entries); "
                       f"SHA-256 {result.sha256[:16]}…, verification code {result.code}.")

    printed_codes = [CODE_PATTERN.findall(text) for text in texts]
    bad_pages = [i + 1 for i, codes in enumerate(printed_codes) if codes != [result.code] * len(codes) or not codes]
    if not result.check(not bad_pages, f"The code {result.code} is printed on every page." if not bad_pages else
                        f"The printed verification code does not match the embedded data on page(s) "
                        f"{', '.join(map(str, bad_pages))}: the data or the pages were changed."):
        return result

    try:
        figures = key_figures(data)
        printed = " ".join(_words(" ".join(texts)))
        missing = [what for what, text in figures if " ".join(text.split()) not in printed]
        result.check(not missing, f"Name, totals, scores, verdict and dates match the data ({len(figures)} figures)."
                     if not missing else f"These printed figures differ from the data: {', '.join(missing)}.")

        from trainer.reports import render

        expected = _words(" ".join(page_texts(render(data))))
        words = _words(" ".join(texts))
        result.check(words == expected, "Every printed word matches a fresh rendering of the data."
                     if words == expected else f"The printed text was changed: {_first_difference(words, expected)}.")
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        result.check(False, f"The embedded data is incomplete or malformed ({exc!r}): it was changed.")
    return result
