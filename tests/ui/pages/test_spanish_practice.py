"""Modules and practice in the trainee's language: the Spanish text under the same ids, so
progress, answers and review carry across a switch of language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import right_display, sign_in
from trainer.config import resolve_settings
from trainer.operations.preferences import set_language
from trainer.ui.i18n import install_translations
from trainer.ui.pages.modules.module_list import MODULE_ID_ROLE


@pytest.fixture
def spanish_settings(data_dir, bilingual_content, qapp):
    yield resolve_settings(data_dir=data_dir, content_dir=bilingual_content, environ={})
    install_translations(qapp, "en")  # the next tests read English


def _choose(window, language):
    """As Settings does: the translation, then the operation; the window builds its pages again."""
    install_translations(QApplication.instance(), language)
    window.context.perform(set_language(window.context.preferences, language))


def _titles(page):
    model, found = page.model, []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        found.append(parent.data())
        found += [model.index(child, 0, parent).data() for child in range(model.rowCount(parent))]
    return found


def test_modules_show_in_spanish_and_progress_carries_across_languages(qtbot, open_window, spanish_settings):
    window = open_window(spanish_settings)
    sign_in(window)
    window.show_page("modules")
    assert "Boundaries Basics" in _titles(window.pages["modules"])
    _choose(window, "es")
    page = window.pages["modules"]  # built again, in Spanish
    titles = _titles(page)
    assert "Los límites, lo básico" in titles and any(t.startswith("Responsabilidad ética") for t in titles)
    assert "Hope and Stories" in titles  # untranslated: still listed, in English
    page.open_module("boundaries-basics")
    reader = page.reader
    assert reader.title.text() == "Los límites, lo básico"
    assert "Un límite" in reader.browser.toPlainText()
    reader.go_next()  # read in Spanish: recorded under the English section key
    assert "Las relaciones dobles" in reader.browser.toPlainText()
    _choose(window, "en")
    page = window.pages["modules"]
    page.open_module("boundaries-basics")  # where the trainee left off, now in English
    assert page.reader.title.text() == "Boundaries Basics" and page.reader.index == 1
    assert "Dual relationships" in page.reader.browser.toPlainText()
    status = page._progress().status(window.context.trainee.id, window.context.catalog.modules["boundaries-basics"])
    assert status.read_keys == {"what-a-boundary-is"}


def test_practice_in_spanish_scores_the_same_and_rereads_the_spanish_section(qtbot, open_window, spanish_settings):
    window = open_window(spanish_settings)
    sign_in(window)
    _choose(window, "es")
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("practice")
    page = window.pages["practice"]
    home = page.home
    assert home.source_combo.findData("bank:boundaries-basics") >= 0
    assert "Los límites, lo básico" in home.source_combo.itemText(home.source_combo.findData("bank:boundaries-basics"))
    page.start_practice("bank:boundaries-basics", 10)
    runner = page.runner
    first = runner.attempt.items[0].question_id
    stems = {"bb-001": "¿Qué es un límite", "bb-002": "Los regalos pequeños"}
    assert stems[first] in runner.view.stem.text()
    right = right_display(runner)
    runner.view.choose_display(right)
    qtbot.keyClick(runner.view, Qt.Key.Key_Return)  # check
    feedback = runner.view.feedback.text()
    assert "Correct." in feedback or "Correcto." in feedback or "✓" in feedback
    assert "Los límites protegen" in feedback or "La regla de la agencia decide" in feedback
    if first == "bb-001":
        assert "Qué es un límite" in runner.view.reread_button.text()
        qtbot.mouseClick(runner.view.reread_button, Qt.MouseButton.LeftButton)
        reader = window.pages["modules"].reader
        assert reader.index == 0 and reader.title.text() == "Los límites, lo básico"
        window.show_page("practice")
    # The answer was saved under the English question: the same in either language.
    saved = page.attempts.load(runner.attempt.id)
    assert saved.items[0].question_id == first and saved.items[0].correct


def test_glossary_lists_terms_in_both_languages(qtbot, open_window, spanish_settings):
    window = open_window(spanish_settings)
    sign_in(window)
    window.show_page("modules")
    assert window.pages["modules"].glossary_button.isHidden()  # in English: the Spanish terms are not shown
    _choose(window, "es")
    window.show_page("modules")
    page = window.pages["modules"]
    assert not page.glossary_button.isHidden()
    qtbot.mouseClick(page.glossary_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.glossary
    assert page.glossary.visible_terms() == ["límite", "relación doble"]
    page.glossary.filter.setText("dual")
    assert page.glossary.visible_terms() == ["relación doble"]
    assert page.glossary.table.item(1, 1).text() == "dual relationship"
    qtbot.mouseClick(page.glossary.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 0


def test_no_glossary_button_without_spanish(qtbot, open_window, settings):
    window = open_window(settings)
    window.show_page("modules")
    page = window.pages["modules"]
    assert page.glossary_button.isHidden()
    assert page.tree.model().index(0, 0).data(MODULE_ID_ROLE) is None  # a domain header
