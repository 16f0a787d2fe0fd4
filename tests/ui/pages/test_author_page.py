"""A trainer writes a module and a bank in the app; a trainee then reads and practises them."""


import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.ui.conftest import close_window, sign_in
from tests.ui.trainer_login import sign_in_trainer
from trainer.agency import AgencyConfig
from trainer.operations import Change

CTRL = Qt.KeyboardModifier.ControlModifier


def _type_lines(qtbot, widget, lines):
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)


def _replace(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def _open_author(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window)
    sign_in_trainer(window)  # a trainer signs in
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, Qt.Key.Key_8, CTRL)
    assert window.current_page_key() == "author"
    return window, window.pages["author"]


def _click(qtbot, bank, widget):
    qtbot.waitUntil(lambda: widget.isVisible() and widget.height() > 0)  # laid out, as a person sees it
    bank.form_scroll.ensureWidgetVisible(widget)  # as a person scrolls to it
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _write_question(qtbot, form, stem, right, wrong):
    _replace(qtbot, form.stem, stem)
    _replace(qtbot, form.options.rows[0][1], right)
    _replace(qtbot, form.options.rows[1][1], wrong)


def test_trainer_writes_a_module_and_a_bank_then_a_trainee_uses_them(qtbot, open_window, settings):
    window, page = _open_author(qtbot, open_window, settings)
    messages = []
    page.inform = lambda title, text: messages.append(text)
    root = settings.content_dir
    modules_page, practice_page = window.pages["modules"], window.pages["practice"]  # built before the edits

    # ---- a new module with two sections, with a live preview -------------------------
    editor = page.module_editor
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_N, CTRL)
    assert editor.path is None and editor.title_edit.hasFocus()
    qtbot.keyClicks(editor.title_edit, "Listening Skills")
    assert editor.id_edit.text() == "listening-skills"  # the id follows the title until saved
    assert not editor.id_edit.isReadOnly()
    editor.domain_combo.setCurrentIndex(editor.domain_combo.findData("mentoring-education"))
    _replace(qtbot, editor.summary, "Reflecting and asking open questions.")
    _replace(qtbot, editor.objectives, "Reflect what a peer said.")
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(editor.body, Qt.Key.Key_Delete)
    _type_lines(qtbot, editor.body, ["# Listening Skills", "", "## Reflecting", "",
                                     "Say back what you heard, in your words.", "", "## Open questions",
                                     "", "Ask questions that invite a story."])
    qtbot.waitUntil(lambda: "invite a story" in editor.preview.toPlainText())
    assert "Open questions" in editor.preview.toPlainText()
    assert [editor.outline.item(i).text() for i in range(editor.outline.count())] == [
        "Reflecting", "Open questions"]
    first = editor.outline.item(0)
    qtbot.mouseClick(editor.outline.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.outline.visualItemRect(first).center())
    assert editor.body.textCursor().block().text() == "## Reflecting"
    qtbot.waitUntil(lambda: "Say back" in editor.preview.toPlainText())
    assert "invite a story" not in editor.preview.toPlainText()
    assert editor.problems_list.problem_texts() == []
    qtbot.keyClick(editor.body, Qt.Key.Key_S, CTRL)
    assert messages == []
    assert (root / "modules" / "listening-skills.md").is_file()
    assert editor.id_edit.isReadOnly() and "progress refers to this id" in editor.id_edit.toolTip()

    # ---- a new bank with three questions ------------------------------------------------
    page.tabs.setCurrentWidget(page.bank_tab)
    bank = page.bank_editor
    bank.table.setFocus()
    qtbot.keyClick(bank.table, Qt.Key.Key_N, CTRL)
    assert bank.path is None
    qtbot.keyClicks(bank.title_edit, "Listening Quiz")
    _replace(qtbot, bank.id_edit, "listening-skills")
    bank.module_combo.setCurrentIndex(bank.module_combo.findData("listening-skills"))
    form = bank.form
    _write_question(qtbot, form, "What is reflecting?", "Saying back what you heard", "Giving advice")
    qtbot.mouseClick(bank.add_button, Qt.MouseButton.LeftButton)
    _write_question(qtbot, form, "Which is an open question?", "What was that like?", "Was it hard?")
    qtbot.mouseClick(bank.add_button, Qt.MouseButton.LeftButton)
    _write_question(qtbot, form, "Why ask open questions?", "They invite a story", "They save time")
    assert bank.model.rowCount() == 3
    _click(qtbot, bank, form.options.rows[0][0])  # untick the right answer
    qtbot.waitUntil(lambda: any("no correct option" in t for t in bank.problems_list.problem_texts()))
    problem = bank.problems_list.problem_texts()[0]
    assert problem.split(":")[0].split(" ")[0].isdigit() and "(question listening-skills-003)" in problem
    assert bank.preview_stack.currentWidget() is bank.preview_note
    qtbot.keyClick(form.stem, Qt.Key.Key_S, CTRL)
    assert messages and "fix the 1 problem" in messages[-1]
    assert not (root / "quizzes" / "listening-skills.yaml").exists()

    _click(qtbot, bank, form.options.rows[0][0])  # fixed
    qtbot.waitUntil(lambda: bank.problems_list.problem_texts() == [])
    assert bank.preview_stack.currentWidget() is bank.preview
    assert bank.preview.stem.text() == "Why ask open questions?"
    with qtbot.waitSignal(window.context.changed) as changed:
        qtbot.keyClick(form.stem, Qt.Key.Key_S, CTRL)
    assert changed.args == [Change.CONTENT]
    assert len(messages) == 1
    assert (root / "quizzes" / "listening-skills.yaml").is_file()

    # ---- every page shows the new curriculum at once, without a restart ------------------
    assert window.context.catalog.banks["listening-skills"].questions[2].stem == "Why ask open questions?"
    assert practice_page.home.source_combo.findData("bank:listening-skills") >= 0
    modules_page.open_module("listening-skills")
    assert "Say back what you heard" in modules_page.reader.browser.toPlainText()
    window.show_page("practice")
    practice_page.start_practice("bank:listening-skills", None)  # practised at once, too
    assert practice_page.stack.currentWidget() is practice_page.runner
    assert practice_page.runner.view.question.stem in {"What is reflecting?", "Which is an open question?",
                                                       "Why ask open questions?"}
    close_window(window)

    # ---- the trainee, after the catalog is reloaded --------------------------------------
    again = open_window(settings)
    catalog = again.context.catalog
    assert catalog.errors == []
    assert [q.stem for q in catalog.banks["listening-skills"].questions][2] == "Why ask open questions?"
    again.show_page("modules")
    modules = again.pages["modules"]
    modules.open_module("listening-skills")
    assert modules.stack.currentWidget() is modules.reader
    assert "Say back what you heard" in modules.reader.browser.toPlainText()
    assert modules.reader.position.text() == "Section 1 of 2"
    again.show_page("practice")
    practice = again.pages["practice"]
    practice.start_practice("bank:listening-skills", None)
    assert practice.stack.currentWidget() is practice.runner
    assert len(practice.runner.attempt.items) == 3


