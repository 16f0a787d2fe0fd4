"""Practice page: keyboard practice with feedback, timed exams, auto-submit, review, history."""

import datetime as dt

from PySide6.QtCore import Qt

from tests.ui.conftest import right_display, sign_in

KEYS = [Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C, Qt.Key.Key_D]


def _open_practice(qtbot, window):
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("practice")
    return window.pages["practice"]


def test_practice_set_by_keyboard_shows_feedback(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _open_practice(qtbot, window)
    home = page.home
    home.source_combo.setCurrentIndex(home.source_combo.findData("domain:advocacy"))
    home.length_combo.setCurrentIndex(0)  # 10
    qtbot.keyClick(home.practice_button, Qt.Key.Key_Space)
    runner = page.runner
    assert page.stack.currentWidget() is runner and len(runner.attempt.items) == 10
    for number in range(10):
        right = right_display(runner)
        answer = right if number % 2 == 0 else (right + 1) % len(runner.view.buttons)  # miss every other one
        qtbot.keyClick(runner.view, KEYS[answer])
        assert runner.view.buttons[answer].isChecked()
        qtbot.keyClick(runner.view, Qt.Key.Key_Return)  # check
        feedback = runner.view.feedback.text()
        assert runner.view.feedback.isVisible()
        assert ("Correct." in feedback) == (number % 2 == 0)
        assert "Drill explanation." in feedback and "Reason 0." in feedback
        assert runner.view.reread_button.text() == "Reread: Gifts"
        qtbot.keyClick(runner.view, Qt.Key.Key_Return)  # next / results
    assert page.stack.currentWidget() is page.results
    assert "You answered 5 of 10 correctly (50%)" in page.results.summary.text()
    page.results.filter_combo.setCurrentIndex(1)  # missed only
    assert len(page.results.visible_positions()) == 5


def test_reread_opens_the_module_section(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _open_practice(qtbot, window)
    page.start_practice("bank:drill", 10)
    qtbot.keyClick(page.runner.view, Qt.Key.Key_1)
    qtbot.keyClick(page.runner.view, Qt.Key.Key_Return)
    qtbot.mouseClick(page.runner.view.reread_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "modules"
    reader = window.pages["modules"].reader
    assert reader.position.text() == "Section 3 of 3" and "Gifts" in reader.browser.toPlainText()


def test_timed_exam_flags_navigation_changed_answer_and_score(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _open_practice(qtbot, window)
    assert "10 questions in 20 minutes" in page.home.exam_label.text()
    assert "check with your board" in page.home.exam_label.text()
    qtbot.mouseClick(page.home.exam_button, Qt.MouseButton.LeftButton)
    runner = page.runner
    assert runner.is_exam and "Time left: 20:00" in runner.clock.text() or "19:5" in runner.clock.text()
    domains = [runner.catalog.questions[i.question_id].domain for i in runner.attempt.items]
    assert sorted(domains.count(d) for d in set(domains)) == [2, 2, 3, 3]
    expected_right = 0
    for number in range(10):
        right = right_display(runner)
        answer = right if number < 7 else (right + 1) % len(runner.view.buttons)
        expected_right += answer == right
        qtbot.keyClick(runner.view, KEYS[answer])
        assert not runner.view.feedback.isVisible()  # no feedback in an exam
        if number == 2:
            qtbot.keyClick(runner.view, Qt.Key.Key_F)  # flag
        if number < 9:
            qtbot.keyClick(runner.view, Qt.Key.Key_PageDown)
    # Go back and change question 8's wrong answer to the right one.
    for _ in range(2):
        qtbot.keyClick(runner.view, Qt.Key.Key_PageUp)
    assert runner.index == 7
    qtbot.keyClick(runner.view, KEYS[right_display(runner)])
    expected_right += 1
    # The navigator shows the flag and jumps.
    qtbot.keyClick(runner.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    navigator = runner.navigator
    assert "⚑" in navigator.grid.buttons[2].text() and "10 answered" in navigator.findChildren(type(runner.clock))[0].text()
    qtbot.mouseClick(navigator.grid.buttons[9], Qt.MouseButton.LeftButton)
    assert runner.index == 9
    asked = []  # all answered, one flagged: submitting still asks
    runner.confirm = lambda unanswered, flagged: asked.append((unanswered, flagged)) or True
    qtbot.mouseClick(runner.submit_button, Qt.MouseButton.LeftButton)
    assert asked == [(0, 1)]
    assert page.stack.currentWidget() is page.results
    summary = page.results.summary.text()
    assert f"You answered {expected_right} of 10 correctly ({expected_right * 10}%)" in summary
    assert page.results.domains.rowCount() == 4
    total = sum(int(page.results.domains.item(r, 1).text().split(" / ")[1]) for r in range(4))
    assert total == 10
    page.results.filter_combo.setCurrentIndex(2)  # flagged only
    assert page.results.visible_positions() == [2]


def test_unanswered_warning_before_submit(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _open_practice(qtbot, window)
    page.start_exam()
    asked = []
    page.runner.confirm = lambda unanswered, flagged: asked.append((unanswered, flagged)) or False
    qtbot.keyClick(page.runner.view, Qt.Key.Key_A)
    qtbot.mouseClick(page.runner.submit_button, Qt.MouseButton.LeftButton)
    assert asked == [(9, 0)]
    assert page.stack.currentWidget() is page.runner and page.runner.index == 1  # first unanswered


def test_time_limit_auto_submits(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _open_practice(qtbot, window)
    profile = window.context.profile()
    attempt = window.context.services.attempts.start_exam(window.context.trainee.id, profile, size=4, minutes=1)
    # A two-second exam: the stored limit is what the runner obeys.
    with window.context.services.database.sessions.begin() as session:
        from trainer.store.models import Attempt

        session.get(Attempt, attempt.id).time_limit_seconds = 2
    page.resume(attempt.id)
    qtbot.keyClick(page.runner.view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results, timeout=6000)
    assert window.context.services.attempts.load(attempt.id).status == "finished"
    assert "of 4 correctly" in page.results.summary.text()


def test_missed_questions_come_back_for_review(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _open_practice(qtbot, window)
    services = window.context.services
    page.start_practice("bank:drill", 10)
    runner = page.runner
    missed = []
    for _ in range(10):
        right = right_display(runner)
        wrong = len(missed) < 3
        if wrong:
            missed.append(runner.attempt.items[runner.index].question_id)
        qtbot.keyClick(runner.view, KEYS[(right + 1) % len(runner.view.buttons) if wrong else right])
        qtbot.keyClick(runner.view, Qt.Key.Key_Return)
        qtbot.keyClick(runner.view, Qt.Key.Key_Return)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    services.review._now = lambda: later
    page.show_home()
    assert page.home.review_label.text() == "Review due: 3 questions."
    before = {q: services.review.due_at(window.context.trainee.id, q) for q in missed}
    qtbot.mouseClick(page.home.review_button, Qt.MouseButton.LeftButton)
    for _ in range(3):
        qtbot.keyClick(runner.view, KEYS[right_display(runner)])
        qtbot.keyClick(runner.view, Qt.Key.Key_Return)
        assert runner.confidence.isVisible()
        qtbot.mouseClick(runner.confidence_buttons["good"], Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.results
    for qid in missed:
        assert services.review.due_at(window.context.trainee.id, qid) > before[qid]
    page.show_home()
    assert page.home.review_label.text().startswith("Review due: none right now. Your missed questions come back")


def test_history_and_chart_after_an_exam(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _open_practice(qtbot, window)
    assert page.home.history_empty.isVisible()
    attempts = window.context.services.attempts
    attempt = attempts.start_exam(window.context.trainee.id, window.context.profile())
    attempts.finish(attempt.id)
    page.refresh()
    assert not page.home.history_empty.isVisible()
    assert page.home.history_model.rowCount() == 1
    chart_views = [page.home.chart_holder.itemAt(i).widget() for i in range(page.home.chart_holder.count())]
    series = chart_views[0].chart().series()
    assert [s.name() for s in series][0] == "Overall" and any("Pass mark 70%" == s.name() for s in series)


def test_unfinished_attempt_is_offered_for_resume(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _open_practice(qtbot, window)
    page.start_exam()
    qtbot.keyClick(page.runner.view, Qt.Key.Key_B)
    page.show_home()  # e.g. the trainee left the page
    assert page.home.resume_box.isVisible() and "1 of 10 answered" in page.home.resume_label.text()
    qtbot.mouseClick(page.home.resume_button, Qt.MouseButton.LeftButton)
    assert page.runner.attempt.items[0].chosen is not None and page.runner.index == 1


def test_order_question_by_keyboard(qtbot, open_window, data_dir):
    """An `order` question is answered by moving items with Alt+Up/Alt+Down."""
    from tests.conftest import BUNDLED_CONTENT
    from trainer.config import resolve_settings

    window = open_window(resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={}))
    sign_in(window, profile="icrc-pr")
    page = _open_practice(qtbot, window)
    catalog = window.context.catalog
    order_question = catalog.questions["soc-001"]
    assert order_question.type == "order"
    attempt = window.context.services.attempts.start_practice(
        window.context.trainee.id, [order_question], None, "Order")
    page._run(attempt)
    runner = page.runner
    listing = runner.view.order_list
    assert listing is not None and runner.view.chosen() != list(range(len(order_question.options)))
    listing.setFocus()
    # Selection sort by keyboard: bring each item up to its place.
    for target in range(listing.count()):
        row = runner.view.chosen().index(target)
        listing.setCurrentRow(row)
        for _ in range(row - target):
            qtbot.keyClick(listing, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert runner.view.chosen() == list(range(len(order_question.options)))
    qtbot.keyClick(listing, Qt.Key.Key_Return)  # check
    assert "Correct." in runner.view.feedback.text() and "The right order:" in runner.view.feedback.text()


class CountingCalls:
    """The runner's AttemptService, with a record of which of its methods were called."""

    def __init__(self, inner):
        self.inner, self.calls = inner, []

    def __getattr__(self, name):
        attribute = getattr(self.inner, name)
        if not callable(attribute):
            return attribute

        def counted(*args, **kwargs):
            self.calls.append(name)
            return attribute(*args, **kwargs)
        return counted


def test_one_write_per_pick_and_moves_never_reload_the_attempt(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _open_practice(qtbot, window)
    page.start_exam()
    runner = page.runner
    runner.attempts = counting = CountingCalls(runner.attempts)
    qtbot.keyClick(runner.view, Qt.Key.Key_A)
    assert counting.calls == ["answer"]
    qtbot.keyClick(runner.view, Qt.Key.Key_B)  # a changed pick: one write, not two
    assert counting.calls == ["answer", "answer"]
    counting.calls.clear()
    qtbot.keyClick(runner.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(runner.view, Qt.Key.Key_F)
    qtbot.keyClick(runner.view, Qt.Key.Key_PageUp)
    assert counting.calls == ["save_time", "flag", "save_time"]  # no load: the writes said what changed
    assert runner.attempt.items[1].flagged and runner.attempt.items[0].chosen is not None
    counting.calls.clear()
    qtbot.keyClick(runner.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert counting.calls == [] and "1 answered" in runner.navigator.findChildren(type(runner.clock))[0].text()
    runner.navigator.reject()
    stored = window.context.services.attempts.load(runner.attempt.id)
    assert stored.items[0].chosen == runner.attempt.items[0].chosen and stored.items[1].flagged


def test_an_answer_after_the_time_is_refused_and_the_exam_submitted(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _open_practice(qtbot, window)
    page.start_exam()
    runner, attempts = page.runner, window.context.services.attempts
    qtbot.keyClick(runner.view, KEYS[right_display(runner)])  # in time
    exam_id = runner.attempt.id
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(minutes=25)
    attempts._now = lambda: later  # the widget's own clock still shows time left: the logic decides
    qtbot.keyClick(runner.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(runner.view, Qt.Key.Key_A)
    assert page.stack.currentWidget() is page.results
    assert page.results.notice.isVisibleTo(page.results) and "Time is up" in page.results.notice.text()
    stored = attempts.load(exam_id)
    assert stored.status == "finished" and stored.items[1].chosen is None
    assert "You answered 1 of 10 correctly" in page.results.summary.text()


def test_an_exam_whose_time_ran_out_while_closed_is_submitted_at_start(qtbot, open_window, exam_settings):
    first = open_window(exam_settings)
    trainee = sign_in(first)
    attempts = first.context.services.attempts
    exam = attempts.start_exam(trainee.id, first.context.profile())
    attempts.answer(exam.id, 0, [exam.items[0].option_order[0]])
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(minutes=21)
    attempts._now = lambda: later
    attempts.save_time(exam.id)  # the last count came after the limit, then the app died
    first.close()
    first.context.services.close()

    window = open_window(exam_settings)  # the next start, as the same trainee
    assert window.context.trainee.id == trainee.id
    assert window.current_page_key() == "practice"
    page = window.pages["practice"]
    assert page.stack.currentWidget() is page.results
    assert "ran out while CPSW Trainer was closed" in page.results.notice.text()
    assert window.context.services.attempts.load(exam.id).status == "finished"
    assert not page.home.resume_box.isVisibleTo(page.home)  # nothing left to resume
    page.show_home()
    assert page.home.history_model.rowCount() == 1


def test_what_cannot_start_is_said_from_the_logic_message(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    page = _open_practice(qtbot, window)
    told = []
    page.inform = lambda title, text: told.append((title, text))
    page.start_practice("bank:no-such-bank", 10)
    assert told == [("Cannot start", "There are no questions to practise here yet.")]
    assert page.stack.currentWidget() is page.home
