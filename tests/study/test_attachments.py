"""Attachments: the type by content, the size limit, names that cannot reach the file system,
files kept under their SHA-256 and removed when nothing refers to them, and backups that keep them."""

import datetime as dt
import hashlib
import os

import pytest

from trainer.store.attachment_files import FOLDER
from trainer.study.attachments import (
    MAX_BYTES,
    AttachmentError,
    AttachmentService,
    media_type_of,
    safe_name,
)
from trainer.study.ce_log import CeLogService
from trainer.study.ce_records import CeData
from trainer.study.trainees import TraineeService

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


@pytest.fixture
def setup(db, tmp_path):
    attachments = AttachmentService(db.sessions, tmp_path / "data")
    ce = CeLogService(db.sessions, attachments)
    trainee = TraineeService(db.sessions).create("Ana", None)
    entry = ce.add_entry(trainee.id, CeData(dt.date(2026, 1, 5), "3", "Ethics refresher", topics=("ethics",)))
    return attachments, ce, trainee, entry


def test_the_type_comes_from_the_content_never_the_name():
    assert [media_type_of(p) for p in (PDF, PNG, JPEG)] == ["application/pdf", "image/png", "image/jpeg"]
    assert media_type_of(b"MZ\x90\x00 a Windows program") is None
    assert media_type_of(b"#!/bin/sh\nrm -rf ~\n") is None
    assert media_type_of(b"") is None


def test_a_file_of_another_type_is_refused_whatever_its_name(setup, tmp_path):
    attachments, _ce, trainee, entry = setup
    fake = tmp_path / "certificate.pdf"
    fake.write_bytes(b"MZ\x90\x00" + b"\x00" * 100)
    with pytest.raises(AttachmentError) as caught:
        attachments.add(trainee.id, "ce", entry.id, fake)
    assert "Only PDF, PNG and JPEG" in str(caught.value)
    assert attachments.list_for("ce", entry.id) == []
    assert not (tmp_path / "data" / FOLDER).exists() or not os.listdir(tmp_path / "data" / FOLDER)


def test_a_file_over_the_size_limit_is_refused(setup, tmp_path):
    attachments, _ce, trainee, entry = setup
    big = tmp_path / "scan.pdf"
    big.write_bytes(PDF + b"0" * (MAX_BYTES - len(PDF) + 1))
    with pytest.raises(AttachmentError) as caught:
        attachments.add(trainee.id, "ce", entry.id, big)
    assert "larger than 10 MB" in str(caught.value)
    just = tmp_path / "just.pdf"
    just.write_bytes(PDF + b"0" * (MAX_BYTES - len(PDF)))
    assert attachments.add(trainee.id, "ce", entry.id, just).size == MAX_BYTES


@pytest.mark.parametrize(("given", "shown"), [
    ("../../etc/passwd", "passwd.pdf"),
    ("..\\..\\Windows\\System32\\evil.exe", "evil.exe.pdf"),
    ("/home/ana/certificate.PDF", "certificate.PDF"),
    ("..", "attachment.pdf"),
    (".hidden.pdf", "hidden.pdf"),
    ("con.pdf", "_con.pdf"),
    ("a\x00b\nc.pdf", "a b c.pdf"),
    ('what?<is>"this"|.pdf', "what is this.pdf"),
    ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
])
def test_names_are_cleaned_and_never_reach_the_file_system(given, shown):
    assert safe_name(given, "application/pdf") == shown


def test_a_stored_file_is_named_by_its_hash_inside_the_data_folder(setup, tmp_path):
    attachments, _ce, trainee, entry = setup
    info = attachments.add(trainee.id, "ce", entry.id, PDF, name="../../../outside.pdf")
    digest = hashlib.sha256(PDF).hexdigest()
    assert (info.name, info.sha256, info.media_type, info.size) == ("outside.pdf", digest, "application/pdf", len(PDF))
    path = attachments.path_of(info)
    assert path == tmp_path / "data" / FOLDER / f"{digest}.pdf"
    assert path.read_bytes() == PDF and oct(path.stat().st_mode & 0o777) == "0o600"
    assert not (tmp_path / "outside.pdf").exists()
    jpeg = attachments.add(trainee.id, "ce", entry.id, JPEG, name="photo.jpeg")
    assert jpeg.name == "photo.jpeg" and attachments.path_of(jpeg).suffix == ".jpg"


