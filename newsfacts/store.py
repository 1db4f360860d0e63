"""A store's tables grown one ingest batch at a time, without the flow and without validation: the store side
of an incremental run, and a full rebuild as the replay of the recorded batches (what benchmarks/store_scale.py
measures). Memory is bounded by one batch's rows plus the canonical state (transforms/canonical.py): the
partitions a batch does not touch are neither read nor written."""

from __future__ import annotations

import json
import re
import time
from functools import partial
from typing import Callable, Iterable, Iterator, Mapping

import pyarrow as pa
import pyarrow.compute as pc

from newsfacts.schema import sorted_table, to_table
from newsfacts.storage import ARTICLE_PARTITIONED, PARTITIONS, PARTS_DIR, PROCESSED, STATE_DIR, Output, partition_tables
from newsfacts.transforms.canonical import STATE_DIR as CANONICAL_DIR
from newsfacts.transforms.canonical import Canonical, resolve_batches

CORPUS_TABLES = ("entities", "sources", "discrepancies")
# Corpus tables written as the canonical state keeps them: one partition per file of the state's table (`0012`
# for bucket 12, `0012-001` for a segment of new rows beside it), so that an add rewrites only the partitions of
# the files its changed rows are in and writes its new rows as partitions of their own (the rows of a file are
# in the table's order: ORDER is its sort key). The flow writes them as one partition, `all`.
STATE_LAID_OUT = ("entities", "sources")
STATE_JSON = f"{STATE_DIR}/batches.json"  # the ingest batches and their kept parts, in order
CANONICAL_BATCHES = f"{CANONICAL_DIR}/batches.json"


