"""The agency-scale generator (benchmarks/agency_data.py) writes what it says, and the app reads it:
checked small on PostgreSQL, the database it is for."""

import importlib.util
import sys

from tests.conftest import BUNDLED_CONTENT, ROOT
from trainer.config import Settings
from trainer.content.loader import load_catalog
from trainer.services import open_services
from trainer.study.cohort import CohortService


def _generator():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("agency_data", ROOT / "benchmarks" / "agency_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_fills_an_agency_database_the_app_reads(postgres, data_dir):
    catalog = load_catalog(BUNDLED_CONTENT)
    url = postgres.create_database()
    made = _generator().generate(url, catalog, trainees=6, entries=600, answers=6 * 10 * 20, attempts_each=10)
    assert (made["trainee"], made["hours_entry"], made["hours_history"]) == (6, 600, 600)
    assert (made["attempt"], made["attempt_item"]) == (60, 1200)
    services = open_services(Settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, database_url=url),
                             catalog=catalog)
    try:
        trainees = services.trainees.all()
        assert len(trainees) == 6
        first = trainees[0].id
        assert len(services.hours.list_entries(first)) == 100
        assert len(services.attempts.history(first)) == 10
        assert len(services.attempts.history(first, mode="exam")) == 1
        rows = CohortService(lambda: services.catalog, lambda: services.database).rows()
        assert [r.name for r in rows] == [t.name for t in trainees]
        assert all(r.last_exam is not None and r.total > 0 and sum(r.hours.values()) > 0 for r in rows)
        # Ids continue after the generated ones: the app can add to the data.
        services.trainees.create("Added Later", None)
    finally:
        services.close()
