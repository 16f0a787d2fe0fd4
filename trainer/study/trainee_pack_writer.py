"""Writing a checked trainee pack's records into a database, inside the caller's transaction.

Each row gets a new id (the database gives it); what points at a row of the pack (an item's
attempt, a signature's entry, an attachment's owner) is given that row's new id. A deleted hours
entry's history keeps its rows under an id below every other (negative): no live entry ever has
it. Content ids stay as they are. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from trainer.store.models import HoursHistory, Trainee
from trainer.study.trainee_pack_tables import ATTACHMENT_OWNERS, TABLES, TRAINEE, PackTable

CHUNK = 1000  # rows a statement, and a progress report


def write_records(session: Session, records: dict[str, list[dict]], name: str, total: int,
                  progress: Callable[[int, int], None]) -> tuple[int, dict[str, int]]:
    """Insert the trainee (as `name`) and every row; the new trainee's id and the rows per table."""
    trainee = dict(records[TRAINEE][0])
    trainee.pop("id", None)
    trainee.update(name=name, pin_failures=0, pin_locked_until=None)
    trainee_id = session.execute(insert(Trainee.__table__).returning(Trainee.__table__.c.id), trainee).scalar_one()
    new_ids: dict[str, dict[int, int]] = {}
    deleted_entries = _DeletedEntries(session)
    done, counts = 1, {TRAINEE: 1}
    for spec in TABLES:
        rows = [_remapped(spec, row, trainee_id, new_ids, deleted_entries) for row in records[spec.name]]
        old_ids = [row.get("id") for row in records[spec.name]]
        created: list[int] = []
        for start in range(0, len(rows), CHUNK):
            progress(done, total)
            created.extend(_insert(session, spec, rows[start:start + CHUNK]))
            done += len(rows[start:start + CHUNK])
        if spec.keyed:
            new_ids[spec.name] = dict(zip(old_ids, created, strict=True))
        counts[spec.name] = len(rows)
    progress(total, total)
    return trainee_id, counts


def _remapped(spec: PackTable, row: dict, trainee_id: int, new_ids: dict[str, dict[int, int]],
              deleted_entries: _DeletedEntries) -> dict:
    out = dict(row)
    if spec.keyed:
        out.pop("id", None)
    for column in spec.json_columns:
        if out.get(column, 0) is None:
            del out[column]  # left out, the column is SQL NULL, as the app writes it (not JSON null)
    if "trainee_id" in spec.table.c:
        out["trainee_id"] = trainee_id
    for column, target in spec.refs.items():
        out[column] = new_ids[target][row[column]]
    if spec.name == "hours_history":
        entries = new_ids["hours_entry"]
        old = row["entry_id"]
        out["entry_id"] = entries[old] if old in entries else deleted_entries.id_for(old)
    elif spec.name == "attachment" and row["owner_kind"] in ATTACHMENT_OWNERS:
        out["owner_key"] = str(new_ids[ATTACHMENT_OWNERS[row["owner_kind"]]][int(row["owner_key"])])
    return out


def _insert(session: Session, spec: PackTable, rows: list[dict]) -> list[int]:
    """Insert rows (grouped by the fields they have: one statement needs the same for all) and
    give their new ids in the rows' order."""
    if not rows:
        return []
    table = spec.table
    created: dict[int, int] = {}
    groups: dict[tuple[str, ...], list[int]] = {}
    for number, row in enumerate(rows):
        groups.setdefault(tuple(sorted(row)), []).append(number)
    for numbers in groups.values():
        batch = [rows[n] for n in numbers]
        if spec.keyed:
            result = session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), batch)
            created.update(zip(numbers, result.scalars().all(), strict=True))
        else:
            session.execute(insert(table), batch)
    return [created[n] for n in range(len(rows))] if spec.keyed else []


class _DeletedEntries:
    """Ids for the history of entries the pack no longer has, below every id in use."""

    def __init__(self, session: Session):
        self._session = session
        self._given: dict[int, int] = {}
        self._next: int | None = None

    def id_for(self, old: int) -> int:
        if old not in self._given:
            if self._next is None:
                self._next = min(self._session.scalar(select(func.min(HoursHistory.entry_id))) or 0, 0) - 1
            self._given[old] = self._next
            self._next -= 1
        return self._given[old]
