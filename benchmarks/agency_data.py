"""An agency's shared PostgreSQL database at scale: 500 trainees, 250,000 hours entries (with their
history) and 1,000,000 answers, written with COPY in a minute or two.

Each trainee has 500 hours entries over two years, modules read, attestations, review cards and
40 finished attempts of 50 answers (one in ten an exam simulation) on the bundled questions.

Usage: python benchmarks/agency_data.py DATABASE_URL   (an empty database; prints the time taken)
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DOMAINS = ("advocacy", "mentoring-education", "recovery-wellness", "ethical-responsibility")
KINDS = ("training", "experience", "supervision")
START = dt.datetime(2024, 11, 1, 9)


def generate(url: str, catalog, trainees: int = 500, entries: int = 250_000, answers: int = 1_000_000,
             attempts_each: int = 40, seed: int = 11) -> dict:
    """Fill an empty database (its schema is created first). Returns counts and seconds."""
    import psycopg

    from trainer.store.db import open_database

    began = time.perf_counter()
    open_database(url).dispose()  # the schema, created from the models
    rng = random.Random(seed)
    questions = sorted(catalog.questions.values(), key=lambda q: q.id)
    modules = sorted(catalog.modules.values(), key=lambda m: m.id)
    profile = next(iter(sorted(catalog.profiles)))
    attestations = [a.id for a in catalog.profiles[profile].attestations]
    per_attempt = answers // (trainees * attempts_each)
    entries_each = entries // trainees
    counts = dict.fromkeys(("trainee", "hours_entry", "hours_history", "attempt", "attempt_item",
                            "section_read", "module_progress", "attestation", "review_card"), 0)
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn, conn.cursor() as cur:
        def copy(table: str, columns: tuple[str, ...], rows) -> None:
            with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as out:
                for row in rows:
                    out.write_row(row)
                    counts[table] += 1

        copy("trainee", ("id", "name", "profile_id", "pin_failures", "created_at", "last_active_at"),
             ((t, f"Trainee {t:03d} {rng.choice(('Ruiz', 'Lee', 'Okafor', 'Nguyen', 'Smith'))}", profile, 0,
               START, START + dt.timedelta(days=700)) for t in range(1, trainees + 1)))

        def entry_rows():
            entry_id = 0
            for t in range(1, trainees + 1):
                for e in range(entries_each):
                    entry_id += 1
                    kind = KINDS[e % 3]
                    day = (START + dt.timedelta(days=e * 730 // entries_each)).date()
                    verified = e % 4 == 0
                    yield (entry_id, t, day, (1 + e % 4) * 0.5, kind, DOMAINS[e % 4] if kind == "training" else None,
                           "Recovery community organization", f"Peer support group {e % 40}", "Pat Lee", None,
                           "Pat Lee" if verified else None, START if verified else None, START, START)

        copy("hours_entry", ("id", "trainee_id", "date", "hours", "kind", "domain", "setting", "activity",
                             "supervisor", "notes", "verified_by", "verified_at", "created_at", "updated_at"),
             entry_rows())
        copy("hours_history", ("trainee_id", "entry_id", "action", "changed_by", "changed_at", "new_values"),
             ((1 + (i - 1) // entries_each, i, "add", "import", START, json.dumps({"entry": i}))
              for i in range(1, counts["hours_entry"] + 1)))

        attempt_rows, item_rows = [], []
        attempt_id = 0
        for t in range(1, trainees + 1):
            for a in range(attempts_each):
                attempt_id += 1
                exam = a % 10 == 9
                began_at = START + dt.timedelta(days=a * 700 // attempts_each, hours=rng.randrange(8))
                chosen_questions = rng.sample(questions, per_attempt)
                right = 0
                for position, question in enumerate(chosen_questions):
                    key = list(question.correct_indexes) or [0]
                    correct = rng.random() < 0.55 + 0.01 * a
                    chosen = key if correct else [(key[0] + 1) % len(question.options)]
                    right += correct
                    item_rows.append((attempt_id, position, question.id, question.content_hash,
                                      json.dumps(list(range(len(question.options)))), json.dumps(chosen), correct,
                                      False, 40, began_at))
                blueprint = {"title": "Exam simulation" if exam else "Practice", "questions": per_attempt,
                             **({"fresh": per_attempt} if exam else {})}
                attempt_rows.append((attempt_id, t, "exam" if exam else "practice", profile, json.dumps(blueprint),
                                     a, began_at, began_at + dt.timedelta(minutes=50), None, 3000, "finished",
                                     round(100 * right / per_attempt, 2)))
        copy("attempt", ("id", "trainee_id", "mode", "profile_id", "blueprint", "seed", "started_at",
                         "finished_at", "time_limit_seconds", "elapsed_seconds", "status", "score_percent"),
             attempt_rows)
        copy("attempt_item", ("attempt_id", "position", "question_id", "question_hash", "option_order", "chosen",
                              "correct", "flagged", "seconds", "answered_at"), item_rows)

        def reads():
            for t in range(1, trainees + 1):
                for m in modules[: 5 + t % (len(modules) - 4)]:
                    for s in m.sections:
                        yield t, m.id, s.key, START + dt.timedelta(days=t % 300)

        copy("section_read", ("trainee_id", "module_id", "section_key", "read_at"), reads())
        copy("module_progress", ("trainee_id", "module_id", "module_hash", "started_at", "completed_at",
                                 "last_section"),
             ((t, m.id, m.content_hash, START, START + dt.timedelta(days=30), m.sections[-1].key if m.sections
               else None) for t in range(1, trainees + 1) for m in modules[: 5 + t % (len(modules) - 4)]))
        copy("attestation", ("trainee_id", "attestation_id", "attested_on", "recorded_at"),
             ((t, item, START.date(), START) for t in range(1, trainees + 1) for item in attestations if t % 3))
        copy("review_card", ("trainee_id", "question_id", "state", "due", "lapses", "reviews", "updated_at"),
             ((t, q.id, json.dumps({"card_id": i}), START + dt.timedelta(days=700 + i % 60), 1, 2, START)
              for t in range(1, trainees + 1) for i, q in enumerate(questions[t % 50: t % 50 + 30])))
        for table in ("trainee", "hours_entry", "hours_history", "attempt", "attempt_item"):
            cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        conn.commit()
        cur.execute("ANALYZE")
    return {**counts, "seconds": time.perf_counter() - began}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    from trainer.config import bundled_content_dir
    from trainer.content.loader import load_catalog

    result = generate(argv[0], load_catalog(bundled_content_dir()))
    print(", ".join(f"{k} {v:,}" if isinstance(v, int) else f"{k} {v:.1f}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
