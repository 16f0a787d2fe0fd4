"""Importing a GIFT bank in the app: categories mapped to domains, problems listed, bank opened."""

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from tests.ui.conftest import sign_in
from tests.ui.trainer_login import sign_in_trainer
from trainer.content import importing
from trainer.content.loader import load_catalog
from trainer.operations import Change

GIFT = """// A trainer's existing bank
$CATEGORY: $course$/Ethics
::Gifts::A person offers the peer a gift card. What should the peer do first? {
  =Check the agency's gift policy and talk with a supervisor #Policy and supervision guide gifts.
  ~Accept it to avoid hurting feelings #Accepting can blur the relationship.
  ~Refuse rudely #Declining can be kind.
####Gifts follow agency policy.
}

$CATEGORY: $course$/Advocacy
::Self-advocacy::Self-advocacy means the person speaks up for themselves. {T #Right.#It does.}

::Essay::Describe your own recovery. {}
"""


def test_import_gift_in_the_app(qtbot, open_window, settings, tmp_path):
    window = open_window(settings)
    sign_in(window)
    sign_in_trainer(window)
    window.show_page("author")
    assert window.current_page_key() == "author"
    page = window.pages["author"]
    source = tmp_path / "old-bank.gift"
    source.write_text(GIFT, encoding="utf-8")
    asked = []
    page.choose_import_file = lambda: str(source)

    def map_categories(categories, name):
        asked.append((categories, name))
        return {"$course$/Ethics": "ethical-responsibility", "$course$/Advocacy": "advocacy"}, "advocacy"

    page.map_categories = map_categories
    with qtbot.waitSignal(window.context.changed, timeout=10_000) as changed:  # read and written in the background
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert changed.args == [Change.CONTENT]
    assert asked == [(["$course$/Ethics", "$course$/Advocacy"], "old-bank.gift")]
    written = settings.content_dir / "quizzes" / "old-bank.yaml"
    assert written.is_file() and page.import_button.isEnabled()
    # Every page has the new bank at once: the operation read the curriculum again.
    assert "old-bank" in window.context.catalog.banks
    assert window.pages["practice"].home.source_combo.findData("bank:old-bank") >= 0
    problems = [page.import_problems.item(i).text() for i in range(page.import_problems.count())]
    assert len(problems) == 1 and problems[0].startswith("old-bank.gift:13:") and "essay" in problems[0].lower()
    assert page.tabs.currentWidget() is page.bank_tab and page.bank_editor.model.rowCount() == 2
    catalog = load_catalog(settings.content_dir)
    assert catalog.errors == []
    domains = sorted(q.domain for q in catalog.banks["old-bank"].questions)
    assert domains == ["advocacy", "ethical-responsibility"]
    # Importing again never overwrites the bank.
    informed = []
    page.inform = lambda title, text: informed.append(text)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(informed))
    assert "already exists" in informed[0] and page.import_button.isEnabled()


def test_a_slow_import_shows_progress_and_cancel_writes_nothing(qtbot, open_window, settings, tmp_path,
                                                                 monkeypatch):
    window = open_window(settings)
    sign_in(window)
    sign_in_trainer(window)
    window.show_page("author")
    page = window.pages["author"]
    source = tmp_path / "slow-bank.gift"
    source.write_text(GIFT, encoding="utf-8")
    page.choose_import_file = lambda: str(source)
    page.map_categories = lambda categories, name: ({}, "advocacy")
    informed = []
    page.inform = lambda title, text: informed.append(text)
    gate = threading.Event()
    read = importing.import_file

    def slow_read(*args):
        assert threading.current_thread() is not threading.main_thread()  # never on the GUI thread
        gate.wait(10)  # the person sees the progress dialog and presses Cancel meanwhile
        return read(*args)

    monkeypatch.setattr(importing, "import_file", slow_read)
    heard = []
    window.context.changed.connect(heard.append)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert not page.import_button.isEnabled()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(QProgressDialog)), timeout=5000)
    dialog = next(d for d in page.findChildren(QProgressDialog) if d.isVisible())
    assert "slow-bank.gift" in dialog.labelText()
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    gate.set()
    qtbot.waitUntil(page.import_button.isEnabled, timeout=5000)
    assert not (settings.content_dir / "quizzes" / "slow-bank.yaml").exists()
    assert "nothing was written" in page.bank_tab.status.text() and heard == [] and informed == []
