"""Keep the interface's translations (English plural forms, Spanish) in step with the code.

Usage: python tools/translations.py update   # rescan trainer/, fill both .ts files, build the .qm files
       python tools/translations.py check    # exit 1 if a .ts or .qm is out of date or Spanish is missing

Qt words plurals through translations: a source such as "%n entry(s)" is shown as "1 entry"
or "2 entries" by the English translation, which lists both forms. `update` runs
pyside6-lupdate with -pluralonly (only messages with %n), writes the two English forms of
every new message by the rules below, and compiles the .qm the app loads.

Spanish is a full translation: lupdate scans every message (keeping what the .ts already has)
and the Spanish comes from the dictionaries in tools/es_strings/ (never edit the XML by hand);
a message the dictionaries do not cover stays unfinished, and `check` names it.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))  # es_strings, the Spanish dictionaries
from trainer.messages import english_forms  # noqa: E402 - the one English plural rule

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "trainer" / "ui"
TS = UI / "translations" / "cpsw_trainer_en.ts"
QM = TS.with_suffix(".qm")
TS_ES = UI / "translations" / "cpsw_trainer_es.ts"
QM_ES = TS_ES.with_suffix(".qm")

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


def scan_spanish(target: Path) -> None:
    if TS_ES.exists() and target != TS_ES:
        shutil.copy(TS_ES, target)
    subprocess.run([tool("pyside6-lupdate"), "-target-language", "es", "-no-obsolete",
                    "-locations", "none", *sources(), "-ts", str(target)],
                   cwd=ROOT, check=True, capture_output=True)
    fill_spanish(target)


def fill_spanish(path: Path) -> None:
    """Every message the dictionaries know gets their Spanish (they are the source of truth);
    the others stay unfinished."""
    from es_strings import spanish_for

    tree = ET.parse(path)
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found = spanish_for(name, message.findtext("source"))
            translation = message.find("translation")
            if found is None:
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = (found, found) if isinstance(found, str) else found
                translation.text = None
                for text in forms:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = found if isinstance(found, str) else found[-1]
            translation.attrib.pop("type", None)
    write(tree, path)


def unfinished(path: Path) -> list[str]:
    """The sources with no finished translation in a .ts file."""
    missing = []
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            missing.append(message.findtext("source"))
    return missing


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")


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
    write(tree, path)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts, qm, rescan in ((TS, QM, scan), (TS_ES, QM_ES, scan_spanish)):
            fresh = Path(tmp) / ts.name
            rescan(fresh)
            if not ts.exists() or fresh.read_text(encoding="utf-8") != ts.read_text(encoding="utf-8"):
                problems.append(f"{ts.name} is out of date: run python tools/translations.py update")
            built = Path(tmp) / qm.name
            release(ts if ts.exists() else fresh, built)
            if not qm.exists() or built.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} is out of date: run python tools/translations.py update")
        problems += [f"{TS_ES.name}: no Spanish for {source!r}" for source in unfinished(fresh)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "check"))
    args = parser.parse_args(argv)
    if args.action == "update":
        TS.parent.mkdir(parents=True, exist_ok=True)
        scan(TS)
        release(TS, QM)
        scan_spanish(TS_ES)
        release(TS_ES, QM_ES)
        print(f"wrote {TS.relative_to(ROOT)}, {TS_ES.relative_to(ROOT)} and their .qm files")
        missing = unfinished(TS_ES)
        if missing:
            print(f"{len(missing)} message(s) still need Spanish (add them to tools/es_strings/):", file=sys.stderr)
            for source in missing:
                print(f"  {source!r}", file=sys.stderr)
        return 0
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
