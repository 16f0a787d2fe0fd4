"""Content packs: a zip of modules, banks, profiles and conversation practice (scenarios,
reflection drills, note exercises) that an agency adds to the bundled content.

A pack holds `manifest.yaml` (id, title, version, created, every file's SHA-256 and every
module's and question's content hash) and its files in the usual layout: modules/*.md,
quizzes/*.yaml, certifications/*.yaml, scenarios/*.yaml, drills/*.yaml, notes/*.yaml. Packs use the app's fixed domains and competencies.
Installed packs live in `<data dir>/packs/<pack id>/`. Import checks everything before it
installs anything, and installs by renaming a finished folder into place. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from trainer.content.loader import extend_catalog
from trainer.content.pack_archive import (
    _PACK_ID,
    MANIFEST,
    TRANSLATION_FOLDERS,
    Manifest,
    PackError,
    Progress,
    _peek_manifest,
    _sha256,
    pack_error,
    parse_manifest,
    read_pack,
)
from trainer.content.schema import Catalog, ContentError
from trainer.messages import QT_TRANSLATE_NOOP


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


def _quiet(_done: int, _total: int) -> None:
    """For work nobody watches."""


# --- export -----------------------------------------------------------------


def export_pack(source: Catalog, out: Path, pack_id: str, version: int, title: str | None = None,
                modules: list[str] | None = None, banks: list[str] | None = None,
                only_under: Path | None = None, progress: Progress | None = None,
                languages: tuple[str, ...] = ("en", "es")) -> Manifest:
    """Write the chosen content of `source` as a pack zip at `out`.

    With no `modules` and no `banks`, everything (under `only_under`, if given) goes in;
    a chosen module brings its quiz bank along, and each file its Spanish (es/...) when it has
    one and "es" is in `languages`. Refuses content that has problems.
    `progress(files done, files × 2)` is called as files are read and written; if it
    raises, nothing is left at `out`.
    """
    step = progress or _quiet
    if not _PACK_ID.match(pack_id):
        raise pack_error(QT_TRANSLATE_NOOP("messages", "the pack id must be kebab-case (lowercase letters, "
                                                       "digits, hyphens): '%1'"), pack_id)
    if version < 1:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "the pack version must be 1 or more, got %1"), version)
    chosen = _choose_files(source, modules, banks, only_under)
    chosen.update(_translations_of(source, chosen, languages))
    if not chosen:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "nothing to export: no modules, banks or profiles were "
                                                       "chosen or found"))
    paths = {str(p) for p in chosen.values()}
    under = str(only_under) + os.sep if only_under else None  # a file there that failed to load
    bad = [str(e) for e in source.errors + _translation_problems(source)
           if e.path in paths or (under and e.path.startswith(under))]
    if bad:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "the chosen content has problems; fix them, then export "
                                                       "again"), problems=bad)
    module_hashes = {m.id: m.content_hash for m in source.modules.values() if m.path in paths}
    question_hashes = {q.id: q.content_hash for q in source.questions.values() if q.path in paths}
    total = len(chosen) * 2
    contents = {}
    for number, (name, path) in enumerate(sorted(chosen.items())):
        step(number, total)
        contents[name] = path.read_bytes()
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
            for number, (name, data) in enumerate(contents.items(), start=len(contents)):
                step(number, total)
                archive.writestr(name, data)
        step(total, total)  # the last chance to stop before the pack appears
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
        raise pack_error(QT_TRANSLATE_NOOP("messages", "some chosen ids do not exist"), problems=problems)
    files: list[Path] = []
    if modules or banks:
        for ident in modules or ():
            module = source.modules[ident]
            files.append(Path(module.path))
            if module.quiz and module.quiz in source.banks:
                files.append(Path(source.banks[module.quiz].path))
        files += [Path(source.banks[ident].path) for ident in banks or ()]
    else:
        items = [*source.modules.values(), *source.banks.values(), *source.profiles.values(),
                 *source.scenarios.values(), *source.drills.values(), *source.notes.values()]
        prefix = str(only_under) + os.sep if only_under else ""
        files = [Path(item.path) for item in items if item.path.startswith(prefix)]
    return {f"{path.parent.name}/{path.name}": path for path in files}


def _translations_of(source: Catalog, chosen: dict[str, Path], languages: tuple[str, ...]) -> dict[str, Path]:
    """The Spanish of each chosen file (and the glossary of each chosen module), pack path → file."""
    found = {}
    for lang in (lang for lang in TRANSLATION_FOLDERS if lang in languages):
        for name, path in chosen.items():
            translated = path.parent.parent / lang / path.parent.name / path.name
            if translated.is_file():
                found[f"{lang}/{name}"] = translated
            glossary = path.parent.parent / lang / "glossary" / f"{path.stem}.yaml"
            if path.parent.name == "modules" and glossary.is_file():
                found[f"{lang}/glossary/{glossary.name}"] = glossary
    return found


def _translation_problems(catalog: Catalog) -> list[ContentError]:
    from trainer.content.translation_checks import translation_problems

    return translation_problems(catalog, ())


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
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: cannot be read (%2)"), root / MANIFEST, exc) from None
    return parse_manifest(text, str(root / MANIFEST))


def import_pack(zip_path: Path, packs_dir: Path, base: Catalog,
                progress: Progress | None = None) -> ImportResult:
    """Check the pack completely, then install it as `<packs_dir>/<id>/`, or raise PackError.

    `base` is the loaded bundled content (not parsed again). The pack must load cleanly on
    top of it and of the other installed packs. A pack already installed is replaced only
    by a higher version; the same version again is a no-op. `progress(done, total)` is called
    while the zip is read and staged and before the check; if it raises, nothing is installed.
    """
    step = progress or _quiet
    entries = [0]

    def reading(done: int, total: int) -> None:
        entries[0] = total
        step(done, 2 * total + 1)  # reading, then staging, then one step for the check

    manifest, files = read_pack(zip_path, reading)
    total = 2 * entries[0] + 1
    target = packs_dir / manifest.id
    previous = _installed_manifest(target) if (target / MANIFEST).is_file() else None
    if previous and previous.version == manifest.version and previous.files == manifest.files:
        return ImportResult("unchanged", manifest, previous.version)
    packs_dir.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".stage-{manifest.id}-", dir=packs_dir))
    try:
        for number, (name, data) in enumerate(files.items()):
            step(entries[0] + number, total)
            (stage / name).parent.mkdir(parents=True, exist_ok=True)
            (stage / name).write_bytes(data)
        (stage / MANIFEST).write_text(manifest.to_yaml(), encoding="utf-8")
        step(total - 1, total)
        removed = _check_staged(zip_path, stage, manifest, previous, packs_dir, base)
        step(total, total)  # the last chance to stop: installing is one rename
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
                for e in catalog.errors + _translation_problems(catalog) if e.path.startswith(prefix)]
    if problems:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: the pack's content has problems"), zip_path,
                         problems=problems)
    modules = {m.id: m.content_hash for m in catalog.modules.values() if m.path.startswith(prefix)}
    questions = {q.id: q.content_hash for q in catalog.questions.values() if q.path.startswith(prefix)}
    if modules != manifest.modules or questions != manifest.questions:
        raise pack_error(QT_TRANSLATE_NOOP("messages", "%1: the manifest's module and question hashes do not "
                                                       "match the files; export the pack again with "
                                                       "'cpsw-trainer pack export'"), zip_path)
    if previous is None:
        return ()
    old_ids = {**_labelled("module", previous.modules), **_labelled("question", previous.questions)}
    new_ids = {**_labelled("module", modules), **_labelled("question", questions)}
    changed = sorted(k for k, h in new_ids.items() if k in old_ids and old_ids[k] != h)
    if manifest.version <= previous.version:
        if changed:
            raise pack_error(QT_TRANSLATE_NOOP(
                "messages", "%1: pack '%2' version %3 would change the meaning of %4 without a version bump "
                            "(version %5 is installed); export it again with --version %6 or higher"),
                zip_path, manifest.id, manifest.version, ", ".join(changed), previous.version,
                previous.version + 1)
        if manifest.version < previous.version:
            raise pack_error(QT_TRANSLATE_NOOP(
                "messages", "%1: pack '%2' version %3 is older than the installed one (version %4 is "
                            "installed); nothing was changed"),
                zip_path, manifest.id, manifest.version, previous.version)
        raise pack_error(QT_TRANSLATE_NOOP(
            "messages", "%1: pack '%2' has different files but the same version (version %3 is installed); "
                        "export it again with --version %4"),
            zip_path, manifest.id, previous.version, previous.version + 1)
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
        if not Path(path).is_file():
            problems.append(ContentError(str(path), 0, "agency content pack not installed: the agency "
                                         "configuration names this file but it is not there; copy the "
                                         "pack there or remove it from content_packs"))
            continue
        try:
            manifest = _peek_manifest(Path(path))
            root = packs_dir / manifest.id
            if (root / MANIFEST).is_file() and _installed_manifest(root).version >= manifest.version:
                continue
            import_pack(Path(path), packs_dir, base)
        except PackError as exc:
            problems.append(ContentError(str(path), 0, "agency content pack not installed: "
                                         + "; ".join([str(exc), *exc.problems])))
        except OSError as exc:  # unreadable file or a data folder we cannot write: start anyway
            problems.append(ContentError(str(path), 0, f"agency content pack not installed: {exc}"))
    return problems
