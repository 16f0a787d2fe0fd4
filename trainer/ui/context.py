"""What every page is given: the catalog, the current trainee, and the one dispatcher of
changes. Pages receive the few services they use from the window (see lazy_pages); the
context carries no services of its own beyond the trainee lookup and preferences."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from trainer.operations import Change, Done
from trainer.operations.trainees import select_trainee
from trainer.study.records import TraineeInfo

T = TypeVar("T")


class _Subscription:
    __slots__ = ("kinds", "callback", "owner", "skip_own")

    def __init__(self, kinds: Change, callback: Callable[[], object], owner: QObject | None, skip_own: bool):
        self.kinds, self.callback, self.owner, self.skip_own = kinds, callback, owner, skip_own


class AppContext(QObject):
    """One object per window. An operation's `Done` goes through `perform`, which tells every
    page that depends on what changed; children never reach into parents."""

    changed = Signal(object)  # the Change flags of each operation, for whoever wants all of them
    navigate = Signal(str)  # a page asks the window to show another page by key
    open_reader = Signal(str, str)  # module id, section key ("" for where the trainee left off)

    def __init__(self, services, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services  # the wiring: only the window and its page factories use it
        self.catalog = services.catalog
        self.preferences = services.preferences
        self._subscriptions: list[_Subscription] = []
        self._trainee: TraineeInfo | None = None
        remembered = self.preferences.get("current_trainee_id")
        if isinstance(remembered, int):
            self._trainee = services.overview.trainee(remembered)

    # ---- the dispatcher ----------------------------------------------------------------
    def on(self, kinds: Change, callback: Callable[[], object], owner: QObject | None = None,
           skip_own: bool = False) -> None:
        """Call `callback` after every operation that changes any of `kinds`. With
        `skip_own`, not after the owner's own operations (it shows those itself)."""
        self._subscriptions.append(_Subscription(kinds, callback, owner, skip_own))

    def perform(self, done: Done[T], source: QObject | None = None) -> T:
        """Deliver what an operation changed; returns its value."""
        self.announce(done.changes, source)
        return done.value

    def announce(self, changes: Change, source: QObject | None = None) -> None:
        if not changes:
            return
        alive = []
        for sub in self._subscriptions:
            if sub.owner is not None and not shiboken6.isValid(sub.owner):
                continue  # a closed page's subscription goes with it
            alive.append(sub)
        self._subscriptions = alive
        for sub in list(alive):
            if sub.kinds & changes and not (sub.skip_own and source is not None and sub.owner is source):
                sub.callback()
        self.changed.emit(changes)

    def set_catalog(self, catalog) -> None:
        """After an operation reloaded the curriculum (its Done says Change.CONTENT)."""
        self.catalog = catalog
        self.services.catalog = catalog

    # ---- the current trainee -----------------------------------------------------------
    @property
    def trainee(self) -> TraineeInfo | None:
        return self._trainee

    def set_trainee(self, trainee: TraineeInfo | None) -> None:
        done = select_trainee(self.preferences, trainee)
        self._trainee = done.value  # before the pages hear of it: they read it
        self.perform(done)

    def profile(self):
        """The trainee's certification profile, in the language this seat reads (the same figures)."""
        if self._trainee and self._trainee.profile_id:
            from trainer.ui.content_language import shown_catalog

            return shown_catalog(self).profiles.get(self._trainee.profile_id)
        return None
