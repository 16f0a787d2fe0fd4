"""Role-plays, reflection drills and note exercises in Spanish, beside the English under the
same ids: loaded onto the English structure, and every mismatch reported at its path and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.content.test_scenarios import BASE
from trainer.content.cache import load_catalog_cached
from trainer.content.loader import load_catalog
from trainer.content.parse_translation import check_text
from trainer.content.translation_checks import translation_problems
from trainer.content.translations import in_language

SPANISH_SCENARIO = """\
id: practice-talk
lang: es
translated_from_version: 1
title: Una charla corta de práctica
summary: Un grafo pequeño para las pruebas.
person:
  name: Sam
  situation: Sam vino una vez a un centro y no sabe si volver.
  goals: [Saber si el grupo le sirve]
nodes:
  - id: open
    says: No sé si este lugar es para mí.
    choices:
      - text: Todavía no está seguro de que le sirva.
        feedback: Una reflexión simple hace que Sam siga hablando.
      - text: Debería venir por lo menos un mes.
        feedback: Un consejo antes de que Sam lo pida.
      - text: ¿Qué lo hizo venir la primera vez?
        feedback: Invita las razones de Sam.
  - id: middle
    says: Me gustó el café. Y una persona fue amable.
    choices:
      - text: Que alguien fuera amable le importó.
        feedback: Recoge lo que importó.
      - text: ¿Va a venir el martes?
        feedback: Una pregunta de sí o no, muy pronto.
      - text: Encontró una razón para volver.
        feedback: Saca a la luz el lenguaje de cambio.
  - id: other
    says: Quería ver si aquí la gente entiende.
    choices:
      - text: Quería estar con gente que entiende.
        feedback: El sentido, no solo las palabras.
      - text: Venir le costó valor.
        feedback: Una afirmación cierta y concreta.
      - text: Casi todos se rinden si faltan una semana.
        feedback: Una advertencia aumenta el lenguaje de mantener.
  - id: end-good
    says: Tal vez venga el martes.
    ending: Sam nombra un próximo paso con sus propias palabras.
  - id: end-flat
    says: Ya veré.
    ending: Sam se va sin un plan.
"""

DRILL = """\
id: drill-tired
title: Tired of meetings
domain: mentoring-education
competencies: [engaging-relationships]
version: 1
context: A man at a drop-in centre.
person_says: I'm tired of meetings. Nobody there listens.
models:
  - text: You feel unheard at meetings.
    code: simple-reflection
    why: Says back what he said.
  - text: Being listened to matters a lot to you.
    code: complex-reflection
    why: Names a value.
references: ["Miller, W. R., & Rollnick, S. (2023). Motivational Interviewing (4th ed.). Guilford Press."]
"""

SPANISH_DRILL = """\
id: drill-tired
lang: es
title: Cansado de las reuniones
context: Un hombre en un centro.
person_says: Estoy cansado de las reuniones. Nadie me escucha allí.
models:
  - text: Se siente ignorado en las reuniones.
    why: Repite lo que dijo.
  - text: Que lo escuchen le importa mucho.
    why: Nombra un valor.
"""

NOTE = """\
id: note-call
title: A call about housing
domain: advocacy
competencies: [engaging-relationships]
version: 1
format: DAP
goal: "Goal 2: find housing."
contact: On May 2, 2026, you called with Ana about an apartment.
model:
  header: "2026-05-02, 15 minutes (1 unit), phone."
  sections:
    data: Ana called the landlord with the peer beside her.
    assessment: Ana spoke up for herself.
    plan: Ana will visit the apartment on May 5.
  signature: "J. Rivera, CPSW, 2026-05-02"
references: ["SAMHSA (2015). Core Competencies for Peer Workers. https://www.samhsa.gov/brss-tacs"]
"""

SPANISH_NOTE = """\
id: note-call
lang: es
title: Una llamada sobre vivienda
goal: "Meta 2: encontrar vivienda."
contact: El 2 de mayo de 2026, usted llamó con Ana por un apartamento.
model:
  header: "2026-05-02, 15 minutos (1 unidad), por teléfono."
  sections:
    data: Ana llamó al dueño con el compañero a su lado.
    assessment: Ana habló por sí misma.
    plan: Ana va a ver el apartamento el 5 de mayo.
  signature: "J. Rivera, CPSW, 2026-05-02"
