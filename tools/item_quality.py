"""Item-quality figures for a content folder, each against its limit.

Usage:
  python tools/item_quality.py [CONTENT_DIR]          # figures, then every problem
  python tools/item_quality.py [CONTENT_DIR] --quiet  # figures only

Exit 1 when any rule fails. The same rules run in `cpsw-trainer validate`; the measures and
limits are explained in trainer/content/quality.py.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trainer.content.loader import load_catalog  # noqa: E402
from trainer.content.quality import RuleResult, check_quality  # noqa: E402
from trainer.content.swallowed_text import swallowed_in_folder  # noqa: E402


def results(content: Path) -> list[RuleResult]:
    catalog = load_catalog(content)
    swallowed = swallowed_in_folder(content)
    comment_rule = RuleResult("swallowed-text", "unquoted ' #' that dropped text (banks, front matter, profiles)",
                              f"{len(swallowed)} place(s)", "0", not swallowed, tuple(swallowed))
    return [comment_rule, *check_quality(catalog)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", nargs="?", default=os.path.relpath(ROOT / "content"))
    parser.add_argument("--quiet", action="store_true", help="print the figures only")
    args = parser.parse_args(argv)
    content = Path(args.content)
    if not content.is_dir():
        print(f"error: {content} is not a folder; give the content folder (the one with quizzes/)",
              file=sys.stderr)
        return 2
    found = results(content)
    width = max(len(r.rule) for r in found)
    for result in found:
        mark = "ok  " if result.passed else "FAIL"
        print(f"{mark} {result.rule:<{width}}  {result.figure:<32} limit {result.limit}  ({result.title})")
    if not args.quiet:
        for result in found:
            for problem in result.problems:
                print(f"{problem} [{result.rule}]")
    failed = [r.rule for r in found if not r.passed]
    print(f"{len(failed)} of {len(found)} rules fail" + (f": {', '.join(failed)}" if failed else ""),
          file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
