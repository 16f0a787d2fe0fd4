"""A practice progress note written to a file, as plain text or a one-note PDF. No Qt.

The words around the note (its title, the line saying it is practice) come from the caller,
worded in the person's language; the note itself is the trainee's text, kept as typed."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from trainer.files import write_bytes_atomic
from trainer.operations.progress import Progress, no_progress

PDF_SUFFIX = ".pdf"
STEPS = 2  # make the file's bytes, then write them


def note_text(title: str, note: str, footer: str = "") -> str:
    parts = [title, "", note.rstrip()]
    if footer:
        parts += ["", footer]
    return "\n".join(parts) + "\n"


def note_pdf(title: str, note: str, footer: str = "") -> bytes:
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from trainer.reports.layout import MARGIN, PAGE, STYLES

    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                                 bottomMargin=MARGIN, title=title, author="", subject=footer)
    story = [Paragraph(escape(title), STYLES["h2"]), Spacer(1, 6)]
    # One paragraph per block of lines, with its line breaks kept: headings stay on their own line.
    for block in note.strip().split("\n\n"):
        lines = [escape(line) for line in block.split("\n")]
        story.append(Paragraph("<br/>".join(lines) or "&nbsp;", STYLES["body"]))
        story.append(Spacer(1, 6))
    if footer:
        story.append(Paragraph(escape(footer), STYLES["small"]))
    document.build(story)
    return out.getvalue()


def export_note(path: Path, title: str, note: str, footer: str = "", progress: Progress = no_progress) -> Path:
    """Write the note to `path`: a PDF if its name ends in .pdf, plain UTF-8 text otherwise.
    Written whole or not at all (write_bytes_atomic); `progress` may stop it before the write."""
    progress(0, STEPS)
    if path.suffix.lower() == PDF_SUFFIX:
        payload = note_pdf(title, note, footer)
    else:
        payload = note_text(title, note, footer).encode("utf-8")
    progress(1, STEPS)
    write_bytes_atomic(path, payload)
    progress(STEPS, STEPS)
    return path
