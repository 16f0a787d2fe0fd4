"""App start vs. a bare PySide6 window with one QTextBrowser (time and peak memory).

Both run offscreen in fresh processes; each prints its peak RSS just before exiting.
The app starts on the bundled catalog three ways: a returning trainee whose dashboard is filled,
a data folder never used before (creates the database), and a trainee with 100,000 hours entries.
"""

from __future__ import annotations

import compileall
import os
import re
import shutil
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


def _prepare(data_dir: str, entries: int = 0) -> None:
    """A returning trainee: signed in before, five modules read, and `entries` hours logged."""
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
        if entries:
            from bench_hours import seed_entries  # noqa: E402 - benchmarks/ is on sys.path

            seed_entries(services, trainee.id, entries)
    finally:
        services.close()


LARGE = 100_000  # hours entries in the large history


def run(quick: bool = False) -> list[dict]:
    repeats = 5 if quick else 15
    # pip, the .deb and PyInstaller all install compiled bytecode; so does this checkout.
    compileall.compile_dir(str(ROOT / "trainer"), quiet=1)
    with tempfile.TemporaryDirectory() as returning, tempfile.TemporaryDirectory() as large, \
            tempfile.TemporaryDirectory() as fresh_root:
        _prepare(returning)
        _prepare(large, LARGE)
        _run(APP, returning)  # warm the file cache once
        _run(APP, large)
        _run(APP, str(Path(fresh_root) / "warm"))  # and the catalog cache a fresh folder would build
        # Interleaved, so that a change in the machine's load falls on all alike.
        floors, apps, larges, fresh, fresh_cached = [], [], [], [], []
        for i in range(repeats):
            floors.append(_run(FLOOR))
            apps.append(_run(APP, returning))
            larges.append(_run(APP, large))
            fresh.append(_run(APP, str(Path(fresh_root) / f"new-{i}")))  # a data folder never used
            # The same with the catalog cache already there: what the database side of a first start costs.
            cached = Path(fresh_root) / f"cached-{i}"
            shutil.copytree(Path(fresh_root) / "warm" / "cache", cached / "cache")
            fresh_cached.append(_run(APP, str(cached)))
    floor_time = statistics.median(t for t, _ in floors)
    floor_rss = statistics.median(r for _, r in floors)
    rows = []
    # With the catalog cached and with a large history there is no target of their own: they show
    # what parsing the content costs a first start, and what the integrity check and the
    # dashboard's sums cost as a log grows.
    for name, runs, target in (("returning trainee", apps, 1.5), ("fresh data folder", fresh, 2.0),
                               ("fresh data folder, catalog cached", fresh_cached, None),
                               (f"{LARGE:,} hours entries", larges, None)):
        app_time = statistics.median(t for t, _ in runs)
        ratio = app_time / floor_time
        rows += [{"figure": f"start, {name}: app / bare QTextBrowser window (time)", "value": ratio,
                  "target": f"<= {target}" if target else "report", "ok": target is None or ratio <= target},
                 {"figure": f"start, {name}: app | bare window (s)", "value": app_time, "target": "report",
                  "ok": True, "floor_ms": floor_time * 1000}]
    app_rss = statistics.median(r for _, r in apps)
    rows.append({"figure": "start: app / bare window (peak memory)", "value": app_rss / floor_rss,
                 "target": "<= 1.5", "ok": app_rss / floor_rss <= 1.5})
    return rows
