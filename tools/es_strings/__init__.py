"""The interface in Spanish: what tools/translations.py writes into cpsw_trainer_es.ts.

Each module here holds `STRINGS`, English source -> Spanish, for one area of the app; a
plural message (%n) maps to its two forms (one, many). `BY_CONTEXT` maps (context, source)
where the same English needs other Spanish in one place. Plain, warm Latin American Spanish,
"usted"; the same terms everywhere (see GLOSSARY). Keep %1..%9, %n, & accelerators, HTML and
shortcut names ("Ctrl+N") as they are.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

GLOSSARY = {
    "peer support worker": "trabajador/a de apoyo entre pares",
    "hours log": "registro de horas",
    "readiness": "preparación",
    "dashboard": "Panel",
    "practice": "Práctica",
    "exam simulation": "simulacro de examen",
    "supervisor": "supervisor/a",
    "attestation": "declaración",
    "trainee": "participante",
    "trainer": "capacitador/a",
    "module": "módulo",
    "question bank": "banco de preguntas",
    "content pack": "paquete de contenido",
    "review": "repaso",
}

Spanish = str | tuple[str, str]


@cache
def _tables() -> tuple[dict[str, Spanish], dict[tuple[str, str], Spanish]]:
    strings: dict[str, Spanish] = {}
    by_context: dict[tuple[str, str], Spanish] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        strings.update(getattr(module, "STRINGS", {}))
        by_context.update(getattr(module, "BY_CONTEXT", {}))
    return strings, by_context


def spanish_for(context: str, source: str) -> Spanish | None:
    strings, by_context = _tables()
    return by_context.get((context, source), strings.get(source))
