"""Reading and writing an output folder: a local path or any fsspec URL (file://, memory://, s3://, gs://).

Each table is a partitioned Parquet dataset: a folder `<table>.parquet/` holding one file per partition
(`2024-05.parquet` for the rows of articles published in May 2024, `killed.parquet` for one category of
discrepancies...). pandas, pyarrow and DuckDB read the folder as one table (`pd.read_parquet(folder)`,
`FROM 'output/figures.parquet'`), so a reader of the single-file layout of earlier versions keeps working.

Writes are one transaction for all tables of a run: every changed partition is first written under
`_state/staging/<txn>/`, then a commit record listing what goes where is written (atomically), then the files
are renamed into place and stale partitions removed. A run killed before the commit record leaves the tables
as they were; one killed after it is rolled forward by the next run (`recover`), so no table is ever left
half written. A partition whose bytes did not change is not rewritten.

Extraction results are kept as part files under `_state/` with a record of the processed content hashes,
which is what lets a re-run skip the NLP work it already did.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import pickle
import time
import uuid
from pathlib import Path
from typing import IO, Iterable, Iterator, Mapping

import fsspec
from fsspec.implementations.local import LocalFileSystem
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

import pyarrow.compute as pc

from newsfacts.schema import SCHEMAS, SORT_KEYS, to_table

STATE_DIR = "_state"
PARTS_DIR = f"{STATE_DIR}/extracted"
# Resolved rows (mentions, figures, claims, events) of each ingest batch, as resolved against the batches
# before it: they never change, so a later run reads them instead of resolving the batch again.
RESOLVED_DIR = f"{STATE_DIR}/resolved"
RESOLVED_TABLES = ("mentions", "figures", "claims", "events")
PROCESSED = f"{STATE_DIR}/processed.json"
FINGERPRINT = f"{STATE_DIR}/tables.fingerprint"
STAGING_DIR = f"{STATE_DIR}/staging"
PARTITIONS = f"{STATE_DIR}/partitions.json"  # table -> partition -> sha256 of the file written
COMMIT_NAME = "COMMIT.json"
DATASET_SUFFIX = ".parquet"
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
        """Finish or discard the table transactions of a killed run (`recover`) and remove temporary files it
        left behind; returns how many of both."""
        finished = self.recover()
        found = [p for p in self.fs.find(self.root) if p.rsplit("/", 1)[-1].startswith(TMP_PREFIX)]
        for path in found:
            self.fs.rm(path)
        return finished + len(found)

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
    def dataset(self, name: str) -> str:
        """The table's dataset folder (or, written by an earlier version, its single file), relative to the root."""
        return f"{name}{DATASET_SUFFIX}"

    def write_table(self, name: str, table: pa.Table) -> str:
        """Write one table as a dataset of one partition (`all`), atomically."""
        self.write_tables({name: {"all": table}})
        return self.path(self.dataset(name))

    def write_tables(
        self,
        tables: Mapping[str, dict[str, pa.Table]],
        keep_others: Iterable[str] = (),
        remove: Mapping[str, Iterable[str]] | None = None,
    ) -> dict[str, dict[str, int]]:
        """Write tables given as partitions (name -> partition -> rows), all in one transaction; each table is
        taken from `tables` when its turn comes and let go after (so a lazy mapping holds one at a time).

        Each table's dataset ends up holding exactly the partitions given (a table given no partition gets one
        empty `all` partition, so that it still reads with its columns), except the tables named in
        `keep_others`, whose partitions not given stay as they are, less those named in `remove` (table ->
        partitions). Returns, per table, how many partition files were written, kept unchanged and removed."""
        keep_others = set(keep_others)
        self.recover()  # a transaction an earlier try left (a retried write) goes first, never after this one
        record = self._partition_record()
        txn = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:12]}"
        staging = f"{STAGING_DIR}/{txn}"
        puts: list[str] = []
        deletes: list[str] = []
        stats: dict[str, dict[str, int]] = {}
        new_record: dict[str, dict[str, str]] = {}
        for name in list(tables):
            partitions = tables[name]  # a lazy mapping makes each table here: one whole table in memory at a time
            schema = SCHEMAS.get(name)
            kept = name in keep_others
            if not partitions and not kept:
                partitions = {"all": schema.empty_table() if schema is not None else pa.table({})}
            folder = self.dataset(name)
            if self.exists(folder) and not self.fs.isdir(self.path(folder)):
                deletes.append(folder)  # a single file written by an earlier version: the dataset replaces it
                record.pop(name, None)
            on_disk = self._partition_files(folder)
            written = record.get(name, {})
            new_record[name] = dict(written) if kept else {}
            counts = {"written": 0, "unchanged": 0, "removed": 0}
            for partition in sorted(partitions):
                file = f"{folder}/{partition_file(partition)}"
                table = partitions[partition]
                data = _parquet_bytes(table.cast(schema) if schema is not None else table)
                del table
                digest = hashlib.sha256(data).hexdigest()
                new_record[name][partition] = digest
                if written.get(partition) == digest and file in on_disk:
                    counts["unchanged"] += 1
                    continue
                self._write_plain(f"{staging}/{file}", data)
                puts.append(file)
                counts["written"] += 1
            wanted = {f"{folder}/{partition_file(p)}" for p in partitions}
            gone = set((remove or {}).get(name, ())) - set(partitions) if kept else set()
            del partitions
            stale = on_disk - wanted if not kept else {f"{folder}/{partition_file(p)}" for p in gone} & on_disk
            for partition in gone:
                new_record[name].pop(partition, None)
            for file in sorted(stale):
                deletes.append(file)
                counts["removed"] += 1
            stats[name] = counts
        merged = {**record, **new_record}
        commit = {"puts": puts, "deletes": deletes, "partitions": merged}
        self.write_text(f"{staging}/{COMMIT_NAME}", json.dumps(commit, indent=1) + "\n")
        self._apply(txn)
        return stats

    def recover(self) -> int:
        """Finish or discard the table transactions a killed run left: a committed one is rolled forward (its
        files moved into place), an uncommitted one removed. Returns how many it found."""
        folder = self.path(STAGING_DIR)
        if not self.fs.exists(folder):
            return 0
        found = 0
        for path in sorted(self.fs.ls(folder, detail=False)):
            txn = path.rstrip("/").rsplit("/", 1)[-1]
            if self.exists(f"{STAGING_DIR}/{txn}/{COMMIT_NAME}"):
                self._apply(txn)
            else:
                self.fs.rm(path, recursive=True)
            found += 1
        return found

    def _apply(self, txn: str) -> None:
        """Move a committed transaction's files into place (idempotent: a file already moved is skipped)."""
        staging = f"{STAGING_DIR}/{txn}"
        commit = json.loads(self.read_bytes(f"{staging}/{COMMIT_NAME}"))
        for rel in commit["deletes"]:
            target = self.path(rel)
            # Only files: a legacy single-file table is deleted once; rolled forward again, the same name is
            # the new dataset folder and stays.
            if self.fs.exists(target) and not self.fs.isdir(target):
                self.fs.rm(target)
        for rel in commit["puts"]:
            source, target = self.path(staging, rel), self.path(rel)
            if not self.fs.exists(source):
                continue  # moved before the run that wrote it was killed
            self.fs.makedirs(target.rsplit("/", 1)[0], exist_ok=True)
            if self.is_local:
                os.replace(source, target)  # atomic on one local filesystem
            else:
                self.fs.mv(source, target)
        self.write_text(PARTITIONS, json.dumps(commit["partitions"], indent=1, sort_keys=True) + "\n")
        self.fs.rm(self.path(staging), recursive=True)

    def _write_plain(self, rel: str, data: bytes) -> None:
        """Write a staged file (not yet visible to readers: no temporary name needed)."""
        final = self.path(rel)
        self.fs.makedirs(final.rsplit("/", 1)[0], exist_ok=True)
        with self.fs.open(final, "wb") as handle:
            handle.write(data)

    def _partition_record(self) -> dict[str, dict[str, str]]:
        return json.loads(self.read_bytes(PARTITIONS)) if self.exists(PARTITIONS) else {}

    def _partition_files(self, folder: str) -> set[str]:
        """The partition files of a dataset folder, relative to the root."""
        path = self.path(folder)
        if not self.fs.exists(path) or not self.fs.isdir(path):
            return set()
        return {
            f"{folder}/{p.rstrip('/').rsplit('/', 1)[-1]}"
            for p in self.fs.ls(path, detail=False)
            if p.endswith(DATASET_SUFFIX)
        }

    def partitions(self, name: str) -> list[str]:
        """The partitions of a table as written, in file-name order."""
        return sorted(f.rsplit("/", 1)[-1][: -len(DATASET_SUFFIX)] for f in self._partition_files(self.dataset(name)))

    def read_arrow(
        self, name: str, columns: list[str] | None = None, partitions: list[str] | None = None
    ) -> pa.Table | None:
        """A table as Arrow (all partitions, or the ones named), or None when the run did not write it. Reads the
        dataset folder and the single file of earlier versions alike."""
        rel = self.dataset(name)
        if not self.exists(rel):
            return None
        if not self.fs.isdir(self.path(rel)):
            files = [rel]
        else:
            files = sorted(self._partition_files(rel))
            if partitions is not None:
                wanted = {partition_file(p) for p in partitions}
                files = [f for f in files if f.rsplit("/", 1)[-1] in wanted]
        parts = []
        for file in files:
            with self.fs.open(self.path(file), "rb") as handle:
                parts.append(pq.read_table(handle, columns=columns))
        if not parts:
            schema = SCHEMAS.get(name)
            if schema is None:
                return pa.table({})
            return schema.empty_table() if columns is None else schema.empty_table().select(columns)
        return pa.concat_tables(parts, promote_options="default") if len(parts) > 1 else parts[0]

    def read_table(self, name: str) -> pd.DataFrame | None:
        """A table as a DataFrame in its stable row order (the schema's sort keys), or None when the run did not
        write it."""
        table = self.read_arrow(name)
        if table is None:
            return None
        keys = [k for k in SORT_KEYS.get(name, ()) if k in table.column_names]
        if keys and table.num_rows > 1:
            table = table.take(pc.sort_indices(table, [(k, "ascending", "at_start") for k in keys]))
        return table.to_pandas()

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

    def write_parquet(self, name: str, table: pa.Table) -> None:
        """One Parquet file (not a dataset) under the output, written atomically."""
        self.write_bytes(name, _parquet_bytes(table))

    def read_parquet(self, name: str) -> pa.Table:
        """One Parquet file written by write_parquet."""
        return pq.read_table(io.BytesIO(self.read_bytes(name)))

    def write_resolved(self, batch: str, rows: dict[str, list[dict] | pa.Table]) -> None:
        """One ingest batch's resolved rows (dicts, or Arrow tables in the tables' schemas), one Parquet file per
        table."""
        for name in RESOLVED_TABLES:
            table = rows.get(name, [])
            table = table if isinstance(table, pa.Table) else to_table(name, table)
            self.write_parquet(f"{RESOLVED_DIR}/{batch}/{name}.parquet", table)

    def has_resolved(self, batch: str) -> bool:
        return all(self.exists(f"{RESOLVED_DIR}/{batch}/{name}.parquet") for name in RESOLVED_TABLES)

    def read_resolved(self, batch: str) -> dict[str, pa.Table]:
        return {name: self.read_parquet(f"{RESOLVED_DIR}/{batch}/{name}.parquet") for name in RESOLVED_TABLES}

    def prune_resolved(self, keep: set[str]) -> None:
        """Drop the resolved rows of batches no longer in the store."""
        folder = self.path(RESOLVED_DIR)
        if not self.fs.exists(folder):
            return
        for path in self.fs.ls(folder, detail=False):
            if path.rstrip("/").rsplit("/", 1)[-1] not in keep:
                self.fs.rm(path, recursive=True)

    # --- one writer at a time --------------------------------------------------------------------
    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the output for this run; a second run on the same output fails with a clear message.

        The lock is an flock on OUTPUT/.newsfacts.lock, released by the kernel however the process ends (the lock
        of a dead run is taken over). The file is removed when the run ends, while still locked; so a run that
        locked a file that was removed meanwhile (the path names another file, or none) tries again."""
        if not self.is_local:
            # Object stores have no locks; say so rather than pretend.
            yield
            return
        import fcntl

        path = self.path(LOCK_NAME)
        while True:
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
            if _same_file(path, handle):
                break
            handle.close()  # the run that held it removed it: lock the file now at that path
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {time.strftime('%Y-%m-%d %H:%M:%S')}")
        handle.flush()
        _HELD_LOCKS[path] = handle
        try:
            yield
        finally:
            if _HELD_LOCKS.pop(path, None) is handle:
                _unlock(path, handle)


# Lock files this process holds, by path: removed by `release_locks` when a signal ends the process at once.
_HELD_LOCKS: dict[str, IO[str]] = {}


def release_locks() -> None:
    """Remove and unlock every output lock this process holds (flows/stopping.py, before os._exit)."""
    while _HELD_LOCKS:
        path, handle = _HELD_LOCKS.popitem()
        _unlock(path, handle)


def _unlock(path: str, handle: IO[str]) -> None:
    """Remove the lock file while still holding it, then unlock: whoever opened it meanwhile sees it gone."""
    import fcntl

    with contextlib.suppress(FileNotFoundError):  # removed by hand meanwhile: nothing left to remove
        if _same_file(path, handle):
            os.unlink(path)
    fcntl.flock(handle, fcntl.LOCK_UN)
    handle.close()


def _same_file(path: str, handle: IO[str]) -> bool:
    """Whether the path still names the open file (not removed, nor replaced by another)."""
    try:
        named, held = os.stat(path), os.fstat(handle.fileno())
    except FileNotFoundError:
        return False
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def table_path(output: str | os.PathLike, name: str) -> Path:
    """Where a table lives in a local output folder: its dataset folder (pandas, pyarrow and DuckDB read it whole)."""
    return Path(output) / f"{name}{DATASET_SUFFIX}"


# How each table is partitioned: rows of one article go with the month it was published ("2024-05", or
# "undated"), so that a run adding recent articles rewrites few files; corpus-level tables by a column of their own.
ARTICLE_PARTITIONED = ("articles", "mentions", "figures", "claims", "events")
COLUMN_PARTITIONED = {"discrepancies": "category", "quarantine": "table"}
UNDATED = "undated"


def partition_tables(tables: dict[str, pa.Table]) -> dict[str, dict[str, pa.Table]]:
    """Split whole tables into their partitions (see ARTICLE_PARTITIONED, COLUMN_PARTITIONED; other tables are one
    partition, `all`). Rows keep their order within a partition."""
    months = _article_months(tables.get("articles"))
    out: dict[str, dict[str, pa.Table]] = {}
    for name, table in tables.items():
        if name in ARTICLE_PARTITIONED and months is not None:
            index = pc.index_in(table.column("article_id"), value_set=months[0])
            keys = pc.fill_null(pc.take(months[1], index), UNDATED)
        elif name in COLUMN_PARTITIONED:
            keys = pc.fill_null(pc.cast(table.column(COLUMN_PARTITIONED[name]), pa.string()), "none")
        else:
            out[name] = {"all": table}
            continue
        out[name] = _split(table, keys)
    return out


def _article_months(articles: pa.Table | None) -> tuple[pa.Array, pa.Array] | None:
    """Article ids and the month each was published ("2024-05"; null when undated)."""
    if articles is None:
        return None
    ids = articles.column("article_id").combine_chunks()
    published = articles.column("published_at").combine_chunks()
    return ids, pc.strftime(published, format="%Y-%m")


def _split(table: pa.Table, keys: pa.ChunkedArray | pa.Array) -> dict[str, pa.Table]:
    """Rows by key, each group in the table's own order (a stable sort, then slices)."""
    if table.num_rows == 0:
        return {}
    keys = keys.combine_chunks() if isinstance(keys, pa.ChunkedArray) else keys
    order = pc.sort_indices(keys)  # stable: rows of one key keep their order
    ordered = table.take(order)
    runs = pc.run_end_encode(keys.take(order))  # one run per key: no Python per row (millions of discrepancies)
    out, start = {}, 0
    for key, end in zip(runs.values.to_pylist(), runs.run_ends.to_pylist()):
        out[key] = ordered.slice(start, end - start)
        start = end
    return out


def partition_file(partition: str) -> str:
    """The file name of a partition: its name with anything but letters, digits, `-`, `_` and `=` replaced."""
    safe = "".join(c if c.isalnum() or c in "-_=" else "_" for c in partition) or "_"
    return f"{safe}{DATASET_SUFFIX}"


def _parquet_bytes(table: pa.Table) -> bytes:
    """A table as Parquet bytes: zstd, deterministic (the same rows give the same bytes)."""
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def write_table(output: str | os.PathLike, name: str, table: pa.Table) -> str:
    """Write one table to an output location, atomically."""
    return Output(output).write_table(name, table)


def read_table(output: str | os.PathLike, name: str) -> pd.DataFrame | None:
    """A table of an output location as a DataFrame, or None when the run did not write it."""
    return Output(output).read_table(name)
