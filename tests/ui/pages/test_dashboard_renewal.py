"""The Dashboard once certified: "Ready to renew?" with the cycle, each minimum and cap, and the
reminders; it follows the renewal operations, and the preparation history stays below."""

import datetime as dt

from tests.conftest import BUNDLED_CONTENT
from trainer.config import resolve_settings
from trainer.operations import renewal as ops
from trainer.study.ce_records import CeData


def test_ready_to_renew_appears_once_certified_and_follows_the_ce_log(open_window, data_dir):
    window = open_window(resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={}))
    services, context = window.context.services, window.context
    trainee = services.trainees.create("Rae Newal", "pa-crs")
    context.set_trainee(trainee)
    dashboard = window.pages["dashboard"]
    card = dashboard.renewal_card
    assert card.isHidden() and dashboard.profile.text().startswith("Preparing for:")
    today = dt.date.today()
    expires = today + dt.timedelta(days=20)
    context.perform(ops.record_certification(services.certifications, trainee.id, "pa-crs",
                                             expires - dt.timedelta(days=730), expires_on=expires, number="CRS-9"))
    assert not card.isHidden()
    assert dashboard.profile.text().startswith("Certified: ")
    summary = card.summary.text()  # the date as the person's language writes it
    assert "CRS-9" in summary and any(f"expires {day}" in summary for day in (
        expires.isoformat(), f"{expires.month}/{expires.day}/{expires.year}"))
    assert card.verdict.text() == "Not yet: 3 requirements still to meet."
    assert "○ CE hours: 0 of 30 count" in card.lines.text()
    assert "○ ethics: 0 of 6 hours" in card.lines.text()
    assert "• Online courses: at most 30 hours count; 0 logged" in card.lines.text()
    assert "Your certification expires in 20 days" in card.notices.text()
    assert "30 more CE hours are needed" in card.notices.text()
    for title, hours, topics in (("Ethics and boundaries", "6", ("ethics",)), ("Privacy", "3", ("confidentiality",)),
                                 ("Recovery planning", "21", ())):
        context.perform(ops.add_ce_entry(services.ce_log, trainee.id, CeData(today, hours, title, topics=topics)))
    assert card.verdict.text().startswith("Ready to renew: every hour and topic minimum is met.")
    assert "✓ CE hours: 30 of 30 count" in card.lines.text()
    assert "more CE hours" not in card.notices.text()
    assert dashboard.requirements.count() > 0  # the preparation history is still shown
