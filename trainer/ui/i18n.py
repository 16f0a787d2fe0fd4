"""The interface's language. English is the source language, but Qt words plurals through
a translation ("%n entry(s)" -> "1 entry" / "2 entries"), so English loads one too; Spanish
loads ours and Qt's own (the standard buttons and dialogs: "Cancelar", "Sí"). The default
locale follows the language too, so QLocale() writes dates and numbers in it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = {"en": "English", "es": "Español"}  # each named in its own language, never translated
REGION = {"en": "en_US", "es": "es_US"}  # when the system's locale is another language: New Mexico first
# Per application, the language and its translators: installing twice would double up.
_installed: dict[int, tuple[str, list[QTranslator]]] = {}


def system_language() -> str:
    """The system locale's language when the app speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def chosen_language(preferences) -> str:
    """The language this seat chose (Settings or first run), or the system's."""
    chosen = preferences.get("language")
    return chosen if chosen in LANGUAGES else system_language()


def locale_for(language: str) -> QLocale:
    """The system's own locale when it is in this language (es_MX stays es_MX), else its region."""
    system = QLocale.system()
    return system if system.name().split("_")[0] == language else QLocale(REGION.get(language, "en_US"))


def current_language(app: QApplication | None = None) -> str:
    app = app or QApplication.instance()
    installed = _installed.get(id(app))
    return installed[0] if installed else "en"


def install_translations(app: QApplication, language: str = "en") -> bool:
    """Load `language` (replacing the one loaded before); False if its .qm is missing.
    Installing sends every widget a LanguageChange event."""
    if language not in LANGUAGES:
        language = "en"
    before = _installed.get(id(app))
    if before is not None and before[0] == language:
        return True
    ours = QTranslator(app)
    if not ours.load(str(TRANSLATIONS / f"cpsw_trainer_{language}.qm")):
        return False
    translators = [ours]
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
    for old in before[1] if before is not None else ():
        app.removeTranslator(old)
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(locale_for(language))
    _installed[id(app)] = (language, translators)
    return True
