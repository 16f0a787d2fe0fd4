"""Reading progress: which sections of which modules a trainee has read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.content.schema import Module
from trainer.store.models import ModuleProgress, SectionRead, utcnow


@dataclass(frozen=True)
class ModuleStatus:
    module_id: str
    read_keys: frozenset[str]
    section_count: int
    completed_at: dt.datetime | None
    last_section: str | None = None

    @property
    def read_count(self) -> int:
        return len(self.read_keys)

    @property
    def fraction(self) -> float:
        return self.read_count / self.section_count if self.section_count else 0.0

    @property
    def complete(self) -> bool:
        return self.completed_at is not None

    @property
    def started(self) -> bool:
        return bool(self.read_keys) or self.last_section is not None


class ProgressService:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def mark_read(self, trainee_id: int, module: Module, section_key: str) -> ModuleStatus:
        """Record a section as read; complete the module once every section is."""
        if module.section_by_key(section_key) is None:
            raise KeyError(f"module {module.id} has no section {section_key}")
        with self._sessions.begin() as session:
            progress = self._progress_row(session, trainee_id, module)
            progress.last_section = section_key
            exists = session.scalar(select(SectionRead.id).where(
                SectionRead.trainee_id == trainee_id, SectionRead.module_id == module.id,
                SectionRead.section_key == section_key,
            ))
            if exists is None:
                session.add(SectionRead(trainee_id=trainee_id, module_id=module.id, section_key=section_key))
                session.flush()
            keys = self._read_keys(session, trainee_id, module.id)
            wanted = {s.key for s in module.sections}
            if progress.completed_at is None and wanted <= keys:
                progress.completed_at = utcnow()
        return self.status(trainee_id, module)

    def remember_position(self, trainee_id: int, module: Module, section_key: str) -> None:
        with self._sessions.begin() as session:
            self._progress_row(session, trainee_id, module).last_section = section_key

    def status(self, trainee_id: int, module: Module) -> ModuleStatus:
        return self.all_status(trainee_id, [module])[module.id]

    def all_status(self, trainee_id: int, modules) -> dict[str, ModuleStatus]:
        modules = list(modules)
        with self._sessions() as session:
            rows = session.execute(select(SectionRead.module_id, SectionRead.section_key).where(
                SectionRead.trainee_id == trainee_id)).all()
            progress = {p.module_id: p for p in session.scalars(
                select(ModuleProgress).where(ModuleProgress.trainee_id == trainee_id))}
        read: dict[str, set[str]] = {}
        for module_id, key in rows:
            read.setdefault(module_id, set()).add(key)
        result = {}
        for module in modules:
            valid = {s.key for s in module.sections}
            row = progress.get(module.id)
            result[module.id] = ModuleStatus(
                module_id=module.id, read_keys=frozenset(read.get(module.id, set()) & valid),
                section_count=len(module.sections),
                completed_at=row.completed_at if row else None,
                last_section=row.last_section if row else None,
            )
        return result

    @staticmethod
    def _read_keys(session: Session, trainee_id: int, module_id: str) -> set[str]:
        return set(session.scalars(select(SectionRead.section_key).where(
            SectionRead.trainee_id == trainee_id, SectionRead.module_id == module_id)))

    @staticmethod
    def _progress_row(session: Session, trainee_id: int, module: Module) -> ModuleProgress:
        row = session.scalar(select(ModuleProgress).where(
            ModuleProgress.trainee_id == trainee_id, ModuleProgress.module_id == module.id))
        if row is None:
            row = ModuleProgress(trainee_id=trainee_id, module_id=module.id, module_hash=module.content_hash)
            session.add(row)
            session.flush()
        return row
