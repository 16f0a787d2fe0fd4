"""The bank editor: the question list with search and filters, one question's form, its preview."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer.content import authoring
from trainer.content.parse_bank import parse_bank
from trainer.content.parse_module import slugify, split_sections
from trainer.content.schema import QUESTION_TYPES, ContentError
from trainer.ui.pages.author.common import (
    ProblemsList,
    Write,
    debounce,
    frozen_id_hint,
    narrow_combo,
    reason,
)
from trainer.ui.pages.author.models import (
    COL_DIFFICULTY,
    COL_DOMAIN,
    COL_ID,
    COL_STEM,
    COL_TYPE,
    QuestionFilterProxy,
    QuestionTableModel,
)
from trainer.ui.pages.author.question_form import QuestionForm
from trainer.ui.text import fill
from trainer.ui.widgets.question_view import QuestionView


class BankEditor(QWidget):
    def __init__(self, catalog, root: Path, parent=None):
        super().__init__(parent)
        self.catalog, self.root = catalog, Path(root)
        self.draft = authoring.BankDraft()
        self.path: Path | None = None
        self.saved_ids: set[str] = set()  # question ids already in the file: frozen
        self.dirty = False
        self._loading = False
        self.problems: list[ContentError] = []
        self.section_titles: list[str] = []
        self.parsed = None
        self.ask = lambda _title, _text: True  # the page replaces this with a real question
        self._timer = debounce(self, self.refresh)

        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(self.tr("Bank id"))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Bank title"))
        self.module_combo = narrow_combo(self.tr("Module this bank checks"))
        head = QHBoxLayout()
        for label, widget, stretch in ((self.tr("Bank &id"), self.id_edit, 1),
                                       (self.tr("Bank &title"), self.title_edit, 2),
                                       (self.tr("Mo&dule"), self.module_combo, 1)):
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            head.addWidget(buddy)
            head.addWidget(widget, stretch)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search questions"))
        self.search.setAccessibleName(self.tr("Search questions"))
        self.domain_filter = narrow_combo(self.tr("Filter by domain"))
        self.domain_filter.addItem(self.tr("All domains"), "")
        for domain in catalog.domains.values():
            self.domain_filter.addItem(domain.name, domain.id)
        self.type_filter = narrow_combo(self.tr("Filter by type"))
        self.type_filter.addItem(self.tr("All types"), "")
        for qtype in QUESTION_TYPES:
            self.type_filter.addItem(qtype, qtype)
        self.difficulty_filter = narrow_combo(self.tr("Filter by difficulty"))
        self.difficulty_filter.addItem(self.tr("Any difficulty"), 0)
        for level in (1, 2, 3):
            self.difficulty_filter.addItem(str(level), level)
        self.model = QuestionTableModel(self)
        self.proxy = QuestionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Questions"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (COL_ID, COL_TYPE, COL_DIFFICULTY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STEM, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_DOMAIN, 90)
        self.table.setTabKeyNavigation(False)
        self.add_button = QPushButton(self.tr("Add &question"))
        self.duplicate_button = QPushButton(self.tr("Du&plicate"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        for button, name in ((self.add_button, self.tr("Add question")),
                             (self.duplicate_button, self.tr("Duplicate question")),
                             (self.delete_button, self.tr("Delete question"))):
            button.setAccessibleName(name)
        self.add_button.clicked.connect(self.add_question)
        self.duplicate_button.clicked.connect(self.duplicate_question)
        self.delete_button.clicked.connect(self.delete_question)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        filters = QHBoxLayout()
        for combo in (self.domain_filter, self.type_filter, self.difficulty_filter):
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self._filter)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        self.search.textChanged.connect(self._filter)

        self.form = QuestionForm(catalog)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setMinimumWidth(300)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.preview = QuestionView()
        self.preview.setAccessibleName(self.tr("Preview as trainees see it"))
        self.preview_note = QLabel(self.tr("The preview appears once this question has no problems."))
        self.preview_note.setWordWrap(True)
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.preview)
        self.preview_stack.addWidget(self.preview_note)
        preview_scroll = QScrollArea()
        preview_scroll.setWidget(self.preview_stack)
        preview_scroll.setWidgetResizable(True)
        self.problems_label = QLabel()
        self.problems_list = ProblemsList()
        self.problems_list.setMaximumHeight(150)
        self.problems_list.target_activated.connect(self._go_to_problem)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        preview_label = QLabel(self.tr("Preview, with the feedback shown after answering"))
        preview_label.setWordWrap(True)  # a long caption must not widen the editor past a laptop screen
        right_layout.addWidget(preview_label)
        right_layout.addWidget(preview_scroll, 1)
        right_layout.addWidget(self.problems_label)
        right_layout.addWidget(self.problems_list)

        self.preview_column = right  # the Spanish side by side takes its place (EditorTab)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, self.form_scroll, right):
            splitter.addWidget(widget)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([280, 320, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.form.changed.connect(self._question_edited)
        for signal in (self.id_edit.textChanged, self.title_edit.textChanged,
                       self.module_combo.currentIndexChanged):
            signal.connect(self._bank_edited)
        self._id_edited = False
        self.id_edit.textEdited.connect(lambda _text: setattr(self, "_id_edited", True))
        self.title_edit.textEdited.connect(self._title_typed)

    def _title_typed(self, title: str) -> None:
        # A new bank's id follows its title until the author types an id.
        if self.path is None and not self._id_edited:
            self.id_edit.setText(slugify(title) if title.strip() else "")

    # ---- loading ----------------------------------------------------------------------
    def load(self, draft: authoring.BankDraft, path: Path | None) -> None:
        self._loading = True
        self.draft, self.path = draft, path
        self._id_edited = path is not None
        self.saved_ids = {q.id for q in draft.questions} if path is not None and path.is_file() else set()
        self.id_edit.setText(draft.id)
        frozen = authoring.id_is_frozen(path)
        self.id_edit.setReadOnly(frozen)
        self.id_edit.setToolTip(frozen_id_hint(self.tr) if frozen else self.tr(
            "Lowercase words joined by hyphens. It cannot change after the first save."))
        self.title_edit.setText(draft.title)
        self.module_combo.clear()
        self.module_combo.addItem(self.tr("(none)"), "")
        for module_file in authoring.module_files(self.root):
            self.module_combo.addItem(module_file.stem, module_file.stem)
        if draft.module and self.module_combo.findData(draft.module) < 0:
            self.module_combo.addItem(draft.module, draft.module)
        self.module_combo.setCurrentIndex(max(self.module_combo.findData(draft.module), 0))
        self.model.set_questions(draft.questions)
        self._loading = False
        self.dirty = False
        self._update_sections()
        self.select_row(0)
        self.refresh()

    def _update_sections(self) -> None:
        path = authoring.module_path(self.root, self.draft.module) if self.draft.module else None
        titles: list[str] = []
        if path is not None and path.is_file():
            try:
                titles = [h for h, _, _ in split_sections(authoring.load_module(path).body, 1)[2]]
            except authoring.AuthoringError:
                titles = []
        self.section_titles = titles
        self.form.set_sections(titles)

    # ---- the question list ------------------------------------------------------------
    def select_row(self, source_row: int) -> None:
        if not 0 <= source_row < self.model.rowCount():
            self.form.set_question(None, False)
            self._show_preview()
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            self.search.clear()
            self.domain_filter.setCurrentIndex(0)
            self.type_filter.setCurrentIndex(0)
            self.difficulty_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def current_row(self) -> int:
        index = self.proxy.mapToSource(self.table.currentIndex())
        return index.row() if index.isValid() else -1

    def _current_changed(self, current, _previous) -> None:
        row = self.proxy.mapToSource(current).row() if current.isValid() else -1
        question = self.draft.questions[row] if 0 <= row < len(self.draft.questions) else None
        self.form.set_question(question, question is not None and question.id in self.saved_ids)
        self._show_preview()

    def _filter(self, *_args) -> None:
        self.proxy.set_filters(self.search.text(), self.domain_filter.currentData(),
                               self.type_filter.currentData(), self.difficulty_filter.currentData())

    def add_question(self) -> None:
        domain = self.draft.questions[-1].domain if self.draft.questions else ""
        question = authoring.new_question(authoring.next_question_id(self._collect()), domain)
        self._insert(question)

    def duplicate_question(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        question = copy.deepcopy(self.draft.questions[row])
        question.id = authoring.next_question_id(self._collect())
        self._insert(question)

    def _insert(self, question: authoring.QuestionDraft) -> None:
        self.draft.questions.append(question)
        self.model.set_questions(self.draft.questions)
        self.select_row(len(self.draft.questions) - 1)
        self.form.stem.setFocus()
        self.form.stem.selectAll()
        self._bank_edited()

    def delete_question(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        question = self.draft.questions[row]
        if question.id in self.saved_ids and not self.ask(
                self.tr("Delete question"),
                fill(self.tr("Trainees may have answered '%1'. Their history keeps it, but it will no "
                             "longer be asked. Delete it?"), question.id)):
            return
        del self.draft.questions[row]
        self.model.set_questions(self.draft.questions)
        self.select_row(min(row, len(self.draft.questions) - 1))
        self._bank_edited()

    # ---- editing ----------------------------------------------------------------------
    def _collect(self) -> authoring.BankDraft:
        self.draft.id = self.id_edit.text().strip()
        self.draft.title = self.title_edit.text().strip()
        self.draft.module = self.module_combo.currentData() or ""
        return self.draft

    def _bank_edited(self, *_args) -> None:
        if self._loading:
            return
        module = self.draft.module
        self._collect()
        if module != self.draft.module:
            self._update_sections()
        self.dirty = True
        self._timer.start()

    def _question_edited(self) -> None:
        self.dirty = True
        row = self.current_row()
        if row >= 0:
            self.model.row_changed(row)
        self._timer.start()

    def target_path(self) -> Path:
        return self.path or authoring.bank_path(self.root, self.id_edit.text().strip() or "unnamed")

    # ---- validation and preview -------------------------------------------------------
    def refresh(self) -> None:
        self._timer.stop()
        draft = self._collect()
        text = authoring.bank_text(draft)
        path = self.target_path()
        errors: list[ContentError] = []
        self.parsed = parse_bank(text, str(path), self.catalog.domains, self.catalog.competencies, errors)
        errors += authoring.foreign_question_ids(draft, self.catalog, str(path))
        lines = authoring.question_lines(draft, text)
        for index, question in enumerate(draft.questions):
            if question.section and self.section_titles and question.section not in self.section_titles:
                line = lines[index] if index < len(lines) else 1
                errors.append(ContentError(str(path), line, fill(
                    self.tr("section '%1' is not a '## ' heading of module '%2'"), question.section, draft.module)))
        if self.path is None and path.exists():
            errors.append(ContentError(str(path), 1, fill(
                self.tr("a bank with id '%1' already exists; choose another id"), draft.id)))
        self.problems = sorted(errors, key=lambda e: e.line)
        rows, problem_rows = [], set()
        for error in self.problems:
            owner = max((i for i, start in enumerate(lines) if start <= error.line), default=None)
            where = f"{error.line}"
            if owner is not None:
                where += fill(self.tr(" (question %1)"), draft.questions[owner].id)
                problem_rows.add(owner)
            rows.append((f"{where}: {error.message}", owner))
        self.problems_list.set_problems(rows)
        self.problems_label.setText(self.tr("Problems: %n", "", len(self.problems)))
        self.model.set_problem_rows(problem_rows)
        self._show_preview()

    def _show_preview(self) -> None:
        question = self.form.question
        parsed = self.parsed
        shown = None
        if question is not None and parsed is not None:
            shown = next((q for q in parsed.questions if q.id == question.id), None)
        if shown is None:
            self.preview_stack.setCurrentWidget(self.preview_note)
            return
        self.preview.show_question(shown, range(len(shown.options)))
        self.preview.show_feedback(list(shown.correct_indexes))
        self.preview_stack.setCurrentWidget(self.preview)

    def _go_to_problem(self, row) -> None:
        if isinstance(row, int):
            self.select_row(row)
            self.form.stem.setFocus()

    # ---- saving -----------------------------------------------------------------------
    def save(self, write: Write) -> tuple[bool, str]:
        """(saved, message), as ModuleEditor.save."""
        self.refresh()
        if self.problems:
            return False, self.tr("Not saved: fix the %n problem(s) listed beside the editor first.", "",
                                  len(self.problems))
        path, new = self.target_path(), self.path is None
        row = self.current_row()
        try:
            write(path, self.draft, new)
        except (authoring.AuthoringError, OSError) as exc:
            return False, fill(self.tr("Not saved: %1"), reason(exc))
        self.load(authoring.load_bank(path), path)
        self.select_row(row)
        return True, fill(self.tr("Saved %1."), path)
