"""A trainee pack that does not check out is refused with a message, and the target database and
attachments folder are left exactly as they were: a changed member, a wrong hash, path tricks,
a file that is not PDF, PNG or JPEG or is too large, a newer format, records that do not fit."""

from __future__ import annotations

import json
import stat
import zipfile

import pytest

from tests.study.test_trainee_pack import snapshot
from tests.study.trainee_pack_data import add_full_trainee, pack_members
from trainer.store.db import open_database
from trainer.study.attachments import MAX_BYTES
from trainer.study.trainee_pack import TraineePackError, TraineePacks
from trainer.study.trainee_pack_format import MANIFEST, sha256_of


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    """One exported pack (SQLite), for every refusal below to tamper with."""
    folder = tmp_path_factory.mktemp("pack-source")
    database = open_database(f"sqlite:///{folder / 'source.sqlite3'}")
    packs = TraineePacks(database.sessions, folder / "attachments")
    path = packs.export(add_full_trainee(database.sessions, packs.attachments_folder), folder / "ana.cpswtrainee").path
    database.dispose()
    return path


@pytest.fixture
def target(db, tmp_path):
    packs = TraineePacks(db.sessions, tmp_path / "target" / "attachments")
    packs.attachments_folder.mkdir(parents=True)
    (packs.attachments_folder / "kept.txt").write_text("already here")
    return db, packs


def rewrite(pack, out, change=None, *, rehash=True, extra=()):
    """A copy of the pack with members changed by `change(members)`; the manifest's hashes made
    to match again when `rehash` (a careful forger), left as exported when not."""
    members = pack_members(pack)
    manifest = json.loads(members.pop(MANIFEST))
    if change:
        change(members, manifest)
    if rehash:
        manifest["members"] = {name: sha256_of(data) for name, data in members.items()}
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(MANIFEST, json.dumps(manifest))
        for name, data in members.items():
            archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)
    return out


def refused(target, path, *words):
    db, packs = target
    before = snapshot(db, packs)
    with pytest.raises(TraineePackError) as caught:
        packs.import_(path)
    said = "\n".join([str(caught.value), *caught.value.problems])
    for word in words:
        assert word in said
    assert snapshot(db, packs) == before
    return said


def _hours(members):
    return json.loads(members["records/hours_entry.json"])


def test_a_member_changed_after_export_is_refused(pack, target, tmp_path):
    def change(members, _manifest):
        rows = _hours(members)
        rows[0]["hours"] = "24.00"
        members["records/hours_entry.json"] = json.dumps(rows).encode()

    said = refused(target, rewrite(pack, tmp_path / "x.zip", change, rehash=False), "records/hours_entry.json",
                   "does not match its SHA-256")
    assert "changed or damaged after it was exported" in said


def test_a_wrong_hash_in_the_manifest_is_refused(pack, target, tmp_path):
    def change(_members, manifest):
        name = next(n for n in manifest["members"] if n.startswith("attachments/"))
        manifest["members"][name] = "0" * 64

    refused(target, rewrite(pack, tmp_path / "x.zip", change, rehash=False), "does not match its SHA-256")


@pytest.mark.parametrize("name", ["../evil.json", "/etc/records.json", "records/../../x.json", "C:\\x.json",
                                  "attachments/not-a-hash", "records/./trainee.json", "elsewhere/readme.txt"])
def test_member_names_with_path_tricks_are_refused(pack, target, tmp_path, name):
    refused(target, rewrite(pack, tmp_path / "x.zip", extra=[(name, b"{}")]), name)


def test_a_symbolic_link_is_refused(pack, target, tmp_path):
    link = zipfile.ZipInfo("records/drill_rating.json")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16

    def drop(members, _manifest):
        members.pop("records/drill_rating.json")

    refused(target, rewrite(pack, tmp_path / "x.zip", drop, extra=[(link, b"/etc/passwd")]), "symbolic link")


