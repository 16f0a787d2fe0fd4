"""The Spanish interface: every message translated, and each translation keeps what the code
fills in or what a person presses (placeholders, accelerators, shortcuts, HTML)."""

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402

PLACEHOLDERS = re.compile(r"%[1-9]")
ACCELERATOR = re.compile(r"&([^&\s])")
SHORTCUT = re.compile(r"\b(?:Ctrl|Alt|Shift)\+\w+")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def messages():
    for context in ET.parse(translations.TS_ES).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            yield name, message.findtext("source"), forms


def test_every_message_has_its_spanish():
    assert translations.unfinished(translations.TS_ES) == []
    assert sum(1 for _ in messages()) > 900


def test_the_spanish_is_up_to_date_with_the_interface():
    """The .ts holds what the code and the dictionaries say, and the .qm is built from it."""
    assert [p for p in translations.check() if "_es." in p] == []


def test_translations_keep_placeholders_shortcuts_and_markup():
    wrong = []
    for context, source, forms in messages():
        if not all(forms):
            continue  # not translated yet: the first test names it
        for form in forms:
            for pattern in (PLACEHOLDERS, SHORTCUT, TAG):
                if Counter(pattern.findall(source)) != Counter(pattern.findall(form)):
                    wrong.append((context, source, form))
            if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(form)):
                wrong.append((context, source, form))
        if "%n" in source and "%n" not in forms[-1]:
            wrong.append((context, source, forms[-1]))
    assert wrong == []


def test_spanish_accelerators_clash_no_more_than_english():
    """One letter per control in a dialog or page: Spanish adds no clash the English has not."""

    def clashes(texts):
        letters = Counter(m.lower() for text in texts for m in ACCELERATOR.findall(text))
        return sum(count - 1 for count in letters.values())

    by_context: dict[str, tuple[set, set]] = {}
    for context, source, forms in messages():
        english, spanish = by_context.setdefault(context, (set(), set()))
        english.add(source)
        spanish.add(forms[0])
    worse = {c: sorted(s) for c, (e, s) in by_context.items() if clashes(s) > clashes(e)}
    assert worse == {}


@pytest.fixture
def spanish(qapp):
    from trainer.ui.i18n import install_translations

    assert install_translations(qapp, "es")
    yield qapp
    install_translations(qapp, "en")


def test_spanish_is_loaded_with_its_plurals_and_qts_own_buttons(spanish):
    from PySide6.QtCore import QCoreApplication, QLocale

    translate = QCoreApplication.translate
    assert translate("MainWindow", "Dashboard") == "Panel"
    assert translate("SettingsPage", "%n trainee(s)", "", 1) == "1 participante"
    assert translate("SettingsPage", "%n trainee(s)", "", 3) == "3 participantes"
    assert translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's standard buttons
    assert QLocale().language() == QLocale.Language.Spanish


def test_english_comes_back(spanish):
    from PySide6.QtCore import QCoreApplication, QLocale

    from trainer.ui.i18n import current_language, install_translations

    assert current_language(spanish) == "es"
    install_translations(spanish, "en")
    assert QCoreApplication.translate("MainWindow", "Dashboard") == "Dashboard"
    assert QCoreApplication.translate("SettingsPage", "%n trainee(s)", "", 3) == "3 trainees"
    assert QLocale().language() == QLocale.Language.English


def test_no_spanish_keeps_an_english_plural_marker():
    """Spanish words its own plurals (numerusform); "bueno(s)" would read as English left."""
    assert [forms for _c, _s, forms in messages() if any("(s)" in form for form in forms)] == []
