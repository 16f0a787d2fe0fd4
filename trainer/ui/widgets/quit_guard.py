"""Dialogs the app cannot run without (who is studying, the first start): Escape or the
window's close button asks before it closes the app, instead of quitting silently."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def ask_to_quit(parent) -> bool:
    translate = QCoreApplication.translate  # one context for every dialog that asks (not parent.tr)
    box = QMessageBox(QMessageBox.Icon.Question, translate("QuitGuard", "Close CPSW Trainer?"),
                      translate("QuitGuard", "CPSW Trainer needs to know who is studying before it can "
                                             "open. Close the app now?"), parent=parent)
    close = box.addButton(translate("QuitGuard", "&Close the app"), QMessageBox.ButtonRole.AcceptRole)
    stay = box.addButton(translate("QuitGuard", "&Go back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is close
