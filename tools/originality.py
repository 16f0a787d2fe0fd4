"""Check that the curriculum is in its own words, against the public sources it cites.

Usage:
  python tools/originality.py build SOURCES_DIR   # hash the sources' 8-word runs (the text is not kept)
  python tools/originality.py check [CONTENT_DIR] # list runs of 8+ words shared with a source

SOURCES_DIR holds one plain-text file per source, its first line `# title | url`. `build`
writes tests/fixtures/originality/{shingles.txt.gz,sources.tsv}; the content tests run
`check`'s comparison and fail on any shared run outside quotation marks.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trainer.content.originality import (  # noqa: E402
    catalog_texts,
    copied_runs,
    practice_texts,
    read_fingerprints,
    read_named_terms,
    shingles,
    write_fingerprints,
)

FINGERPRINTS = ROOT / "tests" / "fixtures" / "originality"


def build(sources: Path) -> int:
    hashes: set[int] = set()
    rows = ["file\ttitle\turl\tshingles"]
    for path in sorted(sources.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        first, _, body = text.partition("\n")
        title, _, url = first.lstrip("# ").partition(" | ")
        mine = {value for value, _ in shingles(body)}
        hashes |= mine
        rows.append(f"{path.stem}\t{title.strip()}\t{url.strip()}\t{len(mine)}")
    write_fingerprints(FINGERPRINTS / "shingles.txt.gz", hashes)
    (FINGERPRINTS / "sources.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 1} sources, {len(hashes)} distinct 8-word runs")
    return 0


def check(content: Path) -> int:
    from trainer.content.loader import load_catalog

    catalog = load_catalog(content)
    texts = [*catalog_texts(catalog), *practice_texts(catalog)]
    found = copied_runs(texts, read_fingerprints(FINGERPRINTS / "shingles.txt.gz"),
                        read_named_terms(FINGERPRINTS / "named-terms.txt"))
    for item in found:
        print(f"{item.where}: {item.run}")
    print(f"{len(found)} run(s) of 8+ words shared with a source")
    return 1 if found else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build").add_argument("sources")
    commands.add_parser("check").add_argument("content", nargs="?", default=str(ROOT / "content"))
    args = parser.parse_args(argv)
    return build(Path(args.sources)) if args.command == "build" else check(Path(args.content))


if __name__ == "__main__":
    sys.exit(main())
