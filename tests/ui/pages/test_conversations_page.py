"""The Conversations page: a role-play played to its end by keyboard alone, its summary the
figures summarise() gives for the same choices; assessment mode keeps the feedback for the
end; a run cut off by a crash reopens where it stopped; earlier runs show their summary."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.content.test_scenarios import BASE
from tests.ui.conftest import close_window, sign_in
from trainer.study.conversations import MeasureCode, summarise
from trainer.ui.formats import date_time_text
from trainer.ui.pages.conversations.wording import ConversationWording

KEY = Qt.Key


def write_scenario(settings) -> None:
    folder = settings.content_dir / "scenarios"
    folder.mkdir(exist_ok=True)
    (folder / "practice-talk.yaml").write_text(BASE, encoding="utf-8")


def open_page(qtbot, open_window, settings, trainee=True):
    window = open_window(settings)
    if trainee:
        sign_in(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, KEY.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "conversations"
    return window, window.pages["conversations"]


def press(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_a_role_play_is_played_to_its_end_by_keyboard_alone(qtbot, open_window, settings):
    write_scenario(settings)
    window, page = open_page(qtbot, open_window, settings)
    tab = page.scenarios
    assert QApplication.focusWidget() is tab.scenario_list
    assert "Not tried yet" in tab.scenario_list.currentItem().text()
    press(qtbot, KEY.Key_Return)  # start, in practice mode
    chat = tab.chat
    assert tab.stack.currentWidget() is chat
    assert QApplication.focusWidget() is chat.choice_buttons[0]
    assert "I don't know if this place is for me." in chat.choice_buttons[0].accessibleDescription()
    assert [b.isVisible() for b in chat.choice_buttons] == [True, True, True, False]

    press(qtbot, KEY.Key_3)  # "What made you come in the first time?" (open question)
    assert chat.feedback.isVisible() and "Invites Sam's own reasons." in chat.feedback_text.text()
    assert QApplication.focusWidget() is chat.continue_button
    assert not chat.choice_buttons[0].isVisible()
    press(qtbot, KEY.Key_Return)
    assert chat.latest.text() == "Sam: I wanted to see if people here get it."
    assert QApplication.focusWidget() is chat.choice_buttons[0]
    press(qtbot, KEY.Key_2)  # "Coming in took courage." (affirmation)
    press(qtbot, KEY.Key_Return)

    assert tab.stack.currentWidget() is tab.summary
    assert QApplication.focusWidget() is tab.summary.lines
    expected = summarise(["open-question", "affirmation"], ["change", "change"])
    assert tab.summary.summary == expected
    wording = ConversationWording()
    for code, measure in ((MeasureCode.REFLECTION_TO_QUESTION, expected.reflection_to_question),
                          (MeasureCode.PERCENT_COMPLEX_REFLECTIONS, expected.percent_complex_reflections),
                          (MeasureCode.PERCENT_OPEN_QUESTIONS, expected.percent_open_questions)):
        item = tab.summary.measure_items[code]
        assert wording.measure_figure(measure) in item.text() and wording.level(measure.level) in item.text()
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == wording.measure_line(measure)
    lines = [tab.summary.lines.item(i).text() for i in range(tab.summary.lines.count())]
    assert "0.0 to 1 (0 reflections, 1 question)" in lines[3] and "below fair" in lines[3]
    assert "100% of 1 question — good" in lines[5]
    assert "How it ended: Sam names a next step in his own words." in lines
    assert "1 MI-adherent response: affirming, or asking permission before giving information." in lines
    assert "The person answered with change talk 2 times." in lines
    assert "2 decisions made." in lines

    records = window.context.services.conversations
    [saved] = records.saved_runs(window.context.trainee.id)
    assert saved.completed and [s.choice_index for s in saved.record.steps] == [2, 1]

    press(qtbot, KEY.Key_Tab)
    assert QApplication.focusWidget() is tab.summary.replay_button
    press(qtbot, KEY.Key_Tab)
    assert QApplication.focusWidget() is tab.summary.back_button
    press(qtbot, KEY.Key_Space)  # Back to the scenarios
    assert tab.stack.currentWidget() is tab.chooser
    assert "Done" in tab.scenario_list.currentItem().text()
    assert "best run: 1 good, 0 fair of 3 measures" in tab.scenario_list.currentItem().text()
    assert tab.history.count() == 1 and "finished" in tab.history.item(0).text()


def test_assessment_mode_keeps_the_feedback_for_the_end_and_replays(qtbot, open_window, settings):
    write_scenario(settings)
    window, page = open_page(qtbot, open_window, settings)
    tab = page.scenarios
    tab.mode_combo.setFocus()
    press(qtbot, KEY.Key_Down)  # Assessment
    tab.scenario_list.setFocus()
    press(qtbot, KEY.Key_Return)
    chat = tab.chat
    press(qtbot, KEY.Key_2)  # advice without permission -> middle
    assert not chat.feedback.isVisible() and not any("Feedback" in line for line in chat.lines())
    assert chat.latest.text() == "Sam: I liked the coffee, I guess. And one person was kind."
    press(qtbot, KEY.Key_2)  # closed question -> end-flat
    assert tab.stack.currentWidget() is tab.summary
    lines = [tab.summary.lines.item(i).text() for i in range(tab.summary.lines.count())]
    assert "1. “You should give it at least a month.” — Advice without permission. Advice before Sam asked " \
           "for it." in lines
    assert "The person answered with sustain talk 1 time." in lines
    assert tab.summary.summary == summarise(["advice-without-permission", "closed-question"], ["change", "sustain"])

    press(qtbot, KEY.Key_Tab)
    press(qtbot, KEY.Key_Space)  # Replay with other choices
    assert tab.stack.currentWidget() is chat and chat.saved.mode == "assessment"
    assert chat.run.steps == () and QApplication.focusWidget() is chat.choice_buttons[0]
    runs = window.context.services.conversations.saved_runs(window.context.trainee.id)
    assert [r.completed for r in runs] == [True, False]


def test_a_run_cut_off_by_a_crash_reopens_where_it_stopped(qtbot, open_window, settings):
    write_scenario(settings)
    window, page = open_page(qtbot, open_window, settings)
    tab = page.scenarios
    press(qtbot, KEY.Key_Return)
    press(qtbot, KEY.Key_1)  # simple reflection -> middle, written at once
    close_window(window)  # the app goes away before the next choice

    window, page = open_page(qtbot, open_window, settings, trainee=False)
    tab = page.scenarios
    assert "In progress" in tab.scenario_list.currentItem().text()
    assert tab.resume_button.isVisible()
    press(qtbot, KEY.Key_Return)  # Enter resumes the unfinished run
    chat = tab.chat
    assert chat.run.current.id == "middle"
    assert chat.lines()[:3] == ["Sam: I don't know if this place is for me.",
                                "You: You're not sure yet whether it fits you.",
                                "Feedback (Simple reflection): A plain reflection keeps Sam talking."]
    assert chat.latest.text() == "Sam: I liked the coffee, I guess. And one person was kind."
    press(qtbot, KEY.Key_1)
    press(qtbot, KEY.Key_Return)
    assert tab.stack.currentWidget() is tab.summary
    [saved] = window.context.services.conversations.saved_runs(window.context.trainee.id)
    assert saved.completed and len(saved.record.steps) == 2


def test_an_earlier_run_shows_its_summary_from_the_history(qtbot, open_window, settings):
    write_scenario(settings)
    window, page = open_page(qtbot, open_window, settings)
    tab = page.scenarios
    scenario = window.context.catalog.scenarios["practice-talk"]
    from trainer.study.conversations import replay

    run = replay(scenario, [0, 0])
    import datetime as dt

    at = dt.datetime(2026, 11, 30, 10, 0)
    window.context.services.conversations.record(run.record(window.context.trainee.id, at, at))
    page.refresh()
    assert tab.history.count() == 1 and tab.history.item(0).text().startswith(date_time_text(at))  # in the person's language
    tab.history.setFocus()
    tab.history.setCurrentRow(0)
    press(qtbot, KEY.Key_Return)
    assert tab.stack.currentWidget() is tab.summary
    assert tab.summary.summary == run.summary()


def test_without_a_trainee_nothing_can_start(qtbot, open_window, settings):
    write_scenario(settings)
    _window, page = open_page(qtbot, open_window, settings, trainee=False)
    tab = page.scenarios
    assert not tab.start_button.isEnabled()
    assert "Choose who is studying" in tab.empty.text()


def test_the_dashboard_shows_the_latest_role_play_as_a_study_signal(qtbot, open_window, settings):
    write_scenario(settings)
    window, page = open_page(qtbot, open_window, settings)
    card = window.pages["dashboard"].conversation_card
    assert "No role-play finished yet" in card.latest.text()
    assert not any(label.isVisibleTo(card) for label in card.measure_labels)
    tab = page.scenarios
    press(qtbot, KEY.Key_Return)
    press(qtbot, KEY.Key_3)
    press(qtbot, KEY.Key_Return)
    press(qtbot, KEY.Key_2)
    press(qtbot, KEY.Key_Return)
    assert tab.stack.currentWidget() is tab.summary
    assert card.latest.text().startswith("Latest role-play: A short practice talk (")
    texts = [label.text() for label in card.measure_labels]
    assert texts == ["Reflections to questions: 0.0 to 1 (0 reflections, 1 question) — below fair",
                     "Complex reflections: no reflections yet — not rated",
                     "Open questions: 100% of 1 question — good"]
    assert card.measure_labels[2].property("status") == "met"
    card.practise.click()
    assert window.current_page_key() == "conversations"
