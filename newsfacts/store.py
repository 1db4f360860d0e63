"""A store's tables grown one ingest batch at a time, without the flow and without validation: the store side
of an incremental run, and a full rebuild as the replay of the recorded batches (what benchmarks/store_scale.py
measures). Memory is bounded by one batch's rows plus the canonical state (transforms/canonical.py): the
partitions a batch does not touch are neither read nor written."""

from __future__ import annotations

import time
from typing import Iterable, Iterator

import pyarrow as pa

from newsfacts.schema import sorted_table, to_table
from newsfacts.storage import ARTICLE_PARTITIONED, Output, partition_tables
from newsfacts.transforms.canonical import Canonical, resolve_batches

CORPUS_TABLES = ("entities", "sources", "discrepancies")


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
    when it was read from `out`. Returns the state and timings."""
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
    if corpus:
        parts.update(partition_tables({t: store.table(t) for t in CORPUS_TABLES}))
    files = out.write_tables(parts, keep_others=ARTICLE_PARTITIONED)
    if save:
        store.save(out)
    timings["write"] = time.perf_counter() - mark
    written = {k: sum(f[k] for f in files.values()) for k in ("written", "unchanged", "removed")}
    return store, {"timings": timings, "files": written}


def rebuild(out: Output, batches: Iterable[tuple[str, list[dict], dict[str, list[dict]]]]) -> tuple[Canonical, dict]:
    """A full rebuild: the batches (name, articles rows, extraction rows), in ingest order, added one after the
    other from an empty state, the canonical tables written once at the end, the state saved."""
    store = Canonical()
    totals: dict[str, float] = {"load": 0.0, "resolve": 0.0, "write": 0.0}
    files = {"written": 0, "unchanged": 0, "removed": 0}
    for name, articles, rows in _timed(batches, totals):
        store, got = add_batch(out, name, articles, rows, store=store, corpus=False)
        for k, v in got["timings"].items():
            totals[k] += v
        for k, v in got["files"].items():
            files[k] += v
    mark = time.perf_counter()
    corpus = out.write_tables(partition_tables({t: store.table(t) for t in CORPUS_TABLES}))
    store.save(out)
    totals["write"] += time.perf_counter() - mark
    for k in files:
        files[k] += sum(f[k] for f in corpus.values())
    return store, {"timings": totals, "files": files}


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
