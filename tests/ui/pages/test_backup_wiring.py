"""The window's side of backups: the Settings list and restore go through the one backup
service, and a timer asks it now and then whether an automatic backup is due."""

import ast
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import trainer.ui.app as app_module
from tests.ui.conftest import sign_in
from trainer.operations import Change
from trainer.operations import backups as backup_ops
from trainer.operations.backups import DATA
from trainer.store.db import KEEP_BACKUPS

UI = Path(app_module.__file__).resolve().parent


def _names(path):
    with sqlite3.connect(path) as raw:
        return sorted(r[0] for r in raw.execute("SELECT name FROM trainee"))


def test_settings_lists_what_each_backup_holds_and_restores_the_oldest_of_a_full_folder(
        qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window, "Ana")
    services = window.context.services
    for i in range(KEEP_BACKUPS):
        services.trainees.create(f"T{i}", None)
        services.backups.back_up(reason=f"step{i}")
    services.trainees.create("Not backed up", None)
    page = window.pages["settings"]
    window.show_page("settings")
    page.refresh_backups()
    texts = [page.backup_list.item(i).text() for i in range(page.backup_list.count())]
    assert len(texts) == KEEP_BACKUPS
    assert "step0" in texts[-1] and "2 trainees, 0 hours entries, 0 attempts" in texts[-1]
    assert f"{KEEP_BACKUPS + 1} trainees" in texts[0]
    page.backup_list.setCurrentRow(len(texts) - 1)  # the oldest
    closed = []
    page.confirm = lambda title, text: True
    page.after_restore = lambda: closed.append(True)
    heard = []
    window.context.on(DATA, lambda: heard.append(True))
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)  # on the background helper
    qtbot.waitUntil(lambda: bool(closed) or "Nothing" in page.backup_message.text(), timeout=10000)
    assert closed == [True], page.backup_message.text()
    assert _names(settings.database_path) == ["Ana", "T0"]
    assert heard == [True]  # the restore's Done told every page that shows data
    assert [t.name for t in services.trainees.all()] == ["Ana", "T0"]  # what the pages now read


def test_back_up_now_runs_in_the_background_and_tells_the_pages(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window, "Ana")
    page = window.pages["settings"]
    window.show_page("settings")
    heard = []
    window.context.on(Change.BACKUPS, lambda: heard.append(True))
    before = page.backup_list.count()
    qtbot.mouseClick(page.backup_now, Qt.MouseButton.LeftButton)
    assert not page.backup_now.isEnabled()  # while it runs
    qtbot.waitUntil(lambda: page.backup_task is None, timeout=10000)
    assert "Backed up to" in page.backup_message.text() and heard == [True]
    assert page.backup_list.count() == before + 1 and page.backup_now.isEnabled()


def test_a_cancelled_backup_or_restore_keeps_nothing_and_changes_nothing(settings, tmp_path):
    from trainer.operations.progress import Cancelled
    from trainer.services import open_services

    services = open_services(settings)
    services.trainees.create("Ana", None)
    first = backup_ops.back_up_now(services.backups).value

    def cancel(done, total):
        raise Cancelled()

    with pytest.raises(Cancelled):
        backup_ops.back_up_now(services.backups, cancel)
    assert [b.path for b in services.backups.list()] == [first]
    services.trainees.create("Bo", None)
    with pytest.raises(Cancelled):
        backup_ops.restore_backup(services.backups, first, cancel)
    assert sorted(t.name for t in services.trainees.all()) == ["Ana", "Bo"]
    assert not list(settings.database_path.parent.glob("*.restoring"))
    services.close()


def test_a_timer_asks_whether_a_backup_is_due(qtbot, qapp, monkeypatch):
    from PySide6.QtWidgets import QWidget

    class Services:
        asked = 0

        def backup_if_due(self):
            self.asked += 1

    monkeypatch.setattr(app_module, "BACKUP_CHECK_MS", 10)
    window = QWidget()
    qtbot.addWidget(window)
    services = Services()
    timer = app_module.start_backup_timer(window, services)
    qtbot.waitUntil(lambda: services.asked >= 2, timeout=2000)
    assert timer.isActive() and timer.parent() is window


def test_backup_pages_do_not_reach_into_the_store():
    for path in (UI / "pages" / "settings.py", UI / "recovery.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        modules |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert not any(m.startswith("trainer.store") for m in modules), path


def test_a_restore_that_cannot_be_done_says_why_and_changes_nothing(qtbot, open_window, settings):
    window = open_window(settings)
    sign_in(window, "Ana")
    services = window.context.services
    backup = services.backups.back_up(reason="manual")
    page = window.pages["settings"]
    window.show_page("settings")
    page.backup_list.setCurrentRow(0)
    backup.write_bytes(b"not a database any more")  # spoilt after it was listed
    page.confirm = lambda title, text: True
    page.after_restore = lambda: pytest.fail("the window must stay open")
    heard = []
    window.context.on(DATA, lambda: heard.append(True))
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.backup_task is None, timeout=10000)
    text = page.backup_message.text()
    assert "is not a CPSW Trainer database" in text and text.endswith("Nothing was changed."), text
    assert heard == [] and _names(settings.database_path) == ["Ana"]
