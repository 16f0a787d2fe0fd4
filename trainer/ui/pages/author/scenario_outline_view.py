"""The graph outline beside a scenario's YAML: each node with what the person says, its
choices (code, text, where each leads), endings marked, unreachable nodes and dead ends
flagged. Activating a row reports its line, so the editor can go there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from trainer.content.scenario_outline import OutlineChoice, OutlineNode
from trainer.ui.text import fill

LINE_ROLE = Qt.ItemDataRole.UserRole


class ScenarioOutline(QTreeWidget):
    line_activated = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Scenario outline"))
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        line = item.data(0, LINE_ROLE)
        if line:
            self.line_activated.emit(int(line))

    def show_nodes(self, nodes: tuple[OutlineNode, ...]) -> None:
        self.clear()
        for node in nodes:
            item = QTreeWidgetItem([self._node_text(node)])
            item.setData(0, LINE_ROLE, node.line)
            item.setToolTip(0, node.says)
            for choice in node.choices:
                child = QTreeWidgetItem([self._choice_text(choice)])
                child.setData(0, LINE_ROLE, choice.line)
                child.setToolTip(0, choice.text)
                item.addChild(child)
            self.addTopLevelItem(item)
            item.setExpanded(True)
        if not nodes:
            self.addTopLevelItem(QTreeWidgetItem([self.tr("No nodes can be read yet.")]))

    def _node_text(self, node: OutlineNode) -> str:
        text = fill(self.tr("%1: “%2”"), node.id, node.says)
        marks = []
        if node.is_start:
            marks.append(self.tr("start"))
        if node.ending:
            marks.append(fill(self.tr("ending: %1"), node.ending))
        if node.unreachable:
            marks.append(self.tr("cannot be reached"))
        if node.dead_end:
            marks.append(self.tr("dead end"))
        return text + "".join(fill(self.tr(" [%1]"), mark) for mark in marks)

    def _choice_text(self, choice: OutlineChoice) -> str:
        text = fill(self.tr("%1 (%2) → %3"), choice.text, choice.code, choice.next)
        return text + (self.tr(" [names no node]") if choice.dangling else "")

    def row_texts(self) -> list[str]:
        """Every row, nodes and their choices, as shown (for tests and screen-reader checks)."""
        rows = []
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            rows.append(item.text(0))
            rows.extend(item.child(c).text(0) for c in range(item.childCount()))
        return rows
