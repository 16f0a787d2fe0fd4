"""How long work reports progress and learns it should stop, without Qt.

Work takes a `progress(done, total)` callable and calls it now and then; when the person
has asked to stop, the call raises `Cancelled`, so the work stops at a safe point (before
its final write) and nothing half-done is kept.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The person asked the work to stop."""


def no_progress(done: int, total: int) -> None:
    """For work run where nobody watches (the command line, tests)."""
