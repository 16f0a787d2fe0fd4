"""The renewal operations say what they changed; a refused write raises and keeps nothing."""

import datetime as dt

import pytest

from trainer.operations import renewal as ops
from trainer.operations.changes import Change
from trainer.study.attachments import AttachmentError, AttachmentService
from trainer.study.ce_log import CeLogService
from trainer.study.ce_records import CeData
from trainer.study.certification import CertificationService
from trainer.study.hours import EntryData, HoursService
from trainer.study.trainees import TraineeService

TODAY = dt.date(2026, 12, 1)
PDF = b"%PDF-1.7\n%%EOF\n"


@pytest.fixture
def world(db, tmp_path):
    attachments = AttachmentService(db.sessions, tmp_path / "data")
    return (TraineeService(db.sessions).create("Gus", None), CeLogService(db.sessions, attachments), attachments,
            CertificationService(db.sessions), HoursService(db.sessions))


def test_each_write_returns_what_it_changed(world, tmp_path):
    trainee, ce, attachments, certifications, hours = world
    done = ops.record_certification(certifications, trainee.id, "icrc-pr", dt.date(2025, 3, 1), today=TODAY)
    assert done.changes == Change.RENEWAL
    assert ops.renew_certification(certifications, done.value.id, dt.date(2029, 3, 1)).changes == Change.RENEWAL
    entry = ops.add_ce_entry(ce, trainee.id, CeData(TODAY, "2", "Ethics"), today=TODAY)
    assert entry.changes == Change.RENEWAL
    assert ops.update_ce_entry(ce, entry.value.id, CeData(TODAY, "3", "Ethics"), today=TODAY).value.hours == 3
    attached = ops.attach_file(attachments, trainee.id, "ce", entry.value.id, PDF, "cert.pdf")
    assert attached.changes == Change.RENEWAL
    logged = hours.add_entry(trainee.id, EntryData(TODAY, "1", "training", "advocacy"), today=TODAY)
    assert ops.attach_file(attachments, trainee.id, "hours", logged.id, PDF, "t.pdf").changes == Change.HOURS
    assert ops.attach_file(attachments, trainee.id, "attestation", "diploma-or-equivalent", PDF,
                           "d.pdf").changes == Change.ATTESTATIONS
    assert ops.remove_attachment(attachments, attached.value.id).changes == Change.RENEWAL
    assert ops.delete_ce_entry(ce, entry.value.id).changes == Change.RENEWAL
    assert ops.delete_certification(certifications, done.value.id).changes == Change.RENEWAL
    header = "date,hours,title\r\n"
    assert ops.import_ce_csv(ce, trainee.id, header, today=TODAY).changes == Change.NONE
    assert ops.import_ce_csv(ce, trainee.id, header + "2026-01-05,1,Course\r\n", today=TODAY).changes == Change.RENEWAL


def test_an_entry_whose_certificate_is_refused_is_not_kept(world, tmp_path):
    trainee, ce, attachments, _certifications, _hours = world
    good, bad = tmp_path / "good.pdf", tmp_path / "bad.pdf"
    good.write_bytes(PDF)
    bad.write_bytes(b"<html>not a pdf</html>")
    with pytest.raises(AttachmentError):
        ops.add_ce_entry_with_files(ce, attachments, trainee.id, CeData(TODAY, "2", "Ethics"), [good, bad],
                                    today=TODAY)
    assert ce.list_entries(trainee.id) == [] and attachments.for_trainee(trainee.id) == []
    done = ops.add_ce_entry_with_files(ce, attachments, trainee.id, CeData(TODAY, "2", "Ethics"), [good],
                                       today=TODAY)
    assert [a.name for a in attachments.list_for("ce", done.value.id)] == ["good.pdf"]
