"""Hours log to and from CSV: export, a preview of an import, and the import itself."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from trainer.study.hours import (
    EntryData,
    HoursEntryInfo,
    HoursError,
    HoursFilter,
    HoursService,
    Progress,
    clean_entry,
    format_hours,
    to_hours,
)
from trainer.study.hours_problems import Code, HoursProblem, problem
from trainer.study.hours_rules import clean_entry_key, validate_clean_entry
from trainer.study.safe_csv import escape_cell, unescape_cell, write_private_text

COLUMNS = ("date", "hours", "kind", "domain", "setting", "activity", "supervisor", "notes")
# Exported as information only: an import reads COLUMNS and never marks anything verified.
VERIFICATION_COLUMNS = ("verified", "verified_by", "verified_at")
REQUIRED = ("date", "hours", "kind")
US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
DECIMAL_COMMA = re.compile(r"^\d+,\d+$")
STEP = 500  # rows read or written between two calls of progress


class HoursCsvError(HoursError):
    """The file as a whole cannot be read."""


@dataclass(frozen=True)
class GoodRow:
    line: int
    data: EntryData
    duplicate: bool = False


@dataclass(frozen=True)
class BadRow:
    line: int
    problems: tuple[HoursProblem, ...]


@dataclass(frozen=True)
class ImportPreview:
    good: tuple[GoodRow, ...]
    bad: tuple[BadRow, ...]

    @property
    def new(self) -> tuple[GoodRow, ...]:
        return tuple(r for r in self.good if not r.duplicate)

    @property
    def duplicates(self) -> tuple[GoodRow, ...]:
        return tuple(r for r in self.good if r.duplicate)


@dataclass(frozen=True)
class ImportResult:
    added: int
    duplicates: int
    skipped: tuple[BadRow, ...]


class HoursImportRefused(HoursError):
    """Some rows are bad and skipping them was not asked for: nothing was imported."""

    def __init__(self, preview: ImportPreview):
        super().__init__(problem(Code.IMPORT_REFUSED, count=len(preview.bad),
                                 lines=tuple(b.line for b in preview.bad)))
        self.preview = preview


# ---------------------------------------------------------------- export


def write_csv(entries, out, progress: Progress | None = None) -> None:
    """Write entries to a text stream opened with newline=''; formula-like cells are escaped.
    `progress(done, total)` hears how many rows are written (and may raise Cancelled)."""
    writer = csv.writer(out, lineterminator="\r\n")  # as safe_csv.csv_text writes
    writer.writerow([escape_cell(name) for name in COLUMNS + VERIFICATION_COLUMNS])
    # A log repeats its settings, supervisors, kinds and hours: each distinct value is escaped once.
    escaped: dict = {}

    def cell(value) -> str:
        text = escaped.get(value)
        if text is None:
            text = escaped[value] = escape_cell(value)
        return text

    hours_text: dict = {}

    def hours(value) -> str:
        text = hours_text.get(value)
        if text is None:
            text = hours_text[value] = escape_cell(format_hours(value))
        return text

    entries = list(entries)
    total = len(entries)
    for start in range(0, total, STEP):
        if progress is not None:
            progress(start, total)
        writer.writerows([escape_cell(e.date.isoformat()), hours(e.hours), cell(e.kind), cell(e.domain),
                          cell(e.setting), cell(e.activity), cell(e.supervisor), cell(e.notes),
                          "yes" if e.verified else "no", cell(e.verified_by),
                          f"{e.verified_at:%Y-%m-%d}" if e.verified_at else ""] for e in entries[start:start + STEP])
    if progress is not None:
        progress(total, total)


def export_csv(service: HoursService, trainee_id: int, path: Path,
               filters: HoursFilter | None = None, progress: Progress | None = None) -> int:
    """Write the trainee's hours to `path`, readable by its owner only (0600). Cancelled
    through `progress`, the file is not written at all."""
    entries: list[HoursEntryInfo] = service.list_entries(trainee_id, filters)
    out = io.StringIO(newline="")
    write_csv(entries, out, progress)
    write_private_text(Path(path), out.getvalue())
    return len(entries)


# ---------------------------------------------------------------- import


def _text_of(source: Path | bytes | str) -> str:
    if isinstance(source, str):
        return source.removeprefix("\ufeff")
    raw = source if isinstance(source, bytes) else Path(source).read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise HoursCsvError(problem(Code.CSV_NOT_UTF8)) from None


def _delimiter(text: str) -> str:
    sample = text[:4096]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;").delimiter
    except csv.Error:
        header = sample.splitlines()[0] if sample else ""
        return ";" if header.count(";") > header.count(",") else ","


def parse_date(text: str) -> dt.date | None:
    text = text.strip()
    match = US_DATE.match(text)
    try:
        if match:
            month, day, year = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        if re.match(r"^\d{4}-\d{2}-\d{2}$", text):
            return dt.date.fromisoformat(text)
    except ValueError:
        return None
    return None


def _parse_hours(text: str):
    text = text.strip()
    if DECIMAL_COMMA.match(text):
        text = text.replace(",", ".")
    hours = to_hours(text)
    return hours if hours is not None else text


def _rows(text: str):
    """(line number, {column: value}) for each non-blank record; raises on a bad header."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    header = next(reader, None)
    if header is None:
        raise HoursCsvError(problem(Code.CSV_EMPTY))
    names = [unescape_cell(h).strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise HoursCsvError(problem(Code.CSV_COLUMNS_MISSING, missing=tuple(missing), expected=COLUMNS))
    start = reader.line_num + 1
    for raw in reader:
        line, start = start, reader.line_num + 1
        record = [unescape_cell(cell) for cell in raw]  # undo exactly what export escaped
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(names):
            yield line, None
            continue
        yield line, {n: record[i] if i < len(record) else "" for i, n in enumerate(names) if n in COLUMNS}


def preview_import(service: HoursService, trainee_id: int, source: Path | bytes | str,
                   today: dt.date | None = None, progress: Progress | None = None) -> ImportPreview:
    """Read a file and check every row against the rules and the trainee's existing hours.
    `progress(done, total)` hears how many lines are read (and may raise Cancelled)."""
    today = today or dt.date.today()
    text = _text_of(source)
    lines = text.count("\n") + 1  # a little more than the rows: enough for a progress bar
    existing = service.entry_keys(trainee_id)
    day_hours = service.day_hours(trainee_id)
    seen: Counter = Counter()
    domains = service.domains
    good: list[GoodRow] = []
    bad: list[BadRow] = []
    for count, (line, values) in enumerate(_rows(text)):
        if progress is not None and count % STEP == 0:
            progress(min(line, lines), lines)
        if values is None:
            bad.append(BadRow(line, (problem(Code.CSV_TOO_MANY_VALUES),)))
            continue
        day = parse_date(values["date"])
        if day is None:
            bad.append(BadRow(line, (problem(Code.CSV_BAD_DATE, "date", text=values["date"].strip()),)))
            continue
        data = EntryData(day, _parse_hours(values["hours"]), values["kind"], values.get("domain"),
                         values.get("setting"), values.get("activity"), values.get("supervisor"),
                         values.get("notes"))
        data = clean_entry(data)  # once: the key, the rules and the import all take it clean
        key = clean_entry_key(data)
        seen[key] += 1
        if seen[key] <= existing[key]:
            good.append(GoodRow(line, data, duplicate=True))
            continue
        problems = validate_clean_entry(data, today=today, same_day_hours=day_hours.get(day, Decimal(0)),
                                        domains=domains)
        if problems:
            seen[key] -= 1
            bad.append(BadRow(line, tuple(problems)))
            continue
        day_hours[day] = day_hours.get(day, Decimal(0)) + data.hours
        good.append(GoodRow(line, data))
    return ImportPreview(tuple(good), tuple(bad))


def import_csv(service: HoursService, trainee_id: int, source: Path | bytes | str, *,
               by: str | None = None, skip_bad: bool = False, today: dt.date | None = None,
               progress: Progress | None = None) -> ImportResult:
    """Import the new rows of a file. All or none, unless skip_bad; duplicates are never added.
    `progress(done, total)` goes through reading (the first half) and writing (the second);
    when it raises Cancelled, nothing is added."""
    today = today or dt.date.today()
    reading, writing = _halves(progress)
    preview = preview_import(service, trainee_id, source, today, reading)
    if preview.bad and not skip_bad:
        raise HoursImportRefused(preview)
    new = preview.new
    if new:
        # The preview checked every rule; add_entries checks the day limit again under the lock.
        service.add_entries(trainee_id, [r.data for r in new], by=by, today=today, progress=writing,
                            checked=True)
    elif progress is not None:
        progress(2 * HALF, 2 * HALF)
    return ImportResult(len(new), len(preview.duplicates), preview.bad)


HALF = 1000  # each stage's share of the bar, whatever it counts (lines read, rows written)


def _halves(progress: Progress | None) -> tuple[Progress | None, Progress | None]:
    """One bar for two stages: reading fills its first half, writing the second."""
    if progress is None:
        return None, None

    def reading(done: int, total: int) -> None:
        progress(done * HALF // max(total, 1), 2 * HALF)

    def writing(done: int, total: int) -> None:
        progress(HALF + done * HALF // max(total, 1), 2 * HALF)

    return reading, writing
