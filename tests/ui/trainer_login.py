"""The one way tests enter trainer mode: a trainer account signed in through the service."""

from trainer.operations.preferences import trainer_signed_in
from trainer.study.trainer_access import sign_in_temporary_trainer


def sign_in_trainer(window, name="Tess Trainer"):
    """As a trainer who signed in from Settings: the Author and Cohort pages open until sign-out."""
    access = window.context.services.trainer_access
    sign_in_temporary_trainer(access, name)
    window.context.perform(trainer_signed_in(access))  # the window lists the trainer pages again
