"""Build every page against a temporary database (used by `cpsw-trainer self-test`)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from trainer.config import Settings
from trainer.content.schema import Catalog
from trainer.services import open_services
from trainer.study.trainer_access import sign_in_temporary_trainer
from trainer.ui.main_window import PAGE_KEYS
from trainer.ui.theme import apply_theme


def _render_report(services, trainee_id: int, settings: Settings) -> None:
    """Draw a readiness report and check it verifies (the document path end to end)."""
    from trainer.reports.verify import VALID, verify_report

    if not services.catalog.profiles:
        print("report: skipped (no certification profile in this content)")
        return
    out = settings.data_dir / "self-test-report.pdf"
    info = services.reports.issue(trainee_id, out)
    result = verify_report(out)
    if result.status != VALID:
        raise RuntimeError(f"the self-test report did not verify: {result.status}")
    print(f"report: verified ({info.code})")


def build_every_page(settings: Settings, catalog: Catalog) -> list[str]:
    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    services = open_services(settings, catalog)
    try:
        profile = next(iter(catalog.profiles), None)
        trainee = services.trainees.create("Self Test", profile)
        services.preferences.set("current_trainee_id", trainee.id)
        sign_in_temporary_trainer(services.trainer_access, "Self Test Trainer")  # Author and Cohort too
        from trainer.ui.app import create_window

        window = create_window(services)
        from trainer.ui.app import set_window_icon

        set_window_icon(app)
        if app.windowIcon().pixmap(32, 32).isNull():
            raise RuntimeError("the window icon did not load (is Qt's SVG image plugin bundled?)")
        built = []
        for key in PAGE_KEYS:
            window.show_page(key)
            app.processEvents()
            if window.current_page_key() != key:
                raise RuntimeError(f"page {key} could not be shown")
            built.append(key)
        modules_page = window.pages["modules"]
        for module in list(catalog.modules.values())[:3]:
            modules_page.open_module(module.id)
            app.processEvents()
        window.close()
        window.deleteLater()
        app.processEvents()
        _render_report(services, trainee.id, settings)
        return built
    finally:
        services.close()
