import threading

from trainer.ui.background import run_in_background


def test_result_comes_back_on_the_gui_thread(qtbot):
    main = threading.get_ident()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    run_in_background(work, lambda result: seen.update(result=result, thread=threading.get_ident()),
                      lambda error: seen.update(error=error))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42 and seen["thread"] == main and seen["worker"] != main


def test_failure_comes_back_as_an_exception(qtbot):
    seen = {}

    def work():
        raise ValueError("broken input")

    run_in_background(work, lambda result: seen.update(result=result), lambda error: seen.update(error=error))
    qtbot.waitUntil(lambda: "error" in seen, timeout=5000)
    assert isinstance(seen["error"], ValueError) and str(seen["error"]) == "broken input"


def test_progress_shows_a_dialog_for_slow_work_and_cancel_stops_it(qtbot):
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from trainer.ui.background import run_task

    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    seen = {}
    gate = threading.Event()

    def work(progress):
        for step in range(1000):
            progress(step, 1000)
            gate.wait(0.01)
        return "finished"  # never reached: the person cancels

    task = run_task(owner, work, lambda r: seen.update(result=r), lambda e: seen.update(error=e),
                    on_cancelled=lambda: seen.update(cancelled=True), label="Importing…", cancellable=True)
    qtbot.waitUntil(lambda: owner.findChild(QProgressDialog) is not None, timeout=5000)
    dialog = owner.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.maximum() == 1000 and dialog.value() > 0, timeout=5000)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: seen.get("cancelled"), timeout=5000)
    assert task.cancel_requested and "result" not in seen and "error" not in seen
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def test_quick_work_shows_no_dialog(qtbot):
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from trainer.ui.background import run_task

    owner = QWidget()
    qtbot.addWidget(owner)
    seen = {}
    run_task(owner, lambda progress: progress(1, 1) or 7, lambda r: seen.update(result=r),
             lambda e: seen.update(error=e), label="Saving…")
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    qtbot.wait(600)  # past the moment a dialog would appear
    assert seen["result"] == 7 and owner.findChild(QProgressDialog) is None


def test_a_result_for_a_closed_page_is_dropped(qtbot):
    from PySide6.QtWidgets import QWidget

    from trainer.ui.background import run_task

    owner = QWidget()
    seen = {}
    gate = threading.Event()
    finished = threading.Event()

    def work(_progress):
        gate.wait(5)
        finished.set()
        return 1

    run_task(owner, work, lambda r: seen.update(result=r), lambda e: seen.update(error=e))
    owner.deleteLater()
    qtbot.wait(50)  # the page is gone
    gate.set()
    assert finished.wait(5)
    qtbot.wait(100)  # the result reaches the GUI thread and is dropped
    assert seen == {}
