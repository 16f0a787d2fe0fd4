"""The files attached to one thing (a CE entry, training hours, an attestation, the certification): attach one
(PDF, PNG or JPEG, checked by its content), open one with the system viewer, remove one.

A file is opened only as the stored copy, named by the app after its SHA-256 with the
extension of what its content is, and only once its hash still matches: it is handed to the
viewer for that type, never run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.operations import renewal as ops
from trainer.study.attachments import (
    AttachmentError,
    AttachmentInfo,
    AttachmentService,
    checked_payload,
)
from trainer.ui.text import fill, say
from trainer.ui.theme import set_role

KIND_NAMES = {"application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG"}
INFO_ROLE = Qt.ItemDataRole.UserRole


FILE_TYPES = "PDF, PNG, JPEG (*.pdf *.png *.jpg *.jpeg)"


def choose_certificate(parent: QWidget) -> str:
    """A file chosen by the person ("" when they cancel); its type is checked by its content."""
    title = QCoreApplication.translate("Attachments", "Attach a certificate")
    kinds = fill(QCoreApplication.translate("Attachments", "Certificates and letters (%1)"), FILE_TYPES)
    return QFileDialog.getOpenFileName(parent, title, "", kinds)[0]


def open_with_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AttachmentList(QWidget):
    """`perform` delivers each operation's changes; `choose_file` and `open_url` are replaced in tests."""

    def __init__(self, attachments: AttachmentService, perform: Callable[[object], object],
                 choose_file: Callable[[], str], parent=None):
        super().__init__(parent)
        self.attachments, self.perform, self.choose_file = attachments, perform, choose_file
        self.open_url: Callable[[Path], bool] = open_with_viewer
        self.confirm = lambda name: QMessageBox.question(
            self, self.tr("Remove the file?"), fill(self.tr("Remove %1? Keep your own copy: this cannot be undone."),
                                                    name)) == QMessageBox.StandardButton.Yes
        self.owner: tuple[int, str, str | int] | None = None  # trainee, owner kind, owner key
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attached files"))
        self.list.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 8)  # a few files; the list scrolls
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.attach_button = QPushButton(self.tr("Attach a &file…"))
        self.attach_button.setToolTip(self.tr("A certificate, letter or transcript: PDF, PNG or JPEG, at most 10 MB"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.remove_button = QPushButton(self.tr("Remo&ve file"))
        for button, slot in ((self.attach_button, self.attach), (self.open_button, self.open_selected),
                             (self.remove_button, self.remove_selected)):
            button.setAutoDefault(False)  # in a dialog, Return stays with its own default button
            button.clicked.connect(lambda _=False, s=slot: s())
        self.empty = QLabel(self.tr("No files attached yet."))  # the empty list says so
        set_role(self.empty, "muted")
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.message.hide()
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.show_owner(None)

    def show_owner(self, owner: tuple[int, str, str | int] | None) -> None:
        """The files of (trainee id, owner kind, owner key); None: nothing chosen."""
        if owner != self.owner:
            self.message.hide()
        self.owner = owner
        self.list.clear()
        for info in self.attachments.list_for(owner[1], owner[2], owner[0]) if owner is not None else []:
            item = QListWidgetItem(fill(self.tr("%1 (%2, %3 KB)"), info.name, KIND_NAMES.get(info.media_type, ""),
                                        max(1, round(info.size / 1024))))
            item.setData(INFO_ROLE, info)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(owner is not None and not self.list.count())
        self._update_buttons()

    def infos(self) -> list[AttachmentInfo]:
        return [self.list.item(row).data(INFO_ROLE) for row in range(self.list.count())]

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.attach_button.setEnabled(self.owner is not None)
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def attach(self) -> None:
        if self.owner is None:
            return
        name = self.choose_file()
        if not name:
            return
        trainee_id, kind, key = self.owner
        try:
            self.perform(ops.attach_file(self.attachments, trainee_id, kind, key, Path(name)))
        except AttachmentError as exc:
            self._say(say(exc.message))
            return
        self._say("")
        self.show_owner(self.owner)

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            path = self.attachments.path_of(item.data(INFO_ROLE))  # refused when missing or changed
        except AttachmentError as exc:
            self._say(say(exc.message))
            return
        if not self.open_url(path):
            self._say(fill(self.tr("No program on this computer opens %1 files."),
                           KIND_NAMES.get(item.data(INFO_ROLE).media_type, "")))

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or not self.confirm(item.data(INFO_ROLE).name):
            return
        try:
            self.perform(ops.remove_attachment(self.attachments, item.data(INFO_ROLE).id))
        except AttachmentError as exc:
            self._say(say(exc.message))
            return
        self.show_owner(self.owner)


class PendingFiles(QWidget):
    """Files chosen in a form, attached once what they prove is saved: each is checked (type by
    content, size) as it is chosen, so a refusal is told at once and nothing is written."""

    def __init__(self, choose_file: Callable[[], str], attached: list[str] = (), parent=None):
        super().__init__(parent)
        self.choose_file = choose_file  # replaced in tests
        self.attached = list(attached)  # names already attached
        self.files: list[Path] = []
        self.button = QPushButton(self.tr("Attach a &certificate…"))
        self.button.setToolTip(self.tr("A certificate, letter or transcript: PDF, PNG or JPEG, at most 10 MB"))
        self.button.setAutoDefault(False)  # Return in the form saves it; it never opens the file chooser
        self.button.clicked.connect(lambda _=False: self.choose())
        self.names = QLabel()
        self.names.setWordWrap(True)
        self.names.setTextFormat(Qt.TextFormat.PlainText)  # file names are a person's
        self.empty = QLabel(self.tr("No files attached yet."))  # the empty list says so
        set_role(self.empty, "muted")
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.names, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._show_names()

    def _show_names(self) -> None:
        names = self.attached + [path.name for path in self.files]
        self.names.setText(fill(self.tr("Attached: %1"), ", ".join(names)) if names else "")

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def choose(self) -> None:
        name = self.choose_file()
        if not name:
            return
        try:
            checked_payload(Path(name))
        except AttachmentError as exc:
            self.say(say(exc.message))
            return
        self.say("")
        self.files.append(Path(name))
        self._show_names()

    def attach_to(self, attachments: AttachmentService, perform: Callable[[object], object], trainee_id: int,
                  owner_kind: str, owner_key: str | int) -> bool:
        """Attach the chosen files to what was saved (False: one was refused, and said so)."""
        while self.files:
            try:
                perform(ops.attach_file(attachments, trainee_id, owner_kind, owner_key, self.files[0]))
            except AttachmentError as exc:
                self.say(say(exc.message))
                return False
            self.attached.append(self.files.pop(0).name)
        self._show_names()
        return True
