"""Content packs: export, safe import, upgrades, refusals, and loading next to the bundled content."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from trainer.agency import AgencyConfig
from trainer.content import pack_archive, packs
from trainer.content.loader import extend_catalog, load_catalog
from trainer.content.packs import PackError, export_pack, import_pack, installed_packs
from trainer.services import open_services

MODULE = """---
id: local-resources
title: Local Resources
domain: advocacy
competencies: [linking-resources]
minutes: 10
version: 1
summary: Where to send people in our county.
quiz: local-resources
---
# Local Resources

## Housing help

The county housing office helps with deposits.

## Food

Food banks open on weekdays.
"""

BANK = """id: local-resources
title: Local Resources
module: local-resources
questions:
  - id: lr-001
    type: single
    domain: advocacy
    section: Housing help
    stem: {stem}
    options:
      - text: The county housing office
        correct: true
      - text: The library
    explanation: The housing office helps with deposits.
  - id: lr-002
    type: true_false
    domain: advocacy
    stem: Food banks open on weekdays.
    options:
      - text: "True"
        correct: true
      - text: "False"
{extra}"""

EXTRA = """  - id: lr-003
    type: true_false
    domain: advocacy
    stem: The housing office helps with deposits.
    options:
      - text: "True"
        correct: true
      - text: "False"
"""


def write_pack_source(folder: Path, stem: str = "Who helps with a housing deposit?", extra: str = "") -> Path:
    """A folder of pack content only (no domains.yaml): read on top of the app's content."""
    (folder / "modules").mkdir(parents=True, exist_ok=True)
    (folder / "quizzes").mkdir(parents=True, exist_ok=True)
    (folder / "modules" / "local-resources.md").write_text(MODULE, encoding="utf-8")
    (folder / "quizzes" / "local-resources.yaml").write_text(BANK.format(stem=stem, extra=extra), encoding="utf-8")
    return folder


def make_pack(settings, folder: Path, out: Path, version: int, **kwargs) -> packs.Manifest:
    source = extend_catalog(load_catalog(settings.content_dir), [write_pack_source(folder, **kwargs)])
    assert not source.errors, source.errors
    return export_pack(source, out, "local", version, "Local pack", only_under=folder)


def install(settings, zip_path: Path):
    return import_pack(zip_path, settings.packs_dir, load_catalog(settings.content_dir))


def test_export_then_import_gives_the_same_ids_and_hashes(settings, tmp_path):
    manifest = make_pack(settings, tmp_path / "src", tmp_path / "local.zip", 1)
    with zipfile.ZipFile(tmp_path / "local.zip") as archive:
        names = set(archive.namelist())
    assert names == {"manifest.yaml", "modules/local-resources.md", "quizzes/local-resources.yaml"}
    assert set(manifest.questions) == {"lr-001", "lr-002"} and set(manifest.modules) == {"local-resources"}

    assert install(settings, tmp_path / "local.zip").status == "installed"
    services = open_services(settings)
    try:
        catalog = services.catalog
        assert catalog.errors == []
        assert {q: catalog.questions[q].content_hash for q in manifest.questions} == manifest.questions
        assert catalog.modules["local-resources"].content_hash == manifest.modules["local-resources"]
        bundled = load_catalog(settings.content_dir)
        assert set(catalog.modules) == set(bundled.modules) | {"local-resources"}
        assert set(catalog.questions) == set(bundled.questions) | {"lr-001", "lr-002"}
    finally:
        services.close()
    assert [p.manifest.id for p in installed_packs(settings.packs_dir)[0]] == ["local"]


def test_upgrade_keeps_progress_and_reimport_is_a_no_op(settings, tmp_path):
    make_pack(settings, tmp_path / "v1", tmp_path / "v1.zip", 1)
    install(settings, tmp_path / "v1.zip")
    assert install(settings, tmp_path / "v1.zip").status == "unchanged"
    services = open_services(settings)
    try:
        trainee = services.trainees.create("Ana", None)
        services.progress.mark_read(trainee.id, services.catalog.modules["local-resources"], "housing-help")
    finally:
        services.close()

    v2 = make_pack(settings, tmp_path / "v2", tmp_path / "v2.zip", 2,
                   stem="Which office helps with a housing deposit?", extra=EXTRA)
    result = install(settings, tmp_path / "v2.zip")
    assert (result.status, result.previous_version) == ("upgraded", 1)
    services = open_services(settings)
    try:
        catalog = services.catalog
        assert catalog.errors == []
        assert catalog.questions["lr-001"].content_hash == v2.questions["lr-001"]
        assert "lr-003" in catalog.questions
        status = services.progress.status(trainee.id, catalog.modules["local-resources"])
        assert status.read_count == 1  # the row written under v1 still counts
    finally:
        services.close()
    assert [p.name for p in settings.packs_dir.iterdir()] == ["local"]  # no stage or old copy left


