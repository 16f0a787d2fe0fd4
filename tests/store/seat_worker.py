"""One seat writing at the same time as others (run as a separate process by the tests).

Usage: python seat_worker.py DATABASE_URL TRAINEE_NAME ANSWERS ENTRIES
Prints "DONE <trainee id>" when every write has been committed.
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from trainer.config import bundled_content_dir  # noqa: E402
from trainer.content.loader import load_catalog  # noqa: E402
from trainer.store.db import open_database  # noqa: E402
from trainer.study.attempts import AttemptService  # noqa: E402
from trainer.study.hours import EntryData, HoursService  # noqa: E402
from trainer.study.trainees import TraineeService  # noqa: E402


def main() -> None:
    url, name, answers, entries = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    database = open_database(url)
    catalog = load_catalog(bundled_content_dir())
    trainee = TraineeService(database.sessions).create(name, "icrc-pr")
    attempts = AttemptService(database.sessions, catalog)
    hours = HoursService(database.sessions)
    questions = list(catalog.questions.values())
    answered = 0
    start = dt.date(2024, 1, 1)
    for day in range(entries):
        hours.add_entry(trainee.id, EntryData(start + dt.timedelta(days=day), "1.5", "experience",
                                              activity=f"{name} shift {day}"), today=dt.date(2026, 1, 1))
        while answered < answers * (day + 1) // entries:
            attempt = attempts.resumable(trainee.id) or attempts.start_practice(trainee.id, questions, 100, "Load")
            item = next(i for i in attempt.items if not i.answered)
            attempts.answer(attempt.id, item.position, [0])
            answered += 1
            if len(attempt.unanswered()) == 1:
                attempts.finish(attempt.id)
    database.dispose()
    print("DONE", trainee.id, flush=True)


if __name__ == "__main__":
    main()
