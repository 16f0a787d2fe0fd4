"""The hours log at scale: one trainee with 10,000 entries. Listing, CSV export and a 10,000-row
CSV import through the app's services vs. floors on one persistent driver connection (floors.Raw):
the same rows fetched with plain SQL (list <= 2x); fetched and written with csv.writer (export
<= 2x); the CSV read with csv.reader and its rows and their history rows inserted with executemany
in one transaction (import <= 3x)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from floors import Raw  # noqa: E402 - benchmarks/ is on sys.path
from sqlalchemy import insert
from timing import median_time  # noqa: E402 - benchmarks/ is on sys.path

from trainer.config import resolve_settings
from trainer.files import write_text_atomic
from trainer.services import open_services
from trainer.store.models import HoursEntry
from trainer.study.hours_csv import COLUMNS, export_csv, import_csv

DOMAINS = ("advocacy", "mentoring-education", "recovery-wellness", "ethical-responsibility")
KINDS = ("training", "experience", "supervision")
ENTRY_COLUMNS = ("trainee_id", "date", "hours", "kind", "domain", "setting", "activity", "supervisor", "notes",
                 "created_at", "updated_at")


def entry_values(index: int) -> dict:
    """The index-th entry of a synthetic log: 8 entries a day, 1.5 hours each, ending in 2024."""
    kind = KINDS[index % 3]
    return {"date": dt.date(2020, 1, 1) + dt.timedelta(days=index // 8), "hours": Decimal("1.5"), "kind": kind,
            "domain": DOMAINS[index % 4] if kind == "training" else None,
            "setting": "Recovery community organization", "activity": f"Peer support group {index % 50}",
            "supervisor": "Pat Lee", "notes": "Co-facilitated with a peer." if index % 5 == 0 else None}


def seed_entries(services, trainee_id: int, count: int) -> None:
    now = dt.datetime(2024, 6, 1, 9)
    with services.database.engine.begin() as conn:
        conn.execute(insert(HoursEntry.__table__), [
            {"trainee_id": trainee_id, **entry_values(i), "created_at": now, "updated_at": now}
            for i in range(count)])


def csv_of(count: int) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for i in range(count):
        v = entry_values(i)
        writer.writerow([v["date"].isoformat(), str(v["hours"]), v["kind"], v["domain"] or "", v["setting"],
                         v["activity"], v["supervisor"], v["notes"] or ""])
    return out.getvalue()


def timed_with_reset(fn, reset, repeats: int) -> float:
    """Median seconds of fn(); reset() runs untimed after each call."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
        reset()
    return sorted(times)[len(times) // 2]


LIST_SQL = ("SELECT id, trainee_id, date, hours, kind, domain, setting, activity, supervisor, notes, verified_by, "
            "verified_at FROM hours_entry WHERE trainee_id = ? ORDER BY date, id")


def _measure(label: str, settings, repeats: int, count: int) -> list[dict]:
    services = open_services(settings)
    raw = Raw(settings.database_url, services.settings.database_path)
    out_dir = Path(tempfile.mkdtemp(prefix="cpsw-bench-hours-"))
    try:
        logged = services.trainees.create("Logged Trainee", "icrc-pr").id
        importer = services.trainees.create("Importing Trainee", "icrc-pr").id
        floor_trainee = services.trainees.create("Floor Trainee", "icrc-pr").id
        seed_entries(services, logged, count)
        hours = services.hours
        rows = []

        def floor_export():
            out = io.StringIO(newline="")
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            writer.writerows(r[2:10] for r in raw.all(LIST_SQL, logged))
            write_text_atomic(out_dir / "floor.csv", out.getvalue())

        pairs = {
            "list_entries": (lambda: hours.list_entries(logged), lambda: raw.all(LIST_SQL, logged), 2),
            "CSV export": (lambda: export_csv(hours, logged, out_dir / "app.csv"), floor_export, 2),
        }
        for name, (app, floor, target) in pairs.items():
            app(), floor()
            app_time, floor_time = median_time(app, repeats), median_time(floor, repeats)
            rows += _rows(f"hours {name}, {count:,} entries", label, app_time, floor_time, target)

        text = csv_of(count)
        sqlite = raw.mark == "?"
        stamp = dt.datetime(2024, 6, 1, 9).isoformat(" ") if sqlite else dt.datetime(2024, 6, 1, 9)
        entry_sql = (f"INSERT INTO hours_entry ({', '.join(ENTRY_COLUMNS)}) "
                     f"VALUES ({', '.join('?' * len(ENTRY_COLUMNS))})")
        history_sql = ("INSERT INTO hours_history (trainee_id, entry_id, action, changed_by, changed_at, "
                       f"old_values, new_values) VALUES (?, ?, 'add', NULL, ?, NULL, {'?' if sqlite else '?::json'})")

        def reset_import():
            for who in (importer, floor_trainee):
                raw.run("DELETE FROM hours_history WHERE trainee_id = ?", who)
                raw.run("DELETE FROM hours_entry WHERE trainee_id = ?", who)

        def floor_import():
            # The least an import that keeps the required history of every entry must do: read the
            # CSV, insert the rows and one history row each, with executemany, in one transaction.
            records = list(csv.reader(io.StringIO(text, newline="")))[1:]
            rows = [(floor_trainee, day, float(hours) if sqlite else Decimal(hours), kind, domain or None, setting,
                     activity, supervisor, notes or None, stamp, stamp)
                    for day, hours, kind, domain, setting, activity, supervisor, notes in records]
            before = raw.conn.execute("SELECT coalesce(max(id), 0) FROM hours_entry").fetchone()[0]
            cursor = raw.conn.cursor()
            cursor.executemany(raw._sql(entry_sql), rows)
            cursor.executemany(raw._sql(history_sql), [
                (floor_trainee, before + i + 1, stamp, json.dumps(dict(zip(COLUMNS, record, strict=True))))
                for i, record in enumerate(records)])
            raw.conn.commit()

        app_import = timed_with_reset(lambda: import_csv(hours, importer, text, today=dt.date(2026, 1, 1)),
                                      reset_import, max(1, repeats // 2))
        floor_time = timed_with_reset(floor_import, reset_import, max(1, repeats // 2))
        rows += _rows(f"hours CSV import, {count:,} rows", label, app_import, floor_time, 3)
        return rows
    finally:
        raw.close()
        services.close()


def _rows(name: str, label: str, app_time: float, floor_time: float, target: float) -> list[dict]:
    ratio = app_time / floor_time
    return [{"figure": f"{name} / floor ({label})", "value": ratio, "target": f"<= {target}",
             "ok": ratio <= target},
            {"figure": f"{name}, {label}: app | floor (ms)", "value": app_time * 1000, "target": "report",
             "ok": True, "floor_ms": floor_time * 1000}]


def run(quick: bool = False) -> list[dict]:
    from postgres import with_postgres  # noqa: E402 - benchmarks/ is on sys.path

    repeats = 3 if quick else 7
    count = 10_000
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rows += _measure("SQLite", resolve_settings(data_dir=tmp, environ={}), repeats, count)
    rows += with_postgres(lambda url, tmp: _measure(
        "PostgreSQL", resolve_settings(data_dir=tmp, database_url=url, environ={}), repeats, count), "hours")
    return rows
