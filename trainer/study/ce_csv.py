"""The CE log to and from CSV, like the hours log: an import adds every row or none, and
reports every bad row with its line; rows already in the log are not added twice."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from trainer.messages import QT_TRANSLATE_NOOP, message
from trainer.operations.progress import Progress
from trainer.study.ce_log import CeLogService
from trainer.study.ce_records import (
    CeData,
    CeEntryInfo,
    CeError,
    CeProblem,
    clean,
    entry_key,
    split_topics,
    validate,
)
from trainer.study.hours_csv import parse_date
from trainer.study.safe_csv import escape_cell, unescape_cell, write_private_text

COLUMNS = ("date", "hours", "title", "provider", "provider_number", "topics", "online", "kind", "notes")
REQUIRED = ("date", "hours", "title")
YES = {"yes", "y", "true", "1", "online"}
NO = {"", "no", "n", "false", "0", "in person", "in-person"}
STEP = 200  # lines read between two calls of progress


def _problem(template: str, *args: object) -> CeProblem:
    return CeProblem(None, message(template, *args))


class CeCsvError(CeError):
    """The file as a whole cannot be read."""


@dataclass(frozen=True)
class BadRow:
    line: int
    problems: tuple[CeProblem, ...]


@dataclass(frozen=True)
class CePreview:
    new: tuple[tuple[int, CeData], ...]  # (line, entry)
    duplicates: tuple[int, ...]          # lines already in the log
    bad: tuple[BadRow, ...]


@dataclass(frozen=True)
class CeImportResult:
    added: int
    duplicates: int


class CeImportRefused(CeError):
    """Some rows are bad: nothing was imported; `preview.bad` lists every one."""

    def __init__(self, preview: CePreview):
        super().__init__(_problem(QT_TRANSLATE_NOOP("messages", "Nothing was imported: fix the bad rows and import "
                                                             "again.")))
        self.preview = preview


# ---------------------------------------------------------------- export

def csv_text(entries: list[CeEntryInfo]) -> str:
    """The header even for an empty log; formula-like cells escaped (safe_csv)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for e in entries:
        writer.writerow([escape_cell(v) for v in (
            e.date.isoformat(), f"{e.hours:.2f}".rstrip("0").rstrip("."), e.title, e.provider, e.provider_number,
            "; ".join(e.topics), "yes" if e.online else "no", e.kind, e.notes)])
    return out.getvalue()


def export_csv(service: CeLogService, trainee_id: int, path: Path) -> int:
    entries = service.list_entries(trainee_id)
    write_private_text(Path(path), csv_text(entries))
    return len(entries)


# ---------------------------------------------------------------- import

def _text_of(source: Path | bytes | str) -> str:
    if isinstance(source, str):
        return source.removeprefix("\ufeff")
    raw = source if isinstance(source, bytes) else Path(source).read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CeCsvError(_problem(QT_TRANSLATE_NOOP("messages", "The file is not UTF-8 text: save it as "
                                                             "\"CSV UTF-8\" and try again."))) from None


def _rows(text: str):
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        raise CeCsvError(_problem(QT_TRANSLATE_NOOP("messages", "The file is empty.")))
    names = [unescape_cell(h).strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise CeCsvError(_problem(QT_TRANSLATE_NOOP("messages", "The header lacks the column(s) %1; expected: %2."),
                                  ", ".join(missing), ",".join(COLUMNS)))
    start = reader.line_num + 1
    for raw in reader:
        line, start = start, reader.line_num + 1
        record = [unescape_cell(cell) for cell in raw]
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(names):
            yield line, None
            continue
        yield line, {n: record[i] if i < len(record) else "" for i, n in enumerate(names) if n in COLUMNS}


def _row_data(values: dict) -> tuple[CeData | None, list[CeProblem]]:
    problems = []
    day = parse_date(values["date"])
    if day is None:
        problems.append(CeProblem("date", message(QT_TRANSLATE_NOOP(
            "messages", "'%1' is not a date: write it as 2026-01-31 or 1/31/2026."), values["date"].strip())))
    online = values.get("online", "").strip().lower()
    if online not in YES | NO:
        problems.append(CeProblem("online", message(QT_TRANSLATE_NOOP(
            "messages", "'%1' in the online column: write yes or no."), online)))
    data = CeData(day, values["hours"], values["title"], values.get("provider"), values.get("provider_number"),
                  split_topics(values.get("topics")), online in YES, values.get("kind") or "course",
                  values.get("notes"))
    return (None if problems else data), problems


def preview_import(service: CeLogService, trainee_id: int, source: Path | bytes | str, *,
                   today: dt.date | None = None, progress: Progress | None = None) -> CePreview:
    today = today or dt.date.today()
    text = _text_of(source)
    lines = text.count("\n") + 1
    existing, seen = service.entry_keys(trainee_id), Counter()
    new, duplicates, bad = [], [], []
    for count, (line, values) in enumerate(_rows(text)):
        if progress is not None and count % STEP == 0:
            progress(min(line, lines), lines)
        if values is None:
            bad.append(BadRow(line, (_problem(QT_TRANSLATE_NOOP("messages", "This row has more values than the "
                                                                         "header has columns.")),)))
            continue
        data, problems = _row_data(values)
        if data is not None:
            data = clean(data)
            problems = validate(data, today)
        if problems:
            bad.append(BadRow(line, tuple(problems)))
            continue
        key = entry_key(data)
        seen[key] += 1
        if seen[key] <= existing[key]:
            duplicates.append(line)
        else:
            new.append((line, data))
    if progress is not None:
        progress(lines, lines)
    return CePreview(tuple(new), tuple(duplicates), tuple(bad))


def import_csv(service: CeLogService, trainee_id: int, source: Path | bytes | str, *,
               today: dt.date | None = None, progress: Progress | None = None) -> CeImportResult:
    """All the new rows or none: CeImportRefused when any row is bad; Cancelled from `progress`
    (reading, then writing) leaves the log as it was."""
    reading, writing = _halves(progress)
    preview = preview_import(service, trainee_id, source, today=today, progress=reading)
    if preview.bad:
        raise CeImportRefused(preview)
    if preview.new:
        service.add_entries(trainee_id, [data for _line, data in preview.new], today=today, progress=writing)
    elif progress is not None:
        progress(2 * HALF, 2 * HALF)
    return CeImportResult(len(preview.new), len(preview.duplicates))


HALF = 1000  # each stage's share of the bar, whatever it counts (lines read, rows written)


def _halves(progress: Progress | None):
    """One bar for two stages: reading fills its first half, writing the second."""
    if progress is None:
        return None, None
    return (lambda done, total: progress(done * HALF // max(total, 1), 2 * HALF),
            lambda done, total: progress(HALF + done * HALF // max(total, 1), 2 * HALF))
