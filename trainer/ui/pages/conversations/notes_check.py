"""The Progress notes tab's check: the rubric of a billable peer note as boxes the trainee
ticks for their own note, then the result and the model note (shown only after the check,
so the trainee rates their own note first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QPushButton, QVBoxLayout, QWidget

from trainer.content.scenario_schema import NoteExercise
from trainer.study.note_records import NoteAttemptInfo
from trainer.ui.pages.conversations.notes_wording import NoteWording
from trainer.ui.text import fill
from trainer.ui.theme import set_role
from trainer.ui.widgets.content_text import plain_label


class NoteCheck(QWidget):
    def __init__(self, wording: NoteWording, parent=None):
        super().__init__(parent)
        self.wording = wording
        self.rubric_box = QGroupBox(self.tr("Does your note have…"))
        self.rubric_box.setAccessibleDescription(self.tr(
            "Tick each item your note has. A payer can refuse a note that lacks one."))
        self.boxes_layout = QVBoxLayout(self.rubric_box)
        self.boxes: dict[str, QCheckBox] = {}
        self.save_button = QPushButton(self.tr("Sa&ve my check"))
        self.result = plain_label("")
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Your check"))
        self.model_box = QGroupBox(self.tr("A model note"))
        model_layout = QVBoxLayout(self.model_box)
        self.model_text = plain_label("")
        self.model_text.setWordWrap(True)
        self.model_text.setAccessibleName(self.tr("The model note"))
        self.model_note = plain_label(self.tr(
            "Yours need not match it word for word: compare what it holds, not how it is said."))
        self.model_note.setWordWrap(True)
        set_role(self.model_note, "muted")
        model_layout.addWidget(self.model_note)
        model_layout.addWidget(self.model_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rubric_box)
        layout.addWidget(self.result)
        layout.addWidget(self.model_box)
        self.reset()

    def reset(self) -> None:
        """Nothing shown: the trainee is writing."""
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        self.result.clear()
        self.hide()
        self.model_box.hide()

    def start(self, exercise: NoteExercise) -> None:
        """The rubric, unticked, for the trainee's own note."""
        self.reset()
        self.boxes_layout.removeWidget(self.save_button)
        for code in exercise.rubric:
            box = QCheckBox(self.wording.rubric_item(code))
            hint = self.wording.rubric_hint(code)
            box.setToolTip(hint)
            box.setAccessibleDescription(hint)
            self.boxes_layout.addWidget(box)
            self.boxes[code] = box
        self.boxes_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.save_button.setEnabled(True)
        self.show()

    def first_box(self) -> QWidget:
        return next(iter(self.boxes.values()), self.save_button)

    def ticked(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def show_result(self, exercise: NoteExercise, note: NoteAttemptInfo) -> None:
        for box in self.boxes.values():
            box.setEnabled(False)
        self.save_button.setEnabled(False)
        total = len(exercise.rubric)
        lines = [fill(self.tr("Saved: your note has %1 of the %n item(s) a billable note needs.", "", total),
                      len(note.ticked))]
        missing = [code for code in exercise.rubric if code not in note.ticked]
        if missing:
            lines.append(self.tr("Add these before you sign a real note:"))
            lines += [fill(self.tr("• %1: %2"), self.wording.rubric_item(code), self.wording.rubric_hint(code))
                      for code in missing]
        self.result.setText("\n".join(lines))
        self.model_text.setText(self.model_note_text(exercise))
        self.model_box.show()

    def model_note_text(self, exercise: NoteExercise) -> str:
        model = exercise.model
        lines = [model.header, ""]
        for name, text in model.sections.items():
            lines += [fill(self.tr("%1: %2"), self.wording.section(name), text), ""]
        lines.append(fill(self.tr("Signature: %1"), model.signature))
        return "\n".join(lines)
