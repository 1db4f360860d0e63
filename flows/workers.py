"""Worker processes that parse and extract: a pool per model and size, kept for the life of the run.

Orchestration, so it lives beside the flow: `newsfacts.transforms.extract.extract_all` is what each worker runs.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import signal
import threading
from concurrent.futures import ProcessPoolExecutor

from newsfacts.transforms.extract import ROW_TABLES, extract_all
from newsfacts.transforms.nlp import load_model

MIN_PER_WORKER = 8  # smaller batches are not worth sending to worker processes
CHUNK_SIZE = 64  # articles per piece of work sent to one worker

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
    if threading.active_count() == 1 and load_model.cache_info().currsize > 0:
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
