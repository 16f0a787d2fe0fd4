"""Every visible control on every page has a name a screen reader can read."""

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.conftest import BUNDLED_CONTENT
from tests.ui.trainer_login import sign_in_trainer
from trainer.config import resolve_settings
from trainer.study.demo import create_demo
from trainer.ui.main_window import PAGE_KEYS

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


def test_every_visible_control_is_named(qtbot, open_window, data_dir):
    window = open_window(resolve_settings(data_dir=data_dir, content_dir=BUNDLED_CONTENT, environ={}))
    services = window.context.services
    create_demo(services, "Ada Access", entries=30)
    sign_in_trainer(window)
    window.context.set_trainee(services.trainees.find("Ada Access"))
    unnamed = []
    for key in PAGE_KEYS:
        window.show_page(key)
        qtbot.wait(10)
        page = window.pages[key]
        assert page.accessibleName(), key
        buddies = {id(label.buddy()) for label in page.findChildren(QLabel) if label.buddy() is not None}
        for control in page.findChildren(QWidget):
            if not isinstance(control, CONTROLS) or isinstance(control, QHeaderView):
                continue
            if not control.isVisibleTo(window) or control.objectName().startswith("qt_"):  # Qt internals
                continue
            text = control.text() if isinstance(control, QAbstractButton) else ""
            if not (control.accessibleName() or text.strip() or id(control) in buddies):
                unnamed.append((key, type(control).__name__, control.objectName()))
    assert unnamed == []
