"""Making the renewal packet: the packet operation (the command line's path too), run in the
background with progress and Cancel; the issued packet is listed on the Reports page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from trainer.operations.progress import Progress
from trainer.ui.background import Task, run_task
from trainer.ui.pages.renewal.wording import RenewalWording
from trainer.ui.text import fill

# (catalog, trainee id, where to write it, progress, language) -> Done of the issued packet's record
MakePacket = Callable[[object, int, Path, Progress, str], object]


def packet_path(folder: Path, name: str, now: dt.datetime | None = None) -> Path:
    """<reports>/<name>-renewal-packet-<time>.pdf, like the other reports kept in the data folder."""
    slug = "".join(c if c.isalnum() else "-" for c in name).strip("-").lower() or "trainee"
    return folder / f"{slug}-renewal-packet-{(now or dt.datetime.now()).strftime('%Y-%m-%d-%H%M%S')}.pdf"


class PacketMaker(QObject):
    """`finished(text, path or None)`: what to tell the person, and the packet made."""

    finished = Signal(str, object)

    def __init__(self, page: QWidget, make: Callable[[], MakePacket], folder: Path, wording: RenewalWording,
                 perform: Callable[[object], object]):
        super().__init__(page)
        self.page, self.make, self.folder, self.wording, self.perform = page, make, folder, wording, perform
        self.task: Task | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.finished

    def start(self, catalog, trainee_id: int, trainee_name: str, language: str = "en") -> None:
        if self.busy:
            return
        make, out = self.make(), packet_path(self.folder, trainee_name)
        self.task = run_task(self.page, lambda progress: make(catalog, trainee_id, out, progress, language), self._made,
                             lambda error: self.finished.emit(
                                 fill(self.tr("The packet could not be made: %1"), self.wording.error(error)), None),
                             on_cancelled=lambda: self.finished.emit(self.tr("Stopped: no packet was made."), None),
                             label=self.tr("Making the renewal packet…"), cancellable=True)

    def _made(self, done) -> None:
        info = self.perform(done)  # the Reports page lists it
        self.finished.emit(fill(self.tr("The renewal packet is ready. Verification code %1. Saved in %2; the "
                                        "Reports page lists it."), info.code, info.path), Path(info.path))
