"""A trainee pack as a file: a zip with manifest.json, records/<table>.json and
attachments/<sha256>, written whole or not at all and read back with every check first.

Its extension is `.cpswtrainee`: a content pack is a `.zip` and a trainee pack holds a person's
private record, so a file dialog (and the person) can tell them apart; inside it is a plain zip,
which any archive tool opens. The import takes any name: what counts is what the file holds.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path, PurePosixPath

from trainer.content.pack_archive import DAMAGED
from trainer.messages import QT_TRANSLATE_NOOP, Message, MessageError, message
from trainer.study.attachments import MAX_BYTES as MAX_ATTACHMENT_BYTES

FORMAT = "cpsw-trainer trainee pack"
FORMAT_VERSION = 1
EXTENSION = ".cpswtrainee"
MANIFEST = "manifest.json"
RECORDS = "records"
ATTACHMENTS = "attachments"
MAX_ENTRIES = 20_000
MAX_RECORDS_BYTES = 256 * 1024 * 1024  # one table's JSON: a long hours log, never a zip bomb
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
_TABLE = re.compile(r"^[a-z_]+$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
Progress = Callable[[int, int], None]


class TraineePackError(MessageError):
    """The pack cannot be written or taken in: `message` says so for a person (the interface words
    it); `problems` lists each reason in detail (English, one member and row each). Nothing was kept."""

    def __init__(self, message: Message, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or []


def pack_error(template: str, *args, problems: list[str] | None = None) -> TraineePackError:
    return TraineePackError(message(template, *args), problems)


def records_member(table: str) -> str:
    return f"{RECORDS}/{table}.json"


def attachment_member(sha256: str) -> str:
    return f"{ATTACHMENTS}/{sha256}"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_manifest(trainee: str, app_version: str, counts: Mapping[str, int], members: Mapping[str, bytes],
                   exported_at: dt.datetime | None = None) -> dict:
    when = (exported_at or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": app_version,
            "exported_at": when.isoformat(), "trainee": trainee, "counts": dict(sorted(counts.items())),
            "members": {name: sha256_of(data) for name, data in sorted(members.items())}}


def write_pack(out: Path, manifest: dict, members: Mapping[str, bytes], progress: Progress | None = None) -> None:
    """Write the zip beside `out` and rename it into place: a cancel (raised by `progress`), a full
    disk or a crash leaves no pack, or the one that was there, never half of one."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
            for number, (name, data) in enumerate(sorted(members.items())):
                if progress is not None:
                    progress(number, len(members))
                # Attachments are PDF, PNG and JPEG, compressed already: stored as they are.
                method = zipfile.ZIP_STORED if name.startswith(f"{ATTACHMENTS}/") else zipfile.ZIP_DEFLATED
                archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data, method)
        os.chmod(temp, 0o600)  # a person's record: readable by its owner only
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def read_pack(path: Path, progress: Progress | None = None) -> tuple[dict, dict[str, bytes]]:
    """The manifest and every member, checked: safe names and sizes, a format this version reads,
    and each member's SHA-256 as the manifest lists it. Raises TraineePackError (nothing read is kept)."""
    where = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: there is no such file."), where) from None
    except DAMAGED as exc:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1 cannot be opened as a trainee pack (%2): copy it "
                                                       "again from where it was exported."), where,
                         _reason(exc)) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise pack_error(QT_TRANSLATE_NOOP("messages", "%1 has %2 entries; a trainee pack has at most %3."),
                             where, len(infos), MAX_ENTRIES)
        problems, members, total = [], {}, 0
        for number, info in enumerate(infos):
            if progress is not None:
                progress(number, len(infos))
            problem = unsafe_name(info)
            if problem is None and info.filename in members:
                problem = "appears twice"
            if problem:
                problems.append(f"{where}: entry '{info.filename}' {problem}")
                continue
            limit = MAX_RECORDS_BYTES if info.filename.startswith(f"{RECORDS}/") else MAX_ATTACHMENT_BYTES
            if info.filename == MANIFEST:
                limit = MAX_RECORDS_BYTES
            total += info.file_size
            if info.file_size > limit or total > MAX_TOTAL_BYTES:
                problems.append(f"{where}: entry '{info.filename}' is too large ({info.file_size} bytes; "
                                f"at most {limit} for it)")
                continue
            try:
                with archive.open(info) as handle:
                    data = handle.read(limit + 1)  # never trust the declared size
            except DAMAGED as exc:
                problems.append(f"{where}: entry '{info.filename}' cannot be read ({_reason(exc)})")
                continue
            if len(data) != info.file_size:
                problems.append(f"{where}: entry '{info.filename}' holds {len(data)} bytes, "
                                f"not the {info.file_size} it declares")
                continue
            members[info.filename] = data
    if problems:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1 has unsafe or damaged entries: nothing was imported."),
                         where, problems=problems)
    manifest = _manifest(members.pop(MANIFEST, None), where)
    _check_hashes(manifest, members, where)
    return manifest, members


