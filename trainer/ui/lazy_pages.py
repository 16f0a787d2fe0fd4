"""Pages built the first time they are needed, so start-up imports and builds only the
Dashboard and Modules. Reading `window.pages[key]` builds that page if it was not yet."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget


def page_factories() -> dict[str, Callable]:
    """Each page's constructor, imported only when it is first built."""

    def practice(context):
        from trainer.ui.pages.practice import PracticePage
        services = context.services
        return PracticePage(context, attempts=services.attempts, review=services.review, overview=services.overview)

    def conversations(context):
        from trainer.ui.pages.conversations.page import ConversationsPage
        services = context.services
        return ConversationsPage(context, records=lambda: services.conversations, drills=lambda: services.drills,
                                 notes=lambda: services.notes)

    def hours(context):
        from trainer.ui.pages.hours import HoursPage
        services = context.services
        return HoursPage(context, hours=services.hours, attestations=services.attestations,
                         signoff=lambda: services.signoff, attachments=lambda: services.attachments)

    def renewal(context):
        from trainer.ui.pages.renewal import RenewalPage
        services = context.services

        def make_packet():  # the packet's services open only when one is made
            from functools import partial

            from trainer.operations.renewal import issue_renewal_packet
            from trainer.study.issued_reports import IssuedReportService

            issue = partial(issue_renewal_packet, trainees=services.trainees, certifications=services.certifications,
                            ce_log=services.ce_log, attachments=services.attachments,
                            issued=IssuedReportService(services.database.sessions),
                            agency=services.settings.agency.agency_name, signing_dir=services.reports.signing_dir)
            return lambda catalog, trainee_id, out, progress, language="en": issue(
                catalog=catalog, trainee_id=trainee_id, out=out, progress=progress, language=language)

        return RenewalPage(context, certifications=services.certifications, ce_log=services.ce_log,
                           attachments=services.attachments, make_packet=make_packet,
                           reports_dir=services.settings.data_dir / "reports")

    def reports(context):
        from trainer.ui.pages.reports import ReportsPage
        services = context.services
        return ReportsPage(context, reports=services.reports, agency=services.settings.agency)

    def author(context):
        from trainer.ui.pages.author import AuthorPage, content_folders
        settings = context.services.settings
        return AuthorPage(context, folders=content_folders(settings), locked=settings.agency.lock_authoring)

    def settings(context):
        from trainer.ui.pages.settings import SettingsPage
        services = context.services
        return SettingsPage(context, backups=services.backups, trainer_access=services.trainer_access,
                            trainees=lambda: services.trainees, data_dir=services.settings.data_dir,
                            trainee_packs=lambda: services.trainee_packs)

    def cohort(context):
        from trainer.study.cohort import CohortService
        from trainer.ui.pages.cohort import CohortPage
        services = context.services
        return CohortPage(context, cohort=CohortService(lambda: context.catalog, lambda: services.database))

    def dashboard(context):
        from trainer.study.renewal_overview import RenewalOverview
        from trainer.ui.pages.dashboard import DashboardPage
        services = context.services
        return DashboardPage(context, overview=services.overview, renewal=RenewalOverview(services.reader))

    def modules(context):
        from trainer.ui.pages.modules import ModulesPage
        services = context.services
        return ModulesPage(context, progress=lambda: services.progress)

    return {"dashboard": dashboard, "modules": modules, "practice": practice, "conversations": conversations,
            "hours": hours, "renewal": renewal, "reports": reports, "author": author, "settings": settings, "cohort": cohort}


class LazyPages(Mapping):
    """The pages by key. The stack holds only the pages built so far (an empty placeholder
    per page would cost a widget each at start); `show` builds a page and brings it up."""

    def __init__(self, context, stack: QStackedWidget, keys: tuple[str, ...]):
        self.context = context
        self.stack = stack
        self.keys = keys
        self.factories = page_factories()
        self.built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in self.keys:
            raise KeyError(key)
        page = self.built.get(key)
        if page is None:
            self.context.services.wait_for_preload()  # pages import the storage layer too
            page = self.factories[key](self.context)
            self.stack.addWidget(page)
            self.built[key] = page
        return page

    def show(self, key: str) -> QWidget:
        page = self[key]
        self.stack.setCurrentWidget(page)
        return page

    def current_key(self) -> str | None:
        current = self.stack.currentWidget()
        return next((key for key, page in self.built.items() if page is current), None)

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)
