"""Kill the app with SIGKILL mid-exam: the next start offers the attempt with every answer intact."""

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.ui.conftest import write_drill_bank
from trainer.config import resolve_settings
from trainer.services import open_services

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def test_sigkill_mid_exam_then_resume(tmp_path, small_content):
    write_drill_bank(small_content)
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, str(HERE / "crash_exam_driver.py"), str(data), str(small_content), "6"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        line = ""
        while not line.startswith("ANSWERED"):
            line = child.stdout.readline()
            assert line or child.poll() is None, child.stderr.read()
        attempt_id = int(line.split()[1])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    restarted = subprocess.run(
        [sys.executable, "-m", "trainer", "--data-dir", str(data), "--content-dir", str(small_content),
         "--quit-after-show"], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert restarted.returncode == 0, restarted.stderr
    assert "window shown: CPSW Trainer (practice)" in restarted.stdout  # the resume offer

    services = open_services(resolve_settings(data_dir=data, content_dir=small_content, environ={}))
    try:
        trainee = services.trainees.find("Crash Tester")
        attempt = services.attempts.resumable(trainee.id)
        assert attempt is not None and attempt.id == attempt_id and attempt.mode == "exam"
        answered = [item for item in attempt.items if item.answered]
        assert [item.position for item in answered] == list(range(6))
        for item in answered:
            assert item.chosen == (item.option_order[0],)
        assert attempt.flagged() == [1]
        assert attempt.remaining_seconds is not None and attempt.remaining_seconds <= 20 * 60
    finally:
        services.close()
