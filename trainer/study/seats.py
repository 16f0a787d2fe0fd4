"""Who may be at this seat: the rule for asking "who is studying?" when the window opens."""

from __future__ import annotations


def must_choose_trainee(trainee_count: int, remembered: bool, shared_database: bool, pin_required: bool) -> bool:
    """Ask who is studying when there is someone to choose and the data may be shared — a shared
    database, an agency that requires PINs, or several trainees on this install — or when
    trainees exist but none is remembered here (e.g. after `cpsw-trainer demo` or an import)."""
    if trainee_count == 0:
        return False  # nobody yet: the first-run dialog adds the first trainee
    shared = shared_database or pin_required or trainee_count > 1
    return shared or not remembered
