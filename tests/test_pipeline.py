"""End-to-end: the Prefect flow over seeds/ and over bad input, tables checked against the schema."""

from __future__ import annotations

import json
import os

import pyarrow.parquet as pq
import pytest

from newsfacts.schema import SCHEMAS, TABLES
from newsfacts.storage import read_table, table_path
from tests.conftest import SEEDS

pytestmark = pytest.mark.e2e


def test_every_table_is_written_with_its_schema(seeds_output):
    out, _ = seeds_output
    for name in TABLES:
        table = pq.read_table(table_path(out, name))
        assert table.schema.equals(SCHEMAS[name], check_metadata=False), name


def test_seed_articles_all_ok_with_metadata(seeds_output):
    out, summary = seeds_output
    articles = read_table(out, "articles")
    assert summary["ok"] == 5 and summary["rejected"] == []
    assert sorted(articles["status"]) == ["ok"] * 5
    by_file = articles.set_index("source_path")
    assert str(by_file.loc["003_fffc45ff05542f1c.txt", "published_at"])[:10] == "2024-08-19"
    assert by_file.loc["001_02607d7393c13801.txt", "dateline"] == "Cairo"


def test_run_json_names_the_manifest_found_in_the_input_folder(seeds_output):
    out, summary = seeds_output
    expected = {"manifest": str(SEEDS / "manifest.csv"), "rows": 5, "unmatched": [], "ragged": []}
    assert summary["manifest"] == expected
    assert json.loads((out / "run.json").read_text())["manifest"] == expected


def test_seed_002_furniture_removed_and_title_found(seeds_output):
    out, _ = seeds_output
    row = read_table(out, "articles").set_index("source_path").loc["002_a7883f4e9d81ff2e.txt"]
    assert row["title"] == "Blinken presses Hamas for Gaza truce amid Israel talks"
    for furniture in ("Check Also", "Aleppo", "Leave a Reply", "Your email address will not be published"):
        assert furniture not in row["text"]
        assert any(furniture in line for line in row["furniture"]), furniture  # kept apart, for the report


def test_mention_offsets_point_at_their_words(seeds_output):
    out, _ = seeds_output
    texts = read_table(out, "articles").set_index("article_id")["text"]
    mentions = read_table(out, "mentions")
    assert len(mentions) > 100
    for m in mentions.itertuples():
        assert texts[m.article_id][m.start_char : m.end_char] == m.text


def test_aliases_merge_into_one_entity(seeds_output):
    out, _ = seeds_output
    entities = read_table(out, "entities")
    mentions = read_table(out, "mentions")
    for alias_set, name in [
        ({"Blinken", "Antony Blinken"}, "Antony Blinken"),
        ({"Sisi", "Sissi", "Abdel Fattah al-Sisi"}, "Abdel Fattah al-Sisi"),
        ({"US", "U.S.", "the United States"}, "United States"),
    ]:
        ids = set(mentions.loc[mentions["text"].isin(alias_set), "entity_id"])
        assert len(ids) == 1, alias_set
        assert entities.set_index("entity_id").loc[ids.pop(), "name"] == name


def test_outlets_and_credited_sources_are_sources(seeds_output):
    out, _ = seeds_output
    sources = read_table(out, "sources")
    figures = read_table(out, "figures")
    used = set(figures["source_id"].dropna())
    assert used <= set(sources["source_id"])


def test_validation_report_and_data_docs_written(seeds_output):
    out, summary = seeds_output
    report = json.loads((out / "validation" / "summary.json").read_text())
    assert set(summary["validation"]) >= {"articles", "mentions", "entities"}
    assert report
    assert (out / "validation" / "data_docs" / "index.html").exists()
    assert json.loads((out / "run.json").read_text())["ok"] == 5


def test_same_input_gives_identical_tables(seeds_output, tmp_path):
    from newsfacts.flows.pipeline import newsfacts_flow

    out, _ = seeds_output
    newsfacts_flow(inputs=[str(SEEDS)], output=str(tmp_path))
    for name in TABLES:
        assert pq.read_table(table_path(tmp_path, name)).equals(pq.read_table(table_path(out, name))), name


