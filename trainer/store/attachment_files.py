"""The files of attachments: kept in the data folder under their SHA-256, and copied with backups.

A stored file is named `<sha256>.<pdf|png|jpg>`, a name the app makes itself, so no name a
person gives can reach the file system. Standard library only (backups and restore use it).
Backups keep one shared copy of each file in `<backups>/attachments`: a file is never
changed (its name is its content), so every backup that refers to it finds it there.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from trainer.files import write_bytes_atomic

FOLDER = "attachments"  # in the data folder, and in the backup folder
EXTENSIONS = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}
STORED = re.compile(r"^[0-9a-f]{64}\.(pdf|png|jpg)$")


def stored_name(sha256: str, media_type: str) -> str:
    name = f"{sha256}.{EXTENSIONS[media_type]}"
    if not STORED.match(name):
        raise ValueError(f"not a SHA-256: {sha256!r}")
    return name


def store(folder: Path, sha256: str, media_type: str, payload: bytes) -> Path:
    """Keep the payload (once: the same content is the same file), readable by its owner only."""
    target = folder / stored_name(sha256, media_type)
    _private_folder(folder)
    if not target.exists():
        write_bytes_atomic(target, payload)
        target.chmod(0o600)
    return target


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)  # user data: readable by this user only


def _stored_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if STORED.match(p.name) and p.is_file() and not p.is_symlink()]


def copy_missing(source: Path, target: Path) -> int:
    """Copy the stored files of `source` that `target` lacks (backups one way, restores the other)."""
    copied = 0
    for path in _stored_files(source):
        destination = target / path.name
        if destination.exists():
            continue
        _private_folder(target)
        partial = destination.with_name(f".{path.name}.part")
        shutil.copyfile(path, partial)
        os.chmod(partial, 0o600)
        os.replace(partial, destination)
        copied += 1
    return copied


def back_up_attachments(data_folder: Path, backup_dir: Path) -> int:
    return copy_missing(data_folder / FOLDER, backup_dir / FOLDER)


def restore_attachments(backup_dir: Path, data_folder: Path) -> int:
    return copy_missing(backup_dir / FOLDER, data_folder / FOLDER)
