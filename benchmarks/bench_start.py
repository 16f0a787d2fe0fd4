"""App start vs. a bare PySide6 window with one QTextBrowser (time and peak memory).

Both run offscreen in fresh processes; each prints its peak RSS just before exiting.
The app starts on the bundled catalog with a trainee whose dashboard is filled.
"""

from __future__ import annotations

import compileall
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FLOOR = """
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser
app = QApplication(sys.argv[:1])
view = QTextBrowser(); view.setHtml("<h1>Hello</h1><p>A bare window.</p>"); view.show()
QTimer.singleShot(0, lambda: (print("window shown at %.6f" % time.monotonic(), flush=True), app.quit()))
app.exec()
print("MAXRSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

APP = """
import atexit, resource, sys
atexit.register(lambda: print("MAXRSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True))
from trainer.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "--quit-after-show"]))
"""


def _run(code: str, *args: str) -> tuple[float, int]:
    """Seconds from launching the process to its window shown (both read the system-wide
    monotonic clock; tear-down is not counted), and the process's peak memory."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                            timeout=120, check=True)
    shown = float(re.search(r"window shown.* at (\d+\.\d+)", result.stdout).group(1))
    rss = int(next(line.split()[1] for line in result.stdout.splitlines() if line.startswith("MAXRSS")))
    return shown - start, rss


def _prepare(data_dir: str) -> None:
    from trainer.config import resolve_settings
    from trainer.services import open_services

    services = open_services(resolve_settings(data_dir=data_dir, environ={}))
    try:
        trainee = services.trainees.create("Benchmark Trainee", "icrc-pr")
        services.preferences.set("current_trainee_id", trainee.id)
        catalog = services.catalog
        for module in list(catalog.modules.values())[:5]:
            for section in module.sections:
                services.progress.mark_read(trainee.id, module, section.key)
    finally:
        services.close()


def run(quick: bool = False) -> list[dict]:
    repeats = 5 if quick else 15
    # pip, the .deb and PyInstaller all install compiled bytecode; so does this checkout.
    compileall.compile_dir(str(ROOT / "trainer"), quiet=1)
    with tempfile.TemporaryDirectory() as data_dir:
        _prepare(data_dir)
        _run(APP, data_dir)  # warm the file cache once
        # Interleaved, so that a change in the machine's load falls on both alike.
        floors, apps = [], []
        for _ in range(repeats):
            floors.append(_run(FLOOR))
            apps.append(_run(APP, data_dir))
    floor_time = statistics.median(t for t, _ in floors)
    app_time = statistics.median(t for t, _ in apps)
    floor_rss = statistics.median(r for _, r in floors)
    app_rss = statistics.median(r for _, r in apps)
    return [
        {"figure": "start: app / bare QTextBrowser window (time)", "value": app_time / floor_time,
         "target": "<= 1.5", "ok": app_time / floor_time <= 1.5},
        {"figure": "start: app time (s)", "value": app_time, "target": "report", "ok": True},
        {"figure": "start: app / bare window (peak memory)", "value": app_rss / floor_rss,
         "target": "<= 1.5", "ok": app_rss / floor_rss <= 1.5},
    ]
