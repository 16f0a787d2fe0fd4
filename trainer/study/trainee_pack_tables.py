"""Which tables hold a trainee's records, how their rows become JSON and back, and which columns
point at other rows of the pack (given the new rows' ids on import).

Every table with a `trainee_id`, and the tables whose rows hang from one of those (an attempt's
items, a run's steps), is here; tests/study/test_trainee_pack.py checks no table is forgotten.
Content ids (modules, questions, scenarios, drills...) are kept as they are. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, Numeric, String, Table

from trainer.store.models import Base


@dataclass(frozen=True)
class PackTable:
    name: str
    # The rows belong to the trainee through this column and table instead of a trainee_id.
    parent: tuple[str, str] | None = None
    # Columns holding another pack row's id: column -> the table that row is in.
    refs: dict[str, str] = field(default_factory=dict)

    @property
    def table(self) -> Table:
        return Base.metadata.tables[self.name]

    @property
    def keyed(self) -> bool:
        """Its rows get a new `id` on import (conversation_step's key is its run and position)."""
        return "id" in self.table.c and self.table.c.id.primary_key

    @property
    def json_columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.table.c if isinstance(c.type, JSON))


# In the order they are written back: a row's parent and what it refers to come first.
TABLES = (
    PackTable("module_progress"),
    PackTable("section_read"),
    PackTable("attempt"),
    PackTable("attempt_item", parent=("attempt_id", "attempt"), refs={"attempt_id": "attempt"}),
    PackTable("review_card"),
    PackTable("hours_entry"),
    PackTable("hours_history"),  # entry_id: remapped by hand (a deleted entry's history has no entry)
    PackTable("hours_signature", refs={"entry_id": "hours_entry"}),
    PackTable("hours_change_request", refs={"entry_id": "hours_entry"}),
    PackTable("attestation"),
    PackTable("report"),
    PackTable("certification"),
    PackTable("ce_entry"),
    PackTable("attachment"),  # owner_key: remapped by hand (an entry's id, or an attestation's id)
    PackTable("conversation_run"),
    PackTable("conversation_step", parent=("run_id", "conversation_run"), refs={"run_id": "conversation_run"}),
    PackTable("drill_rating"),
    PackTable("note_attempt"),
)
BY_NAME = {t.name: t for t in TABLES}
TRAINEE = "trainee"
# The seat's state, not the person's record: a new computer starts with no failed PIN tries.
TRAINEE_LEFT_OUT = ("pin_failures", "pin_locked_until")
# Tables of the install, not of any trainee.
NOT_A_TRAINEES = frozenset({"account", "sign_in_throttle"})
# Attachments whose owner_key is the id of a pack row; an attestation's key is its content id.
ATTACHMENT_OWNERS = {"ce": "ce_entry", "hours": "hours_entry", "certification": "certification"}


def encode_row(table: Table, row, left_out: tuple[str, ...] = ()) -> dict:
    """A database row as JSON values: dates and times in ISO 8601, numbers of hours as text."""
    out = {}
    for column in table.c:
        if column.name in left_out:
            continue
        value = getattr(row, column.name)
        if isinstance(value, dt.datetime | dt.date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = str(value)
        out[column.name] = value
    return out


class RowProblem(ValueError):
    """One value of a row that cannot go back into its column."""


def decode_row(table: Table, values: object, left_out: tuple[str, ...] = ()) -> dict:
    """JSON values back to what the column holds, each checked against its type, length and
    nullability; RowProblem names the first one that does not fit. Columns the pack leaves out
    take their defaults; a column this version does not know is refused."""
    if not isinstance(values, dict):
        raise RowProblem("is not a record (a JSON object)")
    unknown = sorted(set(values) - set(table.c.keys()) - set(left_out))
    if unknown:
        raise RowProblem(f"has field(s) this version does not know: {', '.join(unknown)}")
    out = {}
    for column in table.c:
        if column.name in left_out:
            continue
        if column.name not in values:
            if column.nullable or column.default is not None or column.server_default is not None \
                    or column.primary_key:
                continue
            raise RowProblem(f"has no '{column.name}'")
        value = values[column.name]
        if value is None:
            if not column.nullable and not column.primary_key:
                raise RowProblem(f"'{column.name}' must not be empty")
            out[column.name] = None
            continue
        try:
            out[column.name] = _decode(column.type, value)
        except (TypeError, ValueError, InvalidOperation) as exc:
            raise RowProblem(f"'{column.name}' {exc}") from None
    return out


def _decode(kind, value):
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(_text(value))
    if isinstance(kind, Date):
        return dt.date.fromisoformat(_text(value))
    if isinstance(kind, Numeric):
        number = Decimal(_text(value) if isinstance(value, str) else str(_number(value)))
        if not number.is_finite():
            raise ValueError("must be a finite number")
        return number
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise TypeError(f"must be true or false, not {value!r}")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"must be a whole number, not {value!r}")
        return value
    if isinstance(kind, String):
        text = _text(value)
        if kind.length is not None and len(text) > kind.length:
            raise ValueError(f"is {len(text)} characters long; at most {kind.length} fit")
        return text
    if isinstance(kind, JSON):
        return value
    raise TypeError(f"has a type the pack cannot carry ({kind})")


def _text(value) -> str:
    if not isinstance(value, str):
        raise TypeError(f"must be text, not {value!r}")
    return value


def _number(value):
    if isinstance(value, bool) or not isinstance(value, int | float) or \
            (isinstance(value, float) and not math.isfinite(value)):
        raise TypeError(f"must be a number, not {value!r}")
    return value
