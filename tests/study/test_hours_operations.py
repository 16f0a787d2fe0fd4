"""The Hours page's writes as operations: each says what it changed, and a refused one
raises before anything is announced."""

import datetime as dt

import pytest

from trainer.operations import Change
from trainer.operations import hours as ops
from trainer.operations.progress import Cancelled
from trainer.study.attestations import AttestationService
from trainer.study.hours import Code, EntryData, HoursError
from trainer.study.trainees import TraineeService

TODAY = dt.date(2026, 11, 20)
CSV = "date,hours,kind\n2026-01-05,2,experience\n2026-01-06,1,supervision\n"


def test_each_write_says_it_changed_the_hours(service, db):
    trainee = TraineeService(db.sessions).create("Ana", None)
    added = ops.add_entry(service, trainee.id, EntryData(dt.date(2026, 1, 2), "2", "experience"), by="Ana",
                          today=TODAY)
    assert added.changes == Change.HOURS and added.value.hours == 2
    entry_id = added.value.id
    changed = ops.update_entry(service, entry_id, EntryData(dt.date(2026, 1, 2), "3", "experience"), today=TODAY)
    assert (changed.changes, changed.value.hours) == (Change.HOURS, 3)
    verified = ops.verify_entry(service, entry_id, "Kim Lee")
    assert verified.changes == Change.HOURS and verified.value.verified
    with pytest.raises(HoursError) as refused:
        ops.delete_entry(service, entry_id)
    assert refused.value.problem.code is Code.LOCKED_FOR_DELETE
    assert ops.unverify_entry(service, entry_id).changes == Change.HOURS
    assert ops.delete_entry(service, entry_id).changes == Change.HOURS
    assert service.list_entries(trainee.id) == []


def test_an_import_changes_the_hours_only_when_it_adds_rows(service, db):
    trainee = TraineeService(db.sessions).create("Bo", None)
    first = ops.import_csv(service, trainee.id, CSV, by="Bo", today=TODAY)
    assert first.changes == Change.HOURS and first.value.added == 2
    again = ops.import_csv(service, trainee.id, CSV, by="Bo", today=TODAY)
    assert again.changes == Change.NONE and again.value.duplicates == 2


def test_a_cancelled_import_adds_nothing(service, db):
    trainee = TraineeService(db.sessions).create("Cy", None)

    def stop_while_writing(done, total):
        if done > total // 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        ops.import_csv(service, trainee.id, CSV, today=TODAY, progress=stop_while_writing)
    assert service.list_entries(trainee.id) == [] and service.history(trainee_id=trainee.id) == []


def test_setting_and_clearing_an_attestation_changes_attestations(db):
    trainee = TraineeService(db.sessions).create("Dee", None)
    attestations = AttestationService(db.sessions)
    done = ops.set_attestation(attestations, trainee.id, "signed-code-of-ethics", dt.date(2026, 9, 1))
    assert done.changes == Change.ATTESTATIONS
    assert attestations.met(trainee.id) == {"signed-code-of-ethics": dt.date(2026, 9, 1)}
    assert ops.set_attestation(attestations, trainee.id, "signed-code-of-ethics", None).changes == Change.ATTESTATIONS
    assert attestations.met(trainee.id) == {}
