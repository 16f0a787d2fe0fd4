"""Hours page: the log (filtered, sorted, with totals), progress, attestations, CSV in and out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trainer.operations import Change, Done
from trainer.operations import hours as ops
from trainer.study.attachments import AttachmentService
from trainer.study.attestations import AttestationService
from trainer.study.hours import HoursError, HoursService, totals_of
from trainer.study.signoff_records import SignoffService
from trainer.ui.content_language import shown_catalog
from trainer.ui.context import AppContext
from trainer.ui.formats import date_input_format, date_text, hours_text
from trainer.ui.pages.hours.csv_actions import HoursCsv
from trainer.ui.pages.hours.dialogs import HistoryDialog, ImportPreviewDialog
from trainer.ui.pages.hours.entry_dialog import EntryDialog
from trainer.ui.pages.hours.log_table import HoursLogTable
from trainer.ui.pages.hours.models import ENTRY_ROLE, HoursTableModel
from trainer.ui.pages.hours.progress_view import AttestationsView, ProgressView
from trainer.ui.pages.hours.signoff_actions import HoursSignoff
from trainer.ui.pages.hours.wording import HoursWording
from trainer.ui.text import fill
from trainer.ui.theme import set_role
from trainer.ui.widgets.scroll import scrolled
from trainer.ui.widgets.table_selection import select_record, selected_record

ANY_DATE = QDate(2000, 1, 1)


def _day(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    return None if value == edit.minimumDate() else dt.date(value.year(), value.month(), value.day())


class HoursPage(QWidget):
    """The trainee's hours log. Every write is an operation (trainer.operations.hours) whose
    changes go through `context.perform`, so the Dashboard and the rest follow."""

    def __init__(self, context: AppContext, hours: HoursService, attestations: AttestationService,
                 signoff: Callable[[], SignoffService], attachments: Callable[[], AttachmentService] | None = None,
                 parent=None):
        super().__init__(parent)
        self.context = context
        self.hours, self.attestation_service, self.attachments = hours, attestations, attachments
        self.wording = HoursWording(self)
        self.csv = HoursCsv(self, hours, self.wording, self._perform)
        self.signoff = HoursSignoff(self, hours, signoff, self.wording, self._perform)
        self.setAccessibleName(self.tr("Hours"))
        self.entry_dialog: EntryDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.domain_names = {d.id: d.name for d in shown_catalog(context).domains.values()}

        title = QLabel(self.tr("Hours"))
        set_role(title, "title")
        self.model = HoursTableModel(self.domain_names, self)
        self.table = HoursLogTable(self.model)
        self.table.activated.connect(lambda _index: self.edit_entry())

        self.new_button = self._button(self.tr("&New entry"), self.new_entry, self.tr("Add hours (Ctrl+N)"))
        self.edit_button = self._button(self.tr("&Edit"), self.edit_entry)
        self.delete_button = self._button(self.tr("De&lete"), self.delete_entry, self.tr("Delete (Delete key)"))
        self.verify_button = self._button(self.tr("&Verify…"), self.verify_entry)
        self.unverify_button = self._button(self.tr("&Un-verify"), self.unverify_entry)
        self.history_button = self._button(self.tr("Histor&y"), self.show_history)
        self.import_button = self._button(self.tr("&Import CSV…"), self.import_csv)
        self.export_button = self._button(self.tr("E&xport CSV…"), self.export_csv)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.verify_button,
                       self.unverify_button, self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        signing = self.signoff.button_row(self._button, sign=self.sign_entries, request=self.export_request,
                                          response=self.import_response, change=self.ask_for_change)
        self.sign_button, self.change_button = self.signoff.sign_button, self.signoff.change_button

        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Filter by kind"))
        self.kind_filter.addItem(self.tr("Every kind"), None)
        for kind, label in self.wording.kinds().items():
            self.kind_filter.addItem(label, kind)
        self.domain_filter = QComboBox()
        self.domain_filter.setAccessibleName(self.tr("Filter by domain"))
        self.domain_filter.addItem(self.tr("Every domain"), None)
        for domain_id, name in self.domain_names.items():
            self.domain_filter.addItem(name, domain_id)
        self.verified_filter = QComboBox()
        self.verified_filter.setAccessibleName(self.tr("Filter by verification"))
        for label, value in ((self.tr("Any status"), None), (self.tr("Verified"), True),
                             (self.tr("Not verified"), False)):
            self.verified_filter.addItem(label, value)
        self.from_date, self.to_date = self._date_filter(), self._date_filter()
        filters = QHBoxLayout()
        filter_label = QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.kind_filter)
        from_label, to_label = QLabel(self.tr("&From")), QLabel(self.tr("&to"))
        from_label.setBuddy(self.from_date)
        to_label.setBuddy(self.to_date)
        for widget in (filter_label, self.kind_filter, self.domain_filter, self.verified_filter):
            filters.addWidget(widget)
        filters.addStretch(1)
        # Dates on a row of their own, so the log fits a laptop screen beside the progress panel.
        dates = QHBoxLayout()
        for widget in (from_label, self.from_date, to_label, self.to_date):
            dates.addWidget(widget)
        dates.addStretch(1)
        for combo in (self.kind_filter, self.domain_filter, self.verified_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
            # Long domain names must not widen the window past the screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self.apply_filters)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.totals_label.setAccessibleName(self.tr("Totals of the entries shown"))
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        set_role(self.empty_label, "muted")

        log = QWidget()
        log_layout = QVBoxLayout(log)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addLayout(actions)
        log_layout.addLayout(signing)
        log_layout.addLayout(filters)
        log_layout.addLayout(dates)
        log_layout.addWidget(self.table, 1)
        log_layout.addWidget(self.empty_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals_label, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        log_layout.addLayout(bottom)

        self.progress = ProgressView()
        self.attestations = AttestationsView(attachments, self._perform)  # with each item's files
        self.attestations.changed.connect(self._attestation_changed)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        side_layout.addWidget(self.progress)
        side_layout.addWidget(self.attestations)
        side_layout.addStretch(1)
        scroll = scrolled(side, frame=False)
        splitter = QSplitter()
        splitter.addWidget(log)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 32)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(0)
        splitter.setSizes([600, 420])
        self._sized_columns = False
        self._all_totals = totals_of([])  # of every entry, summed once a refresh

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(self.new_entry)
        delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.delete_entry)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        context.on(Change.HOURS | Change.TRAINEE | Change.CONTENT | Change.BACKUPS, self.refresh, self)
        # Its own attestation ticks are shown already (rebuilding would drop the box being used).
        context.on(Change.ATTESTATIONS, self._show_attestations, self, skip_own=True)
        context.on(Change.PREFERENCES, lambda: QTimer.singleShot(0, self._size_columns), self)  # new font, then fit
        self.refresh()

    def focus_target(self):
        return self.table if self.model.rowCount() else self.new_button

    def _button(self, text: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: slot())
        if tip:
            button.setToolTip(tip)
        return button

    def _date_filter(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat(date_input_format())
        edit.setCalendarPopup(True)
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(ANY_DATE)
        return edit

    # ---- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        trainee = self.context.trainee
        selected = self.selected_entry()
        entries = self.hours.list_entries(trainee.id) if trainee else []
        self.model.set_rows(entries, self.signoff.refresh(trainee.id if trainee else None, entries))
        if entries and not self._sized_columns:
            self._size_columns()
        self.new_button.setEnabled(trainee is not None)
        self.import_button.setEnabled(trainee is not None)
        self.signoff.enable(trainee is not None, bool(entries))
        self.export_button.setEnabled(bool(entries))
        self._all_totals = totals_of(entries)  # once: for the progress panel, and the totals line when unfiltered
        self.progress.show_progress(self.context.profile(), entries, self.domain_names, totals=self._all_totals)
        self._show_attestations()
        self.empty_label.setText("" if entries else self.tr(
            "No hours yet. Press Ctrl+N to add your first entry, or import a CSV file."))
        self.empty_label.setVisible(not entries)
        if selected is not None:
            self.select_entry(selected.id)
        self._update_totals()
        self._update_buttons()

    def _show_attestations(self) -> None:
        trainee = self.context.trainee
        met = self.attestation_service.met(trainee.id) if trainee else {}
        self.attestations.show_items(self.context.profile() if trainee else None, met, trainee.id if trainee else None)

    def _size_columns(self) -> None:
        self._sized_columns = True
        self.table.size_columns()

    def apply_filters(self) -> None:
        self.model.set_filters(kind=self.kind_filter.currentData(), domain=self.domain_filter.currentData(),
                               start=_day(self.from_date), end=_day(self.to_date),
                               verified=self.verified_filter.currentData())
        self._update_totals()
        self._update_buttons()

    def _update_totals(self) -> None:
        shown = self.model.rows
        totals = totals_of(shown) if self.model.filtered else self._all_totals
        overall = totals.training + totals.experience + totals.supervision
        self.totals_label.setText(
            fill(self.tr("Shown: %n entry(s), %1 h (training %2, experience %3, supervision %4).", "", len(shown)),
                 hours_text(overall), hours_text(totals.training), hours_text(totals.experience),
                 hours_text(totals.supervision)))

    def selected_entry(self):
        return selected_record(self.table, ENTRY_ROLE)

    def select_entry(self, entry_id: int) -> bool:
        return select_record(self.table, entry_id)

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        locked = entry is not None and entry.verified
        signed = self.signoff.is_signed(entry)
        lock_tip = "" if not locked else fill(self.tr(
            "Signed by %1: a signed entry changes only when a supervisor signs the change. Use Ask for a change.")
            if signed else self.tr("Verified by %1: verified entries are locked. Un-verify it to change or delete it."),
            entry.verified_by or "")
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(entry is not None and not locked)
            button.setToolTip(lock_tip)
        self.verify_button.setEnabled(entry is not None and not locked)
        self.unverify_button.setEnabled(locked and not signed)
        self.change_button.setEnabled(signed)
        self.history_button.setEnabled(entry is not None)

    def _by(self) -> str | None:
        trainee = self.context.trainee
        return trainee.name if trainee else None

    def _perform(self, done: Done):
        return self.context.perform(done, source=self)

    def _error(self, title: str, exc: HoursError) -> None:
        QMessageBox.warning(self, title, self.wording.error(exc))

    @property
    def import_dialog(self) -> ImportPreviewDialog | None:
        return self.csv.import_dialog

    # ---- actions ------------------------------------------------------------------------
    def new_entry(self) -> None:
        self._open_entry_dialog(None)

    def edit_entry(self) -> None:
        entry = self.selected_entry()
        if entry is not None and not entry.verified:
            self._open_entry_dialog(entry)

    def _open_entry_dialog(self, entry) -> None:
        trainee = self.context.trainee
        if trainee is None:
            return
        self.entry_dialog = EntryDialog(self.hours, trainee.id, self.domain_names, entry, by=self._by(),
                                        perform=self._perform, wording=self.wording, parent=self,
                                        attachments=self.attachments)
        self.entry_dialog.saved.connect(self._saved)
        self.entry_dialog.open()
        self.entry_dialog.date_edit.setFocus()

    def _saved(self, entry) -> None:
        self.select_entry(entry.id)  # the log was refreshed when the save was performed
        self.table.setFocus()

    def delete_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.verified:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete entry?"),
            fill(self.tr("Delete %1 h of %2 on %3? This cannot be undone."), hours_text(entry.hours),
                 self.wording.kind(entry.kind).lower(), date_text(entry.date)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._perform(ops.delete_entry(self.hours, entry.id, by=self._by()))
        except HoursError as exc:
            self._error(self.tr("Cannot delete"), exc)

    def verify_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.verified:
            return
        name, ok = QInputDialog.getText(self, self.tr("Verify hours"),
                                        self.tr("Name of the supervisor verifying these hours:"),
                                        text=entry.supervisor or "")
        if not ok:
            return
        try:
            self._perform(ops.verify_entry(self.hours, entry.id, name))
        except HoursError as exc:
            self._error(self.tr("Cannot verify"), exc)

    def unverify_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.verified:
            return
        try:
            self._perform(ops.unverify_entry(self.hours, entry.id, by=self._by()))
        except HoursError as exc:
            self._error(self.tr("Cannot un-verify"), exc)

    def _with_trainee(self, action) -> None:
        if self.context.trainee is not None:
            action(self.context.trainee.id)

    def sign_entries(self) -> None:
        self._with_trainee(lambda tid: self.signoff.sign(tid, self.model.all_rows, self.selected_entry()))

    def export_request(self) -> None:
        self._with_trainee(lambda tid: self.signoff.export_request(tid, self.model.all_rows))

    def import_response(self) -> None:  # a response from a supervisor elsewhere
        self._with_trainee(self.signoff.import_response)

    def ask_for_change(self) -> None:
        entry = self.selected_entry()  # the logic refuses anything but a request for a signed entry anyway
        self._with_trainee(lambda tid: self.signoff.ask_for_change(tid, entry, self.domain_names, self._by()))

    def show_history(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self.history_dialog = HistoryDialog(self.hours.history(entry_id=entry.id), self,
                                            signatures=self.signoff.history_lines(entry.id))
        self.history_dialog.open()

    def _attestation_changed(self, item_id: str, on) -> None:
        trainee = self.context.trainee
        if trainee is not None:  # the Dashboard counts attestations too
            self._perform(ops.set_attestation(self.attestation_service, trainee.id, item_id, on))

    # ---- CSV (read and written in the background) ------------------------------------------
    def import_csv(self) -> None:
        self._with_trainee(lambda tid: self.csv.import_file(tid, self._by()))

    def export_csv(self) -> None:
        self._with_trainee(self.csv.export_file)
