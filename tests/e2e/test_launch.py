"""The real entry point, started as a person would, opens its window offscreen."""

import os
import subprocess
import sys

from tests.conftest import ROOT, SMALL_CONTENT


def _env(**extra):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    env.pop("CPSW_TRAINER_DATABASE_URL", None)
    return env


def test_python_m_trainer_opens_the_window(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "trainer", "--data-dir", str(tmp_path), "--content-dir", str(SMALL_CONTENT)],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env=_env(CPSW_TRAINER_QUIT_AFTER_SHOW="1"),
    )
    assert result.returncode == 0, result.stderr
    assert "window shown: CPSW Trainer (dashboard)" in result.stdout
    assert (tmp_path / "trainer.sqlite3").is_file()


def test_console_script_opens_the_window_on_bundled_content(tmp_path):
    script = os.path.join(os.path.dirname(sys.executable), "cpsw-trainer")
    result = subprocess.run([script, "--quit-after-show"], capture_output=True, text=True, timeout=120,
                            env=_env(CPSW_TRAINER_DATA=str(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout
    assert (tmp_path / "trainer.sqlite3").is_file()


def test_unreadable_database_gives_a_clear_error(tmp_path):
    (tmp_path / "trainer.sqlite3").write_bytes(b"garbage" * 500)
    result = subprocess.run(
        [sys.executable, "-m", "trainer", "--data-dir", str(tmp_path), "--quit-after-show"],
        capture_output=True, text=True, timeout=120, cwd=ROOT, env=_env(),
    )
    assert result.returncode == 2
    assert "cannot be read" in result.stderr and "Traceback" not in result.stderr
