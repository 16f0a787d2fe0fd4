"""Keep the English plural forms in step with the interface.

Usage: python tools/translations.py update   # rescan trainer/, fill the English forms, build the .qm
       python tools/translations.py check    # exit 1 if the .ts or .qm is out of date

Qt words plurals through translations: a source such as "%n entry(s)" is shown as "1 entry"
or "2 entries" by the English translation, which lists both forms. `update` runs
pyside6-lupdate with -pluralonly (only messages with %n), writes the two English forms of
every new message by the rules below, and compiles the .qm the app loads.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from trainer.messages import english_forms  # noqa: E402 - the one English plural rule

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "trainer" / "ui"
TS = UI / "translations" / "cpsw_trainer_en.ts"
QM = TS.with_suffix(".qm")

def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    """The interface, and the logic layers' Messages (their templates are translation keys)."""
    package = ROOT / "trainer"
    return sorted(str(p.relative_to(ROOT)) for p in package.rglob("*.py") if "soak" not in p.parts)


def scan(target: Path) -> None:
    if TS.exists() and target != TS:
        shutil.copy(TS, target)  # lupdate merges: kept forms stay as they are
    subprocess.run([tool("pyside6-lupdate"), "-pluralonly", "-target-language", "en", "-no-obsolete",
                    "-locations", "none", *sources(), "-ts", str(target)],
                   cwd=ROOT, check=True, capture_output=True)
    fill(target)


def fill(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        if translation.get("type") != "unfinished" and all(f.text for f in forms):
            continue
        singular, plural = english_forms(message.findtext("source"))
        for form in forms:
            translation.remove(form)
        for text in (singular, plural):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / TS.name
        scan(fresh)
        if not TS.exists() or fresh.read_text(encoding="utf-8") != TS.read_text(encoding="utf-8"):
            problems.append(f"{TS.name} is out of date: run python tools/translations.py update")
        built = Path(tmp) / QM.name
        release(TS if TS.exists() else fresh, built)
        if not QM.exists() or built.read_bytes() != QM.read_bytes():
            problems.append(f"{QM.name} is out of date: run python tools/translations.py update")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "check"))
    args = parser.parse_args(argv)
    if args.action == "update":
        TS.parent.mkdir(parents=True, exist_ok=True)
        scan(TS)
        release(TS, QM)
        print(f"wrote {TS.relative_to(ROOT)} and {QM.relative_to(ROOT)}")
        return 0
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
