"""Record a certification (the credential, its date, number and expiry), or move its expiry on
after the board renewed it. Nothing is kept until the rules accept it; a refusal shows in the
dialog, worded for a person."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from trainer.operations import renewal as ops
from trainer.study.certification import (
    NUMBER_LIMIT,
    CertificationError,
    CertificationInfo,
    CertificationService,
)
from trainer.study.renewal import add_years
from trainer.ui.formats import date_input_format
from trainer.ui.pages.renewal.wording import RenewalWording
from trainer.ui.widgets.field_error import error_label


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_input_format())
    edit.setAccessibleName(name)
    return edit


class CertificationDialog(QDialog):
    """`perform` delivers the operation's changes and returns the stored record."""

    def __init__(self, certifications: CertificationService, trainee_id: int, profiles: dict, *,
                 perform: Callable[[object], object], wording: RenewalWording, chosen: str | None = None,
                 parent=None):
        super().__init__(parent)
        self.certifications, self.trainee_id, self.profiles = certifications, trainee_id, profiles
        self.perform, self.wording = perform, wording
        self.stored: CertificationInfo | None = None
        self.setWindowTitle(self.tr("Record a certification"))
        self.profile_combo = QComboBox()
        self.profile_combo.setAccessibleName(self.tr("Credential"))
        for profile in sorted(profiles.values(), key=lambda p: (p.renewal is None, p.name)):
            self.profile_combo.addItem(profile.name, profile.id)
        if chosen is not None and self.profile_combo.findData(chosen) >= 0:
            self.profile_combo.setCurrentIndex(self.profile_combo.findData(chosen))
        self.certified_edit = date_edit(self.tr("Date certified"))
        self.certified_edit.setDate(QDate.currentDate())
        self.number_edit = QLineEdit()
        self.number_edit.setAccessibleName(self.tr("Certificate number"))
        self.number_edit.setMaxLength(NUMBER_LIMIT + 20)  # the rules word what is too long
        self.has_expiry = QCheckBox(self.tr("The certificate gives an &expiry date"))
        self.has_expiry.setChecked(True)
        self.expires_edit = date_edit(self.tr("Expiry date"))
        self.error = error_label()
        form = QFormLayout()
        for text, widget in ((self.tr("&Credential:"), self.profile_combo),
                             (self.tr("&Date certified:"), self.certified_edit),
                             (self.tr("Certificate &number:"), self.number_edit),
                             ("", self.has_expiry), (self.tr("E&xpires on:"), self.expires_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.has_expiry.toggled.connect(self.expires_edit.setEnabled)
        self.profile_combo.currentIndexChanged.connect(self._suggest_expiry)
        self.certified_edit.dateChanged.connect(self._suggest_expiry)
        self._suggest_expiry()

    def _suggest_expiry(self) -> None:
        """The profile's cycle after the certification date: most certificates expire then."""
        profile = self.profiles.get(self.profile_combo.currentData())
        cycle = profile.renewal.cycle_years if profile is not None and profile.renewal is not None else None
        years = cycle.value if cycle is not None else 2
        self.expires_edit.setDate(to_qdate(add_years(from_qdate(self.certified_edit.date()), years)))

    def save(self) -> None:
        expires = from_qdate(self.expires_edit.date()) if self.has_expiry.isChecked() else None
        try:
            done = ops.record_certification(self.certifications, self.trainee_id, self.profile_combo.currentData(),
                                            from_qdate(self.certified_edit.date()), expires_on=expires,
                                            number=self.number_edit.text(), profiles=self.profiles)
        except CertificationError as exc:
            self.error.setText(self.wording.error(exc))
            self.error.show()
            return
        self.stored = self.perform(done)
        self.accept()


class RenewDialog(QDialog):
    """The board renewed the credential: its new expiry starts the next cycle."""

    def __init__(self, certifications: CertificationService, current: CertificationInfo, *,
                 perform: Callable[[object], object], wording: RenewalWording, parent=None):
        super().__init__(parent)
        self.certifications, self.current, self.perform, self.wording = certifications, current, perform, wording
        self.setWindowTitle(self.tr("Renewed"))
        self.expires_edit = date_edit(self.tr("New expiry date"))
        start = current.expires_on or current.certified_on
        self.expires_edit.setDate(to_qdate(add_years(start, 2)))
        self.error = error_label()
        form = QFormLayout()
        label = QLabel(self.tr("&New expiry date:"))
        label.setBuddy(self.expires_edit)
        form.addRow(label, self.expires_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The board renewed your certification: give the expiry date on the new "
                               "certificate. The next cycle's CE hours count from the old expiry."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            done = ops.renew_certification(self.certifications, self.current.id, from_qdate(self.expires_edit.date()))
        except CertificationError as exc:
            self.error.setText(self.wording.error(exc))
            self.error.show()
            return
        self.perform(done)
        self.accept()
