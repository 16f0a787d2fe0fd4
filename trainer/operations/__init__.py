"""Every write a person can make, as one operation that says what it changed.

An operation is a plain function of the logic layer (no Qt) that does one user action
through the services it is given and returns `Done(value, changes)`. The window's
dispatcher delivers `changes` to every page, and each page refreshes only what depends
on it, so no screen announces changes by hand (after Anki's `CollectionOp`/`OpChanges`).
"""

from trainer.operations.changes import Change, Done, nothing_changed

__all__ = ["Change", "Done", "nothing_changed"]
