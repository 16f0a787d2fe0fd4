"""Files on an attestation, from the Hours page's checklist, as a person would: attach a PDF,
see it listed, open it with the system viewer (the stored copy only), remove it; a file of
another type is refused in words. Each change is announced as Change.ATTESTATIONS."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import BUNDLED_CONTENT
from tests.ui.pages.test_renewal_page import _pdf
from trainer.config import resolve_settings
from trainer.operations import Change

LEFT = Qt.MouseButton.LeftButton
ITEM = "diploma-or-equivalent"


@pytest.fixture
def window(qtbot, open_window, data_dir):
    window = open_window(resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={}))
    trainee = window.context.services.trainees.create("Ada Test", "pa-crs")
    window.context.set_trainee(trainee)
    window.show_page("hours")
    return window


def _open_files(qtbot, page):
    qtbot.mouseClick(page.attestations.file_buttons[ITEM], LEFT)
    dialog = page.attestations.files_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_attach_open_and_remove_a_file_on_an_attestation(qtbot, window, tmp_path, data_dir):
    page = window.pages["hours"]
    announced = []
    window.context.changed.connect(announced.append)
    button = page.attestations.file_buttons[ITEM]
    assert button.text() == "Attach…" and button.accessibleName() == "Files for High school diploma or GED"
    dialog = _open_files(qtbot, page)
    files = dialog.files
    assert files.infos() == [] and not files.open_button.isEnabled()
    assert files.empty.isVisible() and files.empty.text() == "No files attached yet."  # the empty list says so

    diploma = tmp_path / "my diploma.pdf"
    diploma.write_bytes(_pdf("Diploma"))
    files.choose_file = lambda: str(diploma)
    qtbot.mouseClick(files.attach_button, LEFT)
    assert [i.name for i in files.infos()] == ["my diploma.pdf"] and not files.empty.isVisible()
    assert files.list.item(0).text().startswith("my diploma.pdf (PDF, ")
    assert announced and all(change & Change.ATTESTATIONS for change in announced)
    assert page.attestations.file_buttons[ITEM].text() == "1 file…"  # the checklist counts it at once

    opened = []
    files.open_url = lambda path: opened.append(path) or True  # the platform's viewer, recorded
    qtbot.mouseClick(files.open_button, LEFT)
    (path,) = opened
    assert path.parent == data_dir / "attachments" and path.suffix == ".pdf"  # the stored copy, by its hash
    assert path.read_bytes() == diploma.read_bytes()

    files.confirm = lambda name: True
    qtbot.mouseClick(files.remove_button, LEFT)
    assert files.infos() == [] and files.empty.isVisible()
    assert page.attestations.file_buttons[ITEM].text() == "Attach…"
    qtbot.mouseClick(dialog.close_button, LEFT)
    assert not dialog.isVisible()


def test_a_file_of_another_type_is_refused_in_words(qtbot, window, tmp_path):
    page = window.pages["hours"]
    files = _open_files(qtbot, page).files
    program = tmp_path / "diploma.pdf"  # the name says PDF; the content is a Windows program
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 64)
    files.choose_file = lambda: str(program)
    qtbot.mouseClick(files.attach_button, LEFT)
    assert files.message.text() == "Only PDF, PNG and JPEG files can be attached, and this file is none of them."
    assert not files.message.isHidden() and files.infos() == []
    assert window.context.services.attachments.for_trainee(window.context.trainee.id) == []


def test_each_trainee_sees_only_their_own_attestation_files(qtbot, window, tmp_path):
    services, context = window.context.services, window.context
    first = context.trainee
    services.attachments.add(first.id, "attestation", ITEM, _pdf(), name="first.pdf")
    other = services.trainees.create("Ben Other", "pa-crs")
    context.set_trainee(other)
    page = window.pages["hours"]
    assert page.attestations.file_buttons[ITEM].text() == "Attach…"
    assert _open_files(qtbot, page).files.infos() == []
    page.attestations.files_dialog.reject()
    context.set_trainee(services.trainees.get(first.id))
    assert page.attestations.file_buttons[ITEM].text() == "1 file…"
