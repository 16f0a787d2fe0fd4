"""Progress notes: a service contact is described; the trainee picks a format (DAP, SOAP or
BIRP) and writes the note, saved as a draft a moment after each edit (nothing is lost on a
crash); checks it against the rubric of a billable peer note; then sees the model note. The
note can be exported as text or PDF in the background (run_task)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trainer.content.scenario_schema import NOTE_FORMATS, NoteExercise
from trainer.operations import conversations as ops
from trainer.study.note_records import NoteAttemptInfo, NoteRecords
from trainer.ui.background import run_task
from trainer.ui.content_language import shown_catalog
from trainer.ui.context import AppContext
from trainer.ui.pages.conversations.drills_lists import current_id, refill, side_by_side, when
from trainer.ui.pages.conversations.notes_check import NoteCheck
from trainer.ui.pages.conversations.notes_wording import NoteWording
from trainer.ui.text import fill
from trainer.ui.theme import set_role
from trainer.ui.widgets.content_text import plain_label, set_plain_text
from trainer.ui.widgets.scroll import scrolled

AUTOSAVE_MS = 800  # after the last keystroke: a crash loses at most this moment of typing


class NotesTab(QWidget):
    def __init__(self, context: AppContext, notes: Callable[[], NoteRecords], parent=None):
        super().__init__(parent)
        self.context = context
        self._notes = notes  # opened on the first look: the database is not needed to show the page
        self.wording = NoteWording(self)
        self._trainee_id: int | None = None
        self._shown_id: str | None = None  # the exercise in the editor
        self._writer: int | None = None  # whose note is in the editor: a draft is always theirs
        self._showing = False
        self._unsaved = False  # typed since the last save
        self._stale = True
        self.setAccessibleName(self.tr("Progress notes"))
        self.choose_export_path = self._ask_export_path  # tests answer the file dialog
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)

        self.exercise_list = QListWidget()
        self.exercise_list.setAccessibleName(self.tr("Note-writing exercises"))
        self.exercise_list.currentItemChanged.connect(lambda *_: self._show_exercise())

        self.title = plain_label("")
        set_role(self.title, "title")
        contact_label = QLabel(self.tr("The contact"))
        set_role(contact_label, "subtitle")
        self.contact = plain_label("")
        self.contact.setWordWrap(True)
        self.contact.setAccessibleName(self.tr("The service contact to document"))
        self.goal = plain_label("")
        self.goal.setWordWrap(True)
        self.format_combo = QComboBox()
        for note_format in NOTE_FORMATS:
            self.format_combo.addItem(self.wording.format_name(note_format), note_format)
        self.format_combo.setAccessibleName(self.tr("Note format"))
        self.format_combo.currentIndexChanged.connect(lambda _i: self._format_changed())
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format_combo)
        self.format_hint = plain_label("")
        self.format_hint.setWordWrap(True)
        set_role(self.format_hint, "muted")
        editor_label = QLabel(self.tr("Your &note:"))
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Your progress note"))
        self.editor.setMinimumHeight(self.editor.fontMetrics().lineSpacing() * 14)
        self.editor.textChanged.connect(self._edited)
        editor_label.setBuddy(self.editor)
        self.draft_status = plain_label("")
        set_role(self.draft_status, "muted")
        self.check_button = QPushButton(self.tr("&Check against the rubric"))
        self.check_button.clicked.connect(self.start_check)
        self.export_text_button = QPushButton(self.tr("Export as &text…"))
        self.export_text_button.clicked.connect(lambda: self.export(".txt"))
        self.export_pdf_button = QPushButton(self.tr("Export as &PDF…"))
        self.export_pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.check = NoteCheck(self.wording)
        self.check.save_button.clicked.connect(self.save_check)
        self.status = plain_label("")
        self.status.setWordWrap(True)
        self.history_label = QLabel(self.tr("Your checked notes for this exercise"))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Your checked notes for this exercise"))

        format_row = QHBoxLayout()
        format_row.addWidget(format_label)
        format_row.addWidget(self.format_combo)
        format_row.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.check_button, self.export_text_button, self.export_pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        work = QWidget()
        layout = QVBoxLayout(work)
        for widget in (self.title, contact_label, self.contact, self.goal):
            layout.addWidget(widget)
        layout.addLayout(format_row)
        for widget in (self.format_hint, editor_label, self.editor, self.draft_status):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for widget in (self.check, self.status, self.history_label, self.history):
            layout.addWidget(widget)
        layout.addStretch(1)
        split = QSplitter()
        split.addWidget(self.exercise_list)
        split.addWidget(scrolled(work, frame=False))
        side_by_side(split)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        outer.addWidget(split)
        self._show_exercise()

    # ---- what the page asks of a tab ----------------------------------------------------
    def focus_target(self) -> QWidget:
        return self.editor if self.current_exercise() is not None else self.exercise_list

    def refresh(self) -> None:
        """The trainee, the content or the records changed (our own drafts too): the lists
        follow; what is in the editor stays. Off screen it waits for the next show."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        trainee = self.context.trainee
        trainee_id = trainee.id if trainee else None
        another_person = trainee_id != self._trainee_id
        if another_person:
            self.save_draft()  # the last person's typing is theirs
        self._trainee_id = trainee_id
        scores = self._notes().best_scores(trainee_id) if trainee_id is not None else {}
        exercises = sorted(shown_catalog(self.context).notes.values(), key=lambda e: e.title.lower())
        keep = current_id(self.exercise_list)
        entries = []
        for exercise in exercises:
            if exercise.id not in scores:
                entries.append((exercise.id, exercise.title))
            elif scores[exercise.id] is None:
                entries.append((exercise.id, fill(self.tr("%1 (draft)"), exercise.title)))
            else:
                entries.append((exercise.id, fill(self.tr("%1 (checked: %2%)"), exercise.title,
                                                  f"{scores[exercise.id]:.0f}")))
        refill(self.exercise_list, entries, keep)
        if self.exercise_list.currentItem() is None and self.exercise_list.count():
            self.exercise_list.setCurrentRow(0)
        elif self._showing:
            return  # a draft saved on the way to another exercise: that one is being shown
        elif another_person or current_id(self.exercise_list) != self._shown_id:
            self._show_exercise()
        else:
            self._show_history()

    def showEvent(self, event):  # noqa: N802 - a refresh skipped while hidden happens now
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def hideEvent(self, event):  # noqa: N802 - leaving the tab keeps what was typed
        self.save_draft()
        super().hideEvent(event)

    # ---- the exercise and its note ------------------------------------------------------
    def current_exercise(self) -> NoteExercise | None:
        exercise_id = current_id(self.exercise_list)
        return shown_catalog(self.context).notes.get(exercise_id) if exercise_id else None

    def note_format(self) -> str:
        return self.format_combo.currentData()

    def _shown_exercise(self) -> NoteExercise | None:
        return shown_catalog(self.context).notes.get(self._shown_id) if self._shown_id else None

    def _show_exercise(self) -> None:
        self._showing = True
        try:
            self.save_draft()  # the note being left is kept first
            self._show(self.current_exercise())
        finally:
            self._showing = False

    def _show(self, exercise: NoteExercise | None) -> None:
        trainee = self.context.trainee
        self._writer = trainee.id if trainee else None
        self._shown_id = exercise.id if exercise else None
        self.check.reset()
        self.status.clear()
        for widget in (self.editor, self.format_combo, self.check_button, self.export_text_button,
                       self.export_pdf_button):
            widget.setEnabled(exercise is not None)
        if exercise is None:
            set_plain_text(self.title, self.tr("No note-writing exercises are loaded."))
            for label in (self.contact, self.goal, self.format_hint, self.draft_status):
                label.clear()
            self._set_editor("")
            self._show_history()
            return
        set_plain_text(self.title, exercise.title)
        set_plain_text(self.contact, exercise.contact)
        set_plain_text(self.goal, fill(self.tr("The goal in the person's recovery plan: %1"), exercise.goal))
        latest = self._notes().latest(trainee.id, exercise.id) if trainee else None
        note_format = latest.format if latest else exercise.format
        self._set_format(note_format)
        self._set_editor(latest.text if latest else self.wording.template(note_format))
        self.draft_status.setText(self._saved_text(latest))
        self._update_format_hint()
        self._show_history()

    def _set_editor(self, text: str) -> None:
        self.editor.blockSignals(True)  # showing a note is not an edit
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.autosave.stop()
        self._unsaved = False

    def _set_format(self, note_format: str) -> None:
        self.format_combo.blockSignals(True)
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(note_format), 0))
        self.format_combo.blockSignals(False)
        self._format_in_editor = note_format

    def _format_changed(self) -> None:
        """A new format: an untouched note starts again from that format's headings."""
        before = getattr(self, "_format_in_editor", self.note_format())
        text = self.editor.toPlainText()
        if not text.strip() or text == self.wording.template(before):
            self.editor.setPlainText(self.wording.template(self.note_format()))  # an edit: saved
        else:
            self.status.setText(fill(self.tr("Your note is kept as written: use the %1 headings for it."),
                                     self.wording.format_name(self.note_format())))
            self._edited()
        self._format_in_editor = self.note_format()
        self._update_format_hint()

    def _update_format_hint(self) -> None:
        exercise = self._shown_exercise()
        if exercise is None:
            return
        self.format_hint.setText(fill(self.tr("The model note for this contact is written as %1."),
                                      self.wording.format_name(exercise.format)))

    def _edited(self) -> None:
        if self._writer is None or self._shown_id is None:
            return
        self._unsaved = True
        self.draft_status.setText(self.tr("Not saved yet…"))
        self.autosave.start()

    def save_draft(self) -> None:
        """Keep what is typed (the autosave timer, or leaving the note, calls this)."""
        self.autosave.stop()
        if not self._unsaved:
            return
        self._unsaved = False
        exercise = self._shown_exercise()
        if exercise is None or self._writer is None:
            return
        saved = self.context.perform(ops.save_note_draft(
            self._notes(), self._writer, exercise, self.note_format(), self.editor.toPlainText()), source=self)
        self.draft_status.setText(self._saved_text(saved))

    def _saved_text(self, note: NoteAttemptInfo | None) -> str:
        if note is None:
            return self.tr("Your note is saved as a draft as you type.")
        if note.checked:
            return fill(self.tr("Checked %1. Writing on starts a new draft."), when(note.written_at))
        return fill(self.tr("Draft saved %1."), when(note.written_at))

    # ---- checking against the rubric ----------------------------------------------------
    def start_check(self) -> None:
        exercise = self._shown_exercise()
        if exercise is None:
            return
        self.save_draft()
        self.check.start(exercise)
        self.check.first_box().setFocus()

    def save_check(self) -> None:
        exercise, trainee = self._shown_exercise(), self.context.trainee
        if exercise is None or trainee is None:
            self.status.setText(self.tr("Choose who is studying first: a check is kept for one person."))
            return
        self.autosave.stop()  # the check keeps this text; no draft of it is needed
        self._unsaved = False
        note = self.context.perform(ops.check_note(
            self._notes(), trainee.id, exercise, self.note_format(), self.editor.toPlainText(),
            self.check.ticked()), source=self)
        self.check.show_result(exercise, note)
        self.draft_status.setText(self._saved_text(note))
        self._show_history()

    def _show_history(self) -> None:
        exercise, trainee = self._shown_exercise(), self.context.trainee
        notes = self._notes().history(trainee.id, exercise.id, checked_only=True) if exercise and trainee else []
        self.history.clear()
        for note in notes:
            self.history.addItem(fill(self.tr("%1 · %2 · %3 of %4 rubric items"), when(note.written_at),
                                      note.format, len(note.ticked), len(exercise.rubric)))
        self.history_label.setVisible(bool(notes))
        self.history.setVisible(bool(notes))

    # ---- export -------------------------------------------------------------------------
    def _ask_export_path(self, suffix: str) -> str:
        exercise = self._shown_exercise()
        name = f"{exercise.id if exercise else 'note'}{suffix}"
        pattern = self.tr("PDF files (*.pdf)") if suffix == ".pdf" else self.tr("Text files (*.txt)")
        return QFileDialog.getSaveFileName(self, self.tr("Export the note"), str(Path.home() / name), pattern)[0]

    def export(self, suffix: str) -> None:
        exercise = self._shown_exercise()
        if exercise is None:
            return
        target = self.choose_export_path(suffix)
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() not in (".pdf", ".txt"):
            path = path.with_name(path.name + suffix)
        title = fill(self.tr("Progress note (%1): %2"), self.note_format(), exercise.title)
        footer = self.tr("A practice note written in CPSW Trainer for a made-up contact; not a service record.")
        note = self.editor.toPlainText()
        self.save_draft()
        self._set_exporting(True)
        self.status.setText(self.tr("Exporting the note…"))

        def work(progress):
            from trainer.reports.note_export import export_note

            return export_note(path, title, note, footer, progress)

        run_task(self, work, self._exported, self._export_failed, label=self.tr("Exporting the note…"))

    def _exported(self, path) -> None:
        self._set_exporting(False)
        self.status.setText(fill(self.tr("Exported to %1."), str(path)))

    def _export_failed(self, error: Exception) -> None:
        self._set_exporting(False)
        self.status.setText(fill(self.tr("The note could not be exported: %1. Choose another folder and "
                                         "try again."), getattr(error, "strerror", None) or str(error)))

    def _set_exporting(self, busy: bool) -> None:
        self.export_text_button.setEnabled(not busy)
        self.export_pdf_button.setEnabled(not busy)