def add_batch(
    out: Output,
    name: str,
    articles: list[dict],
    rows: dict[str, list[dict]],
    store: Canonical | None = None,
    corpus: bool = True,
) -> tuple[Canonical, dict]:
    """One ingest batch (its `articles` rows and extraction `rows`) resolved against the store's canonical state
    (`store`, else the one saved in `out`), its resolved rows kept, the month partitions it touches merged with
    what is on disk, and (with `corpus`) the canonical tables written, in one transaction; the state is saved
    when it was read from `out`, and with `corpus` (entities and sources are laid out as its files: see
    STATE_LAID_OUT). Returns the state and timings."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    save = store is None
    if store is None:
        store = Canonical.load(out) or Canonical()
    timings["load"] = time.perf_counter() - started
    mark = time.perf_counter()
    ids = [a["article_id"] for a in articles]
    tables, store = resolve_batches(articles, rows, [ids], store, names=[name], corpus=False)
    timings["resolve"] = time.perf_counter() - mark
    mark = time.perf_counter()
    arrow = {table: to_table(table, tables.pop(table)) for table in ARTICLE_PARTITIONED}
    del tables
    out.write_resolved(name, arrow)
    parts = partition_tables(arrow)
    for table, by_partition in parts.items():
        on_disk = set(out.partitions(table))
        for partition, new in list(by_partition.items()):
            old = out.read_arrow(table, partitions=[partition]) if partition in on_disk else None
            if old is not None:  # a month earlier batches wrote to as well
                by_partition[partition] = sorted_table(table, pa.concat_tables([old.cast(new.schema), new]))
    keep = set(ARTICLE_PARTITIONED)
    made: dict[str, Callable[[], dict[str, pa.Table]]] = {t: partial(dict, by) for t, by in parts.items()}
    changes: dict[str, list] = {}
    remove: dict[str, list[str]] = {}
    if corpus:
        n_buckets = store.bucket_count()
        for table in STATE_LAID_OUT:
            part = store.parts[table]
            same = part.out is not None and part.out.path("") == out.path("") and part.n_buckets == n_buckets
            changes[table] = list(part.changes(out, n_buckets))
            on_disk = set(out.partitions(table))
            if same and on_disk and "all" not in on_disk:  # the partitions of the files that change
                keep.add(table)
                written = {_file_partition(path): rows for path, rows in changes[table] if rows is not None}
                made[table] = partial(dict, written)
                remove[table] = [_file_partition(path) for path, rows in changes[table] if rows is None]
            else:  # a first add, or a table the flow wrote: every file's
                made[table] = partial(_laid_out, part, changes[table])
        categories = set(out.partitions("discrepancies"))
        if categories and "all" not in categories:  # only the categories the batch regrouped change
            keep.add("discrepancies")
            wanted = sorted(store.categories)
            made["discrepancies"] = partial(_whole, store, "discrepancies", wanted)
        else:
            made["discrepancies"] = partial(_whole, store, "discrepancies")
    del parts
    files = out.write_tables(Lazy(made), keep_others=keep, remove=remove)
    if save or corpus:  # the state the corpus tables were laid out by
        store.save(out, changes=changes)
    timings["write"] = time.perf_counter() - mark
    written = {k: sum(f[k] for f in files.values()) for k in ("written", "unchanged", "removed")}
    return store, {"timings": timings, "files": written}


def rebuild(out: Output, batches: Iterable[tuple[str, list[dict], dict[str, list[dict]]]]) -> tuple[Canonical, dict]:
    """A full rebuild: the batches (name, articles rows, extraction rows), in ingest order, added one after the
    other from an empty state, the state saved after each (so that memory holds one batch's changes, not the
    state), the canonical tables written once at the end."""
    store = Canonical()
    totals: dict[str, float] = {"load": 0.0, "resolve": 0.0, "write": 0.0}
    files = {"written": 0, "unchanged": 0, "removed": 0}
    for name, articles, rows in _timed(batches, totals):
        store, got = add_batch(out, name, articles, rows, store=store, corpus=False)
        mark = time.perf_counter()
        store.save(out)
        got["timings"]["write"] += time.perf_counter() - mark
        for k, v in got["timings"].items():
            totals[k] += v
        for k, v in got["files"].items():
            files[k] += v
    mark = time.perf_counter()
    made: dict[str, Callable[[], dict[str, pa.Table]]] = {t: partial(_whole, store, t) for t in CORPUS_TABLES}
    made.update({t: partial(_laid_out, store.parts[t], []) for t in STATE_LAID_OUT})  # the state is saved
    corpus = out.write_tables(Lazy(made))  # one whole table in memory at a time
    store.save(out)
    totals["write"] += time.perf_counter() - mark
    for k in files:
        files[k] += sum(f[k] for f in corpus.values())
    return store, {"timings": totals, "files": files}


class Lazy(Mapping[str, dict[str, pa.Table]]):
    """Tables by name, each made from its function when asked (Output.write_tables takes them one at a time, so
    that the whole entities, sources and discrepancies of a large store are never in memory together)."""

    def __init__(self, made: dict[str, Callable[[], dict[str, pa.Table]]]) -> None:
        self.made = made

    def __getitem__(self, name: str) -> dict[str, pa.Table]:
        return self.made[name]()

    def __iter__(self) -> Iterator[str]:
        return iter(self.made)

    def __len__(self) -> int:
        return len(self.made)


def _whole(store: Canonical, name: str, categories: list[str] | None = None) -> dict[str, pa.Table]:
    """A canonical table's partitions, read whole from the state (discrepancies: of these categories only)."""
    table = store.table(name) if categories is None else store.table_where(name, "category", categories)
    return partition_tables({name: table})[name]


def _file_partition(path: str) -> str:
    """The corpus partition of a state file (`.../entities/0012-001.parquet` -> `0012-001`)."""
    return path.rsplit("/", 1)[-1].removesuffix(".parquet")


def _laid_out(part, changes: list[tuple[str, pa.Table | None]]) -> dict[str, pa.Table]:
    """A corpus table's partitions, one per file of its state table once `changes` (taken from it, not yet
    saved) are: the changed files' rows as given, the others read."""
    changed = {path: rows for path, rows in changes if rows is not None}
    if changes:
        _, saved, segments = part.after
        files = [part.file(b, s) for b in sorted(saved) for s in range(segments.get(b, 1))]
    else:
        files = part.files()
    out = {}
    for path in files:
        rows = changed.get(path)
        out[_file_partition(path)] = part.read_file(path) if rows is None else rows
    return out


