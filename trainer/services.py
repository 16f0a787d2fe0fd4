"""Everything a window or a command needs, opened once and passed in."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler

from trainer.config import LocalPreferences, Settings
from trainer.content.cache import load_catalog_cached
from trainer.content.loader import extend_catalog
from trainer.content.packs import install_agency_packs, installed_pack_roots
from trainer.content.schema import Catalog
from trainer.store.db import Database, open_database
from trainer.store.recovery import backup_if_due
from trainer.study.attempts import AttemptService
from trainer.study.attestations import AttestationService
from trainer.study.hours import HoursService
from trainer.study.pins import PinService
from trainer.study.progress import ProgressService
from trainer.study.review import ReviewService
from trainer.study.trainees import TraineeService


@dataclass
class Services:
    settings: Settings
    catalog: Catalog
    database: Database
    preferences: LocalPreferences
    trainees: TraineeService
    progress: ProgressService
    attempts: AttemptService
    review: ReviewService
    hours: HoursService
    attestations: AttestationService
    pins: PinService

    @property
    def shared_seats(self) -> bool:
        """Several people may use this data: a shared database, an agency rule, or several trainees."""
        return (not self.database.is_sqlite or self.settings.agency.require_pin
                or len(self.trainees.all()) > 1)

    def close(self) -> None:
        self.database.dispose()


def setup_logging(settings: Settings) -> None:
    """Unexpected errors go to a log file in the data dir (never names or answers)."""
    root = logging.getLogger()
    target = str(settings.log_dir / "trainer.log")
    for old in [h for h in root.handlers if getattr(h, "_cpsw", False)]:
        if getattr(old, "baseFilename", None) == target:
            return
        root.removeHandler(old)  # a new data dir (tests, restore) gets its own log
        old.close()
    handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3)
    handler._cpsw = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def load_full_catalog(settings: Settings) -> Catalog:
    """Bundled content, then installed packs on top. The agency's packs are installed first
    if they are not yet (or only an older version is); the bundled content is parsed once."""
    base = load_catalog_cached(settings.content_dir, settings.data_dir / "cache")
    problems = install_agency_packs(settings.agency.content_packs, settings.packs_dir, base)
    for problem in problems:
        logging.getLogger(__name__).warning("%s", problem)
    roots = installed_pack_roots(settings.packs_dir)
    catalog = extend_catalog(base, roots) if roots else base
    catalog.errors.extend(problems)  # shown with the other content problems
    return catalog


def open_services(settings: Settings, catalog: Catalog | None = None) -> Services:
    settings.ensure_dirs()
    setup_logging(settings)
    catalog = catalog if catalog is not None else load_full_catalog(settings)
    database = open_database(settings.database_url, settings.backup_dir, settings.agency.keep_backups)
    backup_if_due(database)
    sessions = database.sessions
    review = ReviewService(sessions)
    return Services(
        settings=settings, catalog=catalog, database=database,
        preferences=LocalPreferences(settings.settings_file),
        trainees=TraineeService(sessions), progress=ProgressService(sessions),
        attempts=AttemptService(sessions, catalog, on_missed=review.add_missed),
        review=review, hours=HoursService(sessions), attestations=AttestationService(sessions),
        pins=PinService(sessions),
    )
