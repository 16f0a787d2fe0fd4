"""The Qt binding must not leak references to None.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every call of a method that
returns void; after a few minutes of use the interpreter aborted with "none_dealloc". Python
3.12+ makes None immortal, which hides the bug there, so this test matters most on 3.11 — the
oldest Python the project allows, and the one the bundle and Debian 12 get."""

import sys

from PySide6.QtWidgets import QLabel, QPushButton

CALLS = 10_000


def _none_drift(call) -> int:
    call()  # the first call may cache things
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    return sys.getrefcount(None) - before


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
    # A leaking binding drifts by about -CALLS; a few references either way are noise.
    assert all(abs(value) < CALLS // 100 for value in drift.values()), drift
