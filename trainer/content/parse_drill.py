"""A reflection drill file (YAML) → ReflectionDrill, or problems.

```yaml
id: drill-tired-of-meetings
title: Tired of meetings
domain: mentoring-education
competencies: [valuing-communication]
version: 1
context: Optional: who is speaking and where.
person_says: What the person says, for the trainee to reflect.
models:                      # 2 or 3 model reflections
  - text: A model reflection.
    code: complex-reflection # simple-reflection | complex-reflection
    why: What it picks up.
references: [...]
```
The self-rating checklist is fixed (scenario_schema.DRILL_CHECKLIST), so every drill is
rated the same way.
"""

from __future__ import annotations

from trainer.content.fields import Fields
from trainer.content.practice_meta import read_document, read_meta
from trainer.content.scenario_schema import (
    MAX_MODEL_REFLECTIONS,
    MIN_MODEL_REFLECTIONS,
    ModelReflection,
    ReflectionDrill,
)
from trainer.content.schema import ContentError
from trainer.content.yamlnodes import line_of

REFLECTION_CODES = ("simple-reflection", "complex-reflection")


def parse_drill(
    text: str, path: str, domains: dict, competencies: dict, errors: list[ContentError]
) -> ReflectionDrill | None:
    fields = Fields(path, errors)
    before = len(errors)
    data = read_document(text, fields, "a reflection drill")
    if data is None:
        return None
    meta = read_meta(data, fields, domains, competencies)
    person_says = fields.text(data, "person_says")
    models = _parse_models(data, fields)
    if len(errors) > before:
        return None
    return ReflectionDrill(
        id=meta.id, title=meta.title, domain=meta.domain, version=meta.version,
        person_says=person_says, models=models, context=fields.text(data, "context", required=False),
        competencies=meta.competencies, references=meta.references, path=path,
        content_hash=meta.content_hash,
    )


def _parse_models(data: dict, fields: Fields) -> tuple[ModelReflection, ...]:
    raw = data.get("models")
    line = line_of(data, "models")
    if not isinstance(raw, list) or not MIN_MODEL_REFLECTIONS <= len(raw) <= MAX_MODEL_REFLECTIONS:
        fields.error(line, f"a drill needs a list 'models' of {MIN_MODEL_REFLECTIONS} or "
                           f"{MAX_MODEL_REFLECTIONS} model reflections")
        return ()
    models = []
    for index, item in enumerate(raw):
        item = fields.mapping(item, line_of(raw, index), "a model reflection")
        if item is None:
            continue
        code = fields.text(item, "code")
        if code and code not in REFLECTION_CODES:
            fields.error(line_of(item, "code"), f"a model reflection's code must be one of: "
                                                f"{', '.join(REFLECTION_CODES)}, not '{code}'")
        models.append(ModelReflection(fields.text(item, "text"), code, fields.text(item, "why")))
    return tuple(models)
