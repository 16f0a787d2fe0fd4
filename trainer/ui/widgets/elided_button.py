"""A push button whose long text is shortened with "…" to the width it is given, instead
of forcing its layout (and the page) wider than the window. The whole text stays in the
tooltip and the accessible name."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy

ELLIPSIS = "…"
BREAKS = " ,;:—-"
SIDE_PADDING = 24  # the style's padding and frame, both sides, in pixels


class ElidedButton(QPushButton):
    """The text is fitted after the layout has given the button its width (resizeEvent).
    Its height does not depend on the text, so setting the fitted text never changes the
    geometry the layout computed and no second round of layout follows. (Fitting inside
    heightForWidth did: every setText invalidated the layout, which asked again, and the
    dashboard kept a core busy.)"""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self._full = text
        self.setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # the layout decides the width
        self.setSizePolicy(policy)

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        """Any width down to "…": the text is shortened to fit, never the page widened."""
        hint = super().minimumSizeHint()
        hint.setWidth(SIDE_PADDING + self.fontMetrics().horizontalAdvance("M" + ELLIPSIS))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text-size setting changed
            self._fit()

    def _fit(self) -> None:
        text = elided(self._full, self.fontMetrics().horizontalAdvance, self.width() - SIDE_PADDING)
        if text != self.text():
            self.setText(text)


def elided(text: str, advance, width: int) -> str:
    """`text`, cut at a word where possible and ended with "…", so that advance(result) <= width."""
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
