"""A non-blocking panel listing content problems found at start."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from trainer.content.schema import ContentError


class ContentProblemsPanel(QWidget):
    def __init__(self, errors: list[ContentError], parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Content problems"))
        # A trainee reads a plain summary; the file-and-line details are for trainers.
        self.summary = summary = QLabel(self.tr(
            "Some study material could not be loaded (%n problem(s)). Everything else works as usual. "
            "Please tell your trainer.", "", len(errors)))
        summary.setWordWrap(True)
        self.details_note = QLabel(self.tr("The items below were skipped; fix them, then check the "
                                           "content again with Validate."))
        self.details_note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("List of content problems"))
        for error in errors:
            self.list.addItem(str(error))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(summary)
        layout.addWidget(self.details_note)
        layout.addWidget(self.list)
        self.set_details_visible(False)

    def set_details_visible(self, visible: bool) -> None:
        """Trainer mode shows which file and line; a trainee never reads field names."""
        self.details_note.setVisible(visible)
        self.list.setVisible(visible)
