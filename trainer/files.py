"""Writing user files safely: one small module every layer may use (it imports nothing of the app)."""

from __future__ import annotations

import os
from pathlib import Path


def write_bytes_atomic(path: Path, payload: bytes) -> None:
    """Write to a temp file beside `path`, then rename it into place: a crash or a full
    disk leaves either the old file or the new one, never half of one."""
    import tempfile  # ~3 ms (it loads shutil and random): only when something is written

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))