"""


@pytest.fixture
def practice_content(bilingual_content: Path) -> Path:
    for folder, name, english, spanish in (("scenarios", "practice-talk.yaml", BASE, SPANISH_SCENARIO),
                                           ("drills", "drill-tired.yaml", DRILL, SPANISH_DRILL),
                                           ("notes", "note-call.yaml", NOTE, SPANISH_NOTE)):
        for root, text in ((bilingual_content, english), (bilingual_content / "es", spanish)):
            (root / folder).mkdir(exist_ok=True)
            (root / folder / name).write_text(text, encoding="utf-8")
    return bilingual_content


def _write(root: Path, folder: str, name: str, text: str) -> str:
    path = root / "es" / folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _line(text: str, snippet: str) -> int:
    return text[:text.index(snippet)].count("\n") + 1


def _problems(root: Path, languages=("en",)) -> list[str]:
    catalog = load_catalog(root)
    assert catalog.errors == []
    return [str(p) for p in translation_problems(catalog, languages)]


def test_spanish_practice_keeps_the_english_structure(practice_content):
    catalog = load_catalog(practice_content)
    assert _problems(practice_content) == []
    spanish = in_language(catalog, "es")
    scenario, english = spanish.scenarios["practice-talk"], catalog.scenarios["practice-talk"]
    assert scenario.title == "Una charla corta de práctica" and english.title == "A short practice talk"
    assert scenario.first.says == "No sé si este lugar es para mí."
    assert list(scenario.nodes) == list(english.nodes) and scenario.start == english.start
    for mine, theirs in zip(scenario.nodes.values(), english.nodes.values(), strict=True):
        assert [(c.code, c.next) for c in mine.choices] == [(c.code, c.next) for c in theirs.choices]
        assert mine.talk == theirs.talk and mine.is_ending == theirs.is_ending
    assert scenario.first.choices[2].text == "¿Qué lo hizo venir la primera vez?"
    assert scenario.nodes["end-good"].ending.startswith("Sam nombra")
    assert scenario.person._replace(situation="", goals=()) == english.person._replace(situation="", goals=())
    assert (scenario.content_hash, scenario.version, scenario.path) == (english.content_hash, english.version,
                                                                         english.path)
    drill = spanish.drills["drill-tired"]
    assert drill.person_says.startswith("Estoy cansado") and drill.context == "Un hombre en un centro."
    assert [m.code for m in drill.models] == [m.code for m in catalog.drills["drill-tired"].models]
    note = spanish.notes["note-call"]
    assert note.format == "DAP" and list(note.model.sections) == ["data", "assessment", "plan"]
    assert note.model.sections["plan"].startswith("Ana va a ver")
    assert note.content_hash == catalog.notes["note-call"].content_hash


def test_strict_mode_lists_practice_with_no_spanish(practice_content):
    (practice_content / "es" / "drills" / "drill-tired.yaml").unlink()
    assert _problems(practice_content) == []
    strict = _problems(practice_content, ("en", "es"))
    assert any("drills/drill-tired.yaml:1: reflection drill 'drill-tired' has no Spanish text "
               "(es/drills/drill-tired.yaml)" in p for p in strict)
    catalog = load_catalog(practice_content)
    assert in_language(catalog, "es").drills["drill-tired"] == catalog.drills["drill-tired"]  # English shows


@pytest.mark.parametrize("old, new, at, fragment", [
    # a node the English does not have
    ("  - id: end-flat\n", "  - id: end-late\n", "  - id: end-late", "node 'end-late' is not in the English scenario"),
    # a node missing altogether
    ("  - id: end-flat\n    says: Ya veré.\n    ending: Sam se va sin un plan.\n", "", "nodes:",
     "node(s) end-flat of the English have no text here"),
    # one choice too few
    ("      - text: Venir le costó valor.\n        feedback: Una afirmación cierta y concreta.\n", "", "choices:\n      - text: Quería estar",
     "2 choice(s) in node 'other'; the English has 3"),
    # a code repeated from the English
    ("        feedback: Invita las razones de Sam.\n",
     "        feedback: Invita las razones de Sam.\n        code: open-question\n", "        code:",
     "'code' comes from the English file; remove it here"),
    # an ending where the English asks a decision
    ("    says: Quería ver si aquí la gente entiende.\n",
     "    says: Quería ver si aquí la gente entiende.\n    ending: Fin.\n", "    ending: Fin.", "is not an ending in English"),
    ("  goals: [Saber si el grupo le sirve]\n", "  goals: [Uno, Dos]\n", "  goals:", "2 goal(s); the English has 1"),
])
def test_role_play_mismatches_are_reported_at_their_line(practice_content, old, new, at, fragment):
    assert old in SPANISH_SCENARIO
    text = SPANISH_SCENARIO.replace(old, new)
    line_of_fault = _line(text, at)
    path = _write(practice_content, "scenarios", "practice-talk.yaml", text)
    problems = _problems(practice_content)
    assert any(p.startswith(f"{path}:{line_of_fault}:") and fragment in p for p in problems), problems
    catalog = load_catalog(practice_content)
    assert in_language(catalog, "es").scenarios["practice-talk"] == catalog.scenarios["practice-talk"]


def test_nodes_out_of_the_english_order_are_reported(practice_content):
    start = SPANISH_SCENARIO.index("  - id: middle")
    middle, other = SPANISH_SCENARIO.index("  - id: other"), SPANISH_SCENARIO.index("  - id: end-good")
    swapped = SPANISH_SCENARIO[:start] + SPANISH_SCENARIO[middle:other] + SPANISH_SCENARIO[start:middle] \
        + SPANISH_SCENARIO[other:]
    path = _write(practice_content, "scenarios", "practice-talk.yaml", swapped)
    assert f"{path}:{_line(swapped, 'nodes:')}: the nodes are not in the English file's order" in _problems(practice_content)


def test_drill_and_note_mismatches_are_reported(practice_content):
    drill = _write(practice_content, "drills", "drill-tired.yaml", SPANISH_DRILL.replace(
        "  - text: Que lo escuchen le importa mucho.\n", "  - text: ¿Que lo escuchen le importa?\n"))
    note = _write(practice_content, "notes", "note-call.yaml", SPANISH_NOTE.replace("    data:", "    datos:"))
    problems = _problems(practice_content)
    assert f"{drill}:{_line(SPANISH_DRILL, '  - text: Que lo')}: a model reflection is a statement, not a question" in problems
    assert any(p.startswith(f"{note}:{_line(SPANISH_NOTE, '  sections:')}: the sections are data, assessment, plan in that order") for p in problems)
    _write(practice_content, "drills", "drill-tired.yaml", SPANISH_DRILL.replace("id: drill-tired", "id: drill-x"))
    assert f"{drill}:1: reflection drill 'drill-x' has no English reflection drill" in _problems(practice_content)


def test_an_outdated_translation_is_reported(practice_content):
    (practice_content / "scenarios" / "practice-talk.yaml").write_text(
        BASE.replace("version: 1", "version: 2"), encoding="utf-8")
    assert any("translated from version 1; the English is now version 2" in p for p in _problems(practice_content))


def test_the_cache_keeps_the_spanish_practice(practice_content, tmp_path):
    cached = load_catalog_cached(practice_content, tmp_path / "cache")
    again = load_catalog_cached(practice_content, tmp_path / "cache")
    assert in_language(again, "es").scenarios["practice-talk"].title == "Una charla corta de práctica"
    assert in_language(again, "es").notes == in_language(cached, "es").notes


def test_the_author_check_reads_a_practice_text_before_it_is_saved(practice_content):
    catalog = load_catalog(practice_content)
    path = practice_content / "es" / "scenarios" / "practice-talk.yaml"
    assert check_text(catalog, path, SPANISH_SCENARIO, "es").problems == []
    found = check_text(catalog, path, SPANISH_SCENARIO.replace("    says: Ya veré.\n", ""), "es")
    assert [(p.line, p.message) for p in found.problems] == [(_line(SPANISH_SCENARIO, "  - id: end-flat"), "missing required field 'says'")]
