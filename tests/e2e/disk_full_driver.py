"""Run inside a tiny tmpfs (see test_disk_trouble.py): save hours until the disk is full,
show the message the app shows, then free space and count what was kept.

Prints one JSON object per line: {"saved": n}, {"shown": [title, text]}, {"kept": n}.
"""

import datetime as dt
import json
import os
import sys

from PySide6.QtWidgets import QApplication

from trainer.config import resolve_settings
from trainer.services import open_services
from trainer.study.hours import EntryData
from trainer.ui.app import install_excepthook

SAVED_BEFORE_FULL = 5


def say(**values):
    print(json.dumps(values), flush=True)


def fill(folder: str) -> str:
    """Take every free byte of the disk with one file."""
    path = os.path.join(folder, "filler.bin")
    with open(path, "wb", buffering=0) as handle:  # unbuffered: closing has nothing left to write
        try:
            while True:
                handle.write(bytes(4096))
        except OSError:
            pass
    return path


def main(data_dir: str) -> int:
    app = QApplication(sys.argv[:1])  # noqa: F841 - the message needs an application
    install_excepthook(show=lambda title, text: say(shown=[title, text]))
    settings = resolve_settings(data_dir=data_dir, environ={})
    services = open_services(settings)
    trainee = services.trainees.create("Full Disk", None)
    saved = 0
    filler = None
    for day in range(5000):
        if day == SAVED_BEFORE_FULL:
            filler = fill(data_dir)
        entry = EntryData(dt.date(2020, 1, 1) + dt.timedelta(days=day), "1.5", "experience",
                          activity="Group support " + "x" * 400)
        try:
            services.hours.add_entry(trainee.id, entry, today=dt.date(2035, 1, 1))
        except Exception:  # noqa: BLE001 - what the UI does with an error: the hook shows it
            sys.excepthook(*sys.exc_info())
            break
        saved += 1
        say(saved=saved)
    sys.excepthook = sys.__excepthook__  # anything after this is a failure of the test itself
    services.close()
    os.remove(filler)
    reopened = open_services(settings)
    say(kept=len(reopened.hours.list_entries(trainee.id)))
    reopened.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
