"""The store's canonical tables across ingest batches: entities, sources and event clusters, kept as Arrow
tables, and how the rows of a new batch join them.

A store is built batch by batch, in the order the batches were ingested (one batch: the articles one run
parsed). Within a batch the corpus rules run as before (resolve_corpus over the batch alone); the batch then
joins what the earlier batches made:

- entities: a batch entity whose name keys (same label) are an existing entity's takes that entity's id, name
  and label; a one-word person name joins the one existing person of that surname. Counts are added, aliases
  united; other batch entities are new. Ids of existing entities never change.
- sources: ids are made from the (canonical) entity id or the folded name, so a batch's source with an
  existing id is that source: counts added, aliases united, an outlet stays an outlet.
- event keys: the earlier clusters of the batch's event types that can accept a row (their years; see
  `event_clusters`) are seeded first, in the order they were made; a row joins the first that accepts it and
  takes its key (assign_event_keys).

The state is kept under `_state/canonical/<table>/` in bucket files (a hash of the column a table is looked up
by: entity id, name key, source id, event type, discrepancy subject, event key, root key; see BUCKET_BY):
`Canonical.load` reads only the record (`batches.json`), a batch reads the rows it touches from the buckets of
its keys with Arrow filters, keeps its changes in memory, and `save` rewrites only the buckets they fall in. A
full rebuild replays the same batches in the same order through the same code, so incremental runs and a full
rebuild give the same tables by construction.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import math
import zlib
from collections import defaultdict
from typing import Callable, Iterable, Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsfacts.schema import SCHEMAS, make_id, make_ids, sorted_table, to_table
from newsfacts.transforms.dates import as_date
from newsfacts.transforms.discrepancies import (
    GROUP_PREFIX,
    ROW_PREFIX,
    RUNNING_TOTAL_GAP_DAYS,
    _Member,
    _articles_per_key,
    _day_date,
    _description_order,
    _incidents,
    figure_interval,
    _key,
    _missing,
    _point,
    _same_incident,
    UPPER_BOUND_QUALIFIERS,
    discrepancy_members,
    group_discrepancies,
    status_of_arrays,
    subject_key,
)
from newsfacts.transforms.entities import EntityIndex, surname_key
from newsfacts.transforms.events.grouping import _SIGNATURE_FIELDS, _folded
from newsfacts.transforms.spans import fold

STATE_DIR = "_state/canonical"
# Name keys of the canonical entities: kind "key" (a name key written for it) or "surname" (a full person's).
ENTITY_KEYS = pa.schema(
    [("key", pa.string()), ("label", pa.string()), ("kind", pa.string()), ("entity_id", pa.string())]
)
# One row per distinct signature of an event cluster: `seq` orders clusters, `sig` a cluster's signatures;
# `lo`-`hi` the years every dated member shares (NO_YEAR_LO/HI when none is dated); `pub_lo`-`pub_hi` the years
# its articles were published (null when none is dated).
CLUSTERS = pa.schema(
    [
        ("seq", pa.int64()),
        ("sig", pa.int32()),
        ("event_key", pa.string()),
        *((f, pa.date32() if f == "date" else pa.string()) for f in _SIGNATURE_FIELDS),
        ("lo", pa.int32()),
        ("hi", pa.int32()),
        ("pub_lo", pa.int32()),
        ("pub_hi", pa.int32()),
    ]
)
NO_YEAR_LO, NO_YEAR_HI = -1, 99_999
# Across batches, an undated event and a cluster (or a dated event and an undated cluster) are compared only
# when they are this many years apart at most (see Canonical.event_cluster_chunks).
WINDOW_YEARS = 1
# Earlier clusters are seeded about this many signatures at a time (memory holds one chunk of them).
CLUSTER_CHUNK_ROWS = 65_536
# Discrepancy members: a figure that can be compared, with what it measures (read in its own article).
_FIGURE = (
    ("figure_id", pa.string()),
    ("article_id", pa.string()),
    ("text", pa.string()),
    ("value", pa.float64()),
    ("lower", pa.float64()),
    ("upper", pa.float64()),
    ("qualifier", pa.string()),
    ("source_name", pa.string()),
    ("sentence_index", pa.int64()),
    ("start_char", pa.int64()),
    ("end_char", pa.int64()),
    ("category", pa.string()),
    ("as_of", pa.date32()),
)
_EVENT = (
    ("event_key", pa.string()),
    ("event_id", pa.string()),
    ("type", pa.string()),
    *((f, pa.string()) for p in ("actor", "counterpart", "location") for f in (p, f"{p}_entity_id")),
    ("date", pa.date32()),
    ("date_precision", pa.string()),
    ("article_id", pa.string()),
    ("start_char", pa.int64()),
)
MEMBERS = pa.schema(
    [
        ("subject", pa.string()),
        ("seq", pa.int64()),
        ("report", pa.string()),
        ("place", pa.string()),
        *(pa.field(f"fig_{n}", t) for n, t in _FIGURE),
        *(pa.field(f"ev_{n}", t) for n, t in _EVENT),
    ]
)
# Incidents: each event key of a member -> its incident's root key; the root events; articles per event key.
INCIDENT_KEYS = pa.schema([("event_key", pa.string()), ("root_key", pa.string())])
ROOTS = pa.schema([("root_key", pa.string()), ("day", pa.date32()), *(pa.field(f"ev_{n}", t) for n, t in _EVENT)])
REACH = pa.schema([("event_key", pa.string()), ("n_articles", pa.int64())])
DISCREPANCIES = SCHEMAS["discrepancies"].append(pa.field("_subject", pa.string()))
GEO_COLUMNS = ("country", "country_iso3", "admin1", "lat", "lon", "geo_precision")
STATE_TABLES = {
    "entities": SCHEMAS["entities"],
    "entity_keys": ENTITY_KEYS,
    "sources": SCHEMAS["sources"],
    "clusters": CLUSTERS,
    "members": MEMBERS,
    "incident_keys": INCIDENT_KEYS,
    "roots": ROOTS,
    "reach": REACH,
    "discrepancies": DISCREPANCIES,
}


# How the state is kept on disk (LAYOUT 2): each table is a folder `_state/canonical/<table>/` of bucket files, a
# row's bucket a hash of its BUCKET_BY value (the column it is looked up by) modulo the store's bucket count, so a
# batch reads and rewrites only the buckets its keys fall in. Within a file rows are in ORDER.
LAYOUT = 2
BUCKETS = 256
# A bucket no saved row was dropped from takes a batch's new rows as a file of their own (a segment: `0012-001.parquet`
# beside `0012.parquet`), so that append-mostly tables (members, entity keys, incidents) are not rewritten whole on
# every batch; a bucket of this many files, or one a drop reaches, is merged back into one file.
MAX_SEGMENTS = 8
BUCKET_BY = {
    "entities": "entity_id",
    "entity_keys": "key",
    "sources": "source_id",
    "clusters": "type",
    "members": "subject",
    "incident_keys": "event_key",
    "roots": "root_key",
    "reach": "event_key",
    "discrepancies": "_subject",
}
ORDER = {
    "entities": ("entity_id",),
    "entity_keys": ("key", "label", "kind", "entity_id"),
    "sources": ("source_id",),
    "clusters": ("seq", "sig"),
    "members": ("seq",),
    "incident_keys": ("event_key", "root_key"),
    "roots": ("root_key",),
    "reach": ("event_key",),
    "discrepancies": ("_subject", "discrepancy_id"),
}


def bucket_of(value: object, buckets: int) -> int:
    """The bucket of a BUCKET_BY value (stable across processes and machines: CRC-32 of its text)."""
    return zlib.crc32(("" if value is None else str(value)).encode("utf-8")) % buckets


def _bucket_column(column: pa.ChunkedArray | pa.Array, buckets: int) -> pa.Array:
    """The bucket of every value of a column (each distinct value hashed once)."""
    distinct = pc.unique(column)
    ids = pa.array([bucket_of(v, buckets) for v in distinct.to_pylist()], pa.int32())
    where = pc.index_in(column, options=pc.SetLookupOptions(value_set=distinct, skip_nulls=False))
    return pc.take(ids, where)


class _Part:
    """One table of the state: the rows saved in bucket files of an output (read with filters, never whole
    unless asked), plus what changed since they were saved, in memory: rows added (`new`) and saved rows
    dropped (`dropped`: column and values, with the buckets they may be in)."""

    def __init__(self, name: str, table: pa.Table | None = None) -> None:
        self.name, self.schema, self.by = name, STATE_TABLES[name], BUCKET_BY[name]
        self.out = None  # the output the saved rows are in (None: nothing saved)
        self.n_buckets = BUCKETS
        self.saved: dict[int, int] = {}  # bucket -> rows in its files
        self.segments: dict[int, int] = {}  # bucket -> its files, where more than one (see MAX_SEGMENTS)
        self.new = self.schema.empty_table() if table is None else table.cast(self.schema)
        self.dropped: dict[int | None, list[tuple[str, pa.Array]]] = defaultdict(list)  # per bucket (None: all)
        self.touched: set[int] = set()  # buckets whose saved rows a drop may reach
        self.after: tuple[int, dict[int, int], dict[int, int]] = (BUCKETS, {}, {})  # the record `changes` leave

    def folder(self) -> str:
        return f"{STATE_DIR}/{self.name}"

    def file(self, bucket: int, segment: int = 0) -> str:
        name = f"{bucket:04d}" if not segment else f"{bucket:04d}-{segment:03d}"
        return f"{self.folder()}/{name}.parquet"

    def is_empty(self) -> bool:
        return not self.saved and not self.new.num_rows

    def n_rows(self) -> int:
        """Rows of the table (exact for tables nothing was dropped from since they were saved)."""
        if self.dropped:
            raise ValueError(f"{self.name}: rows dropped since the last save, the count is not known")
        return sum(self.saved.values()) + self.new.num_rows

    def buckets_of(self, values: Iterable) -> set[int]:
        return {bucket_of(v, self.n_buckets) for v in values}

    # --- reads
    def where(self, expr: pc.Expression | None, buckets: Iterable[int] | None = None) -> pa.Table:
        """The rows that satisfy `expr` (every row: None): saved ones (from the buckets given, else all) less the
        dropped, then the new ones."""
        parts = []
        if self.out is not None:
            for bucket in sorted(self.saved if buckets is None else set(buckets) & set(self.saved)):
                parts.append(self._live(self._read(bucket, expr), bucket))
        if self.new.num_rows:
            parts.append(self.new if expr is None else self.new.filter(expr))
        return pa.concat_tables(parts) if parts else self.schema.empty_table()

    def rows_where(self, column: str, values: list, type_: pa.DataType | None = None) -> pa.Table:
        """The rows whose `column` is one of `values` (strings, or of `type_`)."""
        if not len(values) or self.is_empty():
            return self.schema.empty_table()
        expr = pc.field(column).isin(pa.array(values, type_ or pa.string()))
        return self.where(expr, self.buckets_of(values) if column == self.by else None)

    def whole(self, order: bool = True) -> pa.Table:
        """Every row, in ORDER (reads every bucket); `order` False: in bucket order, for a caller that sorts."""
        table = self.where(None)
        if not order or not table.num_rows:
            return table
        return table.sort_by([(c, "ascending") for c in ORDER[self.name]])

    def _read(self, bucket: int, expr: pc.Expression | None = None) -> pa.Table:
        """A bucket's rows in ORDER (those that satisfy `expr`; all without one, read plainly: no filter pass), as
        one merged file of them would hold them (its segments are each in ORDER: a stable sort of them joined)."""
        assert self.out is not None
        out = self.out
        tables = [
            pq.read_table(io.BytesIO(out.read_bytes(self.file(bucket, s))), filters=expr, schema=self.schema)
            for s in range(self.segments.get(bucket, 1))
        ]
        if len(tables) == 1:
            return tables[0]
        table = pa.concat_tables(tables)
        return table.sort_by([(c, "ascending") for c in ORDER[self.name]]) if table.num_rows else table

    def _live(self, table: pa.Table, bucket: int | None = None) -> pa.Table:
        """The rows of a bucket's file (of every file: `bucket` None) less the dropped ones."""
        drops = (
            [d for ds in self.dropped.values() for d in ds]
            if bucket is None
            else [*self.dropped.get(bucket, ()), *self.dropped.get(None, ())]
        )
        for column, values in drops:
            if table.num_rows:
                table = table.filter(pc.invert(_is_in(table.column(column), values)))
        return table

    # --- changes
    def append(self, rows: pa.Table) -> None:
        if rows.num_rows:
            self.new = pa.concat_tables([self.new, rows.cast(self.schema)]).combine_chunks()

    def drop(self, column: str, values, buckets: Iterable[int] | None = None) -> None:
        """Rows whose `column` is one of `values` left out; `buckets`: where they may be saved (found from the
        values where `column` is the bucket column; else every bucket)."""
        values = pc.unique(pa.array(values, self.schema.field(column).type))
        if not len(values):
            return
        if self.new.num_rows:
            self.new = self.new.filter(pc.invert(pc.is_in(self.new.column(column), value_set=values)))
        if self.saved:
            if column == self.by:  # each bucket gets the values that fall in it
                of: dict[int, list] = defaultdict(list)
                for value in values.to_pylist():
                    of[bucket_of(value, self.n_buckets)].append(value)
                for bucket, vals in of.items():
                    if bucket in self.saved:
                        self.dropped[bucket].append((column, pa.array(vals, values.type)))
                        self.touched.add(bucket)
            elif buckets is None:
                self.dropped[None].append((column, values))
                self.touched |= set(self.saved)
            else:
                for bucket in set(buckets) & set(self.saved):
                    self.dropped[bucket].append((column, values))
                    self.touched.add(bucket)

    def replace(self, column: str, rows: pa.Table, existing: Iterable | None = None) -> None:
        """The rows whose `column` is one of `rows`' replaced by `rows`; `existing`: of those values, the ones the
        table may hold already (the caller looked them up), so that a bucket that gets only new rows is not
        rewritten (default: any of them)."""
        if not rows.num_rows:
            return
        if existing is not None and self.new.num_rows:  # rows not saved yet: replaced whatever `existing` says
            self.new = self.new.filter(pc.invert(pc.is_in(self.new.column(column), value_set=rows.column(column))))
        self.drop(column, rows.column(column) if existing is None else list(existing))
        self.append(rows)

    # --- storage
    def changes(self, out, n_buckets: int) -> Iterator[tuple[str, pa.Table | None]]:
        """What saving into `out` writes, a bucket at a time (every bucket when `out` is not where the rows were
        saved, or the bucket count differs): each file with its rows in ORDER, or None where it goes (a folder
        first, when every row moves). A bucket that only gains rows takes them as a segment, one a drop reaches
        is rewritten whole. Once they are all given, `after` is the record they leave (bucket -> rows, files)."""
        same = self.out is not None and self.out.path("") == out.path("") and self.n_buckets == n_buckets
        new = _split(self.new, self.by, n_buckets)
        order = [(c, "ascending") for c in ORDER[self.name]]
        if same:
            todo, saved, segments = self.touched | set(new), dict(self.saved), dict(self.segments)
        else:  # every saved row moves: read them all first
            old = _split(self._live(self._saved_rows()), self.by, n_buckets)
            if out.exists(self.folder()):
                yield self.folder(), None
            for bucket, rows in old.items():
                new[bucket] = pa.concat_tables([rows, new[bucket]]) if bucket in new else rows
            todo, saved, segments = set(new), {}, {}
        for bucket in sorted(todo):
            files = segments.get(bucket, 1) if bucket in saved else 0
            if files and bucket not in self.touched and files < MAX_SEGMENTS:  # only new rows: a segment of them
                rows = new.pop(bucket)
                yield self.file(bucket, files), rows.sort_by(order)
                saved[bucket] += rows.num_rows
                segments[bucket] = files + 1
                continue
            parts = [self._live(self._read(bucket), bucket)] if files else []
            if bucket in new:
                parts.append(new.pop(bucket))
            rows = pa.concat_tables(parts) if parts else self.schema.empty_table()
            for segment in range(1, files):  # merged into the bucket's first file (or gone with it)
                yield self.file(bucket, segment), None
            segments.pop(bucket, None)
            if rows.num_rows:
                yield self.file(bucket), rows.sort_by(order)
                saved[bucket] = rows.num_rows
            elif bucket in saved:
                yield self.file(bucket), None
                saved.pop(bucket)
        self.after = (n_buckets, saved, segments)

    def save(self, out, n_buckets: int, changes: Iterable[tuple[str, pa.Table | None]] | None = None) -> dict:
        """The changes (`changes`, else this table's `changes` now) written into `out`, one file at a time;
        returns the table's record (bucket -> rows) for batches.json."""
        for path, rows in self.changes(out, n_buckets) if changes is None else changes:
            if rows is None:
                out.remove(path)
            else:
                out.write_parquet(path, rows)
        n_buckets, saved, segments = self.after
        self.out, self.n_buckets, self.saved, self.segments = out, n_buckets, saved, segments
        self.new, self.dropped, self.touched = self.schema.empty_table(), defaultdict(list), set()
        return {str(b): n for b, n in sorted(saved.items())}

    def files(self) -> list[str]:
        """The files of the saved rows (each bucket's first file, then its segments)."""
        return [self.file(b, s) for b in sorted(self.saved) for s in range(self.segments.get(b, 1))]

    def read_file(self, path: str) -> pa.Table:
        """The rows of one saved file (one segment of a bucket), as written (in ORDER)."""
        assert self.out is not None
        return pq.read_table(io.BytesIO(self.out.read_bytes(path)), schema=self.schema)

    def _saved_rows(self) -> pa.Table:
        if self.out is None or not self.saved:
            return self.schema.empty_table()
        return pa.concat_tables([self._read(b) for b in sorted(self.saved)])

    def load(self, out, record: dict, n_buckets: int, segments: dict | None = None) -> None:
        """The rows saved in `out` (`record`: bucket -> rows; `segments`: bucket -> files, where more than one),
        nothing changed."""
        self.out, self.n_buckets = out, n_buckets
        self.saved = {int(b): n for b, n in record.items()}
        self.segments = {int(b): n for b, n in (segments or {}).items()}


