"""A calm "coming soon" page for parts of the app that are still being built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingSoonPage(QWidget):
    def __init__(self, title: str, explanation: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(title)
        heading = QLabel(title)
        heading.setProperty("role", "title")
        body = QLabel(explanation)
        body.setWordWrap(True)
        body.setProperty("role", "subtitle")
        soon = QLabel(self.tr("Coming soon. Meanwhile, the Modules page is ready for you."))
        soon.setWordWrap(True)
        soon.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(soon)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)


def hours_page(parent=None) -> ComingSoonPage:
    tr = ComingSoonPage.tr
    return ComingSoonPage(
        tr("Hours"),
        tr("Log training, volunteer or paid experience, and supervision hours, and see "
           "them against your certification's requirements."), parent)


def reports_page(parent=None) -> ComingSoonPage:
    tr = ComingSoonPage.tr
    return ComingSoonPage(
        tr("Reports"),
        tr("Print a certification-readiness report for your supervisor or board."), parent)


def author_page(parent=None) -> ComingSoonPage:
    tr = ComingSoonPage.tr
    return ComingSoonPage(
        tr("Author"),
        tr("Trainers will write modules and question banks here, and import Moodle GIFT "
           "and Aiken banks. Until then, edit the files in the content folder and check them "
           "with 'cpsw-trainer validate'."), parent)
