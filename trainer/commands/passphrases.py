"""Passphrases for keys: typed without echo, or read from a file for scripts; never an argument
(where `ps` and shell history would show it)."""

from __future__ import annotations

import getpass
from pathlib import Path


class PassphraseError(ValueError):
    pass


def read_passphrase(passphrase_file: str | None, prompt: str, *, twice: bool = False) -> str:
    """The first line of `passphrase_file`, or typed (twice for a new one) without echo."""
    if passphrase_file:
        try:
            lines = Path(passphrase_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise PassphraseError(f"{passphrase_file}: cannot be read ({exc}). Check the path.") from None
        if not lines or not lines[0]:
            raise PassphraseError(f"{passphrase_file}: the first line is empty; put the passphrase there.")
        return lines[0]
    try:
        first = getpass.getpass(f"{prompt}: ")
        if twice and getpass.getpass("Type it again: ") != first:
            raise PassphraseError("the two passphrases are not the same. Nothing was changed; try again.")
    except (EOFError, OSError):
        raise PassphraseError("no terminal to type the passphrase in: use a passphrase file "
                              "(its first line is read).") from None
    return first
