"""Everything a window or a command needs, opened once and passed in.

The catalog and preferences are ready at once. The storage layer (SQLAlchemy, the
services that write) is opened on first use: the window can then show a trainee's
dashboard from `overview`, read with plain sqlite3, before SQLAlchemy is even imported.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from functools import cached_property

from trainer.config import LocalPreferences, Settings
from trainer.content.cache import load_catalog_cached
from trainer.content.schema import Catalog
from trainer.store import reads
from trainer.store.sqlite_file import (  # noqa: F401 - the window catches these errors from here
    DatabaseDamaged,
    DatabaseError,
    open_current,
)
from trainer.study.overview import Overview

# What the storage layer imports; loading them ahead (e.g. while the app is idle) makes
# the first use of `database` quick.
LOG_LIMIT, LOG_KEEP = 1_000_000, 3
PRELOAD_WAIT_SECONDS = 60  # a preload queued behind other work still finishes; never wait forever
STORAGE_MODULES = ("trainer.store.db", "trainer.store.recovery", "trainer.store.backups",
                   "trainer.study.attempts", "trainer.study.attestations", "trainer.study.hours",
                   "trainer.study.pins", "trainer.study.progress", "trainer.study.review", "trainer.study.trainees",
                   "trainer.study.accounts")


class Services:
    def __init__(self, settings: Settings, catalog: Catalog, quick: sqlite3.Connection | None = None):
        self.settings = settings
        self.catalog = catalog
        self.preferences = LocalPreferences(settings.settings_file)
        self._quick = quick  # a plain connection to a current database, until `database` opens
        self._preload_started, self._preload_done = threading.Event(), threading.Event()
        self.overview = Overview(self.reader)

    # ---- the storage layer, opened on first use ----------------------------------------
    @cached_property
    def database(self):
        self.wait_for_preload()
        from trainer.store.db import open_database

        # A start on the plain connection already checked the file: no second full read of it.
        database = open_database(self.settings.database_url, self.settings.backup_dir,
                                 self.settings.agency.keep_backups, integrity_checked=self._quick is not None)
        self._close_quick()
        return database

    @cached_property
    def backups(self):
        """Backups and restore (SQLite only): automatic backups follow the writes of this session."""
        return backup_service(self.settings, database=lambda: self.database if self.storage_open else None,
                              release=self._close_quick)

    def backup_if_due(self) -> None:
        """The window calls this now and then: a backup after half an hour of use with changes."""
        if not self.storage_open:
            return  # nothing written yet: nothing to back up, and no need to load the storage layer
        try:
            self.backups.back_up_if_due()
        except (OSError, sqlite3.Error):  # a full disk must not interrupt the work; the log says it
            logging.getLogger(__name__).exception("could not make the automatic backup")

    @property
    def storage_open(self) -> bool:
        return "database" in self.__dict__

    @cached_property
    def trainees(self):
        from trainer.study.trainees import TraineeService

        return TraineeService(self.database.sessions)

    @cached_property
    def progress(self):
        from trainer.study.progress import ProgressService

        return ProgressService(self.database.sessions)

    @cached_property
    def review(self):
        from trainer.study.review import ReviewService

        return ReviewService(self.database.sessions)

    @cached_property
    def attempts(self):
        from trainer.study.attempts import AttemptService

        return AttemptService(self.database.sessions, lambda: self.catalog, on_missed=self.review.add_missed)

    @cached_property
    def hours(self):
        from trainer.study.hours import HoursService

        return HoursService(self.database.sessions)

    @cached_property
    def attestations(self):
        from trainer.study.attestations import AttestationService

        return AttestationService(self.database.sessions)

    @cached_property
    def attachments(self):
        from trainer.study.attachments import AttachmentService

        return AttachmentService(self.database.sessions, self.settings.data_dir)

    @cached_property
    def ce_log(self):
        from trainer.study.ce_log import CeLogService

        return CeLogService(self.database.sessions, self.attachments)

    @cached_property
    def certifications(self):
        from trainer.study.certification import CertificationService

        return CertificationService(self.database.sessions)

    @cached_property
    def conversations(self):
        """Role-play runs, written a choice at a time (the Conversations page)."""
        from trainer.study.conversation_records import ConversationRecords

        return ConversationRecords(self.database.sessions)

    @cached_property
    def drills(self):
        """Reflection-drill self-ratings (the Conversations page's drills tab, the Cohort)."""
        from trainer.study.drill_records import DrillRecords

        return DrillRecords(self.database.sessions)

    @cached_property
    def notes(self):
        """Progress-note drafts and checks (the Conversations page's notes tab)."""
        from trainer.study.note_records import NoteRecords

        return NoteRecords(self.database.sessions)

    @cached_property
    def trainee_packs(self):
        """One trainee's data as a file to carry elsewhere, and taking such a file in (#22)."""
        from trainer.study.trainee_pack import TraineePacks

        return TraineePacks(self.database.sessions, self.attachments.folder)

    @cached_property
    def pins(self):
        from trainer.study.pins import PinService

        return PinService(self.database.sessions)

    @cached_property
    def accounts(self):
        from trainer.study.accounts import AccountService

        return AccountService(self.database.sessions)

    @cached_property
    def trainer_access(self):
        """Trainer mode for this session only: never saved, so every start is outside it."""
        from trainer.study.trainer_access import TrainerAccess

        agency = self.settings.agency
        return TrainerAccess(lambda: self.accounts, agency.trainer_password_hash, agency.require_trainer_login)

    @cached_property
    def reports(self):
        """Issuing and listing reports: the one path for the window and the `report` command."""
        from trainer.reports import ReportService
        from trainer.study.issued_reports import IssuedReportService
        from trainer.study.readiness import ReadinessService
        from trainer.study.signoff_records import valid_mapping

        return ReportService(catalog=lambda: self.catalog, trainees=self.trainees, hours=self.hours,
                             readiness=ReadinessService(lambda: self.catalog, self.overview,
                                                        verified=self.signoff.verified_totals),
                             issued=IssuedReportService(self.database.sessions),
                             reports_dir=self.settings.data_dir / "reports",
                             signed=lambda trainee_id: valid_mapping(self.signoff.checks(trainee_id)),
                             skills=self._conversation_skills)

    def _conversation_skills(self, trainee_id: int, language: str = "en") -> dict:
        """The readiness report's conversation-skills data: the latest role-play taken to an ending."""
        from trainer.content.translations import in_language
        from trainer.reports.skills_section import skills_data

        titles = {scenario.id: scenario.title for scenario in in_language(self.catalog, language).scenarios.values()}
        return skills_data(self.overview.latest_conversation(trainee_id), titles)

    @cached_property
    def signoff(self):
        """Supervisors' signatures over hours entries, checked against the authorities this install
        trusts (the agency file's `trust_ca`; nobody when stand-alone)."""
        from trainer.signing.trust import trust_of_agency
        from trainer.study.signoff import Checker
        from trainer.study.signoff_records import SignoffService

        return SignoffService(self.database.sessions, self.hours,
                              Checker(lambda: trust_of_agency(self.settings.agency)))

    @contextlib.contextmanager
    def reader(self) -> Iterator[reads.Reader]:
        """Plain SQL reads: on the start-up connection until the storage layer opens."""
        if self._quick is not None and not self.storage_open:
            yield reads.Reader(self._quick, sqlite=True)
            return
        with self.database.sessions() as session:
            yield reads.session_reader(session)

    def load_storage_modules(self) -> None:
        """Import the storage layer without opening it."""
        import importlib

        for name in STORAGE_MODULES:
            importlib.import_module(name)

    def preload_work(self):
        """The work of importing the storage layer ahead of its first use (the window runs it
        on the background helper while the trainee looks at the dashboard), so that the
        first save only has to open the database. Marked as started at once: from then on,
        `wait_for_preload` waits for it rather than importing the same modules alongside."""
        self._preload_started.set()

        def work(_progress=None) -> None:
            try:
                self.load_storage_modules()
            except Exception:  # noqa: BLE001 - the main thread will import (and report) it when needed
                logging.getLogger(__name__).exception("could not preload the storage layer")
            finally:
                self._preload_done.set()

        return work

    def wait_for_preload(self) -> None:
        """Let a running preload finish before this thread imports the same modules: two
        threads importing one package tree at once can meet half-initialised modules."""
        if self._preload_started.is_set() and threading.current_thread() is threading.main_thread():
            self._preload_done.wait(PRELOAD_WAIT_SECONDS)

    def _close_quick(self) -> None:
        quick, self._quick = self._quick, None
        if quick is not None:
            try:
                quick.close()
            except sqlite3.ProgrammingError:
                pass  # a restore on the background helper: dropped here, the connection closes as it goes

    def close(self) -> None:
        self.wait_for_preload()  # no import left running while the interpreter shuts down
        self._close_quick()
        if self.storage_open:
            try:
                self.backups.back_up_if_changed()  # the work of this session, or command
            except (OSError, sqlite3.Error):
                logging.getLogger(__name__).exception("could not back up on close")
            self.database.dispose()


def backup_service(settings: Settings, database=lambda: None, release=lambda: None):
    """The one backup and restore service (also before the database can be opened)."""
    from trainer.store.backups import BackupService

    return BackupService(settings.database_path, settings.backup_dir, settings.agency.keep_backups,
                         database=database, release=release, data_folder=settings.data_dir)


def setup_logging(settings: Settings) -> None:
    """Unexpected errors go to a log file in the data dir (never names or answers)."""
    root = logging.getLogger()
    target = str(settings.log_dir / "trainer.log")
    for old in [h for h in root.handlers if getattr(h, "_cpsw", False)]:
        if getattr(old, "baseFilename", None) == target:
            return
        root.removeHandler(old)  # a new data dir (tests, restore) gets its own log
        old.close()
    rotate_log(settings.log_dir / "trainer.log")
    handler = logging.FileHandler(target, encoding="utf-8")
    handler._cpsw = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def rotate_log(path, keep: int = LOG_KEEP, limit: int = LOG_LIMIT) -> None:
    """At start, a log over `limit` bytes moves to .1 (and .1 to .2 ...): the log stays small
    without logging.handlers, which is slow to import."""
    try:
        if not path.exists() or path.stat().st_size < limit:
            return
        for number in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{number + 1}"))
        path.replace(path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # a log that cannot rotate only grows


def load_full_catalog(settings: Settings) -> Catalog:
    """Bundled content, then installed packs on top. The agency's packs are installed first
    if they are not yet (or only an older version is); the bundled content is parsed once."""
    base = load_catalog_cached(settings.content_dir, settings.data_dir / "cache")
    packs_dir = settings.packs_dir
    if not settings.agency.content_packs and not (packs_dir.is_dir() and any(packs_dir.iterdir())):
        return base  # no packs: skip importing the pack machinery
    from trainer.content.loader import extend_catalog
    from trainer.content.packs import install_agency_packs, installed_pack_roots

    problems = install_agency_packs(settings.agency.content_packs, packs_dir, base)
    for problem in problems:
        logging.getLogger(__name__).warning("%s", problem)
    roots = installed_pack_roots(packs_dir)
    catalog = extend_catalog(base, roots) if roots else base
    catalog.errors.extend(problems)  # shown with the other content problems
    return catalog


def open_services(settings: Settings, catalog: Catalog | None = None, *, defer_storage: bool = False) -> Services:
    """Open everything. With `defer_storage`, a SQLite database that is healthy and current
    is read through plain sqlite3 until the storage layer is first needed; anything else
    (a new, old, damaged or shared database) is opened in full at once, as without it."""
    settings.ensure_dirs()
    setup_logging(settings)
    catalog = catalog if catalog is not None else load_full_catalog(settings)
    quick = open_current(settings.database_path) if defer_storage else None
    services = Services(settings, catalog, quick)
    if quick is None:
        services.database  # noqa: B018 - open now: errors surface before any window shows
    return services