def test_bad_input_is_rejected_with_reasons_and_the_rest_processed(prefect_harness, tmp_path):
    from newsfacts.flows.pipeline import newsfacts_flow

    src = tmp_path / "in"
    src.mkdir()
    good = (SEEDS / "000_c39445ccfd9253c6.txt").read_bytes()
    (src / "a_good.txt").write_bytes(good)
    (src / "b_copy_of_good.txt").write_bytes(good)
    (src / "c_empty.txt").write_bytes(b"")
    (src / "d_binary.txt").write_bytes(b"\x7fELF\x00\x01\x02\x00" * 64)
    (src / "e_huge.txt").write_bytes(b"word " * 4000)
    (src / "f_undecodable.txt").write_bytes(bytes(range(128, 256)) * 8)
    unreadable = src / "g_unreadable.txt"
    unreadable.write_text("Nobody may read this.")
    unreadable.chmod(0)
    out = tmp_path / "out"

    summary = newsfacts_flow(inputs=[str(src)], output=str(out), max_bytes=15_000)

    articles = read_table(out, "articles").set_index("source_path")
    status = articles["status"].to_dict()
    assert status["a_good.txt"] == "ok"
    assert status["b_copy_of_good.txt"] == "duplicate"
    assert "a_good.txt" in articles.loc["b_copy_of_good.txt", "reject_reason"]
    for name in ("c_empty.txt", "d_binary.txt", "e_huge.txt"):
        assert status[name] == "rejected", name
        assert articles.loc[name, "reject_reason"], name
    assert "empty" in articles.loc["c_empty.txt", "reject_reason"]
    assert "binary" in articles.loc["d_binary.txt", "reject_reason"]
    assert "large" in articles.loc["e_huge.txt", "reject_reason"]
    assert status["f_undecodable.txt"] in {"rejected", "ok"}  # cp1252 decodes most bytes; never lost
    if not os.access(unreadable, os.R_OK):
        assert status["g_unreadable.txt"] == "rejected"
    assert len(articles) == 7
    assert summary["ok"] + len(summary["rejected"]) == 7
    assert read_table(out, "mentions")["article_id"].isin(articles.loc[["a_good.txt"], "article_id"]).all()


def test_strict_exit_code_when_an_input_is_rejected(prefect_harness, tmp_path, capsys):
    from newsfacts.cli import EXIT_OK, EXIT_STRICT_FAILURE, main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Officials said 12 people were killed in Mosul on Monday.\n")
    (tmp_path / "in" / "empty.txt").write_text("")
    args = ["run", str(tmp_path / "in"), "--output", str(tmp_path / "out"), "--no-progress"]
    assert main(args) == EXIT_OK
    assert main([*args, "--strict"]) == EXIT_STRICT_FAILURE
    assert "empty.txt: empty file" in capsys.readouterr().out


def test_manifest_paths_relative_to_the_input_folder_and_unmatched_rows_counted(prefect_harness, tmp_path):
    from newsfacts.flows.pipeline import newsfacts_flow

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Officials said 12 people were killed in Mosul on Monday.\n")
    (tmp_path / "meta").mkdir()
    manifest = tmp_path / "meta" / "manifest.csv"
    manifest.write_text("path,published_at\na.txt,2024-06-12\ngone.txt,2024-06-13\n")

    summary = newsfacts_flow(inputs=[str(tmp_path / "in")], output=str(tmp_path / "out"), manifest=str(manifest))

    articles = read_table(tmp_path / "out", "articles").set_index("source_path")
    assert str(articles.loc["a.txt", "published_at"])[:10] == "2024-06-12"
    assert summary["manifest"] == {"manifest": str(manifest), "rows": 2, "unmatched": ["gone.txt"], "ragged": []}


def test_a_folder_manifest_row_with_an_unquoted_comma_is_read_and_reported(prefect_harness, tmp_path):
    from newsfacts.flows.pipeline import newsfacts_flow

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Officials said 12 people were killed in Mosul on Monday.\n")
    (tmp_path / "in" / "b.txt").write_text("Officials said 3 people were hurt in Basra on Monday.\n")
    note = "date from the dateline 'BASRA, June 12' on the page"  # the comma splits the note into two fields
    (tmp_path / "in" / "manifest.csv").write_text(
        f"path,published_at,note\na.txt,2024-06-12,url\nb.txt,2024-06-12,{note}\n"
    )

    summary = newsfacts_flow(inputs=[str(tmp_path / "in")], output=str(tmp_path / "out"))

    articles = read_table(tmp_path / "out", "articles").set_index("source_path")
    assert [str(articles.loc[f, "published_at"])[:10] for f in ("a.txt", "b.txt")] == ["2024-06-12", "2024-06-12"]
    assert summary["manifest"]["ragged"] == ["b.txt"]
