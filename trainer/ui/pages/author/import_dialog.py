"""Importing a GIFT or Aiken bank in the app: map its categories to exam domains."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from trainer.content.schema import Catalog
from trainer.ui.text import fill
from trainer.ui.widgets.content_text import plain_label


class CategoryMapDialog(QDialog):
    """One domain choice per GIFT category, plus a domain for questions with none."""

    def __init__(self, catalog: Catalog, categories: list[str], file_name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Import %1"), file_name))
        intro = QLabel(self.tr("Choose the exam domain for the questions of each category. "
                               "Questions without a category use the default."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.category_combos: dict[str, QComboBox] = {}
        for category in categories:
            combo = self._domain_combo(catalog, self.tr("(use the default)"))
            combo.setAccessibleName(fill(self.tr("Domain for category %1"), category))
            form.addRow(plain_label(category), combo)  # a category from the file: never rich text
            self.category_combos[category] = combo
        self.default_combo = self._domain_combo(catalog, None)
        self.default_combo.setAccessibleName(self.tr("Default domain"))
        form.addRow(QLabel(self.tr("&Default domain:")), self.default_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _domain_combo(catalog: Catalog, empty: str | None) -> QComboBox:
        combo = QComboBox()
        if empty is not None:
            combo.addItem(empty, "")
        for domain in catalog.domains.values():
            combo.addItem(domain.name, domain.id)
        return combo

    def domain_map(self) -> dict[str, str]:
        return {c: combo.currentData() for c, combo in self.category_combos.items() if combo.currentData()}

    def default_domain(self) -> str:
        return self.default_combo.currentData()
