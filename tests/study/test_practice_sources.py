from tests.conftest import SMALL_CONTENT
from trainer.content.loader import load_catalog
from trainer.study.practice_sources import MIXED, questions_for


def test_each_kind_of_source():
    catalog = load_catalog(SMALL_CONTENT)
    assert {q.id for q in questions_for(catalog, MIXED)} == {"bb-001", "bb-002"}
    assert [q.id for q in questions_for(catalog, "bank:boundaries-basics")] == ["bb-001", "bb-002"]
    assert [q.id for q in questions_for(catalog, "competency:engaging-relationships")] == ["bb-001"]
    assert len(questions_for(catalog, "domain:ethical-responsibility")) == 2
    assert questions_for(catalog, "domain:advocacy") == [] and questions_for(catalog, "bank:nope") == []
