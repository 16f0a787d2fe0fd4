"""Instructions executed from launch to the window shown, app vs. the bare-window floor,
counted by valgrind's callgrind. Unlike the clock, the count barely moves with the machine's
load, so it shows what a change to the start path saves. Not part of run.py: it takes about
half a minute and needs valgrind (`apt-get install valgrind`).

Usage: python benchmarks/start_instructions.py
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_start  # noqa: E402

# Both programs end the moment they print "window shown": tear-down is not counted.
EXIT_WHEN_SHOWN = """
import builtins, os
_print = builtins.print
def _print_then_exit(*args, **kwargs):
    _print(*args, **kwargs)
    if args and str(args[0]).startswith("window shown"):
        os._exit(0)
builtins.print = _print_then_exit
"""


def instructions(code: str, *args: str) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(bench_start.ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as out:
        result = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/cg",
                                 sys.executable, "-c", EXIT_WHEN_SHOWN + code, *args],
                                capture_output=True, text=True, env=env, timeout=600, check=True)
    return int(re.search(r"Collected : (\d+)", result.stderr).group(1))


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as data_dir:
        bench_start._prepare(data_dir)
        bench_start._run(bench_start.APP, data_dir)  # compiles bytecode, writes the catalog cache
        floor = instructions(bench_start.FLOOR)
        app = instructions(bench_start.APP, data_dir)
    print(f"floor {floor / 1e6:.0f} M instructions, app {app / 1e6:.0f} M, ratio {app / floor:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
