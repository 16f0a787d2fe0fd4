"""The form for one question of a bank: its fields, and its options with correct flags and `why`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.content.authoring import OptionDraft, QuestionDraft
from trainer.content.schema import QUESTION_TYPES
from trainer.ui.pages.author.common import LinesEdit, frozen_id_hint, narrow_combo, text_edit
from trainer.ui.text import fill


class OptionsEditor(QWidget):
    """One row per option: correct?, text, why, and buttons to move or remove it."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.options: list[OptionDraft] = []
        self.rows: list[tuple[QCheckBox, QLineEdit, QLineEdit]] = []
        self.grid = QVBoxLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("&Add option"))
        self.add_button.setAccessibleName(self.tr("Add option"))
        self.add_button.clicked.connect(self.add_option)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_button)

    def set_options(self, options: list[OptionDraft]) -> None:
        self.options = options
        self._rebuild()

    def _rebuild(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self.rows = []
        for row, option in enumerate(self.options):
            number = str(row + 1)
            correct = QCheckBox(self.tr("Correct"))
            correct.setAccessibleName(fill(self.tr("Option %1 is correct"), number))
            correct.setChecked(option.correct)
            text = QLineEdit(option.text)
            text.setPlaceholderText(fill(self.tr("Option %1"), number))
            text.setAccessibleName(fill(self.tr("Option %1 text"), number))
            why = QLineEdit(option.why)
            why.setPlaceholderText(self.tr("Why (shown after answering)"))
            why.setAccessibleName(fill(self.tr("Why option %1 is right or wrong"), number))
            correct.toggled.connect(lambda on, o=option: self._set(o, "correct", on))
            text.textChanged.connect(lambda value, o=option: self._set(o, "text", value))
            why.textChanged.connect(lambda value, o=option: self._set(o, "why", value))
            text.setCursorPosition(0)
            why.setCursorPosition(0)
            holder = QWidget()
            holder.setObjectName("option-row")
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 6)
            box.setSpacing(2)
            box.addWidget(text)
            box.addWidget(why)
            line = QHBoxLayout()
            line.addWidget(correct)
            line.addStretch(1)
            for label, name, step in (("↑", self.tr("Move option %1 up"), -1),
                                      ("↓", self.tr("Move option %1 down"), 1),
                                      ("✕", self.tr("Remove option %1"), 0)):
                button = QPushButton(label)
                button.setAccessibleName(fill(name, number))
                button.setToolTip(fill(name, number))
                button.setMaximumWidth(36)
                button.clicked.connect(lambda _=False, r=row, s=step: self._move_or_remove(r, s))
                line.addWidget(button)
            box.addLayout(line)
            self.grid.addWidget(holder)
            holder.show()  # at once, not on the next event loop turn, so focus and clicks reach it
            self.rows.append((correct, text, why))

    def _set(self, option: OptionDraft, key: str, value) -> None:
        setattr(option, key, value.strip() if isinstance(value, str) else value)
        self.changed.emit()

    def add_option(self) -> None:
        self.options.append(OptionDraft())
        self._rebuild()
        self.rows[-1][1].setFocus()
        self.changed.emit()

    def _move_or_remove(self, row: int, step: int) -> None:
        if step == 0:
            del self.options[row]
            focus = min(row, len(self.options) - 1)
        else:
            target = row + step
            if not 0 <= target < len(self.options):
                return
            self.options[row], self.options[target] = self.options[target], self.options[row]
            focus = target
        self._rebuild()
        if focus >= 0:
            self.rows[focus][1].setFocus()
        self.changed.emit()


