"""A store built batch by batch: each batch joins the canonical tables of the batches before it, the ids of
existing rows stay, and building the batches one run at a time (the state saved and read back between runs)
gives the same tables as replaying them all in one go (--full-refresh)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsfacts.schema import to_table
from newsfacts.storage import Output
from newsfacts.transforms import canonical
from newsfacts.transforms.canonical import Canonical, plan_batches, resolve_batches
from newsfacts.transforms.resolve import resolve_corpus

DAY = dt.date(2024, 6, 1)


def _article(aid: str, outlet: str) -> dict:
    return {
        "article_id": aid,
        "source_path": f"{aid}.txt",
        "status": "ok",
        "outlet": outlet,
        "published_at": DAY,
        "text": "",
    }


def _mention(aid: str, n: int, text: str, label: str) -> dict:
    return {
        "mention_id": f"m-{aid}-{n}",
        "article_id": aid,
        "text": text,
        "label": label,
        "sentence_index": 0,
        "start_char": 10 * n,
        "end_char": 10 * n + len(text),
    }


def _event(aid: str, n: int, actor: str, date: dt.date | None = DAY) -> dict:
    return {
        "event_id": f"e-{aid}-{n}",
        "article_id": aid,
        "type": "attack",
        "trigger": "attacked",
        "actor": actor,
        "counterpart": None,
        "location": None,
        "date": date,
        "date_precision": "day" if date else None,
        "planned": False,
        "sentence_index": 1,
        "start_char": 100 + n,
        "end_char": 108 + n,
    }


def _claim(aid: str, speaker: str) -> dict:
    return {
        "claim_id": f"c-{aid}",
        "article_id": aid,
        "kind": "indirect",
        "speaker_text": speaker,
        "cue": "said",
        "content": "it was over",
        "content_start": 200,
        "content_end": 211,
        "sentence_index": 2,
        "start_char": 190,
        "end_char": 211,
    }


def _rows() -> tuple[list[dict], dict[str, list[dict]]]:
    """Three articles: the first names Antony Blinken and Hamas; the second "Blinken" and Hamas again, and the
    same attack; the third someone new and an attack of another year."""
    articles = [_article("a1", "Wire One"), _article("b1", "Wire Two"), _article("c1", "Wire One")]
    mentions = [
        _mention("a1", 0, "Antony Blinken", "PERSON"),
        _mention("a1", 1, "Hamas", "ORG"),
        _mention("b1", 0, "Blinken", "PERSON"),
        _mention("b1", 1, "Hamas", "ORG"),
        _mention("c1", 0, "Olga Petrenko", "PERSON"),
        _mention("c1", 1, "Hamas", "ORG"),
    ]
    events = [_event("a1", 0, "Hamas"), _event("b1", 0, "Hamas"), _event("c1", 0, "Hamas", dt.date(2023, 1, 2))]
    claims = [_claim("a1", "Antony Blinken"), _claim("b1", "Blinken"), _claim("c1", "Olga Petrenko")]
    return articles, {"mentions": mentions, "figures": [], "claims": claims, "events": events}


def _copy(extracted: dict[str, list[dict]]) -> dict[str, list[dict]]:
    return {name: [dict(r) for r in rows] for name, rows in extracted.items()}


def _arrow(tables: dict[str, list[dict]]) -> dict:
    return {name: to_table(name, rows) for name, rows in tables.items()}


def _one_at_a_time(tmp_path, articles, extracted, batches) -> dict:
    """Each batch in a run of its own: the state read from the output, the batch added, the state saved."""
    out = Output(str(tmp_path / "store"))
    rows: dict[str, list[dict]] = {}
    tables = {}
    for n, batch in enumerate(batches):
        store = Canonical.load(out) if n else None
        assert (store is None) == (n == 0)
        mine = [a for a in articles if a["article_id"] in batch]
        tables, store = resolve_batches(
            mine, {k: [r for r in v if r["article_id"] in batch] for k, v in _copy(extracted).items()}, [batch], store
        )
        store.save(out)
        for name in ("mentions", "figures", "claims", "events"):
            rows.setdefault(name, []).extend(tables[name])
    final = Canonical.load(out)
    return {**rows, "entities": final.table("entities").to_pylist(), "sources": final.table("sources").to_pylist()}


@pytest.mark.parametrize("chunk_rows", [None, 1])
def test_batches_one_run_at_a_time_give_the_tables_of_a_replay(tmp_path, monkeypatch, chunk_rows):
    """Batches added one run at a time give the tables of a replay, also with the earlier event clusters seeded
    a cluster at a time (chunks of one signature row)."""
    if chunk_rows:
        monkeypatch.setattr(canonical, "CLUSTER_CHUNK_ROWS", chunk_rows)
    articles, extracted = _rows()
    batches = [["a1"], ["b1"], ["c1"]]
    incremental = _arrow(_one_at_a_time(tmp_path, articles, extracted, batches))
    replayed, store = resolve_batches(articles, _copy(extracted), batches)
    replayed = _arrow(replayed)
    for name, table in incremental.items():
        assert table.equals(replayed[name]), name
    assert len(store.batches) == 3


def test_a_later_batch_joins_the_existing_entities_sources_and_event_keys():
    articles, extracted = _rows()
    first, _ = resolve_batches(
        articles[:1], _copy({k: [r for r in v if r["article_id"] == "a1"] for k, v in extracted.items()}), [["a1"]]
    )
    tables, _ = resolve_batches(articles, _copy(extracted), [["a1"], ["b1"], ["c1"]])
    ids = {e["name"]: e["entity_id"] for e in first["entities"]}
    entities = {e["name"]: e for e in tables["entities"]}
    assert {e["entity_id"] for e in first["entities"]} <= {e["entity_id"] for e in tables["entities"]}
    # "Blinken" of the second batch is the Antony Blinken of the first: its id, its name, counts added.
    blinken = next(m for m in tables["mentions"] if m["mention_id"] == "m-b1-0")
    assert blinken["entity_id"] == ids["Antony Blinken"]
    assert (entities["Antony Blinken"]["n_mentions"], entities["Antony Blinken"]["n_articles"]) == (2, 2)
    assert entities["Antony Blinken"]["aliases"] == ["Antony Blinken", "Blinken"]
    assert (entities["Hamas"]["entity_id"], entities["Hamas"]["n_articles"]) == (ids["Hamas"], 3)
    sources = {s["name"]: s for s in tables["sources"]}
    assert (sources["Antony Blinken"]["n_claims"], sources["Antony Blinken"]["n_articles"]) == (2, 2)
    assert (sources["Wire One"]["kind"], sources["Wire One"]["n_articles"]) == ("outlet", 2)
    # The same attack on the same day: the first batch's key; an attack of another year: a key of its own.
    keys = {e["event_id"]: e["event_key"] for e in tables["events"]}
    assert keys["e-b1-0"] == keys["e-a1-0"] == first["events"][0]["event_key"]
    assert keys["e-c1-0"] != keys["e-a1-0"]


def test_one_batch_gives_the_tables_of_one_resolve_over_everything():
    articles, extracted = _rows()
    batched, _ = resolve_batches(articles, _copy(extracted), [["a1", "b1", "c1"]])
    whole = resolve_corpus(articles, *(_copy(extracted)[n] for n in ("mentions", "figures", "claims", "events")))
    for name in ("entities", "sources", "mentions", "claims", "events", "discrepancies"):
        assert to_table(name, batched[name]).equals(to_table(name, whole[name])), name


def test_batches_are_the_recorded_ones_less_what_left_then_the_new_ones():
    recorded = [["a@1", "b@1"], ["c@1"]]
    assert plan_batches(recorded, ["d@1", "a@1", "b@1", "c@1"]) == [["a@1", "b@1"], ["c@1"], ["d@1"]]
    assert plan_batches(recorded, ["b@1", "c@2"]) == [["b@1"], ["c@2"]]  # a gone, c changed: a new batch
    assert plan_batches([], ["x@1", "y@1"]) == [["x@1", "y@1"]]


def test_the_store_side_adds_batches_as_a_rebuild_replays_them(tmp_path):
    import json

    from newsfacts.store import add_batch, rebuild

    articles, extracted = _rows()
    batches = [["a1"], ["b1", "c1"]]

    def batch(ids: list[str]) -> tuple[str, list[dict], dict]:
        rows = {k: [dict(r) for r in v if r["article_id"] in ids] for k, v in extracted.items()}
        return "-".join(ids), [dict(a) for a in articles if a["article_id"] in ids], rows

    grown = Output(str(tmp_path / "grown"))
    for ids in batches:  # one run each: the state read from the output and saved again
        add_batch(grown, *batch(ids))
    replayed = Output(str(tmp_path / "replayed"))
    rebuild(replayed, (batch(ids) for ids in batches))
    record = lambda out: json.loads(out.read_bytes("_state/partitions.json"))  # noqa: E731
    assert record(grown) == record(replayed)
    assert Canonical.load(grown).batches == Canonical.load(replayed).batches == ["a1", "b1-c1"]


def test_an_add_writes_the_entity_and_source_partitions_of_the_state_files_it_changes(tmp_path, monkeypatch):
    import duckdb
    import pandas as pd

    from newsfacts.store import add_batch
    from newsfacts.storage import table_path

    monkeypatch.setattr(canonical, "BUCKETS", 4)
    articles, extracted = _rows()
    out = Output(str(tmp_path / "store"))
    digests = []
    for ids in (["a1"], ["b1"], ["c1"]):
        rows = {k: [dict(r) for r in v if r["article_id"] in ids] for k, v in extracted.items()}
        _, got = add_batch(out, "-".join(ids), [dict(a) for a in articles if a["article_id"] in ids], rows)
        digests.append(json.loads(out.read_bytes("_state/partitions.json"))["entities"])
        state = Canonical.load(out)
        for name, key in (("entities", "entity_id"), ("sources", "source_id")):
            folder = table_path(tmp_path / "store", name)
            stems = sorted(p.name.removesuffix(".parquet") for p in folder.iterdir())
            files = state.parts[name].files()
            assert stems == sorted(f.rsplit("/", 1)[-1].removesuffix(".parquet") for f in files), name
            whole = state.table(name).to_pandas()
            read = pd.read_parquet(folder).sort_values(key).reset_index(drop=True)
            assert read.equals(whole), name  # the folder reads as the table: every row once
            glob = duckdb.sql(f"SELECT count(DISTINCT {key}), count(*) FROM read_parquet('{folder}/*.parquet')")
            assert glob.fetchall()[0] == (len(whole), len(whole)), name
    # the third batch changes Hamas and adds a person, not Blinken: his file's partition stays as it was
    assert [p for p, d in digests[1].items() if digests[2].get(p) == d]
    assert len(digests[2]) == len(digests[1]) + 1


def test_an_undated_event_joins_an_earlier_cluster_only_within_a_year_of_publication():
    articles, extracted = _rows()
    late = {**articles[1], "published_at": dt.date(2026, 3, 1)}
    events = [_event("a1", 0, "Hamas"), _event("b1", 0, "Hamas", None)]
    rows = {"mentions": [], "figures": [], "claims": [], "events": events}
    near, _ = resolve_batches(articles[:2], _copy(rows), [["a1"], ["b1"]])
    far, _ = resolve_batches([articles[0], late], _copy(rows), [["a1"], ["b1"]])
    assert near["events"][0]["event_key"] == near["events"][1]["event_key"]  # published the same day: one event
    assert far["events"][0]["event_key"] != far["events"][1]["event_key"]  # published two years on: not compared


def _cluster_row(seq: int, key: str, type_: str, actor_id: str | None, day: dt.date | None) -> dict:
    return {
        "seq": seq,
        "sig": 0,
        "event_key": key,
        "type": type_,
        "actor": None,
        "actor_entity_id": actor_id,
        "counterpart": None,
        "counterpart_entity_id": None,
        "location": None,
        "location_entity_id": None,
        "date": day,
        "date_precision": "day" if day else None,
        "lo": day.year if day else -1,
        "hi": day.year if day else 99_999,
        "pub_lo": 2024,
        "pub_hi": 2024,
    }


def test_earlier_clusters_no_event_can_join_are_not_seeded_and_types_keep_their_order():
    import pyarrow as pa

    from newsfacts.transforms.canonical import CLUSTERS

    rows = [
        _cluster_row(0, "k-protest", "protest", "ent-x", DAY),  # the batch's protest is another actor's
        _cluster_row(1, "k-other-actor", "attack", "ent-b", DAY),  # another actor: cannot accept
        _cluster_row(2, "k-other-day", "attack", "ent-a", DAY + dt.timedelta(days=1)),  # another day: cannot
        _cluster_row(3, "k-same", "attack", "ent-a", DAY),
        _cluster_row(4, "k-no-actor", "attack", None, DAY),
    ]
    store = Canonical({"clusters": pa.Table.from_pylist(rows, schema=CLUSTERS)})
    attack = {**_event("a1", 0, "Hamas"), "actor_entity_id": "ent-a"}
    protest = {**_event("a1", 1, "Unions"), "type": "protest", "actor_entity_id": "ent-y"}
    seeds = store.event_clusters([attack, protest], [_article("a1", "Wire")])
    assert [key for key, _ in seeds] == ["k-same", "k-no-actor"]
    assert store.seed_types == ["protest", "attack"]  # the order seeding every cluster gives the types
