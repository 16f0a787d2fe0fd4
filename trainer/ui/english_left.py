"""Finds English left in a window shown in another language: every visible widget's text,
title, placeholder, tooltip, accessible name, list, combo, tab and table text.

A text counts as English when it is the English source of a message the translation words
differently, when it holds an untranslated plural ("entry(s)"), or when it uses English
function words no Spanish sentence has ("the", "your", "with"). Excepted by rule, not by
list: names (the people given, the app's and the languages' own names, runs of capitalised
words such as a book's title or a credential), text in parentheses or quotes (an exam term
beside its Spanish, a quoted title), paths, ids, key names, and, when given, the
curriculum's own English (what validate reports).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from functools import cache

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from trainer.ui.i18n import LANGUAGES, TRANSLATIONS

APP_NAMES = ("CPSW Trainer", "cpsw-trainer")
ENGLISH_WORDS = frozenset("""
the and of to you your is are was were be been has have had will would can could should
for with this that these those it its from by or on in at an as into than then there here
what which who whom how when where why not yet more most only also every each any all some
none done after before about over under while until because if so do does did don't can't
isn't won't let's we our they their them she his her my am up down out new next back
previous open show start save choose select add edit delete remove import export close cancel
settings dashboard modules practice hours reports author cohort question questions exam review
report name password training experience supervision progress entry entries answer answers
please enter make see read finished unfinished already still left right wrong correct
""".split())
# English function words that are also words of the language: Spanish "has" (tú has visto),
# "am" (9:00 am).
ALSO_IN = {"es": frozenset({"has", "am"})}
UNTRANSLATED_PLURAL = re.compile(r"\w\(s\)|\((is|are|was|were|has|have)\|")
TAG = re.compile(r"<[^>]+>")
ENTITY = re.compile(r"&(?:[a-z]+|#\d+);")
EXCEPTED = (
    re.compile(r"\([^()]*\)"),  # an exam term beside its Spanish: (motivational interviewing)
    re.compile(r"“[^”]*”|\"[^\"]*\"|'[^']*'|«[^»]*»"),  # quoted words
    re.compile(r"(?:[A-Za-z]:)?[\\/][^\s,;]*"),  # paths
    re.compile(r"\b[a-z0-9]+(?:[-_.][a-z0-9]+)+\b"),  # ids, file names, versions
    re.compile(r"\b(?:Ctrl|Alt|Shift)\+\w+|\b(?:Enter|Escape|Delete|Tab|Space)\b"),  # key names
    # titles, credentials and organisations: The ASAM Criteria, National Institute on Drug Abuse,
    # Faces & Voices of Recovery, Recovery Act of 2018 (never "the" or "to": "Open the Reports page" is a sentence)
    re.compile(r"\b[A-Z][\w'&.-]*(?:\s+(?:(?:of|for|in|on|and|&)\s+)?[A-Z][\w'&.-]*)+(?:\s+of\s+\d{4})?"),
)
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")  # whole words: "leído" is not "le" + "do"


@cache
def _translated_sources(language: str) -> frozenset[str]:
    """The English sources the translation words differently (a source that stays the same,
    "PIN" or "%1 / %2", is not English left)."""
    path = TRANSLATIONS / f"cpsw_trainer_{language}.ts"
    found = set()
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        source = (message.findtext("source") or "").replace("&", "")  # accelerators may move
        if source not in {(form or "").replace("&", "") for form in forms} and any(c.isalpha() for c in source):
            found.add(source)
    return frozenset(found)


def widget_texts(root: QWidget, documents: bool = True) -> Iterator[tuple[QWidget, str]]:
    """(widget, text) for every visible widget under root, root included; with `documents`
    False, not the text of read-only documents (a module's or question's own words)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        yield from ((widget, text) for text in _texts_of(widget, documents) if text and text.strip())


def _texts_of(widget: QWidget, documents: bool) -> Iterable[str]:
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield widget.placeholderText()
        if documents or not widget.isReadOnly():
            yield widget.toPlainText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QListWidget):
        yield from (widget.item(i).text() for i in range(widget.count()) if not widget.item(i).isHidden())
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model())


def _model_texts(model, parent: QModelIndex | None = None, rows: int = 50) -> Iterator[str]:
    parent = parent or QModelIndex()
    if not parent.isValid():
        for column in range(model.columnCount(parent)):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(rows, model.rowCount(parent))):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            yield str(index.data() or "")
            yield str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        child = model.index(row, 0, parent)
        if model.rowCount(child) > 0:
            yield from _model_texts(model, child, rows)


def excepted_words(names: Iterable[str] = (), content: Iterable[str] = ()) -> tuple[str, ...]:
    """Names and curriculum texts (each line of them too), longest first (a title holding a
    name goes whole)."""
    lines = {line.strip() for text in content for line in text.splitlines()}
    return tuple(sorted({t for t in (*names, *APP_NAMES, *LANGUAGES.values(), *content, *lines) if len(t) > 1},
                        key=len, reverse=True))


def is_english(text: str, language: str = "es", excepted: tuple[str, ...] = excepted_words()) -> bool:
    plain = ENTITY.sub(" ", TAG.sub(" ", text))
    if UNTRANSLATED_PLURAL.search(plain):
        return True
    for name in excepted:
        if name in plain:
            plain = plain.replace(name, " ")
    plain = plain.replace("&", "")
    lines = {line.strip() for line in plain.splitlines()} | {plain.strip()}
    if lines & _translated_sources(language):
        return True
    for pattern in EXCEPTED:
        plain = pattern.sub(" ", plain)
    also = ALSO_IN.get(language, frozenset())
    return any(word.lower() in ENGLISH_WORDS and word.lower() not in also for word in WORD.findall(plain))


def english_left(root: QWidget, language: str = "es", names: Iterable[str] = (),
                 content: Iterable[str] = (), documents: bool = True) -> list[str]:
    """Each English text found under root, with the class and object name of its widget."""
    excepted = excepted_words(names, content)
    found = []
    for widget, text in widget_texts(root, documents):
        if is_english(text, language, excepted):
            found.append(f"{type(widget).__name__} {widget.objectName() or ''}: {text!r}")
    return sorted(set(found))
