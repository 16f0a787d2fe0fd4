"""Run every benchmark and print a table: figure, value, target, ok.

Usage: python benchmarks/run.py [--quick] [--only NAME ...]

A ratio row compares the app with a floor measured in the same run; the row after it gives
the app's time and, in the floor column, the floor's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_agency  # noqa: E402
import bench_bundle  # noqa: E402
import bench_content  # noqa: E402
import bench_data  # noqa: E402
import bench_exam  # noqa: E402
import bench_hours  # noqa: E402
import bench_hours_page  # noqa: E402
import bench_report  # noqa: E402
import bench_start  # noqa: E402

BENCHMARKS = [bench_start, bench_content, bench_data, bench_hours, bench_hours_page, bench_exam, bench_report, bench_agency,
              bench_bundle]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="run only these benchmarks, e.g. hours data (names after bench_)")
    args = parser.parse_args(argv)
    chosen = [b for b in BENCHMARKS if not args.only or b.__name__.removeprefix("bench_") in args.only]
    rows = [row for bench in chosen for row in bench.run(quick=args.quick)]
    width = max(len(r["figure"]) for r in rows)
    print(f"{'figure':<{width}}  {'value':>10}  {'floor':>10}  {'target':>8}  ok")
    for row in rows:
        floor = f"{row['floor_ms']:>10.2f}" if "floor_ms" in row else " " * 10
        print(f"{row['figure']:<{width}}  {row['value']:>10.2f}  {floor}  {row['target']:>8}  "
              f"{'yes' if row['ok'] else 'NO'}")
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
