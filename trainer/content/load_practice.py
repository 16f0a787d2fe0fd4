"""Conversation practice files under a content root → the catalog's scenarios, drills and notes."""

from __future__ import annotations

from pathlib import Path

from trainer.content.fields import read_text_file
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
            text = read_text_file(path, catalog.errors)
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