def _is_in(column: pa.ChunkedArray | pa.Array, values: pa.Array) -> pa.ChunkedArray | pa.Array:
    """Whether each value of `column` is one of `values` (pc.is_in, nulls match nulls). A drop can hold far more
    values than a bucket has rows (the figures of a regrouped running total: ~10^5-10^6), and is_in hashes its
    value set on every call: then the values the column holds are found first (the column hashed, the values
    probed), and only those are looked up."""
    if len(values) > len(column):
        values = values.filter(pc.is_in(values, value_set=column))
    return pc.is_in(column, value_set=values)


def _split(table: pa.Table, column: str, n_buckets: int) -> dict[int, pa.Table]:
    """A table's rows per bucket of `column`."""
    if not table.num_rows:
        return {}
    ids = _bucket_column(table.column(column), n_buckets)
    order = pc.sort_indices(ids)
    table, ids = table.take(order), ids.take(order)
    out, offset = {}, 0
    for run in sorted(pc.value_counts(ids).to_pylist(), key=lambda r: r["values"]):
        out[run["values"]] = table.slice(offset, run["counts"])
        offset += run["counts"]
    return out


class Canonical:
    """The canonical tables of the batches ingested so far (see the module docstring)."""

    def __init__(self, tables: dict[str, pa.Table] | None = None, batches: list[str] | None = None) -> None:
        self.parts = {name: _Part(name, (tables or {}).get(name)) for name in STATE_TABLES}
        self.batches = list(batches or [])
        self.max_seq = _max_seq(self.parts["clusters"].new)  # the last cluster's seq (-1: none)
        self._joined: dict[str, str] = {}  # this batch: batch entity id -> canonical id
        self._existing: dict[str, dict] = {}  # this batch: the existing entities it touches, as they were
        self._clusters: dict[str, tuple] = {}  # this batch: seeded clusters (seq, signatures, publication years)
        self._published: dict[str, int | None] = {}  # this batch: article id -> year published
        self.seed_types: list[str] = []  # this batch: event types in the order of their first earlier cluster
        self.categories: set[str] = set()  # discrepancy categories regrouped since the state was saved

    # ------------------------------------------------------------------------------------------ storage
    @classmethod
    def load(cls, out) -> Canonical | None:
        """The state saved in an output, or None where there is none. Only its record is read: the tables stay
        on disk and are read by the rows a batch touches. A state of the single-file layout (LAYOUT 1) is read
        whole, and saved in buckets next time."""
        if not out.exists(f"{STATE_DIR}/batches.json"):
            return None
        record = json.loads(out.read_bytes(f"{STATE_DIR}/batches.json"))
        if record.get("layout") != LAYOUT:
            tables = {n: out.read_parquet(f"{STATE_DIR}/{n}.parquet").cast(s) for n, s in STATE_TABLES.items()}
            return cls(tables, record["batches"])
        state = cls(None, record["batches"])
        segments = record.get("segments", {})
        for name, part in state.parts.items():
            part.load(out, record["tables"].get(name, {}), record["buckets"], segments.get(name))
        state.max_seq = record["max_seq"]
        return state

    def bucket_count(self, buckets: int | None = None) -> int:
        """The bucket count a save uses: `buckets`, else the one the state was saved with, else BUCKETS."""
        return buckets or next((p.n_buckets for p in self.parts.values() if p.out is not None), BUCKETS)

    def save(self, out, buckets: int | None = None, changes: dict[str, list] | None = None) -> None:
        """The changed buckets of the tables, then the record of the state (written last: it marks the state
        complete). `buckets`: the bucket count (see `bucket_count`); `changes`: of some tables, their `changes`
        as taken before (written as they are)."""
        n = self.bucket_count(buckets)
        if out.exists(f"{STATE_DIR}/batches.json"):
            out.remove(f"{STATE_DIR}/batches.json")
        for name in STATE_TABLES:
            if out.exists(f"{STATE_DIR}/{name}.parquet"):  # the single-file layout
                out.remove(f"{STATE_DIR}/{name}.parquet")
        record = {name: part.save(out, n, (changes or {}).get(name)) for name, part in self.parts.items()}
        segments = {
            name: {str(b): k for b, k in sorted(part.segments.items())}
            for name, part in self.parts.items()
            if part.segments
        }
        self.categories = set()
        state = {"layout": LAYOUT, "buckets": n, "max_seq": self.max_seq, "batches": self.batches, "tables": record}
        if segments:
            state["segments"] = segments
        out.write_text(f"{STATE_DIR}/batches.json", json.dumps(state) + "\n")

    @property
    def tables(self) -> dict[str, pa.Table]:
        """Every state table whole, in ORDER (reads every bucket: for tests and tiling, not for a batch)."""
        return {name: part.whole() for name, part in self.parts.items()}

    def table(self, name: str) -> pa.Table:
        """A canonical table (entities, sources, discrepancies) in its schema's row order."""
        return self.table_where(name)

    def table_where(self, name: str, column: str | None = None, values: list | None = None) -> pa.Table:
        """A canonical table's rows (those whose `column` is one of `values`, else all) in its schema's order."""
        part = self.parts[name]
        # sorted_table's keys are unique in these tables: ORDER first would change nothing but the time
        table = part.whole(order=False) if column is None else part.rows_where(column, values or [])
        if name == "discrepancies":
            table = table.drop_columns(["_subject"])
        return sorted_table(name, table)

    # ------------------------------------------------------------------------------------------ entities
    def join_entities(self, entities: list[dict], mentions: list[dict], index: EntityIndex) -> list[dict]:
        """The batch's entities joined to the canonical ones: the index resolves to canonical rows and the
        mentions carry canonical ids (both in place). Returns the canonical rows the batch touches (existing
        ones as copies), with the batch's counts added."""
        keys_of: dict[str, list[str]] = defaultdict(list)
        for key, entity_id in index.by_key.items():
            keys_of[entity_id].append(key)
        names = {k for ks in keys_of.values() for k in ks}
        wanted = sorted(names | {surname_key(k) for k in names if len(k.split()) > 1})
        hits: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        if wanted:
            for row in self.parts["entity_keys"].rows_where("key", wanted).to_pylist():
                hits[(row["key"], row["label"], row["kind"])].add(row["entity_id"])
        joined: dict[str, str] = {}
        for entity in entities:
            entity_id, label = entity["entity_id"], entity["label"]
            own = sorted(keys_of.get(entity_id, ()), key=lambda k: (make_id("ent", label, k) != entity_id, k))
            target = next((min(hits[(k, label, "key")]) for k in own if hits.get((k, label, "key"))), None)
            if target is None and label == "PERSON" and own and len(own[0].split()) == 1:
                persons = hits.get((own[0], label, "surname"), set())
                target = next(iter(persons)) if len(persons) == 1 else None
            joined[entity_id] = target or entity_id
        old = {}
        for row in self.parts["entities"].rows_where("entity_id", sorted(set(joined.values()))).to_pylist():
            old[row["entity_id"]] = row
        rows: dict[str, dict] = {}
        for entity in entities:
            target = joined[entity["entity_id"]]
            if target not in rows:
                base = old.get(target, entity)
                rows[target] = {**base, "aliases": set(base["aliases"] or ()), "n_mentions": 0, "n_articles": 0}
            rows[target]["aliases"].update(entity["aliases"] or ())
        articles: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            m["entity_id"] = target = joined[m["entity_id"]]
            rows[target]["n_mentions"] += 1
            articles[target].add(m["article_id"])
        for target, row in rows.items():
            before = old.get(target)
            row["aliases"] = sorted(row["aliases"])
            row["n_articles"] = len(articles[target]) + (before["n_articles"] if before else 0)
            row["n_mentions"] += before["n_mentions"] if before else 0
        for batch_id, target in joined.items():
            index.entities[batch_id] = rows[target]
        self._joined, self._existing, self._hits = joined, old, hits
        self._keys_of = {e: keys_of.get(e, []) for e in joined}
        return list(rows.values())

    def commit_entities(self, rows: list[dict]) -> None:
        """The touched rows into the entities table (existing ones keep their geocode); their keys indexed."""
        for row in rows:
            before = self._existing.get(row["entity_id"])
            if before is not None:
                row.update({c: before.get(c) for c in GEO_COLUMNS})
        self.parts["entities"].replace("entity_id", to_table("entities", rows), existing=self._existing)
        labels = {row["entity_id"]: row["label"] for row in rows}
        new_keys, seen = [], set()
        for batch_id, target in self._joined.items():
            label = labels[target]
            for key in self._keys_of[batch_id]:
                wanted = [(key, "key")]
                if label == "PERSON" and len(key.split()) > 1:
                    wanted.append((surname_key(key), "surname"))
                for k, kind in wanted:
                    if target in self._hits.get((k, label, kind), ()) or (k, label, kind, target) in seen:
                        continue  # indexed already
                    seen.add((k, label, kind, target))
                    new_keys.append({"key": k, "label": label, "kind": kind, "entity_id": target})
        if new_keys:
            self.parts["entity_keys"].append(pa.Table.from_pylist(new_keys, schema=ENTITY_KEYS))

    # ------------------------------------------------------------------------------------------ sources
    def add_sources(self, rows: list[dict]) -> list[dict]:
        """The batch's sources joined to the canonical ones by id: counts added, aliases united. Returns the
        touched canonical rows."""
        if not rows:
            return []
        ids = sorted({r["source_id"] for r in rows})
        old = {row["source_id"]: row for row in self.parts["sources"].rows_where("source_id", ids).to_pylist()}
        out = []
        for row in rows:
            before = old.get(row["source_id"])
            if before is not None:
                row = {
                    **before,
                    "kind": "outlet" if row["kind"] == "outlet" else before["kind"],
                    "aliases": sorted(set(before["aliases"] or ()) | set(row["aliases"] or ())),
                    **{n: before[n] + row[n] for n in ("n_articles", "n_claims", "n_figures")},
                }
            out.append(row)
        self.parts["sources"].replace("source_id", to_table("sources", out), existing=old)
        return out

    # ------------------------------------------------------------------------------------------ event keys
    def event_clusters(self, events: list[dict], articles: list[dict]) -> list[tuple[str, list[dict]]]:
        """The earlier clusters that may accept one of these events, in the order they were made, each as
        (key, its distinct signatures): every chunk of `event_cluster_chunks` at once (a batch reads them chunk by
        chunk)."""
        window = self._sorted_window(events, articles)
        self._clusters = _seed_entries(_may_accept(window, events)) if window is not None else {}
        return [(key, entry[1]) for key, entry in self._clusters.items()]

    def event_cluster_chunks(
        self, events: list[dict], articles: list[dict], chunk_rows: int | None = None
    ) -> Callable[[list[dict]], Iterator[list[tuple[str, list[dict]]]]]:
        """The earlier clusters that may accept one of these events, in the order they were made, each as
        (key, its distinct signatures), for assign_event_keys_in_chunks: chunks of about `chunk_rows` signatures,
        (default CLUSTER_CHUNK_ROWS), each filtered by the rows still pending when it is read (`_may_accept`), none
        once no row is pending.

        Two compatible dates share a year, so a dated event is compared with the dated clusters whose members'
        years it shares. Where one side is undated, the other is compared with it only when it was published (an
        undated event) or happened (a dated one) within WINDOW_YEARS of the publication years of the cluster's
        articles (an undated cluster) or of the event's article (a dated cluster): an undated mention is taken
        to be about an event of about when it was written. Other clusters are not read. Of a chunk's clusters
        only those that took rows are kept for `add_clusters`."""
        window = self._sorted_window(events, articles)
        if window is None:
            return lambda pending: iter(())
        seqs = window.column("seq").to_numpy()
        size = chunk_rows or CLUSTER_CHUNK_ROWS

        def chunks(pending: list[dict]) -> Iterator[list[tuple[str, list[dict]]]]:
            start = 0
            while start < len(seqs) and pending:
                end = min(start + size, len(seqs))
                end = int(np.searchsorted(seqs, seqs[end - 1], side="right"))  # a cluster's signatures stay together
                found = _may_accept(window.slice(start, end - start), pending)
                start = end
                entries = _seed_entries(found)
                if not entries:
                    continue
                before = list(pending)
                yield [(key, entry[1]) for key, entry in entries.items()]
                still = {id(row) for row in pending}
                for row in before:  # the rows this chunk took: their clusters are kept for add_clusters
                    if id(row) not in still:
                        self._clusters[row["event_key"]] = entries[row["event_key"]]

        return chunks

    def _sorted_window(self, events: list[dict], articles: list[dict]) -> pa.Table | None:
        """The window of earlier clusters (`_cluster_window`) in seq, sig order, None where empty; the batch's
        publication years and `seed_types` set, the seeded clusters cleared."""
        self._published = {a["article_id"]: _year(a.get("published_at")) for a in articles}
        self._clusters = {}
        self.seed_types = []
        window = self._cluster_window(events)
        if window is None or not window.num_rows:
            return None
        first = window.group_by("type").aggregate([("seq", "min")]).sort_by([("seq_min", "ascending")])
        self.seed_types = first.column("type").to_pylist()  # as seeding every cluster in the window would order them
        return window.sort_by([("seq", "ascending"), ("sig", "ascending")])

    def _cluster_window(self, events: list[dict]) -> pa.Table | None:
        """The signature rows of the earlier clusters of the events' types in their years' window (see
        `event_cluster_chunks`), read from the buckets of those types; None where no event has a year."""
        part = self.parts["clusters"]
        if not events or part.is_empty():
            return None
        dated: dict[str, list[int]] = {}  # type -> years of its dated events
        undated: dict[str, list[int]] = {}  # type -> publication years of its undated events
        for event in events:
            span = _year_span(event.get("date"), event.get("date_precision"))
            published = self._published.get(event["article_id"])
            if span is not None:
                dated.setdefault(event["type"], []).extend(span)
            elif published is not None:
                undated.setdefault(event["type"], []).append(published)
        lo, hi, pub_lo, pub_hi = (pc.field(c) for c in ("lo", "hi", "pub_lo", "pub_hi"))
        is_dated = lo != NO_YEAR_LO

        def overlaps(a_lo, a_hi, b_lo: int, b_hi: int) -> pc.Expression:
            return (a_lo <= b_hi) & (a_hi >= b_lo)  # Kleene: a null year fits nothing

        mask = None
        for type_ in sorted({*dated, *undated}):
            fits = []
            if type_ in dated:
                years = dated[type_]
                fits.append(is_dated & overlaps(lo, hi, min(years), max(years)))
                fits.append(~is_dated & overlaps(pub_lo, pub_hi, min(years), max(years) + WINDOW_YEARS))
            if type_ in undated:
                years = undated[type_]
                fits.append(is_dated & overlaps(lo, hi, min(years) - WINDOW_YEARS, max(years)))
                fits.append(~is_dated & overlaps(pub_lo, pub_hi, min(years) - WINDOW_YEARS, max(years) + WINDOW_YEARS))
            m = fits[0]
            for other in fits[1:]:
                m = m | other
            m = (pc.field("type") == type_) & m
            mask = m if mask is None else mask | m
        if mask is None:  # no event has a year to compare by
            return None
        # only the buckets of the batch's types are read, and of them only the clusters in the window
        return part.where(mask, part.buckets_of({*dated, *undated}))

    def add_clusters(self, touched: Iterable[tuple[str, list[dict]]]) -> None:
        """The clusters that got rows (assign_event_keys' answer) into the clusters table."""
        next_seq = self.max_seq + 1
        rows, replaced = [], []
        for key, added in touched:
            seq, sigs, pub_lo, pub_hi = self._clusters.get(key, (None, [], None, None))
            if seq is None:
                seq, next_seq = next_seq, next_seq + 1
            else:
                replaced.append(key)
            seen = {tuple(s.get(f) for f in _SIGNATURE_FIELDS) for s in sigs}
            sigs = list(sigs)
            for row in added:
                sig = tuple(row.get(f) for f in _SIGNATURE_FIELDS)
                if sig not in seen:
                    seen.add(sig)
                    sigs.append(dict(zip(_SIGNATURE_FIELDS, sig)))
                year = self._published.get(row["article_id"])
                if year is not None:
                    pub_lo = year if pub_lo is None else min(pub_lo, year)
                    pub_hi = year if pub_hi is None else max(pub_hi, year)
            lo, hi = NO_YEAR_LO, NO_YEAR_HI
            for s in sigs:
                span = _year_span(s.get("date"), s.get("date_precision"))
                if span is not None:
                    lo, hi = max(lo, span[0]), min(hi, span[1])
            for n, s in enumerate(sigs):
                rows.append(
                    {
                        "seq": seq,
                        "sig": n,
                        "event_key": key,
                        **{f: s.get(f) for f in _SIGNATURE_FIELDS},
                        "lo": lo,
                        "hi": hi,
                        "pub_lo": pub_lo,
                        "pub_hi": pub_hi,
                    }
                )
        part = self.parts["clusters"]
        if replaced:  # a cluster keeps its type: its rows are in its type's bucket
            part.drop("event_key", replaced, part.buckets_of({r["type"] for r in rows}))
        if rows:
            part.append(pa.Table.from_pylist(rows, schema=CLUSTERS))
        self.max_seq = next_seq - 1
        self._clusters = {}

    # ------------------------------------------------------------------------------------------ discrepancies
    def add_discrepancies(
        self, figures: list[dict], events: list[dict], articles: list[dict], mentions: list[dict], entities: list[dict]
    ) -> int:
        """The batch's comparable figures joined to the subjects of the earlier batches: a batch incident with
        an event key of an earlier incident is that incident, else one of the same day it is the same incident
        as (the first, best described first), else new. The subjects the batch touches are grouped again
        from their members (the earlier ones read back); the others stay as they are. A place's running total
        is grouped again only where the batch's report dates fall: its earlier members of the date groups
        (RUNNING_TOTAL_GAP_DAYS chains) that a new date joins are read back, the rest of its groups stay as
        they are (see `_near_new_dates`). Returns how many subjects were grouped."""
        batch = discrepancy_members(figures, events, articles, mentions, entities)
        reach = _articles_per_key(events)
        batch_incident = _incidents([m.event for m in batch if m.event is not None])
        incident = self._join_incidents(batch_incident)
        subjects = {subject_key(m, incident) for m in batch}
        if not subjects:
            self._add_reach(reach)
            return 0
        wanted = sorted(_subject_text(k) for k in subjects)
        earlier, redone = _near_new_dates(self.parts["members"].rows_where("subject", wanted), batch, incident)
        start = self.parts["members"].n_rows()
        new = [_member_row(m, subject_key(m, incident), start + n) for n, m in enumerate(batch)]
        # places (running totals, hundreds of thousands of members in a large store) are grouped in Arrow
        places = sorted(_subject_text(k) for k in subjects if k[1] == "place")
        is_place = pc.is_in(earlier.column("subject"), value_set=pa.array(places, pa.string()))
        of_place = set(places)
        new_places = pa.Table.from_pylist([r for r in new if r["subject"] in of_place], schema=MEMBERS)
        place_rows = _place_rows(pa.concat_tables([earlier.filter(is_place), new_places]))
        earlier = earlier.filter(pc.invert(is_place)).sort_by([("seq", "ascending")])
        members = [_member_of(row) for row in earlier.to_pylist()]
        missing = sorted({_key(m.event) for m in members if m.event is not None} - set(incident))
        if missing:
            found = self.parts["incident_keys"].rows_where("event_key", missing)  # its buckets read once
            roots = dict(zip(found.column("event_key").to_pylist(), found.column("root_key").to_pylist()))
            events_of = self._root_events(set(roots.values()))
            incident.update({key: events_of[root] for key, root in roots.items()})
        members += [m for m in batch if m.event is not None]
        keys = sorted({_key(m.event) for m in members if m.event is not None})
        known = self.parts["reach"].rows_where("event_key", keys)
        total = dict(zip(known.column("event_key").to_pylist(), known.column("n_articles").to_pylist()))
        for key, n in reach.items():
            total[key] = total.get(key, 0) + n
        grouped = group_discrepancies(members, incident, total)
        rows = [{**row, "_subject": _subject_text(key)} for key, group in grouped for row in group]
        part = self.parts["discrepancies"]
        part.drop("_subject", [s for s in wanted if s not in redone])  # regrouped whole
        dropped = sorted({f for ids in redone.values() for f in ids})  # the rows of the date groups regrouped
        part.drop("figure_id", dropped, part.buckets_of(redone))
        part.append(
            pa.Table.from_pylist([{f: row.get(f) for f in DISCREPANCIES.names} for row in rows], schema=DISCREPANCIES)
        )
        part.append(place_rows)
        self.categories |= {key[0] for key in subjects}
        _append(self.parts["members"], new, MEMBERS)
        self._add_reach(reach)
        return len(subjects)

    def _join_incidents(self, batch_incident: dict[str, dict]) -> dict[str, dict]:
        """Event key -> root event, for the batch's keys, joined to the earlier incidents (and recorded)."""
        keys = sorted(batch_incident)
        found = self.parts["incident_keys"].rows_where("event_key", keys)
        earlier = dict(zip(found.column("event_key").to_pylist(), found.column("root_key").to_pylist()))
        by_root: dict[str, list[str]] = defaultdict(list)
        for key in keys:
            by_root[_key(batch_incident[key])].append(key)
        days = sorted({d for r in by_root if (d := _day_date(batch_incident[r])) is not None})
        same_day: dict[dt.date, list[dict]] = defaultdict(list)
        if days:  # roots are kept by root key: this reads every bucket, the day column only compared
            for row in self.parts["roots"].rows_where("day", days, pa.date32()).to_pylist():
                same_day[row["day"]].append(_event_of(row))
        root_events = self._root_events(set(earlier.values()))
        incident: dict[str, dict] = {}
        new_keys, new_roots = [], []
        for root in sorted(by_root, key=lambda r: _description_order(batch_incident[r])):
            event = batch_incident[root]
            known = sorted({earlier[k] for k in by_root[root] if k in earlier})
            target = min(known, key=lambda r: _description_order(root_events[r])) if known else None
            if target is None:
                day = _day_date(event)
                candidates = sorted(same_day.get(day, ()), key=_description_order) if day else []
                match = next((c for c in candidates if _same_incident(event, c)), None)
                if match is not None:
                    target = _key(match)
                    root_events[target] = match
            if target is None:
                target, root_events[root] = root, event
                new_roots.append({"root_key": root, "day": _day_date(event), **_event_row(event)})
            for key in by_root[root]:
                incident[key] = root_events[target]
                if key not in earlier:
                    new_keys.append({"event_key": key, "root_key": target})
        _append(self.parts["incident_keys"], new_keys, INCIDENT_KEYS)
        _append(self.parts["roots"], new_roots, ROOTS)
        return incident

    def _root_events(self, roots: set[str]) -> dict[str, dict]:
        if not roots:
            return {}
        found = self.parts["roots"].rows_where("root_key", sorted(roots)).to_pylist()
        return {row["root_key"]: _event_of(row) for row in found}

    def _add_reach(self, reach: dict[str, int]) -> None:
        """Articles per event key, the batch's added."""
        if not reach:
            return
        part = self.parts["reach"]
        keys = sorted(reach)
        known = part.rows_where("event_key", keys)
        total = dict(zip(known.column("event_key").to_pylist(), known.column("n_articles").to_pylist()))
        rows = [{"event_key": k, "n_articles": total.get(k, 0) + reach[k]} for k in keys]
        part.replace("event_key", pa.Table.from_pylist(rows, schema=REACH), existing=total)


