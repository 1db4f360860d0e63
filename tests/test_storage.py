"""The output's tables as partitioned Parquet datasets: layout, readers, one transaction per write."""

from __future__ import annotations

import datetime as dt
import json
import os

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsfacts.schema import to_table
from newsfacts.storage import COMMIT_NAME, STAGING_DIR, Output, partition_tables, read_table, table_path


def _articles() -> pa.Table:
    rows = [
        {"article_id": "art_a", "source_path": "a.txt", "status": "ok", "published_at": dt.date(2024, 5, 2)},
        {"article_id": "art_b", "source_path": "b.txt", "status": "ok", "published_at": dt.date(2024, 6, 9)},
        {"article_id": "art_c", "source_path": "c.txt", "status": "rejected", "published_at": None},
    ]
    return to_table("articles", rows)


def _figure(figure_id: str, article_id: str, value: float, start: int) -> dict:
    text = str(int(value))
    return {
        "figure_id": figure_id,
        "article_id": article_id,
        "text": text,
        "value": value,
        "qualifier": "exact",
        "category": "killed",
        "sentence_index": 0,
        "start_char": start,
        "end_char": start + len(text),
    }


def _figures() -> pa.Table:
    rows = [_figure("fig_1", "art_a", 12, 5), _figure("fig_2", "art_b", 40, 1), _figure("fig_3", "art_a", 3, 20)]
    return to_table("figures", rows)


def test_rows_of_an_article_go_to_the_month_it_was_published():
    parts = partition_tables({"articles": _articles(), "figures": _figures()})
    assert {k: v.column("source_path").to_pylist() for k, v in parts["articles"].items()} == {
        "2024-05": ["a.txt"],
        "2024-06": ["b.txt"],
        "undated": ["c.txt"],
    }
    assert {k: v.column("figure_id").to_pylist() for k, v in parts["figures"].items()} == {
        "2024-05": ["fig_1", "fig_3"],
        "2024-06": ["fig_2"],
    }


def test_a_partitioned_table_reads_whole_with_pandas_pyarrow_and_duckdb(tmp_path):
    Output(tmp_path).write_tables(partition_tables({"articles": _articles(), "figures": _figures()}))
    folder = table_path(tmp_path, "figures")
    assert sorted(p.name for p in folder.iterdir()) == ["2024-05.parquet", "2024-06.parquet"]
    assert sorted(pd.read_parquet(folder)["figure_id"]) == ["fig_1", "fig_2", "fig_3"]
    assert pq.read_table(folder).num_rows == 3
    glob = (folder / "*.parquet").as_posix()
    assert duckdb.sql(f"SELECT count(*) FROM '{glob}'").fetchall() == [(3,)]
    assert duckdb.sql(f"SELECT count(*) FROM '{folder.as_posix()}'").fetchall() == [(3,)]
    # read_table gives the table in its stable row order, whatever the partitions.
    assert list(read_table(tmp_path, "figures")["figure_id"]) == ["fig_1", "fig_3", "fig_2"]


def test_an_empty_table_is_one_empty_file_that_still_has_its_columns(tmp_path):
    Output(tmp_path).write_tables({"quarantine": {}})
    frame = pd.read_parquet(table_path(tmp_path, "quarantine"))
    assert frame.empty and "row_key" in frame.columns


def test_unchanged_partitions_are_not_rewritten_and_stale_ones_removed(tmp_path):
    out = Output(tmp_path)
    out.write_tables(partition_tables({"articles": _articles(), "figures": _figures()}))
    may = table_path(tmp_path, "figures") / "2024-05.parquet"
    before = may.stat().st_mtime_ns
    june_only = _figures().filter(pa.compute.equal(_figures().column("article_id"), "art_b"))
    stats = out.write_tables(partition_tables({"articles": _articles(), "figures": _figures()}))
    assert stats["figures"] == {"written": 0, "unchanged": 2, "removed": 0}
    assert may.stat().st_mtime_ns == before
    stats = out.write_tables(partition_tables({"articles": _articles(), "figures": june_only}))
    assert stats["figures"] == {"written": 0, "unchanged": 1, "removed": 1}
    assert list(read_table(tmp_path, "figures")["figure_id"]) == ["fig_2"]


def test_a_table_whose_other_partitions_are_kept_gets_only_the_ones_given(tmp_path):
    out = Output(tmp_path)
    out.write_tables(partition_tables({"articles": _articles(), "figures": _figures()}))
    june_only = _figures().filter(pa.compute.equal(_figures().column("article_id"), "art_b"))
    stats = out.write_tables(partition_tables({"articles": _articles(), "figures": june_only}), keep_others=["figures"])
    assert stats["figures"] == {"written": 0, "unchanged": 1, "removed": 0}
    assert sorted(read_table(tmp_path, "figures")["figure_id"]) == ["fig_1", "fig_2", "fig_3"]
    assert sorted(out._partition_record()["figures"]) == ["2024-05", "2024-06"]


