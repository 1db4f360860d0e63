"""A store that grows: runs that add articles give exactly the tables a full rebuild gives (--full-refresh
replays the same ingest batches in the same order), and the rows of earlier runs keep their ids."""

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

    everything, _ = seeds_output  # one run over the five seeds: one ingest batch
    corpus = copy_seeds(tmp_path / "in", ["000_c39445ccfd9253c6.txt", "001_02607d7393c13801.txt"])
    out = tmp_path / "out"
    first = newsfacts_flow(inputs=[str(corpus)], output=str(out))
    assert (first["annotated"], first["reused"]) == (2, 0)
    assert sorted(p.name for p in table_path(out, "figures").iterdir()) == ["2024-06.parquet"]
    before = {name: read_table(out, name) for name in (*ROW_IDS, "entities", "sources")}

    copy_seeds(corpus)  # the other three arrive: a second ingest batch, resolved against the first
    second = newsfacts_flow(inputs=[str(corpus)], output=str(out))
    assert (second["annotated"], second["reused"]) == (3, 2)
    assert len(json.loads((out / "_state" / "batches.json").read_text())["batches"]) == 2
    after = {name: read_table(out, name) for name in before}
    for name, column in ROW_IDS.items():  # rows of the first run are there as they were
        old = before[name].set_index(column)
        assert old.equals(after[name].set_index(column).loc[old.index]), name
    for name, column in (("entities", "entity_id"), ("sources", "source_id")):  # canonical rows keep their ids
        assert set(before[name][column]) <= set(after[name][column]), name
    assert_same_tables(out, everything, only=("articles",))

    record = _partition_record(out)
    rebuilt = newsfacts_flow(inputs=[str(corpus)], output=str(out), full_refresh=True)
    assert (rebuilt["annotated"], rebuilt["reused"]) == (5, 0)
    assert _partition_record(out) == record  # the same files, byte for byte
    assert rebuilt["rows"] == second["rows"]
    assert first["earlier_articles_gone"] == second["earlier_articles_gone"] == 0

    (corpus / "000_c39445ccfd9253c6.txt").unlink()  # a run without one of them: its rows leave, and it is said
    fewer = newsfacts_flow(inputs=[str(corpus)], output=str(out))
    assert (fewer["annotated"], fewer["earlier_articles_gone"]) == (0, 1)
    assert fewer["rows"]["articles"] == 4


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


def test_extraction_errors_of_settled_batches_stay_in_the_summary(prefect_harness, tmp_path, monkeypatch):
    """A batch settled in the store is not read again; its articles' extraction errors are still reported."""
    from newsfacts.flows.pipeline import newsfacts_flow
    from newsfacts.transforms import extract as extract_module

    def broken(doc, article):
        raise ValueError("a rule broke")

    corpus = copy_seeds(tmp_path / "in", ["000_c39445ccfd9253c6.txt"])
    out = tmp_path / "out"
    with monkeypatch.context() as patch:
        extractors = dict(extract_module.EXTRACTORS)
        extractors["claims"] = broken
        patch.setattr(extract_module, "EXTRACTORS", tuple(extractors.items()))
        first = newsfacts_flow(inputs=[str(corpus)], output=str(out))
    expected = [("000_c39445ccfd9253c6.txt", "claims", "ValueError: a rule broke")]
    errors = [(e["source_path"].rsplit("/", 1)[-1], e["table"], e["error"]) for e in first["extraction_errors"]]
    assert errors == expected

    copy_seeds(corpus, ["001_02607d7393c13801.txt"])  # a second batch; the first is settled, not read again
    second = newsfacts_flow(inputs=[str(corpus)], output=str(out))
    assert (second["annotated"], second["reused"]) == (1, 1)
    errors = [(e["source_path"].rsplit("/", 1)[-1], e["table"], e["error"]) for e in second["extraction_errors"]]
    assert errors == expected
    assert json.loads((out / "run.json").read_text())["extraction_errors"] == second["extraction_errors"]

    rebuilt = newsfacts_flow(inputs=[str(corpus)], output=str(out), full_refresh=True)
    assert rebuilt["extraction_errors"] == []  # parsed again with the rules as they are now