def test_filters_duplicate_and_delete_questions(qtbot, open_window, settings):
    _, page = _open_author(qtbot, open_window, settings)
    page.tabs.setCurrentWidget(page.bank_tab)
    bank = page.bank_editor
    assert bank.model.rowCount() == 2 and bank.form.id_edit.isReadOnly()
    qtbot.keyClicks(bank.search, "gifts")
    assert bank.proxy.rowCount() == 1
    bank.search.clear()
    bank.type_filter.setCurrentIndex(bank.type_filter.findData("true_false"))
    assert bank.proxy.rowCount() == 1
    bank.type_filter.setCurrentIndex(0)
    bank.difficulty_filter.setCurrentIndex(bank.difficulty_filter.findData(1))
    assert bank.proxy.rowCount() == 1
    bank.difficulty_filter.setCurrentIndex(0)
    bank.select_row(0)
    qtbot.mouseClick(bank.duplicate_button, Qt.MouseButton.LeftButton)
    assert bank.model.rowCount() == 3 and bank.form.question.id == "boundaries-basics-003"
    assert not bank.form.id_edit.isReadOnly()  # not saved yet, so it may still change
    asked = []
    page.ask = lambda title, text: asked.append(text) or False
    bank.select_row(0)
    qtbot.mouseClick(bank.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "bb-001" in asked[0] and bank.model.rowCount() == 3  # refused
    form = bank.form
    bank.select_row(2)
    _click(qtbot, bank, form.options.add_button)
    assert len(form.question.options) == 4 and form.options.rows[3][1].hasFocus()
    qtbot.keyClicks(form.options.rows[3][1], "A fourth choice")
    up = [b for b in form.options.findChildren(type(form.options.add_button))
          if b.accessibleName() == "Move option 4 up"][0]
    _click(qtbot, bank, up)
    assert form.question.options[2].text == "A fourth choice"
    qtbot.mouseClick(bank.delete_button, Qt.MouseButton.LeftButton)  # new: no question asked
    assert bank.model.rowCount() == 2 and len(asked) == 1


def test_unknown_fields_survive_a_save_in_the_app(qtbot, open_window, settings):
    module_file = settings.content_dir / "modules" / "boundaries-basics.md"
    module_file.write_text(module_file.read_text(encoding="utf-8").replace(
        "minutes: 10\n", "minutes: 10\nx-agency-code: A-12\n"), encoding="utf-8")
    bank_file = settings.content_dir / "quizzes" / "boundaries-basics.yaml"
    bank_file.write_text(bank_file.read_text(encoding="utf-8").replace(
        "    type: single\n", "    type: single\n    x-review: approved\n", 1), encoding="utf-8")
    _, page = _open_author(qtbot, open_window, settings)
    page.inform = lambda title, text: (_ for _ in ()).throw(AssertionError(text))
    editor = page.module_editor
    assert editor.path == module_file and editor.id_edit.isReadOnly()
    _replace(qtbot, editor.title_edit, "Boundaries Revisited")
    assert editor.id_edit.text() == "boundaries-basics"  # a saved id never follows the title
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, CTRL)
    front = yaml.safe_load(module_file.read_text(encoding="utf-8").split("---")[1])
    assert front["x-agency-code"] == "A-12" and front["title"] == "Boundaries Revisited"

    page.tabs.setCurrentWidget(page.bank_tab)
    bank = page.bank_editor
    bank.select_row(0)
    _replace(qtbot, bank.form.explanation, "A boundary keeps the relationship safe.")
    qtbot.keyClick(bank.form.explanation, Qt.Key.Key_S, CTRL)
    saved = yaml.safe_load(bank_file.read_text(encoding="utf-8"))
    assert saved["questions"][0]["x-review"] == "approved"
    assert saved["questions"][0]["explanation"] == "A boundary keeps the relationship safe."


