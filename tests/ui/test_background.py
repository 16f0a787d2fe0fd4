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
