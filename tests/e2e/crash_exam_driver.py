"""Drives the real app in a child process: starts an exam, answers, then waits to be killed.

Run by tests/e2e/test_crash_resume.py, which kills it with SIGKILL mid-exam.
Usage: python crash_exam_driver.py DATA_DIR CONTENT_DIR ANSWERS
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from trainer.config import resolve_settings  # noqa: E402
from trainer.services import open_services  # noqa: E402
from trainer.ui.app import create_window  # noqa: E402


def main() -> None:
    data_dir, content_dir, answers = sys.argv[1], sys.argv[2], int(sys.argv[3])
    app = QApplication([])
    services = open_services(resolve_settings(data_dir=data_dir, content_dir=content_dir, environ={}))
    window = create_window(services)
    window.show()
    dialog = window.ask_for_trainee_if_needed()
    dialog.name_edit.setText("Crash Tester")
    dialog.accept()
    page = window.pages["practice"]
    window.show_page("practice")
    page.start_exam()
    runner = page.runner

    def answer_some():
        for number in range(answers):
            runner.view.choose_display(0)  # every question has at least two options
            if number == 1:
                runner.toggle_flag()
            runner.go_next()
        runner._save_time()
        print("ANSWERED", runner.attempt.id, flush=True)

    QTimer.singleShot(0, answer_some)
    app.exec()


if __name__ == "__main__":
    main()
