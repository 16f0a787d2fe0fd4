"""A trainee with realistic history on the bundled curriculum (its bank is large enough for exams)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import BUNDLED_CONTENT
from trainer.config import Settings
from trainer.content.loader import load_catalog
from trainer.services import open_services
from trainer.study.demo import create_demo

TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="session")
def bundled_catalog():
    catalog = load_catalog(BUNDLED_CONTENT)
    assert not catalog.errors
    return catalog


@pytest.fixture
def make_services(data_dir, bundled_catalog):
    opened = []

    def make(database_url: str | None = None):
        url = database_url or f"sqlite:///{data_dir / 'reports.sqlite3'}"
        services = open_services(Settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, database_url=url),
                                 catalog=bundled_catalog)
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.close()


@pytest.fixture
def demo(make_services):
    """Services and a demo trainee with 60 hours entries, modules, exams and attestations."""
    services = make_services()
    summary = create_demo(services, "Rosa Q. Example", entries=60, today=TODAY)
    return services, summary
