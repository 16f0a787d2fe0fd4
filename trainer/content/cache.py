"""A cache of the loaded catalog, keyed by a checksum of every content file.

Parsing a large curriculum's YAML dominates start-up; reading back a cached catalog
is many times faster. Any change to any file (or to the app version) gives a new key,
so a stale cache is never used. The cache lives in the user's private data dir; an installed
app also ships one beside its content (`SHIPPED`, made by `python -m trainer.content.cache
<content dir>` at build time), so even the first start on a fresh data folder reads no YAML.
File paths inside the catalog are stored relative to the content folder, so a cache made in
one place (the build) serves another (the installed copy).
The checksum is CRC-32 with each file's size: it only has to notice edits, and zlib is
already loaded at start while hashlib (OpenSSL) would cost a few milliseconds more.
"""

from __future__ import annotations

import io
import logging
import os
import pickle
import threading
import zlib
from collections.abc import Mapping
from pathlib import Path

from trainer import __version__
from trainer.content.schema import Catalog

log = logging.getLogger(__name__)
# The folders whose files make up a catalog, and the file endings that count in each.
SOURCES = (("", ".yaml"), ("modules", ".md"), ("quizzes", ".yaml"), ("certifications", ".yaml"),
           ("scenarios", ".yaml"), ("drills", ".yaml"), ("notes", ".yaml"),
           # the Spanish beside the English (trainer.content.parse_translation)
           ("es", ".yaml"), ("es/modules", ".md"), ("es/quizzes", ".yaml"), ("es/certifications", ".yaml"),
           ("es/glossary", ".yaml"), ("es/scenarios", ".yaml"), ("es/drills", ".yaml"), ("es/notes", ".yaml"))
KEEP = 3
CATALOG_SHAPE = "5"  # bump when Catalog gains or changes a field (5: translated conversation practice)
SHIPPED = ".catalog-cache"  # the folder inside the content folder for the cache an install ships


def fingerprint(root: Path) -> str:
    # CATALOG_SHAPE: a pickled catalog from before the Catalog gained fields is never reused.
    parts = [__version__, CATALOG_SHAPE]
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
    name = f"catalog-{key}.pickle"
    for cached in (cache_dir / name, root / SHIPPED / name):
        catalog = _read(cached, root)
        if catalog is not None:
            return catalog
    catalog = load_catalog(root)
    _store(cache_dir, cache_dir / name, catalog, root)
    return catalog


def _read(cached: Path, root: Path) -> Catalog | None:
    if not cached.is_file():
        return None
    try:
        with cached.open("rb") as handle:
            catalog = _Unpickler(handle, root).load()  # our own file: the data dir's or the install's
        if isinstance(catalog, Catalog):
            if isinstance(catalog.translations, DeferredTranslations):
                catalog.translations.root = os.fspath(root)
            return catalog
    except Exception:  # noqa: BLE001 - a broken cache is only a slower start
        log.warning("ignoring an unreadable catalog cache %s", cached.name)
    return None


class _Pickler(pickle.Pickler):
    """Stores each path under the content folder as ("root", the rest)."""

    def __init__(self, handle, root: Path):
        super().__init__(handle, protocol=pickle.HIGHEST_PROTOCOL)
        self.prefix = os.fspath(root) + os.sep

    def persistent_id(self, obj):
        if type(obj) is str and obj.startswith(self.prefix):
            return ("root", obj[len(self.prefix):])
        return None


class _Unpickler(pickle.Unpickler):
    def __init__(self, handle, root: Path):
        super().__init__(handle)
        self.prefix = os.fspath(root) + os.sep

    def persistent_load(self, pid):
        kind, rest = pid
        if kind != "root":
            raise pickle.UnpicklingError(f"unknown persistent id {kind!r}")
        return self.prefix + rest


class DeferredTranslations(Mapping):
    """The catalog's translations (language → Translation), kept pickled inside the cache and read
    the first time one is asked for: a start in English never pays for the Spanish text (about
    as much to unpickle as the English catalog itself)."""

    def __init__(self, blob: bytes, root: str | None = None):
        self._blob, self.root, self._value = blob, root, None

    _lock = threading.Lock()  # a report drawn on a worker may ask at the same time as a page

    def _loaded(self) -> dict:
        with self._lock:
            if self._value is None:
                handle = io.BytesIO(self._blob)
                reader = _Unpickler(handle, Path(self.root)) if self.root is not None else pickle.Unpickler(handle)
                self._value, self._blob = reader.load(), b""
        return self._value

    def __getitem__(self, lang):
        return self._loaded()[lang]

    def __iter__(self):
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())

    def __reduce__(self):
        if self._value is None and self.root is None:  # as written into the cache: still the blob
            return DeferredTranslations, (self._blob,)
        return dict, (dict(self._loaded()),)


def _deferring(catalog: Catalog, root: Path) -> Catalog:
    """A shallow copy of `catalog` whose translations are pickled apart (see DeferredTranslations)."""
    import copy

    if not catalog.translations:
        return catalog
    blob = io.BytesIO()
    _Pickler(blob, root).dump(dict(catalog.translations))
    stored = copy.copy(catalog)
    stored.translations = DeferredTranslations(blob.getvalue())
    return stored


def load_catalog(root: Path) -> Catalog:
    from trainer.content.loader import load_catalog as parse  # only on a miss: slow to import

    return parse(root)


def _store(cache_dir: Path, target: Path, catalog: Catalog, root: Path) -> None:
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        import tempfile

        fd, tmp = tempfile.mkstemp(prefix=".catalog-", dir=cache_dir)
        with os.fdopen(fd, "wb") as handle:
            _Pickler(handle, root).dump(_deferring(catalog, root))
        os.replace(tmp, target)
        old = sorted(cache_dir.glob("catalog-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in old[KEEP:]:
            stale.unlink(missing_ok=True)
    except OSError as exc:  # a read-only data dir still works, just slower
        log.warning("could not write the catalog cache: %s", exc)


def ship(root: Path) -> Path:
    """Write the cache an install ships inside its content folder (replacing an older one)."""
    root = Path(root)
    folder = root / SHIPPED
    for old in folder.glob("catalog-*.pickle") if folder.is_dir() else ():
        old.unlink()
    catalog = load_catalog(root)
    if catalog.errors:
        raise SystemExit(f"not shipping a cache of content with problems: {catalog.errors[0]}")
    target = folder / f"catalog-{fingerprint(root)}.pickle"
    _store(folder, target, catalog, root)
    target.chmod(0o644)  # installed for every user of the machine; it holds only the curriculum
    return target


if __name__ == "__main__":
    import sys

    # Through the module's own name: run as __main__, the pickle would name its classes
    # "__main__.DeferredTranslations", which no app could read back.
    from trainer.content import cache as module

    print(module.ship(Path(sys.argv[1] if len(sys.argv) > 1 else "content")))