_PARTIES = ("actor", "counterpart", "location")


def _may_accept(clusters: pa.Table, events: list[dict]) -> pa.Table:
    """The signature rows of the clusters that may accept one of these events, found by Arrow: a cluster accepts a
    row only when every signature fits it (events/grouping.py), and where both sides have them, two entities of a
    party, or two dates precise to the day, fit only when equal. A cluster is kept when one of the events (of its
    type) fits it so far: for each of these kinds the event has none, the cluster has none, or it has exactly the
    event's. Only clusters that accept no event are left out, in the same order, so the first cluster that accepts
    an event is the same as among all of them (only a few of the clusters seeded get a row).

    And a cluster that no signature gives a value of any kind the event has (no actor, counterpart or location,
    by name or entity, where the event names one; no date where it has one) surely accepts it, unless a row of
    the batch joined it first (a join only adds what a row must fit); each row joins one cluster, so an event of
    a type with B rows in the batch joins one of its clusters up to its (B + 1)-th sure one, and later clusters
    are not kept for it (`_cutoffs`)."""
    if not clusters.num_rows or not events:
        return clusters
    day = pc.if_else(
        pc.or_kleene(pc.is_null(clusters.column("date_precision")), pc.equal(clusters.column("date_precision"), "day")),
        pc.cast(clusters.column("date"), pa.string()),
        pa.scalar(None, pa.string()),
    )
    sigs = pa.table(
        {
            "event_key": clusters.column("event_key"),
            "type": clusters.column("type"),
            **{kind: clusters.column(f"{kind}_entity_id") for kind in _PARTIES},
            "day": day,
        }
    )
    for party in _PARTIES:  # whether the signature has any value of the party (a name or an entity)
        name = clusters.column(party)
        named = pc.and_kleene(pc.is_valid(name), pc.not_equal(name, ""))
        sigs = sigs.append_column(
            f"has_{party}", pc.cast(pc.or_(pc.fill_null(named, False), pc.is_valid(sigs.column(party))), pa.int8())
        )
    sigs = sigs.append_column("has_date", pc.cast(pc.is_valid(clusters.column("date")), pa.int8()))
    sigs = sigs.append_column("seq", clusters.column("seq"))
    folded = {party: _folded_names(clusters, party) for party in _PARTIES}  # each name folded once
    for party in _PARTIES:  # the folded name of a signature that has no entity of the party (compared by words)
        no_entity = pc.if_else(
            pc.is_valid(clusters.column(f"{party}_entity_id")), pa.scalar(None, pa.string()), folded[party]
        )
        sigs = sigs.append_column(f"{party}_name", no_entity)
    for party in _PARTIES:  # ... and of every signature: what an event without the party's entity is compared by
        sigs = sigs.append_column(f"{party}_anyname", folded[party])
    kinds = (*_PARTIES, "day", *_NAME_KINDS, *_ANYNAME_KINDS)
    aggregate: list[tuple] = [("type", "min"), ("seq", "min")]
    aggregate += [(f"has_{k}", "max") for k in _BLANKS]
    for kind in kinds:
        aggregate += [(kind, "count_distinct", pc.CountOptions(mode="only_valid")), (kind, "min")]
    per = _per_cluster(sigs, aggregate).sort_by([("seq_min", "ascending")])
    # A cluster's value of a kind: "*" (none), its one value, or MANY (two: it fits only events without one).
    own = {
        kind: pc.if_else(
            pc.equal(per.column(f"{kind}_count_distinct"), 0),
            pa.scalar(_ANY),
            pc.if_else(
                pc.equal(per.column(f"{kind}_count_distinct"), 1),
                per.column(f"{kind}_min"),
                pa.scalar(_ANY if kind in _WORD_KINDS else _MANY),  # two names: each event may fit both
            ),
        )
        for kind in kinds
    }
    names = {kind: _NameIndex(pc.unique(own[kind]).to_pylist()) for kind in _WORD_KINDS}
    # Per set of kinds an event has values of: the keys of the clusters that fit it (each value, or "*").
    # ... and per set of kinds it has any value of (`_BLANKS`), the clusters up to its cutoff
    wanted: dict[tuple[tuple[str, ...], tuple[str, ...]], set[str]] = defaultdict(set)
    rows_of_type: dict[str, int] = defaultdict(int)
    seen: set[tuple] = set()
    for event in events:
        rows_of_type[event["type"]] += 1
        fit = tuple(event.get(f) for f in _FIT_FIELDS)
        if fit in seen:  # an event like an earlier one (all that is read of it here) adds no key
            continue
        seen.add(fit)
        options = {kind: [value] for kind, value in zip(kinds, _fit_values(event)) if value is not None}
        for party, kind, anyname in zip(_PARTIES, _NAME_KINDS, _ANYNAME_KINDS):
            fitting = names[kind].fitting(event.get(party))
            if fitting is not None:
                options[kind] = fitting
            if not event.get(f"{party}_entity_id"):  # compared by words with every signature's name
                fitting = names[anyname].fitting(event.get(party))
                if fitting is not None:
                    options[anyname] = fitting
        has = tuple(k for k in kinds if k in options)
        found = wanted[(has, _valued(event))]  # once per event, not per combination of its values
        for parts in itertools.product(*([_ANY, *options[k]] for k in has)):
            found.add(_SEP.join([event["type"], *parts]))
    keep = None
    cutoffs: dict[tuple[str, ...], pa.Array] = {}  # depends on the valued kinds only: computed once for each
    for (has, valued), keys in wanted.items():
        key = pc.binary_join_element_wise(per.column("type_min"), *(own[k] for k in has), _SEP)
        fits = pc.is_in(key, value_set=pa.array(sorted(keys), pa.string()))
        if valued not in cutoffs:
            cutoffs[valued] = _before_cutoffs(per, valued, rows_of_type)
        fits = pc.and_(fits, cutoffs[valued])
        keep = fits if keep is None else pc.or_(keep, fits)
    kept = per.filter(keep).column("event_key")
    return clusters.filter(pc.is_in(clusters.column("event_key"), value_set=kept))


