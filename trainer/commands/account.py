"""`cpsw-trainer account add|list|remove` (`agency hash-password` is in commands/agency.py).

Trainer and supervisor accounts for scripts and agencies. Passwords are read without echo
or from a file, never from the command line (where `ps` and shell history would show them).
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

NAMES = ("account",)


def add_parser(subparsers) -> None:
    account = subparsers.add_parser("account", help="add, list or remove trainer and supervisor accounts")
    actions = account.add_subparsers(dest="account_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an account (the password is asked for, without echo)")
    add.add_argument("--role", required=True, choices=("trainer", "supervisor"), help="what the account may do")
    add.add_argument("--name", required=True, help="the name to sign in with")
    add.add_argument("--password-file", help="read the password from the first line of this file instead")
    actions.add_parser("list", help="list the accounts: name, role, when added and by whom")
    remove = actions.add_parser("remove", help="remove an account")
    remove.add_argument("--name", required=True, help="the account to remove")


class PasswordInputError(ValueError):
    pass


def read_password(password_file: str | None) -> str:
    """From the file's first line, or typed twice without echo."""
    if password_file:
        path = Path(password_file)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise PasswordInputError(f"{password_file}: cannot be read ({exc}). Check the path.") from None
        if not lines or not lines[0]:
            raise PasswordInputError(f"{password_file}: the first line is empty; put the password there.")
        return lines[0]
    try:
        first = getpass.getpass("Password: ")
        again = getpass.getpass("Type it again: ")
    except (EOFError, OSError):
        raise PasswordInputError("no terminal to type the password in: use --password-file FILE.") from None
    if again != first:
        raise PasswordInputError("the two passwords are not the same. Nothing was changed; try again.")
    return first


def run(args, settings) -> int:
    from trainer.study.accounts import AccountError

    try:
        if args.account_action == "add":
            password = read_password(args.password_file)  # before the database is opened
            return _with_accounts(settings, lambda accounts: _add(accounts, args, password))
        if args.account_action == "list":
            return _with_accounts(settings, _list)
        return _with_accounts(settings, lambda accounts: _remove(accounts, args.name))
    except PasswordInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _with_accounts(settings, work) -> int:
    from trainer.services import open_services

    services = open_services(settings)
    try:
        return work(services.accounts)
    finally:
        services.close()


def _add(accounts, args, password: str) -> int:
    account = accounts.add(args.name, password, role=args.role, created_by="command line")
    print(f"Added the {account.role} account '{account.name}'.")
    return 0


def _list(accounts) -> int:
    rows = accounts.list_accounts()
    if not rows:
        print("No accounts yet. Add one with: cpsw-trainer account add --role trainer --name NAME",
              file=sys.stderr)
        return 0
    for account in rows:
        by = f" by {account.created_by}" if account.created_by else ""
        print(f"{account.name}\t{account.role}\tadded {account.created_at:%Y-%m-%d}{by}")
    return 0


def _remove(accounts, name: str) -> int:
    account = accounts.remove(name)
    print(f"Removed the {account.role} account '{account.name}'.")
    return 0
