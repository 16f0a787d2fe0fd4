"""Trainer and supervisor accounts and the session's trainer sign-in, on SQLite and PostgreSQL."""

import datetime as dt

import pytest
from sqlalchemy import text

from trainer.study.accounts import AccountError, AccountService
from trainer.study.pins import hash_pin, wait_after
from trainer.study.trainer_access import AGENCY_PASSWORD, TrainerAccess

PASSWORD = "correct horse 42"


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 12, 1, 9, 0)

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def accounts(db, clock):
    return AccountService(db.sessions, now=clock)


def test_accounts_are_added_listed_removed_and_never_stored_in_clear(db, accounts):
    accounts.add("Tara Trainer", PASSWORD, role="trainer", confirm=PASSWORD)
    accounts.add("Sam Supervisor", "another password", role="supervisor", created_by="Tara Trainer")
    listed = accounts.list_accounts()
    assert [(a.name, a.role) for a in listed] == [("Sam Supervisor", "supervisor"), ("Tara Trainer", "trainer")]
    assert listed[0].created_by == "Tara Trainer"
    assert [a.name for a in accounts.list_accounts(role="supervisor")] == ["Sam Supervisor"]
    with db.engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM account")).fetchall()
    assert all(PASSWORD not in str(value) and "another password" not in str(value) for row in rows for value in row)
    assert all(row.password_hash.startswith("scrypt$") for row in rows)
    assert accounts.remove("Sam Supervisor").role == "supervisor"
    assert [a.name for a in accounts.list_accounts()] == ["Tara Trainer"]
    with pytest.raises(AccountError) as missing:
        accounts.remove("Nobody")
    assert missing.value.field == "name"


@pytest.mark.parametrize(("name", "password", "confirm", "role", "field"), [
    ("", PASSWORD, PASSWORD, "trainer", "name"),
    ("Tara", "short", "short", "trainer", "password"),
    ("Tara", PASSWORD, "correct horse 43", "trainer", "confirm"),
    ("Tara", PASSWORD, PASSWORD, "admin", "role"),
])
def test_a_refused_account_names_the_wrong_field(accounts, name, password, confirm, role, field):
    with pytest.raises(AccountError) as refused:
        accounts.add(name, password, role=role, confirm=confirm)
    assert refused.value.field == field
    assert accounts.list_accounts() == []


def test_names_are_unique(accounts):
    accounts.add("Tara", PASSWORD)
    with pytest.raises(AccountError) as taken:
        accounts.add("Tara", PASSWORD, role="supervisor")
    assert taken.value.field == "name" and "already" in str(taken.value)


def test_wrong_passwords_are_throttled_and_the_throttle_is_kept_in_the_database(db, accounts, clock):
    accounts.add("Tara", PASSWORD)
    assert accounts.check("Tara", PASSWORD).ok
    results = [accounts.check("Tara", "guess number one") for _ in range(3)]
    assert [r.ok for r in results] == [False] * 3 and results[0].field == "password"
    assert results[-1].wait_seconds == wait_after(3) > 0
    # A new service (as after a restart) still makes the guesser wait, even with the right password.
    reopened = AccountService(db.sessions, now=clock)
    waiting = reopened.check("Tara", PASSWORD)
    assert not waiting.ok and waiting.wait_seconds > 0 and "wait" in str(waiting.message)
    clock.now += dt.timedelta(seconds=wait_after(3) + 1)
    assert not reopened.check("Tara", "guess number four").ok
    assert not reopened.check("Tara", PASSWORD).ok  # the 4th wrong try waits longer
    clock.now += dt.timedelta(seconds=wait_after(4) + 1)
    assert reopened.check("Tara", PASSWORD).ok


def test_a_supervisor_account_does_not_open_trainer_mode(accounts):
    accounts.add("Sam", PASSWORD, role="supervisor")
    access = TrainerAccess(lambda: accounts)
    result = access.sign_in("Sam", PASSWORD)
    assert not result.ok and result.field == "name" and "supervisor" in str(result.message)
    assert not access.active


def test_first_trainer_account_only_on_a_fresh_install_then_sign_in(accounts):
    access = TrainerAccess(lambda: accounts)
    assert not access.active and access.can_create_first_account()
    access.create_first_account("Tara", PASSWORD, PASSWORD)
    assert access.active and access.signed_in_as == "Tara"
    access.sign_out()
    assert not access.active and not access.can_create_first_account()
    with pytest.raises(AccountError):
        access.create_first_account("Mallory", PASSWORD, PASSWORD)  # a trainee cannot make another one
    wrong = access.sign_in("Tara", "not the password")
    assert not wrong.ok and wrong.field == "password" and not access.active
    unknown = access.sign_in("Tera", PASSWORD)
    assert not unknown.ok and unknown.field == "name"
    assert access.sign_in("Tara", PASSWORD).ok and access.active


def test_only_a_signed_in_trainer_adds_accounts(accounts):
    accounts.add("Tara", PASSWORD)
    access = TrainerAccess(lambda: accounts)
    with pytest.raises(AccountError):
        access.add_account("Mallory", PASSWORD, PASSWORD, "trainer")
    access.sign_in("Tara", PASSWORD)
    added = access.add_account("Sam", "supervisor pass", "supervisor pass", "supervisor")
    assert added.role == "supervisor" and added.created_by == "Tara"


def test_agency_password_and_required_login(accounts, clock):
    access = TrainerAccess(lambda: accounts, agency_password_hash=hash_pin("agency secret 1"), require_login=True)
    assert not access.can_create_first_account()  # even with no account yet
    with pytest.raises(AccountError):
        access.create_first_account("Mallory", PASSWORD, PASSWORD)
    results = [access.sign_in("", "agency guess") for _ in range(3)]
    assert not any(r.ok for r in results) and results[-1].wait_seconds == wait_after(3)
    assert not access.sign_in("", "agency secret 1").ok  # still waiting
    clock.now += dt.timedelta(seconds=wait_after(3) + 1)
    assert access.sign_in("", "agency secret 1").ok
    assert access.active and access.signed_in_as == AGENCY_PASSWORD


def test_required_login_without_agency_password_needs_an_account_made_elsewhere(accounts):
    access = TrainerAccess(lambda: accounts, require_login=True)
    assert not access.can_create_first_account()
    no_name = access.sign_in("", "anything at all")
    assert not no_name.ok and no_name.field == "name"
    accounts.add("Tara", PASSWORD)  # as `cpsw-trainer account add` does
    assert access.sign_in("Tara", PASSWORD).ok


def test_trainer_access_does_not_open_the_database_until_used():
    opened = []
    access = TrainerAccess(lambda: opened.append(True))
    assert not access.active and access.signed_in_as is None
    assert opened == []
