"""Start-up outcomes, not mechanisms: a returning trainee's dashboard is filled when the window
shows, the first save after it works, and a first start leaves a current database. How fast
it starts is the start benchmark's budget (tests/e2e/test_start_budget.py and benchmarks/)."""

import os
import subprocess
import sys

from tests.conftest import BUNDLED_CONTENT, ROOT
from trainer.content.loader import load_catalog

SEED = """
import sys
from trainer.config import resolve_settings
from trainer.services import open_services

services = open_services(resolve_settings(data_dir=sys.argv[1], environ={}))
trainee = services.trainees.create("Fast Start", "icrc-pr")
services.preferences.set("current_trainee_id", trainee.id)
module = next(iter(services.catalog.modules.values()))
services.progress.mark_read(trainee.id, module, module.sections[0].key)
services.close()
"""

RUN = """
import sys
import trainer.ui.app as app_module
from trainer.cli import main

windows = []
make = app_module.create_window
app_module.create_window = lambda services: windows.append(make(services)) or windows[-1]
code = main(["--data-dir", sys.argv[1], "--quit-after-show"])
dashboard = windows[0].pages["dashboard"]
print("VERDICT", dashboard.verdict.text())
print("MODULES", dashboard.modules_label.text().replace(chr(10), " | ") or "-")
sys.exit(code)
"""

IDLE = """
import sys
from PySide6.QtWidgets import QApplication
from trainer.config import resolve_settings
from trainer.services import open_services

app = QApplication(sys.argv[:1])
services = open_services(resolve_settings(data_dir=sys.argv[1], environ={}), defer_storage=True)
services.preload_work()()  # what the window runs on its background helper once it shows
trainee = services.overview.trainees()[0]
services.trainees.update(trainee.id, name="Fast Start Renamed")
print("SAVED", services.overview.trainee(trainee.id).name)
services.close()
"""


def _python(code, data_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("CPSW_TRAINER_DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True,
                            timeout=120, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    return dict(line.split(" ", 1) for line in result.stdout.splitlines() if line[:1].isupper() and " " in line)


def test_a_returning_trainee_sees_a_filled_dashboard(tmp_path):
    _python(SEED, tmp_path)
    shown = _python(RUN, tmp_path)
    assert shown["VERDICT"].startswith("Not yet ready:")
    assert shown["MODULES"].startswith(f"Modules completed: 0 of {len(load_catalog(BUNDLED_CONTENT).modules)}")


def test_the_first_save_after_start_works(tmp_path):
    _python(SEED, tmp_path)
    assert _python(IDLE, tmp_path)["SAVED"] == "Fast Start Renamed"


def test_a_first_start_creates_a_current_database(tmp_path):
    _python(RUN.replace('dashboard = windows[0].pages["dashboard"]', "sys.exit(code)"), tmp_path)
    assert (tmp_path / "trainer.sqlite3").is_file()
    import sqlite3

    from trainer.store.sqlite_file import SCHEMA_HEAD

    with sqlite3.connect(tmp_path / "trainer.sqlite3") as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(SCHEMA_HEAD,)]
