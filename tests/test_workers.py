"""Reading in the worker processes: the same rows, in the same order, and the same log records as reading here."""

from __future__ import annotations

import json
import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from newsfacts.flows import workers
from newsfacts.transforms.articles import LANGUAGES, read_article
from newsfacts.transforms.reading import discover

MAX_BYTES = 1_000_000
TOWNS = ("Arlen", "Brisk", "Cullen", "Dorvet", "Elsmere")


def _folder(tmp_path: Path, n: int) -> Path:
    """n small invented reports, a rejected input, an empty one and one whose sidecar date is out of range."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        (folder / f"r{i:03d}.txt").write_text(
            f"Report {i}.\n\nThe council of {town} met on Monday and approved {i + 3} new bus lines.\n"
        )
    (folder / "empty.txt").write_text("")
    (folder / "menu.html").write_text("<html><body><p>Share on Facebook</p><p>Twitter</p></body></html>")
    (folder / "r007.txt.meta.json").write_text(json.dumps({"published_at": "0001-01-01"}))
    return folder


@pytest.fixture
def pool(monkeypatch):
    """Two spawned worker processes, registered as a run's pool of a model no test loads."""
    executor = ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn"))
    monkeypatch.setitem(workers._POOLS, ("no-model", 2), executor)
    yield executor
    executor.shutdown(wait=True, cancel_futures=True)


def test_workers_read_the_same_rows_in_the_same_order(tmp_path, pool, caplog):
    items = discover([_folder(tmp_path, 70)])
    here = [read_article(item, MAX_BYTES, LANGUAGES) for item in items]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="newsfacts"):
        there = list(workers.read_parallel(items, MAX_BYTES, LANGUAGES, "no-model", 2))
    assert there == here
    assert [r["status"] for r in there].count("rejected") == 2
    # A warning given while a worker read an input is logged once, in this process.
    assert caplog.text.count("publication date 0001-01-01 of r007.txt dropped") == 1


def test_without_a_pool_or_with_few_inputs_reading_stays_here(tmp_path, pool, monkeypatch):
    items = discover([_folder(tmp_path, 10)])
    monkeypatch.setattr(workers, "_read_chunk", None)  # a worker's piece would fail: none is sent
    expected = [read_article(item, MAX_BYTES, LANGUAGES) for item in items]
    assert list(workers.read_parallel(items, MAX_BYTES, LANGUAGES, "no-model", 2)) == expected
    assert list(workers.read_parallel(items * 4, MAX_BYTES, LANGUAGES, "other-model", 2)) == expected * 4
