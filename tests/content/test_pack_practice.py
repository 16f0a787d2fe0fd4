"""Packs carry conversation practice: role-play scenarios, reflection drills and note
exercises go out in an export and come back on install; a broken scenario graph in a pack
is refused with its path:line and nothing is installed."""

import zipfile

import pytest

from tests.content.test_packs import MODULE, _zip, install, write_pack_source
from tests.content.test_scenarios import BASE
from tests.content.test_scenarios_exercises import DRILL, NOTE
from trainer.content import packs
from trainer.content.loader import extend_catalog, load_catalog
from trainer.content.packs import PackError, export_pack
from trainer.services import open_services

PRACTICE = {"scenarios/practice-talk.yaml": BASE, "drills/drill-practice.yaml": DRILL,
            "notes/note-practice.yaml": NOTE}


def _write_practice(folder):
    write_pack_source(folder)
    for name, text in PRACTICE.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_scenarios_drills_and_notes_go_out_and_come_back(settings, tmp_path):
    folder = _write_practice(tmp_path / "src")
    source = extend_catalog(load_catalog(settings.content_dir), [folder])
    assert not source.errors, source.errors
    export_pack(source, tmp_path / "local.zip", "local", 1, "Local pack", only_under=folder)
    with zipfile.ZipFile(tmp_path / "local.zip") as archive:
        assert set(PRACTICE) <= set(archive.namelist())

    assert install(settings, tmp_path / "local.zip").status == "installed"
    services = open_services(settings)
    try:
        catalog = services.catalog
        assert catalog.errors == []
        assert "practice-talk" in catalog.scenarios and "drill-practice" in catalog.drills
        assert "note-practice" in catalog.notes
        assert catalog.scenarios["practice-talk"].path.startswith(str(settings.packs_dir))
    finally:
        services.close()


def test_a_pack_with_a_broken_scenario_graph_is_refused_at_its_line(settings, tmp_path):
    broken = BASE.replace("next: ", "next: nowhere-", 1)
    line = next(n for n, text in enumerate(broken.splitlines(), 1) if "nowhere-" in text)
    entries = {"modules/local-resources.md": MODULE.encode(), "scenarios/practice-talk.yaml": broken.encode()}
    manifest = packs.Manifest("local", "Local", 1, "", {n: packs._sha256(d) for n, d in entries.items()})
    zip_path = _zip(tmp_path / "bad.zip", {"manifest.yaml": manifest.to_yaml().encode(), **entries})
    with pytest.raises(PackError) as caught:
        install(settings, zip_path)
    problems = [p for p in caught.value.problems if p.startswith("bad.zip/scenarios/practice-talk.yaml:")]
    assert problems and all("nowhere-" in p for p in problems)
    assert int(problems[0].split(":")[1]) <= line  # the choice that holds the broken 'next'
    assert list(settings.packs_dir.iterdir()) == []


def test_a_pack_carries_the_spanish_of_its_role_play(settings, tmp_path):
    from tests.content.test_translated_practice import SPANISH_SCENARIO
    from trainer.content.translations import in_language

    folder = _write_practice(tmp_path / "src")
    (folder / "es" / "scenarios").mkdir(parents=True)
    (folder / "es" / "scenarios" / "practice-talk.yaml").write_text(SPANISH_SCENARIO, encoding="utf-8")
    source = extend_catalog(load_catalog(settings.content_dir), [folder])
    assert not source.errors, source.errors
    export_pack(source, tmp_path / "local.zip", "local", 1, "Local pack", only_under=folder)
    with zipfile.ZipFile(tmp_path / "local.zip") as archive:
        assert "es/scenarios/practice-talk.yaml" in archive.namelist()
    export_pack(source, tmp_path / "english.zip", "local", 1, "Local pack", only_under=folder, languages=("en",))
    with zipfile.ZipFile(tmp_path / "english.zip") as archive:
        assert not any(name.startswith("es/") for name in archive.namelist())
    assert install(settings, tmp_path / "local.zip").status == "installed"
    services = open_services(settings)
    try:
        spanish = in_language(services.catalog, "es").scenarios["practice-talk"]
        assert spanish.title == "Una charla corta de práctica" and spanish.first.says.startswith("No sé")
    finally:
        services.close()
