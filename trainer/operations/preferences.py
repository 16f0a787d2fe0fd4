"""This seat's preferences: language, text size, colours, and trainer mode (for this session only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.operations.changes import Change, Done

if TYPE_CHECKING:
    from trainer.config import LocalPreferences
    from trainer.study.trainer_access import TrainerAccess


def set_language(preferences: LocalPreferences, language: str) -> Done[str]:
    """The interface's language ("en", "es"), kept for the next start; the window rewords itself."""
    preferences.set("language", language)
    return Done(language, Change.PREFERENCES)


def set_text_size(preferences: LocalPreferences, scale: float) -> Done[float]:
    """The text size, kept for the next start."""
    preferences.set("font_scale", scale)
    return Done(scale, Change.PREFERENCES)


def set_colours(preferences: LocalPreferences, choice: str) -> Done[str]:
    """Follow the system, light or dark ("system", "light", "dark"), kept for the next start."""
    preferences.set("colour_scheme", choice)
    return Done(choice, Change.PREFERENCES)


def trainer_signed_in(access: TrainerAccess) -> Done[str | None]:
    """Trainer mode began: the sign-in dialog checked the name and password through `access`
    (the rules live there); the window now shows the trainer pages."""
    return Done(access.signed_in_as, Change.PREFERENCES)


def leave_trainer_mode(access: TrainerAccess) -> Done[None]:
    access.sign_out()
    return Done(None, Change.PREFERENCES)
