"""Adds hours entries one by one through the service the Hours page uses, reporting each save.

Run by tests/e2e/test_hours_burst_crash.py, which kills it with SIGKILL mid-burst.
Usage: python hours_burst_driver.py DATA_DIR
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from trainer.config import resolve_settings  # noqa: E402
from trainer.services import open_services  # noqa: E402
from trainer.study.hours import EntryData  # noqa: E402


def main() -> None:
    services = open_services(resolve_settings(data_dir=sys.argv[1], environ={}))
    trainee = services.trainees.create("Burst", "icrc-pr")
    for number in range(100_000):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=number)
        services.hours.add_entry(trainee.id, EntryData(day, "2", "experience", activity=f"entry {number}"),
                                 today=dt.date(2400, 1, 1))
        print("SAVED", number + 1, flush=True)  # what the page reports once add_entry returns


if __name__ == "__main__":
    main()
