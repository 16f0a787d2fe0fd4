"""Conversation practice writes: starting a role-play, each choice (written as it is made),
leaving a run to start again, a reflection-drill self-rating, a progress-note draft and
check. Each returns Done(…, Change.CONVERSATIONS)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from trainer.operations.changes import Change, Done
from trainer.study.conversations import ConversationRun, Outcome, Step

if TYPE_CHECKING:
    from trainer.content.scenario_schema import NoteExercise, ReflectionDrill, Scenario
    from trainer.study.conversation_records import ConversationMode, ConversationRecords, SavedRun
    from trainer.study.drill_records import DrillRatingInfo as DrillRecordInfo
    from trainer.study.drill_records import DrillRecords
    from trainer.study.note_records import NoteAttemptInfo as NoteRecordInfo
    from trainer.study.note_records import NoteRecords


def start_run(records: ConversationRecords, trainee_id: int, scenario: Scenario, mode: ConversationMode,
              leaving: int | None = None) -> Done[SavedRun]:
    """A new run of the scenario; `leaving`: an unfinished run it replaces (kept, closed)."""
    if leaving is not None:
        records.leave(leaving)
    return Done(records.start(trainee_id, scenario, mode), Change.CONVERSATIONS)


def choose(records: ConversationRecords, run_id: int, run: ConversationRun, index: int) -> Done[Outcome]:
    """Make choice `index` at the run's current node. The step is written first, so the run in
    memory only moves on once it is saved (RunError, and nothing written, for a choice that
    is not possible); reaching an ending finishes the run in the same write."""
    node = run.current
    if node.is_ending or not 0 <= index < len(node.choices):
        run.choose(index)  # raises the RunError that says why
    choice = node.choices[index]
    after = run.scenario.node(choice.next)
    step = Step(node.id, index, choice.code, choice.next, after.talk)
    records.add_step(run_id, len(run.steps), step, after.id if after.is_ending else None)
    return Done(run.choose(index), Change.CONVERSATIONS)


def leave_run(records: ConversationRecords, run_id: int) -> Done[None]:
    """Close an unfinished run without an ending."""
    records.leave(run_id)
    return Done(None, Change.CONVERSATIONS)


# ---- reflection drills and progress notes (the Conversations page's drill and note tabs) ----
def rate_drill(drills: DrillRecords, trainee_id: int, drill: ReflectionDrill, reflection: str,
               ticked: Iterable[str]) -> Done[DrillRecordInfo]:
    """Keep the trainee's typed reflection and their self-rating against the drill's checklist."""
    return Done(drills.rate(trainee_id, drill, reflection, ticked), Change.CONVERSATIONS)


def save_note_draft(notes: NoteRecords, trainee_id: int, exercise: NoteExercise, note_format: str,
                    text: str) -> Done[NoteRecordInfo]:
    """Keep the note as written so far (the tab saves it a moment after each edit)."""
    return Done(notes.save_draft(trainee_id, exercise, note_format, text), Change.CONVERSATIONS)


def check_note(notes: NoteRecords, trainee_id: int, exercise: NoteExercise, note_format: str, text: str,
               ticked: Iterable[str]) -> Done[NoteRecordInfo]:
    """The trainee's check of their note against the billable-note rubric, kept with its score."""
    return Done(notes.check(trainee_id, exercise, note_format, text, ticked), Change.CONVERSATIONS)
