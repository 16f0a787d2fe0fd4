"""Author page: in-app editors for modules and question banks (or a calm note when locked)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
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
from trainer.operations import Change
from trainer.ui.context import AppContext
from trainer.ui.pages.author.bank_editor import BankEditor
from trainer.ui.pages.author.import_dialog import CategoryMapDialog
from trainer.ui.pages.author.module_editor import ModuleEditor
from trainer.ui.text import fill
from trainer.ui.theme import set_role
from trainer.ui.widgets.scroll import scrolled


class EditorTab(QWidget):
    """A file picker, New and Save above one editor."""

    def __init__(self, editor, kind: str, root: Path, labels: dict, parent=None):
        super().__init__(parent)
        self.editor, self.kind, self.root = editor, kind, root
        self.files = QComboBox()
        self.files.setAccessibleName(labels["open"])
        self.files.setMinimumWidth(220)
        self.new_button = QPushButton(labels["new"])
        self.new_button.setAccessibleName(labels["new"].replace("&", ""))
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
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(editor, 1)

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


class AuthorPage(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Author"))
        settings = context.services.settings
        self.root = Path(settings.content_dir)
        self.locked = settings.agency.lock_authoring
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
        hint = QLabel(self.tr("Edit modules and question banks in %1. Ctrl+S saves, Ctrl+N starts a new one. "
                              "Trainees see saved changes the next time the app starts.")
                      .replace("%1", str(self.root)))
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
            "open": self.tr("Open a module"), "open_label": self.tr("&Module:"), "new": self.tr("&New module")})
        self.bank_tab = EditorTab(self.bank_editor, "bank", self.root, {
            "open": self.tr("Open a question bank"), "open_label": self.tr("&Bank:"),
            "new": self.tr("&New bank")})
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Editors"))
        self.tabs.addTab(self.module_tab, self.tr("Modules"))
        self.tabs.addTab(self.bank_tab, self.tr("Question banks"))
        # The three-pane editors are wide; a scroll area keeps them from widening the window.
        layout.addWidget(scrolled(self.tabs, frame=False), 1)
        for tab in (self.module_tab, self.bank_tab):
            tab.new_button.clicked.connect(lambda _=False, t=tab: self.new_item(t))
            tab.save_button.clicked.connect(lambda _=False, t=tab: self.save(t))
            tab.files.currentIndexChanged.connect(lambda _i, t=tab: self._open_selected(t))
            tab.editor.saved.connect(lambda _path: self.context.announce(Change.CONTENT))
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
        for keys, slot in ((QKeySequence.StandardKey.Save, lambda: self.save(self.current_tab())),
                           (QKeySequence.StandardKey.New, lambda: self.new_item(self.current_tab()))):
            QShortcut(keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._first_files_opened = False

    def focus_target(self):
        return self.current_tab().files if self.tabs is not None else None

    def prepare(self) -> None:
        """Called by the window just before the page is first shown. Opening the first files
        parses and dumps YAML, so it waits until someone visits the page, not start-up."""
        if self.locked or self._first_files_opened:
            return
        self._first_files_opened = True
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
        """GIFT/Aiken → a bank file in the content folder, opened in the bank editor."""
        chosen = self.choose_import_file()
        if not chosen:
            return
        path = Path(chosen)
        try:
            fmt, text = importing.read_source(path)
            answer = self.map_categories(importing.categories_in(text, fmt), path.name)
            if answer is None:
                return
            domain_map, default_domain = answer
            bank, problems = importing.import_file(path, domain_map, default_domain)
            self.import_problems.clear()
            for problem in problems:
                self.import_problems.addItem(f"{path.name}:{problem.line}: {problem.message}")
            self.import_problems.setVisible(bool(problems))
            if bank is None:
                self.inform(self.tr("Nothing imported"),
                            self.tr("No question in %1 could be imported; see the problems listed.")
                            .replace("%1", path.name))
                return
            target = importing.save_imported(bank, self.root)
        except importing.ImportError_ as exc:
            self.inform(self.tr("Cannot import"), str(exc))
            return
        self.tabs.setCurrentWidget(self.bank_tab)
        self._open(self.bank_tab, target)
        self.bank_tab.status.setText(
            fill(self.tr("Imported %n question(s) into %1.", "", len(bank.questions)), target.name) + " "
            + self.tr("Problems listed below: %n.", "", len(problems)))
        self.context.announce(Change.CONTENT)

    def current_tab(self) -> EditorTab:
        return self.tabs.currentWidget()

    # ---- actions ----------------------------------------------------------------------
    def _may_discard(self, tab: EditorTab) -> bool:
        return not tab.editor.dirty or self.ask(
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
            self.inform(self.tr("Cannot open"), str(exc))
            return
        tab.editor.load(draft, path)
        tab.fill_files(path)
        tab.status.setText("")

    def save(self, tab: EditorTab) -> bool:
        ok, message = tab.editor.save()
        tab.status.setText(message)
        if not ok:
            self.inform(self.tr("Not saved"), message)
            return False
        tab.fill_files(tab.editor.path)
        # The other editor's link combos list files: keep them current.
        other = self.bank_tab if tab is self.module_tab else self.module_tab
        if not other.editor.dirty and other.editor.path is not None:
            self._open(other, other.editor.path)
        return True
