import datetime as dt

from trainer.store.db import open_database
from trainer.study.attestations import AttestationService
from trainer.study.trainees import TraineeService


def test_set_clear_and_list(database_url):
    database = open_database(database_url)
    try:
        trainee = TraineeService(database.sessions).create("Lee", None)
        service = AttestationService(database.sessions)
        service.set(trainee.id, "diploma-or-equivalent", dt.date(2010, 6, 1))
        service.set(trainee.id, "signed-code-of-ethics", dt.date(2026, 9, 1), note=" signed at intake ")
        service.set(trainee.id, "diploma-or-equivalent", dt.date(2010, 6, 2))  # corrected date
        assert service.met(trainee.id) == {"diploma-or-equivalent": dt.date(2010, 6, 2),
                                           "signed-code-of-ethics": dt.date(2026, 9, 1)}
        service.set(trainee.id, "signed-code-of-ethics", None)
        assert list(service.met(trainee.id)) == ["diploma-or-equivalent"]
    finally:
        database.dispose()
