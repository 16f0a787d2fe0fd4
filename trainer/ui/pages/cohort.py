"""Cohort (trainer mode): every trainee with readiness, hours, last exam and last activity."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer.operations import Change
from trainer.study.cohort import CohortRow, CohortService, Verdict, cohort_csv
from trainer.study.safe_csv import write_private_text
from trainer.ui.content_language import shown_catalog
from trainer.ui.context import AppContext
from trainer.ui.formats import date_text, hours_text
from trainer.ui.pages.conversations.drills_cohort import DrillColumn, DrillRatingsPanel
from trainer.ui.readiness_text import ReadinessWording
from trainer.ui.text import fill
from trainer.ui.theme import set_role
from trainer.ui.widgets.list_model import RowListModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DRILLS_COLUMN = 8


class CohortModel(RowListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[CohortRow] = []
        self.wording = ReadinessWording(self)
        self.drills = DrillColumn(self)
        self.headers = [self.tr("Trainee"), self.tr("Certification"), self.tr("Readiness"), self.tr("Training h"),
                        self.tr("Experience h"), self.tr("Supervision h"), self.tr("Last exam"),
                        self.tr("Last activity"), self.drills.header()]

    def set_rows(self, rows: list[CohortRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def readiness_text(self, row: CohortRow) -> str:
        if row.verdict is Verdict.NO_PROFILE:
            return self.tr("No certification chosen")
        return (fill(self.tr("%1 of %n met", "", row.total), row.met)
                + (" ✓" if row.verdict is Verdict.READY else ""))

    def verdict_text(self, row: CohortRow) -> str:
        if row.verdict is Verdict.NO_PROFILE:
            return self.tr("No certification chosen")
        return self.wording.verdict(row.ready, row.met, row.total)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        values = [
            (row.name, row.name.lower()), (row.profile_name, row.profile_name),
            (self.readiness_text(row), (row.ready, row.met)),
            (hours_text(row.hours["training"]), row.hours["training"]),
            (hours_text(row.hours["experience"]), row.hours["experience"]),
            (hours_text(row.hours["supervision"]), row.hours["supervision"]),
            ("" if row.last_exam is None else fill(self.tr("%1%"), f"{row.last_exam:.0f}"),
             -1 if row.last_exam is None else row.last_exam),
            (date_text(row.last_activity) if row.last_activity else "",
             row.last_activity.isoformat() if row.last_activity else ""),
            (self.drills.cell(row.drills), -1.0 if row.drills is None else row.drills.mean_percent),
        ]
        if role == Qt.ItemDataRole.DisplayRole:
            return values[column][0]
        if role == SORT_ROLE:
            return values[column][1]
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return self.verdict_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == DRILLS_COLUMN:
            return self.drills.tooltip(row.drills)
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= column <= 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CohortPage(QWidget):
    def __init__(self, context: AppContext, cohort: CohortService, parent=None):
        super().__init__(parent)
        self.context = context
        self.service = cohort
        self.setAccessibleName(self.tr("Cohort"))
        self.choose_csv_path = lambda: QFileDialog.getSaveFileName(
            self, self.tr("Export the cohort"), str(Path.home() / "cohort.csv"), self.tr("CSV files (*.csv)"))[0]
        heading = QLabel(self.tr("Cohort"))
        set_role(heading, "title")
        intro = QLabel(self.tr("Everyone who uses this database, with their readiness, hours and latest exam. "
                               "Click a column to sort; type to filter by name."))
        intro.setWordWrap(True)
        set_role(intro, "subtitle")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name"))
        self.filter_edit.setAccessibleName(self.tr("Filter by name"))
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.model = CohortModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Trainees"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_drills())
        # A trainer reads the chosen trainee's own reflections and what they ticked for them.
        self.drill_panel = DrillRatingsPanel(cohort.drill_ratings, self._drill_title)
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        for widget in (heading, intro):
            layout.addWidget(widget)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.drill_panel)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        self.drill_panel.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self._loaded = False
        context.on(Change.TRAINEE | Change.HOURS | Change.ATTEMPTS | Change.PROGRESS | Change.ATTESTATIONS
                   | Change.CONVERSATIONS, self._stale, self)

    def focus_target(self):
        return self.filter_edit

    def showEvent(self, event):  # noqa: N802 - load lazily: many trainees make this the slowest page
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def _stale(self) -> None:
        self._loaded = False
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        chosen = self._chosen_row()
        rows = self.service.rows()
        self.model.set_rows(rows)
        self._choose(chosen.trainee_id if chosen else None)
        self._loaded = True
        self.status.setText(self.tr("%n trainee(s).", "", len(rows)))
        self._show_drills()

    def _drill_title(self, drill_id: str) -> str:
        drill = shown_catalog(self.context).drills.get(drill_id)
        return drill.title if drill is not None else drill_id  # a drill since removed keeps its id

    def _chosen_row(self) -> CohortRow | None:
        index = self.table.currentIndex()
        return self.model.rows[self.proxy.mapToSource(index).row()] if index.isValid() else None

    def _choose(self, trainee_id: int | None) -> None:
        """The same trainee stays chosen when the rows are read again."""
        for number, row in enumerate(self.model.rows):
            if row.trainee_id == trainee_id:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(number, 0)))
                return

    def _show_drills(self) -> None:
        row = self._chosen_row()
        self.drill_panel.show_trainee(row.trainee_id if row else None, row.name if row else "")

    def export_csv(self) -> None:
        target = self.choose_csv_path()
        if not target:
            return
        write_private_text(Path(target), cohort_csv(self.model.rows))
        self.status.setText(fill(self.tr("Exported to %1."), target))
