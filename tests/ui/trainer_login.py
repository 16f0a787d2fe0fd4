"""The one way tests enter trainer mode: a trainer account signed in through the service."""

from trainer.operations import Change
from trainer.study.trainer_access import sign_in_temporary_trainer


def sign_in_trainer(window, name="Tess Trainer"):
    """As a trainer who signed in from Settings: the Author and Cohort pages open until sign-out."""
    sign_in_temporary_trainer(window.context.services.trainer_access, name)
    window.context.announce(Change.PREFERENCES)  # the window lists the trainer pages again
