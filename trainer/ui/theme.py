"""Look and feel: a calm palette with WCAG AA contrast, and the text size setting.

Widgets get their look from a role ("title", "lead", "subtitle", "muted", "card", "primary") or a
status ("met", "in-progress", "not-started"), applied as fonts and palettes by set_role and
set_status. There is no application style sheet: with one, Qt routes every widget through
its style-sheet style, which costs ~8 ms while the window opens. Only the navigation list,
the primary buttons and the dashboard's step buttons, which need rounded or left-aligned
shapes and focus rings a palette cannot give, carry small style sheets of their own.
"""

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QProxyStyle, QStyle, QWidget

FONT_SCALES = (1.0, 1.15, 1.3, 1.5, 1.75)
BASE_POINT_SIZE = 11.0
TITLE_SCALE = 1.6
SCALED_ROLES = {"title": TITLE_SCALE, "lead": 1.2}  # bold text this much larger than the body
ACCENT = "#1f5f8b"  # 7.0:1 on white
INK = "#1b2733"
STYLE = "fusion"
# Given to QApplication at creation. Choosing the style there rather than with setStyle
# saves ~8 ms at start: setStyle returns the style to Python, and PySide then builds
# QStyle's ~600 enum members.
STYLE_ARGUMENTS = ["-style", STYLE]

# Two colour schemes, each checked for WCAG AA contrast (tests/ui/test_theme.py): the light
# one, and a dark one for people whose system is dark (or who choose it in Settings).
SCHEMES = {
    "light": {
        "window": "#f7f9fb", "base": "#ffffff", "alternate": "#f0f4f7", "text": INK, "button": "#eef2f5",
        "highlight": ACCENT, "highlighted_text": "#ffffff", "link": ACCENT, "card": "#ffffff",
        "navigation": "#eef3f7", "focus": "#0b3d5c", "disabled_primary": "#8aa4b8",
        "roles": {"title": INK, "subtitle": "#3d4f5f", "muted": "#4a5a68", "error": "#a00000"},
        "status": {"met": "#1b5e20", "in-progress": "#8a4f00", "not-started": "#4a5a68"},
    },
    "dark": {
        "window": "#1b2127", "base": "#232b33", "alternate": "#28313a", "text": "#e8edf2", "button": "#2c353e",
        "highlight": ACCENT, "highlighted_text": "#ffffff", "link": "#8cc4ea", "card": "#232b33",
        "navigation": "#151a1f", "focus": "#8cc4ea", "disabled_primary": "#3f5566",
        "roles": {"title": "#f2f5f8", "subtitle": "#c3ced8", "muted": "#aab6c1", "error": "#ff9a9a"},
        "status": {"met": "#8fd694", "in-progress": "#f0b768", "not-started": "#aab6c1"},
    },
}
_scheme = {"name": "light"}  # the scheme in use: set_role and set_status colour by it


def colours() -> dict:
    return SCHEMES[_scheme["name"]]


def navigation_style() -> str:
    c = colours()
    return f"""
QListWidget {{ background: {c['navigation']}; border: none; padding: 6px; outline: 0; }}
QListWidget::item {{ padding-left: 12px; border-radius: 6px; color: {c['text']}; }}
QListWidget::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget::item:focus {{ border: 2px solid {c['focus']}; }}
"""


# Primary buttons keep a style sheet of their own for a clear 2 px focus ring, which the
# palette cannot give (Fusion's 1 px focus frame vanishes on an accent-coloured button).
def primary_style() -> str:
    c = colours()
    return f"""
QPushButton {{ background: {ACCENT}; color: white; border-radius: 5px; padding: 6px 16px; }}
QPushButton:focus {{ border: 2px solid {c['focus']}; }}
QPushButton:disabled {{ background: {c['disabled_primary']}; }}
"""


STEP_STYLE = "QPushButton { text-align: left; padding: 6px 10px; }"


def primary_step_style() -> str:
    return f"""
QPushButton {{ text-align: left; padding: 6px 10px; background: {ACCENT}; color: white; border-radius: 5px; }}
QPushButton:focus {{ border: 2px solid {colours()['focus']}; }}
"""


def scheme_for(choice: str | None, app: QApplication) -> str:
    """"light", "dark", or (the default) follow the system's colour scheme, read from the
    platform's own palette before this app replaced it (Qt gives a dark system a dark one)."""
    if choice in SCHEMES:
        return choice
    if "system_dark" not in _scheme:
        _scheme["system_dark"] = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "dark" if _scheme["system_dark"] else "light"


def new_application(argv: list[str]) -> QApplication:
    """A QApplication in this app's style."""
    return QApplication(argv[:1] + STYLE_ARGUMENTS + argv[1:])


def apply_theme(app: QApplication, scale: float = 1.0, style_chosen: bool = False,
                scheme: str = "light", language: str = "en") -> None:
    """`style_chosen`: the app was made by new_application, so its style is already set.
    The translations come with the look: every path that opens a window passes here."""
    from trainer.ui.i18n import install_translations

    install_translations(app, language)
    if not style_chosen:
        app.setStyle(STYLE)
    scheme_for(None, app)  # note the system's scheme before the palette is replaced
    set_scheme(app, scheme)
    set_font_scale(app, scale)


