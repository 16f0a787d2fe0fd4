"""The safe content browser with the module reader's look: the reader shows modules with
it, and the Author page's module preview uses the same, so authors see what trainees see."""

from __future__ import annotations

from trainer.ui.widgets.safe_browser import SafeTextBrowser

READER_CSS = """
h1, h2, h3 { color: #1b2733; }
h2 { margin-top: 0.2em; }
p, li { line-height: 150%; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #c3ccd4; padding: 4px 8px; }
th { background: #eef3f7; }
a { color: #1f5f8b; }
blockquote { color: #33414d; margin-left: 1em; }
"""


class ReaderBrowser(SafeTextBrowser):
    """The safe content browser with the reader's look."""

    def __init__(self, parent=None):
        super().__init__(parent, READER_CSS)
        self.document().setDocumentMargin(18)
