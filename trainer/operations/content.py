"""The curriculum's writes: saving a module, a question bank or a scenario from the editors, importing
a GIFT or Aiken bank, installing a content pack. No Qt.

Each writes its files, then reads the curriculum again with `reload` (the loader the app
started with: bundled content, then installed packs), so every page can show the change at
once: the window puts `value.catalog` in place and delivers `Change.CONTENT`. The command
line passes no `reload` (it exits after the write), and then `value.catalog` is None.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from trainer.content import authoring, importing
from trainer.content.packs import ImportResult, import_pack
from trainer.content.schema import Catalog, ContentError, QuestionBank
from trainer.operations.changes import Change, Done, nothing_changed
from trainer.operations.progress import Progress, no_progress

Reload = Callable[[], Catalog]


@dataclass(frozen=True)
class ContentFolders:
    """Where the curriculum is written, and how to read it again (what the Author page needs)."""

    content_dir: Path  # the editable content: modules/, quizzes/, certifications/
    packs_dir: Path  # installed content packs, one folder each
    load_all: Reload  # bundled content, then installed packs: what the app shows
    load_bundled: Reload  # bundled content only: what a pack is checked on top of


@dataclass(frozen=True)
class Saved:
    """A module or bank written to `path`, and the curriculum read again with it."""

    path: Path
    catalog: Catalog | None


@dataclass(frozen=True)
class ImportedBank:
    """What a GIFT or Aiken import made: the bank written (None if no question could be
    read), every question refused with its line, and the curriculum read again."""

    bank: QuestionBank | None
    problems: list[ContentError]
    path: Path | None = None
    catalog: Catalog | None = None


@dataclass(frozen=True)
class PackInstalled:
    result: ImportResult
    catalog: Catalog | None


def _reloaded(reload: Reload | None) -> Catalog | None:
    return reload() if reload is not None else None


def save_module(path: Path, draft: authoring.ModuleDraft, *, new: bool,
                reload: Reload | None = None) -> Done[Saved]:
    """Write a module from the editor (a new one never over an existing file)."""
    authoring.save(path, authoring.module_text(draft), new=new)
    return Done(Saved(path, _reloaded(reload)), Change.CONTENT)


def save_bank(path: Path, draft: authoring.BankDraft, *, new: bool,
              reload: Reload | None = None) -> Done[Saved]:
    """Write a question bank from the editor (a new one never over an existing file)."""
    authoring.save(path, authoring.bank_text(draft), new=new)
    return Done(Saved(path, _reloaded(reload)), Change.CONTENT)


def save_translation(path: Path, text: str, *, reload: Reload | None = None) -> Done[Saved]:
    """Write a module's or bank's translation (content/es/...) from the Author page's Spanish pane."""
    authoring.save(path, text, new=False)
    return Done(Saved(path, _reloaded(reload)), Change.CONTENT)


def save_scenario(path: Path, text: str, *, new: bool, reload: Reload | None = None) -> Done[Saved]:
    """Write a scenario's YAML from the Author page (a new one never over an existing file)."""
    authoring.save(path, text, new=new)
    return Done(Saved(path, _reloaded(reload)), Change.CONTENT)


def import_bank(source: Path, root: Path, domain_map: dict[str, str], default_domain: str | None,
                *, reload: Reload | None = None, progress: Progress = no_progress) -> Done[ImportedBank]:
    """Read a GIFT or Aiken file and write its bank into `root`/quizzes, never over an
    existing bank. Raises importing.ImportError_ for a file it cannot use; a Cancelled from
    `progress` stops it before anything is written."""
    bank, problems = importing.import_file(source, domain_map, default_domain, progress)
    if bank is None:
        return nothing_changed(ImportedBank(None, problems))
    progress(1, 1)  # the last chance to stop: what follows is the write
    target = importing.save_imported(bank, root)
    return Done(ImportedBank(bank, problems, target, _reloaded(reload)), Change.CONTENT)


def import_bank_translation(source: Path, catalog: Catalog, *, reload: Reload | None = None,
                            progress: Progress = no_progress) -> Done[ImportedBank]:
    """Read a GIFT file in another language (it says which) and write it as the translation of
    the English bank of its id, never over an existing translation; nothing is written when a
    question does not fit its English (the problems say which)."""
    fmt, text = importing.read_source(source)
    bank, problems = importing.import_file(source, {}, "advocacy", progress)  # domains: the English's
    if bank is None:
        return nothing_changed(ImportedBank(None, problems))
    progress(1, 1)  # the last chance to stop: what follows is the write
    target, mismatches = importing.save_imported_translation(bank, catalog, importing.language_of(text, fmt))
    if mismatches:
        return nothing_changed(ImportedBank(None, problems + mismatches))
    return Done(ImportedBank(bank, problems, target, _reloaded(reload)), Change.CONTENT)


def install_pack(zip_path: Path, packs_dir: Path, base: Catalog, *, reload: Reload | None = None,
                 progress: Progress = no_progress) -> Done[PackInstalled]:
    """Check a content pack completely, then install it (see packs.import_pack); the same
    version again changes nothing. Raises PackError, or OSError for a folder it cannot write."""
    result = import_pack(zip_path, packs_dir, base, progress)
    if result.status == "unchanged":
        return nothing_changed(PackInstalled(result, None))
    return Done(PackInstalled(result, _reloaded(reload)), Change.CONTENT)
