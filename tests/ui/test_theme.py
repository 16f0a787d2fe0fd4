"""The look is set by role and status with fonts and palettes, not an application style sheet
(which would send every widget through Qt's slower style-sheet style)."""

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton

from trainer.ui.theme import (
    ACCENT,
    BASE_POINT_SIZE,
    SCHEMES,
    TITLE_SCALE,
    apply_theme,
    scheme_for,
    set_font_scale,
    set_role,
    set_status,
)

WINDOW_TEXT = QPalette.ColorRole.WindowText
TEXT_COLOURS = SCHEMES["light"]["roles"]
STATUS_COLOURS = SCHEMES["light"]["status"]


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


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_both_schemes_meet_wcag_aa_contrast():
    for name, scheme in SCHEMES.items():
        for background in ("window", "base", "card"):
            pairs = [("text", scheme["text"])] + list(scheme["roles"].items()) + list(scheme["status"].items())
            for what, colour in pairs:
                assert contrast(colour, scheme[background]) >= 4.5, (name, what, background)
        assert contrast(scheme["text"], scheme["navigation"]) >= 4.5, name
        assert contrast(scheme["highlighted_text"], scheme["highlight"]) >= 4.5, name
        assert contrast(scheme["link"], scheme["base"]) >= 4.5, name


def test_the_dark_scheme_recolours_what_is_already_shown(qtbot, qapp):
    apply_theme(qapp)
    muted, status = QLabel("Note"), QLabel("Met")
    for widget in (muted, status):
        qtbot.addWidget(widget)
    set_role(muted, "muted")
    set_status(status, "met")
    try:
        apply_theme(qapp, scheme="dark")
        dark = SCHEMES["dark"]
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == dark["window"]
        assert muted.palette().color(WINDOW_TEXT).name() == dark["roles"]["muted"]
        assert status.palette().color(WINDOW_TEXT).name() == dark["status"]["met"]
    finally:
        apply_theme(qapp)
    assert muted.palette().color(WINDOW_TEXT).name() == TEXT_COLOURS["muted"]


def test_following_the_system_scheme(qapp):
    assert scheme_for("dark", qapp) == "dark" and scheme_for("light", qapp) == "light"
    assert scheme_for("system", qapp) in SCHEMES  # whatever the platform says


def test_settings_switches_to_the_dark_scheme_and_back(qtbot, open_window, settings, qapp):
    from tests.ui.conftest import sign_in

    window = open_window(settings)
    sign_in(window)
    window.show_page("settings")
    page = window.pages["settings"]
    combo = page.colours_combo
    try:
        combo.setCurrentIndex(combo.findData("dark"))
        assert window.context.services.preferences.get("colour_scheme") == "dark"
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == SCHEMES["dark"]["window"]
        title = next(w for w in page.findChildren(QLabel) if w.property("role") == "title")
        assert title.palette().color(WINDOW_TEXT).name() == SCHEMES["dark"]["roles"]["title"]
        assert SCHEMES["dark"]["navigation"] in window.navigation.styleSheet()
    finally:
        combo.setCurrentIndex(combo.findData("light"))
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == SCHEMES["light"]["window"]


def test_the_window_icon_loads(qapp):
    from trainer.ui.app import set_window_icon

    set_window_icon(qapp)
    assert not qapp.windowIcon().isNull()
    assert not qapp.windowIcon().pixmap(32, 32).isNull()  # the SVG image plugin is there
