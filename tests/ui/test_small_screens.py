"""Small screens and large text: every page fits 1024x600 at 100 % text and 1366x768 at
150 %; nothing clipped at 175 %; the Hours table shows status and verifier at 1366 px."""

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel

from tests.conftest import BUNDLED_CONTENT
from tests.ui.trainer_login import sign_in_trainer
from trainer.config import resolve_settings
from trainer.operations import Change
from trainer.study.demo import create_demo
from trainer.study.hours import EntryData
from trainer.ui.main_window import PAGE_KEYS
from trainer.ui.pages.hours.models import HoursTableModel
from trainer.ui.theme import set_font_scale


@pytest.fixture
def demo_window(open_window, data_dir, qapp):
    window = open_window(resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={}))
    services = window.context.services
    create_demo(services, "Dee Monstration")
    window.context.set_trainee(services.trainees.find("Dee Monstration"))
    sign_in_trainer(window)
    yield window
    set_font_scale(qapp, 1.0)


def _scale(window, qapp, scale):
    set_font_scale(qapp, scale)
    window.context.announce(Change.PREFERENCES)
    QApplication.processEvents()


@pytest.mark.parametrize("width, height, scale", [(1024, 600, 1.0), (1366, 768, 1.5)])
def test_every_page_fits_the_screen(qtbot, demo_window, qapp, width, height, scale):
    _scale(demo_window, qapp, scale)
    too_big = {}
    for key in PAGE_KEYS:
        demo_window.show_page(key)
        QApplication.processEvents()
        needed = demo_window.minimumSizeHint()
        if needed.width() > width or needed.height() > height:
            too_big[key] = (needed.width(), needed.height())
    assert not too_big, f"pages that do not fit {width}x{height} at {scale:.0%}: {too_big}"
    demo_window.resize(width, height)
    QApplication.processEvents()
    assert demo_window.width() <= width and demo_window.height() <= height


def _clipped(widget) -> bool:
    """A one-line button or label whose text is wider than the widget (or a check box)."""
    if isinstance(widget, QAbstractButton) and widget.text() and not widget.text().endswith("…"):
        return widget.width() < widget.minimumSizeHint().width() - 1
    if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and "<" not in widget.text():
        shown = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")  # mnemonics
        return widget.width() < widget.fontMetrics().horizontalAdvance(shown) - 1
    return False


def test_nothing_is_clipped_at_175_percent(qtbot, demo_window, qapp):
    demo_window.resize(1600, 1000)
    _scale(demo_window, qapp, 1.75)
    clipped = {}
    for key in PAGE_KEYS:
        demo_window.show_page(key)
        QApplication.processEvents()
        page = demo_window.pages[key]
        for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
            if widget.isVisibleTo(demo_window) and _clipped(widget):
                clipped.setdefault(key, []).append(widget.text()[:40])
    assert not clipped, clipped


def test_text_size_scales_the_sidebar_and_check_boxes(qtbot, demo_window, qapp):
    nav = demo_window.navigation
    demo_window.show_page("settings")
    box = demo_window.findChildren(QCheckBox)
    small = (nav.width(), nav.sizeHintForRow(0), [b.sizeHint().height() for b in box])
    _scale(demo_window, qapp, 1.75)
    large = (nav.width(), nav.sizeHintForRow(0), [b.sizeHint().height() for b in box])
    assert large[0] > small[0] and large[1] > small[1]
    assert all(big > little for big, little in zip(large[2], small[2], strict=True))
    assert qapp.style().pixelMetric(qapp.style().PixelMetric.PM_IndicatorWidth) >= 20


def test_hours_table_shows_status_and_verifier_at_1366(qtbot, demo_window, qapp):
    services = demo_window.context.services
    trainee = demo_window.context.trainee
    entry = services.hours.add_entry(trainee.id, EntryData(dt.date.today(), Decimal("1.5"), "experience",
                                                           activity="A long activity " * 6))
    services.hours.verify(entry.id, "Maria Lopez-Hernandez")
    demo_window.resize(1366, 768)
    demo_window.show_page("hours")
    page = demo_window.pages["hours"]
    QApplication.processEvents()
    table = page.table
    visible = table.viewport().width()
    for column in (HoursTableModel.COL_DATE, HoursTableModel.COL_HOURS, HoursTableModel.COL_KIND,
                   HoursTableModel.COL_VERIFIED):
        assert table.columnViewportPosition(column) + table.columnWidth(column) <= visible, column
    assert page.select_entry(entry.id)
    row = table.currentIndex().row()
    for column in (HoursTableModel.COL_DATE, HoursTableModel.COL_KIND, HoursTableModel.COL_VERIFIED):
        text = page.model.index(row, column).data()
        assert table.fontMetrics().horizontalAdvance(text) <= table.columnWidth(column), text
    assert "Maria Lopez-Hernandez" in page.model.index(row, HoursTableModel.COL_VERIFIED).data()


def test_the_sort_indicator_matches_the_sort(qtbot, demo_window):
    demo_window.show_page("hours")
    page = demo_window.pages["hours"]
    header = page.table.horizontalHeader()
    assert header.isSortIndicatorShown()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        HoursTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
    dates = [e.date for e in page.model.visible_entries()]
    assert dates == sorted(dates, reverse=True)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + type(header.rect().topLeft())(
                         header.sectionViewportPosition(HoursTableModel.COL_HOURS) + 5, 5))
    order = header.sortIndicatorOrder()
    assert header.sortIndicatorSection() == HoursTableModel.COL_HOURS
    hours = [e.hours for e in page.model.visible_entries()]
    assert hours == sorted(hours, reverse=order == Qt.SortOrder.DescendingOrder)
