"""A person using the app: every page, with the keyboard and the mouse, as a trainee and a
trainer would. Used by the soak run; each method leaves its page at rest."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from PySide6.QtCore import Qt as _Qt
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from trainer.ui.main_window import PAGE_KEYS

Qt = _Qt
KEYS = [Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C, Qt.Key.Key_D]


class DialogAnswerer:
    """Answers the modal dialogs the app opens (message boxes, file choosers, name prompts)
    the way the script says, as a person at the screen would."""

    def __init__(self):
        self.file: Path | None = None
        # The platform's file chooser is not ours to test (and may be native): the person
        # "chooses" the scripted file.
        QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(self.file or ""), ""))
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(self.file or ""), ""))
        self.text = "Maria Lopez"
        self.button = QMessageBox.StandardButton.Yes
        self.answered = 0
        self.timer = QTimer()
        self.timer.setInterval(40)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        if isinstance(dialog, QMessageBox):
            button = dialog.button(self.button) or dialog.button(QMessageBox.StandardButton.Ok) \
                or dialog.defaultButton()
            if button is None and dialog.buttons():
                button = dialog.buttons()[0]
            if button is not None:
                button.click()
        elif isinstance(dialog, QInputDialog):
            dialog.setTextValue(self.text)
            dialog.accept()
        else:
            return
        self.answered += 1


class Person:
    def __init__(self, window, work_dir: Path, wait):
        self.window = window
        self.work_dir = work_dir
        self.wait = wait  # wait(ms): runs the event loop
        self.answerer = DialogAnswerer()
        self.files = itertools.count(1)

    @property
    def services(self):
        return self.window.context.services

    def key(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(widget, key, modifier)
            QApplication.processEvents()

    def go(self, key: str) -> None:
        number = (PAGE_KEYS.index(key) + 1) % 10  # the tenth page is Ctrl+0
        self.key(self.window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        if self.window.current_page_key() != key:  # a shortcut the window missed
            self.window.show_page(key)
        self.wait(50)

    # ---- trainee ------------------------------------------------------------------
    def dashboard(self) -> None:
        self.go("dashboard")
        page = self.window.pages["dashboard"]
        for width in (1024, 1366, 1100):
            self.window.resize(width, 720)
            self.wait(60)
        if page.step_buttons:
            QTest.mouseClick(page.step_buttons[0], Qt.MouseButton.LeftButton)
            self.wait(50)

    def read_module(self, round_number: int) -> None:
        self.go("modules")
        page = self.window.pages["modules"]
        modules = list(self.window.context.catalog.modules)
        page.open_module(modules[round_number % len(modules)])
        reader = page.reader
        for _ in range(6):
            self.key(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        self.key(reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier, times=2)
        self.key(reader, Qt.Key.Key_Escape)

    def practice_set(self) -> None:
        self.go("practice")
        page = self.window.pages["practice"]
        page.show_home()
        home = page.home
        home.length_combo.setCurrentIndex(0)  # 10 questions
        QTest.mouseClick(home.practice_button, Qt.MouseButton.LeftButton)
        runner = page.runner
        for number in range(len(runner.attempt.items) if runner.attempt else 0):
            self.key(runner.view, KEYS[number % 3])
            self.key(runner.view, Qt.Key.Key_Return)  # check
            self.key(runner.view, Qt.Key.Key_Return)  # next, or the results
        page.show_home()

    def full_exam(self) -> None:
        self.go("practice")
        page = self.window.pages["practice"]
        page.show_home()
        page.ask = lambda *_: True  # a shorter exam if the bank is small
        QTest.mouseClick(page.home.exam_button, Qt.MouseButton.LeftButton)
        runner = page.runner
        if runner.attempt is None:
            return
        total = len(runner.attempt.items)
        for number in range(total):
            if runner.view.buttons:
                self.key(runner.view, KEYS[number % len(KEYS[:len(runner.view.buttons)])])
            if number % 7 == 0:
                self.key(runner.view, Qt.Key.Key_F)  # flag
            if number < total - 1:
                self.key(runner.view, Qt.Key.Key_PageDown)
        self.key(runner.view, Qt.Key.Key_PageUp, times=3)
        self.key(runner, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # the navigator
        navigator = getattr(runner, "navigator", None)
        if navigator is not None and navigator.isVisible():
            self.wait(50)
            navigator.reject()
        runner.confirm = lambda *_: True  # submit with what is answered
        runner.submit()
        self.wait(100)
        results = page.results
        for index in range(results.filter_combo.count()):
            results.filter_combo.setCurrentIndex(index)
            self.wait(30)
        page.show_home()

    def review(self) -> None:
        self.go("practice")
        page = self.window.pages["practice"]
        page.show_home()
        if not page.home.review_button.isEnabled():
            return
        QTest.mouseClick(page.home.review_button, Qt.MouseButton.LeftButton)
        runner = page.runner
        for _ in range(min(15, len(runner.attempt.items) if runner.attempt else 0)):
            self.key(runner.view, Qt.Key.Key_A)
            self.key(runner.view, Qt.Key.Key_Return)
            self.key(runner.view, Qt.Key.Key_Return)
        page.show_home()

    def conversation(self, round_number: int) -> None:
        """A role-play played to its end: Enter on the list starts it, then a reply is clicked
        and Continue pressed, as a person with a mouse would (the 1-4 keys are the tests')."""
        self.go("conversations")
        tab = self.window.pages["conversations"].scenarios
        tab.back_to_list()
        tab.scenario_list.setCurrentRow(round_number % max(1, tab.scenario_list.count()))
        self.key(tab.scenario_list, Qt.Key.Key_Return)  # start, in practice mode
        chat = tab.chat
        for _ in range(60):  # every bundled scenario ends well within this
            if tab.stack.currentWidget() is not chat:
                break
            shown = [b for b in chat.choice_buttons if b.isVisible()]
            if shown:
                QTest.mouseClick(shown[round_number % len(shown)], Qt.MouseButton.LeftButton)
            else:
                QTest.mouseClick(chat.continue_button, Qt.MouseButton.LeftButton)
            self.wait(10)
        if tab.stack.currentWidget() is chat:
            raise AssertionError("the role-play did not reach its end")
        tab.back_to_list()

    def hours(self) -> None:
        self.go("hours")
        page = self.window.pages["hours"]
        page.table.setFocus()
        self.key(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        dialog = page.entry_dialog
        if dialog is not None and dialog.isVisible():
            dialog.date_edit.setDate(dialog.date_edit.date().addDays(-next(self.files) % 300))
            dialog.hours_edit.setText("1.5")
            dialog.kind_combo.setCurrentIndex(1)  # experience
            QTest.keyClicks(dialog.activity_edit, "Soak shift")
            QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            self.wait(50)
            if dialog.isVisible():  # refused (a full day): say so and move on
                dialog.reject()
        page.table.setFocus()
        self.key(page.table, Qt.Key.Key_Home)
        self.key(page.table, Qt.Key.Key_Down, times=3)
        entry = page.selected_entry()
        if entry is not None and not entry.verified:
            page.edit_entry()
            dialog = page.entry_dialog
            if dialog is not None and dialog.isVisible():
                QTest.keyClicks(dialog.notes_edit, " checked")
                QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
                self.wait(50)
                if dialog.isVisible():
                    dialog.reject()
            entry = page.selected_entry()
            if entry is not None and not entry.verified:
                page.verify_entry()  # the answerer types the supervisor's name
                self.wait(50)
        for index in range(page.kind_filter.count()):
            page.kind_filter.setCurrentIndex(index)
            self.wait(20)
        page.kind_filter.setCurrentIndex(0)
        self.export_and_import_hours(page)

    def export_and_import_hours(self, page) -> None:
        out = self.work_dir / f"hours-{next(self.files)}.csv"
        self.answerer.file = out
        page.export_csv()
        self.wait_for(page.csv.task)
        incoming = self.work_dir / f"import-{next(self.files)}.csv"
        day = dt.date.today() - dt.timedelta(days=400 + next(self.files) % 200)
        incoming.write_text("date,hours,kind,domain,setting,activity,supervisor,notes\n"
                            f"{day.isoformat()},2,training,advocacy,,Soak class,,\n"
                            f"{day.isoformat()},1,supervision,,,Soak check-in,Maria Lopez,\n",
                            encoding="utf-8")
        self.answerer.file = incoming
        page.import_csv()
        self.wait_for(page.csv.task)  # the file is read in the background
        dialog = page.import_dialog
        if dialog is not None and dialog.isVisible():
            QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            self.wait_for(dialog.task)
            if dialog.isVisible():
                dialog.reject()
        self.answerer.file = None

    def renewal(self) -> None:
        """Certified once, then a CE course a round, typed in its form, and the log exported."""
        self.go("renewal")
        page = self.window.pages["renewal"]
        if page.certification is None and page.record_button.isEnabled():
            QTest.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
            dialog = page.certification_dialog
            QTest.keyClicks(dialog.number_edit, "SOAK-1")
            QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            if dialog.isVisible():
                dialog.reject()
        page.table.setFocus()
        self.key(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        dialog = page.entry_dialog
        if dialog is not None and dialog.isVisible():
            dialog.date_edit.setDate(dialog.date_edit.date().addDays(-(next(self.files) % 200)))
            dialog.hours_edit.setText("1.5")
            QTest.keyClicks(dialog.title_edit, "Soak ethics course")
            QTest.keyClicks(dialog.topics_edit, "ethics")
            QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            self.wait(50)
            if dialog.isVisible():
                dialog.reject()
        self.key(page.table, Qt.Key.Key_Home)
        self.key(page.table, Qt.Key.Key_Down, times=2)
        self.answerer.file = self.work_dir / f"ce-{next(self.files)}.csv"
        page.export_csv()
        self.wait_for(page.csv.task)
        self.answerer.file = None

    def wait_for(self, task, most_ms: int = 10_000) -> None:
        """Until background work (run_task's Task) has reported back, as a person would wait."""
        waited = 0
        while task is not None and not task.finished and waited < most_ms:
            self.wait(20)
            waited += 20
        self.wait(20)

    def report(self) -> None:
        self.go("reports")
        page = self.window.pages["reports"]
        if not page.make_button.isEnabled():
            return
        QTest.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
        for _ in range(200):  # the report is drawn in the background
            if not page.busy:
                break
            self.wait(50)
        self.wait(100)  # the preview paints

    def settings(self, round_number: int) -> None:
        self.go("settings")
        page = self.window.pages["settings"]
        combo = page.scale_combo
        for index in (combo.count() - 1, round_number % combo.count(), 0):
            combo.setCurrentIndex(index)
            self.wait(80)

    # ---- trainer ------------------------------------------------------------------
    def author(self) -> None:
        self.go("author")
        page = self.window.pages["author"]
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            self.wait(60)
            tab = page.tabs.currentWidget()
            if not hasattr(tab, "files"):  # the content packs tab: nothing to edit
                continue
            if tab.files.count() > 1:
                tab.files.setCurrentIndex(1 + index % (tab.files.count() - 1))
                self.wait(60)
            editor = getattr(tab, "editor", None)
            body = getattr(editor, "body", None)
            if body is not None:
                body.setFocus()
                self.key(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
                self.key(body, Qt.Key.Key_Return, times=2)  # keyClicks cannot type a newline
                QTest.keyClicks(body, "A line the soak types.")
                self.wait(400)  # the live preview follows
            search = getattr(editor, "search", None)
            if search is not None:
                QTest.keyClicks(search, "peer")
                self.wait(100)
                search.clear()

    def cohort(self) -> None:
        self.go("cohort")
        page = self.window.pages["cohort"]
        QTest.keyClicks(page.filter_edit, "Dee")
        self.wait(50)
        page.filter_edit.clear()
        for column in range(min(4, page.proxy.columnCount())):
            page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
            self.wait(20)
