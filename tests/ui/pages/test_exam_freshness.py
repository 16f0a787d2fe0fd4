"""The results and the dashboard say how many of an exam's questions were new, and when a
simulation did not count towards readiness."""

from tests.ui.conftest import sign_in


def _exam_after_practising(services, trainee_id, practise_all: bool):
    catalog = services.catalog
    if practise_all:  # the whole bank answered just now: the exam can only repeat it
        practice = services.attempts.start_practice(trainee_id, list(catalog.questions.values()), None, "All")
        for item in practice.items:
            services.attempts.answer(practice.id, item.position,
                                     list(catalog.questions[item.question_id].correct_indexes))
        services.attempts.finish(practice.id)
    exam = services.attempts.start_exam(trainee_id, catalog.profiles["test-board"], seed=4)
    for item in exam.items:
        services.attempts.answer(exam.id, item.position, list(catalog.questions[item.question_id].correct_indexes))
    result = services.attempts.finish(exam.id)
    return services.attempts.load(exam.id), result


def test_results_say_how_many_questions_were_new(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    trainee = sign_in(window)
    services = window.context.services
    results = window.pages["practice"].results
    fresh_exam, score = _exam_after_practising(services, trainee.id, practise_all=False)
    results.show_results(fresh_exam, score, 70)
    assert "10 of 10 questions were new to you (not answered in the last 14 days)." in results.summary.text()
    assert "does not count" not in results.summary.text()
    repeated, score = _exam_after_practising(services, trainee.id, practise_all=True)
    results.show_results(repeated, score, 70)
    assert "0 of 10 questions were new to you" in results.summary.text()
    assert "so it does not count towards readiness" in results.summary.text()


def test_dashboard_says_which_simulations_counted(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    trainee = sign_in(window)
    services = window.context.services
    dashboard = window.pages["dashboard"]
    dashboard.refresh()
    assert dashboard.exam_fresh.isHidden()  # no simulations yet
    _exam_after_practising(services, trainee.id, practise_all=False)
    _exam_after_practising(services, trainee.id, practise_all=True)
    dashboard.refresh()
    text = dashboard.exam_fresh.text()
    assert not dashboard.exam_fresh.isHidden()
    assert "only when most of its questions are new to you (not answered in the last 14 days)" in text
    assert "New questions in the simulations counted: 10 of 10." in text
    assert "1 simulation did not count" in text

