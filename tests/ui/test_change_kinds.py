"""One test per kind of change: a real operation goes through the window's dispatcher, and
every page that shows what it changed refreshes (and shows it); pages that do not depend on
it are left alone. No page announces a change by hand: the operation's Done says it."""

import datetime as dt
import re
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_CONTENT
from trainer.config import resolve_settings
from trainer.operations import Change
from trainer.operations import attempts as attempt_ops
from trainer.operations import backups as backup_ops
from trainer.operations import hours as hours_ops
from trainer.operations import preferences as preference_ops
from trainer.operations import reading as reading_ops
from trainer.operations import reports as report_ops
from trainer.operations import trainees as trainee_ops
from trainer.study.hours import EntryData

PAGES = ("dashboard", "modules", "practice", "conversations", "hours", "renewal", "reports", "author", "settings",
         "cohort")
UI = Path(__file__).resolve().parents[2] / "trainer" / "ui"


@pytest.fixture
def window(qtbot, open_window, data_dir):
    window = open_window(resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={}))
    services = window.context.services
    trainee = services.trainees.create("Robin Change", "icrc-pr")
    window.context.set_trainee(trainee)
    for key in PAGES:
        window.pages[key]  # noqa: B018 - build every page, as after a visit to each
    window.refreshed = []
    for sub in window.context._subscriptions:  # record who refreshes, then let it refresh
        owner_key = _page_of(window, sub.owner)
        sub.callback = _recording(sub.callback, owner_key, window.refreshed)
    return window


def _page_of(window, owner) -> str:
    """The page a subscriber is part of (a card on the Dashboard counts as the Dashboard)."""
    while owner is not None:
        found = next((k for k, page in window.pages.built.items() if page is owner), None)
        if found:
            return found
        owner = owner.parent() if hasattr(owner, "parent") else None
    return "window"


def _recording(callback, key, log):
    def record():
        log.append(key)
        return callback()
    return record


def refreshed_by(window, done) -> set[str]:
    window.refreshed.clear()
    window.context.perform(done)
    return set(window.refreshed)


