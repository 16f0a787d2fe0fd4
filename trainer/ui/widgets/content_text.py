"""Content text in labels and tooltips: rich text only through the one sanitizer.

A QLabel or tooltip guesses "rich text" from any HTML tag in the first line, so content
put there as is could load `file:` images or show styled fake text. Content meant as
prose goes through render_inline (Markdown, sanitized); names and titles are set as
plain text, where HTML is only characters.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def set_content_text(label: QLabel, text: str) -> None:
    """Markdown content (a stem, a scenario, a note) shown sanitized; its links stay inert."""
    from trainer.content.render import render_inline  # Markdown and nh3: off the start path

    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(False)
    label.setText(render_inline(text))


def set_plain_text(label: QLabel, text: str) -> None:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def plain_label(text: str) -> QLabel:
    label = QLabel()
    set_plain_text(label, text)
    return label


def content_tooltip(text: str) -> str:
    """A tooltip from content: sanitized, since Qt shows a tooltip with a tag as rich text.
    Text without a '<' holds no tag and is used as it is (the dashboard needs no Markdown)."""
    if "<" not in text:
        return text
    from trainer.content.render import render_inline

    return render_inline(text)
