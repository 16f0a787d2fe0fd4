"""A note-writing exercise file (YAML) → NoteExercise, or problems.

```yaml
id: note-housing-call
title: A call about housing
domain: advocacy
competencies: [linking-resources]
version: 1
format: DAP                   # DAP | SOAP | BIRP
goal: The recovery-plan goal this contact serves.
contact: The service contact, described for the trainee to document.
model:
  header: Date, time, duration and units, service, setting.
  sections:                   # exactly the format's sections, in its order
    data: ...
    assessment: ...
    plan: ...
  signature: Name, credential, date.
references: [...]
```
The rubric is fixed (scenario_schema.NOTE_RUBRIC): every note is checked for the same items.
"""

from __future__ import annotations

from trainer.content.fields import Fields
from trainer.content.practice_meta import read_document, read_meta
from trainer.content.scenario_schema import NOTE_FORMATS, ModelNote, NoteExercise
from trainer.content.schema import ContentError
from trainer.content.yamlnodes import line_of


def parse_note(
    text: str, path: str, domains: dict, competencies: dict, errors: list[ContentError]
) -> NoteExercise | None:
    fields = Fields(path, errors)
    before = len(errors)
    data = read_document(text, fields, "a note exercise")
    if data is None:
        return None
    meta = read_meta(data, fields, domains, competencies)
    note_format = fields.text(data, "format")
    if note_format and note_format not in NOTE_FORMATS:
        fields.error(line_of(data, "format"), f"unknown note format '{note_format}' "
                                              f"(expected one of: {', '.join(NOTE_FORMATS)})")
    contact = fields.text(data, "contact")
    goal = fields.text(data, "goal")
    model = _parse_model(data, note_format, fields)
    if len(errors) > before or model is None:
        return None
    return NoteExercise(
        id=meta.id, title=meta.title, domain=meta.domain, version=meta.version, format=note_format,
        contact=contact, goal=goal, model=model, competencies=meta.competencies,
        references=meta.references, path=path, content_hash=meta.content_hash,
    )


def _parse_model(data: dict, note_format: str, fields: Fields) -> ModelNote | None:
    raw = fields.mapping(data.get("model"), line_of(data, "model"), "'model' (the model note)")
    if raw is None:
        return None
    header, signature = fields.text(raw, "header"), fields.text(raw, "signature")
    sections = fields.mapping(raw.get("sections"), line_of(raw, "sections"), "the model note's 'sections'")
    if sections is None or note_format not in NOTE_FORMATS:
        return None
    wanted = NOTE_FORMATS[note_format]
    if tuple(sections) != wanted:
        fields.error(line_of(raw, "sections"), f"a {note_format} note has the sections "
                                               f"{', '.join(wanted)} in that order; this one has "
                                               f"{', '.join(map(str, sections)) or 'none'}")
        return None
    texts = {name: fields.text(sections, name) for name in wanted}
    return ModelNote(header=header, sections=texts, signature=signature)
