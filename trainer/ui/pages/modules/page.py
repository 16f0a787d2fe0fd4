"""Modules page: the list, and the reader it opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from trainer.content.translations import glossary
from trainer.operations import Change
from trainer.operations import reading as ops
from trainer.ui.content_language import content_language, shown_catalog
from trainer.ui.context import AppContext
from trainer.ui.pages.modules.glossary import GlossaryView
from trainer.ui.pages.modules.module_list import MODULE_ID_ROLE, ModuleListModel, ModuleTree
from trainer.ui.pages.modules.reader import ModuleReader
from trainer.ui.theme import set_role

if TYPE_CHECKING:  # loaded with the storage layer, after the first paint
    from trainer.study.progress import ProgressService


class ModulesPage(QWidget):
    def __init__(self, context: AppContext, progress: Callable[[], ProgressService], parent=None):
        """`progress` is asked on first use: the page is built at start, before the database opens."""
        super().__init__(parent)
        self.context = context
        self._progress = progress
        self.setAccessibleName(self.tr("Modules"))

        heading = QLabel(self.tr("Modules"))
        set_role(heading, "title")
        hint = QLabel(self.tr("Choose a module and press Enter to read it. "
                              "In the reader, Alt+Right moves on and Escape comes back here."))
        set_role(hint, "subtitle")
        hint.setWordWrap(True)
        self.empty = QLabel(self.tr("No modules are available. Check the content problems panel, "
                                    "or ask your trainer for a content pack."))
        self.empty.setWordWrap(True)
        self.model = ModuleListModel(self)
        self.tree = ModuleTree()
        self.tree.setModel(self.model)
        self.tree.open_module.connect(self.open_module)

        self.glossary_button = QPushButton(self.tr("&Glossary"))
        self.glossary_button.setAccessibleName(self.tr("Glossary of key exam terms in Spanish and English"))
        self.glossary_button.clicked.connect(self.show_glossary)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.glossary_button)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(top)
        list_layout.addWidget(hint)
        list_layout.addWidget(self.empty)
        list_layout.addWidget(self.tree, 1)

        self.reader = ModuleReader()
        self.reader.section_finished.connect(self._section_finished)
        self.reader.section_shown.connect(self._section_shown)
        self.reader.back_requested.connect(self.show_list)

        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.reader)
        self.glossary = GlossaryView()
        self.glossary.back_requested.connect(self.show_list)
        self.stack.addWidget(self.glossary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.stack)

        # Another language: the window builds its pages again, this one in the new language.
        context.on(Change.PROGRESS | Change.TRAINEE | Change.CONTENT | Change.BACKUPS, self.refresh, self)
        self.refresh()

    def focus_target(self):
        """What has focus when the page is opened: Enter then opens the selected module."""
        if self.stack.currentWidget() is self.reader:
            return self.reader.next_button
        if self.stack.currentWidget() is self.glossary:
            return self.glossary.filter
        if not self.tree.currentIndex().isValid():
            self.tree.select_first_module()
        return self.tree

    def refresh(self) -> None:
        catalog = shown_catalog(self.context)
        trainee = self.context.trainee
        statuses = self._progress().all_status(trainee.id, catalog.modules.values()) if trainee else {}
        current = self.tree.currentIndex().data(MODULE_ID_ROLE)
        self.model.populate(catalog, statuses)
        self.tree.expandAll()
        self.empty.setVisible(not catalog.modules)
        self.tree.setVisible(bool(catalog.modules))
        if not (current and self.tree.select_module(current)):
            self.tree.select_first_module()
        # The glossary gives the Spanish key terms their English: shown to those who read in Spanish.
        self.glossary_button.setVisible(content_language(self.context) != "en" and bool(glossary(catalog, "es")))

    def open_module(self, module_id: str, section_key: str | None = None) -> None:
        module = shown_catalog(self.context).modules.get(module_id)
        trainee = self.context.trainee
        if module is None or trainee is None:
            return
        status = self._progress().status(trainee.id, module)
        if section_key is None and status.last_section and not status.complete:
            section_key = status.last_section
        self.reader.open(module, status, section_key)
        self.stack.setCurrentWidget(self.reader)

    def show_glossary(self) -> None:
        self.glossary.show_terms(glossary(self.context.catalog, "es"))
        self.stack.setCurrentWidget(self.glossary)
        self.glossary.filter.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.tree.setFocus()

    def _section_finished(self, module_id: str, section_key: str) -> None:
        trainee = self.context.trainee
        module = self.context.catalog.modules.get(module_id)
        if trainee and module:
            self.context.perform(ops.mark_section_read(self._progress(), trainee.id, module, section_key),
                                 source=self)

    def _section_shown(self, module_id: str, section_key: str) -> None:
        trainee = self.context.trainee
        module = self.context.catalog.modules.get(module_id)
        if trainee and module:
            self.context.perform(ops.remember_position(self._progress(), trainee.id, module, section_key),
                                 source=self)
