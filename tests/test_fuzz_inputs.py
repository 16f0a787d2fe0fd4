"""Fuzzing the inputs people hand the app: content files, hours CSVs and agency configs.
Each yields a result or clear errors, never an unhandled exception."""

import shutil
import string
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SMALL_CONTENT
from trainer.agency import AgencyConfigError, parse_agency_config
from trainer.content.loader import load_catalog
from trainer.store.db import open_database
from trainer.study.hours import HoursError, HoursService
from trainer.study.hours_csv import preview_import
from trainer.study.trainees import TraineeService

SEED_FILES = sorted(p for p in SMALL_CONTENT.rglob("*") if p.is_file() and p.suffix in (".md", ".yaml")
                    and p.name not in ("domains.yaml", "competencies.yaml"))
SPECIAL = ":-{}[]#&*!|>'\"%@`\n\t ---\u00e9\u200b\ufeff"


def _mutate(data: st.DataObject, text: str) -> str:
    for _ in range(data.draw(st.integers(1, 6))):
        kind = data.draw(st.sampled_from(["insert", "delete", "swap", "truncate"]))
        if not text:
            break
        at = data.draw(st.integers(0, len(text) - 1))
        if kind == "insert":
            text = text[:at] + data.draw(st.text(alphabet=SPECIAL + string.ascii_letters, max_size=8)) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + data.draw(st.integers(1, 20)):]
        elif kind == "swap":
            other = data.draw(st.integers(0, len(text) - 1))
            chars = list(text)
            chars[at], chars[other] = chars[other], chars[at]
            text = "".join(chars)
        else:
            text = text[:at]
    return text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_content_files_give_errors_not_exceptions(data):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "content"
        shutil.copytree(SMALL_CONTENT, root)
        victim = data.draw(st.sampled_from(SEED_FILES))
        target = root / victim.relative_to(SMALL_CONTENT)
        target.write_text(_mutate(data, victim.read_text(encoding="utf-8")), encoding="utf-8")
        catalog = load_catalog(root)
        for error in catalog.errors:
            assert error.path and isinstance(error.line, int) and error.message


@settings(max_examples=40, deadline=None)
@given(blob=st.binary(max_size=400))
def test_random_bytes_as_content_files(blob):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "content"
        shutil.copytree(SMALL_CONTENT, root)
        (root / "quizzes" / "random.yaml").write_bytes(blob)
        (root / "modules" / "random.md").write_bytes(b"---\n" + blob)
        load_catalog(root)  # must not raise


@pytest.fixture(scope="module")
def hours_service(tmp_path_factory):
    database = open_database(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'db.sqlite3'}")
    trainee = TraineeService(database.sessions).create("Fuzz", None)
    yield HoursService(database.sessions), trainee.id
    database.dispose()


CSV_ALPHABET = string.ascii_letters + string.digits + ",;/-.\n\r\"' \ufeff"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text(alphabet=CSV_ALPHABET, max_size=300),
       header=st.sampled_from(["date,hours,kind,domain,setting,activity,supervisor,notes\n",
                               "date;hours;kind\n", "", "\ufeffdate,hours,kind\n"]))
def test_hours_csv_preview_never_raises_unexpectedly(hours_service, header, body):
    service, trainee_id = hours_service
    try:
        preview = preview_import(service, trainee_id, (header + body).encode("utf-8"))
    except HoursError as exc:  # a whole-file problem, said plainly
        assert str(exc)
        return
    for bad in preview.bad:
        assert bad.line >= 1 and bad.problems


@settings(max_examples=80, deadline=None)
@given(text=st.text(max_size=200))
def test_agency_config_gives_a_config_or_a_named_error(text):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "agency.toml"
        path.write_text(text, encoding="utf-8")
        try:
            parse_agency_config(path)
        except AgencyConfigError as exc:
            assert "agency configuration" in str(exc)
