"""A trainee's data carried out and taken in (#22): meant for run_task, with progress and Cancel.

A refusal raises TraineePackError (its message and each problem) and changes nothing; Cancel
(Cancelled from `progress`) leaves no pack behind, or no trainee.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from trainer.operations.changes import Change, Done
from trainer.operations.progress import Progress, no_progress

if TYPE_CHECKING:
    from trainer.study.trainee_pack import ExportedPack, ImportedPack, TraineePacks

# An imported trainee brings a record of every kind: every page that shows a trainee's data refreshes.
IMPORTED = (Change.TRAINEE | Change.PROGRESS | Change.ATTEMPTS | Change.REVIEW | Change.HOURS
            | Change.ATTESTATIONS | Change.REPORTS | Change.CONVERSATIONS | Change.RENEWAL)


def export_trainee_pack(packs: TraineePacks, trainee_id: int, out: Path,
                        progress: Progress = no_progress) -> Done[ExportedPack]:
    """Write the trainee's pack; a file is written, the database is not changed."""
    return Done(packs.export(trainee_id, Path(out), progress), Change.NONE)


def import_trainee_pack(packs: TraineePacks, path: Path, rename_to: str | None = None,
                        progress: Progress = no_progress) -> Done[ImportedPack]:
    """Take a pack in as a new trainee (named `rename_to` when the pack's name is taken here)."""
    return Done(packs.import_(Path(path), progress, rename_to), IMPORTED)
