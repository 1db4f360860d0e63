"""The throughput benchmark's corpus builder and table formatter (no pipeline run: the e2e tests do that)."""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

import pytest

from newsfacts.transforms.cleaning import clean
from newsfacts.transforms.dedupe import NEAR_DUPLICATE, pairs_above

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "throughput.py"
N = 12


@pytest.fixture(scope="module")
def bench():
    """benchmarks/throughput.py loaded as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("bench_throughput", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(bench, tmp_path_factory):
    """A corpus of N articles built from the seeds."""
    folder = tmp_path_factory.mktemp("bench_corpus")
    return folder, bench.build_corpus(N, folder)


def test_corpus_has_n_files_and_a_manifest(corpus):
    folder, texts = corpus
    files = sorted(p.name for p in folder.glob("*.txt"))
    assert len(files) == len(texts) == N
    with (folder / "manifest.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["path"] for r in rows] == files
    assert all(r["published_at"] for r in rows)


def test_corpus_texts_survive_duplicate_detection(corpus):
    # The pipeline keys duplicates on whitespace-normalised cleaned text: every article must stay distinct.
    folder, _ = corpus
    keys = {" ".join(clean(p.read_text(encoding="utf-8")).text.split()) for p in folder.glob("*.txt")}
    assert len(keys) == N


def test_corpus_copies_of_one_seed_are_not_near_duplicates(corpus):
    # The pipeline marks near duplicates (word 5-gram Jaccard >= 0.9) and does not parse them; raw spaCy does.
    # Copies of one seed that were near duplicates made B parse about half of A's texts at 4,000 articles.
    _, texts = corpus
    cleaned = [clean(text).text for text in texts]
    assert pairs_above(cleaned, NEAR_DUPLICATE) == []


def test_corpus_is_deterministic(bench, corpus, tmp_path):
    _, texts = corpus
    assert bench.build_corpus(N, tmp_path) == texts


def test_corpus_varies_a_repeated_seed(bench, corpus):
    # Articles 1 and 6 come from the same seed: the same paragraphs once each article's name suffix is taken off,
    # in a new order, with names of their own and a new closing line.
    _, texts = corpus
    first, sixth = texts[0], texts[5]
    assert first != sixth
    assert "Report 1 of the benchmark corpus." in first and "Report 6 of the benchmark corpus." in sixth
    assert "Hamaslo" in first and "Hamasno" in sixth  # bench.name_tag(1) == "lo", bench.name_tag(6) == "no"

    def untagged(text, tag):
        return sorted(re.sub(rf"\b([A-Z][a-z]{{2,}}?){tag}\b", r"\1", p) for p in text.split("\n\n")[:-1])

    assert untagged(first, bench.name_tag(1)) == untagged(sixth, bench.name_tag(6))


def test_count_words(bench):
    assert bench.count_words(["one two", "three\nfour  five"]) == 5


def test_format_table_lines(bench):
    b = {
        "seconds": 20.0,
        "peak_rss_bytes": 1536 * 2**20,
        "returncode": 0,
        "summary": {"wall_seconds": 12.5, "stages": {"nlp": 8.31, "validate": 2.0}},
    }
    row = bench.make_row(250, 100_000, 10.0, b)
    assert row["b_over_a"] == 0.5 and row["b_words_per_s"] == 5000.0
    assert bench.format_table([row, bench.make_row(12, 5_053, 4.0, None)]) == [
        "articles       words      A s  A words/s      B s  B flow s  B words/s    B/A  B peak MB  read_clean"
        "     nlp  extract  resolve  validate   write  orchestration",
        "     250     100,000     10.0     10,000     20.0      12.5      5,000   0.50      1,536           -"
        "     8.3        -        -       2.0       -              -",
        "      12       5,053      4.0      1,263        -         -          -      -          -           -"
        "       -        -        -         -       -              -",
    ]


def test_failed_run_has_no_b_figures(bench):
    row = bench.make_row(250, 100_000, 10.0, {"seconds": 3.0, "peak_rss_bytes": 1, "returncode": 1, "summary": {}})
    assert row["b_seconds"] is None and row["b_over_a"] is None and row["b_returncode"] == 1


def test_merge_rows_joins_a_only_and_b_only_runs(bench):
    b = {"seconds": 40.0, "peak_rss_bytes": 2**30, "returncode": 0, "summary": {"wall_seconds": 30.0}}
    a_only = bench.make_row(1000, 400_000, 20.0, None)
    b_only = bench.make_row(1000, 400_000, None, b)
    (row,) = bench.merge_rows([a_only], [b_only])
    assert (row["a_seconds"], row["b_seconds"], row["b_over_a"], row["b_peak_rss_mb"]) == (20.0, 40.0, 0.5, 1024.0)
