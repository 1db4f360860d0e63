"""Worker processes that read and clean, then parse and extract: a pool per model and size, kept for the life of
the run.

Orchestration, so it lives beside the flow: `newsfacts.transforms.articles.read_article` and
`newsfacts.transforms.extract.extract_all` are what each worker runs.
"""

from __future__ import annotations

import atexit
import logging
import logging.handlers
import multiprocessing
import signal
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Iterator, Sequence

from newsfacts.transforms.articles import read_article
from newsfacts.transforms.extract import ROW_TABLES, extract_all
from newsfacts.transforms.nlp import load_model, models_loaded
from newsfacts.transforms.reading import InputFile

MIN_PER_WORKER = 8  # smaller batches are not worth sending to worker processes
CHUNK_SIZE = 64  # articles per piece of work sent to one worker
# Inputs per piece of reading sent to one worker (~7 ms each): small, so the caller's thread can take the last
# pieces itself while the workers start, and the workers share a batch evenly.
READ_CHUNK_SIZE = 16
# The loggers whose records a worker sends back with what it read, to be handled in the caller's process.
FORWARDED_LOGGER = "newsfacts"

_POOLS: dict[tuple[str, int], ProcessPoolExecutor] = {}
logger = logging.getLogger(__name__)


def extract_parallel(
    articles: list[dict],
    model: str,
    n_process: int = 1,
    timings: dict | None = None,
) -> dict[str, list[dict]]:
    """`extract_all` over `n_process` worker processes: each parses AND extracts, so only rows come back.

    spaCy's own `n_process` sends every Doc back to the parent and leaves extraction serial there;
    here the workers keep the model loaded across batches and return plain records. `timings` gets
    each stage's worker seconds divided by the number of workers: wall seconds while they are busy.
    """
    articles = [a for a in articles if a.get("status") == "ok" and a.get("text")]
    workers = min(n_process, len(articles) // MIN_PER_WORKER)
    if workers <= 1:
        return extract_all(articles, model, 1, timings)
    # Chunks of at most CHUNK_SIZE, queued: a worker that finishes early takes the next one, so the
    # workers wait for each other only over the last chunk of the run.
    size = min(-(-len(articles) // workers), CHUNK_SIZE)
    chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
    results = list(_pool(model, n_process).map(_extract_chunk, chunks, [model] * len(chunks)))
    rows: dict[str, list[dict]] = {name: [] for name in (*ROW_TABLES, "errors")}
    for chunk_rows, chunk_timings in results:
        for name in rows:
            rows[name].extend(chunk_rows[name])
        if timings is not None:
            for key, seconds in chunk_timings.items():
                timings[key] = timings.get(key, 0.0) + seconds / workers
    return rows


def read_parallel(
    items: Sequence[InputFile], max_bytes: int, languages: Sequence[str], model: str, n_process: int = 1
) -> Iterator[dict]:
    """`read_article` over the inputs, in their order, by the worker processes when this run started them
    (`start_workers`); else here. Reading and cleaning are pure Python (~7 ms an input): in the flow's process
    they would keep one core busy while the workers wait. This thread reads too, taking the pieces from the end
    that no worker has begun (while the workers start, all of them). What a worker logged while it read an
    input is logged here, just before that input's row comes."""
    pool = _POOLS.get((model, n_process))
    if pool is None or len(items) < 2 * READ_CHUNK_SIZE:
        yield from (read_article(item, max_bytes, languages) for item in items)
        return
    level = logging.getLogger(FORWARDED_LOGGER).getEffectiveLevel()
    chunks = [list(items[i : i + READ_CHUNK_SIZE]) for i in range(0, len(items), READ_CHUNK_SIZE)]
    futures: list[Future] = [pool.submit(_read_chunk, chunk, max_bytes, tuple(languages), level) for chunk in chunks]
    done: dict[int, list[dict]] = {}
    for i in reversed(range(len(chunks))):
        if not futures[i].cancel():  # a worker has it (or has it queued): so has it every piece before it
            break
        done[i] = [read_article(item, max_bytes, languages) for item in chunks[i]]
    for i, future in enumerate(futures):
        if i in done:
            yield from done.pop(i)
            continue
        for row, records in future.result():
            for record in records:
                logging.getLogger(record.name).handle(record)
            yield row


def start_workers(n_articles: int, model: str, n_process: int = 1) -> str | None:
    """Start the worker processes (and their model loads) now, while the caller does other work,
    when `extract_parallel` will use them for this many articles. Their start method when it started them."""
    if n_process > 1 and n_articles >= MIN_PER_WORKER * n_process and (model, n_process) not in _POOLS:
        method = start_method()
        pool = _pool(model, n_process)
        for _ in range(n_process):
            pool.submit(len, ())  # each submit to a fresh pool starts one more worker
        return method
    return None


def _read_chunk(
    items: list[InputFile], max_bytes: int, languages: tuple[str, ...], level: int
) -> list[tuple[dict, list[logging.LogRecord]]]:
    """What one worker does with a piece of reading: each input's row, and the records our loggers gave while it
    was read (at the caller's level, made picklable), kept from this process's own handlers: logged once, there."""
    collector = _Collector()
    log = logging.getLogger(FORWARDED_LOGGER)
    saved = log.handlers[:], log.propagate, log.level
    log.handlers, log.propagate = [collector], False
    log.setLevel(level)
    out = []
    try:
        for item in items:
            out.append((read_article(item, max_bytes, languages), collector.records))
            collector.records = []
    finally:
        log.handlers, log.propagate = saved[0], saved[1]
        log.setLevel(saved[2])
    return out


class _Collector(logging.handlers.QueueHandler):
    """Keeps the records it is given in a list, each prepared (message merged, traceback as text) as a queue
    handler prepares one for another process."""

    def __init__(self) -> None:
        self.records: list[logging.LogRecord] = []
        super().__init__(None)  # type: ignore[arg-type]

    def enqueue(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _extract_chunk(articles: list[dict], model: str) -> tuple[dict[str, list[dict]], dict[str, float]]:
    """What one worker process does with its share of a batch."""
    timings: dict[str, float] = {}
    return extract_all(articles, model, 1, timings), timings


def _pool(model: str, n_process: int) -> ProcessPoolExecutor:
    """One pool per model and size for the life of the process; workers load the model once."""
    key = (model, n_process)
    if key not in _POOLS:
        _POOLS[key] = ProcessPoolExecutor(
            max_workers=n_process,
            mp_context=multiprocessing.get_context(start_method()),
            initializer=_start_worker,
            initargs=(model,),
        )
    return _POOLS[key]


def start_method() -> str:
    """fork where this process has the model loaded and runs no other thread (a run made by the warm runner,
    newsfacts/warm.py, before its flow starts): the workers start with the model, no import or load. Else
    forkserver: safe to start from a process that already runs threads (Prefect's), unlike fork."""
    if threading.active_count() == 1 and models_loaded() > 0:
        return "fork"
    return "forkserver"


def _start_worker(model: str) -> None:
    """A worker's start: SIGTERM's default action (a forked worker inherits the run's handler), SIGINT ignored
    (a terminal's Ctrl-C reaches the whole process group: the run stops its workers, which must not each print
    a traceback), the model."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_model(model)


@atexit.register
def shutdown_workers() -> None:
    """Stop every worker process and wait for them (also at interpreter exit)."""
    for pool in _POOLS.values():
        pool.shutdown(wait=True, cancel_futures=True)
    _POOLS.clear()


def terminate_workers() -> None:
    """Stop every worker now, busy or not: the run was interrupted (SIGINT, SIGTERM)."""
    for pool in _POOLS.values():
        # The executor has no public way to stop a busy worker; its process table is the only handle.
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
    _POOLS.clear()
