"""The module editor: front matter as a form, the body as Markdown with outline and live preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trainer.content import authoring
from trainer.content.parse_module import parse_module, slugify, split_front_matter, split_sections
from trainer.content.render import render_markdown
from trainer.content.schema import ContentError
from trainer.ui.pages.author.common import (
    LinesEdit,
    ProblemsList,
    Write,
    debounce,
    frozen_id_hint,
    narrow_combo,
    reason,
)
from trainer.ui.text import fill
from trainer.ui.widgets.reader_browser import ReaderBrowser

LINE_ROLE = Qt.ItemDataRole.UserRole


class ModuleEditor(QWidget):
    def __init__(self, catalog, root: Path, parent=None):
        super().__init__(parent)
        self.catalog, self.root = catalog, Path(root)
        self.draft = authoring.ModuleDraft()
        self.path: Path | None = None  # None until the module is first saved
        self.dirty = False
        self._loading = False
        self._id_edited = False
        self.problems: list[ContentError] = []
        self._timer = debounce(self, self.refresh)

        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(self.tr("Module id"))
        self.id_edit.textEdited.connect(self._id_typed)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Module title"))
        self.domain_combo = narrow_combo(self.tr("Domain"))
        for domain in catalog.domains.values():
            self.domain_combo.addItem(domain.name, domain.id)
        self.competencies = QListWidget()
        self.competencies.setAccessibleName(self.tr("Competencies"))
        self.competencies.setMaximumHeight(130)
        self.competencies.setWordWrap(True)
        self.competencies.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for comp in catalog.competencies.values():
            item = QListWidgetItem(comp.name)
            item.setData(Qt.ItemDataRole.UserRole, comp.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.competencies.addItem(item)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Reading time in minutes"))
        self.version = QSpinBox()
        self.version.setRange(1, 999)
        self.version.setAccessibleName(self.tr("Version"))
        self.version.setToolTip(self.tr("Bump when the meaning changes."))
        self.summary = QLineEdit()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.objectives = LinesEdit(self.tr("Objectives"))
        self.references = LinesEdit(self.tr("References"))
        self.quiz_combo = narrow_combo(self.tr("Linked question bank"))

        form = QFormLayout()
        for label, widget in ((self.tr("&Id"), self.id_edit), (self.tr("&Title"), self.title_edit),
                              (self.tr("&Domain"), self.domain_combo),
                              (self.tr("Co&mpetencies"), self.competencies),
                              (self.tr("Minutes"), self.minutes), (self.tr("Version"), self.version),
                              (self.tr("S&ummary"), self.summary), (self.tr("O&bjectives"), self.objectives),
                              (self.tr("Re&ferences"), self.references),
                              (self.tr("&Question bank"), self.quiz_combo)):
            form.addRow(label, widget)
        form_widget = QWidget()
        form_widget.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(280)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.outline = QListWidget()
        self.outline.setAccessibleName(self.tr("Section outline"))
        self.outline.setMaximumHeight(110)
        self.outline.itemClicked.connect(self._go_to_heading)
        self.outline.itemActivated.connect(self._go_to_heading)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Module text (Markdown)"))
        self.body.setTabChangesFocus(True)
        self.body.cursorPositionChanged.connect(self._timer.start)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(QLabel(self.tr("Outline: the '## ' headings")))
        middle_layout.addWidget(self.outline)
        text_label = QLabel(self.tr("Te&xt (Markdown)"))
        text_label.setBuddy(self.body)
        middle_layout.addWidget(text_label)
        middle_layout.addWidget(self.body, 1)

        self.preview = ReaderBrowser()
        self.preview.setAccessibleName(self.tr("Preview as trainees see it"))
        self.problems_list = ProblemsList()
        self.problems_list.setMaximumHeight(150)
        self.problems_list.target_activated.connect(self._go_to_problem)
        self.problems_label = QLabel()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Preview of the section at the cursor")))
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.problems_label)
        right_layout.addWidget(self.problems_list)

        self.preview_column = right  # the Spanish side by side takes its place (EditorTab)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (scroll, middle, right):
            splitter.addWidget(widget)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 360, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for signal in (self.title_edit.textChanged, self.id_edit.textChanged, self.summary.textChanged,
                       self.objectives.textChanged, self.references.textChanged, self.body.textChanged,
                       self.domain_combo.currentIndexChanged, self.quiz_combo.currentIndexChanged,
                       self.minutes.valueChanged, self.version.valueChanged, self.competencies.itemChanged):
            signal.connect(self._edited)
        self.title_edit.textEdited.connect(self._title_typed)

    # ---- loading ----------------------------------------------------------------------
    def load(self, draft: authoring.ModuleDraft, path: Path | None) -> None:
        self._loading = True
        self.draft, self.path = draft, path
        self._id_edited = path is not None
        self._fill_banks(draft.quiz)
        self.id_edit.setText(draft.id)
        frozen = authoring.id_is_frozen(path)
        self.id_edit.setReadOnly(frozen)
        self.id_edit.setToolTip(frozen_id_hint(self.tr) if frozen else self.tr(
            "Lowercase words joined by hyphens. It cannot change after the first save."))
        self.title_edit.setText(draft.title)
        index = self.domain_combo.findData(draft.domain)
        self.domain_combo.setCurrentIndex(max(index, 0))
        for row in range(self.competencies.count()):
            item = self.competencies.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in draft.competencies
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.minutes.setValue(draft.minutes)
        self.version.setValue(draft.version)
        self.summary.setText(draft.summary)
        for edit in (self.id_edit, self.title_edit, self.summary):
            edit.setCursorPosition(0)
        self.objectives.set_lines(draft.objectives)
        self.references.set_lines(draft.references)
        self.body.setPlainText(draft.body)
        self._loading = False
        self.dirty = False
        self.refresh()

    def _fill_banks(self, current: str) -> None:
        self.quiz_combo.clear()
        self.quiz_combo.addItem(self.tr("(none)"), "")
        for path in authoring.bank_files(self.root):
            self.quiz_combo.addItem(path.stem, path.stem)
        if current and self.quiz_combo.findData(current) < 0:
            self.quiz_combo.addItem(current, current)
        self.quiz_combo.setCurrentIndex(max(self.quiz_combo.findData(current), 0))

    # ---- editing ----------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self._timer.start()

    def _id_typed(self, _text: str) -> None:
        self._id_edited = True

    def _title_typed(self, title: str) -> None:
        # A new module's id follows its title until the author types an id.
        if self.path is None and not self._id_edited:
            self.id_edit.setText(slugify(title) if title.strip() else "")

    def collect(self) -> authoring.ModuleDraft:
        draft = self.draft
        draft.id = self.id_edit.text().strip()
        draft.title = self.title_edit.text().strip()
        draft.domain = self.domain_combo.currentData() or ""
        draft.competencies = [self.competencies.item(r).data(Qt.ItemDataRole.UserRole)
                              for r in range(self.competencies.count())
                              if self.competencies.item(r).checkState() == Qt.CheckState.Checked]
        draft.minutes, draft.version = self.minutes.value(), self.version.value()
        draft.summary = self.summary.text().strip()
        draft.objectives, draft.references = self.objectives.lines(), self.references.lines()
        draft.quiz = self.quiz_combo.currentData() or ""
        draft.body = self.body.toPlainText()
        return draft

    def target_path(self) -> Path:
        return self.path or authoring.module_path(self.root, self.id_edit.text().strip() or "unnamed")

    # ---- validation and preview -------------------------------------------------------
    def refresh(self) -> None:
        self._timer.stop()
        text = authoring.module_text(self.collect())
        path = self.target_path()
        errors: list[ContentError] = []
        parse_module(text, str(path), self.catalog.domains, self.catalog.competencies, errors)
        if self.path is None and path.exists():
            errors.append(ContentError(str(path), 2, fill(self.tr("a module with id '%1' already exists; "
                                                                   "choose another id"), self.draft.id)))
        if self.draft.quiz and not authoring.bank_path(self.root, self.draft.quiz).is_file():
            errors.append(ContentError(str(path), 2, fill(self.tr("quiz '%1' names no question bank"),
                                                          self.draft.quiz)))
        self.problems = sorted(errors, key=lambda e: e.line)
        body_line = (split_front_matter(text) or ("", "", 1))[2]
        self.problems_list.set_problems([(f"{e.line}: {e.message}", e.line - body_line) for e in self.problems])
        self.problems_label.setText(self.tr("Problems: %n", "", len(self.problems)))
        self._refresh_outline_and_preview()

    def _refresh_outline_and_preview(self) -> None:
        _, intro, sections = split_sections(self.draft.body, 0)
        self.outline.clear()
        for heading, _markdown, line in sections:
            item = QListWidgetItem(heading)
            item.setData(LINE_ROLE, line)
            self.outline.addItem(item)
        cursor_line = self.body.textCursor().blockNumber()
        current = [s for s in sections if s[2] <= cursor_line]
        if not sections:
            markdown = self.draft.body
        else:
            heading, markdown, line = current[-1] if current else sections[0]
            first = line == sections[0][2]
            markdown = (intro + "\n\n" if intro and first else "") + f"## {heading}\n\n{markdown}"
        bar = self.preview.verticalScrollBar().value()
        self.preview.setHtml(render_markdown(markdown))  # the reader's own rendering
        self.preview.verticalScrollBar().setValue(bar)

    def _move_cursor_to(self, line: int) -> None:
        block = self.body.document().findBlockByNumber(max(line, 0))
        if block.isValid():
            cursor = QTextCursor(block)
            self.body.setTextCursor(cursor)
            self.body.centerCursor()
        self.body.setFocus()

    def _go_to_heading(self, item: QListWidgetItem) -> None:
        self._move_cursor_to(item.data(LINE_ROLE))

    def _go_to_problem(self, body_line) -> None:
        if isinstance(body_line, int) and body_line >= 0:
            self._move_cursor_to(body_line)

    # ---- saving -----------------------------------------------------------------------
    def save(self, write: Write) -> tuple[bool, str]:
        """(saved, message): the page shows the message either way. `write(path, draft, new)`
        is the page's save operation; it raises AuthoringError or OSError when it cannot."""
        self.refresh()
        if self.problems:
            return False, self.tr("Not saved: fix the %n problem(s) listed beside the editor first.", "",
                                  len(self.problems))
        path, new = self.target_path(), self.path is None
        try:
            write(path, self.draft, new)
        except (authoring.AuthoringError, OSError) as exc:
            return False, fill(self.tr("Not saved: %1"), reason(exc))
        self.load(authoring.load_module(path), path)
        return True, fill(self.tr("Saved %1."), path)
