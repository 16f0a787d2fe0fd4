"""Reflection drills and note exercises: parsed with their lines, checked like scenarios."""

from pathlib import Path

from tests.content.test_scenarios import line_of
from trainer.content.loader import load_catalog
from trainer.content.scenario_schema import DRILL_CHECKLIST, NOTE_RUBRIC
from trainer.study.conversations import score_drill, score_note

DRILL = """\
id: drill-practice
title: Tired of meetings
domain: mentoring-education
competencies: [valuing-communication]
version: 1
context: A man at a drop-in centre, after a long week.
person_says: I go to meetings, I do everything right, and I still feel empty.
models:
  - text: You're doing the work and still waiting to feel the good part.
    code: complex-reflection
    why: Names the feeling under the words.
  - text: You feel empty even though you go to meetings.
    code: simple-reflection
    why: Stays close to what he said.
references: ["Miller, W. R., & Rollnick, S. (2023). Motivational Interviewing (4th ed.). Guilford Press."]
"""

NOTE = """\
id: note-practice
title: A call about housing
domain: advocacy
competencies: [linking-resources]
version: 1
format: DAP
goal: Find stable housing by March.
contact: Ana met the peer for 30 minutes to plan a call to a housing office.
model:
  header: "2026-02-03, 10:00-10:30, 30 minutes (2 units), individual peer support, in person."
  sections:
    data: Ana said, "I want my own door key."
    assessment: Ana is ready to make the call herself.
    plan: Ana will call on Thursday; next meeting 2026-02-10.
  signature: J. Rivera, CPSW, 2026-02-03
references: ["SAMHSA (2023). Peer support guide."]
"""


def load(small_content: Path, folder: str, name: str, text: str):
    (small_content / folder).mkdir(exist_ok=True)
    path = small_content / folder / name
    path.write_text(text, encoding="utf-8")
    catalog = load_catalog(small_content)
    return catalog, [(e.line, e.message) for e in catalog.errors if e.path == str(path)]


def test_a_drill_loads_and_is_scored_on_the_fixed_checklist(small_content):
    catalog, problems = load(small_content, "drills", "drill-practice.yaml", DRILL)
    assert problems == []
    drill = catalog.drills["drill-practice"]
    assert [m.code for m in drill.models] == ["complex-reflection", "simple-reflection"]
    assert drill.checklist == DRILL_CHECKLIST and drill.context.startswith("A man")
    assert score_drill(drill, DRILL_CHECKLIST).complete


def test_drill_problems_name_their_lines(small_content):
    one = DRILL.split("  - text: You feel empty")[0] + "references: [x]\n"
    _, problems = load(small_content, "drills", "drill-practice.yaml", one)
    assert problems == [(line_of(one, "models:"), "a drill needs a list 'models' of 2 or 3 model reflections")]
    wrong = DRILL.replace("code: simple-reflection", "code: open-question")
    catalog, problems = load(small_content, "drills", "drill-practice.yaml", wrong)
    assert [line for line, _ in problems] == [line_of(wrong, "code: open-question")]
    assert "drill-practice" not in catalog.drills


def test_a_note_loads_with_its_format_sections(small_content):
    catalog, problems = load(small_content, "notes", "note-practice.yaml", NOTE)
    assert problems == []
    note = catalog.notes["note-practice"]
    assert note.format == "DAP" and list(note.model.sections) == ["data", "assessment", "plan"]
    assert note.model.sections["data"] == 'Ana said, "I want my own door key."'
    assert note.rubric == NOTE_RUBRIC
    score = score_note(note, ["date", "signature"])
    assert score.met == ("date", "signature") and len(score.missing) == 7


def test_note_problems_name_their_lines(small_content):
    soap = NOTE.replace("format: DAP", "format: SOAP")
    _, problems = load(small_content, "notes", "note-practice.yaml", soap)
    assert len(problems) == 1 and problems[0][0] == line_of(soap, "sections:")
    assert "a SOAP note has the sections subjective, objective, assessment, plan" in problems[0][1]
    odd = NOTE.replace("format: DAP", "format: GIRP")
    _, problems = load(small_content, "notes", "note-practice.yaml", odd)
    assert (line_of(odd, "format: GIRP"), "unknown note format 'GIRP' (expected one of: DAP, SOAP, BIRP)") \
        in problems
    unsigned = NOTE.replace("  signature: J. Rivera, CPSW, 2026-02-03\n", "")
    _, problems = load(small_content, "notes", "note-practice.yaml", unsigned)
    assert problems == [(line_of(unsigned, "header:"), "missing required field 'signature'")]


def test_the_same_id_twice_is_reported(small_content):
    load(small_content, "drills", "drill-practice.yaml", DRILL)
    catalog, problems = load(small_content, "drills", "drill-second.yaml", DRILL)
    assert problems == [(1, f"reflection drill id 'drill-practice' is already used by "
                            f"{small_content / 'drills' / 'drill-practice.yaml'}")]


def test_the_catalog_cache_notices_a_changed_practice_file(small_content):
    from trainer.content.cache import fingerprint

    load(small_content, "notes", "note-practice.yaml", NOTE)
    before = fingerprint(small_content)
    (small_content / "notes" / "note-practice.yaml").write_text(NOTE.replace("30 minutes", "45 minutes"),
                                                                 encoding="utf-8")
    edited = fingerprint(small_content)
    assert edited != before
    load(small_content, "scenarios", "x.yaml", "id: x\n")  # a new scenario file counts too
    assert fingerprint(small_content) not in (before, edited)
