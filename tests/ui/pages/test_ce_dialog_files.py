"""The CE course dialog picks its certificates with the hours entry dialog's widget: the files
already attached are named when a course is opened again, and one more is attached at Save."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.pages.test_renewal_page import _add_course, _certify, _open_page, _pdf, window  # noqa: F401

LEFT = Qt.MouseButton.LeftButton


def test_editing_a_course_names_its_certificates_and_attaches_one_more(qtbot, window, tmp_path):  # noqa: F811
    page = _open_page(qtbot, window)
    _certify(qtbot, page)
    first = tmp_path / "ethics certificate.pdf"
    first.write_bytes(_pdf("Ethics"))
    _add_course(qtbot, page, "Ethics", "6", "ethics", files=[first])
    qtbot.mouseClick(page.edit_button, LEFT)
    dialog = page.entry_dialog
    assert dialog.isVisible() and dialog.files.names.text() == "Attached: ethics certificate.pdf"
    second = tmp_path / "transcript.png"
    second.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    dialog.choose_file = lambda: str(second)
    qtbot.mouseClick(dialog.attach_button, LEFT)
    assert dialog.files.names.text() == "Attached: ethics certificate.pdf, transcript.png"
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    entry = window.context.services.ce_log.list_entries(window.context.trainee.id)[0]
    names = [a.name for a in window.context.services.attachments.list_for("ce", entry.id)]
    assert names == ["ethics certificate.pdf", "transcript.png"]