def _per_cluster(sigs: pa.Table, aggregate: list[tuple]) -> pa.Table:
    """`sigs` grouped by event key with `aggregate` (column, "min" | "max" | "count_distinct" of valid values): one
    row per cluster, as group_by gives it. Most clusters have one signature (about 19 in 20 in a large store), and a
    group of one row aggregates to that row (its value; counted 1 where valid, else 0): only the clusters of two or
    more signatures are grouped."""
    codes = sigs.column("event_key").combine_chunks().dictionary_encode().indices.to_numpy(zero_copy_only=False)
    single = np.bincount(codes)[codes] == 1
    many = sigs.filter(pa.array(~single)).group_by("event_key").aggregate(aggregate)
    one = sigs.filter(pa.array(single))
    columns = {"event_key": one.column("event_key")}
    for column, how, *_ in aggregate:
        values = one.column(column)
        if how == "count_distinct":
            values = pc.cast(values.is_valid(), pa.int64())
        columns[f"{column}_{how}"] = values
    one = pa.table({f.name: columns[f.name].cast(f.type) for f in many.schema}, schema=many.schema)
    return pa.concat_tables([one, many])


def _seed_entries(found: pa.Table) -> dict[str, tuple]:
    """Clusters' signature rows (in seq, sig order) as key -> (seq, signatures, pub_lo, pub_hi), in that order."""
    entries: dict[str, tuple] = {}
    for batch in found.to_batches(max_chunksize=65_536):  # not the whole chunk as Python rows at once
        for row in batch.to_pylist():
            entry = entries.setdefault(row["event_key"], (row["seq"], [], row["pub_lo"], row["pub_hi"]))
            entry[1].append({**{f: row[f] for f in _SIGNATURE_FIELDS}, "article_id": None, "planned": None})
    return entries


