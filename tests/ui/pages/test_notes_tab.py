"""Progress notes as a trainee writes them: the contact and goal are shown, the note starts
from its format's headings, every edit is saved as a draft that survives a crash, the check
against the billable-note rubric is kept with its score and then shows the model note, and
the note exports as text or PDF in the background."""

import io
import shutil

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.conftest import BUNDLED_CONTENT
from trainer.content.scenario_schema import NOTE_RUBRIC
from trainer.operations import Change
from trainer.services import open_services
from trainer.study.note_records import NoteRecords
from trainer.ui.context import AppContext
from trainer.ui.i18n import install_translations
from trainer.ui.pages.conversations import notes_tab
from trainer.ui.pages.conversations.notes_tab import NotesTab

NOTES = ("note-crisis-handoff", "note-housing-call")  # BIRP and DAP


def tick(qtbot, box):
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


@pytest.fixture
def content(settings):
    (settings.content_dir / "notes").mkdir()
    for name in NOTES:
        shutil.copy(BUNDLED_CONTENT / "notes" / f"{name}.yaml", settings.content_dir / "notes")
    return settings


@pytest.fixture
def open_tab(qtbot, qapp, content, monkeypatch):
    """Open the tab as the page does (refreshed on every change); several times, as after a crash."""
    install_translations(qapp)
    monkeypatch.setattr(notes_tab, "AUTOSAVE_MS", 50)  # the test need not wait for a pause in typing
    opened = []

    def _open(trainee_name="Ana"):
        services = open_services(content)
        context = AppContext(services)
        trainee = services.trainees.find(trainee_name) or services.trainees.create(trainee_name, "test-board")
        context.set_trainee(trainee)
        records = NoteRecords(services.database.sessions)
        tab = NotesTab(context, lambda: records)
        context.on(Change.TRAINEE | Change.CONTENT | Change.CONVERSATIONS, tab.refresh, tab)
        qtbot.addWidget(tab)
        tab.resize(1000, 900)
        tab.show()
        qtbot.waitExposed(tab)
        opened.append(services)
        return tab, records

    yield _open
    for services in opened:
        services.close()


def select(tab, exercise_id):
    for row in range(tab.exercise_list.count()):
        if tab.exercise_list.item(row).data(Qt.ItemDataRole.UserRole) == exercise_id:
            tab.exercise_list.setCurrentRow(row)
    assert tab.current_exercise().id == exercise_id


def test_the_note_starts_from_its_format_and_its_draft_survives_a_crash(qtbot, open_tab):
    tab, records = open_tab()
    select(tab, "note-housing-call")
    exercise = tab.current_exercise()
    assert exercise.contact[:40] in tab.contact.text() and exercise.goal in tab.goal.text()
    assert tab.note_format() == "DAP"
    assert tab.editor.toPlainText().startswith("Date and time:")
    assert "Data:" in tab.editor.toPlainText() and "Signature:" in tab.editor.toPlainText()
    assert records.latest(tab.context.trainee.id, exercise.id) is None  # looking is not writing

    tab.editor.setFocus()
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.editor, "P. Ruiz, Peer Recovery Specialist")
    trainee_id = tab.context.trainee.id
    qtbot.waitUntil(lambda: records.latest(trainee_id, exercise.id) is not None)
    draft = records.latest(trainee_id, exercise.id)
    assert not draft.checked and draft.text.endswith("P. Ruiz, Peer Recovery Specialist")
    assert tab.draft_status.text().startswith("Draft saved")
    assert "(draft)" in tab.exercise_list.currentItem().text()

    again, _ = open_tab()  # the app started again after a crash
    select(again, "note-housing-call")
    assert again.editor.toPlainText() == draft.text and again.note_format() == "DAP"


def test_format_change_replaces_only_an_untouched_note(qtbot, open_tab):
    tab, records = open_tab()
    select(tab, "note-crisis-handoff")
    assert tab.note_format() == "BIRP" and "Intervention:" in tab.editor.toPlainText()
    assert "BIRP" in tab.format_hint.text()
    tab.format_combo.setCurrentIndex(tab.format_combo.findData("SOAP"))
    assert "Subjective:" in tab.editor.toPlainText() and "Intervention:" not in tab.editor.toPlainText()
    qtbot.keyClicks(tab.editor, "Jordan said he feels low.")
    tab.format_combo.setCurrentIndex(tab.format_combo.findData("DAP"))
    assert "Jordan said he feels low." in tab.editor.toPlainText()  # a written note is never replaced
    assert "DAP" in tab.status.text()
    trainee_id = tab.context.trainee.id
    qtbot.waitUntil(lambda: records.latest(trainee_id, "note-crisis-handoff") is not None)
    assert records.latest(trainee_id, "note-crisis-handoff").format == "DAP"  # the draft keeps the format


