"""The catalog cache: used when nothing changed, never when anything did."""

import trainer.content.cache as cache
from trainer.content.cache import load_catalog_cached


def test_cache_is_used_and_invalidated(small_content, tmp_path, monkeypatch):
    cache_dir = tmp_path / "cache"
    first = load_catalog_cached(small_content, cache_dir)
    assert len(list(cache_dir.glob("catalog-*.pickle"))) == 1
    calls = []
    real = cache.load_catalog
    monkeypatch.setattr(cache, "load_catalog", lambda root: calls.append(root) or real(root))
    second = load_catalog_cached(small_content, cache_dir)
    assert calls == [] and second.modules.keys() == first.modules.keys()
    assert second.questions["bb-001"] == first.questions["bb-001"]
    module = small_content / "modules" / "boundaries-basics.md"
    module.write_text(module.read_text().replace("title: Boundaries Basics", "title: Boundaries, Revised"))
    third = load_catalog_cached(small_content, cache_dir)
    assert len(calls) == 1 and third.modules["boundaries-basics"].title == "Boundaries, Revised"


def test_broken_cache_file_is_ignored(small_content, tmp_path):
    cache_dir = tmp_path / "cache"
    load_catalog_cached(small_content, cache_dir)
    for path in cache_dir.glob("catalog-*.pickle"):
        path.write_bytes(b"not a pickle")
    assert "boundaries-basics" in load_catalog_cached(small_content, cache_dir).modules


def test_unwritable_cache_dir_still_loads(small_content, tmp_path):
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    assert "boundaries-basics" in load_catalog_cached(small_content, blocker / "cache").modules
