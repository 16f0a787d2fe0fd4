"""Fixtures shared by the study tests: an open database (SQLite and PostgreSQL) and the hours service."""

import pytest

from trainer.store.db import open_database
from trainer.study.hours import HoursService


@pytest.fixture
def db(database_url):
    database = open_database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def service(db):
    return HoursService(db.sessions)
