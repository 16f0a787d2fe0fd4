"""The look is set by role and status with fonts and palettes, not an application style sheet
(which would send every widget through Qt's slower style-sheet style)."""

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton

from trainer.ui.theme import (
    ACCENT,
    BASE_POINT_SIZE,
    STATUS_COLOURS,
    TEXT_COLOURS,
    TITLE_SCALE,
    apply_theme,
    set_font_scale,
    set_role,
    set_status,
)

WINDOW_TEXT = QPalette.ColorRole.WindowText


def test_the_application_has_no_style_sheet(qapp):
    apply_theme(qapp)
    assert qapp.styleSheet() == ""


def test_roles_set_fonts_and_colours_and_stay_readable_as_properties(qtbot, qapp):
    apply_theme(qapp)
    title, muted, card, primary = QLabel("Title"), QLabel("Note"), QFrame(), QPushButton("Go")
    for widget in (title, muted, card, primary):
        qtbot.addWidget(widget)
    set_role(title, "title")
    set_role(muted, "muted")
    set_role(card, "card")
    set_role(primary, "primary")
    assert title.property("role") == "title" and title.font().bold()
    assert abs(title.font().pointSizeF() - BASE_POINT_SIZE * TITLE_SCALE) < 0.01
    assert muted.palette().color(WINDOW_TEXT).name() == TEXT_COLOURS["muted"]
    assert card.autoFillBackground() and card.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    # A primary button's own style sheet: the accent colour and a 2 px focus ring.
    assert ACCENT in primary.styleSheet() and ":focus { border: 2px solid" in primary.styleSheet()


def test_status_colours_and_font_scale(qtbot, qapp):
    apply_theme(qapp)
    label, title, lead = QLabel("Met"), QLabel("Welcome"), QLabel("Not yet ready")
    for widget in (label, title, lead):
        qtbot.addWidget(widget)
    set_role(title, "title")
    set_role(lead, "lead")
    for status, colour in STATUS_COLOURS.items():
        set_status(label, status)
        assert label.property("status") == status and label.palette().color(WINDOW_TEXT).name() == colour
    try:
        set_font_scale(qapp, 1.5)  # titles follow the text size setting
        assert abs(title.font().pointSizeF() - BASE_POINT_SIZE * 1.5 * TITLE_SCALE) < 0.01
        assert abs(lead.font().pointSizeF() - BASE_POINT_SIZE * 1.5 * 1.2) < 0.01 and lead.font().bold()
        assert abs(QApplication.font().pointSizeF() - BASE_POINT_SIZE * 1.5) < 0.01
    finally:
        set_font_scale(qapp, 1.0)
