"""Render screenshots of the main pages to docs/screenshots/ (offscreen).

Usage: python tools/screenshots.py [OUT_DIR]
Uses a temporary data dir and the bundled content; nothing of yours is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from trainer.config import resolve_settings  # noqa: E402
from trainer.services import open_services  # noqa: E402
from trainer.ui.context import AppContext  # noqa: E402
from trainer.ui.main_window import MainWindow  # noqa: E402
from trainer.ui.theme import apply_theme  # noqa: E402


def shoot_practice(app, window, out: Path) -> None:
    page = window.pages["practice"]
    window.show_page("practice")
    page.start_practice("bank:stages-of-change", 10)
    runner = page.runner
    runner.view.choose_display(1)
    runner.primary_action()  # check: feedback shows
    app.processEvents()
    window.grab().save(str(out / "practice-feedback.png"))
    runner.primary_action()
    page.show_home()
    page.start_exam()
    for _ in range(12):
        runner.view.choose_display(0)
        runner.go_next()
    runner.toggle_flag()
    runner.open_navigator()
    app.processEvents()
    window.grab().save(str(out / "exam.png"))
    runner.navigator.grab().save(str(out / "exam-navigator.png"))
    runner.navigator.reject()
    runner.confirm = lambda *_: True
    runner.submit()
    app.processEvents()
    window.grab().save(str(out / "results.png"))
    page.show_home()
    app.processEvents()
    window.grab().save(str(out / "practice-home.png"))


def _wait(app, condition, seconds: float = 30.0) -> None:
    import time

    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot_demo(app, out: Path) -> None:
    """Pages that need history: a demo trainee with months of it."""
    from trainer.study.demo import create_demo
    from trainer.study.trainer_access import sign_in_temporary_trainer

    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(resolve_settings(data_dir=tmp, environ={}))
        create_demo(services, "Jordan Lee")
        services.trainees.create("Sam Rivera", "nm-cpsw")
        sign_in_temporary_trainer(services.trainer_access, "Screenshot Trainer")  # for the Cohort page
        context = AppContext(services)
        context.set_trainee(services.trainees.find("Jordan Lee"))
        window = MainWindow(context)
        window.resize(1200, 780)
        window.show()
        picker = window.ask_for_trainee_if_needed()
        app.processEvents()
        picker.grab().save(str(out / "trainee-picker.png"))
        picker.reject = lambda: None
        picker.done(1)
        for key in ("dashboard", "hours", "cohort"):
            window.show_page(key)
            _wait(app, lambda: False, 0.3)  # let layouts settle, as a person would see them
            window.grab().save(str(out / f"{key}.png"))
        author = window.pages["author"]  # trainer mode is on
        window.show_page("author")
        for tab, name in ((author.module_tab, "author-module"), (author.bank_tab, "author-bank")):
            author.tabs.setCurrentWidget(tab)
            _wait(app, lambda: False, 0.3)
            window.grab().save(str(out / f"{name}.png"))
        window.show_page("reports")
        reports = window.pages["reports"]
        reports.make_report()
        _wait(app, lambda: not reports.busy)
        _wait(app, lambda: reports.document.pageCount() > 0, 5)
        _wait(app, lambda: False, 2)  # the preview renders pages asynchronously
        window.grab().save(str(out / "reports.png"))
        window.show_page("practice")
        app.processEvents()
        window.grab().save(str(out / "practice-home.png"))
        shoot_sizes_and_colours(app, window, out)
        window.close()
        services.close()


def shoot_sizes_and_colours(app, window, out: Path) -> None:
    """A small laptop screen, the largest text size, and the dark colours."""
    from trainer.ui.context import PREFERENCES
    from trainer.ui.theme import set_font_scale, set_scheme

    def shoot(name: str, pages) -> None:
        for key in pages:
            window.show_page(key)
            _wait(app, lambda: False, 0.4)
            window.grab().save(str(out / f"{name}-{key}.png"))

    window.resize(1024, 600)
    shoot("small", ("dashboard", "hours", "practice"))
    set_font_scale(app, 1.75)
    window.context.changed.emit(PREFERENCES)
    window.resize(1366, 768)
    shoot("text-175", ("dashboard", "hours", "settings"))
    set_font_scale(app, 1.0)
    window.context.changed.emit(PREFERENCES)
    set_scheme(app, "dark")
    window.resize(1200, 780)
    shoot("dark", ("dashboard", "hours"))
    set_scheme(app, "light")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_theme(app)
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(resolve_settings(data_dir=tmp, environ={}))
        window = MainWindow(AppContext(services))
        window.resize(1200, 780)
        window.show()
        dialog = window.ask_for_trainee_if_needed()
        dialog.name_edit.setText("Jordan Lee")
        app.processEvents()
        dialog.grab().save(str(out / "first-run.png"))
        dialog.accept()
        modules = window.pages["modules"]
        catalog = services.catalog
        stages = catalog.modules.get("stages-of-change") or next(iter(catalog.modules.values()))
        for section in stages.sections[:3]:
            services.progress.mark_read(window.context.trainee.id, stages, section.key)
        window.context.changed.emit("progress")
        app.processEvents()
        window.grab().save(str(out / "dashboard.png"))
        window.show_page("modules")
        app.processEvents()
        window.grab().save(str(out / "modules.png"))
        modules.open_module(stages.id, stages.sections[1].key)
        app.processEvents()
        window.grab().save(str(out / "reader.png"))
        shoot_practice(app, window, out)
        window.close()
        services.close()
        shoot_demo(app, out)
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
