"""A push button whose long text is shortened with "…" to the width it is given, instead
of forcing its layout (and the page) wider than the window. The whole text stays in the
tooltip and the accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy

ELLIPSIS = "…"
BREAKS = " ,;:—-"
SIDE_PADDING = 24  # the style's padding and frame, both sides, in pixels
FITTED_KEEP = 32  # fitted texts remembered per button


class ElidedButton(QPushButton):
    """The layout tells the button its width through heightForWidth, and the text is fitted
    there. (Not in resizeEvent: a Python event handler makes PySide build QEvent's ~180
    enum members the first time it runs, which would be while the window opens.)"""

    def __init__(self, text: str, parent=None):
        # Not QPushButton(text, parent): matching that call against the (icon, text) form
        # makes PySide build QIcon's ~150 enum members while the window opens.
        super().__init__(parent)
        self.setText(text)
        self._full = text
        # (width, line height) -> (text that fits, height): layouts ask again and again
        self._fitted: dict[tuple[int, int], tuple[str, int]] = {}
        self.setToolTip(text)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # the layout decides the width
        self.setSizePolicy(policy)

    def full_text(self) -> str:
        return self._full

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        # Layouts ask this with the width they are about to give; the same text is not set
        # twice (setText returns early), so the relayout it asks for ends here.
        metrics = self.fontMetrics()
        key = (width, metrics.height())  # a new text size fits anew
        fitted = self._fitted.get(key)
        if fitted is None:
            if len(self._fitted) >= FITTED_KEEP:  # dragging the window's edge asks many widths
                self._fitted.clear()
            text = elided(self._full, metrics.horizontalAdvance, width - SIDE_PADDING)
            self.setText(text)
            fitted = self._fitted[key] = (text, super().sizeHint().height())
        else:
            self.setText(fitted[0])
        return fitted[1]


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
