"""Guard rails on the layout: only trainer/ui/ may import Qt."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "trainer"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_nothing_outside_ui_imports_pyside6():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in _imports(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == [], f"Qt imported outside trainer/ui/: {offenders}"


def test_ui_is_really_the_only_qt_user():
    # The check above must be looking at real files, or it proves nothing.
    ui_files = list((PACKAGE / "ui").rglob("*.py"))
    assert any("PySide6" in " ".join(_imports(p)) for p in ui_files)
    assert len(list(PACKAGE.rglob("*.py"))) > len(ui_files)


def test_logic_packages_do_not_import_ui():
    for sub in ("content", "store", "study", "reports"):
        for path in (PACKAGE / sub).rglob("*.py"):
            assert not any(n.startswith("trainer.ui") for n in _imports(path)), path
