"""The bundled curriculum in Spanish, as a Spanish-speaking trainee meets it: every page, every
module in the reader, every role-play played to an ending, every reflection drill and note
exercise, and no English left on screen. Unlike the interface walk (test_spanish.py), the
curriculum's own English is not excepted here: the bundled curriculum is whole in both languages."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.conftest import BUNDLED_CONTENT
from tests.ui.conftest import sign_in
from tests.ui.test_spanish import choose_in_settings
from trainer.config import resolve_settings
from trainer.study.hours_rules import EntryData
from trainer.ui.english_left import english_left
from trainer.ui.i18n import install_translations
from trainer.ui.main_window import PAGE_KEYS

TRAINEE = "Ana"


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    install_translations(qapp, "en")


@pytest.fixture
def spanish_window(qtbot, open_window, data_dir):
    window = open_window(resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={}))
    trainee = sign_in(window, TRAINEE, "nm-cpsw")
    window.context.services.hours.add_entry(trainee.id, EntryData(
        dt.date.today(), "2", "training", "ethical-responsibility", "Centro de recuperación", "Taller de ética"))
    choose_in_settings(window, "es")
    return window


def _names(window) -> tuple[str, ...]:
    """The people of the role-plays, the trainee: names are the same in both languages."""
    people = {s.person.name for s in window.context.catalog.scenarios.values()}
    return (TRAINEE, *sorted(people))


def walk(window, where: str, found: list[str], root=None) -> None:
    found += [f"{where}: {text}" for text in english_left(root or window, "es", _names(window))]


def test_every_page_and_module_of_the_bundled_curriculum_is_in_spanish(qtbot, spanish_window):
    window, found = spanish_window, []
    for key in PAGE_KEYS:
        window.show_page(key)
        walk(window, key, found)
    modules = window.pages["modules"]
    for module_id in sorted(window.context.catalog.modules):
        modules.open_module(module_id)
        window.show_page("modules")
        walk(window, f"module {module_id}", found)
    assert found == [], "\n".join(found)


def test_every_role_play_drill_and_note_exercise_is_in_spanish(qtbot, spanish_window):
    window, found = spanish_window, []
    window.show_page("conversations")
    page = window.pages["conversations"]
    tab = page.scenarios
    catalog = window.context.catalog
    for row in range(tab.scenario_list.count()):
        tab.stack.setCurrentWidget(tab.chooser)
        tab.scenario_list.setCurrentRow(row)
        scenario_id = tab.selected_id()
        walk(window, f"role-play list {scenario_id}", found)
        tab.start_selected()
        chat = tab.chat
        for _ in range(len(catalog.scenarios[scenario_id].nodes)):
            if tab.stack.currentWidget() is not chat:
                break
            walk(window, f"role-play {scenario_id}", found)
            qtbot.mouseClick(chat.choice_buttons[0], Qt.MouseButton.LeftButton)  # the first reply
            walk(window, f"role-play {scenario_id} feedback", found)
            qtbot.mouseClick(chat.continue_button, Qt.MouseButton.LeftButton)
        assert tab.stack.currentWidget() is tab.summary, scenario_id
        walk(window, f"role-play {scenario_id} summary", found)
    page.tabs.setCurrentWidget(page.drills)
    for row in range(page.drills.drill_list.count()):
        page.drills.drill_list.setCurrentRow(row)
        page.drills.reveal()
        walk(window, f"drill {page.drills.current_drill().id}", found)
    page.tabs.setCurrentWidget(page.notes)
    for row in range(page.notes.exercise_list.count()):
        page.notes.exercise_list.setCurrentRow(row)
        walk(window, f"note exercise {row}", found)
    assert len(catalog.scenarios) == 16 and page.drills.drill_list.count() == 8
    assert found == [], "\n".join(found)
