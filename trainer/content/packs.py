"""Content packs: a zip of modules, banks and profiles that an agency adds to the bundled content.

A pack holds `manifest.yaml` (id, title, version, created, every file's SHA-256 and every
module's and question's content hash) and its files in the usual layout: modules/*.md,
quizzes/*.yaml, certifications/*.yaml. Packs use the app's fixed domains and competencies.
Installed packs live in `<data dir>/packs/<pack id>/`. Import checks everything before it
installs anything, and installs by renaming a finished folder into place. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import yaml

from trainer.content.loader import extend_catalog
from trainer.content.schema import Catalog, ContentError

MANIFEST = "manifest.yaml"
FORMAT = 1
MAX_ENTRIES = 5_000
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_TOTAL_BYTES = 100 * 1024 * 1024
_LAYOUT = {"modules": ".md", "quizzes": ".yaml", "certifications": ".yaml"}
_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_PACK_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class PackError(Exception):
    """The pack cannot be exported or installed; `problems` lists every reason."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or []


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


@dataclass(frozen=True)
class InstalledPack:
    manifest: Manifest
    path: Path


@dataclass(frozen=True)
class ImportResult:
    status: str  # "installed", "upgraded" or "unchanged"
    manifest: Manifest
    previous_version: int | None = None
    removed_ids: tuple[str, ...] = ()  # ids the upgrade no longer has (their history stays)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_manifest(text: str, where: str) -> Manifest:
    """manifest.yaml → Manifest, or PackError listing every problem."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise PackError(f"{where}: the manifest is not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise PackError(f"{where}: the manifest must be a mapping")
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
        raise PackError(f"{where}: the manifest is not valid", problems)
    return Manifest(pack_id, title.strip(), version, str(data.get("created", "")), files,
                    hashes["modules"], hashes["questions"])


# --- export -----------------------------------------------------------------


def export_pack(source: Catalog, out: Path, pack_id: str, version: int, title: str | None = None,
                modules: list[str] | None = None, banks: list[str] | None = None,
                only_under: Path | None = None) -> Manifest:
    """Write the chosen content of `source` as a pack zip at `out`.

    With no `modules` and no `banks`, everything (under `only_under`, if given) goes in;
    a chosen module brings its quiz bank along. Refuses content that has problems.
    """
    if not _PACK_ID.match(pack_id):
        raise PackError(f"the pack id must be kebab-case (lowercase letters, digits, hyphens): '{pack_id}'")
    if version < 1:
        raise PackError(f"the pack version must be 1 or more, got {version}")
    chosen = _choose_files(source, modules, banks, only_under)
    if not chosen:
        raise PackError("nothing to export: no modules, banks or profiles were chosen or found")
    paths = {str(p) for p in chosen.values()}
    under = str(only_under) + os.sep if only_under else None  # a file there that failed to load
    bad = [str(e) for e in source.errors if e.path in paths or (under and e.path.startswith(under))]
    if bad:
        raise PackError("the chosen content has problems; fix them, then export again", bad)
    module_hashes = {m.id: m.content_hash for m in source.modules.values() if m.path in paths}
    question_hashes = {q.id: q.content_hash for q in source.questions.values() if q.path in paths}
    contents = {name: path.read_bytes() for name, path in sorted(chosen.items())}
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    manifest = Manifest(pack_id, title or pack_id, version, created,
                        {name: _sha256(data) for name, data in contents.items()},
                        module_hashes, question_hashes)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest.to_yaml())
            for name, data in contents.items():
                archive.writestr(name, data)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return manifest


def _choose_files(source: Catalog, modules, banks, only_under: Path | None) -> dict[str, Path]:
    """Pack path (e.g. 'modules/x.md') → source file."""
    problems = []
    for kind, wanted, known in (("module", modules, source.modules), ("bank", banks, source.banks)):
        problems += [f"no {kind} '{ident}' in the content (known: {', '.join(sorted(known)) or 'none'})"
                     for ident in wanted or () if ident not in known]
    if problems:
        raise PackError("some chosen ids do not exist", problems)
    files: list[Path] = []
    if modules or banks:
        for ident in modules or ():
            module = source.modules[ident]
            files.append(Path(module.path))
            if module.quiz and module.quiz in source.banks:
                files.append(Path(source.banks[module.quiz].path))
        files += [Path(source.banks[ident].path) for ident in banks or ()]
    else:
        items = [*source.modules.values(), *source.banks.values(), *source.profiles.values()]
        prefix = str(only_under) + os.sep if only_under else ""
        files = [Path(item.path) for item in items if item.path.startswith(prefix)]
    return {f"{path.parent.name}/{path.name}": path for path in files}


# --- reading a zip safely ---------------------------------------------------


def read_pack(zip_path: Path) -> tuple[Manifest, dict[str, bytes]]:
    """Every file of the pack, checked: safe names, sizes, manifest and SHA-256 of each file."""
    where = str(zip_path)
    try:
        archive = zipfile.ZipFile(zip_path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise PackError(f"{where}: cannot be opened as a zip file ({exc})") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise PackError(f"{where}: has {len(infos)} entries; a pack may have at most {MAX_ENTRIES}")
        problems, files, total = [], {}, 0
        for info in infos:
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
                raise PackError(f"{where}: entry '{name}' makes the pack too large (at most "
                                f"{MAX_FILE_BYTES // 2**20} MB a file, {MAX_TOTAL_BYTES // 2**20} MB in all)")
            try:
                with archive.open(info) as handle:
                    data = handle.read(MAX_FILE_BYTES + 1)  # never trust the declared size
            except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
                problems.append(f"{where}: entry '{name}' cannot be read ({exc})")
                continue
            if len(data) > MAX_FILE_BYTES:
                raise PackError(f"{where}: entry '{name}' is larger than {MAX_FILE_BYTES // 2**20} MB")
            files[name] = data
    if problems:
        raise PackError(f"{where}: the zip has unsafe or unreadable entries", problems)
    if MANIFEST not in files:
        raise PackError(f"{where}: there is no {MANIFEST}; export packs with 'cpsw-trainer pack export'")
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
        raise PackError(f"{where}: the files do not match the manifest", problems)
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
    if len(parts) != 2 or parts[0] not in _LAYOUT or not parts[1].endswith(_LAYOUT[parts[0]]) \
            or not _FILE_NAME.match(parts[1]):
        return "is not a pack file (modules/*.md, quizzes/*.yaml, certifications/*.yaml)"
    return None


def _peek_manifest(zip_path: Path) -> Manifest:
    """Only the manifest: enough to know the id and version without reading every file."""
    try:
        with zipfile.ZipFile(zip_path) as archive:
            with archive.open(MANIFEST) as handle:
                text = handle.read(MAX_FILE_BYTES).decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise PackError(f"{zip_path}: not a content pack ({exc})") from None
    return parse_manifest(text, f"{zip_path}:{MANIFEST}")


# --- installed packs --------------------------------------------------------


def installed_pack_roots(packs_dir: Path) -> list[Path]:
    """The folders of installed packs, in load order (by pack id). Fast: reads no files."""
    if not packs_dir.is_dir():
        return []
    return sorted(p for p in packs_dir.iterdir()
                  if p.is_dir() and not p.name.startswith(".") and (p / MANIFEST).is_file())


def installed_packs(packs_dir: Path) -> tuple[list[InstalledPack], list[str]]:
    """Installed packs with their manifests, and a problem for each unreadable manifest."""
    packs, problems = [], []
    for root in installed_pack_roots(packs_dir):
        try:
            packs.append(InstalledPack(_installed_manifest(root), root))
        except PackError as exc:
            problems.append(str(exc))
    return packs, problems


def _installed_manifest(root: Path) -> Manifest:
    try:
        text = (root / MANIFEST).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{root / MANIFEST}: cannot be read ({exc})") from None
    return parse_manifest(text, str(root / MANIFEST))


def import_pack(zip_path: Path, packs_dir: Path, base: Catalog) -> ImportResult:
    """Check the pack completely, then install it as `<packs_dir>/<id>/`, or raise PackError.

    `base` is the loaded bundled content (not parsed again). The pack must load cleanly on
    top of it and of the other installed packs. A pack already installed is replaced only
    by a higher version; the same version again is a no-op.
    """
    manifest, files = read_pack(zip_path)
    target = packs_dir / manifest.id
    previous = _installed_manifest(target) if (target / MANIFEST).is_file() else None
    if previous and previous.version == manifest.version and previous.files == manifest.files:
        return ImportResult("unchanged", manifest, previous.version)
    packs_dir.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".stage-{manifest.id}-", dir=packs_dir))
    try:
        for name, data in files.items():
            (stage / name).parent.mkdir(parents=True, exist_ok=True)
            (stage / name).write_bytes(data)
        (stage / MANIFEST).write_text(manifest.to_yaml(), encoding="utf-8")
        removed = _check_staged(zip_path, stage, manifest, previous, packs_dir, base)
        _swap_in(stage, target)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    status = "upgraded" if previous else "installed"
    return ImportResult(status, manifest, previous.version if previous else None, removed)


def _check_staged(zip_path: Path, stage: Path, manifest: Manifest, previous: Manifest | None,
                  packs_dir: Path, base: Catalog) -> tuple[str, ...]:
    others = [root for root in installed_pack_roots(packs_dir) if root.name != manifest.id]
    catalog = extend_catalog(base, [*others, stage])
    prefix = str(stage) + os.sep
    problems = [f"{zip_path.name}/{e.path[len(prefix):]}:{e.line}: {e.message}"
                for e in catalog.errors if e.path.startswith(prefix)]
    if problems:
        raise PackError(f"{zip_path}: the pack's content has problems", problems)
    modules = {m.id: m.content_hash for m in catalog.modules.values() if m.path.startswith(prefix)}
    questions = {q.id: q.content_hash for q in catalog.questions.values() if q.path.startswith(prefix)}
    if modules != manifest.modules or questions != manifest.questions:
        raise PackError(f"{zip_path}: the manifest's module and question hashes do not match the "
                        "files; export the pack again with 'cpsw-trainer pack export'")
    if previous is None:
        return ()
    old_ids = {**_labelled("module", previous.modules), **_labelled("question", previous.questions)}
    new_ids = {**_labelled("module", modules), **_labelled("question", questions)}
    changed = sorted(k for k, h in new_ids.items() if k in old_ids and old_ids[k] != h)
    if manifest.version <= previous.version:
        installed = f"version {previous.version} is installed"
        if changed:
            raise PackError(
                f"{zip_path}: pack '{manifest.id}' version {manifest.version} would change the meaning "
                f"of {', '.join(changed)} without a version bump ({installed}); export it again with "
                f"--version {previous.version + 1} or higher")
        if manifest.version < previous.version:
            raise PackError(f"{zip_path}: pack '{manifest.id}' version {manifest.version} is older "
                            f"than the installed one ({installed}); nothing was changed")
        raise PackError(f"{zip_path}: pack '{manifest.id}' has different files but the same version "
                        f"({installed}); export it again with --version {previous.version + 1}")
    return tuple(sorted(k for k in old_ids if k not in new_ids))


def _labelled(kind: str, hashes: dict[str, str]) -> dict[str, str]:
    return {f"{kind} '{ident}'": value for ident, value in hashes.items()}


def _swap_in(stage: Path, target: Path) -> None:
    """Rename the finished folder into place; the old version is moved aside, then removed."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".old-{target.name}-", dir=target.parent)) / "pack"
        os.rename(target, old)
    try:
        os.rename(stage, target)
    except BaseException:
        if old is not None:
            os.rename(old, target)
        raise
    if old is not None:
        shutil.rmtree(old.parent, ignore_errors=True)


def install_agency_packs(paths, packs_dir: Path, base: Catalog) -> list[ContentError]:
    """Install each agency pack not installed yet (or installed at a lower version).

    Returns one problem per pack that could not be installed; the app starts anyway.
    """
    problems = []
    for path in paths:
        try:
            manifest = _peek_manifest(Path(path))
            root = packs_dir / manifest.id
            if (root / MANIFEST).is_file() and _installed_manifest(root).version >= manifest.version:
                continue
            import_pack(Path(path), packs_dir, base)
        except PackError as exc:
            problems.append(ContentError(str(path), 0, "agency content pack not installed: "
                                         + "; ".join([str(exc), *exc.problems])))
    return problems