_SEP, _ANY, _MANY = "\x1f", "\x00*", "\x00many"
# What _may_accept reads of an event (its type, parties by name and entity, date): events alike in these fit alike.
_FIT_FIELDS = ("type", *_PARTIES, *(f"{p}_entity_id" for p in _PARTIES), "date", "date_precision")
# Kinds compared by the words of a party's name: a signature's name where it has no entity of the party.
_NAME_KINDS = tuple(f"{p}_name" for p in _PARTIES)
# Kinds compared by the words of any signature's party name: an event without the party's entity compares its name
# with every signature's (events/grouping.py `_names_compatible`), with an entity or not.
_ANYNAME_KINDS = tuple(f"{p}_anyname" for p in _PARTIES)
_WORD_KINDS = (*_NAME_KINDS, *_ANYNAME_KINDS)
# An event's name that fits more clusters' names than this rules none out (the keys to look up would multiply).
_MAX_FITTING_NAMES = 64


def _folded_names(clusters: pa.Table, party: str) -> pa.Array:
    """Per signature, its party's folded name where the name has words (two such names fit only when one's words are
    inside the other's: events/grouping.py), else null."""
    names = clusters.column(party)
    distinct = pc.unique(names).to_pylist()
    folded = [(n if w else None) for n, w in (_folded(v) if v else ("", frozenset()) for v in distinct)]
    return pc.take(pa.array(folded, pa.string()), pc.index_in(names, pa.array(distinct, pa.string())))


