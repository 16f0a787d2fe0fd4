"""The database-backed record of role-play runs, written one choice at a time (a crash loses
nothing; an unfinished run is resumed or left). Reflection-drill ratings and progress notes
are kept by drill_records.py and note_records.py.

ConversationRecords is a ConversationHistory (trainer/study/conversations.py). It opens a
session per call, so it may be used from the background helper's threads too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from trainer.study.conversations import (
    ConversationRun,
    Level,
    RunRecord,
    RunRecorded,
    Step,
    replay,
    summarise_steps,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from trainer.content.scenario_schema import Scenario
    from trainer.store.models import ConversationRun as RunRow


class ConversationMode(StrEnum):
    PRACTICE = "practice"  # feedback after each choice
    ASSESSMENT = "assessment"  # feedback only at the end


class SavedRun(NamedTuple):
    """A run as stored: its id and mode with the history's record of it."""

    id: int
    mode: ConversationMode
    record: RunRecord

    @property
    def finished(self) -> bool:
        """Ended one way or the other: an ending reached, or left to start again."""
        return self.record.finished_at is not None

    @property
    def completed(self) -> bool:
        return self.record.ending_id is not None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _saved(row: RunRow) -> SavedRun:
    steps = tuple(Step(s.node_id, s.choice_index, s.code, s.next_id, s.talk) for s in row.steps)
    record = RunRecord(row.trainee_id, row.scenario_id, row.scenario_version, row.scenario_hash, steps,
                       row.ending_id, row.started_at, row.finished_at)
    return SavedRun(row.id, ConversationMode(row.mode), record)


class ConversationRecords:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    # ---- role-play runs, step by step --------------------------------------------------
    def start(self, trainee_id: int, scenario: Scenario, mode: ConversationMode,
              now: dt.datetime | None = None) -> SavedRun:
        from trainer.store.models import ConversationRun

        with self._sessions.begin() as session:
            row = ConversationRun(trainee_id=trainee_id, scenario_id=scenario.id, scenario_version=scenario.version,
                                  scenario_hash=scenario.content_hash, mode=ConversationMode(mode).value,
                                  started_at=now or _now())
            session.add(row)
            session.flush()
            return _saved(row)

    def add_step(self, run_id: int, position: int, step: Step, ending_id: str | None = None,
                 now: dt.datetime | None = None) -> None:
        """Write one choice as it is made; with `ending_id`, the run reached that ending (same
        transaction). A position written twice is refused by the primary key."""
        from trainer.store.models import ConversationRun, ConversationStep

        at = now or _now()
        with self._sessions.begin() as session:
            session.add(ConversationStep(run_id=run_id, position=position, node_id=step.node_id,
                                         choice_index=step.choice_index, code=step.code, next_id=step.next_id,
                                         talk=step.talk, chosen_at=at))
            if ending_id is not None:
                run = session.get(ConversationRun, run_id)
                run.ending_id, run.finished_at = ending_id, at

    def leave(self, run_id: int, now: dt.datetime | None = None) -> None:
        """Close an unfinished run without an ending (the trainee starts again); its steps stay."""
        from trainer.store.models import ConversationRun

        with self._sessions.begin() as session:
            run = session.get(ConversationRun, run_id)
            if run is not None and run.finished_at is None:
                run.finished_at = now or _now()

    def saved_run(self, run_id: int) -> SavedRun | None:
        from trainer.store.models import ConversationRun

        with self._sessions() as session:
            row = session.get(ConversationRun, run_id)
            return _saved(row) if row is not None else None

    def saved_runs(self, trainee_id: int, scenario_id: str | None = None) -> list[SavedRun]:
        """The trainee's runs, oldest first; only those of `scenario_id` if given."""
        from sqlalchemy import select
        from sqlalchemy.orm import selectinload

        from trainer.store.models import ConversationRun

        query = (select(ConversationRun).where(ConversationRun.trainee_id == trainee_id)
                 .options(selectinload(ConversationRun.steps))
                 .order_by(ConversationRun.started_at, ConversationRun.id))
        if scenario_id is not None:
            query = query.where(ConversationRun.scenario_id == scenario_id)
        with self._sessions() as session:
            return [_saved(row) for row in session.scalars(query)]

    def unfinished(self, trainee_id: int, scenario_id: str) -> SavedRun | None:
        """The newest run of the scenario neither ended nor left: the one to resume."""
        runs = [run for run in self.saved_runs(trainee_id, scenario_id) if not run.finished]
        return runs[-1] if runs else None

    def latest_completed(self, trainee_id: int) -> SavedRun | None:
        """The run that reached an ending most recently, of any scenario."""
        done = [run for run in self.saved_runs(trainee_id) if run.completed]
        return max(done, key=lambda run: (run.record.finished_at, run.id)) if done else None

    # ---- ConversationHistory -----------------------------------------------------------
    def record(self, run: RunRecord, mode: ConversationMode = ConversationMode.PRACTICE) -> RunRecorded:
        """Keep a whole run at once (imports, the demo)."""
        from trainer.store.models import ConversationRun, ConversationStep

        with self._sessions.begin() as session:
            row = ConversationRun(trainee_id=run.trainee_id, scenario_id=run.scenario_id,
                                  scenario_version=run.scenario_version, scenario_hash=run.scenario_hash,
                                  mode=ConversationMode(mode).value, started_at=run.started_at,
                                  finished_at=run.finished_at, ending_id=run.ending_id)
            row.steps = [ConversationStep(position=i, node_id=s.node_id, choice_index=s.choice_index, code=s.code,
                                          next_id=s.next_id, talk=s.talk, chosen_at=run.finished_at or run.started_at)
                         for i, s in enumerate(run.steps)]
            session.add(row)
            session.flush()
            return RunRecorded(run.trainee_id, run.scenario_id, row.id)

    def runs(self, trainee_id: int, scenario_id: str | None = None) -> list[RunRecord]:
        return [saved.record for saved in self.saved_runs(trainee_id, scenario_id)]


def best_run(runs: Iterable[SavedRun]) -> SavedRun | None:
    """The completed run with the most measures at good, then at fair, then the most
    MI-adherent less non-adherent responses; the latest of equals."""
    def rank(saved: SavedRun):
        summary = summarise_steps(saved.record.steps)
        levels = [m.level for m in (summary.reflection_to_question, summary.percent_complex_reflections,
                                    summary.percent_open_questions)]
        return (levels.count(Level.GOOD), levels.count(Level.FAIR), summary.mi_adherent - summary.mi_non_adherent,
                saved.record.finished_at, saved.id)

    completed = [run for run in runs if run.completed]
    return max(completed, key=rank) if completed else None


def resumed(scenario: Scenario, saved: SavedRun) -> ConversationRun | None:
    """The saved run replayed to where it stopped, or None when the scenario has changed so
    that its choices no longer lead along the same nodes (then it can only start again)."""
    try:
        run = replay(scenario, [step.choice_index for step in saved.record.steps])
    except (KeyError, ValueError):  # a node gone, or a choice no longer there
        return None
    path = [(step.node_id, step.next_id) for step in run.steps]
    return run if path == [(step.node_id, step.next_id) for step in saved.record.steps] else None
