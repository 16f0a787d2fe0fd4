"""The one way to run slow work off the GUI thread (report rendering, imports, packs).

`run_in_background(fn, on_success, on_failure)` runs `fn()` on the global QThreadPool
and calls `on_success(result)` or `on_failure(exception)` back on the GUI thread.
Work passed here must not touch widgets or the database session of the GUI thread.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], relay: _Relay):
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - every failure is handed back to the GUI thread
            log.error("background job failed:\n%s", traceback.format_exc())
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


_running: set[_Relay] = set()  # keep relays alive until their job reports back


def run_in_background(fn: Callable[[], object], on_success: Callable[[object], None],
                      on_failure: Callable[[Exception], None]) -> None:
    relay = _Relay()
    _running.add(relay)

    def finish(callback, value):
        _running.discard(relay)
        callback(value)

    relay.succeeded.connect(lambda result: finish(on_success, result))
    relay.failed.connect(lambda error: finish(on_failure, error))
    QThreadPool.globalInstance().start(_Job(fn, relay))
