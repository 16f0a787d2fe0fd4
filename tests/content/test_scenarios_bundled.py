"""The bundled conversation practice: enough of it, across the domains, long enough, plain
enough, and the person answers MI-inconsistent replies with less change talk."""

from pathlib import Path

import pytest

from tests.conftest import BUNDLED_CONTENT
from trainer.content.checks import quality_problems
from trainer.content.loader import load_catalog
from trainer.content.originality import (
    copied_runs,
    practice_texts,
    read_fingerprints,
    read_named_terms,
)
from trainer.content.readability import practice_grade
from trainer.content.scenario_graph import fewest_decisions
from trainer.content.scenario_schema import CHOICE_CODES, MI_INCONSISTENT_CODES, MIN_DECISIONS
from trainer.content.schema import DOMAIN_IDS
from trainer.study.conversations import ConversationRun

# Replies that should not be met with more change talk.
COOLING = MI_INCONSISTENT_CODES + ("self-centred-disclosure", "boundary-crossing")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(BUNDLED_CONTENT)


def test_the_bundle_has_scenarios_drills_and_notes_in_every_domain(catalog):
    assert not [e for e in catalog.errors if "/scenarios/" in e.path or "/drills/" in e.path
                or "/notes/" in e.path]
    assert len(catalog.scenarios) >= 16 and len(catalog.drills) >= 8 and len(catalog.notes) >= 8
    assert {s.domain for s in catalog.scenarios.values()} == set(DOMAIN_IDS)
    assert {n.format for n in catalog.notes.values()} == {"DAP", "SOAP", "BIRP"}
    used = {c.code for s in catalog.scenarios.values() for n in s.nodes.values() for c in n.choices}
    assert used == set(CHOICE_CODES)


def test_every_path_asks_at_least_six_decisions(catalog):
    for scenario in catalog.scenarios.values():
        assert fewest_decisions(scenario.start, scenario.nodes) >= MIN_DECISIONS, scenario.id
    assert not [p for p in quality_problems(catalog, BUNDLED_CONTENT) if "/scenarios/" in p.path]


def test_practice_files_read_at_grade_eight_or_below():
    for folder in ("scenarios", "drills", "notes"):
        for path in sorted((Path(BUNDLED_CONTENT) / folder).glob("*.yaml")):
            assert practice_grade(path.read_text(encoding="utf-8")) <= 8, path.name


def test_the_person_answers_the_reply(catalog):
    """MI-inconsistent and self-centred replies never lead to change talk, and always
    reflecting or asking open questions reaches an ending with change talk."""
    for scenario in catalog.scenarios.values():
        for node in scenario.nodes.values():
            for choice in node.choices:
                if choice.code in COOLING:
                    assert scenario.node(choice.next).talk != "change", (scenario.id, node.id, choice.text)
        run = ConversationRun(scenario)
        while not run.finished:
            preferred = ("complex-reflection", "open-question", "simple-reflection", "affirmation",
                         "summary", "information-with-permission", "purposeful-self-disclosure")
            codes = [c.code for c in run.current.choices]
            run.choose(min(range(len(codes)), key=lambda i: preferred.index(codes[i])
                           if codes[i] in preferred else len(preferred)))
        assert run.current.talk == "change", scenario.id
        summary = run.summary()
        assert summary.mi_non_adherent == 0 and summary.talk.change > summary.talk.sustain, scenario.id


def test_practice_is_in_its_own_words(catalog):
    root = Path(BUNDLED_CONTENT).parent / "tests" / "fixtures" / "originality"
    texts = list(practice_texts(catalog))
    assert len(texts) > len(catalog.scenarios) * 10  # every node of every scenario is checked
    copied = copied_runs(texts, read_fingerprints(root / "shingles.txt.gz"),
                         read_named_terms(root / "named-terms.txt"))
    assert not copied, [f"{c.where}: {c.run}" for c in copied]


def test_codes_match_the_words(catalog):
    """A question choice asks a question; a reflection or summary hides none (one said as a
    question works, and would be counted, as a question)."""
    for scenario in catalog.scenarios.values():
        for node in scenario.nodes.values():
            for choice in node.choices:
                where = (scenario.id, node.id, choice.text)
                if choice.code in ("open-question", "closed-question"):
                    assert choice.text.rstrip().endswith("?"), where
                if choice.code in ("simple-reflection", "complex-reflection", "summary"):
                    assert "?" not in choice.text, where
    for drill in catalog.drills.values():
        assert all("?" not in model.text for model in drill.models), drill.id
