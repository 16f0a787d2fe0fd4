"""A profile's `renewal:` block → RenewalRules, or problems with their lines.

```yaml
renewal:
  source: https://board.example/renewal    # the page the figures come from
  as_of: 2026-12-01                         # when it was read
  verified: true                            # the board's own page confirms the figures
  cycle_years: 2
  ce_hours: 20
  topic_hours: {ethics: 6}                  # minimums inside ce_hours
  caps: {online_percent: 50}                # RENEWAL_CAPS
  documents:
    - Renewal application, signed
    - {label: Supervisor's letter, verified: false}
  note: Shown with the figures.
```

Any figure may instead be a mapping `{value, source, verified, as_of, note}` when it comes from
somewhere else than the block, or could not be confirmed. A figure with no `verified` of its
own or of the block is unverified: the app says "check with your board".
"""

from __future__ import annotations

from trainer.content.fields import KEBAB, Fields
from trainer.content.schema import RENEWAL_CAPS, RenewalDocument, RenewalFigure, RenewalRules
from trainer.content.yamlnodes import line_of

_KEYS = ("source", "as_of", "verified", "cycle_years", "ce_hours", "topic_hours", "caps", "documents", "note")
_FIGURE_KEYS = ("value", "source", "verified", "as_of", "note")


def parse_renewal(data: dict, fields: Fields) -> RenewalRules | None:
    raw = data.get("renewal")
    if raw is None:
        return None
    block = fields.mapping(raw, line_of(data, "renewal"), "'renewal'")
    if block is None:
        return None
    for key in block:
        if key not in _KEYS:
            fields.error(line_of(block, key), f"unknown renewal field '{key}' (expected one of: {', '.join(_KEYS)})")
    source = fields.text(block, "source", required=False)
    as_of = fields.date(block, "as_of", required=False)
    verified = fields.flag(block, "verified", False)
    defaults = (source, verified, as_of)
    cycle = _figure(block, "cycle_years", defaults, fields, high=10)
    if cycle is not None and cycle.value <= 0:
        fields.error(line_of(block, "cycle_years"), "'cycle_years' must be more than 0")
    hours = _figure(block, "ce_hours", defaults, fields)
    topics = _figures(block, "topic_hours", defaults, fields)
    if hours is not None and sum(t.value for t in topics.values()) > hours.value:
        fields.error(line_of(block, "topic_hours"),
                     f"the topic minimums add up to more than the {hours.value:g} CE hours")
    caps = _figures(block, "caps", defaults, fields, known=RENEWAL_CAPS, high=100)
    return RenewalRules(source=source, as_of=as_of, verified=verified, cycle_years=cycle, ce_hours=hours,
                        topic_hours=topics, caps=caps, documents=_documents(block, defaults, fields),
                        note=fields.text(block, "note", required=False))


def _figure(block: dict, key: str, defaults, fields: Fields, high: float | None = None) -> RenewalFigure | None:
    if key not in block:
        return None
    raw, line = block[key], line_of(block, key)
    if isinstance(raw, dict):
        for name in raw:
            if name not in _FIGURE_KEYS:
                fields.error(line_of(raw, name), f"unknown field '{name}' in '{key}' "
                             f"(expected one of: {', '.join(_FIGURE_KEYS)})")
        value = fields.number(raw, "value")
        source = fields.text(raw, "source", required=False) or defaults[0]
        verified = fields.flag(raw, "verified", defaults[1])
        as_of = fields.date(raw, "as_of", required=False) or defaults[2]
        note = fields.text(raw, "note", required=False)
    else:
        value = fields.number(block, key)
        source, verified, as_of = defaults
        note = ""
    if value is None:
        return None
    if high is not None and value > high:
        fields.error(line, f"'{key}' must be at most {high:g}, not {value:g}")
        return None
    if not source:
        fields.error(line, f"'{key}' needs a source: give the board's page as 'source' "
                     "in the renewal block or in the figure")
    if as_of is None:
        fields.error(line, f"'{key}' needs an 'as_of' date (when the source was read), in the block or the figure")
    return RenewalFigure(value, source, verified, as_of, note)


def _figures(block: dict, key: str, defaults, fields: Fields, known: dict | None = None,
             high: float | None = None) -> dict[str, RenewalFigure]:
    raw = block.get(key)
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        fields.error(line_of(block, key), f"'{key}' must map names to figures, like {{ethics: 6}}")
        return {}
    found = {}
    for name in raw:
        line = line_of(raw, name)
        if known is not None:
            if not fields.known(name, known, line, f"'{key}' entry"):
                continue
        elif not isinstance(name, str) or not KEBAB.match(name):
            fields.error(line, f"'{key}' names must be kebab-case ids like ethics or confidentiality, not '{name}'")
            continue
        figure = _figure(raw, name, defaults, fields, high=high)
        if figure is not None:
            found[name] = figure
    return found


def _documents(block: dict, defaults, fields: Fields) -> tuple[RenewalDocument, ...]:
    raw = block.get("documents")
    if raw is None:
        return ()
    if not isinstance(raw, list):
        fields.error(line_of(block, "documents"), "'documents' must be a list of what to send with the renewal")
        return ()
    found = []
    for index, item in enumerate(raw):
        line = line_of(raw, index)
        if isinstance(item, str) and item.strip():
            found.append(RenewalDocument(item.strip(), *defaults))
        elif isinstance(item, dict):
            label = fields.text(item, "label")
            if label:
                found.append(RenewalDocument(
                    label, fields.text(item, "source", required=False) or defaults[0],
                    fields.flag(item, "verified", defaults[1]),
                    fields.date(item, "as_of", required=False) or defaults[2]))
        else:
            fields.error(line, "each document must be text or a mapping with 'label' (and 'source', 'verified')")
    return tuple(found)