class _NameIndex:
    """The clusters' folded names of a party (each a cluster's one name-only value), by word and by word set."""

    def __init__(self, names: list[str]) -> None:
        self.words: dict[str, set[str]] = defaultdict(set)
        self.sets: dict[frozenset, set[str]] = defaultdict(set)
        for name in names:
            if name and name not in (_ANY, _MANY):
                words = _folded(name)[1]
                self.sets[words].add(name)
                for word in words:
                    self.words[word].add(name)

    def fitting(self, name: str | None) -> list[str] | None:
        """The names an event's name fits (one's words inside the other's), or None where it rules none out
        (no name, a name without words, or too many names fit)."""
        folded, words = _folded(name) if name else ("", frozenset())
        if not folded or not words or len(words) > 8:
            return None
        found = set.intersection(*(self.words.get(w, set()) for w in words))  # names with all its words
        for size in range(1, len(words) + 1):  # names whose words are all its own
            for subset in itertools.combinations(sorted(words), size):
                found |= self.sets.get(frozenset(subset), set())
        return sorted(found) if len(found) <= _MAX_FITTING_NAMES else None


# The kinds a cluster surely accepts an event without, where it has no value of them: its parties and its date.
_BLANKS = (*_PARTIES, "date")


def _valued(event: dict) -> tuple[str, ...]:
    """The kinds of _BLANKS an event has a value of (a party by entity or by a name that folds to words)."""
    valued = [p for p in _PARTIES if event.get(f"{p}_entity_id") or fold(event.get(p) or "")]
    return (*valued, "date") if as_date(event.get("date")) is not None else tuple(valued)