class QuestionForm(QWidget):
    """Edits a QuestionDraft in place; `changed` after every edit."""

    changed = Signal()

    def __init__(self, catalog, parent=None):
        super().__init__(parent)
        self.question: QuestionDraft | None = None
        self._loading = False
        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(self.tr("Question id"))
        self.type_combo = narrow_combo(self.tr("Question type"))
        names = {"single": self.tr("One right answer"), "multiple": self.tr("Several right answers"),
                 "true_false": self.tr("True or false"), "order": self.tr("Put in order")}
        for qtype in QUESTION_TYPES:
            self.type_combo.addItem(names[qtype], qtype)
        self.domain_combo = narrow_combo(self.tr("Question domain"))
        for domain in catalog.domains.values():
            self.domain_combo.addItem(domain.name, domain.id)
        self.competency_combo = narrow_combo(self.tr("Competency"))
        self.competency_combo.addItem(self.tr("(none)"), "")
        for comp in catalog.competencies.values():
            self.competency_combo.addItem(comp.name, comp.id)
        self.difficulty_combo = narrow_combo(self.tr("Difficulty"))
        for level, label in ((1, self.tr("1 easy")), (2, self.tr("2 medium")), (3, self.tr("3 hard"))):
            self.difficulty_combo.addItem(label, level)
        self.section_combo = narrow_combo(self.tr("Module section to reread"))
        self.section_combo.setEditable(True)
        self.scenario = text_edit(self.tr("Scenario"), 3)
        self.scenario.setPlaceholderText(self.tr("Optional vignette shown above the question"))
        self.stem = text_edit(self.tr("Question text"), 3)
        self.options = OptionsEditor()
        self.explanation = text_edit(self.tr("Explanation"), 3)
        self.explanation.setPlaceholderText(self.tr("The teaching point, shown after answering"))
        self.references = LinesEdit(self.tr("Question references"))

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # fields get the full width
        for label, widget in ((self.tr("I&d"), self.id_edit), (self.tr("T&ype"), self.type_combo),
                              (self.tr("Scenario"), self.scenario), (self.tr("Q&uestion"), self.stem),
                              (self.tr("Options"), self.options),
                              (self.tr("E&xplanation"), self.explanation),
                              (self.tr("Domain"), self.domain_combo),
                              (self.tr("Competency"), self.competency_combo),
                              (self.tr("Difficulty"), self.difficulty_combo),
                              (self.tr("Section"), self.section_combo),
                              (self.tr("References"), self.references)):
            form.addRow(label, widget)
        for signal in (self.id_edit.textChanged, self.type_combo.currentIndexChanged,
                       self.domain_combo.currentIndexChanged, self.competency_combo.currentIndexChanged,
                       self.difficulty_combo.currentIndexChanged, self.section_combo.currentTextChanged,
                       self.scenario.textChanged, self.stem.textChanged, self.explanation.textChanged,
                       self.references.textChanged, self.options.changed):
            signal.connect(self._edited)

    def set_sections(self, titles: list[str]) -> None:
        current = self.section_combo.currentText()
        self._loading = True
        self.section_combo.clear()
        self.section_combo.addItems([""] + titles)
        self.section_combo.setCurrentText(current)
        self._loading = False

    def set_question(self, question: QuestionDraft | None, frozen: bool) -> None:
        self.question = question
        self.setEnabled(question is not None)
        if question is None:
            return
        self._loading = True
        self.id_edit.setText(question.id)
        self.id_edit.setReadOnly(frozen)
        self.id_edit.setToolTip(frozen_id_hint(self.tr) if frozen else
                                self.tr("Unique across all banks. It cannot change after the first save."))
        for combo, value in ((self.type_combo, question.type), (self.domain_combo, question.domain),
                             (self.competency_combo, question.competency),
                             (self.difficulty_combo, question.difficulty)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.section_combo.setCurrentText(question.section)
        self.scenario.setPlainText(question.scenario)
        self.stem.setPlainText(question.stem)
        self.explanation.setPlainText(question.explanation)
        self.references.set_lines(question.references)
        self.options.set_options(question.options)
        self._loading = False

    def _edited(self, *_args) -> None:
        question = self.question
        if self._loading or question is None:
            return
        question.id = self.id_edit.text().strip()
        question.type = self.type_combo.currentData()
        question.domain = self.domain_combo.currentData() or ""
        question.competency = self.competency_combo.currentData() or ""
        question.difficulty = self.difficulty_combo.currentData()
        question.section = self.section_combo.currentText().strip()
        question.scenario = self.scenario.toPlainText().strip()
        question.stem = self.stem.toPlainText().strip()
        question.explanation = self.explanation.toPlainText().strip()
        question.references = self.references.lines()
        self.changed.emit()
