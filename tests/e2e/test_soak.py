"""The soak run itself: it drives a real process through every page, and its checks fail on
what they are there to catch (a busy page, growing memory, a short run). The full-length run
(2 minutes, 20,000 widget updates, under Xvfb) is scripts/soak.sh, run by .ci/run from source
and by build/test_package.sh against the bundle."""

import json
import os
import subprocess
import sys
from unittest import mock

from PySide6.QtCore import QTimer

from tests.conftest import ROOT
from trainer.ui.soak import SoakReport, _check_idle, round_steps


def test_a_short_soak_in_a_real_process_passes_and_reports(tmp_path):
    report_path = tmp_path / "soak.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "trainer", "soak", "--seconds", "5", "--updates", "500",
                             "--report", str(report_path)], capture_output=True, text=True, timeout=400,
                            cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(report_path.read_text())
    assert report["rounds"] >= 3 and report["updates"] >= 500
    assert report["errors"] == [] and report["busy_pages"] == {}
    steps = len(round_steps(mock.Mock(), 0))
    assert steps >= 12 and report["idle_checks"] == steps * report["rounds"]  # every step was watched every round
    assert report["dialogs_answered"] > 0  # message boxes and prompts were answered as a person would
    assert "soak:" in result.stdout and "passed" in result.stdout


def test_a_page_that_keeps_a_core_busy_is_caught(qapp):
    report = SoakReport()
    busy = QTimer()
    busy.setInterval(0)
    busy.timeout.connect(lambda: sum(range(20_000)))  # a layout loop's worth of work, forever
    busy.start()
    try:
        _check_idle("dashboard", report)
    finally:
        busy.stop()
    assert "dashboard" in report.busy_pages and report.busy_pages["dashboard"] > 0.5
    _check_idle("modules", report)  # once it stops, the app is idle again
    assert "modules" not in report.busy_pages


def test_the_verdict_fails_on_growth_short_runs_and_errors():
    report = SoakReport(seconds=130, rounds=6, updates=25_000, rss_mb=[150, 180, 182, 185, 190, 200])
    assert report.problems(120, 20_000) == []  # 200 / 180: 11% after warm-up
    report.rss_mb[-1] = 230
    assert any("memory grew" in p for p in report.problems(120, 20_000))
    short = SoakReport(seconds=30, rounds=2, updates=900, rss_mb=[150, 151])
    found = short.problems(120, 20_000)
    assert any("ran 30 s" in p for p in found) and any("900 widget updates" in p for p in found)
    assert any("rounds" in p for p in found)
    broken = SoakReport(seconds=130, rounds=4, updates=25_000, rss_mb=[1, 1, 1, 1],
                        errors=["round 1, hours: RuntimeError: boom"])
    assert broken.problems(120, 20_000) == ["round 1, hours: RuntimeError: boom"]
