"""The soak run (`cpsw-trainer soak`): one long session through every page, as a person
would use it, in a real window; it checks the process stays alive, memory stays flat after
warm-up and the CPU falls to idle once each page settles.

It uses a temporary data folder and a private copy of the content, never the user's."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from trainer.config import resolve_settings
from trainer.ui.soak.monitor import UpdateCounter, cpu_share, resident_bytes

# Of one core, once a page has settled. A settled window costs about 1% here (a caret blinking, the
# X server's events): 3% failed a run on a slower shared machine (3.3-4.6% on every page, where a quiet
# run peaks at 3.4% and settles at 1%); the fault this guards against, a layout loop, kept a core busy.
IDLE_SHARE = 0.05
IDLE_WINDOW_SECONDS = 1.0
IDLE_TRIES = 4  # a page may take a moment to settle (a report painting, a preview)
MEMORY_GROWTH = 0.20  # after warm-up
WARM_UP_ROUNDS = 2


@dataclass
class SoakReport:
    seconds: float = 0.0
    rounds: int = 0
    updates: int = 0
    dialogs_answered: int = 0
    rss_mb: list[float] = field(default_factory=list)  # after each round
    busy_pages: dict[str, float] = field(default_factory=dict)  # page -> share, when never idle
    idle_checks: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def memory_growth(self) -> float:
        if len(self.rss_mb) <= WARM_UP_ROUNDS:
            return 0.0
        warm = self.rss_mb[WARM_UP_ROUNDS - 1]
        return (max(self.rss_mb[WARM_UP_ROUNDS:]) - warm) / warm

    def problems(self, min_seconds: float, min_updates: int) -> list[str]:
        found = list(self.errors)
        if self.seconds < min_seconds:
            found.append(f"ran {self.seconds:.0f} s, fewer than {min_seconds:.0f}")
        if self.updates < min_updates:
            found.append(f"{self.updates} widget updates, fewer than {min_updates}")
        if self.rounds <= WARM_UP_ROUNDS:
            found.append(f"only {self.rounds} rounds: memory after warm-up was not measured")
        if self.memory_growth >= MEMORY_GROWTH:
            found.append(f"memory grew {self.memory_growth:.0%} after warm-up ({self.rss_mb})")
        for page, share in self.busy_pages.items():
            found.append(f"{page}: {share:.1%} of a core after settling")
        return found

    def as_json(self) -> str:
        data = asdict(self)
        data["memory_growth"] = round(self.memory_growth, 4)
        return json.dumps(data, indent=2)


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def run_soak(content_dir: Path, min_seconds: float = 120, min_updates: int = 20_000,
             log=print) -> SoakReport:
    from trainer.services import open_services
    from trainer.study.demo import create_demo
    from trainer.study.trainer_access import sign_in_temporary_trainer
    from trainer.ui.app import create_window
    from trainer.ui.soak.person import Person
    from trainer.ui.theme import apply_theme, new_application

    report = SoakReport()
    app = QApplication.instance() or new_application(["cpsw-trainer-soak"])
    apply_theme(app)
    counter = UpdateCounter()
    app.installEventFilter(counter)
    with tempfile.TemporaryDirectory(prefix="cpsw-soak-") as tmp:
        work = Path(tmp)
        content = work / "content"
        shutil.copytree(content_dir, content)  # the Author page may save
        settings = resolve_settings(data_dir=work / "data", content_dir=content, environ={})
        services = open_services(settings)
        try:
            sign_in_temporary_trainer(services.trainer_access, "Soak Trainer")  # Author and Cohort too
            create_demo(services, "Dee Monstration")
            window = create_window(services)
            window.context.set_trainee(services.trainees.find("Dee Monstration"))
            window.resize(1100, 720)
            window.show()
            window.activateWindow()
            wait(300)
            person = Person(window, work, wait)
            started = time.monotonic()
            while True:
                _round(person, report)
                report.seconds = time.monotonic() - started
                report.updates = counter.count
                report.dialogs_answered = person.answerer.answered
                log(f"round {report.rounds}: {report.seconds:.0f} s, {report.updates} updates, "
                    f"{report.rss_mb[-1]:.0f} MB")
                if report.seconds >= min_seconds and report.updates >= min_updates \
                        and report.rounds > WARM_UP_ROUNDS:
                    break
            window.close()
            wait(100)
        finally:
            services.close()
    return report


def round_steps(person, number: int) -> list:
    """What a person does in one round: every page, a full exam, the hours log."""
    return [
        ("dashboard", person.dashboard),
        ("modules", lambda: person.read_module(number)),
        ("practice", person.practice_set),
        ("exam", person.full_exam),
        ("review", person.review),
        ("conversation", lambda: person.conversation(number)),
        ("hours", person.hours),
        ("renewal", person.renewal),
        ("reports", person.report),
        ("settings", lambda: person.settings(number)),
        ("author", person.author),
        ("cohort", person.cohort),
    ]


def _round(person, report: SoakReport) -> None:
    number = report.rounds
    for name, step in round_steps(person, number):
        try:
            step()
        except Exception as exc:  # noqa: BLE001 - reported, and the soak fails on it
            report.errors.append(f"round {number}, {name}: {type(exc).__name__}: {exc}")
            continue
        _check_idle(name, report)
    report.rounds += 1
    report.rss_mb.append(round(resident_bytes() / 2**20, 1))


def _check_idle(name: str, report: SoakReport) -> None:
    wait(300)
    shares = []
    for _ in range(IDLE_TRIES):
        shares.append(cpu_share(wait, IDLE_WINDOW_SECONDS))
        if shares[-1] < IDLE_SHARE:
            break
    report.idle_checks += 1
    if shares[-1] >= IDLE_SHARE:
        report.busy_pages[name] = max(report.busy_pages.get(name, 0.0), shares[-1])
