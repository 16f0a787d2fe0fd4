"""A push button whose text wraps over several lines, so a whole reply can be read on it (a
choice must never be shortened with "…")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy

PADDING = 10  # around the text, inside the button's frame


class ChoiceButton(QPushButton):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(PADDING, PADDING // 2, PADDING, PADDING // 2)
        layout.addWidget(self.label)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        self.setSizePolicy(policy)

    def set_reply(self, number: int, text: str, name: str) -> None:
        """Shown as "1. text"; `name` is what a screen reader says for it."""
        self.label.setText(f"{number}. {text}")
        self.setAccessibleName(name)
        self._fit()

    def reply_text(self) -> str:
        return self.label.text()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped text at the width the layout gave (set once per width)."""
        width = max(self.width() - 2 * PADDING, 50)
        height = self.label.heightForWidth(width) + PADDING + 4
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
