"""The Spanish of the module, bank or role-play open in an editor, edited beside the English.

The pane holds the translation file as text (content/es/...: the words a person reads and the
ids; every other field stays in the English file) and checks it against the English as the
loader does, each problem with its line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trainer.content.authoring_translation import first_draft, translation_path
from trainer.content.parse_translation import check_text
from trainer.ui.pages.author.common import ProblemsList, debounce
from trainer.ui.text import fill
from trainer.ui.theme import set_role

# The page's save operation for a translation: write(path, text); raises AuthoringError or OSError.
WriteText = Callable[[Path, str], None]


class TranslationPane(QWidget):
    def __init__(self, kind: str, lang: str = "es", parent=None):
        super().__init__(parent)
        self.kind, self.lang = kind, lang
        self.catalog = None
        self.english_path: Path | None = None
        self.path: Path | None = None
        self.dirty = False
        self._loading = False
        self._timer = debounce(self, self.refresh)
        self.setAccessibleName(self.tr("Spanish text"))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        # A path has no place to wrap: it must not set the pane's width (the tab would scroll sideways).
        self.where.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        set_role(self.where, "muted")
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Spanish text of this file"))
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._edited)
        if kind != "module":  # YAML: a wrapped line would read as another key
            self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.start_button = QPushButton(self.tr("Start from the &English"))
        self.start_button.setToolTip(self.tr("Copy the English words into the Spanish file's shape, "
                                             "to translate one by one"))
        self.start_button.clicked.connect(self.start_from_english)
        self.save_button = QPushButton(self.tr("Save Spa&nish"))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # "Saved <path>."
        self.problems_list = ProblemsList()
        self.problems_list.setMaximumHeight(130)
        self.problems_list.target_activated.connect(self._go_to_line)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Spanish, beside the English"))
        set_role(heading, "subtitle")
        layout.addWidget(heading)
        layout.addWidget(self.where)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.problems_list)
        self.setEnabled(False)

    def load(self, english_path: Path | None, catalog) -> None:
        """Show the translation of the English file at `english_path` (None: not saved yet)."""
        self.catalog, self.english_path = catalog, english_path
        self.path = translation_path(english_path, self.lang) if english_path else None
        self._loading = True
        existing = self.path is not None and self.path.is_file()
        self.text.setPlainText(self.path.read_text(encoding="utf-8") if existing else "")
        self._loading = False
        self.dirty = False
        self.setEnabled(self.path is not None)
        self.start_button.setEnabled(self.path is not None and not existing)
        if self.path is None:
            self.where.setText(self.tr("Save the English first: the Spanish goes beside it."))
        else:
            self.where.setText(str(self.path) if existing else fill(self.tr("%1 (not written yet)"), self.path))
        self.status.setText("")
        self.refresh()

    def start_from_english(self) -> None:
        if self.english_path is None:
            return
        self.text.setPlainText(first_draft(self.english_path.read_text(encoding="utf-8"), self.kind, self.lang))
        self.text.setFocus()

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self._timer.start()

    def problems(self) -> list:
        if self.path is None or self.catalog is None or not self.text.toPlainText().strip():
            return []
        found = check_text(self.catalog, self.path, self.text.toPlainText(), self.lang)
        return sorted(found.problems + found.gaps, key=lambda p: p.line)

    def refresh(self) -> None:
        self._timer.stop()
        self.problems_list.set_problems([(f"{p.line}: {p.message}", p.line) for p in self.problems()])

    def _go_to_line(self, line) -> None:
        if isinstance(line, int) and line > 0:
            block = self.text.document().findBlockByNumber(line - 1)
            if block.isValid():
                self.text.setTextCursor(QTextCursor(block))
                self.text.centerCursor()
            self.text.setFocus()

    def save(self, write: WriteText) -> bool:
        """Write the Spanish through the page's operation; the message says what happened."""
        from trainer.content.authoring import AuthoringError
        from trainer.ui.pages.author.common import reason

        self.refresh()
        if self.path is None:
            return False
        problems = self.problems()
        if problems:
            self.status.setText(self.tr("Not saved: fix the %n problem(s) listed below first.", "", len(problems)))
            return False
        try:
            write(self.path, self.text.toPlainText())
        except (AuthoringError, OSError) as exc:
            self.status.setText(fill(self.tr("Not saved: %1"), reason(exc)))
            return False
        self.dirty = False
        self.start_button.setEnabled(False)
        self.where.setText(str(self.path))
        self.status.setText(fill(self.tr("Saved %1."), self.path))
        return True
