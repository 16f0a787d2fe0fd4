"""Settings: "This trainee's data": the current trainee's pack written to a file to carry to
another agency or computer, and a trainee's pack taken in here (#22). Both run on the background
helper with progress and Cancel; a refusal says why and nothing changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from trainer.operations import trainee_pack as pack_ops
from trainer.ui.background import run_task
from trainer.ui.context import AppContext
from trainer.ui.text import fill, say

EXTENSION = ".cpswtrainee"
PROBLEMS_SHOWN = 3  # the first reasons of a refusal; the log and the command line give them all


class TraineePackBox(QGroupBox):
    def __init__(self, context: AppContext, packs: Callable[[], object], parent=None):
        super().__init__(parent)
        self.context = context
        self.packs = packs  # opened on first use: showing Settings needs no database
        self.task = None
        self.setTitle(self.tr("This trainee's data"))
        explain = QLabel(self.tr("Moving to another agency or computer? Export everything this trainee has "
                                 "recorded, with their attached files, to one file, and import it there."))
        explain.setWordWrap(True)
        self.export_button = QPushButton(self.tr("E&xport this trainee's data…"))
        self.export_button.clicked.connect(self.export_current)
        self.import_button = QPushButton(self.tr("&Import a trainee's data…"))
        self.import_button.clicked.connect(lambda: self.import_file())  # not the "checked" flag as a name
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Trainee data message"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        # Replaced in tests: the file dialogs and the question for another name.
        pattern = fill(self.tr("Trainee data (*%1)"), EXTENSION)
        self.choose_out = lambda suggested: QFileDialog.getSaveFileName(
            self, self.tr("Export this trainee's data"), str(Path.home() / suggested), pattern)[0]
        self.choose_in = lambda: QFileDialog.getOpenFileName(
            self, self.tr("Import a trainee's data"), str(Path.home()), pattern)[0]
        self.ask_name = self._ask_name
        self.refresh()

    def refresh(self) -> None:
        self.export_button.setEnabled(self.context.trainee is not None and self.task is None)
        self.import_button.setEnabled(self.task is None)

    def export_current(self) -> None:
        trainee = self.context.trainee
        if trainee is None or self.task is not None:
            return
        chosen = self.choose_out(f"{_file_stem(trainee.name)}{EXTENSION}")
        if not chosen:
            return
        out = Path(chosen) if Path(chosen).suffix else Path(chosen + EXTENSION)
        packs = self.packs()

        def written(done) -> None:
            pack = self.context.perform(done, source=self)
            self.message.setText(fill(self.tr("Wrote %1's data to %2: %3. It is their private record: give "
                                              "it only to them or to their new agency."),
                                      pack.trainee, pack.path, self._counts(pack.counts)))

        self._start(lambda progress: pack_ops.export_trainee_pack(packs, trainee.id, out, progress), written,
                    self.tr("Exporting this trainee's data…"))

    def import_file(self, rename_to: str | None = None, path: Path | None = None) -> None:
        if self.task is not None:
            return
        if path is None:
            chosen = self.choose_in()
            if not chosen:
                return
            path = Path(chosen)
        packs = self.packs()

        def imported(done) -> None:
            result = self.context.perform(done, source=self)  # every page hears of the new trainee
            text = fill(self.tr("Imported %1: %2. Choose them in the trainee list to study as them."),
                        result.trainee, self._counts(result.counts))
            if result.signatures:
                text += " " + self.tr("%n supervisor signature(s) came along as history: a supervisor signs "
                                      "those entries again here.", "", result.signatures)
            self.message.setText(text)

        def refused(error: Exception) -> None:
            from trainer.study.trainee_pack import NameTaken

            if isinstance(error, NameTaken):
                name = self.ask_name(error.name)
                if name:
                    self.import_file(name, path)
                    return
            self._failed(error)

        self._start(lambda progress: pack_ops.import_trainee_pack(packs, path, rename_to, progress), imported,
                    self.tr("Importing a trainee's data…"), refused)

    def _start(self, work, on_success, label: str, on_failure=None) -> None:
        def finish(callback):
            def call(*value):
                self.task = None
                self.refresh()
                callback(*value)
            return call

        self.task = run_task(self, work, finish(on_success), finish(on_failure or self._failed),
                             on_cancelled=finish(self._cancelled), label=label, cancellable=True)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        words = say(error.message) if hasattr(error, "message") else fill(
            self.tr("That did not work: %1. Nothing was changed."), error)
        details = list(getattr(error, "problems", []))[:PROBLEMS_SHOWN]
        self.message.setText("\n".join([words, *details]))

    def _cancelled(self) -> None:
        self.message.setText(self.tr("Stopped. Nothing was changed."))

    def _ask_name(self, taken: str) -> str | None:
        name, ok = QInputDialog.getText(self, self.tr("Import under another name"), fill(self.tr(
            "A trainee called %1 is already here. Import the data under this name:"), taken), text=f"{taken} (2)")
        return name.strip() if ok and name.strip() else None

    def _counts(self, counts: dict[str, int]) -> str:
        return ", ".join((self.tr("%n hours entry(s)", "", counts.get("hours_entry", 0)),
                          self.tr("%n attempt(s)", "", counts.get("attempt", 0)),
                          self.tr("%n attached file(s)", "", counts.get("attachment_files", 0))))


def _file_stem(name: str) -> str:
    """A file name from a person's name: letters, digits and dashes only."""
    stem = "-".join("".join(c if c.isalnum() else " " for c in name).split())
    return stem or "trainee"