def _timed(batches: Iterable, totals: dict[str, float]) -> Iterator:
    """The batches, the time spent reading each counted as `load`."""
    it = iter(batches)
    while True:
        mark = time.perf_counter()
        try:
            batch = next(it)
        except StopIteration:
            return
        totals["load"] += time.perf_counter() - mark
        yield batch


# ---------------------------------------------------------------------------------------------- tiled stores
# An id written by make_id (`prefix_` and 16 hex digits), anywhere in a string: its first 12 digits kept.
ID_PATTERN = r"\b([a-z]{3,5}_[0-9a-f]{12})[0-9a-f]{4}\b"
# Canonical state columns that number rows in the order they were made: tile t's are shifted past tile t-1's.
SEQ_COLUMNS = {"clusters": "seq", "members": "seq"}


def tile(base: Output, out: Output, copies: int, rows: bool = True) -> dict:
    """A store of `copies` copies of the store `base` (built by replaying its batches), written to `out` directly,
    without resolving anything: copy 0 is `base` itself, file for file; copy t > 0 has every id relabelled
    (the last 4 hex digits of each make_id id, wherever it is written, replaced by t in hex; `source_path`
    prefixed with `tileNNNN/`), its batches, clusters and discrepancy members ordered after copy t-1's, and its
    rows merged into the same month partitions (its articles have the same dates).

    This is what the benchmark uses to make stores of 100,000 and 1,000,000 articles: replaying 200 batches
    costs hours. It is NOT the store a replay of all those articles would make: a replay would join the copies'
    same-named entities, sources, event clusters and discrepancy subjects; here each copy keeps its own (the
    entity name keys of copy 0 are also copy 1's, each pointing at its own copy's entity). What it keeps is the
    size and the layout: per article the same rows, state and partitions as the base, so an incremental add
    reads and writes what it would in a store of that size (more entities and clusters than a replay would
    have, not fewer). The extraction parts (`_state/extracted`, `processed.json`) are copy 0's only: a tiled
    store can be added to, not rebuilt. Without `rows`, the month partitions of the row tables and the batches'
    resolved rows are not written (only the canonical state, the corpus tables and the batch record: all an
    incremental add of articles of other months reads). Raises ValueError where relabelling would merge two ids."""
    if copies < 1:
        raise ValueError(f"copies must be at least 1, got {copies}")
    started = time.perf_counter()
    timings: dict[str, float] = {}
    base.recover()
    out.fs.makedirs(out.path(""), exist_ok=True)
    if out.exists(STATE_JSON) or out.exists(CANONICAL_BATCHES):
        raise ValueError(f"{out.path('')} already holds a store")
    # the kept extraction parts and the processed record: copy 0's, as files
    for rel in (PROCESSED,):
        if base.exists(rel):
            out.write_bytes(rel, base.read_bytes(rel))
    parts_dir = base.path(PARTS_DIR)
    if base.fs.exists(parts_dir):
        for path in sorted(base.fs.ls(parts_dir, detail=False)):
            name = path.rstrip("/").rsplit("/", 1)[-1]
            out.write_bytes(f"{PARTS_DIR}/{name}", base.read_bytes(f"{PARTS_DIR}/{name}"))
    recorded = json.loads(base.read_bytes(STATE_JSON))["batches"]
    # the tables' month partitions (a table the base records without any, such as figures with no figure, too)
    recorded_tables = json.loads(base.read_bytes(PARTITIONS)) if base.exists(PARTITIONS) else {}
    out.write_tables({t: {} for t in ARTICLE_PARTITIONED if t in recorded_tables}, keep_others=ARTICLE_PARTITIONED)
    months = sorted({p for table in ARTICLE_PARTITIONED for p in base.partitions(table)}) if rows else []
    for partition in months:
        parts = {}
        for table in ARTICLE_PARTITIONED:
            if partition in base.partitions(table):
                one = base.read_arrow(table, partitions=[partition])
                parts[table] = {partition: sorted_table(table, _copies(one, copies))}
        out.write_tables(parts, keep_others=ARTICLE_PARTITIONED)
    timings["rows"] = time.perf_counter() - started
    # each batch's resolved rows
    for t in range(copies if rows else 0):
        for batch in recorded:
            resolved = {n: sorted_table(n, _relabel(tab, t)) for n, tab in base.read_resolved(batch["name"]).items()}
            out.write_resolved(_relabel_text(batch["name"], t), resolved)
    timings["resolved"] = time.perf_counter() - started - timings["rows"]
    mark = time.perf_counter()
    state = Canonical.load(base)
    if state is None:
        raise ValueError(f"{base.path('')} has no canonical state")
    tables = {}
    for name, table in state.tables.items():
        tables[name] = _copies(table, copies, SEQ_COLUMNS.get(name))
    tiled = Canonical(tables, [_relabel_text(b, t) for t in range(copies) for b in state.batches])
    tiled.save(out)
    corpus = {t: partial(_laid_out, tiled.parts[t], []) for t in STATE_LAID_OUT}
    out.write_tables(Lazy({**corpus, "discrepancies": partial(_whole, tiled, "discrepancies")}))
    batches = [json.loads(_relabel_text(json.dumps(b), t)) for t in range(copies) for b in recorded]
    out.write_text(STATE_JSON, json.dumps({"batches": batches}) + "\n")
    timings["state"] = time.perf_counter() - mark
    return {
        "copies": copies,
        "batches": len(batches),
        "rows_written": rows,
        "seconds": round(time.perf_counter() - started, 2),
        "stages": {k: round(v, 2) for k, v in timings.items()},
    }


