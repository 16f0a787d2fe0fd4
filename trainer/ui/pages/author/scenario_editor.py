"""The Author page's Role-plays tab: a scenario's YAML on one side, its graph outline and
problems (path:line, checked again once typing pauses) on the other. Saving goes through
the save_scenario operation, so the Conversations page lists the scenario at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trainer.content.authoring import AuthoringError
from trainer.content.scenario_outline import (
    ScenarioCheck,
    check_scenario,
    new_scenario_text,
    scenario_files,
    scenario_path,
)
from trainer.content.schema import Catalog
from trainer.operations import Done
from trainer.operations import content as content_ops
from trainer.ui.pages.author.common import ProblemsList, debounce, reason
from trainer.ui.pages.author.scenario_outline_view import ScenarioOutline
from trainer.ui.pages.author.translation_pane import TranslationPane
from trainer.ui.text import fill
from trainer.ui.theme import set_role


class ScenarioEditor(QWidget):
    def __init__(self, folders: content_ops.ContentFolders, catalog: Callable[[], Catalog],
                 content_changed: Callable[[Done], None], parent=None):
        super().__init__(parent)
        self.folders, self.catalog, self.content_changed = folders, catalog, content_changed
        self.root = Path(folders.content_dir)
        self.path: Path | None = None  # the file shown; None for a new scenario
        self.dirty = False
        self.checked: ScenarioCheck | None = None
        self.inform = lambda _title, _text: None  # the page puts its message box here
        self.ask = lambda _title, _text: True  # the page puts its yes-or-no question here
        self.files = QComboBox()
        self.files.setAccessibleName(self.tr("Open a scenario"))
        self.files.setMinimumWidth(220)
        self.files.currentIndexChanged.connect(lambda _i: self._open_selected())
        open_label = QLabel(self.tr("Sc&enario:"))
        open_label.setBuddy(self.files)
        self.new_button = QPushButton(self.tr("&New scenario"))
        self.new_button.setAccessibleName(self.tr("New scenario"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_scenario)
        self.save_button = QPushButton(self.tr("&Save"))
        set_role(self.save_button, "primary")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # messages quote content: never rich text
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Save status"))
        self.spanish_button = QPushButton(self.tr("Spanish side &by side"))
        self.spanish_button.setCheckable(True)
        bar = QHBoxLayout()
        for widget in (open_label, self.files, self.new_button, self.save_button, self.spanish_button):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        self.translation = TranslationPane("scenario")  # the role-play's Spanish, checked as the loader does
        self.translation.save_button.clicked.connect(self.save_translation)

        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Scenario YAML"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._edited)
        self.outline = ScenarioOutline()
        self.outline.line_activated.connect(self.go_to_line)
        self.problems_list = ProblemsList()
        self.problems_list.target_activated.connect(self.go_to_line)
        problems_label = QLabel(self.tr("&Problems:"))
        problems_label.setBuddy(self.problems_list)
        outline_label = QLabel(self.tr("&Outline:"))
        outline_label.setBuddy(self.outline)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in ((outline_label, 0), (self.outline, 3), (problems_label, 0), (self.problems_list, 1)):
            side_layout.addWidget(widget, stretch)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.text)
        splitter.addWidget(side)
        splitter.addWidget(self.translation)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 3)
        self.translation.hide()
        # Three panes do not fit a laptop screen: the Spanish, with its own problems, takes the outline's place.
        self.spanish_button.toggled.connect(self.translation.setVisible)
        self.spanish_button.toggled.connect(lambda shown: side.setVisible(not shown))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.check_timer = debounce(self, self.check)

    def focus_target(self):
        return self.files

    # ---- showing ---------------------------------------------------------------------
    def prepare(self) -> None:
        files = scenario_files(self.root)
        if files:
            self.open(files[0])
        else:
            self._show(None, new_scenario_text(self._free_id(), self._domain()))

    def _domain(self) -> str:
        return next(iter(self.catalog().domains), "")

    def _free_id(self) -> str:
        ident, number = "new-scenario", 2
        while scenario_path(self.root, ident).exists() or ident in self.catalog().scenarios:
            ident, number = f"new-scenario-{number}", number + 1
        return ident

    def _show(self, path: Path | None, text: str) -> None:
        self.path = path
        self.text.blockSignals(True)
        self.text.setPlainText(text)
        self.text.blockSignals(False)
        self.dirty = False
        self.fill_files()
        self.check()
        self.translation.load(path, self.catalog())

    def fill_files(self) -> None:
        self.files.blockSignals(True)
        self.files.clear()
        self.files.addItem(self.tr("(new, not saved yet)"), "")
        for path in scenario_files(self.root):
            self.files.addItem(path.stem, str(path))
        index = self.files.findData(str(self.path)) if self.path else 0
        self.files.setCurrentIndex(max(index, 0))
        self.files.blockSignals(False)

    def _may_discard(self) -> bool:
        return not self.dirty or self.ask(self.tr("Unsaved changes"),
                                          self.tr("Discard the changes you have not saved?"))

    def new_scenario(self) -> None:
        if self._may_discard():
            self._show(None, new_scenario_text(self._free_id(), self._domain()))
            self.status.setText(self.tr("New, not saved yet."))
            self.text.setFocus()

    def _open_selected(self) -> None:
        data = self.files.currentData()
        if not data:
            return
        if not self._may_discard():
            self.fill_files()
            return
        self.open(Path(data))

    def open(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.fill_files()
            self.inform(self.tr("Cannot open"), str(exc))
            return
        self._show(path, text)
        self.status.setText("")

    # ---- checking ----------------------------------------------------------------------
    def _edited(self) -> None:
        self.dirty = True
        self.check_timer.start()

    def check(self) -> ScenarioCheck:
        self.check_timer.stop()
        catalog = self.catalog()
        where = str(self.path or scenario_path(self.root, "new"))
        self.checked = check_scenario(self.text.toPlainText(), where, catalog.domains, catalog.competencies)
        self.outline.show_nodes(self.checked.nodes)
        name = Path(where).name
        self.problems_list.set_problems(
            [(f"{name}:{problem.line}: {problem.message}", problem.line)
             for problem in self.checked.problems])
        return self.checked

    def go_to_line(self, line) -> None:
        if not isinstance(line, int) or line < 1:
            return
        block = self.text.document().findBlockByLineNumber(line - 1)
        cursor = QTextCursor(block)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self.text.setFocus()

    def current_line(self) -> int:
        return self.text.textCursor().blockNumber() + 1

    # ---- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        checked = self.check()
        if not checked.ok:
            message = self.tr("Not saved: fix the %n problem(s) listed below first.", "", len(checked.problems))
            self.status.setText(message)
            self.inform(self.tr("Not saved"), message)
            return False
        new = self.path is None
        path = scenario_path(self.root, checked.id) if new else self.path
        try:
            self.content_changed(content_ops.save_scenario(path, self.text.toPlainText(), new=new,
                                                           reload=self.folders.load_all))
        except (AuthoringError, OSError) as exc:
            message = reason(exc)
            self.status.setText(message)
            self.inform(self.tr("Not saved"), message)
            return False
        self.path, self.dirty = path, False
        self.fill_files()
        self.status.setText(fill(self.tr("Saved %1."), path.name))
        if self.translation.path is None:  # a new role-play: its Spanish can now go beside it
            self.translation.load(path, self.catalog())
        return True

    def save_translation(self) -> bool:
        """Write the Spanish pane's file through the same operation as a module's Spanish."""
        def write(path: Path, text: str) -> None:
            self.content_changed(content_ops.save_translation(path, text, reload=self.folders.load_all))

        saved = self.translation.save(write)
        self.translation.catalog = self.catalog()
        return saved
