"""Importing a GIFT bank in the app: categories mapped to domains, problems listed, bank opened."""

from PySide6.QtCore import Qt

from tests.ui.conftest import sign_in
from tests.ui.trainer_login import sign_in_trainer
from trainer.content.loader import load_catalog

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
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert asked == [(["$course$/Ethics", "$course$/Advocacy"], "old-bank.gift")]
    written = settings.content_dir / "quizzes" / "old-bank.yaml"
    assert written.is_file()
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
    assert informed and "already exists" in informed[0]
