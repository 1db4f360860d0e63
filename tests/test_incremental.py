"""A store that grows: runs that add articles give exactly the tables of one run over all of them."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from newsfacts.schema import TABLES
from newsfacts.storage import read_table, table_path
from tests.test_operations import assert_same_tables, copy_seeds

pytestmark = pytest.mark.e2e
ROW_IDS = {"mentions": "mention_id", "figures": "figure_id", "claims": "claim_id", "events": "event_id"}


def _partition_record(out) -> dict:
    return json.loads((out / "_state" / "partitions.json").read_text())


def test_incremental_runs_and_a_full_rebuild_give_the_same_tables(prefect_harness, seeds_output, tmp_path):
    from newsfacts.flows.pipeline import newsfacts_flow

    everything, _ = seeds_output  # one run over the five seeds
    corpus = copy_seeds(tmp_path / "in", ["000_c39445ccfd9253c6.txt", "001_02607d7393c13801.txt"])
    out = tmp_path / "out"
    first = newsfacts_flow(inputs=[str(corpus)], output=str(out))
    assert (first["annotated"], first["reused"]) == (2, 0)
    assert sorted(p.name for p in table_path(out, "figures").iterdir()) == ["2024-06.parquet"]
    ids_before = {name: set(read_table(out, name)[column]) for name, column in ROW_IDS.items()}

    copy_seeds(corpus)  # the other three arrive
    second = newsfacts_flow(inputs=[str(corpus)], output=str(out))
    assert (second["annotated"], second["reused"]) == (3, 2)
    assert_same_tables(out, everything)
    assert _partition_record(out) == _partition_record(everything)  # the same files, byte for byte
    for name, column in ROW_IDS.items():  # rows of the first run keep their ids
        assert ids_before[name] <= set(read_table(out, name)[column]), name

    rebuilt = newsfacts_flow(inputs=[str(corpus)], output=str(out), full_refresh=True)
    assert (rebuilt["annotated"], rebuilt["reused"]) == (5, 0)
    assert_same_tables(out, everything)
    assert _partition_record(out) == _partition_record(everything)


def test_each_month_of_articles_is_a_file_of_its_own(seeds_output):
    out, _ = seeds_output
    months = {str(d)[:7] for d in read_table(out, "articles")["published_at"]}
    for name in ("articles", "mentions", "figures", "claims", "events"):
        files = {p.name for p in table_path(out, name).iterdir()}
        assert files <= {f"{m}.parquet" for m in months}, name
        for file in files:  # every row of a month's file is of an article of that month
            month = file.removesuffix(".parquet")
            ids = set(pq.read_table(table_path(out, name) / file).column("article_id").to_pylist())
            articles = read_table(out, "articles")
            assert {str(d)[:7] for d in articles[articles.article_id.isin(ids)]["published_at"]} == {month}, name
    assert len(TABLES) == len(_partition_record(out))
