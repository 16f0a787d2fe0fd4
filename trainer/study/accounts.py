"""Trainer and supervisor accounts: a name, a role and a password kept as a salted scrypt hash.

Wrong passwords are throttled as trainee PINs are (pins.wait_after), and the throttle is kept
in the database, so closing and opening the app does not reset it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from trainer.messages import QT_TRANSLATE_NOOP, Message, MessageError, message, translate
from trainer.store.models import Account, SignInThrottle, utcnow
from trainer.study.pins import hash_pin, pin_matches, wait_after

ROLES = ("trainer", "supervisor")
MIN_PASSWORD_LENGTH = 10
MAX_NAME_LENGTH = 120
AGENCY_SUBJECT = "agency-trainer-password"  # the throttle row of the agency's trainer password


class AccountError(MessageError):
    """A refused account change; `field` names the input that was wrong (name, password, confirm, role)."""

    def __init__(self, field: str, message: Message):
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class AccountInfo:
    id: int
    name: str
    role: str
    created_at: dt.datetime
    created_by: str | None = None
    last_sign_in_at: dt.datetime | None = None


@dataclass(frozen=True)
class SignInResult:
    ok: bool
    account: AccountInfo | None = None
    field: str = ""  # which input was wrong: "name" or "password"
    message: Message | None = None
    wait_seconds: int = 0


def check_name(name: str | None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise AccountError("name", message(QT_TRANSLATE_NOOP("messages", "Enter a name for the account.")))
    if len(name) > MAX_NAME_LENGTH:
        raise AccountError("name", message(QT_TRANSLATE_NOOP("messages", "A name is at most %1 characters."), MAX_NAME_LENGTH))
    return name


def check_password(password: str | None, confirm: str | None = None) -> str:
    """A new password: long enough, and typed the same twice when a confirmation is given."""
    password = password or ""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("password", message(QT_TRANSLATE_NOOP("messages", "A password is at least %1 characters."),
                                           MIN_PASSWORD_LENGTH))
    if password.strip() != password:
        raise AccountError("password", message(QT_TRANSLATE_NOOP("messages", "A password cannot start or end with a space.")))
    if confirm is not None and confirm != password:
        raise AccountError("confirm", message(QT_TRANSLATE_NOOP("messages",
            "The two passwords are not the same. Type the password again.")))
    return password


def _info(row: Account) -> AccountInfo:
    return AccountInfo(row.id, row.name, row.role, row.created_at, row.created_by, row.last_sign_in_at)


def _refused(now: dt.datetime, failures: int, agency: bool = False) -> tuple[dt.datetime | None, SignInResult]:
    """The lock after one more wrong try, and what to tell the person."""
    wait = wait_after(failures)
    locked = now + dt.timedelta(seconds=wait) if wait else None
    if agency:
        said = (message(translate("messages", "That is not the agency's trainer password. Please wait %n second(s) "
                                  "before trying again.", None, 1), n=wait)
                if wait else message(QT_TRANSLATE_NOOP("messages", "That is not the agency's trainer password.")))
    else:
        said = (message(translate("messages", "That password is not right. Please wait %n second(s) before trying "
                                  "again.", None, 1), n=wait)
                if wait else message(QT_TRANSLATE_NOOP("messages", "That password is not right.")))
    return locked, SignInResult(False, field="password", message=said, wait_seconds=wait)


def _still_locked(now: dt.datetime, locked_until: dt.datetime | None) -> SignInResult | None:
    if locked_until and locked_until > now:
        wait = int((locked_until - now).total_seconds()) + 1
        return SignInResult(False, field="password", message=message(translate(
            "messages", "Too many wrong tries. Please wait %n second(s).", None, 1), n=wait),
                            wait_seconds=wait)
    return None


class AccountService:
    def __init__(self, sessions: sessionmaker[Session], now: Callable[[], dt.datetime] = utcnow):
        self._sessions = sessions
        self._now = now

    def add(self, name: str, password: str, role: str = "trainer", confirm: str | None = None,
            created_by: str | None = None) -> AccountInfo:
        if role not in ROLES:
            raise AccountError("role", message(QT_TRANSLATE_NOOP("messages", "The role must be one of: %1."), ", ".join(ROLES)))
        name = check_name(name)
        password = check_password(password, confirm)
        taken = AccountError("name", message(QT_TRANSLATE_NOOP("messages", "There is already an account called '%1'. Choose another name."),
                                             name))
        try:
            with self._sessions.begin() as session:
                if session.scalar(select(Account.id).where(Account.name == name)) is not None:
                    raise taken
                row = Account(name=name, role=role, password_hash=hash_pin(password), created_by=created_by,
                              created_at=self._now())
                session.add(row)
                session.flush()
                return _info(row)
        except IntegrityError:  # another seat added the same name at the same moment
            raise taken from None

    def list_accounts(self, role: str | None = None) -> list[AccountInfo]:
        with self._sessions() as session:
            query = select(Account).order_by(Account.role, Account.name)
            if role is not None:
                query = query.where(Account.role == role)
            return [_info(row) for row in session.scalars(query)]

    def has_trainers(self) -> bool:
        with self._sessions() as session:
            return session.scalar(select(Account.id).where(Account.role == "trainer").limit(1)) is not None

    def remove(self, name: str) -> AccountInfo:
        with self._sessions.begin() as session:
            row = session.scalar(select(Account).where(Account.name == (name or "").strip()))
            if row is None:
                raise AccountError("name", message(QT_TRANSLATE_NOOP("messages",
                    "There is no account called '%1'. Check the name (it is case-sensitive); "
                    "`cpsw-trainer account list` shows them all."), name))
            info = _info(row)
            session.delete(row)
            return info

    def check(self, name: str, password: str, role: str = "trainer") -> SignInResult:
        """Sign in by name and password; after FREE_TRIES wrong passwords each try waits longer."""
        name = " ".join((name or "").split())
        if not name:
            return SignInResult(False, field="name", message=message(QT_TRANSLATE_NOOP("messages", "Enter your account name.")))
        with self._sessions.begin() as session:
            row = session.scalar(select(Account).where(Account.name == name))
            if row is None:
                return SignInResult(False, field="name", message=message(QT_TRANSLATE_NOOP("messages",
                    "There is no account called '%1'. Check the name (it is case-sensitive)."), name))
            if row.role != role:
                return SignInResult(False, field="name", message=message(QT_TRANSLATE_NOOP("messages",
                    "'%1' is a %2 account; this needs a %3 account."), name, row.role, role))
            now = self._now()
            locked = _still_locked(now, row.locked_until)
            if locked is not None:
                return locked
            if pin_matches(password or "", row.password_hash):
                row.failures, row.locked_until, row.last_sign_in_at = 0, None, now
                return SignInResult(True, account=_info(row))
            row.failures = (row.failures or 0) + 1
            row.locked_until, result = _refused(now, row.failures)
            return result

    def check_agency_password(self, password: str, stored_hash: str) -> SignInResult:
        """The agency's trainer password (from the agency file), throttled like an account."""
        try:
            return self._check_agency_password(password, stored_hash)
        except IntegrityError:  # another seat made the throttle row first: it is there now
            return self._check_agency_password(password, stored_hash)

    def _check_agency_password(self, password: str, stored_hash: str) -> SignInResult:
        with self._sessions.begin() as session:
            row = session.scalar(select(SignInThrottle).where(SignInThrottle.subject == AGENCY_SUBJECT))
            if row is None:
                row = SignInThrottle(subject=AGENCY_SUBJECT, failures=0)
                session.add(row)
            now = self._now()
            locked = _still_locked(now, row.locked_until)
            if locked is not None:
                return locked
            if pin_matches(password or "", stored_hash):
                row.failures, row.locked_until = 0, None
                return SignInResult(True)
            row.failures = (row.failures or 0) + 1
            row.locked_until, result = _refused(now, row.failures, agency=True)
            return result
