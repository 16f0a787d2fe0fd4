"""The window opens on a filled dashboard before the storage layer (SQLAlchemy) is loaded,
then loads it while idle; the first save works either way."""

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
import argparse, gc, sys
import trainer.ui.app as app_module
from trainer.cli import main

windows, opening, parsers = [], [], []
make = app_module.create_window
real_parser_init = argparse.ArgumentParser.__init__
argparse.ArgumentParser.__init__ = lambda self, *a, **k: parsers.append(1) or real_parser_init(self, *a, **k)

def create_window(services):
    opening.append(f"gc-paused={not gc.isenabled()} argparse-parsers={len(parsers)}")
    windows.append(make(services))
    return windows[-1]

def apply_theme(app, *args):
    opening.append(f"{app.style().name()} chosen-at-creation={args[1]}")  # before the style sheet wraps it
    real_apply_theme(app, *args)

real_apply_theme = app_module.apply_theme
app_module.create_window, app_module.apply_theme = create_window, apply_theme
code = main(["--data-dir", sys.argv[1], "--quit-after-show"])
dashboard = windows[0].pages["dashboard"]
print("VERDICT", dashboard.verdict.text())
print("MODULES", dashboard.modules_label.text().replace(chr(10), " | ") or "-")
print("SQLALCHEMY", "sqlalchemy" in sys.modules)
print("OPENING", " ".join(opening))
print("AFTER", f"gc-enabled={gc.isenabled()} frozen={gc.get_freeze_count() > 0}")
sys.exit(code)
"""

ORDER = """
import sys
imported = []
sys.addaudithook(lambda event, args: event == "import" and imported.append(args[0]))
from trainer.cli import main

code = main(["--data-dir", sys.argv[1], "--quit-after-show"])
first = {name: imported.index(name) for name in ("trainer.services", "trainer.study.readiness", "PySide6.QtCore")}
logic = max(first["trainer.services"], first["trainer.study.readiness"])
print("ORDER", "logic-before-qt" if logic < first["PySide6.QtCore"] else "qt-first")
sys.exit(code)
"""

IDLE = """
import sys
from PySide6.QtWidgets import QApplication
from trainer.config import resolve_settings
from trainer.services import open_services

app = QApplication(sys.argv[:1])
services = open_services(resolve_settings(data_dir=sys.argv[1], environ={}), defer_storage=True)
print("BEFORE", "sqlalchemy.orm" in sys.modules, services.storage_open)
services.preload_work()()
services.wait_for_preload()
print("LOADED", "sqlalchemy.orm" in sys.modules, services.storage_open)
trainee = services.overview.trainees()[0]
services.trainees.update(trainee.id, name="Fast Start Renamed")
print("SAVED", services.storage_open, services.overview.trainee(trainee.id).name)
services.close()
"""


def _python(code, data_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("CPSW_TRAINER_DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True,
                            timeout=120, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    return dict(line.split(" ", 1) for line in result.stdout.splitlines() if line[:1].isupper() and " " in line)


def test_dashboard_is_filled_before_sqlalchemy_is_imported(tmp_path):
    _python(SEED, tmp_path)
    shown = _python(RUN, tmp_path)
    assert shown["VERDICT"].startswith("Not yet ready:")
    assert shown["MODULES"].startswith(f"Modules completed: 0 of {len(load_catalog(BUNDLED_CONTENT).modules)}")
    assert shown["SQLALCHEMY"] == "False"
    # Start-up shortcuts: the style is chosen when the QApplication is made (setStyle would
    # build QStyle's enums), no argparse parser is built (it looks up translations and the
    # terminal's size), and garbage collection is paused until the window shows.
    assert shown["OPENING"] == "fusion chosen-at-creation=True gc-paused=True argparse-parsers=0"
    assert shown["AFTER"] == "gc-enabled=True frozen=True"
    # PySide reads the source of each module imported after it; the logic comes first.
    assert _python(ORDER, tmp_path)["ORDER"] == "logic-before-qt"


def test_storage_loads_while_idle_and_the_first_save_works(tmp_path):
    _python(SEED, tmp_path)
    result = _python(IDLE, tmp_path)
    assert result["BEFORE"] == "False False"
    assert result["LOADED"] == "True False"  # imported, not yet opened
    assert result["SAVED"] == "True Fast Start Renamed"


def test_a_first_start_creates_the_database_at_once(tmp_path):
    shown = _python(RUN, tmp_path)
    # Created from the models' statements with sqlite3 alone (store.sqlite_schema): the window
    # shows before SQLAlchemy loads even on a first start.
    assert shown["SQLALCHEMY"] == "False"
    assert (tmp_path / "trainer.sqlite3").is_file()
    import sqlite3

    from trainer.store.sqlite_file import SCHEMA_HEAD

    with sqlite3.connect(tmp_path / "trainer.sqlite3") as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(SCHEMA_HEAD,)]
