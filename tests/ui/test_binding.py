"""The Qt binding must not leak references to None.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every call of a method that
returns void; after a few minutes of use the interpreter aborted with "none_dealloc". Python
3.12+ makes None immortal, which hides the bug there, so this test matters most on 3.11 — the
oldest Python the project allows, and the one the bundle and Debian 12 get."""

import sys

from PySide6.QtWidgets import QLabel, QPushButton

CALLS = 10_000
CHUNK = 500
NOISE = 50  # a few references either way are caching, not a leak


def _none_drift(call) -> int:
    """The drift over CALLS calls, or the drift so far once it is clearly a leak: a leaking
    binding would otherwise free None itself and abort the test process."""
    call()  # the first call may cache things
    before = sys.getrefcount(None)
    for _ in range(CALLS // CHUNK):
        for _ in range(CHUNK):
            call()
        drift = sys.getrefcount(None) - before
        if abs(drift) > NOISE:
            return drift
    return drift


def test_void_calls_keep_the_reference_count_of_none(qtbot):
    label = QLabel()
    button = QPushButton()
    qtbot.addWidget(label)
    qtbot.addWidget(button)
    calls = {
        "setText": lambda: label.setText("a"),
        "setVisible": lambda: label.setVisible(False),
        "setToolTip": lambda: button.setToolTip("tip"),
        "setEnabled": lambda: button.setEnabled(True),
    }
    drift = {name: _none_drift(call) for name, call in calls.items()}
    assert all(abs(value) <= NOISE for value in drift.values()), f"None's references drift: {drift}"
