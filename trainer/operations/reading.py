"""Reading the modules: a section marked read (the last one finishes the module), and where
the trainee is in a module."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.content.schema import Module
from trainer.operations.changes import Change, Done
from trainer.study.records import ModuleStatus

if TYPE_CHECKING:  # the storage layer loads after the first paint; the Modules page is built before
    from trainer.study.progress import ProgressService


def mark_section_read(progress: ProgressService, trainee_id: int, module: Module,
                      section_key: str) -> Done[ModuleStatus]:
    """The trainee moved on from a section: it is read, and once every section is, the module
    is complete. The module's new status is the value."""
    return Done(progress.mark_read(trainee_id, module, section_key), Change.PROGRESS)


def remember_position(progress: ProgressService, trainee_id: int, module: Module, section_key: str) -> Done[None]:
    """The section shown, to come back to. Only the first one shown in a module changes what
    pages show (the module is then started)."""
    began = progress.remember_position(trainee_id, module, section_key)
    return Done(None, Change.PROGRESS if began else Change.NONE)
