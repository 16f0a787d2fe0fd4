"""The glossary: each key exam term in Spanish with its English, since some exams are in English.

Opened from the Modules page; a filter finds a term in either language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.content.translations import GlossaryTerm
from trainer.ui.theme import set_role


class GlossaryView(QWidget):
    back_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.terms: tuple[GlossaryTerm, ...] = ()
        self.setAccessibleName(self.tr("Glossary"))
        self.back_button = QPushButton(self.tr("← &Modules"))
        self.back_button.setAccessibleName(self.tr("Back to the module list"))
        self.back_button.clicked.connect(self.back_requested)
        title = QLabel(self.tr("Glossary"))
        set_role(title, "title")
        hint = QLabel(self.tr("Key exam terms in Spanish with their English, because some exams are in English."))
        hint.setWordWrap(True)
        set_role(hint, "subtitle")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a term in Spanish or English"))
        self.filter.setAccessibleName(self.tr("Find a term"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.count = QLabel()
        set_role(self.count, "muted")
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Glossary terms"))
        self.table.setHorizontalHeaderLabels([self.tr("Spanish"), self.tr("English"), self.tr("Meaning")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def show_terms(self, terms: tuple[GlossaryTerm, ...]) -> None:
        self.terms = terms
        self.table.setRowCount(len(terms))
        for row, term in enumerate(terms):
            for column, text in enumerate((term.term, term.en, term.definition)):
                item = QTableWidgetItem(text)  # plain text: a term is never markup
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        shown = 0
        for row, term in enumerate(self.terms):
            match = not wanted or wanted in term.term.casefold() or wanted in term.en.casefold()
            self.table.setRowHidden(row, not match)
            shown += match
        self.count.setText(self.tr("%n term(s)", "", shown))

    def visible_terms(self) -> list[str]:
        return [t.term for row, t in enumerate(self.terms) if not self.table.isRowHidden(row)]
