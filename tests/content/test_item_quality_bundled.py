"""The bundled banks pass every item-quality rule (the figures: python tools/item_quality.py)."""

from tests.conftest import BUNDLED_CONTENT
from trainer.content.loader import load_catalog
from trainer.content.quality import check_quality
from trainer.content.swallowed_text import swallowed_in_folder


def test_bundled_content_passes_the_item_quality_rules():
    failed = [f"{r.rule}: {r.figure} (limit {r.limit})" for r in check_quality(load_catalog(BUNDLED_CONTENT))
              if not r.passed]
    assert failed == []


def test_no_bundled_text_is_swallowed_by_an_unquoted_hash():
    assert [str(p) for p in swallowed_in_folder(BUNDLED_CONTENT)] == []
