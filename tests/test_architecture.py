"""Guard rails import-linter cannot give itself: its contracts (pyproject.toml, checked by
scripts/test.sh) must cover every part of the package, so a new package is not silently
left outside them."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "trainer"
# Allowed to reach the UI: the UI itself and the entry points that launch it.
ABOVE_THE_UI = {"ui", "cli", "commands", "__main__", "__init__"}


def _contracts() -> dict[str, dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    return {contract["name"]: contract for contract in config["contracts"]}


def _parts_below_the_ui() -> set[str]:
    parts = {p.stem for p in PACKAGE.glob("*.py")} | {p.name for p in PACKAGE.iterdir()
                                                      if (p / "__init__.py").is_file()}
    return {f"trainer.{part}" for part in parts - ABOVE_THE_UI}


def test_every_part_below_the_ui_is_qt_free_and_never_imports_the_ui():
    contracts = _contracts()
    below = _parts_below_the_ui()
    assert "trainer.operations" in below and "trainer.files" in below  # the scan sees real packages
    for name in ("Only trainer.ui imports Qt", "The logic layers never import the UI"):
        missing = below - set(contracts[name]["source_modules"])
        assert not missing, f"{name!r} does not cover {sorted(missing)}"


def test_the_ui_contract_forbids_storage():
    contract = _contracts()["The UI never imports storage (it calls services)"]
    assert contract["source_modules"] == ["trainer.ui"] and contract["forbidden_modules"] == ["trainer.store"]


def test_the_test_command_checks_the_contracts():
    script = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    assert script.index("lint-imports") < script.index("pytest")


def test_no_placeholder_is_filled_by_a_replace_chain():
    """"%1" and "%2" go in with trainer.messages.fill (one pass) or Qt's %n, never by chained
    str.replace, which misfires when a value itself holds "%2"."""
    import re

    chained = re.compile(r"""\.replace\(\s*["']%[1-9]""")
    offenders = [f"{p.relative_to(ROOT)}:{n}" for p in PACKAGE.rglob("*.py")
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if chained.search(line)]
    assert offenders == []
