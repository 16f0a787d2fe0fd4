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
from trainer.study.hours_rules import clean_entry_key, validate_clean_entry
from trainer.study.safe_csv import escape_cell, unescape_cell, write_private_text

COLUMNS = ("date", "hours", "kind", "domain", "setting", "activity", "supervisor", "notes")
# Exported as information only: an import reads COLUMNS and never marks anything verified.
VERIFICATION_COLUMNS = ("verified", "verified_by", "verified_at")
REQUIRED = ("date", "hours", "kind")
US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
DECIMAL_COMMA = re.compile(r"^\d+,\d+$")


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
    reason: str


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
        lines = ", ".join(str(b.line) for b in preview.bad)
        count = len(preview.bad)
        super().__init__(
            f"Nothing was imported: {count} row{'s' if count != 1 else ''} "
            f"{'have' if count != 1 else 'has'} problems (line{'s' if count != 1 else ''} {lines}). "
            "Fix them in the file and import again, or choose to skip them.")
        self.preview = preview


# ---------------------------------------------------------------- export


def write_csv(entries, out) -> None:
    """Write entries to a text stream opened with newline=''; formula-like cells are escaped."""
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

    writer.writerows([escape_cell(e.date.isoformat()), hours(e.hours), cell(e.kind), cell(e.domain),
                      cell(e.setting), cell(e.activity), cell(e.supervisor), cell(e.notes),
                      "yes" if e.verified else "no", cell(e.verified_by),
                      f"{e.verified_at:%Y-%m-%d}" if e.verified_at else ""] for e in entries)


def export_csv(service: HoursService, trainee_id: int, path: Path,
               filters: HoursFilter | None = None) -> int:
    """Write the trainee's hours to `path`, readable by its owner only (0600)."""
    entries: list[HoursEntryInfo] = service.list_entries(trainee_id, filters)
    out = io.StringIO(newline="")
    write_csv(entries, out)
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
        raise HoursCsvError("This file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.") from None


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
        raise HoursCsvError("This file is empty. Export an hours log first to see the expected columns.")
    names = [unescape_cell(h).strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise HoursCsvError(
            f"The first line must name the columns; {', '.join(missing)} "
            f"{'is' if len(missing) == 1 else 'are'} missing. Expected: {','.join(COLUMNS)}.")
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
                   today: dt.date | None = None) -> ImportPreview:
    """Read a file and check every row against the rules and the trainee's existing hours."""
    today = today or dt.date.today()
    text = _text_of(source)
    existing = service.entry_keys(trainee_id)
    day_hours = service.day_hours(trainee_id)
    seen: Counter = Counter()
    domains = service.domains
    good: list[GoodRow] = []
    bad: list[BadRow] = []
    for line, values in _rows(text):
        if values is None:
            bad.append(BadRow(line, "This row has more values than the header has columns. "
                                    "Put quotes around text that contains the separator."))
            continue
        day = parse_date(values["date"])
        if day is None:
            bad.append(BadRow(line, f"'{values['date'].strip()}' is not a date. "
                                    "Use YYYY-MM-DD (2026-03-31) or MM/DD/YYYY (03/31/2026)."))
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
            bad.append(BadRow(line, " ".join(p.message for p in problems)))
            continue
        day_hours[day] = day_hours.get(day, Decimal(0)) + data.hours
        good.append(GoodRow(line, data))
    return ImportPreview(tuple(good), tuple(bad))


def import_csv(service: HoursService, trainee_id: int, source: Path | bytes | str, *,
               by: str | None = None, skip_bad: bool = False, today: dt.date | None = None,
               progress: Progress | None = None) -> ImportResult:
    """Import the new rows of a file. All or none, unless skip_bad; duplicates are never added.
    `progress(done, total)` is told how many rows are written; returning False stops the import
    with nothing added (HoursCancelled)."""
    today = today or dt.date.today()
    preview = preview_import(service, trainee_id, source, today)
    if preview.bad and not skip_bad:
        raise HoursImportRefused(preview)
    new = preview.new
    if new:
        # The preview checked every rule; add_entries checks the day limit again under the lock.
        service.add_entries(trainee_id, [r.data for r in new], by=by, today=today, progress=progress,
                            checked=True)
    return ImportResult(len(new), len(preview.duplicates), preview.bad)
