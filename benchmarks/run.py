"""Run every benchmark and print a table: figure, value, target, ok.

Usage: python benchmarks/run.py [--quick]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_bundle  # noqa: E402
import bench_content  # noqa: E402
import bench_data  # noqa: E402
import bench_exam  # noqa: E402
import bench_report  # noqa: E402
import bench_start  # noqa: E402

BENCHMARKS = [bench_start, bench_content, bench_data, bench_exam, bench_report, bench_bundle]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args(argv)
    rows = [row for bench in BENCHMARKS for row in bench.run(quick=args.quick)]
    width = max(len(r["figure"]) for r in rows)
    print(f"{'figure':<{width}}  {'value':>10}  {'target':>8}  ok")
    for row in rows:
        print(f"{row['figure']:<{width}}  {row['value']:>10.2f}  {row['target']:>8}  {'yes' if row['ok'] else 'NO'}")
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
