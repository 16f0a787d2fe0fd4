"""When the database file is damaged: explain, then restore a backup or start fresh (the
operations in trainer.operations.backups do it; this only asks)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from trainer.config import Settings
from trainer.operations.backups import restore_backup, start_fresh
from trainer.services import backup_service
from trainer.ui.text import fill, say

RESTORE, FRESH, QUIT = "restore", "fresh", "quit"


def _tr(text: str) -> str:
    return QCoreApplication.translate("recovery", text)


def ask_with_buttons(problem: str, backup_name: str | None) -> str:
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Your data file is damaged"), problem)
    box.setInformativeText(
        _tr("The damaged file will be kept (renamed), never overwritten. ")
        + (fill(_tr("The newest good backup is %1."), backup_name) if backup_name
           else _tr("No good backup was found.")))
    buttons = {}
    if backup_name:
        buttons[box.addButton(_tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)] = RESTORE
    buttons[box.addButton(_tr("Start fresh"), QMessageBox.ButtonRole.DestructiveRole)] = FRESH
    buttons[box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)] = QUIT
    box.exec()
    return buttons.get(box.clickedButton(), QUIT)


def show_problem(text: str) -> None:
    QMessageBox.warning(None, _tr("The backup could not be restored"), text)


def recover(settings: Settings, problem: str,
            choose: Callable[[str, str | None], str] = ask_with_buttons,
            tell: Callable[[str], None] = show_problem) -> str:
    """Ask what to do about a damaged SQLite file and do it; returns the choice made."""
    path = settings.database_path
    if path is None:
        return QUIT
    backups = backup_service(settings)
    backup = backups.newest_good()
    choice = choose(problem, backup.name if backup else None)
    if choice == RESTORE and backup is not None:
        result = restore_backup(backups, backup).value  # the damaged file is renamed aside, never overwritten
        if not result.ok:
            tell(say(result.problem))
            return QUIT
    elif choice == FRESH:
        start_fresh(backups)  # no window yet: nobody to tell what changed
    return choice
