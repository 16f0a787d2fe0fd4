"""Cohort view in trainer mode: every trainee with readiness, hours, last exam; sortable; CSV export."""

import csv
import datetime as dt

from PySide6.QtCore import Qt

from tests.ui.trainer_login import sign_in_trainer
from trainer.study.hours import EntryData
from trainer.ui.main_window import PAGE_KEYS


def test_cohort_lists_sorts_and_exports(qtbot, open_window, settings, tmp_path):
    window = open_window(settings)
    services = window.context.services
    ana = services.trainees.create("Ana", "test-board")
    bo = services.trainees.create("Bo", "test-board")
    services.trainees.create("Cy", None)
    services.hours.add_entry(ana.id, EntryData(dt.date(2026, 1, 5), "3", "experience"), today=dt.date(2026, 2, 1))
    services.hours.add_entry(bo.id, EntryData(dt.date(2026, 1, 6), "7.5", "experience"), today=dt.date(2026, 2, 1))
    window.context.set_trainee(ana)
    cohort_item = window.navigation.item(PAGE_KEYS.index("cohort"))
    assert cohort_item.isHidden()  # trainees do not see it
    window.show_page("settings")
    sign_in_trainer(window)
    assert not cohort_item.isHidden()
    window.show_page("cohort")
    page = window.pages["cohort"]
    assert page.proxy.rowCount() == 3
    assert [page.proxy.index(r, 0).data() for r in range(3)] == ["Ana", "Bo", "Cy"]
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # experience hours
    assert page.proxy.index(0, 0).data() == "Bo" and page.proxy.index(0, 4).data() == "7.5"
    assert "of" in page.proxy.index(0, 2).data()
    assert page.proxy.index(0, 2).data(Qt.ItemDataRole.ToolTipRole).startswith("Not yet ready: 0 of ")
    qtbot.keyClicks(page.filter_edit, "cy")
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 2).data() == "No certification chosen"
    page.choose_csv_path = lambda: str(tmp_path / "cohort.csv")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    rows = list(csv.DictReader((tmp_path / "cohort.csv").open()))
    assert [r["name"] for r in rows] == ["Ana", "Bo", "Cy"]
    assert rows[1]["experience_hours"] == "7.5" and rows[0]["last_activity"]