def test_check_against_the_rubric_then_see_the_model(qtbot, open_tab):
    tab, records = open_tab()
    select(tab, "note-crisis-handoff")
    exercise = tab.current_exercise()
    qtbot.keyClicks(tab.editor, "Jordan said \"everyone would be better off without me\".")
    assert tab.check.isHidden()
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    assert tab.check.isVisible() and tab.check.model_box.isHidden()  # the model comes after the check
    assert list(tab.check.boxes) == list(NOTE_RUBRIC)
    qtbot.waitUntil(lambda: all(box.width() > 0 for box in tab.check.boxes.values()))
    for code in ("date", "persons-own-words", "response"):
        tick(qtbot, tab.check.boxes[code])
    qtbot.mouseClick(tab.check.save_button, Qt.MouseButton.LeftButton)

    trainee_id = tab.context.trainee.id
    [checked] = records.history(trainee_id, exercise.id, checked_only=True)
    assert checked.ticked == ("date", "persons-own-words", "response")
    assert "better off without me" in checked.text and checked.format == "BIRP"
    result = tab.check.result.text()
    assert result.startswith("Saved: your note has 3 of the 9 items a billable note needs.")
    assert "The plan: the next step and when" in result and "Your signature" in result
    assert tab.check.model_box.isVisible()
    model_text = tab.check.model_text.text()
    assert exercise.model.header in model_text and "Intervention: Peer asked directly" in model_text
    assert exercise.model.signature in model_text
    assert tab.history.count() == 1 and "3 of 9" in tab.history.item(0).text()
    assert "(checked: 33%)" in tab.exercise_list.currentItem().text()
    assert records.latest(trainee_id, exercise.id) == checked  # no draft left over


def test_export_as_text_and_pdf_in_the_background(qtbot, open_tab, tmp_path):
    from pypdf import PdfReader

    tab, _records = open_tab()
    select(tab, "note-housing-call")
    qtbot.keyClicks(tab.editor, "Signed: P. Ruiz")
    tab.choose_export_path = lambda suffix: str(tmp_path / f"my-note{suffix}")
    qtbot.mouseClick(tab.export_text_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Exported to"))
    text = (tmp_path / "my-note.txt").read_text(encoding="utf-8")
    assert text.startswith("Progress note (DAP): ") and "Signed: P. Ruiz" in text and "practice note" in text

    qtbot.mouseClick(tab.export_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "my-note.pdf").exists() and tab.export_pdf_button.isEnabled())
    pdf = PdfReader(io.BytesIO((tmp_path / "my-note.pdf").read_bytes()))
    words = " ".join(page.extract_text() for page in pdf.pages)
    assert "Progress note (DAP)" in words and "Signed: P. Ruiz" in words and "Data:" in words


def test_an_export_that_fails_says_so(qtbot, open_tab, tmp_path):
    tab, _records = open_tab()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    tab.choose_export_path = lambda suffix: str(blocker / f"note{suffix}")
    qtbot.mouseClick(tab.export_text_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status.text().startswith("The note could not be exported"))
    assert tab.export_text_button.isEnabled()


def test_each_trainee_has_their_own_note(qtbot, open_tab):
    tab, records = open_tab()
    select(tab, "note-housing-call")
    qtbot.keyClicks(tab.editor, "Ana's note")
    ana_id = tab.context.trainee.id
    bo = tab.context.services.trainees.create("Bo", "test-board")
    tab.context.set_trainee(bo)  # right after typing: the draft is still Ana's
    assert "Ana's note" in records.latest(ana_id, "note-housing-call").text
    assert records.latest(bo.id, "note-housing-call") is None
    assert "Ana's note" not in tab.editor.toPlainText()


def test_in_the_window_a_note_typed_just_before_closing_is_kept(qtbot, open_window, content):
    from tests.ui.conftest import close_window

    window = open_window(content)
    window.context.set_trainee(window.context.services.trainees.create("Ana", "test-board"))
    window.show_page("conversations")
    page = window.pages["conversations"]
    page.tabs.setCurrentWidget(page.notes)
    tab = page.notes
    select(tab, "note-housing-call")
    assert tab.editor.hasFocus() or tab.focus_target() is tab.editor
    qtbot.keyClicks(tab.editor, "Closing right away")
    close_window(window)  # before the autosave's pause: leaving saves it
    again = open_window(content)
    again.show_page("conversations")
    page = again.pages["conversations"]
    page.tabs.setCurrentWidget(page.notes)
    select(page.notes, "note-housing-call")
    assert "Closing right away" in page.notes.editor.toPlainText()
