"""Data built from packages' files once, kept on disk: the place indexes of geocoding and the gazetteer.

Building them reads GeoNames, pycountry and countryinfo data (about 300,000 names: 3-15 s of CPU) on every
run; loaded from disk they take a fraction of a second. A cache file is named by a hash of what went into
it (the versions of the packages that ship the data, Python's version, and the source of the modules that
build it), so a new package version or a code change builds a new one; nothing else invalidates it.
A cache file is an SQLite table of key -> marshalled value: a run reads only the keys it looks up
(a few hundred place names), never the whole index. Files are written under a temporary name and
renamed, so concurrent runs never read half a file.

Where: the setting `cache_dir` (NEWSFACTS_CACHE_DIR), else $XDG_CACHE_HOME/newsfacts, else
~/.cache/newsfacts. A folder that cannot be written is said in the log once; the data is then built in
memory each run, as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import logging
import marshal
import os
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any, Callable, Iterable

logger = logging.getLogger(__name__)
# Cache files of other versions are removed once this many days old.
PRUNE_DAYS = 7


def cache_dir() -> Path:
    """The folder of the cache files (created when first written)."""
    from newsfacts.settings import get_settings

    configured = get_settings().cache_dir
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsfacts"


def cache_key(packages: Iterable[str], sources: Iterable[str]) -> str:
    """A hash of the packages' versions, Python's version (marshal's format) and the source files."""
    digest = hashlib.sha256(sys.version.encode())
    for name in sorted(packages):
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "missing"
        digest.update(f"{name}=={version};".encode())
    for path in sources:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:16]


class Lookup:
    """Read-only key -> value lookups over a cache file (SQLite, one row per key: a run reads only the keys it
    asks for), or over a dict when the file could not be written."""

    def __init__(self, path: Path | None, data: dict | None = None) -> None:
        self._data = data
        self._lock = threading.Lock()
        self._db = None
        if path is not None:
            # immutable: the file never changes once renamed into place, so SQLite takes no locks.
            self._db = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)

    def get(self, key: str, default: Any = None) -> Any:
        if self._db is None:
            return (self._data or {}).get(key, default)
        with self._lock:
            row = self._db.execute("SELECT value FROM data WHERE key = ?", (key,)).fetchone()
        return default if row is None else marshal.loads(row[0])

    def __len__(self) -> int:
        if self._db is None:
            return len(self._data or {})
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM data").fetchone()[0])


def cached(name: str, key: str, build: Callable[[], dict[str, Any]]) -> Lookup:
    """Lookups into `build()`'s dict, from the cache file of `name` and `key` when there is one, else built
    and saved first. Values must be marshal-able."""
    path = cache_dir() / f"{name}-{key}.sqlite"
    if path.exists():
        try:
            return Lookup(path)
        except sqlite3.Error as exc:
            logger.warning("cache file %s unreadable (%s): building it again", path, exc)
    data = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.unlink(missing_ok=True)
        with contextlib.closing(sqlite3.connect(tmp)) as db:
            db.execute("CREATE TABLE data (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID")
            db.executemany("INSERT INTO data VALUES (?, ?)", ((k, marshal.dumps(v)) for k, v in sorted(data.items())))
            db.commit()
        tmp.replace(path)
        _prune(path.parent, name, keep=path.name)
    except (OSError, sqlite3.Error) as exc:
        logger.warning("cannot keep %s in %s (%s): it is built again on every run", name, path.parent, exc)
        return Lookup(None, data)
    return Lookup(path)


def _prune(folder: Path, name: str, keep: str) -> None:
    """Remove the files of `name` built for other versions and untouched for PRUNE_DAYS (another checkout
    of other versions may share the folder: its recent files stay)."""
    import time

    cutoff = time.time() - PRUNE_DAYS * 86400
    for old in folder.glob(f"{name}-*.sqlite"):
        try:
            if old.name != keep and old.stat().st_mtime < cutoff:
                old.unlink()
        except FileNotFoundError:
            continue  # removed by another run meanwhile
