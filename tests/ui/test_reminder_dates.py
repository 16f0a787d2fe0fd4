"""Renewal reminders carry their due date as a date: the window writes it as the person's
language does (the short date with the year in full, as every page does), the command line
keeps ISO."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from tests.conftest import BUNDLED_CONTENT
from trainer.cli import main
from trainer.config import resolve_settings
from trainer.content.schema import RenewalFigure, RenewalRules
from trainer.operations import renewal as ops
from trainer.study.reminders import reminders
from trainer.study.renewal import evaluate
from trainer.ui.i18n import install_translations, locale_for
from trainer.ui.text import say

EXPIRES = dt.date(2027, 3, 1)


@pytest.fixture
def language(qapp):
    """Speak a language with its usual region's locale; English and its locale again after."""

    def speak(code: str, region: str) -> None:
        install_translations(qapp, code)
        QLocale.setDefault(QLocale(region))

    yield speak
    install_translations(qapp, "en")
    QLocale.setDefault(locale_for("en"))  # as installing English sets it


def _soon():
    figure = RenewalFigure(20, "https://board.example", True, dt.date(2026, 12, 1), "")
    rules = RenewalRules(source="https://board.example", as_of=dt.date(2026, 12, 1), verified=True,
                         cycle_years=RenewalFigure(2, "https://board.example", True, dt.date(2026, 12, 1), ""),
                         ce_hours=figure)
    status = evaluate(rules, [], dt.date(2025, 3, 1), EXPIRES)
    return reminders(status, EXPIRES - dt.timedelta(days=30))


def test_a_reminder_is_worded_with_the_date_as_each_language_writes_it(language):
    expiry, hours = _soon()[:2]
    assert expiry.message.args[0] == EXPIRES  # the date itself, not its text
    assert str(expiry.message) == "Your certification expires in 30 days, on 2027-03-01."  # the command line
    language("en", "en_US")
    assert say(expiry.message) == "Your certification expires in 30 days, on 3/1/2027."
    assert say(hours.message) == "20 more CE hours are needed before 3/1/2027."
    language("es", "es_US")
    assert say(expiry.message) == "Su certificación vence en 30 días, el 1/3/2027."
    assert "2027-03-01" not in say(hours.message) and "1/3/2027" in say(hours.message)


def test_the_dashboard_reminder_follows_the_language(qtbot, open_window, data_dir, language):
    window = open_window(resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={}))
    services, context = window.context.services, window.context
    trainee = services.trainees.create("Rae Newal", "pa-crs")
    context.set_trainee(trainee)
    expires = dt.date.today() + dt.timedelta(days=20)
    language("en", "en_US")
    context.perform(ops.record_certification(services.certifications, trainee.id, "pa-crs",
                                             expires - dt.timedelta(days=730), expires_on=expires))
    card = window.pages["dashboard"].renewal_card
    english = f"{expires.month}/{expires.day}/{expires.year}"
    assert f"Your certification expires in 20 days, on {english}." in card.notices.text()
    assert expires.isoformat() not in card.notices.text()
    language("es", "es_US")
    window.pages["dashboard"].refresh()
    spanish = f"{expires.day}/{expires.month}/{expires.year}"
    assert f"el {spanish}" in card.notices.text() and expires.isoformat() not in card.notices.text()


def test_the_command_line_prints_the_reminder_date_as_iso(data_dir, capsys):
    settings = resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={})
    args = ["--data-dir", str(settings.data_dir), "--content-dir", str(settings.content_dir)]
    expires = dt.date.today() + dt.timedelta(days=20)
    assert main([*args, "ce", "certify", "--trainee", "Lou", "--profile", "pa-crs", "--on",
                 (expires - dt.timedelta(days=730)).isoformat(), "--expires", expires.isoformat()]) == 0
    capsys.readouterr()
    assert main([*args, "ce", "list", "--trainee", "Lou"]) == 0
    out = capsys.readouterr().out
    assert f"Reminder: Your certification expires in 20 days, on {expires.isoformat()}." in out
    assert f"Reminder: 30 more CE hours are needed before {expires.isoformat()}." in out
