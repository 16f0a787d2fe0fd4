"""A content pack as a file: its manifest, and reading its zip safely. No Qt here."""

from __future__ import annotations

import hashlib
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import yaml

from trainer.messages import QT_TRANSLATE_NOOP, Message, MessageError, message

MANIFEST = "manifest.yaml"
FORMAT = 1
MAX_ENTRIES = 5_000
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_TOTAL_BYTES = 100 * 1024 * 1024
_LAYOUT = {"modules": ".md", "quizzes": ".yaml", "certifications": ".yaml",
           # conversation practice: role-play scenarios, reflection drills, note exercises
           "scenarios": ".yaml", "drills": ".yaml", "notes": ".yaml"}
# A pack may carry the Spanish of its files beside them (es/modules/x.md, es/glossary/x.yaml...).
_TRANSLATED_LAYOUT = {**_LAYOUT, "glossary": ".yaml"}
TRANSLATION_FOLDERS = ("es",)
_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_PACK_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# What zipfile raises for a damaged archive: a bad deflate stream (zlib.error), a CRC or
# header mismatch (BadZipFile), a truncated entry (EOFError), sizes or fields that make no
# sense (ValueError, struct.error, OverflowError), an unknown method (NotImplementedError).
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError,
           struct.error, OverflowError, NotImplementedError, KeyError, IndexError)
# progress(done, total), as trainer.operations.progress.Progress; it may raise to stop the work.
Progress = Callable[[int, int], None]
_DAMAGED_HINT = "the file is damaged or incomplete; copy or download it again"


class PackError(MessageError):
    """The pack cannot be exported or installed: `message` says so (a Message the interface
    translates); `problems` lists every reason in detail, one file and line each (in English,
    like the content problems a trainer reads)."""

    def __init__(self, message: Message, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or []


def pack_error(template: str, *args, problems: list[str] | None = None) -> PackError:
    return PackError(message(template, *args), problems)


@dataclass(frozen=True)
class Manifest:
    id: str
    title: str
    version: int
    created: str
    files: dict[str, str]  # path inside the pack → SHA-256
    modules: dict[str, str] = field(default_factory=dict)  # module id → content hash
    questions: dict[str, str] = field(default_factory=dict)  # question id → content hash

    def to_yaml(self) -> str:
        data = {
            "format": FORMAT, "id": self.id, "title": self.title, "version": self.version,
            "created": self.created,
            "files": [{"path": p, "sha256": h} for p, h in sorted(self.files.items())],
            "modules": dict(sorted(self.modules.items())),
            "questions": dict(sorted(self.questions.items())),
        }
        return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)



