"""A trainer writes a role-play in the Author page: the outline and problems follow the typing,
a broken link is found by its line, and once saved the Conversations page lists it."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.ui.conftest import sign_in
from tests.ui.trainer_login import sign_in_trainer

CTRL = Qt.KeyboardModifier.ControlModifier
TITLE = "Asking about a first step"


def _open_scenarios(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window)
    sign_in_trainer(window)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, Qt.Key.Key_8, CTRL)
    page = window.pages["author"]
    page.tabs.setCurrentWidget(page.scenario_tab)  # the person clicks the Role-plays tab
    return window, page, page.scenario_tab


def _caret_to_end_of(qtbot, editor, line: int) -> None:
    """As a person clicks at the end of a line."""
    editor.text.setFocus()
    editor.text.setTextCursor(QTextCursor(editor.text.document().findBlockByLineNumber(line - 1)))
    qtbot.keyClick(editor.text, Qt.Key.Key_End)


def _line_of(editor, start: str) -> int:
    lines = editor.text.toPlainText().splitlines()
    return next(number for number, text in enumerate(lines, 1) if text.strip().startswith(start))


def test_a_broken_link_is_shown_by_its_line_then_fixed_saved_and_played(qtbot, open_window, settings):
    window, page, editor = _open_scenarios(qtbot, open_window, settings)
    messages = []
    page.inform = lambda title, text: messages.append(text)
    conversations = window.pages["conversations"].scenarios  # built before the save
    assert not conversations.context.catalog.scenarios

    editor.text.setFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_N, CTRL)  # a new scenario, from a template that passes
    assert editor.path is None and editor.problems_list.problem_texts() == []
    rows = editor.outline.row_texts()
    assert any(row.startswith("open:") and "[start]" in row for row in rows)
    assert any(row.startswith("more:") and "[ending:" in row for row in rows)
    assert any("(simple-reflection) → more" in row for row in rows)

    title_line = _line_of(editor, "title:")
    _caret_to_end_of(qtbot, editor, title_line)
    for _ in "A new role-play":
        qtbot.keyClick(editor.text, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor.text, TITLE)

    link = _line_of(editor, "next: more")
    _caret_to_end_of(qtbot, editor, link)
    qtbot.keyClicks(editor.text, "x")  # 'morex' names no node
    choice = link - 3  # the problem names the choice's first line ("- text: ...")
    assert editor.text.document().findBlockByLineNumber(choice - 1).text().strip().startswith("- text:")
    qtbot.waitUntil(lambda: any(f":{choice}:" in p and "morex" in p for p in editor.problems_list.problem_texts()))
    assert any(row.endswith("→ morex [names no node]") for row in editor.outline.row_texts())

    qtbot.keyClick(editor.text, Qt.Key.Key_S, CTRL)  # refused while broken
    assert messages and editor.path is None
    assert not (settings.content_dir / "scenarios").exists()

    editor.text.moveCursor(QTextCursor.MoveOperation.Start)
    item = editor.problems_list.item(0)
    qtbot.mouseClick(editor.problems_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.problems_list.visualItemRect(item).center())
    assert editor.current_line() == choice and editor.text.hasFocus()

    for _ in range(3):
        qtbot.keyClick(editor.text, Qt.Key.Key_Down)  # down to its 'next'
    qtbot.keyClick(editor.text, Qt.Key.Key_End)
    qtbot.keyClick(editor.text, Qt.Key.Key_Backspace)  # back to 'more'
    qtbot.waitUntil(lambda: editor.problems_list.problem_texts() == [])
    assert page.has_unsaved_work()

    qtbot.keyClick(editor.text, Qt.Key.Key_S, CTRL)
    saved = settings.content_dir / "scenarios" / "new-scenario.yaml"
    assert editor.path == saved and saved.is_file() and not page.has_unsaved_work()
    assert f"title: {TITLE}" in saved.read_text(encoding="utf-8")

    qtbot.keyClick(window.navigation, Qt.Key.Key_4, CTRL)  # the Conversations page, no restart
    assert window.current_page_key() == "conversations"
    listed = [conversations.scenario_list.item(i).text() for i in range(conversations.scenario_list.count())]
    assert any(TITLE in text for text in listed)


def test_a_new_scenario_never_takes_the_id_of_a_saved_one(qtbot, open_window, settings):
    _, page, editor = _open_scenarios(qtbot, open_window, settings)
    page.prepare()
    assert editor.save()
    editor.new_scenario()
    assert "id: new-scenario-2" in editor.text.toPlainText()
    assert editor.save()
    folder = settings.content_dir / "scenarios"
    assert sorted(path.stem for path in folder.glob("*.yaml")) == ["new-scenario", "new-scenario-2"]
    assert {"new-scenario", "new-scenario-2"} <= set(page.context.catalog.scenarios)


def test_a_pack_with_role_plays_installed_in_the_app_lists_them(qtbot, open_window, settings, tmp_path):
    from tests.content.test_pack_practice import _write_practice
    from trainer.content.loader import extend_catalog, load_catalog
    from trainer.content.packs import export_pack

    folder = _write_practice(tmp_path / "src")
    source = extend_catalog(load_catalog(settings.content_dir), [folder])
    export_pack(source, tmp_path / "local.zip", "local", 1, "Local pack", only_under=folder)
    window, page, _ = _open_scenarios(qtbot, open_window, settings)
    conversations = window.pages["conversations"].scenarios
    tab = page.packs_tab
    page.tabs.setCurrentWidget(tab)
    tab.inform = lambda title, text: None
    tab.choose_pack_file = lambda: str(tmp_path / "local.zip")
    qtbot.mouseClick(tab.install_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "practice-talk" in window.context.catalog.scenarios, timeout=10_000)
    assert tab.installed.item(0).text() == "Local pack (local), version 1: 1 module, 2 questions, 1 role-play"
    qtbot.keyClick(window.navigation, Qt.Key.Key_4, CTRL)
    listed = [conversations.scenario_list.item(i).text() for i in range(conversations.scenario_list.count())]
    assert any("A short practice talk" in text for text in listed)


def test_a_role_plays_spanish_is_written_beside_it_and_checked_as_typed(qtbot, open_window, settings):
    from tests.ui.pages.test_conversations_page import write_scenario
    from trainer.content.translations import in_language

    write_scenario(settings)  # practice-talk.yaml, the English
    window, page, editor = _open_scenarios(qtbot, open_window, settings)
    editor.prepare()
    assert editor.path.name == "practice-talk.yaml"
    qtbot.mouseClick(editor.spanish_button, Qt.MouseButton.LeftButton)
    pane = editor.translation
    assert pane.isVisible() and pane.path == settings.content_dir / "es" / "scenarios" / "practice-talk.yaml"
    assert not editor.outline.isVisible()  # the Spanish takes the outline's place: three panes would not fit
    assert page.tabs.minimumSizeHint().width() < 1280 - window.navigation.width()  # no sideways scrolling
    assert pane.start_button.isEnabled()
    pane.start_button.click()  # the English words in the Spanish shape
    draft = pane.text.toPlainText()
    assert "code:" not in draft and "next:" not in draft and "- id: end-flat" in draft
    pane.refresh()
    assert pane.problems() == []
    pane.text.setPlainText(draft.replace("says: I don't know if this place is for me.",
                                         "says: No sé si este lugar es para mí.")
                           .replace("title: A short practice talk", "title: Una charla de práctica"))
    pane.save_button.click()
    assert pane.path.is_file() and pane.status.text().startswith("Saved")
    spanish = in_language(window.context.catalog, "es").scenarios["practice-talk"]
    assert spanish.title == "Una charla de práctica" and spanish.first.says == "No sé si este lugar es para mí."
    broken = pane.text.toPlainText().replace("- id: end-flat", "- id: end-late")
    pane.text.setPlainText(broken)
    pane.refresh()
    line = next(n for n, text in enumerate(broken.splitlines(), 1) if "end-late" in text)
    assert any(p.line == line and "'end-late' is not in the English scenario" in p.message for p in pane.problems())
    pane.save_button.click()
    assert pane.status.text().startswith("Not saved")
