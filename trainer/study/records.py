"""Plain records built from the rows of store.reads, shared by the services and the
start-up overview. Nothing here imports SQLAlchemy."""

# Annotations are evaluated here (no `from __future__ import annotations`): given as strings,
# typing.NamedTuple would compile each field's annotation at start-up.
import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import NamedTuple

from trainer.content.schema import Module

KINDS = ("training", "experience", "supervision")  # kinds of hours
PACE_WEEKS = 8  # the pace of the last weeks predicts when a requirement is met


class HoursTotals(NamedTuple):
    training: Decimal = Decimal(0)
    training_by_domain: dict[str, Decimal] = {}  # a shared empty default: never changed in place
    experience: Decimal = Decimal(0)
    supervision: Decimal = Decimal(0)


def format_hours(hours: Decimal) -> str:
    """2.50 → "2.5", 3.00 → "3"."""
    return format(Decimal(hours).normalize(), "f")


class TraineeInfo(NamedTuple):
    id: int
    name: str
    profile_id: str | None


class ModuleStatus(NamedTuple):
    module_id: str
    read_keys: frozenset[str]
    section_count: int
    completed_at: dt.datetime | None
    last_section: str | None = None

    @property
    def read_count(self) -> int:
        return len(self.read_keys)

    @property
    def fraction(self) -> float:
        return self.read_count / self.section_count if self.section_count else 0.0

    @property
    def complete(self) -> bool:
        return self.completed_at is not None

    @property
    def started(self) -> bool:
        return bool(self.read_keys) or self.last_section is not None


def module_statuses(modules: Iterable[Module], reads: Iterable[tuple[str, str]],
                    progress: Mapping[str, tuple[dt.datetime | None, str | None]]) -> dict[str, ModuleStatus]:
    """Each module's status from its read sections and progress row (sections no longer
    in the module do not count)."""
    read: dict[str, set[str]] = {}
    for module_id, key in reads:
        read.setdefault(module_id, set()).add(key)
    result = {}
    for module in modules:
        valid = {s.key for s in module.sections}
        completed_at, last_section = progress.get(module.id, (None, None))
        result[module.id] = ModuleStatus(module.id, frozenset(read.get(module.id, set()) & valid),
                                         len(module.sections), completed_at, last_section)
    return result


def totals_from_hundredths(rows: Iterable[tuple[str, str | None, int]]) -> HoursTotals:
    """Totals from (kind, domain, hundredths of an hour) sums."""
    sums = {kind: Decimal(0) for kind in KINDS}
    by_domain: dict[str, Decimal] = {}
    for kind, domain, hundredths in rows:
        amount = (Decimal(hundredths) / 100).quantize(Decimal("0.01"))
        sums[kind] += amount
        if kind == "training" and domain:
            by_domain[domain] = by_domain.get(domain, Decimal(0)) + amount
    return HoursTotals(sums["training"], by_domain, sums["experience"], sums["supervision"])


def fresh_of(blueprint: Mapping) -> int | None:
    """How many of an exam's questions were fresh (not seen recently) when it started, as its
    blueprint records; None for exams from before this was recorded."""
    value = blueprint.get("fresh")
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
