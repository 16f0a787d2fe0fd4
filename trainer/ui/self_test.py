"""Build every page against a temporary database (used by `cpsw-trainer self-test`); in
another language (`--language es`), every page is also walked for English left."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from trainer.config import Settings
from trainer.content.schema import Catalog
from trainer.services import open_services
from trainer.study.trainer_access import sign_in_temporary_trainer
from trainer.ui.english_left import english_left
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


def curriculum_texts(catalog: Catalog) -> set[str]:
    """Every English text of the curriculum: where no translation exists yet it shows in English,
    and validate reports it (the interface check leaves it to validate)."""
    found: set[str] = set()

    def walk(value, depth: int = 0) -> None:
        if isinstance(value, str):
            found.add(value.strip())
        elif depth < 6 and isinstance(value, dict):
            for item in value.values():
                walk(item, depth + 1)
        elif depth < 6 and isinstance(value, (tuple, list)):
            for item in value:
                walk(item, depth + 1)
        elif depth < 6 and hasattr(value, "__dict__") and not isinstance(value, type):
            walk(vars(value), depth + 1)

    for part in (catalog.domains, catalog.competencies, catalog.modules, catalog.banks, catalog.profiles,
                 catalog.scenarios, catalog.drills, catalog.notes):
        walk(part)
    return {text for text in found if len(text) > 1}


def build_every_page(settings: Settings, catalog: Catalog, language: str = "en") -> list[str]:
    app = QApplication.instance() or QApplication([])
    apply_theme(app, language=language)
    services = open_services(settings, catalog)
    english: list[str] = []
    try:
        profile = next(iter(catalog.profiles), None)
        trainee = services.trainees.create("Self Test", profile)
        services.preferences.set("current_trainee_id", trainee.id)
        services.preferences.set("language", language)
        sign_in_temporary_trainer(services.trainer_access, "Self Test Trainer")  # Author and Cohort too
        content = curriculum_texts(catalog) if language != "en" else set()
        if language != "en" and app.translate("QPlatformTheme", "Cancel") == "Cancel":
            raise RuntimeError(f"Qt's own {language} translations did not load (are they bundled?)")

        def check_language(where: str) -> None:
            if language != "en":
                found = english_left(window, language, names=("Self Test Trainer", "Self Test"),
                                     content=content, documents=False)
                english.extend(f"{where}: {text}" for text in found)
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
            check_language(key)
        modules_page = window.pages["modules"]
        for module in list(catalog.modules.values())[:3]:
            modules_page.open_module(module.id)
            app.processEvents()
            check_language(f"modules/{module.id}")
        if english:
            raise RuntimeError(f"English left in the {language} interface:\n  " + "\n  ".join(english))
        window.close()
        window.deleteLater()
        app.processEvents()
        _render_report(services, trainee.id, settings)
        return built
    finally:
        services.close()
