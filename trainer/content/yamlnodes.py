"""YAML loading that remembers line numbers, so every problem can name its line."""

from __future__ import annotations

from typing import Any

import yaml

try:  # the C loader is many times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


class LineDict(dict):
    """A mapping that knows its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0
    item_lines: list

    def line_of(self, index: int) -> int:
        if 0 <= index < len(self.item_lines):
            return self.item_lines[index]
        return self.line


class _LineLoader(_BaseLoader):
    """Records duplicate keys as problems instead of silently keeping the last."""

    def __init__(self, stream):
        super().__init__(stream)
        self.problems: list[tuple[int, str]] = []


def _construct_map(loader: _LineLoader, node: yaml.MappingNode):
    data = LineDict()
    yield data
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    for key_node, _ in node.value:
        key = getattr(key_node, "value", None)
        if isinstance(key, str):
            if key in data.key_lines:
                loader.problems.append((key_node.start_mark.line + 1, f"duplicate key '{key}'"))
            data.key_lines[key] = key_node.start_mark.line + 1
    data.update(loader.construct_mapping(node, deep=True))


def _construct_seq(loader: _LineLoader, node: yaml.SequenceNode):
    data = LineList()
    yield data
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    data.extend(loader.construct_sequence(node, deep=True))


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


class YamlProblem(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def load_yaml(text: str, line_offset: int = 0) -> tuple[Any, list[tuple[int, str]]]:
    """Parse one YAML document; return (data, [(line, problem)]).

    Raises YamlProblem with the line of the first syntax error.
    """
    loader = _LineLoader(text)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # An unclosed [ or { is reported where parsing gave up; the opening line helps more.
        if exc.context_mark is not None and "flow" in (exc.context or ""):
            mark = exc.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        raise YamlProblem(line, f"invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(1 + line_offset, f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    _shift_lines(data, line_offset)
    problems = [(line + line_offset, message) for line, message in loader.problems]
    return data, problems


def _shift_lines(data: Any, offset: int) -> None:
    if not offset:
        return
    if isinstance(data, LineDict):
        data.line += offset
        data.key_lines = {k: v + offset for k, v in data.key_lines.items()}
        for value in data.values():
            _shift_lines(value, offset)
    elif isinstance(data, LineList):
        data.line += offset
        data.item_lines = [v + offset for v in data.item_lines]
        for value in data:
            _shift_lines(value, offset)


def line_of(container: Any, key: Any, default: int = 1) -> int:
    if isinstance(container, (LineDict, LineList)):
        return container.line_of(key)
    return default
