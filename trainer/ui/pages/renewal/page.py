"""Certification and CE: the certification record, the continuing-education log with its
certificates, where renewal stands against the profile's rules, CSV in and out, and the
renewal packet. Every write is an operation (trainer.operations.renewal) delivered through
`context.perform`, so the Dashboard's "Ready to renew?" and the Reports page follow."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer.operations import Change, Done
from trainer.operations import renewal as ops
from trainer.study.attachments import AttachmentService
from trainer.study.ce_log import CeLogService
from trainer.study.ce_records import CeEntryInfo, CeError
from trainer.study.certification import CertificationService
from trainer.study.reminders import reminders
from trainer.study.renewal import evaluate
from trainer.ui.content_language import content_language, shown_catalog
from trainer.ui.context import AppContext
from trainer.ui.formats import date_text
from trainer.ui.pages.renewal.ce_dialog import CeEntryDialog
from trainer.ui.pages.renewal.ce_model import ENTRY_ROLE, CeRow, CeTableModel
from trainer.ui.pages.renewal.certification_dialog import CertificationDialog, RenewDialog
from trainer.ui.pages.renewal.csv_actions import CeCsv
from trainer.ui.pages.renewal.packet_actions import MakePacket, PacketMaker
from trainer.ui.pages.renewal.status_view import RenewalStatusView
from trainer.ui.pages.renewal.wording import RenewalWording, hours
from trainer.ui.text import fill
from trainer.ui.theme import set_role
from trainer.ui.widgets.attachment_list import AttachmentList, choose_certificate, open_with_viewer
from trainer.ui.widgets.scroll import scrolled
from trainer.ui.widgets.table_selection import select_record, selected_record


class RenewalPage(QWidget):
    def __init__(self, context: AppContext, certifications: CertificationService, ce_log: CeLogService,
                 attachments: AttachmentService, make_packet: Callable[[], MakePacket], reports_dir: Path,
                 parent=None):
        super().__init__(parent)
        self.context = context
        self.certifications, self.ce_log, self.attachments = certifications, ce_log, attachments
        self.wording = RenewalWording(self)
        self.setAccessibleName(self.tr("Certification and CE"))
        self.certification = None  # the current CertificationInfo, if any
        self.entry_dialog: CeEntryDialog | None = None
        self.certification_dialog: CertificationDialog | RenewDialog | None = None
        self.packet_file: Path | None = None
        self._shown_trainee: int | None = None
        # Replaced in tests: messages, questions and the system viewer.
        self.inform = lambda title, text: QMessageBox.information(self, title, text)
        self.confirm = lambda title, text: QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
        self.open_url = open_with_viewer
        self.csv = CeCsv(self, ce_log, self.wording, self._perform, lambda title, text: self.inform(title, text))
        self.packet = PacketMaker(self, make_packet, reports_dir, self.wording, self._perform)
        self.packet.finished.connect(self._packet_finished)

        title = QLabel(self.tr("Certification and CE"))
        set_role(title, "title")
        intro = QLabel(self.tr("After the exam: record your certification, log each continuing-education course "
                               "with its certificate, and see what still counts toward renewal."))
        intro.setWordWrap(True)
        set_role(intro, "subtitle")

        self.model = CeTableModel(self.wording, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("CE log"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.edit_entry())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.new_button = self._button(self.tr("&New course"), self.new_entry, self.tr("Add a CE course (Ctrl+N)"))
        self.edit_button = self._button(self.tr("&Edit"), self.edit_entry)
        self.delete_button = self._button(self.tr("De&lete"), self.delete_entry, self.tr("Delete (Delete key)"))
        self.import_button = self._button(self.tr("&Import CSV…"), self.import_csv)
        self.export_button = self._button(self.tr("E&xport CSV…"), self.export_csv)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        set_role(self.empty_label, "muted")
        self.files_label = QLabel(self.tr("Certificates of the selected course:"))
        self.entry_files = AttachmentList(attachments, self._perform, lambda: choose_certificate(self))
        self.entry_files.setAccessibleName(self.tr("Certificates of the selected course"))
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)  # the page fits a small screen at a large text size
        self.totals_label.setAccessibleName(self.tr("CE totals"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals_label, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        log = QWidget()
        log_layout = QVBoxLayout(log)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addLayout(actions)
        log_layout.addWidget(self.table, 1)
        log_layout.addWidget(self.empty_label)
        log_layout.addWidget(self.files_label)
        log_layout.addWidget(self.entry_files)
        log_layout.addLayout(bottom)

        self.status = RenewalStatusView(self.wording)
        self.record_button = self._button(self.tr("&Record certification…"), self.record_certification)
        self.renew_button = self._button(self.tr("Rene&wed…"), self.renew_certification,
                                         self.tr("The board renewed it: give the new expiry date"))
        record_row = QHBoxLayout()
        record_row.addWidget(self.record_button)
        record_row.addWidget(self.renew_button)
        record_row.addStretch(1)
        self.letters_label = QLabel(self.tr("Letters and certificates for the packet (a supervisor's letter, your "
                                            "certificate):"))
        self.letters_label.setWordWrap(True)
        self.certification_files = AttachmentList(attachments, self._perform, lambda: choose_certificate(self))
        self.certification_files.setAccessibleName(self.tr("Letters for the renewal packet"))
        self.packet_button = self._button(self.tr("Make the renewal &packet"), self.make_packet,
                                          self.tr("A signed PDF: the training summary, the documents to send and "
                                                  "every attached certificate"))
        set_role(self.packet_button, "primary")
        self.open_packet_button = self._button(self.tr("Open the packet"), self.open_packet)
        packet_row = QVBoxLayout()  # one above the other: the side panel stays narrow
        packet_row.addWidget(self.packet_button, 0, Qt.AlignmentFlag.AlignLeft)
        packet_row.addWidget(self.open_packet_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.packet_status = QLabel()
        self.packet_status.setWordWrap(True)
        self.packet_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.packet_status.setAccessibleName(self.tr("Renewal packet status"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 4, 0)
        side_layout.addLayout(record_row)
        side_layout.addWidget(self.status)
        side_layout.addWidget(self.letters_label)
        side_layout.addWidget(self.certification_files)
        side_layout.addLayout(packet_row)
        side_layout.addWidget(self.packet_status)
        side_layout.addStretch(1)
        side.setMinimumWidth(0)
        scroll = scrolled(side, frame=False)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(max(self.fontMetrics().averageCharWidth() * 32,  # its rows of buttons fit
                                   side.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()))
        splitter = QSplitter()
        splitter.addWidget(log)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 420])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(self.new_entry)
        delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.delete_entry)
        context.on(Change.RENEWAL | Change.TRAINEE | Change.BACKUPS | Change.CONTENT, self.refresh, self)
        self.refresh()

    def focus_target(self):
        return self.table if self.model.rowCount() else self.new_button

    def _button(self, text: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: slot())
        if tip:
            button.setToolTip(tip)
        return button

    def _perform(self, done: Done):
        return self.context.perform(done, source=self)

    # ---- data -------------------------------------------------------------------------
    def refresh(self, today: dt.date | None = None) -> None:
        trainee = self.context.trainee
        selected = self.selected_entry()
        if (trainee.id if trainee else None) != self._shown_trainee:  # another person's packet is not theirs
            self._shown_trainee, self.packet_file = (trainee.id if trainee else None), None
            self.packet_status.setText("")
        self.certification = self.certifications.current(trainee.id) if trainee else None
        entries = self.ce_log.list_entries(trainee.id) if trainee else []
        profile = shown_catalog(self.context).profiles.get(self.certification.profile_id) if self.certification else None
        status = None
        if self.certification is None:
            self.status.show_nothing()
        else:
            if profile is not None and profile.renewal is not None:
                status = evaluate(profile.renewal, entries, self.certification.certified_on,
                                  self.certification.expires_on)
            due = reminders(status, today or dt.date.today()) if status is not None else []
            self.status.show_status(profile, self.certification, status, due)
        counted = {c.entry.id: c for c in status.entries} if status is not None else {}
        files = Counter(a.owner_key for a in self.attachments.for_trainee(trainee.id)
                        if a.owner_kind == "ce") if trainee else Counter()
        self.model.set_rows(CeRow(e, counted.get(e.id), files[str(e.id)]) for e in entries)
        self.totals_label.setText(fill(self.tr("%n course(s), %1 hours logged.", "", len(entries)),
                                       hours(sum(e.hours for e in entries))))
        self.empty_label.setText(self.tr("No CE courses yet. Press Ctrl+N to add the first one, or import a "
                                         "CSV file."))
        self.empty_label.setVisible(not entries)
        for button in (self.new_button, self.import_button, self.record_button):
            button.setEnabled(trainee is not None)
        self.export_button.setEnabled(trainee is not None)  # an empty log still exports its header
        self.renew_button.setVisible(self.certification is not None)
        self.packet_button.setEnabled(status is not None and not self.packet.busy)
        self.open_packet_button.setVisible(self.packet_file is not None)
        self.files_label.setVisible(bool(entries))
        self.entry_files.setVisible(bool(entries))
        self.certification_files.show_owner(
            (trainee.id, "certification", self.certification.id) if self.certification else None)
        self.letters_label.setVisible(self.certification is not None)
        self.certification_files.setVisible(self.certification is not None)
        if selected is None or not self.select_entry(selected.id):
            self._selection_changed()

    def selected_entry(self) -> CeEntryInfo | None:
        return selected_record(self.table, ENTRY_ROLE)

    def select_entry(self, entry_id: int) -> bool:
        return select_record(self.table, entry_id)

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        self.edit_button.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None)
        trainee = self.context.trainee
        self.entry_files.show_owner((trainee.id, "ce", entry.id) if entry is not None and trainee else None)

    def topics(self) -> tuple[str, ...]:
        """The topics the rules count, offered as examples in the entry form."""
        wanted = self.certification.profile_id if self.certification else None
        trainee = self.context.trainee
        profile = shown_catalog(self.context).profiles.get(wanted or (trainee.profile_id if trainee else None) or "")
        return tuple(profile.renewal.topic_hours) if profile is not None and profile.renewal is not None else ()

    # ---- the CE log -------------------------------------------------------------------
    def new_entry(self) -> None:
        self._open_entry_dialog(None)

    def edit_entry(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self._open_entry_dialog(entry)

    def _open_entry_dialog(self, entry: CeEntryInfo | None) -> None:
        trainee = self.context.trainee
        if trainee is None:
            return
        self.entry_dialog = CeEntryDialog(self.ce_log, self.attachments, trainee.id, entry, perform=self._perform,
                                          wording=self.wording, topics=self.topics(), parent=self)
        self.entry_dialog.accepted.connect(self._saved)
        self.entry_dialog.open()
        self.entry_dialog.date_edit.setFocus()

    def _saved(self) -> None:
        stored = self.entry_dialog.stored if self.entry_dialog is not None else None
        if stored is not None:
            self.select_entry(stored.id)  # the log was refreshed when the save was performed
        self.table.setFocus()

    def delete_entry(self) -> None:
        entry = self.selected_entry()
        if entry is None or not self.confirm(self.tr("Delete course?"), fill(self.tr(
                "Delete %1 (%2 hours on %3) and the files attached to it? This cannot be undone."),
                entry.title, hours(entry.hours), date_text(entry.date))):
            return
        try:
            self._perform(ops.delete_ce_entry(self.ce_log, entry.id))
        except CeError as exc:
            self.inform(self.tr("Cannot delete"), self.wording.error(exc))

    def import_csv(self) -> None:
        if self.context.trainee is not None:
            self.csv.import_file(self.context.trainee.id)

    def export_csv(self) -> None:
        if self.context.trainee is not None:
            self.csv.export_file(self.context.trainee.id)

    # ---- the certification and the packet --------------------------------------------------
    def record_certification(self) -> None:
        trainee = self.context.trainee
        if trainee is None:
            return
        self.certification_dialog = CertificationDialog(
            self.certifications, trainee.id, shown_catalog(self.context).profiles, perform=self._perform,
            wording=self.wording, chosen=trainee.profile_id, parent=self)
        self.certification_dialog.open()

    def renew_certification(self) -> None:
        if self.certification is None:
            return
        self.certification_dialog = RenewDialog(self.certifications, self.certification, perform=self._perform,
                                                wording=self.wording, parent=self)
        self.certification_dialog.open()

    def make_packet(self) -> None:
        trainee = self.context.trainee
        if trainee is None or self.certification is None or self.packet.busy:
            return
        self.packet_status.setText(self.tr("Making the renewal packet…"))
        self.packet.start(self.context.catalog, trainee.id, trainee.name, content_language(self.context))
        self.packet_button.setEnabled(False)

    def _packet_finished(self, text: str, path: Path | None) -> None:
        self.packet_status.setText(text)
        if path is not None:
            self.packet_file = path
        self.refresh()

    def open_packet(self) -> None:
        if self.packet_file is not None and self.packet_file.is_file():
            self.open_url(self.packet_file)
        else:
            self.packet_status.setText(self.tr("The packet's file was moved or deleted: make it again."))
