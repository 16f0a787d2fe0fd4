"""A trainee pack (#22): every record and every attachment byte round trip, on SQLite and
PostgreSQL; no table a trainee owns is left out; another trainee's rows never come along."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from tests.study.trainee_pack_data import (
    JPEG,
    PDF,
    PNG,
    add_full_trainee,
    add_other_trainee,
    normalised,
    pack_members,
)
from trainer.operations.changes import Change
from trainer.operations.progress import Cancelled
from trainer.operations.trainee_pack import export_trainee_pack, import_trainee_pack
from trainer.store.db import open_database
from trainer.store.models import Base, Trainee
from trainer.study.trainee_pack import TraineePacks
from trainer.study.trainee_pack_format import FORMAT_VERSION, MANIFEST, sha256_of
from trainer.study.trainee_pack_tables import BY_NAME, NOT_A_TRAINEES, TRAINEE


@pytest.fixture
def target_url(request, database_url, tmp_path):
    """A second database of the same kind as `database_url`: the other agency or computer."""
    if database_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'target.sqlite3'}"
    return request.getfixturevalue("postgres").create_database()


@pytest.fixture
def source(db, tmp_path):
    packs = TraineePacks(db.sessions, tmp_path / "source-data" / "attachments")
    ana = add_full_trainee(db.sessions, packs.attachments_folder)
    add_other_trainee(db.sessions, packs.attachments_folder)
    return packs, ana


@pytest.fixture
def target(target_url, tmp_path):
    database = open_database(target_url)
    yield database, TraineePacks(database.sessions, tmp_path / "target-data" / "attachments")
    database.dispose()


def test_every_table_a_trainee_owns_is_in_the_pack():
    covered = {TRAINEE, *BY_NAME}
    for name, table in Base.metadata.tables.items():
        owned = name == TRAINEE or "trainee_id" in table.c or any(fk.column.table.name in covered for fk in table.foreign_keys)
        assert (name in covered) == owned or name in NOT_A_TRAINEES, name
    assert not NOT_A_TRAINEES & covered


def test_round_trip_keeps_every_record_and_every_attachment_byte(source, target, tmp_path):
    packs, ana = source
    database, target_packs = target
    out = tmp_path / "ana.cpswtrainee"
    done = export_trainee_pack(packs, ana, out)
    assert done.changes == Change.NONE
    members = pack_members(out)
    manifest = json.loads(members[MANIFEST])
    assert manifest["format_version"] == FORMAT_VERSION and manifest["trainee"] == "Ana Pérez"
    assert manifest["counts"]["hours_entry"] == 2 and manifest["counts"]["attachment_files"] == 3
    assert {name: sha256_of(data) for name, data in members.items() if name != MANIFEST} == manifest["members"]
    assert {members[f"attachments/{sha256_of(p)}"] for p in (PDF, PNG, JPEG)} == {PDF, PNG, JPEG}
    assert not any("Ben" in data.decode("utf-8", "replace") for data in members.values())

    with database.sessions.begin() as s:  # the target already has people: the ids cannot be the same
        s.add_all([Trainee(name="Someone"), Trainee(name="Else")])
    imported = import_trainee_pack(target_packs, out)
    assert imported.changes & Change.TRAINEE and imported.changes & Change.HOURS and imported.changes & Change.RENEWAL
    result = imported.value
    assert result.trainee == "Ana Pérez" and result.files == 3 and result.signatures == 1
    assert result.counts["attempt_item"] == 3 and result.counts["conversation_step"] == 2

    again = tmp_path / "again.cpswtrainee"
    target_packs.export(result.trainee_id, again)
    before, after = normalised(out), normalised(again)
    assert before[TRAINEE][0].pop("id") == after[TRAINEE][0].pop("id")
    assert after == before  # every value of every record, and every reference between them
    for payload in (PDF, PNG, JPEG):
        stored = [p for p in target_packs.attachments_folder.iterdir() if p.name.startswith(sha256_of(payload))]
        assert len(stored) == 1 and stored[0].read_bytes() == payload
    with database.sessions() as s:
        trainee = s.get(Trainee, result.trainee_id)
        assert trainee.pin_hash == "scrypt$salt$hash" and trainee.pin_failures == 0
        # Its new ids: the history of the deleted entry went below every id in use.
        history = s.execute(select(BY_NAME["hours_history"].table.c.entry_id)).scalars().all()
        assert min(history) < 0


def test_a_name_already_present_is_refused_unless_renamed(source, target, tmp_path):
    packs, ana = source
    database, target_packs = target
    out = packs.export(ana, tmp_path / "ana.zip").path
    target_packs.import_(out)
    before = snapshot(database, target_packs)
    from trainer.study.trainee_pack import TraineePackError

    with pytest.raises(TraineePackError) as caught:
        target_packs.import_(out)
    assert "already in this database" in str(caught.value) and "Ana Pérez" in str(caught.value)
    assert snapshot(database, target_packs) == before
    renamed = target_packs.import_(out, rename_to="  Ana   P. ")
    assert renamed.trainee == "Ana P."
    with database.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Trainee)) == 2


def test_cancel_keeps_nothing_on_either_side(source, target, tmp_path):
    packs, ana = source
    database, target_packs = target
    out = tmp_path / "ana.cpswtrainee"

    def stop_late(done, total):
        if done >= total // 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        packs.export(ana, out, stop_late)
    assert not out.exists() and list(tmp_path.glob(".ana*")) == []
    packs.export(ana, out)
    before = snapshot(database, target_packs)
    seen = []

    def stop_while_writing(done, total):  # past reading (the first 30 %), halfway through the writing
        seen.append(done)
        if done >= total * 6 // 10:
            raise Cancelled()

    with pytest.raises(Cancelled):
        target_packs.import_(out, stop_while_writing)
    assert seen == sorted(seen) and any(total_part > 300 for total_part in seen)
    assert snapshot(database, target_packs) == before


def snapshot(database, packs):
    with database.sessions() as s:
        counts = {name: s.scalar(select(func.count()).select_from(table))
                  for name, table in Base.metadata.tables.items()}
    folder = packs.attachments_folder
    return counts, sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []

