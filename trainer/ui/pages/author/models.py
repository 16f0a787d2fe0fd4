"""The bank editor's question list: a table model over the draft and a search/filter proxy."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from trainer.content.authoring import QuestionDraft

_ROOT = QModelIndex()
COL_ID, COL_TYPE, COL_DOMAIN, COL_DIFFICULTY, COL_STEM = range(5)


class QuestionTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.questions: list[QuestionDraft] = []
        self.problem_rows: set[int] = set()
        self.headers = (self.tr("Id"), self.tr("Type"), self.tr("Domain"), self.tr("Difficulty"),
                        self.tr("Question"))

    def set_questions(self, questions: list[QuestionDraft]) -> None:
        self.beginResetModel()
        self.questions = questions
        self.endResetModel()

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def set_problem_rows(self, rows: set[int]) -> None:
        self.problem_rows = rows
        if self.questions:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.questions) - 1, 0))

    def rowCount(self, parent=_ROOT):  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else len(self.questions)

    def columnCount(self, parent=_ROOT):  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        question = self.questions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (question.id, question.type, question.domain, question.difficulty, question.stem)
            value = values[index.column()]
            if index.column() == COL_ID and index.row() in self.problem_rows:
                value = f"⚠ {value}"
            return value
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == COL_ID:
            flag = self.tr(", has problems") if index.row() in self.problem_rows else ""
            return question.id + flag
        return None


class QuestionFilterProxy(QSortFilterProxyModel):
    """Free-text search over id, stem and scenario, plus domain, type and difficulty filters."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = ""
        self.domain = self.type = ""
        self.difficulty = 0

    def set_filters(self, search: str, domain: str, qtype: str, difficulty: int) -> None:
        self.search, self.domain, self.type, self.difficulty = search.strip().lower(), domain, qtype, difficulty
        self.invalidate()

    def filterAcceptsRow(self, row, parent):  # noqa: N802 - Qt naming
        question: QuestionDraft = self.sourceModel().questions[row]
        if self.domain and question.domain != self.domain:
            return False
        if self.type and question.type != self.type:
            return False
        if self.difficulty and question.difficulty != self.difficulty:
            return False
        haystack = f"{question.id} {question.stem} {question.scenario}".lower()
        return not self.search or self.search in haystack
