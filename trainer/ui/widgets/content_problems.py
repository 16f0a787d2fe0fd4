"""A non-blocking panel listing content problems found at start."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from trainer.content.schema import ContentError


class ContentProblemsPanel(QWidget):
    def __init__(self, errors: list[ContentError], parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Content problems"))
        summary = QLabel(self.tr(
            "%1 problem(s) were found in the content. Everything else loaded normally; "
            "the items below were skipped. Tell your trainer, or run 'cpsw-trainer validate'.")
            .replace("%1", str(len(errors))))
        summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("List of content problems"))
        for error in errors:
            self.list.addItem(str(error))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(summary)
        layout.addWidget(self.list)