def _before_cutoffs(per: pa.Table, valued: tuple[str, ...], rows_of_type: dict[str, int]) -> pa.Array:
    """Per cluster (`per`: one row per cluster, with its type, first seq and which kinds it has values of), whether
    it comes no later than the (B + 1)-th cluster of its type with none of the `valued` kinds (B: the batch's rows of
    that type), the last one an event with values of those kinds may join (see `_may_accept`)."""
    blank = None
    for kind in valued:
        none = pc.equal(per.column(f"has_{kind}_max"), 0)
        blank = none if blank is None else pc.and_(blank, none)
    types = per.column("type_min")
    cutoffs = {}
    for type_, rows in rows_of_type.items():
        of_type = pc.equal(types, type_)
        sure = of_type if blank is None else pc.and_(of_type, blank)
        seqs = per.filter(sure).column("seq_min")  # `per` is in seq order
        cutoffs[type_] = seqs[rows].as_py() if len(seqs) > rows else None
    names = sorted(cutoffs)
    limit = pc.take(pa.array([cutoffs[t] for t in names], pa.int64()), pc.index_in(types, pa.array(names, pa.string())))
    return pc.fill_null(pc.less_equal(per.column("seq_min"), limit), True)


def _fit_values(event: dict) -> tuple:
    """An event's actor, counterpart and location entities and its day (ISO), None where it has none."""
    date = as_date(event.get("date"))
    day = date.isoformat() if date is not None and (event.get("date_precision") or "day") == "day" else None
    return (*(event.get(f"{p}_entity_id") or None for p in _PARTIES), day)


def _append(part: _Part, rows: list[dict], schema: pa.Schema) -> None:
    if rows:
        part.append(pa.Table.from_pylist(rows, schema=schema))


def _max_seq(clusters: pa.Table) -> int:
    return pc.max(clusters.column("seq")).as_py() if clusters.num_rows else -1


def _near_new_dates(earlier: pa.Table, batch: list, incident: dict[str, dict]) -> tuple[pa.Table, dict[str, list[str]]]:
    """The earlier members (`earlier`: of the subjects the batch touches) that grouping them again with the batch
    needs, and, per place subject regrouped in part, the figure ids whose rows that regroups.

    A place's members are grouped by report date into chains (consecutive dates at most RUNNING_TOTAL_GAP_DAYS
    apart, discrepancies._date_compatible); new dates can only extend or join the chains they fall near, so
    only the earlier members of the chains that hold a new date are read back into Python (their groups are
    the ones that change), plus the subject's first member, which names it (alone in its chain, it makes no
    group). Event subjects keep all their members."""
    if not earlier.num_rows:
        return earlier, {}
    new_dates: dict[str, set[dt.date]] = defaultdict(set)
    for member in batch:
        key = subject_key(member, incident)
        if key[1] == "place":
            new_dates[_subject_text(key)]
            if member.point.as_of is not None:
                new_dates[_subject_text(key)].add(member.point.as_of)
    if not new_dates:
        return earlier, {}
    is_new = pc.fill_null(
        pc.is_in(earlier.column("subject"), value_set=pa.array(sorted(new_dates), pa.string())), False
    )
    rows = np.flatnonzero(is_new.to_numpy(zero_copy_only=False))
    if not rows.size:
        return earlier, {}
    # by Arrow and numpy, not a Python dict per row: a running total of years has hundreds of thousands of members
    light = earlier.select(["subject", "seq", "fig_as_of", "fig_figure_id"]).take(pa.array(rows, pa.int64()))
    encoded = light.column("subject").combine_chunks().dictionary_encode()
    code = encoded.indices.to_numpy()
    as_of = pc.cast(light.column("fig_as_of").combine_chunks(), pa.int32())
    valid = as_of.is_valid().to_numpy(zero_copy_only=False)
    days = pc.fill_null(as_of, 0).to_numpy()
    seq = light.column("seq").to_numpy()
    keep = np.zeros(len(rows), dtype=bool)
    inside = np.zeros(len(rows), dtype=bool)
    order = np.argsort(code, kind="stable")  # each subject's rows together, in their order
    cuts = np.flatnonzero(np.diff(code[order])) + 1
    redone: dict[str, list[str]] = {}
    figures = light.column("fig_figure_id")
    for positions in np.split(order, cuts):
        subject = encoded.dictionary[int(code[positions[0]])].as_py()
        new = np.array(sorted(_epoch_day(d) for d in new_dates[subject]), dtype=np.int64)
        dated, day = valid[positions], days[positions]
        held = np.zeros(len(positions), dtype=bool)
        if new.size:
            dates = np.union1d(day[dated], new)  # sorted, distinct
            starts = np.ones(len(dates), dtype=bool)  # chains: consecutive dates at most RUNNING_TOTAL_GAP_DAYS apart
            starts[1:] = np.diff(dates) > RUNNING_TOTAL_GAP_DAYS
            lows, highs = dates[starts], dates[np.append(starts[1:], True)]
            near = np.unique(np.searchsorted(lows, new, side="right") - 1)  # the chains that hold a new date
            lows, highs = lows[near], highs[near]
            at = np.searchsorted(lows, day, side="right") - 1
            held = dated & (at >= 0) & (day <= highs[np.maximum(at, 0)])
        inside[positions] = held
        keep[positions] = held | (seq[positions] == seq[positions].min())
        redone[subject] = figures.take(pa.array(positions[held], pa.int64())).to_pylist()
    mask = np.ones(earlier.num_rows, dtype=bool)
    mask[rows] = keep
    return earlier.filter(pa.array(mask)), redone


def _epoch_day(day: dt.date) -> int:
    """A date as days since 1970-01-01 (Arrow's date32)."""
    return (day - _EPOCH).days


_EPOCH = dt.date(1970, 1, 1)


