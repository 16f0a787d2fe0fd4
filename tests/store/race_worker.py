"""One seat in a race (run as a separate process by tests/store/test_races.py).

Usage: python race_worker.py DATABASE_URL
Reads one JSON request a line: {"at": unix time to start, "op": ..., ...}; waits until
`at` (so two seats start within a fraction of a millisecond), does it, and answers one
JSON line: {"ok": true} or {"ok": false, "refused": message} for a rule's refusal.
Anything else (a crash, a constraint violation) is printed and ends the worker.
"""

import datetime as dt
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from trainer.config import bundled_content_dir  # noqa: E402
from trainer.content.loader import load_catalog  # noqa: E402
from trainer.store.db import open_database  # noqa: E402
from trainer.study.attempts import AttemptError, AttemptService  # noqa: E402
from trainer.study.hours import EntryData, HoursError, HoursService  # noqa: E402
from trainer.study.review import ReviewService  # noqa: E402

TODAY = dt.date(2026, 6, 1)


def main() -> None:
    database = open_database(sys.argv[1])
    catalog = load_catalog(bundled_content_dir())
    hours = HoursService(database.sessions)
    review = ReviewService(database.sessions)
    attempts = AttemptService(database.sessions, catalog, on_missed=review.add_missed)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        while time.time() < request["at"]:
            pass  # spin: sleeping would wake too late to race
        op = request["op"]
        try:
            if op == "add":
                hours.add_entry(request["trainee"], EntryData(dt.date.fromisoformat(request["date"]),
                                                              request["hours"], "experience",
                                                              activity=request["activity"]), today=TODAY)
            elif op == "verify":
                hours.verify(request["entry"], "Supervisor Sam")
            elif op == "update":
                old = hours.get(request["entry"])
                hours.update_entry(request["entry"], EntryData(old.date, request["hours"], old.kind,
                                                               activity="changed after"), today=TODAY)
            elif op == "answer_and_finish":
                try:
                    attempts.answer(request["attempt"], request["position"], [0])
                finally:
                    attempts.finish(request["attempt"])
            elif op == "finish":
                attempts.finish(request["attempt"])
            print(json.dumps({"ok": True}), flush=True)
        except (HoursError, AttemptError) as exc:
            print(json.dumps({"ok": False, "refused": str(exc)}), flush=True)
    database.dispose()


if __name__ == "__main__":
    main()
