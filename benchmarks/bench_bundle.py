"""The packaged app: bundle size, and its start against the same app run from source.

Needs a bundle built by `bash build/build.sh` (build/dist/cpsw-trainer); reports
"not built" otherwise.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "build" / "dist" / "cpsw-trainer"


def _size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1_000_000


def _start(command: list[str], data_dir: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    subprocess.run(command + ["--data-dir", data_dir, "--quit-after-show"], check=True, capture_output=True,
                   env=env, timeout=120)
    return time.perf_counter() - start


def run(quick: bool = False) -> list[dict]:
    executable = BUNDLE / "cpsw-trainer"
    if not executable.is_file():
        return [{"figure": "bundle: not built (bash build/build.sh)", "value": 0.0, "target": "report", "ok": True}]
    repeats = 3 if quick else 5
    with tempfile.TemporaryDirectory() as data_dir:
        _start([str(executable)], data_dir)
        _start([sys.executable, "-m", "trainer"], data_dir)
        bundled = statistics.median(_start([str(executable)], data_dir) for _ in range(repeats))
        source = statistics.median(_start([sys.executable, "-m", "trainer"], data_dir) for _ in range(repeats))
    return [
        {"figure": "bundle: size (MB)", "value": _size_mb(BUNDLE), "target": "report", "ok": True},
        {"figure": "bundle: start / start from source", "value": bundled / source, "target": "report", "ok": True},
    ]
