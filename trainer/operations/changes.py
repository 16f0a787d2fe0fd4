"""The typed record of what an operation changed."""

from __future__ import annotations

import enum
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")


class Change(enum.Flag):
    """What a page may depend on. Combine with `|`; test with `&`."""

    NONE = 0
    TRAINEE = enum.auto()       # who is studying, their name, profile or PIN; trainees added or removed
    PROGRESS = enum.auto()      # sections read, modules finished
    ATTEMPTS = enum.auto()      # practice and exam attempts: started, answered, finished
    REVIEW = enum.auto()        # the spaced-review queue
    HOURS = enum.auto()         # the hours log and its verification
    ATTESTATIONS = enum.auto()  # self-attested requirements (diploma, code of ethics...)
    CONTENT = enum.auto()       # the curriculum: banks, modules, packs
    PREFERENCES = enum.auto()   # text size, colours, trainer mode
    REPORTS = enum.auto()       # issued reports
    BACKUPS = enum.auto()       # backups made or restored
    CONVERSATIONS = enum.auto()  # role-play runs, reflection-drill ratings, note attempts
    RENEWAL = enum.auto()       # certification records, the CE log and its attachments


class Done(NamedTuple, Generic[T]):
    """An operation's result and what it changed. (A NamedTuple like the other records the
    window starts with: dataclasses cost an import and more time to define.)"""

    value: T
    changes: Change = Change.NONE


def nothing_changed(value: T = None) -> Done[T]:
    """A result for an operation that turned out to change nothing (e.g. an empty import)."""
    return Done(value, Change.NONE)
