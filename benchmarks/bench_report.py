"""Render the readiness report for a trainee with 3 years of history and 10,000 hours entries
(bench_data.seed_history: 500 attempts, 40,000 answers). The report sums the hours by month
(target: gathering and drawing under 1.5 s); the same report with every entry listed
(`full_log`, hundreds of pages) is reported beside it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench_data import seed_history  # noqa: E402 - benchmarks/ is on sys.path
from timing import median_time  # noqa: E402 - benchmarks/ is on sys.path

from trainer.config import Settings, bundled_content_dir
from trainer.reports import render
from trainer.services import open_services

ENTRIES = 10_000


def run(quick: bool = False) -> list[dict]:
    repeats = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="cpsw-bench-report-") as tmp:
        settings = Settings(data_dir=Path(tmp), content_dir=bundled_content_dir(),
                            database_url=f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        services = open_services(settings)
        try:
            trainee_id = seed_history(services, entries=ENTRIES)
            reports = services.reports
            data = reports.data(trainee_id)
            gather = median_time(lambda: reports.data(trainee_id), repeats)
            draw = median_time(lambda: render(data), repeats)
            full = median_time(lambda: render(reports.data(trainee_id, full_log=True)), 1)
        finally:
            services.close()
    total = gather + draw
    return [
        {"figure": f"readiness report, {ENTRIES:,} hours entries, 500 attempts (s)", "value": total,
         "target": "< 1.5", "ok": total < 1.5},
        {"figure": "report: drawing / gathering the figures", "value": draw / gather, "target": "report",
         "ok": True},
        {"figure": f"readiness report with the full log of {ENTRIES:,} entries (s)", "value": full,
         "target": "report", "ok": True},
    ]
