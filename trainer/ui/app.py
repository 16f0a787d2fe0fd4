"""QApplication setup: theme, error handling, the main window."""

from __future__ import annotations

import gc
import logging
import sqlite3
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from trainer.config import Settings
from trainer.services import DatabaseDamaged, DatabaseError, Services, open_services
from trainer.ui.background import run_task
from trainer.ui.context import AppContext
from trainer.ui.i18n import chosen_language
from trainer.ui.main_window import MainWindow
from trainer.ui.text import fill
from trainer.ui.theme import apply_theme, new_application, scheme_for

log = logging.getLogger(__name__)


STORAGE_IDLE_MS = 400  # the storage layer loads this long after the window shows
BACKUP_CHECK_MS = 60_000  # how often the window asks whether an automatic backup is due
STORAGE_TROUBLE = ("readonly", "read-only", "disk is full", "disk full", "no space", "unable to open",
                   "disk i/o error", "permission denied")


def storage_trouble(error: BaseException) -> bool:
    """A write the disk refused: read-only or full data folder, or a vanished drive."""
    text = str(error).lower()
    return isinstance(error, storage_errors()) and any(t in text for t in STORAGE_TROUBLE)


def storage_errors() -> tuple[type[BaseException], ...]:
    """The error types a database or disk can raise. SQLAlchemy's count only once it is
    loaded (before that, none of its errors can have happened)."""
    loaded = sys.modules.get("sqlalchemy.exc")
    return (OSError, sqlite3.Error, DatabaseError) + ((loaded.SQLAlchemyError,) if loaded else ())


def friendly_message(error: BaseException) -> tuple[str, str]:
    translate = QApplication.translate  # by this name, lupdate finds the messages
    if storage_trouble(error):
        return (translate("app", "Your change could not be saved"),
                translate("app", "The data folder is read-only or the disk is full. Everything you saved "
                                 "before is safe; only this last change was not saved. Free some disk space "
                                 "(or ask for write access to the data folder), then try again."))
    return (translate("app", "Something went wrong"),
            translate("app", "Something unexpected happened. Your saved work is safe. "
                             "Details were written to the log file in your data folder."))


def cannot_open_message(settings: Settings, error: BaseException) -> str:
    translate = QApplication.translate  # by this name, lupdate finds the messages
    if storage_trouble(error):
        detail = translate("app", "The data folder is read-only or the disk is full, so nothing could be "
                                  "saved there. Nothing has been changed or lost. Ask for write access to "
                                  "the folder (or free some disk space), then start CPSW Trainer again.")
    else:
        detail = str(error)
    return fill(translate("app", "CPSW Trainer could not open its data in %1.\n\n%2"),
                settings.data_dir, detail)


def warn(title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # only when something went wrong

    QMessageBox.warning(None, title, text)


def install_excepthook(show=None) -> None:
    """Unexpected errors are logged in full and shown as a calm message (never a traceback)."""
    show = show or warn

    def hook(kind, value, tb):
        # The log keeps the traceback; it holds no names or answers (values are not logged).
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is not None:
            show(*friendly_message(value))

    sys.excepthook = hook


def resume_garbage_collection() -> None:
    """Resume collection if cli.main paused it. The objects made so far (the catalog, the
    pages) live as long as the app: frozen, later collections do not walk them again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


ICON = Path(__file__).resolve().parent / "icons" / "cpsw-trainer.svg"


def set_window_icon(app: QApplication) -> None:
    """The app's icon on every window and in the task bar (the .deb also installs it)."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(ICON)))


def create_window(services: Services) -> MainWindow:
    context = AppContext(services)
    return MainWindow(context)


def start_backup_timer(window, services: Services) -> QTimer:
    """Asks now and then whether an automatic backup is due (the rule is in the backup service)."""
    timer = QTimer(window)
    timer.setInterval(BACKUP_CHECK_MS)
    timer.timeout.connect(services.backup_if_due)
    timer.start()
    return timer


def _ignore(_result) -> None:
    """The preload logs its own trouble; the first real use reports it."""


def run_app(settings: Settings, quit_after_show: bool = False) -> int:
    app = QApplication.instance()
    style_chosen = app is None
    if app is None:
        app = new_application(sys.argv[:1])
    app.setApplicationName("CPSW Trainer")
    app.setOrganizationName("CPSW Trainer")
    try:
        services = open_services(settings, defer_storage=True)
    except DatabaseDamaged as exc:
        from trainer.ui.recovery import QUIT, recover

        resume_garbage_collection()  # the pause is for a quick start; a person now reads and decides
        print(f"error: {exc}", file=sys.stderr)
        if quit_after_show or recover(settings, str(exc)) == QUIT:
            return 2
        return run_app(settings, quit_after_show)
    except storage_errors() as exc:
        resume_garbage_collection()
        print(f"error: {exc}", file=sys.stderr)
        message = cannot_open_message(settings, exc)
        if quit_after_show:  # scripted checks have nobody to click OK
            print(message, file=sys.stderr)
            return 2
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, app.translate("app", "Cannot open your data"), message)
        return 2
    apply_theme(app, services.preferences.get("font_scale", 1.0), style_chosen,
                scheme_for(services.preferences.get("colour_scheme"), app),
                chosen_language(services.preferences))
    install_excepthook()
    window = create_window(services)
    window.show()
    QTimer.singleShot(0, lambda: set_window_icon(app))  # after the first paint: QIcon costs at start
    QTimer.singleShot(0, resume_garbage_collection)
    window.ask_for_trainee_if_needed()
    if not services.storage_open:
        QTimer.singleShot(STORAGE_IDLE_MS, lambda: run_task(window, services.preload_work(), _ignore, _ignore))
    start_backup_timer(window, services)
    if quit_after_show:
        def report_and_quit():
            # The monotonic clock is shared by all processes: benchmarks time start to shown with it.
            print(f"window shown: {window.windowTitle()} ({window.current_page_key()}) "
                  f"at {time.monotonic():.6f}", flush=True)
            app.exit(0)  # quit() would ask open dialogs first

        QTimer.singleShot(0, report_and_quit)
    code = app.exec()
    services.close()  # also the backup on close, if anything changed
    return code
