"""One tab of the Author page: a file picker, New and Save above one editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trainer.content import authoring
from trainer.ui.theme import set_role


class EditorTab(QWidget):
    """A file picker, New and Save above one editor, and the Spanish beside it when asked for."""

    def __init__(self, editor, kind: str, root: Path, labels: dict, parent=None, translation=None):
        super().__init__(parent)
        self.editor, self.kind, self.root = editor, kind, root
        self.translation = translation  # a TranslationPane, hidden until "Spanish side by side"
        self.files = QComboBox()
        self.files.setAccessibleName(labels["open"])
        self.files.setMinimumWidth(220)
        self.new_button = QPushButton(labels["new"])
        self.new_button.setAccessibleName(labels["new"].replace("&", ""))  # a mnemonic, not a placeholder
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.save_button = QPushButton(self.tr("&Save"))
        set_role(self.save_button, "primary")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # messages quote content: never rich text
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Save status"))
        open_label = QLabel(labels["open_label"])
        open_label.setBuddy(self.files)
        bar = QHBoxLayout()
        bar.addWidget(open_label)
        bar.addWidget(self.files)
        bar.addWidget(self.new_button)
        bar.addWidget(self.save_button)
        self.spanish_button = QPushButton(self.tr("Spanish side &by side"))
        self.spanish_button.setCheckable(True)
        bar.addWidget(self.spanish_button)
        if translation is None:
            self.spanish_button.hide()  # never show(): a widget not yet in a window would become one
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        if translation is None:
            layout.addWidget(editor, 1)
            return
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(editor)
        splitter.addWidget(translation)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        translation.hide()
        self.spanish_button.toggled.connect(translation.setVisible)
        # Four panes do not fit a laptop screen: the Spanish, with its own problems, takes the preview's place.
        self.spanish_button.toggled.connect(lambda shown: editor.preview_column.setVisible(not shown))
        layout.addWidget(splitter, 1)

    def list_files(self) -> list[Path]:
        return authoring.module_files(self.root) if self.kind == "module" else authoring.bank_files(self.root)

    def fill_files(self, current: Path | None) -> None:
        self.files.blockSignals(True)
        self.files.clear()
        self.files.addItem(self.tr("(new, not saved yet)"), "")
        for path in self.list_files():
            self.files.addItem(path.stem, str(path))
        index = self.files.findData(str(current)) if current else 0
        self.files.setCurrentIndex(max(index, 0))
        self.files.blockSignals(False)
