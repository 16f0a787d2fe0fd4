"""A pack of one trainee's data: everything they own in the database and their attachments, in one
file they can carry to another agency or computer and import there (issue #22).

Export reads the trainee's rows from every table of trainee_pack_tables and the attachment files
(each checked against its SHA-256); import checks the whole pack first (trainee_pack_format: the
manifest, every member's hash, safe names; here: every value against its column, every reference
inside the pack, each attachment's type and size as attachments.py takes them, the name), then
writes it in one transaction: all of it or none. New rows get new ids; content ids are kept.
No Qt here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from trainer import __version__
from trainer.messages import QT_TRANSLATE_NOOP, MessageError, message
from trainer.operations.progress import Progress
from trainer.store.attachment_files import stored_name
from trainer.store.models import Base, Trainee
from trainer.study.attachments import checked_payload
from trainer.study.trainee_pack_format import (
    ATTACHMENTS,
    RECORDS,
    TraineePackError,
    attachment_member,
    build_manifest,
    pack_error,
    read_pack,
    records_member,
    sha256_of,
    write_pack,
)
from trainer.study.trainee_pack_tables import (
    ATTACHMENT_OWNERS,
    BY_NAME,
    TABLES,
    TRAINEE,
    TRAINEE_LEFT_OUT,
    PackTable,
    RowProblem,
    decode_row,
    encode_row,
)
from trainer.study.trainee_pack_writer import write_records
from trainer.study.trainees import clean_name

CONTENT_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")  # an attestation's id, as attachments.py takes it


@dataclass(frozen=True)
class ExportedPack:
    path: Path
    trainee: str
    counts: dict[str, int]  # table -> rows
    files: int  # attachment files carried


@dataclass(frozen=True)
class ImportedPack:
    trainee_id: int
    trainee: str
    counts: dict[str, int]
    files: int
    # Supervisor signatures cover the entry's id and the trainee's name as they were signed: on
    # this database the entries have new ids, so these are kept as history, to be signed again.
    signatures: int


def _noop(done: int, total: int) -> None:
    pass


STEPS, READING = 1000, 300  # an import's progress: reading and checking the file, then writing it


def _scaled(start: int, done: int, total: int) -> int:
    """One bar for both phases of an import, never going back."""
    return start + (STEPS - READING if start else READING) * min(done, total) // max(total, 1)


# ---- export -------------------------------------------------------------------------------


def export_trainee(sessions: sessionmaker[Session], attachments_folder: Path, trainee_id: int, out: Path,
                   progress: Progress | None = None) -> ExportedPack:
    """Write the trainee's pack to `out` (a new file, renamed into place once whole). Raises
    TraineePackError (the trainee is gone, an attached file is missing or changed) or Cancelled
    from `progress`; either way no pack is left behind."""
    progress = progress or _noop
    with sessions() as session:
        trainee = session.get(Trainee, trainee_id)
        if trainee is None:
            raise pack_error(QT_TRANSLATE_NOOP("messages", "This trainee is no longer in the database."))
        name = trainee.name
        records = {TRAINEE: [encode_row(Trainee.__table__, trainee, TRAINEE_LEFT_OUT)]}
        for number, spec in enumerate(TABLES):
            progress(number, len(TABLES) * 2)
            records[spec.name] = [encode_row(spec.table, row) for row in session.execute(_owned(spec, trainee_id))]
    members = {records_member(table): json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
               for table, rows in records.items()}
    files = {}
    for row in records["attachment"]:
        if row["sha256"] not in files:
            files[row["sha256"]] = _stored_file(Path(attachments_folder), row)
    members.update((attachment_member(sha), data) for sha, data in files.items())
    counts = {table: len(rows) for table, rows in records.items()}
    counts["attachment_files"] = len(files)
    manifest = build_manifest(name, __version__, counts, members)
    write_pack(Path(out), manifest, members,
               lambda done, total: progress(len(TABLES) + done * len(TABLES) // max(total, 1), len(TABLES) * 2))
    progress(len(TABLES) * 2, len(TABLES) * 2)
    return ExportedPack(Path(out), name, counts, len(files))


def _owned(spec: PackTable, trainee_id: int):
    table = spec.table
    if spec.parent is None:
        where = table.c.trainee_id == trainee_id
    else:
        column, parent = spec.parent
        parent_table = Base.metadata.tables[parent]
        where = table.c[column].in_(select(parent_table.c.id).where(parent_table.c.trainee_id == trainee_id))
    return select(table).where(where).order_by(*table.primary_key.columns)


def _stored_file(folder: Path, row: dict) -> bytes:
    path = folder / stored_name(row["sha256"], row["media_type"])
    data = path.read_bytes() if path.is_file() else None
    if data is None or sha256_of(data) != row["sha256"]:
        raise pack_error(QT_TRANSLATE_NOOP(
            "messages", "The attached file %1 is missing or was changed: restore a backup or attach it again."),
            row["name"])
    return data


# ---- import -------------------------------------------------------------------------------


def import_trainee(sessions: sessionmaker[Session], attachments_folder: Path, path: Path,
                   progress: Progress | None = None, rename_to: str | None = None) -> ImportedPack:
    """Take in a trainee pack as a new trainee (called `rename_to` when given). Everything is
    checked before anything is written, and written in one transaction; a refusal raises
    TraineePackError (a message, and each problem) and Cancelled from `progress` stops it, with
    the database and the attachments folder as they were."""
    progress = progress or _noop
    where = str(path)
    manifest, members = read_pack(Path(path), lambda done, total: progress(_scaled(0, done, total), STEPS))
    records = _decoded(members, where)
    files = _checked_files(records["attachment"], members, where)
    _check_references(records, where)
    name = _name(rename_to if rename_to is not None else manifest["trainee"])
    total = sum(len(rows) for rows in records.values())
    new_files: list[Path] = []
    try:
        with sessions.begin() as session:
            _refuse_taken(session, name)
            trainee_id, counts = write_records(session, records, name, total,
                                               lambda done, of: progress(_scaled(READING, done, of), STEPS))
            new_files = _store_files(Path(attachments_folder), files, records["attachment"])
    except BaseException as exc:
        _forget(new_files)  # the commit failed or was never reached: the files go with the rows
        if isinstance(exc, IntegrityError):
            raise pack_error(QT_TRANSLATE_NOOP("messages", "%1 holds records this database cannot take (%2): "
                                                           "nothing was imported."), where, exc.orig) from None
        if isinstance(exc, DBAPIError):
            raise pack_error(QT_TRANSLATE_NOOP("messages", "%1 could not be imported (%2): nothing was imported."),
                             where, exc.orig) from None
        raise
    return ImportedPack(trainee_id, name, counts, len(files), len(records["hours_signature"]))


def _decoded(members: dict[str, bytes], where: str) -> dict[str, list[dict]]:
    """Every table's rows, each value checked against its column."""
    problems, records = [], {}
    known = {TRAINEE, *BY_NAME}
    for member in sorted(members):
        if member.startswith(f"{RECORDS}/") and member[len(RECORDS) + 1:-5] not in known:
            problems.append(f"{where}: '{member}' is a table this version does not know (update the app)")
    for table in (TRAINEE, *BY_NAME):
        member = records_member(table)
        raw = members.get(member, b"[]")
        try:
            rows = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            problems.append(f"{where}: '{member}' is not JSON ({exc})")
            continue
        if not isinstance(rows, list):
            problems.append(f"{where}: '{member}' must be a list of records")
            continue
        model = Trainee.__table__ if table == TRAINEE else BY_NAME[table].table
        left_out = TRAINEE_LEFT_OUT if table == TRAINEE else ()
        decoded = []
        for number, row in enumerate(rows, start=1):
            try:
                decoded.append(decode_row(model, row, left_out))
            except RowProblem as exc:
                problems.append(f"{where}: '{member}' record {number} {exc}")
        records[table] = decoded
    if not problems and len(records[TRAINEE]) != 1:
        problems.append(f"{where}: '{records_member(TRAINEE)}' must hold exactly one trainee")
    if problems:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1 holds records that are not valid: nothing was imported."),
                         where, problems=problems[:50] + ([f"... and {len(problems) - 50} more"]
                                                          if len(problems) > 50 else []))
    return records


