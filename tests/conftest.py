"""Shared fixtures: temporary data dirs, small content, databases on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the user's real data, whatever a test forgets to pass.
os.environ.pop("CPSW_TRAINER_DATABASE_URL", None)

from tests.postgres_server import PostgresServer, PostgresUnavailable  # noqa: E402
from trainer.config import Settings, resolve_settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SMALL_CONTENT = FIXTURES / "content_small"
BUNDLED_CONTENT = ROOT / "content"


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("default-data")
    monkeypatch.setenv("CPSW_TRAINER_DATA", str(home))


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def small_content(tmp_path) -> Path:
    """A private copy of the small fixture curriculum (tests may edit it)."""
    target = tmp_path / "content"
    shutil.copytree(SMALL_CONTENT, target)
    return target


@pytest.fixture
def bilingual_content(small_content) -> Path:
    """The small curriculum with Spanish beside it (content/es/), one module left in English only."""
    shutil.copytree(FIXTURES / "es_small", small_content / "es")
    return small_content


@pytest.fixture
def settings(data_dir, small_content) -> Settings:
    return resolve_settings(data_dir=data_dir, content_dir=small_content, environ={})


@pytest.fixture(scope="session")
def postgres():
    server = PostgresServer()
    try:
        server.start()
    except PostgresUnavailable as exc:
        if os.environ.get("CPSW_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is required here but could not start: {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite3'}"
    return request.getfixturevalue("postgres").create_database()
