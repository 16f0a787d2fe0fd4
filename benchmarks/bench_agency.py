"""An agency at scale on PostgreSQL (agency_data: 500 trainees, 250,000 hours entries, 1,000,000
answers). The logic-layer calls the pages make, timed: the cohort page's data (<= 300 ms), one
trainee's dashboard data (<= 100 ms), the sign-in picker's list (<= 100 ms) and the cohort CSV
(<= 2 s); and how long generating the data took (< 5 minutes). Each is shown with a floor:
the rows it is made from, fetched with hand-written SQL on one persistent connection."""

from __future__ import annotations

import csv
import io

from bench_data import _sql_dashboard  # noqa: E402 - benchmarks/ is on sys.path
from floors import Raw  # noqa: E402 - benchmarks/ is on sys.path
from timing import median_time  # noqa: E402 - benchmarks/ is on sys.path

from trainer.config import resolve_settings
from trainer.services import open_services
from trainer.study.cohort import CohortService, cohort_csv
from trainer.study.readiness import ReadinessService


def _measure(url: str, tmp: str, repeats: int) -> list[dict]:
    from agency_data import generate  # noqa: E402 - benchmarks/ is on sys.path

    services = open_services(resolve_settings(data_dir=tmp, database_url=url, environ={}))
    try:
        made = generate(url, services.catalog)
        cohort = CohortService(lambda: services.catalog, lambda: services.database)
        readiness = ReadinessService(lambda: services.catalog, services.overview)
        trainee = services.overview.trainees()[250]
        profile = services.catalog.profiles[trainee.profile_id]

        def dashboard():
            readiness.assess(trainee.id, profile)
            services.overview.due_count(trainee.id)
            services.overview.has_resumable(trainee.id)

        raw = Raw(url, None)

        def floor_csv():
            out = io.StringIO(newline="")
            csv.writer(out).writerows(raw.all("SELECT name, profile_id FROM trainee ORDER BY name"))
            _sql_cohort(raw)

        calls = [("cohort page data, 500 trainees", cohort.rows, lambda: _sql_cohort(raw), 0.300),
                 ("a trainee's dashboard data", dashboard, lambda: _sql_dashboard(raw, trainee.id), 0.100),
                 ("sign-in picker's list", services.overview.trainees,
                  lambda: raw.all("SELECT id, name, profile_id FROM trainee ORDER BY name"), 0.100),
                 ("cohort CSV", lambda: cohort_csv(cohort.rows()), floor_csv, 2.0)]
        rows = [{"figure": "agency: generate 500 trainees, 250k entries, 1M answers (s)", "value": made["seconds"],
                 "target": "< 300", "ok": made["seconds"] < 300}]
        try:
            for name, call, floor, limit in calls:
                call(), floor()
                seconds, floor_seconds = median_time(call, repeats), median_time(floor, repeats)
                rows.append({"figure": f"agency (PostgreSQL): {name} (ms)", "value": seconds * 1000,
                             "target": f"<= {limit * 1000:g}", "ok": seconds <= limit,
                             "floor_ms": floor_seconds * 1000})
        finally:
            raw.close()
        return rows
    finally:
        services.close()


def _sql_cohort(raw: Raw):
    """The floor: the rows the cohort is figured from, fetched with hand-written SQL (hours summed
    by the database, every exam answer with its stored mark), no figures made from them."""
    return (raw.all("SELECT trainee_id, kind, domain, sum(hours), max(updated_at) FROM hours_entry "
                    "GROUP BY trainee_id, kind, domain"),
            raw.all("SELECT trainee_id, module_id, section_key, read_at FROM section_read"),
            raw.all("SELECT trainee_id, module_id, completed_at FROM module_progress"),
            raw.all("SELECT trainee_id, attestation_id, attested_on FROM attestation"),
            raw.all("SELECT id, trainee_id, finished_at, blueprint FROM attempt "
                    "WHERE mode = 'exam' AND status = 'finished'"),
            raw.all("SELECT i.attempt_id, i.question_id, i.question_hash, i.correct FROM attempt_item i "
                    "JOIN attempt a ON a.id = i.attempt_id WHERE a.mode = 'exam' AND a.status = 'finished'"))


def run(quick: bool = False) -> list[dict]:
    from postgres import with_postgres  # noqa: E402 - benchmarks/ is on sys.path

    return with_postgres(lambda url, tmp: _measure(url, tmp, 3 if quick else 7), "agency")
