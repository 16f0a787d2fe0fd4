"""Trainee PINs on shared computers: salted scrypt hashes, and slower tries after mistakes."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.messages import QT_TRANSLATE_NOOP, Message, MessageError, message, translate

# The storage layer loads only when a PIN is set or checked: the first-run dialog imports this
# module before the window shows.
if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

# scrypt cost: about 50 ms here; enough to make guessing slow, not enough to annoy.
N, R, P = 2**14, 8, 1
FREE_TRIES = 3  # wrong PINs allowed before waits begin
MAX_WAIT_SECONDS = 300


class PinError(MessageError):
    pass


@dataclass(frozen=True)
class PinResult:
    ok: bool
    wait_seconds: int = 0  # how long before another try is accepted
    message: Message | None = None


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=32)
    return f"scrypt${N}${R}${P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(pin.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                            dklen=len(expected))
    return hmac.compare_digest(actual, expected)


def check_pin_format(pin: str) -> str:
    pin = (pin or "").strip()
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise PinError(message(QT_TRANSLATE_NOOP("messages", "A PIN is 4 to 12 digits.")))
    return pin


def wait_after(failures: int) -> int:
    """Seconds to wait after this many wrong tries: none at first, then doubling."""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_WAIT_SECONDS, 5 * 2 ** (failures - FREE_TRIES))


def _utcnow() -> dt.datetime:
    from trainer.store.models import utcnow

    return utcnow()


class PinService:
    def __init__(self, sessions: sessionmaker[Session], now: Callable[[], dt.datetime] = _utcnow):
        from trainer.store.models import Trainee

        self._sessions = sessions
        self._now = now
        self._trainee = Trainee

    def set_pin(self, trainee_id: int, pin: str | None) -> None:
        """Set a new PIN, or remove it with None."""
        with self._sessions.begin() as session:
            row = session.get(self._trainee, trainee_id)
            row.pin_hash = hash_pin(check_pin_format(pin)) if pin else None
            row.pin_failures = 0
            row.pin_locked_until = None

    def has_pin(self, trainee_id: int) -> bool:
        with self._sessions() as session:
            row = session.get(self._trainee, trainee_id)
            return bool(row and row.pin_hash)

    def check(self, trainee_id: int, pin: str) -> PinResult:
        with self._sessions.begin() as session:
            row = session.get(self._trainee, trainee_id)
            if row is None:
                return PinResult(False, 0, message(QT_TRANSLATE_NOOP("messages", "That trainee no longer exists.")))
            if not row.pin_hash:
                return PinResult(True)
            now = self._now()
            if row.pin_locked_until and row.pin_locked_until > now:
                wait = int((row.pin_locked_until - now).total_seconds()) + 1
                return PinResult(False, wait, message(translate("messages", "Too many wrong tries. Please wait %n second(s).", None, 1),
                                                      n=wait))
            if pin_matches(pin or "", row.pin_hash):
                row.pin_failures = 0
                row.pin_locked_until = None
                row.last_active_at = now
                return PinResult(True)
            row.pin_failures = (row.pin_failures or 0) + 1
            wait = wait_after(row.pin_failures)
            row.pin_locked_until = now + dt.timedelta(seconds=wait) if wait else None
            if wait:
                return PinResult(False, wait, message(translate(
                    "messages", "That PIN is not right. Please wait %n second(s) before trying again.", None, 1), n=wait))
            return PinResult(False, 0, message(QT_TRANSLATE_NOOP("messages", "That PIN is not right.")))
