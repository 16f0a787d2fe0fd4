"""Render the readiness report for a trainee with about three years of data (target: under 1 s)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from timing import median_time  # noqa: E402 - benchmarks/ is on sys.path

from trainer.config import Settings, bundled_content_dir
from trainer.reports import ReportService, render
from trainer.services import open_services
from trainer.study.demo import create_demo

ENTRIES = 720  # about three years at the demo's pace of 120 entries per six months




def run(quick: bool = False) -> list[dict]:
    repeats = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="cpsw-bench-report-") as tmp:
        settings = Settings(data_dir=Path(tmp), content_dir=bundled_content_dir(),
                            database_url=f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        services = open_services(settings)
        try:
            trainee_id = create_demo(services, "Benchmark Trainee", entries=ENTRIES).trainee_id
            reports = ReportService(services)
            data = reports.data(trainee_id)
            gather = median_time(lambda: reports.data(trainee_id), repeats)
            draw = median_time(lambda: render(data), repeats)
        finally:
            services.close()
    total = gather + draw
    return [
        {"figure": f"readiness report, {ENTRIES} hours entries (s)", "value": total, "target": "< 1",
         "ok": total < 1.0},
        {"figure": "report: drawing / gathering the figures", "value": draw / gather, "target": "report",
         "ok": True},
    ]
