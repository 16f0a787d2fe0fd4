"""Where a certified trainee's renewal stands, read with plain SQL (the dashboard's start path).
Nothing but the query loads until a certification is found."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, NamedTuple

from trainer.store import renewal_reads

if TYPE_CHECKING:
    from trainer.content.schema import Catalog
    from trainer.store.reads import Reader
    from trainer.study.reminders import Reminder
    from trainer.study.renewal import RenewalStatus


class Certified(NamedTuple):
    profile_id: str
    number: str | None
    certified_on: dt.date
    expires_on: dt.date | None
    status: RenewalStatus | None  # None: the profile has no renewal rules (or is not loaded)
    reminders: tuple[Reminder, ...]


class RenewalOverview:
    def __init__(self, reader: Callable[[], AbstractContextManager[Reader]]):
        self._reader = reader

    def certified(self, trainee_id: int, catalog: Catalog, today: dt.date | None = None) -> Certified | None:
        """None while the trainee has no certification recorded."""
        with self._reader() as reader:
            found = renewal_reads.current_certification(reader, trainee_id)
            rows = renewal_reads.ce_entries(reader, trainee_id) if found else []
        if found is None:
            return None
        _id, profile_id, number, certified_on, expires_on = found
        profile = catalog.profiles.get(profile_id)
        if profile is None or profile.renewal is None:
            return Certified(profile_id, number, certified_on, expires_on, None, ())
        # The rules load only for a certified trainee: the dashboard's start stays light for the others.
        from trainer.study.ce_records import CeEntryInfo
        from trainer.study.reminders import reminders
        from trainer.study.renewal import evaluate

        entries = [CeEntryInfo(row[0], trainee_id, *row[1:]) for row in rows]
        status = evaluate(profile.renewal, entries, certified_on, expires_on)
        return Certified(profile_id, number, certified_on, expires_on, status,
                         tuple(reminders(status, today or dt.date.today())))