def shown_text(page) -> str:
    """Every label and button a person can read on a page."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    return " ".join(w.text() for kind in (QLabel, QAbstractButton) for w in page.findChildren(kind))


def test_hours_reach_the_dashboard_hours_and_cohort(window):
    services, trainee = window.context.services, window.context.trainee
    hours_page = window.pages["hours"]
    before_rows, before_dashboard = hours_page.model.rowCount(), shown_text(window.pages["dashboard"])
    done = hours_ops.add_entry(services.hours, trainee.id,
                               EntryData(dt.date.today() - dt.timedelta(days=1), "3.5", "experience",
                                         setting="Drop-in centre", activity="Peer support group"))
    assert done.changes == Change.HOURS
    who = refreshed_by(window, done)
    assert {"dashboard", "hours", "cohort"} <= who and not who & {"modules", "author", "reports"}
    assert hours_page.model.rowCount() == before_rows + 1
    assert shown_text(window.pages["dashboard"]) != before_dashboard  # the experience line counts the 3.5


def test_a_ce_course_reaches_the_renewal_page_and_the_dashboard_only(window):
    from trainer.operations import renewal as renewal_ops
    from trainer.study.ce_records import CeData

    services, trainee = window.context.services, window.context.trainee
    window.context.perform(renewal_ops.record_certification(services.certifications, trainee.id, "icrc-pr",
                                                            dt.date.today() - dt.timedelta(days=100)))
    done = renewal_ops.add_ce_entry(services.ce_log, trainee.id, CeData(dt.date.today(), "2", "Ethics refresher",
                                                                        topics=("ethics",)))
    assert done.changes == Change.RENEWAL
    who = refreshed_by(window, done)
    assert {"dashboard", "renewal"} <= who and not who & {"hours", "modules", "practice", "reports"}
    assert window.pages["renewal"].model.rowCount() == 1


def test_an_attestation_saved_anywhere_reaches_the_dashboard(window):
    services, trainee = window.context.services, window.context.trainee
    profile = window.context.profile()
    item = profile.attestations[0]
    verdict_before = window.pages["dashboard"].verdict.text()
    done = hours_ops.set_attestation(services.attestations, trainee.id, item.id, dt.date.today())
    assert done.changes == Change.ATTESTATIONS
    who = refreshed_by(window, done)
    assert {"dashboard", "hours", "cohort"} <= who and "modules" not in who
    met = [int(n) for n in re.findall(r"\d+", window.pages["dashboard"].verdict.text())]
    assert met[0] == int(re.findall(r"\d+", verdict_before)[0]) + 1


def test_reading_reaches_the_dashboard_and_modules(window):
    services, trainee = window.context.services, window.context.trainee
    module = next(iter(window.context.catalog.modules.values()))
    done = reading_ops.mark_section_read(services.progress, trainee.id, module, module.sections[0].key)
    assert done.changes == Change.PROGRESS
    who = refreshed_by(window, done)
    assert {"dashboard", "modules", "cohort"} <= who and not who & {"hours", "reports", "practice"}


def test_a_finished_attempt_reaches_the_dashboard_practice_and_cohort(window):
    services, trainee = window.context.services, window.context.trainee
    questions = list(window.context.catalog.questions.values())[:3]
    attempt = window.context.perform(attempt_ops.start_practice(services.attempts, trainee.id, questions, 3,
                                                                            "Three questions"))
    history_before = len(services.attempts.history(trainee.id))
    done = attempt_ops.finish(services.attempts, attempt.id)
    assert done.changes & Change.ATTEMPTS
    who = refreshed_by(window, done)
    assert {"dashboard", "practice", "cohort"} <= who and not who & {"hours", "modules"}
    assert len(services.attempts.history(trainee.id)) == history_before + 1


def test_the_review_queue_reaches_the_dashboard_and_practice(window):
    services, trainee = window.context.services, window.context.trainee
    question = next(iter(window.context.catalog.questions.values()))
    services.review.add_missed(trainee.id, [question.id])
    done = attempt_ops.rate_review(services.review, trainee.id, question.id, "good")
    assert done.changes == Change.REVIEW
    who = refreshed_by(window, done)
    assert {"dashboard", "practice"} <= who and not who & {"hours", "modules", "reports"}


def test_a_new_trainee_name_reaches_every_page_that_shows_the_trainee(window):
    services, trainee = window.context.services, window.context.trainee
    done = trainee_ops.update_trainee(services.trainees, trainee.id, name="Robin Renamed")
    assert done.changes == Change.TRAINEE
    who = refreshed_by(window, done)
    assert {"window", "dashboard", "modules", "practice", "hours", "renewal", "reports", "settings", "cohort"} <= who


def test_preferences_reach_the_window_and_settings_only(window):
    done = preference_ops.set_text_size(window.context.preferences, 1.25)
    assert done.changes == Change.PREFERENCES
    who = refreshed_by(window, done)
    assert {"window", "settings", "hours"} <= who and not who & {"dashboard", "modules", "practice", "reports"}


def test_an_issued_report_reaches_the_reports_page(window, qtbot):
    page = window.pages["reports"]
    issued_before = page.issued_model.rowCount()
    done = report_ops.issue_report(page.reports, window.context.trainee.id, kind="readiness")
    assert done.changes == Change.REPORTS
    who = refreshed_by(window, done)
    assert "reports" in who and not who & {"dashboard", "hours", "modules", "practice"}
    assert page.issued_model.rowCount() == issued_before + 1


def test_a_restore_reaches_every_page_that_shows_data(window):
    services = window.context.services
    backup = backup_ops.back_up_now(services.backups).value
    assert backup is not None
    done = backup_ops.restore_backup(services.backups, backup)
    assert done.value.ok and done.changes & Change.BACKUPS
    who = refreshed_by(window, done)
    assert {"dashboard", "modules", "practice", "hours", "reports", "settings"} <= who


def test_content_changes_reach_the_pages_that_show_the_curriculum(window, tmp_path):
    from trainer.operations import content as content_ops

    source = tmp_path / "bank.txt"
    source.write_text("Which stage comes after contemplation?\nA. Preparation\nB. Maintenance\n"
                      "C. Precontemplation\nANSWER: A\n", encoding="utf-8")
    done = content_ops.import_bank(source, tmp_path / "content", {}, "recovery-wellness",
                                   reload=lambda: window.context.catalog)
    assert done.changes == Change.CONTENT and done.value.path.is_file()
    window.context.set_catalog(done.value.catalog)
    who = refreshed_by(window, done)
    assert {"dashboard", "modules", "practice", "author"} <= who and not who & {"reports", "settings"}


def test_a_reflection_drill_reaches_the_conversations_page_dashboard_and_cohort(window):
    from trainer.operations import conversations as conversation_ops

    services, trainee = window.context.services, window.context.trainee
    drill = next(iter(window.context.catalog.drills.values()))
    done = conversation_ops.rate_drill(services.drills, trainee.id, drill, "You feel worn out and want rest.",
                                       ["reflects-meaning-or-feeling"])
    assert done.changes == Change.CONVERSATIONS
    who = refreshed_by(window, done)
    assert {"conversations", "dashboard", "cohort"} <= who and not who & {"hours", "modules", "reports"}


def test_no_page_announces_a_change_by_hand():
    """Pages subscribe to kinds of change; only operations (through perform) say what changed."""
    offenders = [str(p.relative_to(UI)) for p in UI.rglob("*.py")
                 if p.name != "context.py" and re.search(r"context\.(announce|changed\.emit)\(", p.read_text())]
    assert offenders == []
