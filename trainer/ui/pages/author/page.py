"""Author page: in-app editors for modules, question banks and role-play scenarios, GIFT/Aiken import and content
packs (or a calm note when locked). Every write is an operation (trainer.operations.content)
that reads the curriculum again, so every page shows the change at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.content import authoring, importing
from trainer.operations import Change, Done
from trainer.operations import content as content_ops
from trainer.ui.background import run_task
from trainer.ui.context import AppContext
from trainer.ui.pages.author.bank_editor import BankEditor
from trainer.ui.pages.author.common import reason
from trainer.ui.pages.author.editor_tab import EditorTab
from trainer.ui.pages.author.import_dialog import CategoryMapDialog
from trainer.ui.pages.author.module_editor import ModuleEditor
from trainer.ui.pages.author.packs_tab import PacksTab
from trainer.ui.pages.author.scenario_editor import ScenarioEditor
from trainer.ui.pages.author.translation_pane import TranslationPane
from trainer.ui.text import fill
from trainer.ui.theme import set_role
from trainer.ui.widgets.scroll import scrolled


class AuthorPage(QWidget):
    def __init__(self, context: AppContext, *, folders: content_ops.ContentFolders, locked: bool,
                 parent=None):
        super().__init__(parent)
        self.context = context
        self.folders = folders
        self.setAccessibleName(self.tr("Author"))
        self.root = Path(folders.content_dir)
        self.locked = locked
        heading = QLabel(self.tr("Author"))
        set_role(heading, "title")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(heading)
        self.tabs: QTabWidget | None = None
        if self.locked:
            note = QLabel(self.tr("Authoring is turned off by your agency. Modules and question banks "
                                  "are managed centrally; ask your agency's trainer to change them."))
            note.setWordWrap(True)
            set_role(note, "subtitle")
            note.setAccessibleName(self.tr("Authoring is turned off by your agency"))
            layout.addWidget(note)
            layout.addStretch(1)
            layout.setAlignment(Qt.AlignmentFlag.AlignTop)
            return
        hint = QLabel(fill(self.tr("Edit modules and question banks in %1. Ctrl+S saves, Ctrl+N starts a "
                                   "new one. Every page shows what you save at once."), self.root))
        set_role(hint, "subtitle")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        # Replaced in tests: show a message / ask a yes-or-no question.
        self.inform = lambda title, text: QMessageBox.information(self, title, text)
        self.ask = lambda title, text: QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

        catalog = context.catalog
        self.module_editor = ModuleEditor(catalog, self.root)
        self.bank_editor = BankEditor(catalog, self.root)
        self.bank_editor.ask = lambda title, text: self.ask(title, text)
        self.module_tab = EditorTab(self.module_editor, "module", self.root, {
            "open": self.tr("Open a module"), "open_label": self.tr("&Module:"), "new": self.tr("&New module")},
            translation=TranslationPane("module"))
        self.bank_tab = EditorTab(self.bank_editor, "bank", self.root, {
            "open": self.tr("Open a question bank"), "open_label": self.tr("&Bank:"),
            "new": self.tr("&New bank")}, translation=TranslationPane("bank"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Editors"))
        self.tabs.addTab(self.module_tab, self.tr("Modules"))
        self.tabs.addTab(self.bank_tab, self.tr("Question banks"))
        self.scenario_tab = ScenarioEditor(folders, lambda: self.context.catalog, self.content_changed)
        self.scenario_tab.inform = lambda title, text: self.inform(title, text)
        self.scenario_tab.ask = lambda title, text: self.ask(title, text)
        self.tabs.addTab(self.scenario_tab, self.tr("Role-plays"))
        self.packs_tab = PacksTab(folders, self.content_changed)
        self.tabs.addTab(self.packs_tab, self.tr("Content packs"))
        # The three-pane editors are wide; a scroll area keeps them from widening the window.
        layout.addWidget(scrolled(self.tabs, frame=False), 1)
        for tab in (self.module_tab, self.bank_tab):
            tab.new_button.clicked.connect(lambda _=False, t=tab: self.new_item(t))
            tab.save_button.clicked.connect(lambda _=False, t=tab: self.save(t))
            tab.files.currentIndexChanged.connect(lambda _i, t=tab: self._open_selected(t))
            tab.translation.save_button.clicked.connect(lambda _=False, t=tab: self.save_translation(t))
            tab.translation.load(None, catalog)
        self.import_button = QPushButton(self.tr("&Import GIFT or Aiken…"))
        self.import_button.setAccessibleName(self.tr("Import a GIFT or Aiken file"))
        self.import_button.clicked.connect(self.import_bank)
        self.import_problems = QListWidget()
        self.import_problems.setAccessibleName(self.tr("Import problems"))
        self.import_problems.setMaximumHeight(110)
        self.import_problems.hide()
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_button)
        import_row.addStretch(1)
        self.bank_tab.layout().addLayout(import_row)
        self.bank_tab.layout().addWidget(self.import_problems)
        # Replaced in tests: the file chooser and the category-mapping dialog.
        self.choose_import_file = lambda: QFileDialog.getOpenFileName(
            self, self.tr("Import a question bank"), str(Path.home()),
            self.tr("GIFT or Aiken files (*.gift *.txt)"))[0]
        self.map_categories = self._ask_categories
        for keys, slot in ((QKeySequence.StandardKey.Save, lambda: self._on_editor(self.save)),
                           (QKeySequence.StandardKey.New, lambda: self._on_editor(self.new_item))):
            QShortcut(keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._first_files_opened = False
        self.import_task = None
        context.on(Change.CONTENT, self._catalog_changed, self)

    def _catalog_changed(self) -> None:
        """Checks in the editors (ids used by other banks) follow the curriculum."""
        for editor in (self.module_editor, self.bank_editor):
            editor.catalog = self.context.catalog
        for pane in (self.module_tab.translation, self.bank_tab.translation, self.scenario_tab.translation):
            pane.catalog = self.context.catalog
            pane.refresh()

    def content_changed(self, done: Done) -> None:
        """Put an operation's reloaded curriculum in place, then tell every page."""
        if getattr(done.value, "catalog", None) is not None:
            self.context.set_catalog(done.value.catalog)
        self.context.perform(done, source=self)

    def focus_target(self):
        if self.tabs is None:
            return None
        tab = self.tabs.currentWidget()
        return tab.files if isinstance(tab, EditorTab) else tab.focus_target()

    def prepare(self) -> None:
        """Called by the window just before the page is first shown. Opening the first files
        parses and dumps YAML, so it waits until someone visits the page, not start-up."""
        if self.locked or self._first_files_opened:
            return
        self._first_files_opened = True
        self.scenario_tab.prepare()
        for tab in (self.module_tab, self.bank_tab):
            files = tab.list_files()
            if files:
                self._open(tab, files[0])
            else:
                self._new(tab)

    def _ask_categories(self, categories: list[str], file_name: str):
        dialog = CategoryMapDialog(self.context.catalog, categories, file_name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.domain_map(), dialog.default_domain()

    def import_bank(self) -> None:
        """GIFT/Aiken → a bank file in the content folder, opened in the bank editor. The file
        is read and written in the background, with progress and Cancel."""
        chosen = self.choose_import_file()
        if not chosen:
            return
        path = Path(chosen)
        try:
            fmt, text = importing.read_source(path)
        except importing.ImportError_ as exc:
            self.inform(self.tr("Cannot import"), reason(exc))
            return
        if importing.language_of(text, fmt) != "en":
            self._import_translation(path)
            return
        answer = self.map_categories(importing.categories_in(text, fmt), path.name)
        if answer is None:
            return
        domain_map, default_domain = answer
        self.import_button.setEnabled(False)
        root, reload = self.root, self.folders.load_all  # the worker touches no widget

        def work(progress):
            return content_ops.import_bank(path, root, domain_map, default_domain, reload=reload,
                                           progress=progress)

        self.import_task = run_task(self, work, lambda done: self._imported(path, done), self._import_failed,
                                    on_cancelled=self._import_cancelled, cancellable=True,
                                    label=fill(self.tr("Importing %1…"), path.name))

    def _import_translation(self, path: Path) -> None:
        """A GIFT file exported in Spanish: it becomes the Spanish of its English bank, shown beside it."""
        self.import_button.setEnabled(False)
        catalog, reload = self.context.catalog, self.folders.load_all

        def work(progress):
            return content_ops.import_bank_translation(path, catalog, reload=reload, progress=progress)

        self.import_task = run_task(self, work, lambda done: self._imported(path, done, translation=True),
                                    self._import_failed, on_cancelled=self._import_cancelled, cancellable=True,
                                    label=fill(self.tr("Importing %1…"), path.name))

    def _imported(self, path: Path, done: Done[content_ops.ImportedBank], translation: bool = False) -> None:
        self.import_button.setEnabled(True)
        imported = done.value
        self.import_problems.clear()
        for problem in imported.problems:
            self.import_problems.addItem(f"{path.name}:{problem.line}: {problem.message}")
        self.import_problems.setVisible(bool(imported.problems))
        if imported.bank is None:
            self.inform(self.tr("Nothing imported"),
                        fill(self.tr("No question in %1 could be imported; see the problems listed."), path.name))
            return
        self.content_changed(done)
        self.tabs.setCurrentWidget(self.bank_tab)
        english = self.context.catalog.banks.get(imported.bank.id) if translation else None
        self._open(self.bank_tab, Path(english.path) if english else imported.path)
        if translation:
            self.bank_tab.spanish_button.setChecked(True)  # the imported Spanish, beside its English
        self.bank_tab.status.setText(
            fill(self.tr("Imported %n question(s) into %1.", "", len(imported.bank.questions)), imported.path.name)
            + " " + self.tr("Problems listed below: %n.", "", len(imported.problems)))

    def _import_failed(self, error: Exception) -> None:
        self.import_button.setEnabled(True)
        self.inform(self.tr("Cannot import"), reason(error))

    def _import_cancelled(self) -> None:
        self.import_button.setEnabled(True)
        self.bank_tab.status.setText(self.tr("Import cancelled; nothing was written."))

    def current_tab(self) -> EditorTab | None:
        """The editor shown, or None on the packs tab."""
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, EditorTab) else None

    def _on_editor(self, action) -> None:
        if self.tabs.currentWidget() is self.scenario_tab:
            (self.scenario_tab.save if action == self.save else self.scenario_tab.new_scenario)()
            return
        tab = self.current_tab()
        if tab is not None:
            action(tab)

    def has_unsaved_work(self) -> bool:
        """Edits not saved yet: the window keeps this page as it is when the language changes."""
        return self.scenario_tab.dirty or any(
            tab.editor.dirty or tab.translation.dirty for tab in (self.module_tab, self.bank_tab))

    # ---- actions ----------------------------------------------------------------------
    def _may_discard(self, tab: EditorTab) -> bool:
        return not (tab.editor.dirty or tab.translation.dirty) or self.ask(
            self.tr("Unsaved changes"), self.tr("Discard the changes you have not saved?"))

    def new_item(self, tab: EditorTab) -> None:
        if self._may_discard(tab):
            self._new(tab)
            editor = tab.editor
            editor.title_edit.setFocus()
            editor.title_edit.selectAll()

    def _new(self, tab: EditorTab) -> None:
        domain = next(iter(self.context.catalog.domains), "")
        if tab.kind == "module":
            ident = self._free_id("new-module", authoring.module_path)
            tab.editor.load(authoring.new_module(ident, domain=domain), None)
        else:
            ident = self._free_id("new-bank", authoring.bank_path)
            tab.editor.load(authoring.new_bank(ident, domain=domain), None)
        tab.fill_files(None)
        tab.status.setText(self.tr("New, not saved yet."))
        tab.translation.load(None, self.context.catalog)

    def _free_id(self, base: str, path_of) -> str:
        ident, number = base, 2
        while path_of(self.root, ident).exists():
            ident, number = f"{base}-{number}", number + 1
        return ident

    def _open_selected(self, tab: EditorTab) -> None:
        data = tab.files.currentData()
        if not data:
            return
        if not self._may_discard(tab):
            tab.fill_files(tab.editor.path)
            return
        self._open(tab, Path(data))

    def _open(self, tab: EditorTab, path: Path) -> None:
        try:
            draft = authoring.load_module(path) if tab.kind == "module" else authoring.load_bank(path)
        except authoring.AuthoringError as exc:
            tab.fill_files(tab.editor.path)
            self.inform(self.tr("Cannot open"), reason(exc))
            return
        tab.editor.load(draft, path)
        tab.fill_files(path)
        tab.status.setText("")
        tab.translation.load(path, self.context.catalog)

    def save(self, tab: EditorTab) -> bool:
        operation = content_ops.save_module if tab.kind == "module" else content_ops.save_bank

        def write(path: Path, draft, new: bool) -> None:
            self.content_changed(operation(path, draft, new=new, reload=self.folders.load_all))

        ok, message = tab.editor.save(write)
        tab.status.setText(message)
        if not ok:
            self.inform(self.tr("Not saved"), message)
            return False
        tab.fill_files(tab.editor.path)
        if not tab.translation.dirty:
            tab.translation.load(tab.editor.path, self.context.catalog)
        # The other editor's link combos list files: keep them current.
        other = self.bank_tab if tab is self.module_tab else self.module_tab
        if not other.editor.dirty and other.editor.path is not None:
            self._open(other, other.editor.path)
        return True

    def save_translation(self, tab: EditorTab) -> bool:
        """Write the Spanish pane's file; every page then shows it."""
        def write(path: Path, text: str) -> None:
            self.content_changed(content_ops.save_translation(path, text, reload=self.folders.load_all))

        return tab.translation.save(write)
