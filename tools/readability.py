"""Report the reading grade of every module, question bank and practice file.

Usage: python tools/readability.py [CONTENT_DIR] [--max GRADE]
Prints one line per file with its Flesch-Kincaid grade; exits 1 when any file
is above --max (default 10). The content tests enforce the same limit. Then each Spanish
module (content/es/modules) with its Fernández-Huerta reading ease, which must be 70 or more
(higher is easier); `cpsw-trainer validate` reports one below it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trainer.content.readability import (  # noqa: E402
    SPANISH_MIN_EASE,
    bank_grade,
    module_grade,
    practice_grade,
    spanish_module_ease,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content_dir", nargs="?", default=str(ROOT / "content"))
    parser.add_argument("--max", type=float, default=10.0)
    args = parser.parse_args(argv)
    content = Path(args.content_dir)
    worst = 0.0
    rows = []
    for path in sorted((content / "modules").glob("*.md")):
        rows.append((path, module_grade(path.read_text(encoding="utf-8"))))
    for path in sorted((content / "quizzes").glob("*.yaml")):
        rows.append((path, bank_grade(path.read_text(encoding="utf-8"))))
    for folder in ("scenarios", "drills", "notes"):  # conversation practice
        for path in sorted((content / folder).glob("*.yaml")):
            rows.append((path, practice_grade(path.read_text(encoding="utf-8"))))
    for path, grade in rows:
        flag = "" if grade <= args.max else "  <-- above limit"
        print(f"{grade:5.1f}  {path.relative_to(content)}{flag}")
        worst = max(worst, grade)
    hard = False
    for path in sorted((content / "es" / "modules").glob("*.md")):
        ease = spanish_module_ease(path.read_text(encoding="utf-8"))
        hard = hard or ease < SPANISH_MIN_EASE
        flag = "" if ease >= SPANISH_MIN_EASE else "  <-- below the Spanish floor"
        print(f"{ease:5.1f}  {path.relative_to(content)} (Fernández-Huerta){flag}")
    return 1 if worst > args.max or hard else 0


if __name__ == "__main__":
    raise SystemExit(main())
