"""A trainer edits a module's and a bank's Spanish beside the English; practice then shows it."""

from __future__ import annotations

import pytest

from tests.ui.conftest import sign_in
from tests.ui.trainer_login import sign_in_trainer
from trainer.config import resolve_settings
from trainer.content.translations import in_language


@pytest.fixture
def spanish_settings(data_dir, bilingual_content):
    return resolve_settings(data_dir=data_dir, content_dir=bilingual_content, environ={})


def _author(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window)
    sign_in_trainer(window)
    window.show_page("author")
    page = window.pages["author"]
    page.ask = lambda title, text: True
    page.inform = lambda title, text: None
    return window, page


def test_bank_spanish_side_by_side_is_checked_and_saved(qtbot, open_window, spanish_settings):
    window, page = _author(qtbot, open_window, spanish_settings)
    tab = page.bank_tab
    page._open(tab, spanish_settings.content_dir / "quizzes" / "boundaries-basics.yaml")
    pane = tab.translation
    tab.spanish_button.setChecked(True)
    assert not pane.isHidden() and pane.path == spanish_settings.content_dir / "es" / "quizzes" / "boundaries-basics.yaml"
    assert "¿Qué es un límite" in pane.text.toPlainText()
    assert pane.problems_list.problem_texts() == []
    # One option too few: the problem is listed with its line, and nothing is written.
    broken = pane.text.toPlainText().replace("  - text: Un contrato legal que firma el par\n"
                                             "    why: Los límites no son contratos.\n", "")
    pane.text.setPlainText(broken)
    assert not page.save_translation(tab)
    assert any("2 option(s); the English has 3" in p for p in pane.problems_list.problem_texts())
    fixed = broken.replace("¿Qué es un límite en el trabajo de pares?", "¿Qué es un límite?").replace(
        "    why: Contar su historia con un fin es parte del trabajo de pares.\n",
        "    why: Contar su historia con un fin es parte del trabajo de pares.\n"
        "  - text: Un contrato legal que firma el par\n    why: No es un contrato.\n")
    pane.text.setPlainText(fixed)
    assert page.save_translation(tab), pane.status.text()
    assert not pane.dirty
    spanish = in_language(window.context.catalog, "es")  # read again: every page shows it
    assert spanish.questions["bb-001"].stem == "¿Qué es un límite?"


def test_module_without_spanish_starts_from_the_english(qtbot, open_window, spanish_settings):
    window, page = _author(qtbot, open_window, spanish_settings)
    tab = page.module_tab
    page._open(tab, spanish_settings.content_dir / "modules" / "hope-and-stories.md")
    pane = tab.translation
    assert pane.text.toPlainText() == "" and pane.start_button.isEnabled()
    pane.start_from_english()
    draft = pane.text.toPlainText()
    assert "lang: es" in draft and "translated_from_version:" in draft
    pane.refresh()
    assert pane.problems_list.problem_texts() == []  # the right shape: only the words are to change
    assert page.save_translation(tab)
    assert (spanish_settings.content_dir / "es" / "modules" / "hope-and-stories.md").is_file()
    assert "hope-and-stories" in window.context.catalog.translations["es"].modules


def test_a_gift_file_in_spanish_imports_as_the_spanish_of_its_bank(qtbot, open_window, spanish_settings, tmp_path):
    from trainer.cli import main

    content = spanish_settings.content_dir
    gift = tmp_path / "limites.gift"
    assert main(["--content-dir", str(content), "export-bank", "boundaries-basics", "--format", "gift",
                 "--language", "es", "--out", str(gift)]) == 0
    spanish = content / "es" / "quizzes" / "boundaries-basics.yaml"
    spanish.unlink()
    window, page = _author(qtbot, open_window, spanish_settings)
    told = []
    page.inform = lambda title, text: told.append(text)
    page.choose_import_file = lambda: str(gift)
    page.map_categories = lambda *_: pytest.fail("a translation takes its domains from the English")
    page.import_bank()
    qtbot.waitUntil(lambda: page.import_button.isEnabled(), timeout=10000)
    assert told == [] and spanish.is_file()
    tab = page.bank_tab
    assert tab.editor.path == content / "quizzes" / "boundaries-basics.yaml"  # the English, with its Spanish
    assert tab.spanish_button.isChecked() and "¿Qué es un límite" in tab.translation.text.toPlainText()
    assert in_language(window.context.catalog, "es").questions["bb-001"].stem.startswith("¿Qué es un límite")
    page.import_bank()  # again: the Spanish is there now, and is not overwritten
    qtbot.waitUntil(lambda: page.import_button.isEnabled(), timeout=10000)
    assert told and "already has its Spanish" in told[-1]