def test_changed_meaning_without_a_version_bump_is_refused(settings, tmp_path):
    make_pack(settings, tmp_path / "v1", tmp_path / "v1.zip", 1)
    install(settings, tmp_path / "v1.zip")
    before = (settings.packs_dir / "local" / "quizzes" / "local-resources.yaml").read_bytes()
    make_pack(settings, tmp_path / "same", tmp_path / "same.zip", 1, stem="A different question?")
    with pytest.raises(PackError) as caught:
        install(settings, tmp_path / "same.zip")
    message = str(caught.value)
    assert "question 'lr-001'" in message and "without a version bump" in message and "--version 2" in message
    assert "lr-002" not in message
    assert (settings.packs_dir / "local" / "quizzes" / "local-resources.yaml").read_bytes() == before
    # Additions alone with the same version are refused too, and so is an older version.
    make_pack(settings, tmp_path / "added", tmp_path / "added.zip", 1, extra=EXTRA)
    with pytest.raises(PackError, match="same version"):
        install(settings, tmp_path / "added.zip")


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("name", ["../evil", "modules/../../evil.md", "/etc/evil.md", "modules\\x.md", "evil.sh"])
def test_unsafe_entries_are_refused(settings, tmp_path, name):
    make_pack(settings, tmp_path / "src", tmp_path / "good.zip", 1)
    with zipfile.ZipFile(tmp_path / "good.zip") as archive:
        entries = {n: archive.read(n) for n in archive.namelist()}
    entries[name] = b"rm -rf /"
    with pytest.raises(PackError) as caught:
        install(settings, _zip(tmp_path / "bad.zip", entries))
    assert any(f"'{name}'" in p for p in caught.value.problems)
    assert not settings.packs_dir.exists() or list(settings.packs_dir.iterdir()) == []
    assert not (tmp_path / "evil").exists()


def test_tampered_file_and_oversized_file_are_refused(settings, tmp_path, monkeypatch):
    make_pack(settings, tmp_path / "src", tmp_path / "good.zip", 1)
    with zipfile.ZipFile(tmp_path / "good.zip") as archive:
        entries = {n: archive.read(n) for n in archive.namelist()}
    entries["modules/local-resources.md"] += b"\nExtra line.\n"
    with pytest.raises(PackError) as caught:
        install(settings, _zip(tmp_path / "tampered.zip", entries))
    assert any("does not match its SHA-256" in p for p in caught.value.problems)
    monkeypatch.setattr(pack_archive, "MAX_FILE_BYTES", 100)  # the zip reader owns the limit
    with pytest.raises(PackError, match="too large"):
        install(settings, tmp_path / "good.zip")
    assert not (settings.packs_dir / "local").exists()


def test_invalid_content_is_refused_and_nothing_installed(settings, tmp_path):
    folder = write_pack_source(tmp_path / "src")
    bad = (folder / "quizzes" / "local-resources.yaml").read_text().replace("domain: advocacy", "domain: cooking", 1)
    (folder / "quizzes" / "local-resources.yaml").write_text(bad)
    # Build the zip by hand (export refuses content with problems) with a matching manifest.
    entries = {"modules/local-resources.md": MODULE.encode(), "quizzes/local-resources.yaml": bad.encode()}
    manifest = packs.Manifest("local", "Local", 1, "", {n: packs._sha256(d) for n, d in entries.items()})
    zip_path = _zip(tmp_path / "bad.zip", {"manifest.yaml": manifest.to_yaml().encode(), **entries})
    with pytest.raises(PackError) as caught:
        install(settings, zip_path)
    assert any(p.startswith("bad.zip/quizzes/local-resources.yaml:") and "cooking" in p
               for p in caught.value.problems)
    assert list(settings.packs_dir.iterdir()) == []  # the staging folder is gone too


def test_export_refuses_content_with_problems(settings, tmp_path):
    folder = write_pack_source(tmp_path / "src")
    (folder / "modules" / "local-resources.md").write_text(MODULE.replace("domain: advocacy", "domain: x"))
    source = extend_catalog(load_catalog(settings.content_dir), [folder])
    with pytest.raises(PackError) as caught:
        export_pack(source, tmp_path / "x.zip", "local", 1, only_under=folder)
    assert any("local-resources.md" in p for p in caught.value.problems)
    assert not (tmp_path / "x.zip").exists()


def test_an_id_of_the_bundled_content_is_refused(settings, tmp_path):
    folder = write_pack_source(tmp_path / "src")
    shutil_text = (settings.content_dir / "modules" / "hope-and-stories.md").read_text()
    (folder / "modules" / "hope-and-stories.md").write_text(shutil_text)
    source = extend_catalog(load_catalog(settings.content_dir), [folder])
    assert any("already used by" in e.message for e in source.errors)  # kept with its path
    export_pack(load_catalog(settings.content_dir), tmp_path / "dup.zip", "dup", 1, modules=["hope-and-stories"])
    with pytest.raises(PackError) as caught:
        install(settings, tmp_path / "dup.zip")
    assert any("module id 'hope-and-stories' is already used by" in p for p in caught.value.problems)


