"""Find text that YAML silently dropped: in a plain (unquoted) scalar, ` #` starts a comment,
so `stem: What did the letter (SMDL #07-011) do?` keeps only "What did the letter (SMDL".

Found from the scanner's tokens, not the loaded data: a plain scalar followed on its own line
by a comment. Comments on lines of their own, after quoted scalars and after block headers
(`>-  # note`) are left alone; content files put no comments after plain values, so any there
is taken as lost text.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from trainer.content.parse_module import split_front_matter
from trainer.content.schema import ContentError

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_COMMENT_AFTER = re.compile(r"[ \t]+#")


def swallowed_text(text: str, path: str, line_offset: int = 0) -> list[ContentError]:
    """Every plain scalar in `text` whose line goes on with ` #…`; lines are 1-based plus offset.
    A file YAML cannot scan is left to the loader, which reports where it fails."""
    lines = text.splitlines()
    found = []
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if not (isinstance(token, yaml.ScalarToken) and token.plain):
                continue
            end = token.end_mark
            rest = lines[end.line][end.column:] if end.line < len(lines) else ""
            if _COMMENT_AFTER.match(rest):
                lost = rest.strip()
                found.append(ContentError(
                    path, end.line + 1 + line_offset,
                    f"an unquoted ' #' starts a YAML comment, so the text '{_short(lost)}' after "
                    f"'{_short(token.value, 30, tail=True)}' is lost; put the whole value in quotes"))
    except yaml.YAMLError:
        return found
    return found


def swallowed_in_folder(root: str | Path) -> list[ContentError]:
    """The check over the banks, the modules' front matter, the certification profiles and the
    conversation practice files."""
    root = Path(root)
    found: list[ContentError] = []
    yaml_folders = ("quizzes", "certifications", "scenarios", "drills", "notes")
    for path in [path for folder in yaml_folders for path in sorted((root / folder).glob("*.yaml"))]:
        text = _read(path)
        if text is not None:
            found += swallowed_text(text, str(path))
    for path in sorted((root / "modules").glob("*.md")):
        text = _read(path)
        parts = split_front_matter(text) if text is not None else None
        if parts is not None:
            found += swallowed_text(parts[0], str(path), line_offset=1)  # the opening ---
    return found


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):  # the loader reports unreadable files
        return None


def _short(text: str, width: int = 50, tail: bool = False) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    return "…" + text[-(width - 1):] if tail else text[: width - 1] + "…"