def _reason(exc: BaseException) -> str:
    return str(exc).strip() or type(exc).__name__


def unsafe_name(info: zipfile.ZipInfo) -> str | None:
    """Why a member's name is refused (an absolute path, '..', a link, anything but the layout), or None."""
    name = info.filename
    if "\\" in name or ":" in name or name.startswith("/"):
        return "has an absolute or non-portable path"
    parts = PurePosixPath(name).parts
    if name.endswith("/") or any(part in ("..", ".", "") for part in parts) or "//" in name:
        return "points outside the pack ('..', '.' or an empty part in its path)"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "is a symbolic link"
    if name == MANIFEST:
        return None
    if len(parts) == 2 and parts[0] == RECORDS and parts[1].endswith(".json") and _TABLE.match(parts[1][:-5]):
        return None
    if len(parts) == 2 and parts[0] == ATTACHMENTS and _SHA256.match(parts[1]):
        return None
    return "is not part of a trainee pack (manifest.json, records/<table>.json, attachments/<sha256>)"


def _manifest(data: bytes | None, where: str) -> dict:
    if data is None:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1 is not a trainee pack (it has no %2): export one "
                                                       "with 'cpsw-trainer trainee export'."), where, MANIFEST)
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: the manifest cannot be read (%2)."), where, exc) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1 is not a trainee pack (its manifest says it is "
                                                       "something else)."), where)
    version = manifest.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: the manifest has no valid format version."), where)
    if version > FORMAT_VERSION:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1 was written by a newer version of the app (%2, pack "
                                                       "format %3): update this app, then import it again."),
                         where, manifest.get("app_version", "?"), version)
    problems = []
    if not isinstance(manifest.get("trainee"), str) or not manifest["trainee"].strip():
        problems.append(f"{where}:{MANIFEST}: 'trainee' must be the trainee's name")
    listed = manifest.get("members")
    if not isinstance(listed, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in listed.items()):
        problems.append(f"{where}:{MANIFEST}: 'members' must map every member to its SHA-256")
    counts = manifest.get("counts", {})
    if not isinstance(counts, dict) or not all(isinstance(v, int) and not isinstance(v, bool)
                                               for v in counts.values()):
        problems.append(f"{where}:{MANIFEST}: 'counts' must map each table to a whole number")
    if problems:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: the manifest is not valid."), where, problems=problems)
    return manifest


def _check_hashes(manifest: dict, members: dict[str, bytes], where: str) -> None:
    listed = manifest["members"]
    problems = []
    for name in sorted(set(listed) | set(members)):
        if name not in listed:
            problems.append(f"{where}: '{name}' is not listed in the manifest")
        elif name not in members:
            problems.append(f"{where}: '{name}' is listed in the manifest but missing from the pack")
        elif sha256_of(members[name]) != listed[name]:
            problems.append(f"{where}: '{name}' does not match its SHA-256 in the manifest "
                            "(it was changed or damaged after export)")
    if problems:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1 was changed or damaged after it was exported: nothing "
                                                       "was imported. Export it again from the first computer."),
                         where, problems=problems)