def test_loader_merges_roots_and_a_pack_cannot_redefine_domains(settings, tmp_path):
    folder = write_pack_source(tmp_path / "src")
    merged = load_catalog(settings.content_dir, extra_roots=[folder])
    assert merged.errors == [] and "lr-001" in merged.questions
    (folder / "domains.yaml").write_text("domains: []\n")
    merged = load_catalog(settings.content_dir, extra_roots=[folder])
    assert [e.path for e in merged.errors] == [str(folder / "domains.yaml")]


def test_agency_packs_are_installed_on_first_start(settings, tmp_path, monkeypatch):
    make_pack(settings, tmp_path / "src", tmp_path / "agency.zip", 1)
    agency_settings = settings._replace(agency=AgencyConfig(content_packs=(tmp_path / "agency.zip",)))
    loads = []
    import trainer.content.cache as cache_module

    monkeypatch.setattr(cache_module, "load_catalog", lambda root: loads.append(root) or load_catalog(root))
    services = open_services(agency_settings)
    try:
        assert "local-resources" in services.catalog.modules and services.catalog.errors == []
    finally:
        services.close()
    assert loads == [settings.content_dir]  # bundled content parsed once, even while installing
    assert (settings.packs_dir / "local" / "manifest.yaml").is_file()
    # A broken agency pack does not stop the app; it is listed with the content problems.
    broken = settings._replace(agency=AgencyConfig(content_packs=(_zip(tmp_path / "b.zip", {}),)))
    services = open_services(broken)
    try:
        assert any("agency content pack not installed" in e.message for e in services.catalog.errors)
    finally:
        services.close()


def test_install_reports_progress_and_a_cancel_installs_nothing(settings, tmp_path):
    from trainer.operations import Change, content
    from trainer.operations.progress import Cancelled

    make_pack(settings, tmp_path / "src", tmp_path / "local.zip", 1)
    base = load_catalog(settings.content_dir)
    calls = []

    def stop_while_staging(done, total):
        calls.append((done, total))
        if len(calls) == 5:
            raise Cancelled()

    with pytest.raises(Cancelled):
        content.install_pack(tmp_path / "local.zip", settings.packs_dir, base, progress=stop_while_staging)
    assert installed_packs(settings.packs_dir)[0] == [] and list(settings.packs_dir.iterdir()) == []
    steps = []
    done = content.install_pack(tmp_path / "local.zip", settings.packs_dir, base,
                                reload=lambda: extend_catalog(base, packs.installed_pack_roots(settings.packs_dir)),
                                progress=lambda d, t: steps.append((d, t)))
    assert done.changes == Change.CONTENT and done.value.result.status == "installed"
    assert "lr-001" in done.value.catalog.questions  # the curriculum read again, pack included
    assert steps[-1][0] == steps[-1][1] and all(d <= t for d, t in steps)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)  # it only moves forward
    again = content.install_pack(tmp_path / "local.zip", settings.packs_dir, base)
    assert again.changes == Change.NONE and again.value.result.status == "unchanged"


def test_export_reports_progress_and_a_cancel_leaves_no_file(settings, tmp_path):
    from trainer.operations.progress import Cancelled

    source = extend_catalog(load_catalog(settings.content_dir), [write_pack_source(tmp_path / "src")])
    out = tmp_path / "local.zip"
    steps = []

    def stop_at_the_end(done, total):
        steps.append((done, total))
        if done == total:
            raise Cancelled()

    with pytest.raises(Cancelled):
        export_pack(source, out, "local", 1, only_under=tmp_path / "src", progress=stop_at_the_end)
    assert not out.exists() and list(tmp_path.glob(".local.zip.*")) == []
    assert steps == [(n, 4) for n in range(5)]  # two files read, two written, then the rename


def test_a_refusal_is_a_message_with_its_details(settings, tmp_path):
    """The headline is a Message the interface translates; the details name files and lines."""
    make_pack(settings, tmp_path / "src", tmp_path / "local.zip", 1)
    with zipfile.ZipFile(tmp_path / "local.zip") as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    entries["modules/local-resources.md"] += b"\nChanged after export.\n"
    with pytest.raises(PackError) as refused:
        install(settings, _zip(tmp_path / "tampered.zip", entries))
    assert refused.value.message.template == "%1: the files do not match the manifest"
    assert refused.value.message.args == (str(tmp_path / "tampered.zip"),)
    assert len(refused.value.problems) == 1 and "modules/local-resources.md" in refused.value.problems[0]
    with pytest.raises(PackError) as refused:
        export_pack(load_catalog(settings.content_dir), tmp_path / "x.zip", "Not Kebab", 1)
    assert refused.value.message.args == ("Not Kebab",) and "'Not Kebab'" in str(refused.value)
