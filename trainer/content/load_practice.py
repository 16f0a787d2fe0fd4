"""Conversation practice files under a content root → the catalog's scenarios, drills and notes."""

from __future__ import annotations

from pathlib import Path

from trainer.content.parse_drill import parse_drill
from trainer.content.parse_note import parse_note
from trainer.content.parse_scenario import parse_scenario
from trainer.content.schema import Catalog, ContentError

# folder under the content root, the catalog attribute it fills, its parser, what one file is
PRACTICE_FOLDERS = (
    ("scenarios", "scenarios", parse_scenario, "scenario"),
    ("drills", "drills", parse_drill, "reflection drill"),
    ("notes", "notes", parse_note, "note exercise"),
)


def load_practice(catalog: Catalog, root: Path) -> None:
    for folder, attribute, parse, what in PRACTICE_FOLDERS:
        found = getattr(catalog, attribute)
        for path in sorted((root / folder).glob("*.yaml")):
            text = _read(path, catalog.errors)
            item = text is not None and parse(
                text, str(path), catalog.domains, catalog.competencies, catalog.errors
            )
            if not item:
                continue
            if item.id in found:
                catalog.errors.append(ContentError(
                    str(path), 1, f"{what} id '{item.id}' is already used by {found[item.id].path}"))
                continue
            found[item.id] = item


def _read(path: Path, errors: list[ContentError]) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        errors.append(ContentError(str(path), 1, f"the file is not UTF-8 text ({exc.reason})"))
    except OSError as exc:
        errors.append(ContentError(str(path), 0, f"cannot read the file: {exc.strerror}"))
    return None
