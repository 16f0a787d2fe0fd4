"""Who is studying: choosing, adding, renaming and removing trainees."""

from __future__ import annotations

from trainer.operations.changes import Change, Done
from trainer.study.records import TraineeInfo


def select_trainee(preferences, trainee: TraineeInfo | None) -> Done[TraineeInfo | None]:
    """The trainee this seat studies as, remembered for the next start."""
    preferences.set("current_trainee_id", trainee.id if trainee else None)
    return Done(trainee, Change.TRAINEE)
