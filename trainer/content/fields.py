"""Typed reads of YAML fields that record a ContentError instead of raising."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from trainer.content.schema import ContentError
from trainer.content.yamlnodes import YamlProblem, line_of, load_yaml

KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MISSING = object()


class Fields:
    """Reads fields of one file, collecting every problem with its line."""

    def __init__(self, path: str, errors: list[ContentError]):
        self.path = path
        self.errors = errors

    def error(self, line: int, message: str) -> None:
        self.errors.append(ContentError(self.path, line, message))

    def mapping(self, value: Any, line: int, what: str) -> dict | None:
        if not isinstance(value, dict):
            self.error(line, f"{what} must be a mapping of fields")
            return None
        return value

    def text(self, data: dict, key: str, *, required: bool = True, default: str = "") -> str:
        value = data.get(key, _MISSING)
        line = line_of(data, key)
        if value is _MISSING or value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.error(line, f"missing required field '{key}'")
            return default
        if isinstance(value, (dict, list)):
            self.error(line, f"field '{key}' must be text")
            return default
        return str(value).strip()

    def ident(self, data: dict, key: str = "id", *, required: bool = True) -> str:
        value = self.text(data, key, required=required)
        if value and not KEBAB.match(value):
            self.error(
                line_of(data, key),
                f"'{key}' must be kebab-case (lowercase letters, digits and hyphens): '{value}'",
            )
        return value

    def integer(
        self, data: dict, key: str, *, low: int, high: int | None = None,
        required: bool = True, default: int = 0,
    ) -> int:
        value = data.get(key, _MISSING)
        line = line_of(data, key)
        if value is _MISSING or value is None:
            if required:
                self.error(line, f"missing required field '{key}'")
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(line, f"field '{key}' must be a whole number, not '{value}'")
            return default
        if value < low or (high is not None and value > high):
            bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
            self.error(line, f"field '{key}' must be {bounds}, not {value}")
            return default
        return value

    def number(self, data: dict, key: str, *, required: bool = True) -> float | None:
        value = data.get(key, _MISSING)
        line = line_of(data, key)
        if value is _MISSING or value is None:
            if required:
                self.error(line, f"missing required field '{key}'")
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            self.error(line, f"field '{key}' must be a number of zero or more, not '{value}'")
            return None
        return float(value)

    def flag(self, data: dict, key: str, default: bool = False) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.error(line_of(data, key), f"field '{key}' must be true or false, not '{value}'")
            return default
        return value

    def text_list(self, data: dict, key: str, *, required: bool = False) -> tuple[str, ...]:
        value = data.get(key, _MISSING)
        line = line_of(data, key)
        if value is _MISSING or value is None:
            if required:
                self.error(line, f"missing required field '{key}'")
            return ()
        if isinstance(value, str):
            return (value.strip(),)
        if not isinstance(value, list):
            self.error(line, f"field '{key}' must be a list")
            return ()
        items = []
        for index, item in enumerate(value):
            if isinstance(item, dict):
                self.error(line_of(value, index, line), f"each item of '{key}' must be text; "
                           "a colon followed by a space makes YAML read a mapping, so put the item in quotes")
                continue
            if isinstance(item, list) or item is None or not str(item).strip():
                self.error(line_of(value, index, line), f"each item of '{key}' must be text")
                continue
            items.append(str(item).strip())
        return tuple(items)

    def date(self, data: dict, key: str, *, required: bool = True) -> dt.date | None:
        value = data.get(key, _MISSING)
        line = line_of(data, key)
        if value is _MISSING or value is None:
            if required:
                self.error(line, f"missing required field '{key}'")
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.error(line, f"field '{key}' must be a date like 2026-11-01, not '{value}'")
            return None

    def known(self, value: str, known: dict | set, line: int, what: str) -> bool:
        if value and value not in known:
            choices = ", ".join(sorted(known)) or "none are defined"
            self.error(line, f"unknown {what} '{value}' (expected one of: {choices})")
            return False
        return True


def read_text_file(path: Path, errors: list[ContentError]) -> str | None:
    """A content file's text, or None with the problem recorded against the file."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        errors.append(ContentError(str(path), 1, f"the file is not UTF-8 text ({exc.reason})"))
    except OSError as exc:
        errors.append(ContentError(str(path), 0, f"cannot read the file: {exc.strerror}"))
    return None


def read_document(text: str, fields: Fields, what: str) -> dict | None:
    """A YAML file's top-level mapping, or None with the problem recorded."""
    try:
        data, problems = load_yaml(text)
    except YamlProblem as problem:
        fields.error(problem.line, problem.message)
        return None
    for line, message in problems:
        fields.error(line, message)
    return fields.mapping(data, 1, what)