def set_scheme(app: QApplication, scheme: str) -> None:
    """The palette of one scheme, and the role and status colours of widgets already made."""
    _scheme["name"] = scheme if scheme in SCHEMES else "light"
    c = colours()
    palette = app.palette()
    for role, key in ((QPalette.ColorRole.Window, "window"), (QPalette.ColorRole.Base, "base"),
                      (QPalette.ColorRole.AlternateBase, "alternate"), (QPalette.ColorRole.Text, "text"),
                      (QPalette.ColorRole.WindowText, "text"), (QPalette.ColorRole.Button, "button"),
                      (QPalette.ColorRole.ButtonText, "text"), (QPalette.ColorRole.ToolTipBase, "base"),
                      (QPalette.ColorRole.ToolTipText, "text"), (QPalette.ColorRole.Highlight, "highlight"),
                      (QPalette.ColorRole.HighlightedText, "highlighted_text"),
                      (QPalette.ColorRole.Link, "link"), (QPalette.ColorRole.PlaceholderText, "muted")):
        palette.setColor(role, QColor(c["roles"]["muted"] if key == "muted" else c[key]))
    app.setPalette(palette)
    for widget in every_widget(app):  # colours set per widget follow the new scheme
        role, status = widget.property("role"), widget.property("status")
        if role:
            set_role(widget, role)
        if status:
            set_status(widget, status)
        if widget.objectName() == "navigation":
            style_navigation(widget)


def every_widget(app: QApplication):
    """Each widget of the application, safely: allWidgets() is a list of plain pointers, and a
    garbage collection in the middle of the walk (any allocation can start one) may delete a
    widget whose Python side was only held in a reference cycle, leaving the list pointing at
    freed memory. So collect first, then walk with the collector paused."""
    import gc

    if not app.allWidgets():
        return  # at start, before the window exists: nothing to walk, no collection to pay for
    gc.collect()
    paused = gc.isenabled()
    gc.disable()
    try:
        yield from app.allWidgets()
    finally:
        if paused:
            gc.enable()


def set_font_scale(app: QApplication, scale: float) -> None:
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    _scale_indicators(app, scale)
    # A title's size is set, not inherited, so titles follow the new size here.
    for widget in every_widget(app):
        if widget.property("role") in SCALED_ROLES:
            _scaled_font(widget)


class ScaledStyle(QProxyStyle):
    """Fusion with check boxes, radio buttons and scroll bars sized to the text size setting:
    fonts follow the application font, these pixel sizes do not."""

    SCALED = ("PM_IndicatorWidth", "PM_IndicatorHeight", "PM_ExclusiveIndicatorWidth",
              "PM_ExclusiveIndicatorHeight", "PM_ScrollBarExtent", "PM_SmallIconSize")

    def __init__(self, scale: float):
        super().__init__(STYLE)
        self.scale = scale
        self.scaled = {getattr(QStyle.PixelMetric, name) for name in self.SCALED}

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 - Qt's name
        value = super().pixelMetric(metric, option, widget)
        return round(value * self.scale) if metric in self.scaled else value


def _scale_indicators(app: QApplication, scale: float) -> None:
    """Only a changed size needs the proxy: at the default size the plain style is kept
    (making the proxy builds QStyle's enums, ~8 ms, which a default start is spared)."""
    current = app.style()
    if isinstance(current, ScaledStyle):
        if current.scale == scale:
            return
        current.scale = scale
        app.setStyle(ScaledStyle(scale))  # a new style re-polishes every widget
    elif scale != 1.0:
        app.setStyle(ScaledStyle(scale))


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget the look of its role; the role stays readable as its "role" property."""
    widget.setProperty("role", role)
    if role in SCALED_ROLES:
        _scaled_font(widget)
    if role in colours()["roles"]:
        _set_colour(widget, QPalette.ColorRole.WindowText, colours()["roles"][role])
    elif role == "card":
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(colours()["card"]))
        widget.setPalette(palette)
        widget.setAutoFillBackground(True)
        widget.setFrameShape(QFrame.Shape.StyledPanel)
    elif role == "primary":
        widget.setStyleSheet(primary_style())
    elif role in ("step", "primary step"):
        widget.setStyleSheet(primary_step_style() if role == "primary step" else STEP_STYLE)


def set_status(widget: QWidget, status: str) -> None:
    """Colour a label by its status ("met", "in-progress", "not-started"), kept as its "status" property."""
    widget.setProperty("status", status)
    _set_colour(widget, QPalette.ColorRole.WindowText, colours()["status"][status])


def style_navigation(widget: QWidget) -> None:
    widget.setStyleSheet(navigation_style())


def _set_colour(widget: QWidget, role: QPalette.ColorRole, colour: str) -> None:
    palette = widget.palette()
    palette.setColor(role, QColor(colour))
    widget.setPalette(palette)


def _scaled_font(widget: QWidget) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(QApplication.font().pointSizeF() * SCALED_ROLES[widget.property("role")])
    font.setBold(True)
    widget.setFont(font)
