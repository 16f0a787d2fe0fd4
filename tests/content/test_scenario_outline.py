"""The Author page's live check of a scenario: problems with their lines, and an outline that
still shows a broken graph's nodes with what is wrong marked on them."""

import pytest

from trainer.content.authoring import AuthoringError
from trainer.content.loader import load_catalog
from trainer.content.scenario_outline import check_scenario, new_scenario_text, scenario_path
from trainer.operations import Change
from trainer.operations.content import save_scenario

ORPHAN = """  - id: orphan
    says: Nobody gets here.
"""


def _check(small_content, text):
    catalog = load_catalog(small_content)
    return check_scenario(text, "s.yaml", catalog.domains, catalog.competencies)


def test_the_template_passes_every_check(small_content):
    checked = _check(small_content, new_scenario_text("fresh", "advocacy"))
    assert checked.ok and checked.id == "fresh"
    start, ending = checked.nodes
    assert start.is_start and not start.ending and len(start.choices) == 3
    assert ending.ending and not ending.unreachable and not ending.dead_end
    assert not any(choice.dangling for choice in start.choices)


def test_an_unreachable_dead_end_is_marked_and_reported_at_its_line(small_content):
    text = new_scenario_text("fresh", "advocacy") + ORPHAN
    checked = _check(small_content, text)
    orphan = checked.nodes[-1]
    line = text.splitlines().index("  - id: orphan") + 1
    assert (orphan.id, orphan.line, orphan.unreachable, orphan.dead_end) == ("orphan", line, True, True)
    assert {problem.line for problem in checked.problems} == {line}
    assert any("cannot be reached" in p.message for p in checked.problems)
    assert any("dead end" in p.message for p in checked.problems)


def test_a_dangling_link_is_marked_on_its_choice(small_content):
    text = new_scenario_text("fresh", "advocacy").replace("next: more", "next: nowhere", 1)
    checked = _check(small_content, text)
    first = checked.nodes[0].choices[0]
    assert first.dangling and first.next == "nowhere"
    assert [p.line for p in checked.problems] == [first.line]


def test_text_that_is_not_yaml_yet_gives_a_problem_and_no_outline(small_content):
    checked = _check(small_content, "id: [unclosed\n")
    assert not checked.ok and checked.nodes == ()


def test_a_start_that_is_not_a_name_yet_reaches_nothing(small_content):
    text = new_scenario_text("fresh", "advocacy").replace("start: open", "start: [open]")
    checked = _check(small_content, text)
    assert not checked.ok and all(node.unreachable for node in checked.nodes)


def test_save_scenario_writes_reloads_and_never_overwrites(small_content):
    path = scenario_path(small_content, "fresh")
    done = save_scenario(path, new_scenario_text("fresh", "advocacy"), new=True,
                         reload=lambda: load_catalog(small_content))
    assert done.changes == Change.CONTENT and path.is_file()
    assert "fresh" in done.value.catalog.scenarios
    with pytest.raises(AuthoringError):
        save_scenario(path, "id: other\n", new=True)
    assert "id: fresh" in path.read_text(encoding="utf-8")
