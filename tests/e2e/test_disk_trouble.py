"""A read-only data folder and a full disk, for real: a read-only bind mount and a tiny
tmpfs in a private mount namespace (`unshare`), so even root cannot write there."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import ROOT

SEED = """
import datetime as dt, sys
from trainer.config import resolve_settings
from trainer.services import open_services
from trainer.study.hours import EntryData

services = open_services(resolve_settings(data_dir=sys.argv[1], environ={}))
trainee = services.trainees.create("Read Only", "icrc-pr")
services.preferences.set("current_trainee_id", trainee.id)
services.hours.add_entry(trainee.id, EntryData(dt.date(2026, 1, 5), "2", "experience"), today=dt.date(2026, 2, 1))
services.close()
"""


def _env():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("CPSW_TRAINER_DATABASE_URL", None)
    return env


def _private_mounts() -> str | None:
    """None when `unshare -rm` works here, else why not."""
    if shutil.which("unshare") is None:
        return "unshare is not installed"
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return None if probe.returncode == 0 else f"no private mount namespaces: {probe.stderr.decode().strip()}"


def _in_private_mounts(script: str, *args: str) -> subprocess.CompletedProcess:
    """Run a shell script as root of a new user and mount namespace (no effect outside it)."""
    problem = _private_mounts()
    if problem:
        pytest.skip(problem)
    return subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", *args], capture_output=True,
                          text=True, timeout=300, cwd=ROOT, env=_env())


def _snapshot(folder):
    return sorted((str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*") if p.is_file())


def test_a_read_only_data_folder_gives_a_clear_message_and_loses_nothing(tmp_path):
    data = tmp_path / "data"
    subprocess.run([sys.executable, "-c", SEED, str(data)], check=True, cwd=ROOT, env=_env(), timeout=120)
    before = _snapshot(data)
    if _private_mounts() and os.geteuid() != 0:  # no namespaces, but permissions bind a normal user
        modes = {p: p.stat().st_mode for p in [data, *data.rglob("*")]}
        for path in modes:
            path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            result = subprocess.run([sys.executable, "-m", "trainer", "--data-dir", str(data), "--quit-after-show"],
                                    capture_output=True, text=True, timeout=120, cwd=ROOT, env=_env())
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
    else:
        result = _in_private_mounts(
            'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && touch "$1/probe" 2>/dev/null '
            '&& echo "still writable"; exec "$2" -m trainer --data-dir "$1" --quit-after-show',
            str(data), sys.executable)
    assert "still writable" not in result.stdout
    assert result.returncode == 2, result.stderr
    assert "could not open its data" in result.stderr
    assert "read-only or the disk is full" in result.stderr and "Nothing has been changed or lost" in result.stderr
    assert "Traceback" not in result.stderr
    assert _snapshot(data) == before  # not a byte changed
    with sqlite3.connect(data / "trainer.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM hours_entry").fetchone()[0] == 1


def test_a_full_disk_shows_the_message_and_keeps_every_saved_entry(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    result = _in_private_mounts(
        'mount -t tmpfs -o size=4m tmpfs "$1" && exec "$2" tests/e2e/disk_full_driver.py "$1"',
        str(data), sys.executable)
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    saved = max((e["saved"] for e in events if "saved" in e), default=0)
    shown = [e["shown"] for e in events if "shown" in e]
    kept = next(e["kept"] for e in events if "kept" in e)
    assert shown, "the disk never filled up"
    title, text = shown[0]
    assert title == "Your change could not be saved" and "disk is full" in text and "Traceback" not in text
    assert kept == saved >= 5  # every entry the app reported saved is still there
