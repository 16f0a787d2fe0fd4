"""kill -9 during a burst of hours entries loses none that were reported saved."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def test_sigkill_during_hours_burst_loses_nothing_reported_saved(tmp_path):
    data = tmp_path / "data"
    child = subprocess.Popen([sys.executable, str(HERE / "hours_burst_driver.py"), str(data)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=dict(os.environ), cwd=HERE.parents[1])
    reported = 0
    deadline = time.monotonic() + 120
    try:
        while reported < 150 and time.monotonic() < deadline:
            line = child.stdout.readline()
            assert line or child.poll() is None, child.stderr.read()
            if line.startswith("SAVED"):
                reported = int(line.split()[1])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    # Read everything the child printed before it died: the last report counts.
    for line in child.stdout.read().splitlines():
        if line.startswith("SAVED"):
            reported = int(line.split()[1])
    assert reported >= 150
    with sqlite3.connect(data / "trainer.sqlite3") as raw:
        assert raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        stored = raw.execute("SELECT count(*) FROM hours_entry").fetchone()[0]
        history = raw.execute("SELECT count(*) FROM hours_history WHERE action = 'add'").fetchone()[0]
    assert stored >= reported and history == stored
