"""A practice set, a review or an exam can be left at any time; submitting asks with the safe
choice first; results show unanswered questions as unanswered; closing mid-exam says it is saved."""

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import right_display, sign_in


def _practice(qtbot, window):
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("practice")
    return window.pages["practice"]


def test_escape_leaves_a_practice_set_and_it_resumes(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _practice(qtbot, window)
    page.start_practice("bank:drill", 10)
    runner = page.runner
    assert runner.leave_button.isVisible()
    qtbot.keyClick(runner.view, Qt.Key.Key_A)
    qtbot.keyClick(runner.view, Qt.Key.Key_Return)  # checked: the answer is saved
    attempt_id = runner.attempt.id
    qtbot.keyClick(runner.view, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.home
    assert page.home.resume_box.isVisible()
    assert window.context.services.attempts.resumable(window.context.trainee.id).id == attempt_id
    qtbot.mouseClick(page.home.resume_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is runner and runner.index == 1  # the first unanswered


def test_the_leave_button_ends_a_long_review_at_once(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    trainee = sign_in(window)
    services = window.context.services
    services.review.add_missed(trainee.id, list(window.context.catalog.questions)[:30])
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    services.review._now = lambda: later  # an hour on: every missed card is due
    page = _practice(qtbot, window)
    page.refresh()
    qtbot.mouseClick(page.home.review_button, Qt.MouseButton.LeftButton)
    assert page.runner.attempt is not None and len(page.runner.attempt.items) == 30
    qtbot.mouseClick(page.runner.leave_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.home


def test_leaving_an_exam_asks_and_keeps_abandons_or_stays(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _practice(qtbot, window)
    page.start_exam()
    runner, attempts = page.runner, window.context.services.attempts
    exam_id = runner.attempt.id
    runner.ask_leave = lambda: "stay"
    qtbot.keyClick(runner.view, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is runner and runner.attempt.id == exam_id
    runner.ask_leave = lambda: "later"
    qtbot.mouseClick(runner.leave_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.home
    assert attempts.resumable(window.context.trainee.id).id == exam_id
    page.resume(exam_id)
    runner.ask_leave = lambda: "abandon"
    qtbot.keyClick(runner.view, Qt.Key.Key_Escape)
    assert attempts.load(exam_id).status == "abandoned"
    assert attempts.resumable(window.context.trainee.id) is None


def test_the_real_leave_question_defaults_to_keep_working(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _practice(qtbot, window)
    page.start_exam()
    seen = {}

    def press_enter():
        box = QApplication.activeModalWidget()
        seen["default"] = box.defaultButton().text().replace("&", "")
        seen["buttons"] = sorted(b.text().replace("&", "") for b in box.buttons())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(100, press_enter)
    page.runner.leave()
    assert seen["default"] == "Keep working"
    assert seen["buttons"] == ["Abandon exam", "Keep working", "Leave and resume later"]
    assert page.stack.currentWidget() is page.runner  # Enter kept working


def test_submit_warning_counts_unanswered_and_flagged_and_defaults_to_keep_working(
        qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _practice(qtbot, window)
    page.start_exam()
    runner = page.runner
    qtbot.keyClick(runner.view, Qt.Key.Key_A)
    qtbot.keyClick(runner.view, Qt.Key.Key_F)  # flag the first
    seen = {}

    def read_and_press_enter():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["default"] = box.defaultButton().text().replace("&", "")
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(100, read_and_press_enter)
    qtbot.mouseClick(runner.submit_button, Qt.MouseButton.LeftButton)
    assert "Not answered: 9 questions." in seen["text"]
    assert "Flagged for review: 1 question." in seen["text"]
    assert seen["default"] == "Keep working"
    assert page.stack.currentWidget() is runner and runner.index == 1  # back at the first unanswered


def test_results_show_unanswered_questions_as_unanswered(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _practice(qtbot, window)
    page.start_exam()
    runner = page.runner
    qtbot.keyClick(runner.view, [Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C, Qt.Key.Key_D][right_display(runner)])
    runner.confirm = lambda unanswered, flagged: True
    runner.submit()
    results = page.results
    assert "Not answered: 9 questions, counted as wrong." in results.summary.text()
    marks = [results.items.item(row).text()[0] for row in range(results.items.rowCount())]
    assert marks == ["✓"] + ["–"] * 9
    spoken = results.items.item(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("not answered:")
    results.filter_combo.setCurrentIndex(results.filter_combo.findData("unanswered"))
    assert len(results.visible_positions()) == 9
    results.item_list.setCurrentIndex(results.filter.index(0, 0))
    assert "Not answered." in results.detail.toPlainText()


def test_closing_the_window_mid_exam_says_it_is_saved_and_resumes(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _practice(qtbot, window)
    page.start_exam()
    qtbot.keyClick(page.runner.view, Qt.Key.Key_B)
    exam_id = page.runner.attempt.id
    window.close()
    (title, text), = window.closing_notes
    assert title == "Your exam is saved" and "resume" in text
    assert window.context.services.attempts.resumable(window.context.trainee.id).id == exam_id
