"""Reading progress: which sections of which modules a trainee has read."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from trainer.content.schema import Module
from trainer.store import reads
from trainer.store.models import ModuleProgress, SectionRead, utcnow
from trainer.study.records import ModuleStatus, module_statuses

__all__ = ["ModuleStatus", "ProgressService"]


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

    def remember_position(self, trainee_id: int, module: Module, section_key: str) -> bool:
        """Remember the section shown; True when this began the module (nothing was shown before)."""
        with self._sessions.begin() as session:
            row = self._progress_row(session, trainee_id, module)
            began = row.last_section is None
            row.last_section = section_key
        return began

    def status(self, trainee_id: int, module: Module) -> ModuleStatus:
        return self.all_status(trainee_id, [module])[module.id]

    def all_status(self, trainee_id: int, modules) -> dict[str, ModuleStatus]:
        with self._sessions() as session:
            reader = reads.session_reader(session)
            return module_statuses(modules, reads.section_reads(reader, trainee_id),
                                   reads.module_progress(reader, trainee_id))

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
