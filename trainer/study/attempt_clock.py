"""An attempt's clock, kept by the logic rather than the widget.

A running clock has `clock_at` set: the moment up to which `elapsed_seconds` is counted.
Every write brings it up to date, so the stored time is the time up to the last write. A
pause (leaving, closing the window) counts and stops it; opening the attempt again starts it
from then. After a crash the clock counts up to the last write, as after a pause: the app
was not there to work in, and "a crash loses nothing" holds for the time too.
"""

from __future__ import annotations

import datetime as dt

from trainer.store.models import Attempt

# The last click may reach the database a moment after the widget's clock showed 00:00 (it
# ticks once a second and the write takes a little), so a write up to this many seconds
# late is still taken; later ones are refused.
GRACE_SECONDS = 2


def elapsed(row: Attempt, now: dt.datetime) -> int:
    """Seconds used so far, counting a running clock up to `now`."""
    stored = row.elapsed_seconds or 0
    if row.clock_at is None:
        return stored
    return stored + max(0, int((now - row.clock_at).total_seconds()))


def count(row: Attempt, now: dt.datetime) -> int:
    """Bring `elapsed_seconds` up to `now`; returns it. Whole seconds only: the clock moves on
    by what was counted, so no fraction is lost between writes. A stopped clock starts again
    from `now` (a write means someone is working in the attempt)."""
    if row.clock_at is None:
        row.clock_at = now
    seconds = max(0, int((now - row.clock_at).total_seconds()))
    if seconds:
        row.elapsed_seconds = (row.elapsed_seconds or 0) + seconds
        row.clock_at = row.clock_at + dt.timedelta(seconds=seconds)
    return row.elapsed_seconds or 0


def stop(row: Attempt, now: dt.datetime) -> int:
    """Pause: count up to `now`, then count no more until the attempt is opened again."""
    seconds = count(row, now)
    row.clock_at = None
    return seconds


def start(row: Attempt, now: dt.datetime) -> None:
    """Run the clock from `now`. The time since the last write (closed, crashed) is not counted."""
    row.clock_at = now


def halt(row: Attempt) -> None:
    """Stop a clock left running (after a crash) at its last write, counting nothing more."""
    row.clock_at = None


def time_up(row: Attempt, now: dt.datetime, grace: int = 0) -> bool:
    """Whether a timed attempt has used its time (untimed ones never do)."""
    limit = row.time_limit_seconds
    return limit is not None and elapsed(row, now) >= limit + grace
