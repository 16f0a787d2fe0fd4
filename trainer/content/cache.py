"""A cache of the loaded catalog, keyed by a checksum of every content file.

Parsing a large curriculum's YAML dominates start-up; reading back a cached catalog
is many times faster. Any change to any file (or to the app version) gives a new key,
so a stale cache is never used. The cache lives in the user's private data dir.
The checksum is CRC-32 with each file's size: it only has to notice edits, and zlib is
already loaded at start while hashlib (OpenSSL) would cost a few milliseconds more.
"""

from __future__ import annotations

import logging
import os
import pickle
import zlib
from pathlib import Path

from trainer import __version__
from trainer.content.schema import Catalog

log = logging.getLogger(__name__)
# The folders whose files make up a catalog, and the file endings that count in each.
SOURCES = (("", ".yaml"), ("modules", ".md"), ("quizzes", ".yaml"), ("certifications", ".yaml"),
           ("scenarios", ".yaml"), ("drills", ".yaml"), ("notes", ".yaml"),
           # the Spanish beside the English (trainer.content.parse_translation)
           ("es", ".yaml"), ("es/modules", ".md"), ("es/quizzes", ".yaml"), ("es/certifications", ".yaml"),
           ("es/glossary", ".yaml"))
KEEP = 3
CATALOG_SHAPE = "3"  # bump when Catalog gains or changes a field


def fingerprint(root: Path) -> str:
    # CATALOG_SHAPE: a pickled catalog from before the Catalog gained fields is never reused.
    parts = [__version__, CATALOG_SHAPE, str(root.resolve())]
    for folder, ending in SOURCES:
        # os.scandir rather than Path.glob: glob compiles a pattern and builds a Path per
        # entry, most of the cost of this function at start.
        directory = os.path.join(root, folder) if folder else os.fspath(root)
        try:
            names = sorted(entry.name for entry in os.scandir(directory)
                           if entry.name.endswith(ending) and entry.is_file())
        except (FileNotFoundError, NotADirectoryError):
            continue
        for name in names:
            with open(os.path.join(directory, name), "rb") as handle:
                data = handle.read()
            relative = f"{folder}/{name}" if folder else name
            parts.append(f"{relative}:{len(data)}:{zlib.crc32(data):08x}")
    text = "\0".join(parts).encode()
    return f"{zlib.crc32(text):08x}{zlib.adler32(text):08x}{len(parts):04x}"


def load_catalog_cached(root: str | Path, cache_dir: Path | None) -> Catalog:
    root = Path(root)
    if cache_dir is None or not root.is_dir():
        return load_catalog(root)
    try:
        key = fingerprint(root)
    except OSError:
        return load_catalog(root)
    cached = cache_dir / f"catalog-{key}.pickle"
    if cached.is_file():
        try:
            with cached.open("rb") as handle:
                catalog = pickle.load(handle)  # our own file, in the user's private data dir
            if isinstance(catalog, Catalog):
                return catalog
        except Exception:  # noqa: BLE001 - a broken cache is only a slower start
            log.warning("ignoring an unreadable catalog cache %s", cached.name)
    catalog = load_catalog(root)
    _store(cache_dir, cached, catalog)
    return catalog


def load_catalog(root: Path) -> Catalog:
    from trainer.content.loader import load_catalog as parse  # only on a miss: slow to import

    return parse(root)


def _store(cache_dir: Path, target: Path, catalog: Catalog) -> None:
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        import tempfile

        fd, tmp = tempfile.mkstemp(prefix=".catalog-", dir=cache_dir)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(catalog, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
        old = sorted(cache_dir.glob("catalog-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in old[KEEP:]:
            stale.unlink(missing_ok=True)
    except OSError as exc:  # a read-only data dir still works, just slower
        log.warning("could not write the catalog cache: %s", exc)