def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_manifest(text: str, where: str) -> Manifest:
    """manifest.yaml → Manifest, or PackError listing every problem."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: the manifest is not valid YAML (%2)"), where, exc) from None
    if not isinstance(data, dict):
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: the manifest must be a mapping"), where)
    problems = []
    pack_id, title, version = data.get("id"), data.get("title"), data.get("version")
    if not isinstance(pack_id, str) or not _PACK_ID.match(pack_id):
        problems.append(f"{where}: 'id' must be a kebab-case pack id, got {pack_id!r}")
    if not isinstance(title, str) or not title.strip():
        problems.append(f"{where}: 'title' must be a non-empty text")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problems.append(f"{where}: 'version' must be a whole number of 1 or more, got {version!r}")
    files: dict[str, str] = {}
    raw_files = data.get("files")
    if not isinstance(raw_files, list):
        problems.append(f"{where}: 'files' must list every file with its path and sha256")
        raw_files = []
    for item in raw_files:
        if not (isinstance(item, dict) and isinstance(item.get("path"), str)
                and isinstance(item.get("sha256"), str)):
            problems.append(f"{where}: each of 'files' needs 'path' and 'sha256'")
            continue
        files[item["path"]] = item["sha256"]
    hashes = {}
    for key in ("modules", "questions"):
        raw = data.get(key) or {}
        if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
            problems.append(f"{where}: '{key}' must map each id to its content hash")
            raw = {}
        hashes[key] = {str(k): v for k, v in raw.items()}
    if problems:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: the manifest is not valid"), where, problems=problems)
    return Manifest(pack_id, title.strip(), version, str(data.get("created", "")), files,
                    hashes["modules"], hashes["questions"])


# --- reading a zip safely ---------------------------------------------------


def read_pack(zip_path: Path, progress: Progress | None = None) -> tuple[Manifest, dict[str, bytes]]:
    """Every file of the pack, checked: safe names, sizes, manifest and SHA-256 of each file.
    `progress(entries read, entries)` is called before each entry is read."""
    where = str(zip_path)
    try:
        archive = zipfile.ZipFile(zip_path)
    except DAMAGED as exc:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: cannot be opened as a zip file (%2); it may be "
                                                       "cut short or not a pack at all: copy or download it again"),
                         where, _reason(exc)) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: has %2 entries; a pack may have at most %3"),
                             where, len(infos), MAX_ENTRIES)
        problems, files, total = [], {}, 0
        for number, info in enumerate(infos):
            if progress is not None:
                progress(number, len(infos))
            name = info.filename
            if name.endswith("/"):
                continue  # a folder entry: nothing to extract
            problem = _unsafe_name(name, info)
            if problem:
                problems.append(f"{where}: entry '{name}' {problem}")
                continue
            if name in files:
                problems.append(f"{where}: entry '{name}' appears twice")
                continue
            total += info.file_size
            if info.file_size > MAX_FILE_BYTES or total > MAX_TOTAL_BYTES:
                raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: entry '%2' makes the pack too large (at most "
                                                               "%3 MB a file, %4 MB in all)"),
                                 where, name, MAX_FILE_BYTES // 2**20, MAX_TOTAL_BYTES // 2**20)
            try:
                with archive.open(info) as handle:
                    data = handle.read(MAX_FILE_BYTES + 1)  # never trust the declared size
            except DAMAGED as exc:
                problems.append(f"{where}: entry '{name}' cannot be read ({_reason(exc)}); "
                                f"{_DAMAGED_HINT}")
                continue
            if len(data) > MAX_FILE_BYTES:
                raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: entry '%2' is larger than %3 MB"),
                                 where, name, MAX_FILE_BYTES // 2**20)
            if len(data) != info.file_size:  # zipfile checks the CRC only when the sizes agree
                problems.append(f"{where}: entry '{name}' says it holds {info.file_size} bytes but "
                                f"holds {len(data)}; {_DAMAGED_HINT}")
                continue
            files[name] = data
    if problems:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: the zip has unsafe or damaged entries"), where,
                         problems=problems)
    if MANIFEST not in files:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: there is no %2; export packs with "
                                                       "'cpsw-trainer pack export'"), where, MANIFEST)
    manifest = parse_manifest(files.pop(MANIFEST).decode("utf-8", "replace"), f"{where}:{MANIFEST}")
    for name in sorted(set(files) | set(manifest.files)):
        if name not in manifest.files:
            problems.append(f"{where}: '{name}' is not listed in the manifest")
        elif name not in files:
            problems.append(f"{where}: '{name}' is listed in the manifest but missing from the zip")
        elif _sha256(files[name]) != manifest.files[name]:
            problems.append(f"{where}: '{name}' does not match its SHA-256 in the manifest "
                            "(the file was changed or damaged after export)")
    if problems:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: the files do not match the manifest"), where,
                         problems=problems)
    return manifest, files


def _unsafe_name(name: str, info: zipfile.ZipInfo) -> str | None:
    if "\\" in name or ":" in name or name.startswith("/"):
        return "has an absolute or non-portable path"
    parts = PurePosixPath(name).parts
    if any(part in ("..", ".", "") for part in parts):
        return "points outside the pack ('..' or '.' in its path)"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "is a symbolic link"
    if name == MANIFEST:
        return None
    if len(parts) == 3 and parts[0] in TRANSLATION_FOLDERS:
        folder, file = parts[1], parts[2]
        if folder in _TRANSLATED_LAYOUT and file.endswith(_TRANSLATED_LAYOUT[folder]) and _FILE_NAME.match(file):
            return None
    if len(parts) != 2 or parts[0] not in _LAYOUT or not parts[1].endswith(_LAYOUT[parts[0]]) \
            or not _FILE_NAME.match(parts[1]):
        return ("is not a pack file (modules/*.md, quizzes/*.yaml, certifications/*.yaml, "
                "scenarios/*.yaml, drills/*.yaml, notes/*.yaml, "
                "and their Spanish under es/)")
    return None


def _peek_manifest(zip_path: Path) -> Manifest:
    """Only the manifest: enough to know the id and version without reading every file."""
    try:
        with zipfile.ZipFile(zip_path) as archive:
            with archive.open(MANIFEST) as handle:
                text = handle.read(MAX_FILE_BYTES).decode("utf-8", "replace")
    except KeyError:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: not a content pack (there is no %2)"),
                         zip_path, MANIFEST) from None
    except DAMAGED as exc:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: not a readable content pack (%2); the file is "
                                                       "damaged or incomplete; copy or download it again"),
                         zip_path, _reason(exc)) from None
    return parse_manifest(text, f"{zip_path}:{MANIFEST}")


def _reason(exc: BaseException) -> str:
    """zipfile's own words, with what kind of damage it was when it gives none."""
    text = str(exc).strip()
    if isinstance(exc, zlib.error):
        return f"its compressed data is corrupt: {text}"
    if isinstance(exc, EOFError):
        return "it ends too early (truncated)"
    return text or type(exc).__name__
