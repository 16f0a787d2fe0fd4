"""Trainer mode for one session: who signed in as a trainer, until they leave or the app closes.

Nothing here is saved, so every start is outside trainer mode. The database is used only when
someone signs in or adds an account: the window asks `active` while it opens, and that must not
load the storage layer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from trainer.messages import QT_TRANSLATE_NOOP, message

if TYPE_CHECKING:
    from trainer.study.accounts import AccountInfo, AccountService, SignInResult

AGENCY_PASSWORD = "agency trainer password"  # who signed in, when it was the agency's password


class TrainerAccess:
    def __init__(self, accounts: Callable[[], AccountService], agency_password_hash: str | None = None,
                 require_login: bool = False):
        self._accounts = accounts  # opened on first use
        self.agency_password_hash = agency_password_hash
        self.require_login = require_login
        self._who: str | None = None

    @property
    def accounts(self) -> AccountService:
        return self._accounts()

    @property
    def active(self) -> bool:
        return self._who is not None

    @property
    def signed_in_as(self) -> str | None:
        """The trainer account's name, AGENCY_PASSWORD, or None outside trainer mode."""
        return self._who

    def can_create_first_account(self) -> bool:
        """Only a fresh install without agency rules lets Settings make the first trainer account;
        after that (or with an agency password or `require_trainer_login`) trainer mode needs a sign-in."""
        if self.agency_password_hash or self.require_login:
            return False
        return not self.accounts.has_trainers()

    def sign_in(self, name: str, password: str) -> SignInResult:
        """A trainer account's name and password, or no name and the agency's trainer password."""
        from trainer.study.accounts import SignInResult

        if not (name or "").strip():
            if not self.agency_password_hash:
                return SignInResult(False, field="name", message=message(QT_TRANSLATE_NOOP(
                    "messages", "Enter your trainer account name.")))
            result = self.accounts.check_agency_password(password, self.agency_password_hash)
            if result.ok:
                self._who = AGENCY_PASSWORD
            return result
        result = self.accounts.check(name, password, role="trainer")
        if result.ok:
            self._who = result.account.name
        return result

    def create_first_account(self, name: str, password: str, confirm: str) -> AccountInfo:
        """The first trainer account, made from Settings; its maker is signed in at once."""
        from trainer.study.accounts import AccountError

        if not self.can_create_first_account():
            raise AccountError("name", message(QT_TRANSLATE_NOOP(
                "messages", "A trainer account already exists (or your agency manages them): sign in instead.")))
        account = self.accounts.add(name, password, role="trainer", confirm=confirm, created_by=None)
        self._who = account.name
        return account

    def add_account(self, name: str, password: str, confirm: str, role: str) -> AccountInfo:
        """Only a trainer signed in this session may add trainer and supervisor accounts."""
        from trainer.study.accounts import AccountError

        if not self.active:
            raise AccountError("name", message(QT_TRANSLATE_NOOP(
                "messages", "Sign in as a trainer first: only a trainer can add accounts.")))
        return self.accounts.add(name, password, role=role, confirm=confirm, created_by=self._who)

    def sign_out(self) -> None:
        self._who = None


def sign_in_temporary_trainer(access: TrainerAccess, name: str = "Temporary Trainer") -> None:
    """A trainer account with a random password nobody knows, signed in at once: for the
    self-test, the soak run and tests, which must reach the Author and Cohort pages."""
    import secrets

    password = secrets.token_urlsafe(18)
    access.accounts.add(name, password, role="trainer", created_by="self-test")
    result = access.sign_in(name, password)
    if not result.ok:
        raise RuntimeError(f"the temporary trainer could not sign in: {result.message}")
