"""What every page is given: the services, the change signal, the current trainee."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from trainer.services import Services
from trainer.study.records import TraineeInfo

# What changed, as carried by AppContext.changed.
PROGRESS = "progress"
TRAINEE = "trainee"
CONTENT = "content"
PREFERENCES = "preferences"
ATTEMPTS = "attempts"
HOURS = "hours"
ATTESTATIONS = "attestations"  # the Hours page shows the change itself; others refresh


class AppContext(QObject):
    """One object per window. After a change, `changed` says what changed and
    pages that care refresh themselves; children never reach into parents."""

    changed = Signal(str)
    navigate = Signal(str)  # a page asks the window to show another page by key
    open_reader = Signal(str, str)  # module id, section key ("" for where the trainee left off)

    def __init__(self, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self._trainee: TraineeInfo | None = None
        remembered = services.preferences.get("current_trainee_id")
        if isinstance(remembered, int):
            self._trainee = services.overview.trainee(remembered)

    @property
    def catalog(self):
        return self.services.catalog

    @property
    def trainee(self) -> TraineeInfo | None:
        return self._trainee

    def set_trainee(self, trainee: TraineeInfo | None) -> None:
        self._trainee = trainee
        self.services.preferences.set("current_trainee_id", trainee.id if trainee else None)
        self.changed.emit(TRAINEE)

    def profile(self):
        if self._trainee and self._trainee.profile_id:
            return self.catalog.profiles.get(self._trainee.profile_id)
        return None
