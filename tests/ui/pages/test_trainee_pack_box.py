"""Settings' "This trainee's data": export the current trainee to a file and import it in
another window, through the background helper; a name already here asks for another one; a
refused file says why and nothing changes."""

from pathlib import Path

from PySide6.QtCore import Qt

from tests.study.trainee_pack_data import add_full_trainee
from tests.ui.conftest import sign_in
from trainer.config import resolve_settings
from trainer.operations import Change


def _box(window):
    window.show_page("settings")
    return window.pages["settings"].trainee_pack_box


def test_export_then_import_in_another_data_folder(qtbot, open_window, settings, small_content, tmp_path):
    window = open_window(settings)
    services = window.context.services
    ana_id = add_full_trainee(services.database.sessions, services.attachments.folder)
    window.context.set_trainee(services.trainees.get(ana_id))
    box = _box(window)
    box.choose_out = lambda suggested: str(tmp_path / Path(suggested).stem)  # no extension typed
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.task is None and "Wrote" in box.message.text(), timeout=10000)
    out = tmp_path / "Ana-Pérez.cpswtrainee"
    assert out.is_file(), box.message.text()
    assert "2 hours entries" in box.message.text() and "3 attached files" in box.message.text()

    folder = tmp_path / "elsewhere"
    folder.mkdir()
    other = open_window(resolve_settings(data_dir=folder, content_dir=small_content, environ={}))
    box = _box(other)
    heard = []
    other.context.on(Change.HOURS, lambda: heard.append("hours"))
    box.choose_in = lambda: str(out)
    qtbot.mouseClick(box.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.task is None and box.message.text() != "", timeout=10000)
    assert "Imported Ana Pérez" in box.message.text() and "1 supervisor signature" in box.message.text()
    assert heard == ["hours"]
    assert other.context.services.trainees.find("Ana Pérez") is not None

    asked = []
    box.ask_name = lambda taken: asked.append(taken) or "Ana (Eastside)"
    qtbot.mouseClick(box.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.task is None and "Imported Ana (Eastside)" in box.message.text(), timeout=10000)
    assert asked == ["Ana Pérez"]


def test_a_refused_file_says_why_and_changes_nothing(qtbot, open_window, settings, tmp_path):
    window = open_window(settings)
    sign_in(window)
    box = _box(window)
    junk = tmp_path / "junk.cpswtrainee"
    junk.write_bytes(b"PK not really")
    box.choose_in = lambda: str(junk)
    box.import_file()
    qtbot.waitUntil(lambda: box.task is None and box.message.text() != "", timeout=10000)
    assert "cannot be opened as a trainee pack" in box.message.text()
    assert [t.name for t in window.context.services.trainees.all()] == ["Ana"]
