"""A read-only or full data folder: a clear message, nothing already saved is lost."""

import datetime as dt
import sys

import pytest
from sqlalchemy.exc import OperationalError

from trainer.services import open_services
from trainer.study.hours import EntryData
from trainer.ui.app import friendly_message, install_excepthook, storage_trouble


@pytest.mark.parametrize("message", ["attempt to write a readonly database", "database or disk is full"])
def test_disk_refusals_get_a_plain_message(qapp, message):
    error = OperationalError("INSERT INTO hours_entry ...", {}, Exception(message))
    assert storage_trouble(error)
    title, text = friendly_message(error)
    assert title == "Your change could not be saved" and "read-only or the disk is full" in text
    assert not storage_trouble(ValueError("a bug"))


def test_excepthook_shows_the_message_and_saved_work_stays(qapp, settings, monkeypatch):
    services = open_services(settings)
    trainee = services.trainees.create("Kept", None)
    services.hours.add_entry(trainee.id, EntryData(dt.date(2026, 1, 2), "2", "experience"),
                             today=dt.date(2026, 2, 1))
    shown = []
    previous = sys.excepthook
    install_excepthook(show=lambda title, text: shown.append((title, text)))
    try:
        # The disk refuses the next write (as a full disk or a read-only folder would).
        def refuse(*_args, **_kwargs):
            raise OperationalError("INSERT", {}, Exception("database or disk is full"))

        monkeypatch.setattr(services.hours, "add_entry", refuse)
        try:
            services.hours.add_entry(trainee.id, EntryData(dt.date(2026, 1, 3), "1", "experience"))
        except OperationalError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert shown and shown[0][0] == "Your change could not be saved"
    assert "Traceback" not in shown[0][1]
    monkeypatch.undo()
    assert len(services.hours.list_entries(trainee.id)) == 1  # what was saved before is intact
    services.close()
