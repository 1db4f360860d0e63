"""Reading and writing an output folder: a local path or any fsspec URL (file://, memory://, s3://, gs://).

Tables are written to a temporary name and renamed into place, so a reader (or a run killed half-way)
never sees part of a table. Extraction results are kept as part files under `_state/` with a record of
the processed content hashes, which is what lets a re-run skip the NLP work it already did.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import pickle
import time
import uuid
from pathlib import Path
from typing import Iterator

import fsspec
from fsspec.implementations.local import LocalFileSystem
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from newsfacts.schema import SCHEMAS

STATE_DIR = "_state"
PARTS_DIR = f"{STATE_DIR}/extracted"
PROCESSED = f"{STATE_DIR}/processed.json"
FINGERPRINT = f"{STATE_DIR}/tables.fingerprint"
LOCK_NAME = ".newsfacts.lock"
TMP_PREFIX = ".tmp-"


class OutputLocked(RuntimeError):
    """Another run is writing to the same output."""


class Output:
    """An output location and the filesystem it lives on."""

    def __init__(self, location: str | os.PathLike) -> None:
        location = str(location)
        self.fs, root = fsspec.core.url_to_fs(location)
        self.location = location
        self.root = root.rstrip("/") if root not in ("/", "") else root
        self.is_local = isinstance(self.fs, LocalFileSystem)
        self.fs.makedirs(self.root, exist_ok=True)

    def path(self, *parts: str) -> str:
        """A path under the output root, in the filesystem's own form."""
        return "/".join([self.root, *parts]) if self.root else "/".join(parts)

    def exists(self, *parts: str) -> bool:
        return self.fs.exists(self.path(*parts))

    # --- atomic writes ---------------------------------------------------------------------------
    def write_bytes(self, name: str, data: bytes) -> str:
        """Write a file under a temporary name, then move it into place."""
        final = self.path(name)
        parent = final.rsplit("/", 1)[0]
        self.fs.makedirs(parent, exist_ok=True)
        tmp = f"{parent}/{TMP_PREFIX}{uuid.uuid4().hex}-{final.rsplit('/', 1)[1]}"
        with self.fs.open(tmp, "wb") as handle:
            handle.write(data)
        if self.is_local:
            os.replace(tmp, final)  # atomic on one local filesystem
        else:
            self.fs.mv(tmp, final)  # object stores: the upload itself is all-or-nothing
        return final

    def write_text(self, name: str, text: str) -> str:
        return self.write_bytes(name, text.encode("utf-8"))

    def read_bytes(self, name: str) -> bytes:
        with self.fs.open(self.path(name), "rb") as handle:
            return handle.read()

    def remove(self, name: str) -> None:
        if self.exists(name):
            self.fs.rm(self.path(name), recursive=True)

    def clean_temporaries(self) -> int:
        """Remove temporary files a killed run left behind; returns how many."""
        found = [p for p in self.fs.find(self.root) if p.rsplit("/", 1)[-1].startswith(TMP_PREFIX)]
        for path in found:
            self.fs.rm(path)
        return len(found)

    def put_tree(self, local_dir: Path, name: str) -> None:
        """Copy a local folder (Data Docs) to the output."""
        if self.is_local:
            return  # already written in place
        self.remove(name)
        self.fs.put(str(local_dir), self.path(name), recursive=True)

    def local_root(self) -> Path:
        """A local folder for what only local tools can write (GX Data Docs): the output itself when local."""
        if self.is_local:
            return Path(self.root)
        path = Path(os.environ.get("TMPDIR", "/tmp")) / f"newsfacts-{uuid.uuid4().hex}"
        path.mkdir(parents=True, exist_ok=True)
        return path

    # --- tables ----------------------------------------------------------------------------------
    def write_table(self, name: str, table: pa.Table) -> str:
        """Write a table with its explicit schema, atomically."""
        table = table.cast(SCHEMAS[name]) if name in SCHEMAS else table
        sink = io.BytesIO()
        pq.write_table(table, sink, compression="zstd")
        return self.write_bytes(f"{name}.parquet", sink.getvalue())

    def read_table(self, name: str) -> pd.DataFrame | None:
        """A table as a DataFrame, or None when the run did not write it."""
        if not self.exists(f"{name}.parquet"):
            return None
        with self.fs.open(self.path(f"{name}.parquet"), "rb") as handle:
            return pq.read_table(handle).to_pandas()

    # --- incremental state -----------------------------------------------------------------------
    def load_processed(self, code_version: str) -> dict[str, str]:
        """Cache key (article id and publication date) -> part holding its extraction, for the same code."""
        if not self.exists(PROCESSED):
            return {}
        record = json.loads(self.read_bytes(PROCESSED))
        if record.get("code_version") != code_version:
            return {}
        return dict(record.get("articles", {}))

    def save_processed(self, code_version: str, processed: dict[str, str]) -> None:
        record = {"code_version": code_version, "articles": dict(sorted(processed.items()))}
        self.write_text(PROCESSED, json.dumps(record, indent=1) + "\n")

    def load_fingerprint(self) -> str | None:
        """The fingerprint of the inputs the tables on disk were last written from."""
        return self.read_bytes(FINGERPRINT).decode() if self.exists(FINGERPRINT) else None

    def save_fingerprint(self, fingerprint: str | None) -> None:
        """Record what the tables were written from; None forgets it."""
        if fingerprint is None:
            self.remove(FINGERPRINT)
        else:
            self.write_text(FINGERPRINT, fingerprint)

    def read_run(self) -> dict | None:
        """The last run's summary (run.json), if there is one."""
        return json.loads(self.read_bytes("run.json")) if self.exists("run.json") else None

    def write_part(self, part: str, rows: dict[str, list[dict]]) -> None:
        """Extraction rows of one batch (written by newsfacts itself, read back only by it)."""
        self.write_bytes(f"{PARTS_DIR}/{part}.pkl", pickle.dumps(rows, protocol=5))

    def read_part(self, part: str) -> dict[str, list[dict]]:
        return pickle.loads(self.read_bytes(f"{PARTS_DIR}/{part}.pkl"))

    def prune_parts(self, keep: set[str]) -> None:
        """Drop part files no processed article refers to any more."""
        folder = self.path(PARTS_DIR)
        if not self.fs.exists(folder):
            return
        for path in self.fs.ls(folder, detail=False):
            name = path.rsplit("/", 1)[-1]
            if name.endswith(".pkl") and name[:-4] not in keep:
                self.fs.rm(path)

    # --- one writer at a time --------------------------------------------------------------------
    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the output for this run; a second run on the same output fails with a clear message."""
        if not self.is_local:
            # Object stores have no locks; say so rather than pretend.
            yield
            return
        import fcntl

        path = self.path(LOCK_NAME)
        handle = open(path, "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise OutputLocked(
                f"another newsfacts run is writing to {self.location} ({holder}); "
                "wait for it to finish or choose another --output"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()


def table_path(output: str | os.PathLike, name: str) -> Path:
    """Where a table lives in a local output folder."""
    return Path(output) / f"{name}.parquet"


def write_table(output: str | os.PathLike, name: str, table: pa.Table) -> str:
    """Write one table to an output location, atomically."""
    return Output(output).write_table(name, table)


def read_table(output: str | os.PathLike, name: str) -> pd.DataFrame | None:
    """A table of an output location as a DataFrame, or None when the run did not write it."""
    return Output(output).read_table(name)
