"""The files that prove one attestation (a diploma, a signed code of ethics, a letter): the
shared attachment list in a small dialog, so the checklist stays one line an item."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from trainer.study.attachments import AttachmentService
from trainer.ui.widgets.attachment_list import AttachmentList, choose_certificate

OWNER_KIND = "attestation"


class AttestationFilesDialog(QDialog):
    """`perform` delivers each attach and remove (Change.ATTESTATIONS) and returns its value."""

    def __init__(self, attachments: AttachmentService, perform: Callable[[object], object], trainee_id: int,
                 item_id: str, label: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Files for an attestation"))
        what = QLabel(label)
        what.setTextFormat(Qt.TextFormat.PlainText)  # the profile's words: never rich text
        what.setWordWrap(True)
        self.files = AttachmentList(attachments, perform, lambda: choose_certificate(self))
        self.files.show_owner((trainee_id, OWNER_KIND, item_id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.files)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
