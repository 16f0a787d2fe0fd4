"""`cpsw-trainer soak`: one long session through every page in a real window (or offscreen),
watching that the process stays alive, memory stays flat and the CPU falls to idle. CI runs
it from source and against the packaged bundle."""

from __future__ import annotations

import sys
from pathlib import Path

NAMES = ("soak",)


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("soak", help="drive every page for minutes and check CPU and memory")
    parser.add_argument("--seconds", type=float, default=120, help="run at least this long (default: 120)")
    parser.add_argument("--updates", type=int, default=20_000,
                        help="and at least this many widget updates (default: 20000)")
    parser.add_argument("--report", help="write the figures as JSON to this file")


def run(args, settings) -> int:
    from trainer.ui.soak import run_soak  # the only command that opens a window of its own

    report = run_soak(settings.content_dir, args.seconds, args.updates,
                      log=lambda line: print(line, file=sys.stderr, flush=True))
    if args.report:
        Path(args.report).write_text(report.as_json(), encoding="utf-8")
    problems = report.problems(args.seconds, args.updates)
    for problem in problems:
        print(f"FAILED {problem}", file=sys.stderr)
    print(f"soak: {report.rounds} rounds, {report.seconds:.0f} s, {report.updates} widget updates, "
          f"memory {report.rss_mb[0] if report.rss_mb else 0:.0f} -> "
          f"{report.rss_mb[-1] if report.rss_mb else 0:.0f} MB "
          f"({report.memory_growth:+.0%} after warm-up), {report.idle_checks} idle checks: "
          + ("passed" if not problems else "failed"))
    return 0 if not problems else 1
