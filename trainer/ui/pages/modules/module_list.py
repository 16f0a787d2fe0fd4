"""The module list: modules grouped by domain, with minutes and progress."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from trainer.content.schema import Catalog
from trainer.study.records import ModuleStatus
from trainer.ui.text import fill
from trainer.ui.widgets.content_text import content_tooltip

MODULE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COL_TITLE, COL_MINUTES, COL_PROGRESS = range(3)


class ModuleListModel(QStandardItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Module"), self.tr("Minutes"), self.tr("Progress")])

    def progress_text(self, status: ModuleStatus | None) -> str:
        if status is None or not status.started:
            return self.tr("Not started")
        if status.complete:
            return self.tr("Complete ✓")
        return fill(self.tr("%1 of %n section(s) read", "", status.section_count), status.read_count)

    def populate(self, catalog: Catalog, statuses: dict[str, ModuleStatus]) -> None:
        self.removeRows(0, self.rowCount())
        for domain in catalog.domains.values():
            modules = catalog.modules_in_domain(domain.id)
            if not modules:
                continue
            done = sum(1 for m in modules if statuses.get(m.id) and statuses[m.id].complete)
            header = QStandardItem(f"{domain.name}  ({done}/{len(modules)})")
            header.setEditable(False)
            header.setSelectable(False)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for module in modules:
                status = statuses.get(module.id)
                title = QStandardItem(module.title)
                title.setData(module.id, MODULE_ID_ROLE)
                title.setToolTip(content_tooltip(module.summary))
                title.setData(f"{module.title}. {module.summary}", Qt.ItemDataRole.AccessibleDescriptionRole)
                minutes = QStandardItem(str(module.minutes))
                minutes.setData(module.minutes, Qt.ItemDataRole.UserRole)
                progress = QStandardItem(self.progress_text(status))
                for item in (title, minutes, progress):
                    item.setEditable(False)
                    item.setData(module.id, MODULE_ID_ROLE)
                header.appendRow([title, minutes, progress])
            empty1, empty2 = QStandardItem(), QStandardItem()
            for item in (empty1, empty2):
                item.setEditable(False)
                item.setSelectable(False)
            self.appendRow([header, empty1, empty2])


class ModuleTree(QTreeView):
    """Enter or double-click opens the module under the cursor."""

    open_module = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Modules by domain"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.activated.connect(self._activated)

    def setModel(self, model) -> None:  # noqa: N802 - Qt naming
        super().setModel(model)
        header = self.header()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PROGRESS, QHeaderView.ResizeMode.ResizeToContents)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _activated(self, index: QModelIndex) -> None:
        module_id = index.data(MODULE_ID_ROLE)
        if module_id:
            self.open_module.emit(module_id)

    def select_module(self, module_id: str) -> bool:
        model = self.model()
        for row in range(model.rowCount()):
            parent = model.index(row, 0)
            for child in range(model.rowCount(parent)):
                index = model.index(child, 0, parent)
                if index.data(MODULE_ID_ROLE) == module_id:
                    self.setCurrentIndex(index)
                    return True
        return False

    def select_first_module(self) -> None:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        first = model.index(0, 0, model.index(0, 0))
        if first.isValid():
            self.setCurrentIndex(first)