def test_an_attachment_that_is_not_pdf_png_or_jpeg_is_refused(pack, target, tmp_path):
    def change(members, _manifest):
        rows = json.loads(members["records/attachment.json"])
        program = b"MZ\x90\x00" + b"\x00" * 60
        old = rows[0]["sha256"]
        for row in rows:
            if row["sha256"] == old:
                row.update(sha256=sha256_of(program), size=len(program))
        members.pop(f"attachments/{old}")
        members[f"attachments/{sha256_of(program)}"] = program
        members["records/attachment.json"] = json.dumps(rows).encode()

    refused(target, rewrite(pack, tmp_path / "x.zip", change), "Only PDF, PNG and JPEG")


def test_an_attachment_whose_record_says_another_type_is_refused(pack, target, tmp_path):
    def change(members, _manifest):
        rows = json.loads(members["records/attachment.json"])
        rows[-1]["media_type"] = "application/pdf"  # the JPEG, said to be a PDF
        members["records/attachment.json"] = json.dumps(rows).encode()

    refused(target, rewrite(pack, tmp_path / "x.zip", change), "image/jpeg", "the record says application/pdf")


def test_an_attachment_over_the_size_limit_is_refused(pack, target, tmp_path):
    def change(members, _manifest):
        rows = json.loads(members["records/attachment.json"])
        big = b"%PDF-1.4\n" + b"0" * MAX_BYTES
        rows[0].update(sha256=sha256_of(big), size=len(big))
        members[f"attachments/{sha256_of(big)}"] = big
        members["records/attachment.json"] = json.dumps(rows).encode()

    refused(target, rewrite(pack, tmp_path / "x.zip", change), "too large")


def test_a_pack_of_a_newer_format_is_refused(pack, target, tmp_path):
    def change(_members, manifest):
        manifest["format_version"] = 99

    refused(target, rewrite(pack, tmp_path / "x.zip", change), "newer version of the app", "update this app")


def test_a_file_that_is_not_a_trainee_pack_is_refused(target, tmp_path):
    junk = tmp_path / "junk.cpswtrainee"
    junk.write_bytes(b"not a zip at all")
    refused(target, junk, "cannot be opened as a trainee pack")
    other = tmp_path / "content.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("manifest.yaml", "id: x")
    refused(target, other, "entry 'manifest.yaml'")


def test_records_that_do_not_fit_their_columns_are_refused(pack, target, tmp_path):
    def change(members, _manifest):
        rows = _hours(members)
        rows[0]["hours"] = "lots"
        rows[1]["date"] = 20260302
        rows[1]["shoe_size"] = 9
        members["records/hours_entry.json"] = json.dumps(rows).encode()

    refused(target, rewrite(pack, tmp_path / "x.zip", change), "record 1 'hours'", "record 2 has field(s) this "
            "version does not know: shoe_size")


def test_a_record_pointing_outside_the_pack_is_refused(pack, target, tmp_path):
    def change(members, _manifest):
        items = json.loads(members["records/attempt_item.json"])
        items[0]["attempt_id"] = 12345
        members["records/attempt_item.json"] = json.dumps(items).encode()

    refused(target, rewrite(pack, tmp_path / "x.zip", change), "'attempt_id' 12345 is not a attempt in the pack")


def test_a_record_the_database_refuses_takes_back_everything_written_before_it(pack, target, tmp_path):
    """The check constraint on hours (at most 24 a day) fires inside the transaction, after the
    trainee, progress and attempts were inserted: none of them stays."""
    def change(members, _manifest):
        rows = _hours(members)
        rows[1]["hours"] = "30.00"
        members["records/hours_entry.json"] = json.dumps(rows).encode()

    refused(target, rewrite(pack, tmp_path / "x.zip", change), "cannot take")


def test_two_records_with_the_same_id_are_refused(pack, target, tmp_path):
    def change(members, _manifest):
        rows = _hours(members)
        rows[1]["id"] = rows[0]["id"]
        members["records/hours_entry.json"] = json.dumps(rows).encode()

    refused(target, rewrite(pack, tmp_path / "x.zip", change), "two records with the same 'id'")
