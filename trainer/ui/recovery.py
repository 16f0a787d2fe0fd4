"""When the database file is damaged: explain, then restore a backup or start fresh."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from trainer.config import Settings
from trainer.store.recovery import move_aside, newest_good_backup, restore

RESTORE, FRESH, QUIT = "restore", "fresh", "quit"


def _tr(text: str) -> str:
    return QCoreApplication.translate("recovery", text)


def ask_with_buttons(problem: str, backup_name: str | None) -> str:
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Your data file is damaged"), problem)
    box.setInformativeText(
        _tr("The damaged file will be kept (renamed), never overwritten. ")
        + (_tr("The newest good backup is %1.").replace("%1", backup_name) if backup_name
           else _tr("No good backup was found.")))
    buttons = {}
    if backup_name:
        buttons[box.addButton(_tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)] = RESTORE
    buttons[box.addButton(_tr("Start fresh"), QMessageBox.ButtonRole.DestructiveRole)] = FRESH
    buttons[box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)] = QUIT
    box.exec()
    return buttons.get(box.clickedButton(), QUIT)


def recover(settings: Settings, problem: str,
            choose: Callable[[str, str | None], str] = ask_with_buttons) -> str:
    """Ask what to do about a damaged SQLite file and do it; returns the choice made."""
    path = settings.database_path
    if path is None:
        return QUIT
    backup = newest_good_backup(settings.backup_dir)
    choice = choose(problem, backup.name if backup else None)
    if choice == RESTORE and backup is not None:
        damaged = move_aside(path)
        restore(path, backup, settings.backup_dir)
        del damaged  # kept on disk beside the database
    elif choice == FRESH:
        move_aside(path)
    return choice
