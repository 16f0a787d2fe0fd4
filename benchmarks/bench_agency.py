"""An agency at scale on PostgreSQL (agency_data: 500 trainees, 250,000 hours entries, 1,000,000
answers). The logic-layer calls the pages make, timed: the cohort page's data (<= 300 ms), one
trainee's dashboard data (<= 100 ms), the sign-in picker's list (<= 100 ms) and the cohort CSV
(<= 2 s); and how long generating the data took (< 5 minutes)."""

from __future__ import annotations

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
        cohort = CohortService(services)
        readiness = ReadinessService(services)
        trainee = services.overview.trainees()[250]
        profile = services.catalog.profiles[trainee.profile_id]

        def dashboard():
            readiness.assess(trainee.id, profile)
            services.overview.due_count(trainee.id)
            services.overview.has_resumable(trainee.id)

        calls = [("cohort page data, 500 trainees", cohort.rows, 0.300),
                 ("a trainee's dashboard data", dashboard, 0.100),
                 ("sign-in picker's list", services.overview.trainees, 0.100),
                 ("cohort CSV", lambda: cohort_csv(cohort.rows()), 2.0)]
        rows = [{"figure": "agency: generate 500 trainees, 250k entries, 1M answers (s)", "value": made["seconds"],
                 "target": "< 300", "ok": made["seconds"] < 300}]
        for name, call, limit in calls:
            call()
            seconds = median_time(call, repeats)
            rows.append({"figure": f"agency (PostgreSQL): {name} (ms)", "value": seconds * 1000,
                         "target": f"<= {limit * 1000:g}", "ok": seconds <= limit})
        return rows
    finally:
        services.close()


def run(quick: bool = False) -> list[dict]:
    from postgres import with_postgres  # noqa: E402 - benchmarks/ is on sys.path

    return with_postgres(lambda url, tmp: _measure(url, tmp, 3 if quick else 7), "agency")
