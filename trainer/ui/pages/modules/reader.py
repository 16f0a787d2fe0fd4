"""The module reader: one section at a time, with an outline and next/previous."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trainer.content.render import render_markdown
from trainer.content.schema import Module
from trainer.study.records import ModuleStatus
from trainer.ui.text import fill
from trainer.ui.theme import set_role
from trainer.ui.widgets.content_text import set_plain_text
from trainer.ui.widgets.reader_browser import ReaderBrowser


class ModuleReader(QWidget):
    """Emits section_finished when the trainee moves on from a section."""

    section_finished = Signal(str, str)  # module id, section key
    section_shown = Signal(str, str)
    back_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.module: Module | None = None
        self.index = 0
        self.read_keys: set[str] = set()

        self.back_button = QPushButton(self.tr("← &Modules"))
        self.back_button.setAccessibleName(self.tr("Back to the module list"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel()
        set_role(self.title, "title")
        self.title.setWordWrap(True)
        self.position = QLabel()
        set_role(self.position, "muted")
        self.position.setAccessibleName(self.tr("Section position"))

        self.outline = QListWidget()
        self.outline.setAccessibleName(self.tr("Section outline"))
        self.outline.setMaximumWidth(300)
        self.outline.setWordWrap(True)
        self.outline.setSpacing(3)
        self.outline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outline.currentRowChanged.connect(self._outline_changed)

        self.browser = ReaderBrowser()
        self.browser.setAccessibleName(self.tr("Section text"))

        self.previous_button = QPushButton(self.tr("&Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous section"))
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button = QPushButton(self.tr("&Next section"))
        set_role(self.next_button, "primary")
        self.next_button.setAutoDefault(True)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.position)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.outline)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        for keys, slot in ((QKeySequence("Alt+Right"), self.go_next),
                           (QKeySequence("Alt+Left"), self.go_previous),
                           (QKeySequence(Qt.Key.Key_Escape), self.back_requested.emit)):
            QShortcut(keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def open(self, module: Module, status: ModuleStatus | None, section_key: str | None = None) -> None:
        self.module = module
        self.read_keys = set(status.read_keys) if status else set()
        set_plain_text(self.title, module.title)
        self.outline.blockSignals(True)
        self.outline.clear()
        for section in module.sections:
            item = QListWidgetItem(section.title)
            self.outline.addItem(item)
        self.outline.blockSignals(False)
        start = 0
        if section_key:
            start = next((s.index for s in module.sections if s.key == section_key), 0)
        self.show_section(start)
        self.next_button.setFocus()

    def show_section(self, index: int) -> None:
        if self.module is None or not self.module.sections:
            return
        self.index = max(0, min(index, len(self.module.sections) - 1))
        section = self.module.sections[self.index]
        intro = self.module.intro if self.index == 0 else ""
        html = render_markdown((intro + "\n\n" if intro else "") + f"## {section.title}\n\n{section.markdown}")
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(0)
        self.outline.blockSignals(True)
        self.outline.setCurrentRow(self.index)
        self.outline.blockSignals(False)
        self._refresh_outline()
        total = len(self.module.sections)
        self.position.setText(fill(self.tr("Section %1 of %2"), self.index + 1, total))
        self.previous_button.setEnabled(self.index > 0)
        last = self.index == total - 1
        self.next_button.setText(self.tr("&Finish module") if last else self.tr("&Next section"))
        self.next_button.setAccessibleName(self.tr("Finish module") if last else self.tr("Next section"))
        self.section_shown.emit(self.module.id, section.key)

    def go_next(self) -> None:
        if self.module is None:
            return
        section = self.module.sections[self.index]
        self.read_keys.add(section.key)
        self.section_finished.emit(self.module.id, section.key)
        if self.index < len(self.module.sections) - 1:
            self.show_section(self.index + 1)
            self.next_button.setFocus()
        else:
            self._refresh_outline()
            self.back_requested.emit()

    def go_previous(self) -> None:
        if self.index > 0:
            self.show_section(self.index - 1)

    def _outline_changed(self, row: int) -> None:
        if row >= 0 and row != self.index:
            self.show_section(row)

    def _refresh_outline(self) -> None:
        if self.module is None:
            return
        for section in self.module.sections:
            item = self.outline.item(section.index)
            done = section.key in self.read_keys
            item.setText(f"{section.index + 1}. {section.title}" + ("  ✓" if done else ""))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         section.title + (self.tr(", read") if done else self.tr(", not read yet")))
