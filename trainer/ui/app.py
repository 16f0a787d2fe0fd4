"""QApplication setup: theme, error handling, the main window."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from trainer.config import Settings
from trainer.services import Services, open_services
from trainer.store.db import DatabaseDamaged, DatabaseError
from trainer.ui.context import AppContext
from trainer.ui.main_window import MainWindow
from trainer.ui.recovery import QUIT, recover
from trainer.ui.theme import apply_theme

log = logging.getLogger(__name__)


def install_excepthook() -> None:
    """Unexpected errors are logged in full and shown as a calm message."""

    def hook(kind, value, tb):
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        app = QApplication.instance()
        if app is not None:
            QMessageBox.warning(
                None, app.translate("app", "Something went wrong"),
                app.translate("app", "Something unexpected happened. Your saved work is safe. "
                                     "Details were written to the log file in your data folder."))

    sys.excepthook = hook


def create_window(services: Services) -> MainWindow:
    context = AppContext(services)
    return MainWindow(context)


def run_app(settings: Settings, quit_after_show: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CPSW Trainer")
    app.setOrganizationName("CPSW Trainer")
    try:
        services = open_services(settings)
    except DatabaseDamaged as exc:
        print(f"error: {exc}", file=sys.stderr)
        if quit_after_show or recover(settings, str(exc)) == QUIT:
            return 2
        return run_app(settings, quit_after_show)
    except (DatabaseError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        if quit_after_show:  # scripted checks have nobody to click OK
            return 2
        QMessageBox.critical(None, app.translate("app", "Cannot open your data"),
                             app.translate("app", "CPSW Trainer could not open its data.\n\n%1")
                             .replace("%1", str(exc)))
        return 2
    apply_theme(app, services.preferences.get("font_scale", 1.0))
    install_excepthook()
    window = create_window(services)
    window.show()
    window.ask_for_trainee_if_needed()
    if quit_after_show:
        def report_and_quit():
            print(f"window shown: {window.windowTitle()} ({window.current_page_key()})", flush=True)
            app.exit(0)  # quit() would ask open dialogs first

        QTimer.singleShot(0, report_and_quit)
    code = app.exec()
    services.close()
    return code