def _place_rows(members: pa.Table) -> pa.Table:
    """The discrepancy rows (with `_subject`) of place subjects grouped from their members (`members`: rows of the
    members table, each subject's first member among them), by Arrow: the rows group_discrepancies gives them
    (discrepancies._date_compatible: report dates in chains at most RUNNING_TOTAL_GAP_DAYS apart; a group needs
    two reports; _group_rows) without a Python object per member, which a running total of years has hundreds of
    thousands of. Python runs once per group (its id, status and label) and hashes each row's id."""
    if not members.num_rows:
        return DISCREPANCIES.empty_table()
    first = members.select(["subject", "seq", "place"]).sort_by([("subject", "ascending"), ("seq", "ascending")])
    named = first.column("subject").combine_chunks()
    heads = np.flatnonzero(np.r_[True, pc.not_equal(named[1:], named[:-1]).to_numpy(zero_copy_only=False)])
    heads_of = pa.array(heads, pa.int64())  # the subject is named by its first member's place
    label = {
        s: f"in {p}" for s, p in zip(named.take(heads_of).to_pylist(), first.column("place").take(heads_of).to_pylist())
    }
    order = ("subject", "fig_as_of", "fig_article_id", "fig_start_char", "fig_end_char", "fig_figure_id")
    dated = members.filter(pc.is_valid(members.column("fig_as_of"))).sort_by([(c, "ascending") for c in order])
    if not dated.num_rows:
        return DISCREPANCIES.empty_table()
    code = dated.column("subject").combine_chunks().dictionary_encode().indices.to_numpy()
    days = pc.cast(dated.column("fig_as_of").combine_chunks(), pa.int32()).to_numpy()
    starts = np.ones(len(days), dtype=bool)
    starts[1:] = (code[1:] != code[:-1]) | (np.diff(days) > RUNNING_TOTAL_GAP_DAYS)
    bounds = [*np.flatnonzero(starts).tolist(), len(days)]
    subject, category = (dated.column(c).take(pa.array(bounds[:-1], pa.int64())).to_pylist() for c in _GROUP_KEYS)
    figure = dated.column("fig_figure_id").to_pylist()
    report, pair = _codes(dated, "report"), _codes(dated, "fig_article_id", "report")
    qualifier = [q or "exact" for q in dated.column("fig_qualifier").to_pylist()]
    written = list(zip(*(dated.column(f"fig_{c}").to_pylist() for c in ("value", "lower", "upper"))))
    intervals: dict[tuple, tuple[float, float]] = {}  # a running total's figures repeat: each interval made once
    for (v, lower, upper), q in zip(written, qualifier):
        if (v, q, lower, upper) not in intervals:
            intervals[(v, q, lower, upper)] = figure_interval(v, q, lower, upper)
    low, high = (
        np.array(b, dtype=np.float64)
        for b in zip(*(intervals[(v, q, lo, up)] for (v, lo, up), q in zip(written, qualifier)))
    )
    value = np.array([v for v, _, _ in written], dtype=np.float64)
    ceiling = np.where(np.isin(np.array(qualifier, dtype=object), list(UPPER_BOUND_QUALIFIERS)), high, math.inf)
    keep: list[int] = []
    group_ids: list[str] = []
    per_row: dict[str, list] = {"status": [], "subject": [], "n_members": [], "n_sources": []}
    for g, (lo, hi) in enumerate(zip(bounds, bounds[1:])):
        if np.unique(pair[lo:hi]).size < 2:
            continue  # one report repeated is no comparison
        part = slice(lo, hi)
        status = status_of_arrays(value[part], low[part], high[part], ceiling[part], days[part], category[g])
        group_id = make_id(GROUP_PREFIX, category[g], *sorted(figure[lo:hi]))
        when = f"reported {_day_of(days[lo]).isoformat()}"  # the group's rows are in report date order
        if days[hi - 1] != days[lo]:
            when += f" to {_day_of(days[hi - 1]).isoformat()}"
        n = hi - lo
        keep += range(lo, hi)
        group_ids += [group_id] * n
        per_row["status"] += [status] * n
        per_row["subject"] += [f"{label[subject[g]]}, {when}"] * n
        per_row["n_members"] += [n] * n
        per_row["n_sources"] += [int(np.unique(report[lo:hi]).size)] * n
    if not keep:
        return DISCREPANCIES.empty_table()
    rows = dated.take(pa.array(keep, pa.int64()))
    ids = make_ids(ROW_PREFIX, group_ids, [figure[i] for i in keep])
    got = {
        "discrepancy_id": pa.array(ids, pa.string()),
        "group_id": pa.array(group_ids, pa.string()),
        **{c: pa.array(v) for c, v in per_row.items()},
        "qualifier": pa.array([qualifier[i] for i in keep], pa.string()),
        "event_key": pa.nulls(len(keep), pa.string()),
        "_subject": rows.column("subject"),
    }
    arrays = [got[f.name] if f.name in got else rows.column(f"fig_{f.name}") for f in DISCREPANCIES]
    return pa.Table.from_arrays([a.cast(f.type) for a, f in zip(arrays, DISCREPANCIES)], schema=DISCREPANCIES)


_GROUP_KEYS = ("subject", "fig_category")  # read once per group, at its first row


def _codes(table: pa.Table, *columns: str) -> np.ndarray:
    """One integer per row for the values of these columns together (equal codes, equal values)."""
    code = np.zeros(table.num_rows, dtype=np.int64)
    for column in columns:
        encoded = table.column(column).combine_chunks().dictionary_encode()
        code = code * (len(encoded.dictionary) + 1) + pc.fill_null(encoded.indices, -1).to_numpy() + 1
    return code


def _day_of(days: int) -> dt.date:
    """Days since 1970-01-01 (Arrow's date32) as a date."""
    return _EPOCH + dt.timedelta(days=int(days))


def _subject_text(key: tuple) -> str:
    """A subject key as one string (its parts in order, so strings sort as the keys do)."""
    return "\x1f".join(key)


def _event_row(event: dict) -> dict:
    return {f"ev_{n}": (as_date(event.get(n)) if n == "date" else event.get(n)) for n, _ in _EVENT}


def _event_of(row: dict) -> dict:
    return {n: row[f"ev_{n}"] for n, _ in _EVENT}


def _member_row(member, subject: tuple, seq: int) -> dict:
    figure = member.row
    row = {
        "subject": _subject_text(subject),
        "seq": seq,
        "report": member.report[1],
        "place": member.place,
        **{f"fig_{n}": figure.get(n) for n, _ in _FIGURE},
        **(_event_row(member.event) if member.event is not None else {}),
    }
    row["fig_as_of"] = member.point.as_of
    for n in ("value", "lower", "upper"):
        row[f"fig_{n}"] = None if _missing(figure.get(n)) else float(figure[n])
    return row


def _member_of(row: dict):
    """A discrepancy member read back from the members table."""
    figure = {n: row[f"fig_{n}"] for n, _ in _FIGURE}
    point = _point(figure["value"], figure["qualifier"] or "exact", figure["lower"], figure["upper"], figure["as_of"])
    event = _event_of(row) if row["ev_event_id"] is not None else None
    return _Member(
        row=figure, point=point, report=(figure["article_id"], row["report"]), event=event, place=row["place"]
    )


def _year(value) -> int | None:
    date = as_date(value)
    return date.year if date is not None else None


def _year_span(date: dt.date | None, precision: str | None) -> tuple[int, int] | None:
    """The years a date covers (a week may run into the next year), None when undated."""
    if date is None:
        return None
    if (precision or "day") == "week":
        return date.year, (date + dt.timedelta(days=6)).year
    return date.year, date.year


# ---------------------------------------------------------------------------------------------- batches
def plan_batches(recorded: list[list[str]], present: Iterable[str]) -> list[list[str]]:
    """The ingest batches (cache keys of articles, in ingest order) of the articles present now: the recorded
    batches less the articles gone or changed since, then one new batch of the rest, in the order given."""
    present = list(present)
    wanted = set(present)
    batches = [kept for batch in recorded if (kept := [k for k in batch if k in wanted])]
    placed = {k for batch in batches for k in batch}
    new = [k for k in present if k not in placed]
    return [*batches, new] if new else batches


def batch_id(keys: Iterable[str]) -> str:
    """The id of an ingest batch: its articles' cache keys."""
    return make_id("batch", *sorted(keys))


def resolve_batches(
    articles: list[dict],
    extracted: dict[str, list[dict]],
    batches: list[list[str]],
    store: Canonical | None = None,
    on_batch: Callable[[int, dict[str, list[dict]]], None] | None = None,
    names: list[str] | None = None,
    corpus: bool = True,
) -> tuple[dict[str, list[dict]], Canonical]:
    """Every table of a store built batch by batch (`batches`: article ids per ingest batch, in order) onto
    `store` (the canonical tables of the batches before them; empty when None). Returns the tables (the row
    tables of these batches and, with `corpus`, the whole canonical entities, sources and discrepancies as
    rows; without it the caller reads those from the store as Arrow) and the store."""
    from newsfacts.transforms.resolve import resolve_corpus

    store = store if store is not None else Canonical()
    of = {article_id: n for n, ids in enumerate(batches) for article_id in ids}
    split: list[dict[str, list[dict]]] = [defaultdict(list) for _ in batches]
    for a in articles:
        if a["article_id"] in of:
            split[of[a["article_id"]]]["articles"].append(a)
    for name in ("mentions", "figures", "claims", "events"):
        for row in extracted[name]:
            n = of.get(row["article_id"])
            if n is None:
                raise ValueError(f"{name} row of article {row['article_id']} that is in no ingest batch")
            split[n][name].append(row)
    tables: dict[str, list[dict]] = {name: [] for name in ("mentions", "figures", "claims", "events")}
    for n, (ids, rows) in enumerate(zip(batches, split)):
        done = resolve_corpus(
            *(rows[name] for name in ("articles", "mentions", "figures", "claims", "events")), store=store
        )
        store.add_discrepancies(done["figures"], done["events"], done["articles"], done["mentions"], done["entities"])
        store.batches.append(names[n] if names is not None else batch_id(ids))
        if on_batch is not None:
            on_batch(n, done)
        for name in tables:
            tables[name].extend(done[name])
        rows.clear()
    if not corpus:  # the store side (newsfacts/store.py) writes the canonical tables from Arrow
        return {"articles": articles, **tables}, store
    entities, sources, discrepancies = (store.table(n).to_pylist() for n in ("entities", "sources", "discrepancies"))
    return {
        "articles": articles,
        "entities": entities,
        "sources": sources,
        **tables,
        "discrepancies": discrepancies,
    }, store
