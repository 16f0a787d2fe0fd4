"""The bundled curriculum covers the whole exam outline (issue 17): enough modules and
questions, every domain and SAMHSA competency well represented, mostly scenario items."""

import collections

import pytest

from tests.conftest import BUNDLED_CONTENT
from trainer.content.loader import load_catalog
from trainer.content.schema import DOMAIN_IDS

MIN_MODULES, MIN_QUESTIONS = 22, 550
MIN_DOMAIN_SHARE = 0.22
MIN_PER_COMPETENCY = 20
MIN_SCENARIO_SHARE = 0.5
# Topics the exam outline asks for that the first curriculum lacked: each has a module now.
REQUIRED_MODULES = (
    "mental-health-substance-use-basics", "substances-withdrawal-overdose", "levels-of-care-transitions",
    "recurrence-prevention-wellness", "group-facilitation", "family-support-grief", "mutual-help-ips",
    "lived-experience-standards", "progress-notes",
)


@pytest.fixture(scope="module")
def catalog():
    loaded = load_catalog(BUNDLED_CONTENT)
    assert loaded.errors == []
    return loaded


def test_module_and_question_totals(catalog):
    assert len(catalog.modules) >= MIN_MODULES
    assert len(catalog.questions) >= MIN_QUESTIONS
    assert [m for m in REQUIRED_MODULES if m not in catalog.modules] == []
    for module_id in REQUIRED_MODULES:
        bank = catalog.modules[module_id].quiz
        assert bank in catalog.banks and len(catalog.banks[bank].questions) >= 20, module_id


def test_every_domain_holds_its_share(catalog):
    counts = collections.Counter(q.domain for q in catalog.questions.values())
    total = len(catalog.questions)
    shares = {d: counts[d] / total for d in DOMAIN_IDS}
    assert all(share >= MIN_DOMAIN_SHARE for share in shares.values()), shares


def test_every_competency_has_enough_questions(catalog):
    counts = collections.Counter(q.competency for q in catalog.questions.values())
    assert set(counts) == set(catalog.competencies)
    thin = {c: n for c, n in counts.items() if n < MIN_PER_COMPETENCY}
    assert not thin, thin


def test_at_least_half_are_scenario_based(catalog):
    with_scenario = sum(1 for q in catalog.questions.values() if q.scenario)
    assert with_scenario / len(catalog.questions) >= MIN_SCENARIO_SHARE
