"""Plurals are worded by Qt's %n and the English translation: "1 entry", "2 entries",
never "1 entries" or "entry(s)"."""

import subprocess
import sys
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from tests.conftest import ROOT
from trainer.ui.i18n import install_translations

sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402


def test_english_forms_follow_the_rules():
    assert translations.english_forms("%n entry(s)") == ("%n entry", "%n entries")
    assert translations.english_forms("%n question(s) (was|were) skipped") == (
        "%n question was skipped", "%n questions were skipped")


def test_the_translation_is_up_to_date_with_the_interface():
    """Every %n message in trainer/ui has its two English forms in the shipped .ts and .qm."""
    assert translations.check() == []
    messages = list(ET.parse(translations.TS).iter("message"))
    assert messages
    for message in messages:
        forms = [form.text for form in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms), message.findtext("source")
        assert not any("(s)" in form or "|" in form for form in forms), forms


def test_a_plural_message_is_worded_for_one_and_many(qapp):
    assert install_translations(qapp)
    source = "%n simulation(s) did not count: most of (its|their) questions were seen recently."
    one = QCoreApplication.translate("DashboardPage", source, "", 1)
    many = QCoreApplication.translate("DashboardPage", source, "", 3)
    assert one.startswith("1 simulation did not count") and "its questions" in one
    assert many.startswith("3 simulations did not count") and "their questions" in many


def test_the_check_command_fails_when_out_of_date(tmp_path, monkeypatch):
    stale = tmp_path / translations.TS.name
    stale.write_text(translations.TS.read_text(encoding="utf-8").replace("simulation did", "simulation dit"),
                     encoding="utf-8")
    monkeypatch.setattr(translations, "TS", stale)
    monkeypatch.setattr(translations, "QM", stale.with_suffix(".qm"))
    assert translations.check()  # both the .ts and the missing .qm are reported


def test_check_runs_from_the_command_line():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_review_wording_says_when_missed_questions_come_back(qapp):
    import datetime as dt

    from trainer.ui.review_text import ReviewWording

    install_translations(qapp)
    wording = ReviewWording()
    now = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
    assert wording.due_text(1, None, now) == "Review due: 1 question."
    assert wording.due_text(4, None, now) == "Review due: 4 questions."
    assert "come back here" in wording.due_text(0, None, now)
    soon = wording.due_text(0, now + dt.timedelta(minutes=10), now)
    assert soon.startswith("Review due: none right now. Your missed questions come back from ")
    assert soon.endswith(" today.") or soon.endswith(" tomorrow.")  # local midnight may fall between
    later = wording.due_text(0, now + dt.timedelta(days=5), now)
    assert later.startswith("Review due: none right now. Your missed questions come back on ")
