"""The Hours page: log, progress, verification, attestations and CSV."""

from trainer.ui.pages.hours.page import HoursPage

__all__ = ["HoursPage"]
