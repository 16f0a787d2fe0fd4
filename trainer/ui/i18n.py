"""The interface's translations. English is the source language, but Qt words plurals through
a translation ("%n entry(s)" -> "1 entry" / "2 entries"), so the English one is always loaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
_installed: dict[int, QTranslator] = {}  # per application: installing twice would double up


def install_translations(app: QApplication, language: str = "en") -> bool:
    if id(app) in _installed:
        return True
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"cpsw_trainer_{language}.qm")):
        return False
    app.installTranslator(translator)
    _installed[id(app)] = translator
    return True
