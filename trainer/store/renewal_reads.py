"""Plain SQL reads of the renewal tables, for the dashboard (no SQLAlchemy at start: reads.Reader)."""

from __future__ import annotations

import json
from decimal import Decimal

from trainer.store.reads import Reader, as_date


def current_certification(reader: Reader, trainee_id: int) -> tuple | None:
    """(id, profile id, number, certified on, expires on) of the newest certification, or None."""
    rows = reader.rows("SELECT id, profile_id, number, certified_on, expires_on FROM certification "
                       "WHERE trainee_id = :trainee ORDER BY certified_on DESC, id DESC LIMIT 1", trainee=trainee_id)
    if not rows:
        return None
    cid, profile, number, certified, expires = rows[0]
    return cid, profile, number, as_date(certified), as_date(expires) if expires is not None else None


def ce_entries(reader: Reader, trainee_id: int) -> list[tuple]:
    """(id, date, hours, title, provider, provider number, topics, online, kind, notes) by date."""
    rows = reader.rows("SELECT id, date, hours, title, provider, provider_number, topics, online, kind, notes "
                       "FROM ce_entry WHERE trainee_id = :trainee ORDER BY date, id", trainee=trainee_id)
    return [(i, as_date(day), Decimal(str(hours)).quantize(Decimal("0.01")), title, provider, number,
             tuple(json.loads(topics) if isinstance(topics, str) else topics or ()), bool(online), kind, notes)
            for i, day, hours, title, provider, number, topics, online, kind, notes in rows]