def test_a_changed_or_missing_file_is_reported(setup):
    attachments, _ce, trainee, entry = setup
    info = attachments.add(trainee.id, "ce", entry.id, PNG, name="letter.png")
    path = attachments.path_of(info)
    path.write_bytes(PNG + b"changed")
    with pytest.raises(AttachmentError, match="missing or was changed"):
        attachments.path_of(info)
    path.unlink()
    with pytest.raises(AttachmentError, match="missing or was changed"):
        attachments.path_of(info)


def test_attachments_go_with_their_owner_and_a_shared_file_stays_while_used(setup):
    attachments, ce, trainee, entry = setup
    other = ce.add_entry(trainee.id, CeData(dt.date(2026, 1, 6), "2", "Confidentiality"))
    first = attachments.add(trainee.id, "ce", entry.id, PDF, name="a.pdf")
    attachments.add(trainee.id, "ce", other.id, PDF, name="same content.pdf")
    path = attachments.path_of(first)
    ce.delete_entry(entry.id)
    assert attachments.list_for("ce", entry.id) == [] and path.exists()  # the other entry still uses it
    ce.delete_entry(other.id)
    assert not path.exists() and attachments.for_trainee(trainee.id) == []


def test_hours_attestations_and_owners_that_are_not_there(setup, db):
    attachments, _ce, trainee, _entry = setup
    from trainer.study.hours import EntryData, HoursService

    hours = HoursService(db.sessions).add_entry(trainee.id, EntryData(dt.date(2026, 1, 5), "2", "training",
                                                                      "advocacy"))
    assert attachments.add(trainee.id, "hours", hours.id, PDF, name="t.pdf").owner_key == str(hours.id)
    assert attachments.add(trainee.id, "attestation", "diploma-or-equivalent", JPEG, name="d.jpg")
    someone = TraineeService(db.sessions).create("Ben", None)
    for kind, key in (("ce", 999_999), ("hours", hours.id), ("attestation", "../x")):
        owner = someone.id if key == hours.id else trainee.id
        with pytest.raises(AttachmentError, match="no longer there"):
            attachments.add(owner, kind, key, PDF, name="x.pdf")
    removed = attachments.remove(attachments.list_for("hours", hours.id)[0].id)
    assert removed.name == "t.pdf"
    with pytest.raises(AttachmentError):
        attachments.remove(removed.id)


def test_backups_keep_the_attachments_and_a_restore_brings_them_back(settings):
    from trainer.services import open_services

    services = open_services(settings)
    try:
        trainee = services.trainees.create("Cam", None)
        entry = services.ce_log.add_entry(trainee.id, CeData(dt.date(2026, 1, 5), "3", "Ethics"))
        info = services.attachments.add(trainee.id, "ce", entry.id, PDF, name="cert.pdf")
        backup = services.backups.back_up()
        stored = services.attachments.path_of(info)
        assert (settings.backup_dir / FOLDER / stored.name).read_bytes() == PDF
        services.ce_log.delete_entry(entry.id)  # its file goes: nothing else refers to it
        assert not stored.exists()
        assert services.backups.restore(backup).ok
        assert services.attachments.path_of(services.attachments.list_for("ce", entry.id)[0]).read_bytes() == PDF
    finally:
        services.close()


def test_an_attestation_is_listed_per_trainee_though_its_key_is_the_profiles_item(setup, db):
    attachments, _ce, trainee, _entry = setup
    other = TraineeService(db.sessions).create("Ben", None)
    attachments.add(trainee.id, "attestation", "diploma-or-equivalent", PDF, name="ana.pdf")
    attachments.add(other.id, "attestation", "diploma-or-equivalent", PNG, name="ben.png")
    assert [a.name for a in attachments.list_for("attestation", "diploma-or-equivalent", trainee.id)] == ["ana.pdf"]
    assert [a.name for a in attachments.list_for("attestation", "diploma-or-equivalent", other.id)] == ["ben.png"]
