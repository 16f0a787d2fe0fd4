"""Qt-style placeholders for translated text. PySide has no QString.arg, and chained
str.replace("%1", …) misfires when a value itself holds "%2"; fill replaces them in one pass."""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values) -> str:
    """fill("%1 of %2", 3, 4) -> "3 of 4"; a placeholder with no value is left as it is."""

    def value(match: re.Match) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if number <= len(values) else match.group(0)

    return PLACEHOLDER.sub(value, template)
