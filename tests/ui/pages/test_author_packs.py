"""Content packs on the Author page: install (with progress and Cancel) and export, in the background;
an installed pack reaches every page at once."""

import dataclasses
import threading
import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from tests.content.test_packs import make_pack
from tests.ui.conftest import sign_in
from tests.ui.trainer_login import sign_in_trainer
from trainer.operations import Change


def _packs_tab(window):
    sign_in(window)
    sign_in_trainer(window)
    window.show_page("author")
    page = window.pages["author"]
    page.tabs.setCurrentWidget(page.packs_tab)
    tab = page.packs_tab
    tab.informed = []
    tab.inform = lambda title, text: tab.informed.append(text)
    return tab


def _items(widget):
    return [widget.item(i).text() for i in range(widget.count())]


def test_a_pack_installed_in_the_app_reaches_every_page(qtbot, open_window, settings, tmp_path):
    make_pack(settings, tmp_path / "src", tmp_path / "local.zip", 1)
    window = open_window(settings)
    tab = _packs_tab(window)
    assert _items(tab.installed) == ["No content packs are installed."]
    tab.choose_pack_file = lambda: str(tmp_path / "local.zip")
    with qtbot.waitSignal(window.context.changed, timeout=10_000) as changed:
        qtbot.mouseClick(tab.install_button, Qt.MouseButton.LeftButton)
    assert changed.args == [Change.CONTENT] and tab.informed == []
    assert tab.status.text() == "Installed pack local version 1."
    assert _items(tab.installed) == ["Local pack (local), version 1: 1 module, 2 questions"]
    assert "lr-001" in window.context.catalog.questions
    modules = window.pages["modules"]
    modules.open_module("local-resources")  # no restart
    assert "housing office" in modules.reader.browser.toPlainText()

    heard = []
    window.context.changed.connect(heard.append)
    qtbot.mouseClick(tab.install_button, Qt.MouseButton.LeftButton)  # the same pack again
    qtbot.waitUntil(lambda: "already installed" in tab.status.text(), timeout=10_000)
    assert heard == [] and tab.install_button.isEnabled()


def test_a_damaged_pack_is_refused_with_its_problems(qtbot, open_window, settings, tmp_path):
    make_pack(settings, tmp_path / "src", tmp_path / "local.zip", 1)
    with zipfile.ZipFile(tmp_path / "local.zip") as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    entries["quizzes/local-resources.yaml"] += b"# changed after export\n"
    with zipfile.ZipFile(tmp_path / "tampered.zip", "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    window = open_window(settings)
    tab = _packs_tab(window)
    tab.choose_pack_file = lambda: str(tmp_path / "tampered.zip")
    qtbot.mouseClick(tab.install_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.informed), timeout=10_000)
    assert "do not match the manifest" in tab.informed[0]
    assert any("SHA-256" in problem for problem in _items(tab.problems)) and tab.problems.isVisibleTo(tab)
    assert "lr-001" not in window.context.catalog.questions and not settings.packs_dir.joinpath("local").exists()


def test_cancel_during_a_slow_install_installs_nothing(qtbot, open_window, settings, tmp_path):
    make_pack(settings, tmp_path / "src", tmp_path / "local.zip", 1)
    window = open_window(settings)
    tab = _packs_tab(window)
    gate = threading.Event()
    load = tab.folders.load_bundled

    def slow_load():
        gate.wait(10)  # meanwhile the progress dialog appears and the person presses Cancel
        return load()

    tab.folders = dataclasses.replace(tab.folders, load_bundled=slow_load)
    tab.choose_pack_file = lambda: str(tmp_path / "local.zip")
    qtbot.mouseClick(tab.install_button, Qt.MouseButton.LeftButton)
    assert not tab.install_button.isEnabled() and not tab.export_button.isEnabled()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in tab.findChildren(QProgressDialog)), timeout=5000)
    dialog = next(d for d in tab.findChildren(QProgressDialog) if d.isVisible())
    assert "local.zip" in dialog.labelText()
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(tab.install_button.isEnabled, timeout=10_000)
    assert tab.status.text() == "Cancelled; nothing was changed." and tab.informed == []
    assert not settings.packs_dir.joinpath("local").exists()


def test_the_content_folder_is_exported_as_a_pack(qtbot, open_window, settings, tmp_path):
    window = open_window(settings)
    tab = _packs_tab(window)
    out = tmp_path / "agency-1.zip"
    tab.choose_export = lambda: (out, "agency", 1, "Our agency")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote pack" in tab.status.text(), timeout=10_000)
    assert tab.informed == [] and out.is_file()
    with zipfile.ZipFile(out) as archive:
        assert "manifest.yaml" in archive.namelist()
    tab.choose_export = lambda: (tmp_path / "bad.zip", "Not Kebab", 1, None)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.informed), timeout=10_000)
    assert "kebab-case" in tab.informed[0] and not (tmp_path / "bad.zip").exists()
