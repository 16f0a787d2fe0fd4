"""Hours page sign-off: a supervisor signs entries at this computer with the agency's certificate; a
trainee's own certificate or a wrong passphrase signs nothing; a response from elsewhere is imported."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.conftest import sign_in
from trainer.config import resolve_settings
from trainer.signing.authority import create_authority
from trainer.signing.identities import load_identity
from trainer.study.hours import EntryData
from trainer.study.signoff_files import make_request, read_request, sign_request

HOLDER = "supervisor passphrase"


@pytest.fixture
def agency_settings(settings, tmp_path):
    authority = create_authority(tmp_path / "agency", "Sunrise Recovery", "agency passphrase")
    config = tmp_path / "agency.toml"
    config.write_text(f'trust_ca = "{authority.folder / "ca.pem"}"\n', encoding="utf-8")
    _issued, blob = authority.issue("Dana Supervisor", HOLDER)
    (tmp_path / "dana.p12").write_bytes(blob)
    other = create_authority(tmp_path / "other", "Self Made", "other passphrase")
    _issued, blob = other.issue("Ana", HOLDER)
    (tmp_path / "ana.p12").write_bytes(blob)
    return resolve_settings(data_dir=settings.data_dir, content_dir=settings.content_dir,
                            environ={"CPSW_TRAINER_AGENCY_CONFIG": str(config)})


def _hours_page(qtbot, window, trainee, days=(1, 2)):
    for day in days:
        window.context.services.hours.add_entry(trainee.id, EntryData(dt.date(2026, 11, day), Decimal(2), "experience",
                                                                      activity=f"Shift {day}"),
                                                today=dt.date(2026, 11, 20))
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["hours"]
    page.refresh()
    return page


def _status(page, entry_id):
    for row in range(page.model.rowCount()):
        if page.model.entry(row).id == entry_id:
            return page.model.index(row, page.model.COL_VERIFIED).data()
    raise AssertionError(entry_id)


def _sign(qtbot, page, p12, passphrase):
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    dialog = page.signoff.sign_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.p12_edit.setText(str(p12))
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    return dialog


def test_a_supervisor_signs_the_chosen_entries_in_the_dialog(qtbot, open_window, agency_settings, tmp_path):
    window = open_window(agency_settings)
    trainee = sign_in(window)
    page = _hours_page(qtbot, window, trainee)
    first, second = window.context.services.hours.list_entries(trainee.id)
    assert page.select_entry(first.id)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    dialog = page.signoff.sign_dialog
    assert dialog.chosen_ids() == [first.id]  # the selected entry; the person may tick more
    review = dialog.review.toPlainText()
    assert "2026-11-01: 2.00 h of Experience" in review and "Shift 1" in review and "Shift 2" not in review
    dialog.reject()

    dialog = _sign(qtbot, page, tmp_path / "dana.p12", "a wrong guess")
    assert dialog.isVisible() and "passphrase is wrong" in dialog.message.text()
    assert dialog.passphrase_edit.text() == ""  # never kept
    dialog.reject()
    dialog = _sign(qtbot, page, tmp_path / "ana.p12", HOLDER)  # the trainee's own "authority"
    assert dialog.isVisible() and "does not trust" in dialog.message.text()
    dialog.reject()
    assert _status(page, first.id) == "No" and window.context.services.signoff.signatures(trainee.id) == {}

    assert page.select_entry(first.id)
    dialog = _sign(qtbot, page, tmp_path / "dana.p12", HOLDER)
    assert not dialog.isVisible()
    assert _status(page, first.id) == "Signed by Dana Supervisor" and _status(page, second.id) == "No"
    assert page.select_entry(first.id)
    assert not page.edit_button.isEnabled() and not page.unverify_button.isEnabled()
    assert page.change_button.isEnabled() and "Ask for a change" in page.edit_button.toolTip()
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    history = page.history_dialog.text.toPlainText()
    assert "Verified by Dana Supervisor" in history and "Signed by Dana Supervisor" in history
    assert "serial" in history and "holds" in history
    page.history_dialog.reject()


def test_a_signed_response_from_elsewhere_is_imported_and_a_tampered_one_refused(
        qtbot, open_window, agency_settings, tmp_path, monkeypatch):
    window = open_window(agency_settings)
    trainee = sign_in(window)
    page = _hours_page(qtbot, window, trainee, days=(3,))
    signoff = window.context.services.signoff
    entry = window.context.services.hours.list_entries(trainee.id)[0]
    response = sign_request(read_request(make_request(signoff, trainee.id, [entry.id])),
                            load_identity(tmp_path / "dana.p12", HOLDER))
    (tmp_path / "tampered.json").write_bytes(response.replace(b'"hours": "2.00"', b'"hours": "9.00"', 1)
                                             .replace(b'"signer": "Dana Supervisor"', b'"signer": "Me"', 1))
    (tmp_path / "response.json").write_bytes(response)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text: told.append(("warning", text))))
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _p, title, text: told.append(("information", text))))
    for name in ("tampered.json", "response.json"):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, n=name, **k: (str(tmp_path / n), "")))
        before = len(told)
        page.signoff.response_action.trigger()  # in the Sign by file menu
        qtbot.waitUntil(lambda: len(told) > before, timeout=10_000)  # noqa: B023 - waited for here
    assert told[0][0] == "warning" and "No signature was kept" in told[0][1]
    assert told[1][0] == "information" and "Kept 1 signature" in told[1][1]
    assert _status(page, entry.id) == "Signed by Dana Supervisor"
