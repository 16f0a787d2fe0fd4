"""Importing a Moodle GIFT or Aiken file into the content folder (used by the Author page)."""

from __future__ import annotations

import re
from pathlib import Path

from trainer.content.formats import Progress, guess_format
from trainer.content.formats.aiken import import_aiken
from trainer.content.formats.bank_yaml import dump_bank
from trainer.content.formats.gift import import_gift
from trainer.content.schema import ContentError, QuestionBank
from trainer.files import write_text_atomic
from trainer.messages import QT_TRANSLATE_NOOP, MessageError, message

_CATEGORY = re.compile(r"^\s*\$CATEGORY:\s*(.+?)\s*$", re.M)


class ImportError_(MessageError):  # noqa: N801 - avoid shadowing the builtin ImportError
    """A file that cannot be imported; `message` says why."""


def read_source(path: Path) -> tuple[str, str]:
    """(format, text) of a GIFT or Aiken file, or ImportError_ saying what is wrong."""
    fmt = guess_format(path.name)
    if fmt is None:
        raise ImportError_(message(QT_TRANSLATE_NOOP(
            "messages", "%1: the format is not known from its extension; use .gift for GIFT or .txt for "
                        "Aiken."), path.name))
    try:
        return fmt, path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportError_(message(QT_TRANSLATE_NOOP("messages", "%1 cannot be read as UTF-8 text (%2)."),
                                   path.name, exc)) from None


def categories_in(text: str, fmt: str) -> list[str]:
    """GIFT categories in order of first appearance (Aiken has none)."""
    if fmt != "gift":
        return []
    return list(dict.fromkeys(match.group(1) for match in _CATEGORY.finditer(text)))


def import_file(path: Path, domain_map: dict[str, str], default_domain: str | None,
                progress: Progress | None = None) -> tuple[QuestionBank | None, list[ContentError]]:
    fmt, text = read_source(path)
    importer = import_gift if fmt == "gift" else import_aiken
    return importer(text, str(path), domain_map=domain_map, default_domain=default_domain,
                    progress=progress)


def language_of(text: str, fmt: str) -> str:
    """The language a file says it is in: a GIFT file exported in Spanish names it; else English."""
    from trainer.content.formats.translated import gift_language

    return (gift_language(text) if fmt == "gift" else None) or "en"


def save_imported_translation(bank: QuestionBank, catalog, lang: str) -> tuple[Path, list[ContentError]]:
    """Write an imported file in `lang` as the translation of the English bank of the same id
    (content/<lang>/quizzes/<its file>), never over an existing one; (where, the problems found
    matching it to the English). Nothing is written when there are problems."""
    from trainer.content.authoring_translation import translation_path
    from trainer.content.formats.translated import as_translation

    english = catalog.banks.get(bank.id)
    if english is None:
        raise ImportError_(message(QT_TRANSLATE_NOOP(
            "messages", "This file is the Spanish of the bank '%1', and there is no such English bank. "
                        "Import or write the English bank first."), bank.id))
    target = translation_path(Path(english.path), lang)
    if target.exists():
        raise ImportError_(message(QT_TRANSLATE_NOOP(
            "messages", "The bank '%1' already has its Spanish (%2). Edit it with Spanish side by side, "
                        "or delete it first."), english.id, target.name))
    text, problems = as_translation(bank, english, lang)
    if not problems:
        write_text_atomic(target, text)
    return target, problems


def save_imported(bank: QuestionBank, root: Path) -> Path:
    """Write the bank as content/quizzes/<id>.yaml, never over an existing file."""
    target = Path(root) / "quizzes" / f"{bank.id}.yaml"
    if target.exists():
        raise ImportError_(message(QT_TRANSLATE_NOOP(
            "messages", "A bank called '%1' already exists (%2). Rename the file you are importing, or "
                        "delete the old bank first."), bank.id, target.name))
    write_text_atomic(target, dump_bank(bank))
    return target
