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


def test_the_cache_an_install_ships_serves_a_fresh_data_folder_elsewhere(small_content, tmp_path, monkeypatch):
    import shutil

    shipped = cache.ship(small_content)
    assert shipped.parent == small_content / cache.SHIPPED and shipped.stat().st_mode & 0o044 == 0o044
    installed = tmp_path / "installed" / "content"  # the same content, where the package put it
    shutil.copytree(small_content, installed)
    monkeypatch.setattr(cache, "load_catalog", lambda root: (_ for _ in ()).throw(AssertionError("parsed")))
    catalog = load_catalog_cached(installed, tmp_path / "fresh-data" / "cache")  # reads no YAML
    module = catalog.modules["boundaries-basics"]
    assert module.path.startswith(str(installed)) and not module.path.startswith(str(small_content) + "/")
    assert all(q.path.startswith(str(installed)) for q in catalog.questions.values() if q.path)


def test_a_shipped_cache_of_other_content_is_never_used(small_content, tmp_path):
    cache.ship(small_content)
    module = small_content / "modules" / "boundaries-basics.md"
    module.write_text(module.read_text().replace("title: Boundaries Basics", "title: Edited After Build"))
    assert load_catalog_cached(small_content, tmp_path / "cache").modules["boundaries-basics"].title == \
        "Edited After Build"


def test_the_cache_made_by_the_build_command_is_read_back(small_content, tmp_path, monkeypatch):
    """The build runs `python -m trainer.content.cache`: what it writes must not name __main__."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    subprocess.run([sys.executable, "-m", "trainer.content.cache", str(small_content)], check=True, cwd=ROOT,
                   capture_output=True)
    monkeypatch.setattr(cache, "load_catalog", lambda root: (_ for _ in ()).throw(AssertionError("parsed")))
    assert "boundaries-basics" in load_catalog_cached(small_content, tmp_path / "fresh" / "cache").modules
