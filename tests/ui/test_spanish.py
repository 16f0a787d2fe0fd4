"""The interface in Spanish: chosen on the first run or in Settings, applied at once, and no
English left on any page (names and quoted exam terms excepted by rule)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from tests.ui.conftest import sign_in
from tests.ui.test_small_screens import _clipped, _scale, demo_window  # noqa: F401, F811 - a fixture used here
from trainer.config import resolve_settings
from trainer.study.hours_rules import EntryData
from trainer.study.trainer_access import sign_in_temporary_trainer
from trainer.ui.english_left import english_left, is_english
from trainer.ui.i18n import chosen_language, current_language, install_translations, system_language
from trainer.ui.main_window import PAGE_KEYS
from trainer.ui.self_test import curriculum_texts

TRAINER = "Marisol Treviño"


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    install_translations(qapp, "en")


@pytest.fixture
def spanish_settings(data_dir, bilingual_content):
    """The small curriculum, all of it in Spanish too (its English-only module left out)."""
    (bilingual_content / "modules" / "hope-and-stories.md").unlink()
    return resolve_settings(data_dir=data_dir, content_dir=bilingual_content, environ={})


def choose_in_settings(window, language: str):
    window.show_page("settings")
    combo = window.pages["settings"].language_combo
    combo.setCurrentIndex(combo.findData(language))


def test_the_language_follows_the_system_until_one_is_chosen():
    assert chosen_language({}) == system_language()
    assert chosen_language({"language": "es"}) == "es"
    assert chosen_language({"language": "klingon"}) == system_language()


def test_choosing_spanish_in_settings_rewords_the_window_at_once(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window)
    old_settings = window.pages["settings"]
    choose_in_settings(window, "es")
    assert current_language() == "es" and window.context.preferences.get("language") == "es"
    assert window.navigation.item(0).text() == "Panel"
    assert window.trainee_label.text() == "Sesión de Ana"
    page = window.pages["settings"]
    assert page is not old_settings and window.current_page_key() == "settings"
    assert page.language_combo.currentData() == "es"
    assert page.save_button.text() == "&Guardar cambios"
    assert QLocale().language() == QLocale.Language.Spanish  # dates and numbers follow
    choose_in_settings(window, "en")
    assert window.navigation.item(0).text() == "Dashboard"
    assert window.pages["settings"].save_button.text() == "&Save changes"


def test_the_first_run_asks_the_language_first(qtbot, open_window, settings):
    window = open_window(settings)
    dialog = window.ask_for_trainee_if_needed()
    assert dialog.language_combo.currentData() == "en"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    assert dialog.windowTitle() == "Bienvenido/a a CPSW Trainer"
    assert dialog.start_button.text() == "&Empezar"
    assert window.navigation.item(0).text() == "Panel"  # the window behind it too
    assert window.context.preferences.get("language") == "es"
    dialog.reject()


def test_an_exam_under_way_is_kept_across_a_change_of_language(qtbot, open_window, exam_settings):
    window = open_window(exam_settings)
    sign_in(window)
    window.show_page("practice")
    practice = window.pages["practice"]
    practice.start_practice("mixed", 5)
    attempt = practice.runner.attempt
    assert attempt is not None
    choose_in_settings(window, "es")
    window.show_page("practice")
    resumed = window.pages["practice"]
    assert resumed is not practice
    assert window.context.services.attempts.resumable(window.context.trainee.id).id == attempt.id


def test_the_rules_for_english(qapp):
    assert is_english("Save your changes")
    assert is_english("%n entry(s)")
    assert is_english("Dashboard")  # the source of a message worded otherwise in Spanish
    assert not is_english("Guardar los cambios")
    assert not is_english("lenguaje de cambio (change talk)")  # a quoted exam term
    assert not is_english("Pulse Enter o Ctrl+N")  # key names
    assert not is_english("Su carpeta de datos: /home/ana/.local/share/cpsw-trainer")
    assert not is_english("Sesión de Ana")
    assert not is_english("Los niveles según The ASAM Criteria")  # a title: a run of capitalised words
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    root = QWidget()
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Guardado."))
    layout.addWidget(QLabel("Your answers are kept"))
    hidden = QLabel("Not shown, so not read")
    layout.addWidget(hidden)
    hidden.hide()
    assert english_left(root) == ["QLabel : 'Your answers are kept'"]


def walk(window, where: str, found: list[str], root=None):
    """The curriculum's own English (what the fixture leaves untranslated, and the English files
    the Author page edits) is for validate to report; this walk is about the interface."""
    names = (TRAINER, "Ana")
    content = curriculum_texts(window.context.catalog)
    found += [f"{where}: {text}" for text in english_left(root or window, "es", names, content)]


def test_every_page_in_spanish_has_no_english_left(qtbot, open_window, spanish_settings):
    window = open_window(spanish_settings)
    trainee = sign_in(window)
    services = window.context.services
    sign_in_temporary_trainer(services.trainer_access, TRAINER)  # the Author and Cohort pages too
    services.hours.add_entry(trainee.id, EntryData(dt.date.today(), "1.5", "training", "ethical-responsibility",
                                                   "Programa de tratamiento", "Taller de ética"))
    choose_in_settings(window, "es")
    found: list[str] = []
    for key in PAGE_KEYS:
        window.show_page(key)
        qtbot.wait(1)
        assert window.current_page_key() == key
        walk(window, key, found)
    window.pages["modules"].open_module("boundaries-basics")
    window.show_page("modules")
    walk(window, "reader", found)
    window.show_page("hours")
    hours = window.pages["hours"]
    hours.new_entry()
    walk(window, "new hours entry", found, hours.entry_dialog)
    hours.entry_dialog.reject()
    window.show_page("practice")
    practice = window.pages["practice"]
    practice.start_practice("mixed", 3)
    walk(window, "practice question", found)
    runner = practice.runner
    for question in range(3):
        qtbot.keyClick(runner.view, Qt.Key.Key_A)
        qtbot.mouseClick(runner.primary_button, Qt.MouseButton.LeftButton)  # check the answer
        if question == 0:
            walk(window, "practice feedback", found)
        qtbot.mouseClick(runner.primary_button, Qt.MouseButton.LeftButton)  # next, or see results
    assert practice.stack.currentWidget() is practice.results
    walk(window, "practice results", found)
    from trainer.ui.trainee_picker import TraineePicker
    from trainer.ui.trainer_sign_in import CREATE_FIRST, SIGN_IN, TrainerSignInDialog

    for dialog in (TraineePicker(window.context, services.overview, lambda: services.pins, window),
                   TrainerSignInDialog(services.trainer_access, SIGN_IN, window),
                   TrainerSignInDialog(services.trainer_access, CREATE_FIRST, window)):
        dialog.show()
        walk(window, type(dialog).__name__, found, dialog)
        dialog.done(0)
    assert found == [], "\n".join(found)


def test_the_module_being_read_stays_open_across_a_change_of_language(qtbot, open_window, spanish_settings):
    window = open_window(spanish_settings)
    sign_in(window)
    window.pages["modules"].open_module("boundaries-basics")
    window.pages["modules"].reader.go_next()
    choose_in_settings(window, "es")
    reader = window.pages["modules"].reader
    assert reader.module.id == "boundaries-basics" and reader.index == 1
    assert reader.title.text() == "Los límites, lo básico"


def test_dates_and_hours_are_written_the_languages_way(qapp):
    from decimal import Decimal

    from trainer.ui.formats import date_text, date_time_text, hours_text

    day, moment = dt.date(2026, 3, 31), dt.datetime(2026, 3, 31, 14, 5)
    install_translations(qapp, "en")
    english = date_text(day)
    assert "2026" in english and english.index("3") < english.index("31")  # month first
    install_translations(qapp, "es")
    spanish = date_text(day)
    assert spanish.startswith("31") and "2026" in spanish  # day first
    assert date_time_text(moment).startswith(spanish)
    point = QLocale().decimalPoint()
    assert hours_text(Decimal("2.50")) == f"2{point}5" and hours_text(3) == "3"


@pytest.mark.parametrize("width, height, scale", [(1024, 600, 1.0), (1366, 768, 1.5), (1600, 1000, 1.75)])
def test_every_page_in_spanish_fits_the_screen_and_clips_nothing(qtbot, demo_window, qapp,  # noqa: F811
                                                                 width, height, scale):
    """The longer Spanish words widen no page past the screens the English fits (1024×600 at
    100 %, 1366×768 at 150 %) and, with room enough, cut no label or button (as at 175 %)."""
    choose_in_settings(demo_window, "es")
    _scale(demo_window, qapp, scale)
    demo_window.resize(width, height)
    too_big, clipped = {}, {}
    for key in PAGE_KEYS:
        demo_window.show_page(key)
        QApplication.processEvents()
        needed = demo_window.minimumSizeHint()
        if needed.width() > width or needed.height() > height:
            too_big[key] = (needed.width(), needed.height())
        page = demo_window.pages[key]
        for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
            if scale > 1.5 and widget.isVisibleTo(demo_window) and _clipped(widget):
                clipped.setdefault(key, []).append(widget.text()[:40])
    assert (too_big, clipped) == ({}, {})


def test_self_test_builds_every_page_in_spanish(tmp_path, bilingual_content):
    from tests.test_cli import run_cli

    result = run_cli("--data-dir", str(tmp_path), "--content-dir", str(bilingual_content), "self-test",
                     "--language", "es")
    assert result.returncode == 0, result.stderr
    assert f"built {len(PAGE_KEYS)} pages in es" in result.stdout and "self-test passed" in result.stdout


def test_unsaved_edits_in_the_author_page_survive_a_change_of_language(qtbot, open_window, settings):
    from tests.ui.trainer_login import sign_in_trainer

    window = open_window(settings)
    sign_in(window)
    sign_in_trainer(window)
    window.show_page("author")
    author = window.pages["author"]
    author.module_editor.title_edit.setText("Un título sin guardar")
    assert author.has_unsaved_work()
    choose_in_settings(window, "es")
    assert window.pages["author"] is author  # kept, not built again
    assert author.module_editor.title_edit.text() == "Un título sin guardar"
    assert window.pages["settings"].save_button.text() == "&Guardar cambios"


def test_date_fields_are_in_the_languages_order(qtbot, open_window, settings):
    """A date field reads as the rest of the window writes dates: 31/3/2026 in Spanish."""
    window = open_window(settings)
    sign_in(window)
    choose_in_settings(window, "es")
    window.show_page("hours")
    hours = window.pages["hours"]
    hours.new_entry()
    dialog = hours.entry_dialog
    dialog.date_edit.setDate(QDate(2026, 3, 31))
    assert dialog.date_edit.text() == "31/3/2026"
    dialog.reject()
    choose_in_settings(window, "en")
    window.show_page("hours")
    hours = window.pages["hours"]
    hours.new_entry()
    hours.entry_dialog.date_edit.setDate(QDate(2026, 3, 31))
    assert hours.entry_dialog.date_edit.text() == "3/31/2026"
    hours.entry_dialog.reject()


def test_a_sentence_ending_in_a_time_has_one_full_stop(qapp):
    """Spanish writes 12:49 a.m., whose own full stop must not meet the sentence's."""
    from trainer.ui.review_text import ReviewWording

    install_translations(qapp, "es")
    now = dt.datetime(2026, 12, 2, 0, 10).astimezone()
    for due in (now.replace(minute=49), now.replace(hour=23), now + dt.timedelta(days=1)):
        text = ReviewWording().due_text(0, due, now)
        assert "preguntas falladas" in text and ".." not in text, text
        assert text.endswith("."), text