def test_a_locked_agency_config_hides_the_editors(qtbot, open_window, settings):
    locked = settings._replace(agency=AgencyConfig(lock_authoring=True))
    window = open_window(locked)
    sign_in_trainer(window)
    page = window.pages["author"]
    window.show_page("author")
    assert window.current_page_key() == "author"
    assert page.tabs is None and not hasattr(page, "module_editor")
    texts = " ".join(label.text() for label in page.findChildren(type(window.trainee_label)))
    assert "Authoring is turned off by your agency" in texts


def test_every_field_has_a_name_and_is_reached_by_tab(qtbot, open_window, settings):
    _, page = _open_author(qtbot, open_window, settings)
    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)
    for editor in (page.module_editor, page.bank_editor):
        unnamed = [w for w in editor.findChildren(QWidget) if isinstance(w, kinds)
                   and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is editor.window()
                   and w.isVisibleTo(editor)
                   and not w.accessibleName() and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))]
        assert [w for w in unnamed if not (isinstance(w, QAbstractButton) and w.text())] == []
    editor = page.module_editor
    editor.id_edit.setFocus()
    reached = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    fields = [editor.title_edit, editor.domain_combo, editor.competencies, editor.minutes, editor.version,
              editor.summary, editor.objectives, editor.references, editor.quiz_combo, editor.outline,
              editor.body, editor.preview, editor.problems_list]
    assert [f for f in fields if f not in reached] == []
