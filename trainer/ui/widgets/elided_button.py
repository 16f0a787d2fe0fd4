"""A push button whose long text is shortened with "…" to the width it is given, instead
of forcing its layout (and the page) wider than the window. The whole text stays in the
tooltip and the accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy

ELLIPSIS = "…"
BREAKS = " ,;:—-"
SIDE_PADDING = 24  # the style's padding and frame, both sides, in pixels


class ElidedButton(QPushButton):
    def __init__(self, text: str, parent=None):
        # Not QPushButton(text, parent): matching that call against the (icon, text) form
        # makes PySide build QIcon's ~150 enum members while the window opens.
        super().__init__(parent)
        self.setText(text)
        self._full = text
        self.setToolTip(text)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # the layout decides the width
        self.setSizePolicy(policy)

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.setText(elided(self._full, self.fontMetrics().horizontalAdvance, self.width() - SIDE_PADDING))


def elided(text: str, advance, width: int) -> str:
    """`text`, cut at a word where possible and ended with "…", so that advance(result) <= width.
    (Written out rather than QFontMetrics.elidedText, whose mode argument would make PySide
    build all of Qt's enums while the window opens.)"""
    if advance(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if advance(text[:middle].rstrip() + ELLIPSIS) <= width:
            low = middle
        else:
            high = middle - 1
    cut = text[:low]
    mid_word = low < len(text) and text[low] not in BREAKS and cut[-1:] not in BREAKS
    if mid_word and " " in cut[len(cut) // 2:]:  # end at the last whole word, if that loses little
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(BREAKS) + ELLIPSIS