def _checked_files(attachments: list[dict], members: dict[str, bytes], where: str) -> dict[str, bytes]:
    """Each attachment's file, taken only as attachments.py takes one (PDF, PNG or JPEG by its
    first bytes, at most its size limit) and only as the record describes it."""
    problems, files = [], {}
    for number, row in enumerate(attachments, start=1):
        label = f"{where}: attachment {number} ('{row.get('name')}')"
        data = members.get(attachment_member(str(row.get("sha256"))))
        if data is None:
            problems.append(f"{label}: its file {attachment_member(str(row.get('sha256')))} is not in the pack")
            continue
        try:
            _payload, media_type = checked_payload(data)
        except MessageError as exc:
            problems.append(f"{label}: {exc}")
            continue
        if media_type != row.get("media_type") or len(data) != row.get("size"):
            problems.append(f"{label}: the file is {media_type}, {len(data)} bytes, but the record says "
                            f"{row.get('media_type')}, {row.get('size')} bytes")
            continue
        files[row["sha256"]] = data
    unused = sorted(m for m in members if m.startswith(f"{ATTACHMENTS}/") and m[len(ATTACHMENTS) + 1:] not in files)
    problems.extend(f"{where}: '{m}' is not the file of any attachment in the pack" for m in unused)
    if problems:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1 carries attachments that cannot be taken in: nothing "
                                                       "was imported."), where, problems=problems)
    return files


