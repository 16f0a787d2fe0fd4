"""Data at scale: a trainee with 3 years of history (500 attempts, 40,000 answers, 3,000 hours
entries with their history). Dashboard, readiness, attempt history and hours history through the
app's services vs. the same data read with hand-written SQL on one persistent driver connection
(floors.Raw; none of the floors runs the app's own SQL), on SQLite and
PostgreSQL (target <= 2x each)."""

from __future__ import annotations

import datetime as dt
import json
import random
import tempfile
from decimal import Decimal

from floors import Raw  # noqa: E402 - benchmarks/ is on sys.path
from sqlalchemy import insert, select
from timing import median_time  # noqa: E402 - benchmarks/ is on sys.path

from trainer.config import resolve_settings
from trainer.services import open_services
from trainer.store.models import Attempt, AttemptItem, HoursEntry, HoursHistory, SectionRead
from trainer.study.readiness import ReadinessService

DOMAINS = ("advocacy", "mentoring-education", "recovery-wellness", "ethical-responsibility")


def seed_history(services, attempts: int = 500, answers: int = 40_000, entries: int = 3_000) -> int:
    rng = random.Random(5)
    trainee = services.trainees.create("Scale Trainee", "icrc-pr")
    questions = list(services.catalog.questions.values())
    start = dt.datetime(2023, 11, 1, 9)
    per_attempt = answers // attempts
    with services.database.engine.begin() as conn:
        attempt_rows = []
        for a in range(attempts):
            began = start + dt.timedelta(days=a * 2, hours=rng.randrange(8))
            attempt_rows.append({
                "id": a + 1, "trainee_id": trainee.id, "mode": "exam" if a % 10 == 0 else "practice",
                "profile_id": "icrc-pr", "blueprint": {"title": f"Attempt {a}"}, "seed": a, "started_at": began,
                "finished_at": began + dt.timedelta(minutes=40), "time_limit_seconds": None,
                "elapsed_seconds": 2400, "status": "finished", "score_percent": Decimal("70.00")})
        conn.execute(insert(Attempt.__table__), attempt_rows)
        item_rows = []
        for a in range(attempts):
            for position, question in enumerate(rng.sample(questions, per_attempt)):
                right = list(question.correct_indexes) or [0]
                chosen = right if rng.random() < 0.7 else [(right[0] + 1) % len(question.options)]
                item_rows.append({
                    "attempt_id": a + 1, "position": position, "question_id": question.id,
                    "question_hash": question.content_hash, "option_order": list(range(len(question.options))),
                    "chosen": chosen, "correct": chosen == right, "flagged": False, "seconds": 30})
        conn.execute(insert(AttemptItem.__table__), item_rows)
        conn.execute(insert(HoursEntry.__table__), [{
            "trainee_id": trainee.id, "date": dt.date(2023, 11, 1) + dt.timedelta(days=e * 365 * 3 // entries),
            "hours": Decimal("1.5"), "kind": ("training", "experience", "supervision")[e % 3],
            "domain": DOMAINS[e % 4] if e % 3 == 0 else None, "setting": "Recovery community organization",
            "activity": f"Activity {e}", "supervisor": "Pat Lee", "notes": None, "verified_by": None,
            "verified_at": None, "created_at": start, "updated_at": start} for e in range(entries)])
        ids = conn.execute(select(HoursEntry.id).where(HoursEntry.trainee_id == trainee.id)).scalars().all()
        conn.execute(insert(HoursHistory.__table__), [
            {"trainee_id": trainee.id, "entry_id": entry_id, "action": "add", "changed_by": "Scale Trainee",
             "changed_at": start, "old_values": None, "new_values": {"hours": "1.50", "note": f"entry {entry_id}"}}
            for entry_id in ids])
        conn.execute(insert(SectionRead.__table__), [
            {"trainee_id": trainee.id, "module_id": m.id, "section_key": s.key, "read_at": start}
            for m in services.catalog.modules.values() for s in m.sections])
    return trainee.id




def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def _sql_history(raw: Raw, trainee_id: int):
    """Written for the floor, not copied from store.reads: the attempts, then their answers
    through a subquery, the JSON columns decoded (the app needs them decoded too)."""
    attempts = [(*r[:9], _json(r[9]), r[10]) for r in raw.all(
        "SELECT id, mode, status, seed, started_at, finished_at, time_limit_seconds, elapsed_seconds, "
        "profile_id, blueprint, score_percent FROM attempt WHERE status = 'finished' AND trainee_id = ? "
        "ORDER BY finished_at, id", trainee_id)]
    items = [(r[0], r[1], r[2], _json(r[3]), _json(r[4]), r[5], r[6], r[7]) for r in raw.all(
        "SELECT attempt_id, position, question_id, option_order, chosen, correct, flagged, seconds "
        "FROM attempt_item WHERE attempt_id IN (SELECT id FROM attempt WHERE status = 'finished' "
        "AND trainee_id = ?) ORDER BY attempt_id, position", trainee_id)]
    return attempts, items


def _sql_readiness(raw: Raw, trainee_id: int):
    hours = raw.all("SELECT kind, domain, sum(hours) FROM hours_entry WHERE trainee_id=? "
                    "GROUP BY kind, domain", trainee_id)
    exams = [(r[0], r[1], r[2], _json(r[3])) for r in raw.all(
        "SELECT a.id, a.finished_at, i.question_id, i.chosen FROM attempt a JOIN attempt_item i "
        "ON a.id = i.attempt_id WHERE a.trainee_id=? AND a.mode='exam' AND a.status='finished' "
        "ORDER BY a.finished_at, i.position", trainee_id)]
    reads = raw.all("SELECT module_id, section_key FROM section_read WHERE trainee_id=?", trainee_id)
    progress = raw.all("SELECT * FROM module_progress WHERE trainee_id=?", trainee_id)
    attested = raw.all("SELECT * FROM attestation WHERE trainee_id=?", trainee_id)
    return hours, exams, reads, progress, attested


def _sql_dashboard(raw: Raw, trainee_id: int):
    result = _sql_readiness(raw, trainee_id)
    due = raw.all("SELECT count(*) FROM review_card WHERE trainee_id=? AND due <= ?", trainee_id,
                  dt.datetime.now().isoformat(" ") if raw.mark == "?" else dt.datetime.now())
    return result, due


def _sql_hours_history(raw: Raw, trainee_id: int):
    return [(r[0], r[1], r[2], r[3], r[4], _json(r[5]), _json(r[6])) for r in raw.all(
        "SELECT id, entry_id, action, changed_by, changed_at, old_values, new_values FROM hours_history "
        "WHERE trainee_id = ? ORDER BY id", trainee_id)]


def _measure(label: str, settings, repeats: int) -> list[dict]:
    services = open_services(settings)
    raw = Raw(settings.database_url, services.settings.database_path)
    try:
        trainee_id = seed_history(services)
        readiness = ReadinessService(lambda: services.catalog, services.overview)
        profile = services.catalog.profiles["icrc-pr"]

        def app_dashboard():
            readiness.assess(trainee_id, profile)
            services.review.due_count(trainee_id)

        pairs = {
            "attempt history": (lambda: services.attempts.history(trainee_id), lambda: _sql_history(raw, trainee_id)),
            "hours history": (lambda: services.hours.history(trainee_id=trainee_id),
                              lambda: _sql_hours_history(raw, trainee_id)),
            "readiness": (lambda: readiness.assess(trainee_id, profile), lambda: _sql_readiness(raw, trainee_id)),
            "dashboard": (app_dashboard, lambda: _sql_dashboard(raw, trainee_id)),
        }
        rows = []
        for name, (app, floor) in pairs.items():
            app()
            floor()
            app_time, floor_time = median_time(app, repeats), median_time(floor, repeats)
            ratio = app_time / floor_time
            rows.append({"figure": f"data: {name} / hand-written SQL ({label})", "value": ratio,
                         "target": "<= 2", "ok": ratio <= 2})
            rows.append({"figure": f"data: {name}, {label}: app | floor (ms)", "value": app_time * 1000,
                         "target": "report", "ok": True, "floor_ms": floor_time * 1000})
        return rows
    finally:
        raw.close()
        services.close()


def run(quick: bool = False) -> list[dict]:
    from postgres import with_postgres  # noqa: E402 - benchmarks/ is on sys.path

    repeats = 3 if quick else 7
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rows += _measure("SQLite", resolve_settings(data_dir=tmp, environ={}), repeats)
    rows += with_postgres(lambda url, tmp: _measure(
        "PostgreSQL", resolve_settings(data_dir=tmp, database_url=url, environ={}), repeats), "data")
    return rows
