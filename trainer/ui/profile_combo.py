"""A combo box of certification profiles, shared by first run and settings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from trainer.content.schema import Catalog
from trainer.ui.widgets.combo import compact

DEFAULT_PROFILE = "icrc-pr"


class ProfileCombo(QComboBox):
    def __init__(self, catalog: Catalog, default: str | None = None, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Certification"))
        compact(self, 24)
        for profile in sorted(catalog.profiles.values(), key=lambda p: p.name.lower()):
            self.addItem(profile.name, profile.id)
        self.select(default if default in catalog.profiles else DEFAULT_PROFILE)

    def select(self, profile_id: str | None) -> None:
        index = self.findData(profile_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def profile_id(self) -> str | None:
        return self.currentData()
