"""The one way to run slow work off the GUI thread: imports, exports, report making,
backup and restore, pack installs and the storage preload.

`run_task(owner, work, on_success, on_failure)` runs `work(progress)` on the global
QThreadPool. `progress(done, total)` reaches the GUI thread as a progress dialog (shown only
when the work takes longer than half a second) and raises `Cancelled` in the worker once the
person presses Cancel. `on_success(result)`, `on_failure(exception)` and `on_cancelled()`
are called back on the GUI thread, and only while `owner` still exists: a result that
arrives for a closed page is dropped. Work must not touch widgets or the GUI thread's
database session.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from trainer.operations.progress import Cancelled

log = logging.getLogger(__name__)
SHOW_AFTER_MS = 500  # quicker work finishes without a dialog flashing up


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    moved = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable, relay: _Relay, stop: threading.Event):
        super().__init__()
        self.work, self.relay, self.stop = work, relay, stop

    def progress(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise Cancelled()
        self.relay.moved.emit(int(done), int(total))

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Cancelled:
            self.relay.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - every failure is handed back to the GUI thread
            log.error("background work failed:\n%s", traceback.format_exc())
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class Task:
    """A running piece of work: `cancel()` asks it to stop at its next progress call."""

    def __init__(self, stop: threading.Event):
        self._stop = stop
        self.finished = False

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()


_running: set[_Relay] = set()  # relays stay alive until their work reports back


def run_task(owner: QObject | None, work: Callable[[Callable[[int, int], None]], object],
             on_success: Callable[[object], None], on_failure: Callable[[Exception], None],
             *, on_cancelled: Callable[[], None] | None = None, label: str | None = None,
             cancellable: bool = False) -> Task:
    """Run `work(progress)` in the background. With `label`, a progress dialog over `owner`
    says what is happening when it takes over half a second (with Cancel if `cancellable`)."""
    relay = _Relay()
    stop = threading.Event()
    task = Task(stop)
    _running.add(relay)
    dialog = _ProgressDialog(owner, label, task, cancellable) if label and owner is not None else None

    def finish(callback, *value):
        _running.discard(relay)
        task.finished = True
        if dialog is not None:
            dialog.close()
        if owner is not None and not shiboken6.isValid(owner):
            return  # the page closed while the work ran: nobody to tell
        if callback is not None:
            callback(*value)

    relay.succeeded.connect(lambda result: finish(on_success, result))
    relay.failed.connect(lambda error: finish(on_failure, error))
    relay.cancelled.connect(lambda: finish(on_cancelled))
    if dialog is not None:
        relay.moved.connect(dialog.move_to)
    QThreadPool.globalInstance().start(_Job(work, relay, stop))
    return task


def run_in_background(fn: Callable[[], object], on_success: Callable[[object], None],
                      on_failure: Callable[[Exception], None], owner: QObject | None = None) -> Task:
    """Work that reports no progress."""
    return run_task(owner, lambda _progress: fn(), on_success, on_failure)


class _ProgressDialog:
    """A QProgressDialog made only once the work has taken half a second."""

    def __init__(self, owner, label: str, task: Task, cancellable: bool):
        self.owner, self.label, self.task, self.cancellable = owner, label, task, cancellable
        self.dialog = None
        self.last = (0, 0)
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._show)
        self.timer.start(SHOW_AFTER_MS)

    def _show(self) -> None:
        if self.task.finished or not shiboken6.isValid(self.owner):
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        cancel = QCoreApplication.translate("Background", "Cancel") if self.cancellable else ""
        dialog = QProgressDialog(self.label, cancel, 0, 0, self.owner)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self.cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.task.cancel)
        self.dialog = dialog
        self.move_to(*self.last)
        dialog.show()

    def move_to(self, done: int, total: int) -> None:
        self.last = (done, total)
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)

    def close(self) -> None:
        self.timer.stop()
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
