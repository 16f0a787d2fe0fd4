"""Pieces both editors share: the problems list, labelled forms, line-list fields."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QPlainTextEdit

from trainer.messages import MessageError
from trainer.ui.text import say

DEBOUNCE_MS = 300
# The page's save operation, as an editor calls it: write(path, draft, new). It raises
# AuthoringError or OSError when the file cannot be written.
Write = Callable[[Path, object, bool], None]
TARGET_ROLE = Qt.ItemDataRole.UserRole


def reason(error: Exception) -> str:
    """Why something failed, in the person's language when the logic worded it as a Message
    (an OSError's text comes from the system)."""
    return say(error.message) if isinstance(error, MessageError) else str(error)


def debounce(parent, slot) -> QTimer:
    """A single-shot timer: call start() on every keystroke, `slot` runs once typing pauses."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(DEBOUNCE_MS)
    timer.timeout.connect(slot)
    return timer


class ProblemsList(QListWidget):
    """`line: message` per problem; activating one reports its target (a line or a question)."""

    target_activated = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Problems"))
        self.setWordWrap(True)
        self.itemActivated.connect(lambda item: self.target_activated.emit(item.data(TARGET_ROLE)))
        self.itemClicked.connect(lambda item: self.target_activated.emit(item.data(TARGET_ROLE)))

    def set_problems(self, rows: list[tuple[str, object]]) -> None:
        self.clear()
        for text, target in rows:
            item = QListWidgetItem(text)
            item.setData(TARGET_ROLE, target)
            self.addItem(item)
        if not rows:
            item = QListWidgetItem(self.tr("No problems found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)

    def problem_texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count()) if self.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]


class LinesEdit(QPlainTextEdit):
    """A list of short texts, one per line (objectives, references)."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.setPlaceholderText(self.tr("One per line"))
        self.setMinimumWidth(120)

    def lines(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def set_lines(self, lines) -> None:
        self.setPlainText("\n".join(lines))


def text_edit(name: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def frozen_id_hint(_tr=None) -> str:
    """One context for every editor: lupdate cannot tell whose `tr` a caller passes."""
    return QCoreApplication.translate("AuthorEditors", "This id cannot change: trainees' progress refers to this id.")


def narrow_combo(name: str) -> QComboBox:
    """A combo that may be narrower than its longest item, so forms fit beside the preview."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo
