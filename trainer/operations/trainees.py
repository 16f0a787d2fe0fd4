"""Who is studying: choosing, adding, renaming and removing trainees."""

from __future__ import annotations

from trainer.messages import QT_TRANSLATE_NOOP, message
from trainer.operations.changes import Change, Done
from trainer.study.records import TraineeInfo
from trainer.study.trainees import TraineeError, clean_name


def select_trainee(preferences, trainee: TraineeInfo | None) -> Done[TraineeInfo | None]:
    """The trainee this seat studies as, remembered for the next start."""
    preferences.set("current_trainee_id", trainee.id if trainee else None)
    return Done(trainee, Change.TRAINEE)


def join_as_new_trainee(trainees, pins, name: str, profile_id: str | None, pin: str = "",
                        pin_required: bool = False) -> Done[TraineeInfo]:
    """A person adds themselves on first run (or from the sign-in list): their name, their
    certification and, on a shared computer, a PIN. Nothing is saved unless all of it is right."""
    from trainer.study.pins import check_pin_format  # hashlib and OpenSSL: only for a new trainee

    pin = (pin or "").strip()
    if pin or pin_required:
        check_pin_format(pin)
    name = clean_name(name)
    if trainees.find(name) is not None:
        raise TraineeError(message(QT_TRANSLATE_NOOP(
            "messages", "Someone called '%1' already uses this app. Choose your name from the list, or add "
                     "something to tell you apart."), name))
    trainee = trainees.create(name, profile_id)
    if pin:
        pins.set_pin(trainee.id, pin)
    return Done(trainee, Change.TRAINEE)


def update_trainee(trainees, trainee_id: int, *, name: str | None = None,
                   profile_id: str | None = None) -> Done[TraineeInfo]:
    """A new name or certification for a trainee."""
    return Done(trainees.update(trainee_id, name=name, profile_id=profile_id), Change.TRAINEE)