def _check_references(records: dict[str, list[dict]], where: str) -> None:
    """Every row that points at another points inside the pack (a deleted entry's history aside)."""
    ids = {table: {row.get("id") for row in rows} for table, rows in records.items()}
    problems = []
    for spec in TABLES:
        for column, target in spec.refs.items():
            for number, row in enumerate(records[spec.name], start=1):
                if row[column] not in ids[target]:
                    problems.append(f"{where}: '{records_member(spec.name)}' record {number}: '{column}' "
                                    f"{row[column]} is not a {target} in the pack")
    for number, row in enumerate(records["attachment"], start=1):
        owner = ATTACHMENT_OWNERS.get(row["owner_kind"])
        key = row["owner_key"]
        found = CONTENT_ID.match(key) if row["owner_kind"] == "attestation" else \
            owner is not None and key.isdigit() and int(key) in ids[owner]
        if not found:
            problems.append(f"{where}: attachment {number} belongs to {row['owner_kind']} '{key}', "
                            "which is not in the pack")
    for spec in TABLES:
        if spec.keyed and None in ids[spec.name] and records[spec.name]:
            problems.append(f"{where}: '{records_member(spec.name)}' has a record without its 'id'")
        elif spec.keyed and len(ids[spec.name]) != len(records[spec.name]):
            problems.append(f"{where}: '{records_member(spec.name)}' has two records with the same 'id'")
    if problems:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1 holds records that are not valid: nothing was imported."),
                         where, problems=problems)


def _name(name: str) -> str:
    try:
        return clean_name(name)
    except MessageError as exc:
        raise TraineePackError(exc.message) from None


class NameTaken(TraineePackError):
    """The pack's trainee (or the new name asked for) is someone already here: import under another name."""

    def __init__(self, name: str):
        super().__init__(message(QT_TRANSLATE_NOOP(
            "messages", "A trainee called '%1' is already in this database: import the pack under another name, "
                        "or remove that trainee first."), name))
        self.name = name


def _refuse_taken(session: Session, name: str) -> None:
    if session.scalar(select(func.count()).select_from(Trainee).where(Trainee.name == name)):
        raise NameTaken(name)


def _store_files(folder: Path, files: dict[str, bytes], attachments: list[dict]) -> list[Path]:
    """Keep each file the folder lacks; the new ones, so a failed commit can take them back."""
    from trainer.store.attachment_files import store

    media = {row["sha256"]: row["media_type"] for row in attachments}
    new = []
    try:
        for sha, data in files.items():
            target = folder / stored_name(sha, media[sha])
            if not target.exists():
                store(folder, sha, media[sha], data)
                new.append(target)
    except BaseException:
        _forget(new)
        raise
    return new


def _forget(paths: list[Path]) -> None:
    for target in paths:
        target.unlink(missing_ok=True)


class TraineePacks:
    """The service the window and the commands use: export and import through one database."""

    def __init__(self, sessions: sessionmaker[Session], attachments_folder: Path):
        self._sessions = sessions
        self.attachments_folder = Path(attachments_folder)

    def export(self, trainee_id: int, out: Path, progress: Progress | None = None) -> ExportedPack:
        return export_trainee(self._sessions, self.attachments_folder, trainee_id, out, progress)

    def import_(self, path: Path, progress: Progress | None = None, rename_to: str | None = None) -> ImportedPack:
        return import_trainee(self._sessions, self.attachments_folder, path, progress, rename_to)