def _copies(table: pa.Table, copies: int, seq: str | None = None) -> pa.Table:
    """`copies` relabelled copies of a table, one after the other; `seq` (a row-order column) shifted per copy."""
    if copies == 1:
        return table
    step = (pc.max(table.column(seq)).as_py() + 1) if seq and table.num_rows else 0
    out = []
    for t in range(copies):
        one = _relabel(table, t)
        if seq and t:
            i = one.schema.get_field_index(seq)
            shifted = pc.add(one.column(seq), pa.scalar(step * t, one.schema.field(seq).type))
            one = one.set_column(i, one.schema.field(seq), shifted)
        out.append(one)
    return pa.concat_tables(out)  # not combined: a second copy of the whole state


def _relabel(table: pa.Table, t: int) -> pa.Table:
    """Copy t of a table: the ids in its string columns relabelled (see `tile`); copy 0 is the table itself."""
    if t == 0:
        return table
    tag = f"{t:04x}"
    if len(tag) != 4:
        raise ValueError(f"at most 65,536 copies, got copy {t}")
    for i, field in enumerate(table.schema):
        column = table.column(i)
        if pa.types.is_list(field.type) and pa.types.is_string(field.type.value_type):
            values = pc.list_flatten(column)
            if len(values) and pc.any(pc.match_substring_regex(values, ID_PATTERN)).as_py():
                raise ValueError(f"ids inside the list column {field.name}: not relabelled")
            continue
        if not pa.types.is_string(field.type):
            continue
        if field.name == "source_path":
            new = pc.binary_join_element_wise(pa.scalar(f"tile{t:04d}"), column, "/")
        elif table.num_rows and pc.any(pc.match_substring_regex(column, ID_PATTERN)).as_py():
            kept = pc.replace_substring_regex(column, ID_PATTERN, r"\1")
            if pc.count_distinct(column).as_py() != pc.count_distinct(kept).as_py():
                raise ValueError(f"two ids of column {field.name} share their first 12 hex digits")
            new = pc.replace_substring_regex(column, ID_PATTERN, rf"\1{tag}")
        else:
            continue
        table = table.set_column(i, field, new)
    return table


def _relabel_text(text: str, t: int) -> str:
    """Copy t of a string (a batch name, a JSON record): its ids relabelled as `_relabel` does."""
    return text if t == 0 else re.sub(ID_PATTERN, rf"\g<1>{t:04x}", text)
