"""What the soak run watches: widget updates (paint events), CPU time and resident memory."""

from __future__ import annotations

import os
import resource
import time

from PySide6.QtCore import QEvent, QObject


class UpdateCounter(QObject):
    """Counts paint events delivered to widgets, app-wide: each is one widget update."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.count = 0

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def resident_bytes() -> int:
    """Resident memory now (Linux: /proc), or the peak where /proc is missing."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def cpu_share(wait, seconds: float) -> float:
    """Share of one core this process used while `wait(ms)` ran the event loop."""
    cpu, wall = time.process_time(), time.monotonic()
    wait(int(seconds * 1000))
    return (time.process_time() - cpu) / max(1e-6, time.monotonic() - wall)
