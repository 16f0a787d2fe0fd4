"""The Certification and CE page (issue #22): renewal once a trainee is certified."""

from trainer.ui.pages.renewal.page import RenewalPage

__all__ = ["RenewalPage"]
