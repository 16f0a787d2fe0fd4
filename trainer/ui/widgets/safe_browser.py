"""A text browser for content: it never loads a resource and never navigates.

Images (local `file:` or remote) are never fetched, whatever the HTML says; a click on a
link opens it in the system browser only when it is an absolute http(s) or mailto link,
and nothing ever replaces the text shown (no `file:///…` page inside the app).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from trainer.content.render import is_safe_link


def open_link_safely(url: QUrl) -> bool:
    """Open `url` in the system browser if it is a link the app may open; True if it was."""
    if not is_safe_link(url.toString()):
        return False
    return QDesktopServices.openUrl(url)


class InertDocument(QTextDocument):
    """A document that reads no resource. Returning nothing is not enough: QTextDocument
    then reads a local file itself, and Qt's image handler loads a file path directly when
    it gets no image. So every image is a blank, transparent pixel and every other
    resource is empty."""

    def loadResource(self, kind, _url):  # noqa: N802 - Qt naming
        if kind == QTextDocument.ResourceType.ImageResource.value:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(Qt.GlobalColor.transparent)
            return blank
        return QByteArray()


class SafeTextBrowser(QTextBrowser):
    def __init__(self, parent=None, style_sheet: str = ""):
        super().__init__(parent)
        self.setDocument(InertDocument(self))
        self.setOpenLinks(False)  # a click never navigates this view
        self.setOpenExternalLinks(False)
        if style_sheet:
            self.document().setDefaultStyleSheet(style_sheet)
        self.anchorClicked.connect(open_link_safely)

    def loadResource(self, _type, _url):  # noqa: N802 - Qt naming
        return None  # no image, style sheet or page is ever read, local or remote

    def setSource(self, _url, _type=None):  # noqa: N802 - Qt naming
        pass  # backward/forward/home or a stray call must not load a file into the view
