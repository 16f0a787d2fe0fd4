"""Hours against the trainee's certification profile, and its self-attested items."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.content.schema import CertificationProfile
from trainer.study.attachments import AttachmentService
from trainer.study.hours import (
    PACE_WEEKS,
    HoursEntryInfo,
    HoursTotals,
    estimate_completion,
    progress_against,
    totals_of,
)
from trainer.ui.formats import date_input_format, date_text
from trainer.ui.pages.hours.wording import HoursWording
from trainer.ui.text import fill
from trainer.ui.theme import set_role


def _number(value: float) -> str:
    return f"{value:g}"


class ProgressView(QGroupBox):
    """One bar per requirement: done of required, what remains, and when it may be met."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Your progress"), parent)
        self.bars: dict[str, QProgressBar] = {}
        self.details: dict[str, QLabel] = {}
        self.layout_ = QVBoxLayout(self)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        set_role(self.empty, "muted")
        self.layout_.addWidget(self.empty)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(0)
        self.layout_.addWidget(self.grid_host)

    def show_progress(self, profile: CertificationProfile | None, entries: list[HoursEntryInfo],
                      domain_names: dict[str, str], today: dt.date | None = None,
                      totals: HoursTotals | None = None) -> None:
        """`totals`: of `entries`, when the caller has them already (summed once for a long log)."""
        today = today or dt.date.today()
        while self.grid.count():
            item = self.grid.takeAt(0)
            item.widget().deleteLater()
        self.bars.clear()
        self.details.clear()
        if profile is None:
            self.empty.setText(self.tr("Choose your certification in Settings to see your hours against it."))
            self.empty.show()
            return
        self.empty.setText(fill(self.tr("%1. Hours done count verified and unverified entries."), profile.name))
        self.empty.show()
        names = HoursWording(self).kinds()
        for row, req in enumerate(progress_against(profile, totals if totals is not None else totals_of(entries))):
            title = names[req.kind] if req.domain is None else domain_names.get(req.domain, req.domain)
            label = QLabel(title)
            label.setWordWrap(True)  # a long domain name (in Spanish most of all) wraps, never cut
            if req.domain is None:
                bold = label.font()
                bold.setBold(True)
                label.setFont(bold)
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(round(req.fraction * 1000))
            bar.setFormat(fill(self.tr("%1 of %2 h"), _number(req.done), _number(req.required)))
            bar.setAccessibleName(fill(self.tr("%1: %2 of %3 hours"), title, _number(req.done),
                                       _number(req.required)))
            label.setBuddy(bar)
            detail = QLabel(self._detail(req, entries, today))
            detail.setTextFormat(Qt.TextFormat.PlainText)  # holds the profile's note: never rich text
            detail.setWordWrap(True)
            set_role(detail, "muted")
            block = QWidget()
            column = QVBoxLayout(block)
            # Domains sit under the training total, indented.
            column.setContentsMargins(24 if req.domain else 0, 4, 0, 4)
            column.setSpacing(2)
            for widget in (label, bar, detail):
                column.addWidget(widget)
            self.grid.addWidget(block, row, 0)
            self.bars[req.key] = bar
            self.details[req.key] = detail

    def _detail(self, req, entries, today: dt.date) -> str:
        if req.met:
            text = self.tr("Met.")
        else:
            text = fill(self.tr("%1 h to go."), _number(req.remaining))
            when = estimate_completion(entries, req, today)
            if when is None:
                text += " " + self.tr("Estimated completion: not enough history yet.")
            else:
                text += " " + fill(self.tr("At your pace of the last %n week(s): about %1.", "", PACE_WEEKS),
                                   date_text(when))
        if not req.verified:
            text += " " + self.tr("This figure is not confirmed: check with your board.")
            if req.note:
                text += " " + req.note
        return text


NO_DATE = QDate(2000, 1, 1)  # shown as "not yet"


