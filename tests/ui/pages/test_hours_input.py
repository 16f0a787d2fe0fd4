"""Hours entry as a person types it: nothing silently changed, problems named and cleared,
long entries confirmed, and what is ticked on Hours shows on the Dashboard at once."""

from PySide6.QtCore import Qt

from tests.commands.test_hours import sample_problems
from tests.ui.conftest import sign_in
from trainer.study.hours_problems import Code, HoursProblem
from trainer.ui.pages.hours.wording import HoursWording


def _dialog(qtbot, window):
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("hours")
    page = window.pages["hours"]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.entry_dialog
    qtbot.waitUntil(dialog.isVisible)
    return page, dialog


def _type_hours(qtbot, dialog, text):
    dialog.hours_edit.setFocus()
    dialog.hours_edit.selectAll()
    qtbot.keyClicks(dialog.hours_edit, text)


def test_typed_hours_are_never_silently_changed(qtbot, open_window, settings):
    window = open_window(settings)
    trainee = sign_in(window)
    page, dialog = _dialog(qtbot, window)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("experience"))
    for typed, problem in (("30", "a day has only 24"), ("-5", "more than zero"), ("1.3", "quarter hours"),
                           ("two", "as a number")):
        _type_hours(qtbot, dialog, typed)
        assert dialog.hours_edit.text() == typed  # kept as typed
        qtbot.keyClick(dialog.hours_edit, Qt.Key.Key_Return)
        assert dialog.isVisible(), typed
        assert problem in dialog.visible_problems()["hours"], typed
    assert window.context.services.hours.list_entries(trainee.id) == []


def test_a_problem_disappears_once_its_field_is_changed_and_the_dialog_fits_it(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window)
    page, dialog = _dialog(qtbot, window)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("training"))  # no domain chosen
    _type_hours(qtbot, dialog, "0")
    qtbot.keyClick(dialog.hours_edit, Qt.Key.Key_Return)
    problems = dialog.visible_problems()
    assert set(problems) == {"hours", "domain"}
    assert dialog.height() >= dialog.sizeHint().height()  # grown to show both messages
    assert "Domain" in dialog.domain_hint.text()  # the hint names its field
    qtbot.keyClicks(dialog.hours_edit, "2")
    assert "hours" not in dialog.visible_problems() and "domain" in dialog.visible_problems()
    dialog.domain_combo.setCurrentIndex(1)
    assert dialog.visible_problems() == {}


def test_one_entry_over_twelve_hours_asks_first(qtbot, open_window, settings):
    window = open_window(settings)
    trainee = sign_in(window)
    page, dialog = _dialog(qtbot, window)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("experience"))
    asked = []
    dialog.confirm_long = lambda hours: asked.append(hours) or False  # "Change the hours"
    _type_hours(qtbot, dialog, "13")
    qtbot.keyClick(dialog.hours_edit, Qt.Key.Key_Return)
    assert asked == ["13"] and dialog.isVisible()
    assert window.context.services.hours.list_entries(trainee.id) == []
    dialog.confirm_long = lambda hours: asked.append(hours) or True
    qtbot.keyClick(dialog.hours_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [float(e.hours) for e in window.context.services.hours.list_entries(trainee.id)] == [13.0]
    page, dialog = _dialog(qtbot, window)
    dialog.confirm_long = lambda hours: asked.append(hours) or True
    _type_hours(qtbot, dialog, "12")  # twelve is not over twelve: no question
    qtbot.keyClick(dialog.hours_edit, Qt.Key.Key_Return)
    assert asked == ["13", "13"] and "a day has only 24" in dialog.visible_problems()["hours"]


def test_unticked_attestations_show_no_date_and_the_dashboard_follows(qtbot, open_window, settings):
    window = open_window(settings)
    trainee = sign_in(window)
    dashboard = window.pages["dashboard"]

    item = next(a for a in window.context.profile().attestations if a.id == "signed-code-of-ethics")

    def attestations_row():
        grid = dashboard.requirements
        for row in range(grid.rowCount()):
            label = grid.itemAtPosition(row, 0)
            if label is not None and label.widget().text().rstrip(" *") == item.label:
                return grid.itemAtPosition(row, 1).widget().property("status")
        raise AssertionError("no such attestation on the dashboard")

    before = attestations_row()
    window.show_page("hours")
    view = window.pages["hours"].attestations
    date = view.dates["signed-code-of-ethics"]
    assert date.text() == "not yet" and not date.isEnabled()
    box = view.boxes["signed-code-of-ethics"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert date.isEnabled() and date.text() != "not yet"
    assert window.context.services.attestations.met(trainee.id)
    assert attestations_row() != before  # the Dashboard shows it at once
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert date.text() == "not yet" and attestations_row() == before


def test_the_page_words_every_hours_problem(qapp):
    wording = HoursWording()
    for problem in sample_problems():
        text = wording.problem(problem)
        assert text != problem.code.value and "%" not in text, problem  # worded, every value filled in
    refused = HoursProblem(Code.IMPORT_REFUSED, None, {"count": 1, "lines": (4,)})
    assert wording.problem(refused).startswith("Nothing was imported: 1 row has problems (line 4).")
    too_long = HoursProblem(Code.TEXT_TOO_LONG, "notes", {"length": 2001, "limit": 2000})
    assert wording.problem(too_long) == "The notes field is 2001 characters long. Please shorten it to at most 2000."
