import pytest

from trainer.services import open_services
from trainer.ui.context import AppContext
from trainer.ui.main_window import MainWindow
from trainer.ui.theme import apply_theme


@pytest.fixture(autouse=True)
def _no_real_quit_question(monkeypatch):
    """A dialog a test closes without answering would wait forever on "Close the app?":
    unless a test sets its own, the person answers "Close the app"."""
    monkeypatch.setattr("trainer.ui.first_run.ask_to_quit", lambda _parent: True)
    monkeypatch.setattr("trainer.ui.trainee_picker.ask_to_quit", lambda _parent: True)


def _delete_what_is_pending(qapp) -> None:
    """Widgets an earlier test left for deleteLater (or closed mid-failure) go now, before the
    theme walks every widget: a run must not depend on the order its tests happen to take."""
    from PySide6.QtCore import QEvent

    qapp.processEvents()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def open_window(qtbot, qapp):
    """Open the real main window on given settings; closes everything at the end."""
    opened = []
    _delete_what_is_pending(qapp)
    apply_theme(qapp)

    def _open(settings):
        services = open_services(settings, defer_storage=True)  # as the app starts
        window = MainWindow(AppContext(services))
        window.closing_notes = []  # closing mid-attempt tells the person: recorded, not shown
        window.inform_closing = lambda title, text: window.closing_notes.append((title, text))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, services))
        return window

    yield _open
    for window, services in opened:
        window.close()
        services.close()
        window.deleteLater()
    _delete_what_is_pending(qapp)


def close_window(window):
    window.close()
    window.context.services.close()


DOMAINS = ("advocacy", "mentoring-education", "recovery-wellness", "ethical-responsibility")


def write_drill_bank(content_dir, per_domain=12):
    """A bank of simple single-answer questions in every domain, for exam tests."""
    lines = ["id: drill", "title: Drill", "module: boundaries-basics", "questions:"]
    for domain in DOMAINS:
        for i in range(per_domain):
            right = i % 4
            lines += [f"  - id: drill-{domain[:3]}-{i:02d}", "    type: single", f"    domain: {domain}",
                      "    section: Gifts", f"    stem: Drill question {i} about {domain}?", "    options:"]
            for o in range(4):
                lines.append(f"      - text: Choice {o} of {domain} {i}")
                lines.append(f"        why: Reason {o}.")
                if o == right:
                    lines.append("        correct: true")
            lines.append("    explanation: Drill explanation.")
    (content_dir / "quizzes" / "drill.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def exam_settings(settings):
    write_drill_bank(settings.content_dir)
    return settings


def sign_in(window, name="Ana", profile="test-board"):
    trainee = window.context.services.trainees.create(name, profile)
    window.context.set_trainee(trainee)
    window.activateWindow()
    return trainee


def right_display(runner):
    """Display index of the first right option of the current question."""
    item = runner.attempt.items[runner.index]
    question = runner.catalog.questions[item.question_id]
    return list(item.option_order).index(question.correct_indexes[0])