class AttestationsView(QGroupBox):
    """The profile's self-attested items as a checklist, each with the date it was met and,
    given `attachments` and `perform`, a button for the files that prove it."""

    changed = Signal(str, object)  # attestation id, date or None

    def __init__(self, attachments: Callable[[], AttachmentService] | None = None,
                 perform: Callable[[object], object] | None = None, parent=None):
        super().__init__(self.tr("Attestations"), parent)
        self.attachments, self.perform = attachments, perform
        self.trainee_id: int | None = None
        self.boxes: dict[str, QCheckBox] = {}
        self.dates: dict[str, QDateEdit] = {}
        self.file_buttons: dict[str, QPushButton] = {}
        self.files_dialog = None  # the open AttestationFilesDialog, for tests
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)

    def show_items(self, profile: CertificationProfile | None, met: dict[str, dt.date],
                   trainee_id: int | None = None) -> None:
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.boxes.clear()
        self.dates.clear()
        self.file_buttons.clear()
        self.trainee_id = trainee_id
        items = profile.attestations if profile else ()
        if not items:
            empty = QLabel(self.tr("Your certification has no self-attested items."))
            set_role(empty, "muted")
            self.grid.addWidget(empty, 0, 0)
            return
        for row, item in enumerate(items):
            box = QCheckBox()
            box.setAccessibleName(item.label)
            box.setChecked(item.id in met)
            text = QLabel(item.label)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setBuddy(box)
            date = QDateEdit()
            date.setDisplayFormat(date_input_format())
            date.setCalendarPopup(True)
            date.setMinimumDate(NO_DATE)
            date.setSpecialValueText(self.tr("not yet"))  # an unticked item shows no date
            day = met.get(item.id)
            date.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
            date.setEnabled(item.id in met)
            date.setAccessibleName(fill(self.tr("Date met: %1"), item.label))
            box.toggled.connect(lambda on, i=item.id: self._toggled(i, on))
            date.editingFinished.connect(lambda i=item.id: self._date_changed(i))
            # Two grid rows an item: its files button sits under the date, beside the label's
            # second line, so the narrow side panel gets no wider.
            self.grid.addWidget(box, 2 * row, 0, 2, 1)
            self.grid.addWidget(text, 2 * row, 1, 2, 1)
            self.grid.addWidget(date, 2 * row, 2)
            self.boxes[item.id] = box
            self.dates[item.id] = date
            if self.attachments is not None and trainee_id is not None:
                self._add_files_button(row, item)
        self._count_files()

    def _add_files_button(self, row: int, item) -> None:
        button = QPushButton()
        button.setAccessibleName(fill(self.tr("Files for %1"), item.label))
        button.setToolTip(self.tr("Attach, open or remove the files that prove it: PDF, PNG or JPEG"))
        button.clicked.connect(lambda _=False, i=item: self.open_files(i.id, i.label))
        self.grid.addWidget(button, 2 * row + 1, 2, Qt.AlignmentFlag.AlignTop)
        self.file_buttons[item.id] = button

    def _count_files(self) -> None:
        if not self.file_buttons:
            return
        counts = Counter(a.owner_key for a in self.attachments().for_trainee(self.trainee_id)
                         if a.owner_kind == "attestation")
        for item_id, button in self.file_buttons.items():
            count = counts[item_id]
            button.setText(self.tr("%n file(s)…", "", count) if count else self.tr("Attach…"))

    def open_files(self, item_id: str, label: str) -> None:
        from trainer.ui.pages.hours.attestation_files import AttestationFilesDialog

        def perform(done):
            value = self.perform(done)
            self._count_files()  # the page skips its own attestation changes: count here
            return value

        self.files_dialog = AttestationFilesDialog(self.attachments(), perform, self.trainee_id, item_id, label,
                                                   self)
        self.files_dialog.open()

    def _day(self, item_id: str) -> dt.date:
        day = self.dates[item_id].date()
        return dt.date(day.year(), day.month(), day.day())

    def _toggled(self, item_id: str, on: bool) -> None:
        date = self.dates[item_id]
        date.setEnabled(on)
        date.setDate(QDate.currentDate() if on else NO_DATE)  # met today, unless changed
        self.changed.emit(item_id, self._day(item_id) if on else None)

    def _date_changed(self, item_id: str) -> None:
        if self.boxes[item_id].isChecked():
            self.changed.emit(item_id, self._day(item_id))