def test_a_table_of_an_earlier_version_reads_and_is_replaced_by_its_dataset(tmp_path):
    pq.write_table(_figures(), tmp_path / "figures.parquet")  # the single-file layout
    assert list(read_table(tmp_path, "figures")["figure_id"]) == ["fig_1", "fig_3", "fig_2"]
    Output(tmp_path).write_tables(partition_tables({"articles": _articles(), "figures": _figures()}))
    assert (tmp_path / "figures.parquet").is_dir()
    assert len(read_table(tmp_path, "figures")) == 3


def _stage_without_moving(out: Output, tables: dict) -> str:
    """Stage a transaction as write_tables does, but stop where a killed run would: before moving files."""
    apply = out._apply
    out._apply = lambda txn: None  # type: ignore[method-assign]
    try:
        out.write_tables(tables)
    finally:
        out._apply = apply  # type: ignore[method-assign]
    return out.fs.ls(out.path(STAGING_DIR), detail=False)[0]


def test_a_committed_transaction_a_killed_run_left_is_rolled_forward(tmp_path):
    out = Output(tmp_path)
    out.write_tables(partition_tables({"articles": _articles(), "figures": _figures()}))
    fewer = _figures().slice(0, 1)
    _stage_without_moving(out, partition_tables({"articles": _articles(), "figures": fewer}))
    assert len(read_table(tmp_path, "figures")) == 3  # not yet visible
    assert out.clean_temporaries() == 1
    assert list(read_table(tmp_path, "figures")["figure_id"]) == ["fig_1"]
    assert not (tmp_path / STAGING_DIR).exists() or not any((tmp_path / STAGING_DIR).iterdir())


def test_a_transaction_killed_before_its_commit_record_leaves_the_tables_as_they_were(tmp_path):
    out = Output(tmp_path)
    out.write_tables(partition_tables({"articles": _articles(), "figures": _figures()}))
    staged = _stage_without_moving(out, partition_tables({"articles": _articles(), "figures": _figures().slice(0, 1)}))
    out.fs.rm(f"{staged}/{COMMIT_NAME}")  # killed while staging: no commit record yet
    out.clean_temporaries()
    assert len(read_table(tmp_path, "figures")) == 3
    assert json.loads((tmp_path / "_state" / "partitions.json").read_text())["figures"].keys() == {
        "2024-05",
        "2024-06",
    }


def test_partitioned_tables_on_an_fsspec_memory_url():
    url = "memory://newsfacts-storage-test/out"
    Output(url).write_tables(partition_tables({"articles": _articles(), "figures": _figures()}))
    assert Output(url).partitions("figures") == ["2024-05", "2024-06"]
    assert list(read_table(url, "figures")["figure_id"]) == ["fig_1", "fig_3", "fig_2"]


def test_a_write_after_a_failed_one_finishes_the_failed_one_first(tmp_path):
    out = Output(tmp_path)
    out.write_tables(partition_tables({"articles": _articles(), "figures": _figures()}))
    _stage_without_moving(out, partition_tables({"articles": _articles(), "figures": _figures().slice(0, 1)}))
    out.write_tables(partition_tables({"articles": _articles(), "figures": _figures().slice(1, 1)}))
    assert list(read_table(tmp_path, "figures")["figure_id"]) == ["fig_3"]  # the later write wins
    assert not any((tmp_path / STAGING_DIR).iterdir())


def test_the_output_lock_excludes_a_second_writer_and_its_file_goes_with_the_run(tmp_path):
    from newsfacts.storage import LOCK_NAME, OutputLocked

    lock_file = tmp_path / LOCK_NAME
    with Output(tmp_path).lock():
        assert lock_file.read_text().startswith(f"pid {os.getpid()} since ")
        with pytest.raises(OutputLocked, match=f"another newsfacts run is writing to {tmp_path} \\(pid {os.getpid()}"):
            with Output(tmp_path).lock():
                pass
        assert lock_file.exists()  # the refused run leaves the holder's file alone
    assert not lock_file.exists()


def test_a_lock_file_left_by_a_dead_run_is_taken_over_and_removed(tmp_path):
    from newsfacts.storage import LOCK_NAME

    lock_file = tmp_path / LOCK_NAME
    lock_file.write_text("pid 999999999 since 2020-01-01 00:00:00")  # no process holds its flock
    with Output(tmp_path).lock():
        assert lock_file.read_text().startswith(f"pid {os.getpid()} since ")
    assert not lock_file.exists()


def test_release_locks_frees_the_output_for_a_process_that_ends_at_once(tmp_path):
    """What a signal handler does before os._exit (flows/stopping.py): the file is gone, the output free."""
    from newsfacts.storage import LOCK_NAME, release_locks

    with Output(tmp_path).lock():
        release_locks()
        assert not (tmp_path / LOCK_NAME).exists()
        with Output(tmp_path).lock():  # free: another run could take it now
            assert (tmp_path / LOCK_NAME).exists()
        assert not (tmp_path / LOCK_NAME).exists()
