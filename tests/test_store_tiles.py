"""A store written directly as copies of a replayed one (newsfacts.store.tile, what benchmarks/store_scale.py uses
for its large stores): one copy is the replayed store file for file; more copies relabel every id, and an
incremental add accepts the result."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow.compute as pc
import pytest

from newsfacts.schema import make_id
from newsfacts.storage import Output
from newsfacts.store import ID_PATTERN, add_batch, rebuild, tile
from newsfacts.transforms.canonical import Canonical

DAYS = (dt.date(2024, 5, 30), dt.date(2024, 6, 2), None)


def _article(n: int) -> dict:
    return {
        "article_id": make_id("art", n),
        "source_path": f"a{n}.txt",
        "status": "ok",
        "outlet": "Wire One" if n % 2 else "Wire Two",
        "published_at": DAYS[n % 3],
        "text": "",
    }


def _rows(n: int, person: str) -> dict[str, list[dict]]:
    """One article's rows: a person and Hamas named, an attack by Hamas, a claim by the person."""
    aid = make_id("art", n)
    mentions = [
        {
            "mention_id": make_id("men", n, k),
            "article_id": aid,
            "text": text,
            "label": label,
            "sentence_index": 0,
            "start_char": 20 * k,
            "end_char": 20 * k + len(text),
        }
        for k, (text, label) in enumerate(((person, "PERSON"), ("Hamas", "ORG")))
    ]
    event = {
        "event_id": make_id("eve", n),
        "article_id": aid,
        "type": "attack",
        "trigger": "attacked",
        "actor": "Hamas",
        "counterpart": None,
        "location": None,
        "date": DAYS[n % 2],
        "date_precision": "day",
        "planned": False,
        "sentence_index": 1,
        "start_char": 100,
        "end_char": 108,
    }
    claim = {
        "claim_id": make_id("cla", n),
        "article_id": aid,
        "kind": "indirect",
        "speaker_text": person,
        "cue": "said",
        "content": "it was over",
        "content_start": 200,
        "content_end": 211,
        "sentence_index": 2,
        "start_char": 190,
        "end_char": 211,
    }
    return {"mentions": mentions, "figures": [], "claims": [claim], "events": [event]}


PEOPLE = ("Antony Blinken", "Blinken", "Olga Petrenko", "Jake Sullivan")


def _batch(first: int, count: int) -> tuple[str, list[dict], dict]:
    rows: dict[str, list[dict]] = {"mentions": [], "figures": [], "claims": [], "events": []}
    for n in range(first, first + count):
        for name, got in _rows(n, PEOPLE[n % len(PEOPLE)]).items():
            rows[name].extend(got)
    return make_id("batch", first), [_article(n) for n in range(first, first + count)], rows


@pytest.fixture()
def base(tmp_path) -> Output:
    """A store of two ingest batches of 3 articles, built by a replay, with its batch record and kept parts."""
    out = Output(str(tmp_path / "base"))
    batches = [_batch(0, 3), _batch(3, 3)]
    record = []
    for name, articles, rows in batches:
        part = make_id("part", name)
        out.write_part(part, {**rows, "articles": articles})
        record.append({"name": name, "parts": [part]})
    out.write_text("_state/batches.json", json.dumps({"batches": record}) + "\n")
    rebuild(out, batches)
    return out


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_one_copy_is_the_replayed_store_file_for_file(base, tmp_path):
    out = Output(str(tmp_path / "tiled"))
    tile(base, out, 1)
    replayed, tiled = _files(tmp_path / "base"), _files(tmp_path / "tiled")
    assert sorted(tiled) == sorted(replayed)
    assert [name for name in replayed if tiled[name] != replayed[name]] == []


def test_copies_relabel_every_id_and_an_add_accepts_the_store(base, tmp_path):
    out = Output(str(tmp_path / "tiled"))
    got = tile(base, out, 3)
    assert (got["copies"], got["batches"]) == (3, 6)
    for name in ("articles", "mentions", "claims", "events", "entities", "sources"):
        one, three = base.read_arrow(name), out.read_arrow(name)
        assert three.num_rows == 3 * one.num_rows, name
        # every id distinct where the base's are, and the copies equal to the base but for the ids' last digits
        for column in (c for c in one.column_names if c.endswith("_id") or c == "event_key"):
            assert pc.count_distinct(three.column(column)).as_py() == 3 * pc.count_distinct(one.column(column)).as_py()
        cut = lambda t: sorted(  # noqa: E731
            json.dumps(row, default=str, sort_keys=True)
            for row in t.drop_columns([c for c in ("source_path",) if c in t.column_names]).to_pylist()
        )
        stripped = lambda t: t.from_arrays(  # noqa: E731
            [pc.replace_substring_regex(c, ID_PATTERN, r"\1") if c.type == "string" else c for c in t.columns],
            names=t.column_names,
        )
        assert cut(stripped(three)) == sorted(cut(stripped(one)) * 3), name
    state = Canonical.load(out)
    before = Canonical.load(base)
    assert len(state.batches) == 6 and state.batches[:2] == before.batches
    seqs = state.tables["clusters"].column("seq").to_pylist()
    assert seqs == sorted(seqs) and len(set(seqs)) == 3 * len(set(before.tables["clusters"].column("seq").to_pylist()))
    paths = out.read_arrow("articles").column("source_path").to_pylist()
    assert sorted(paths)[:2] == ["a0.txt", "a1.txt"] and "tile0002/a5.txt" in paths
    # An add: "Blinken" of the new batch joins one existing Antony Blinken (the name key is in every copy).
    name, articles, rows = _batch(100, 2)
    add_batch(out, name, articles, rows)
    entities = out.read_arrow("entities").to_pylist()
    blinkens = [e for e in entities if e["name"] == "Antony Blinken"]
    assert len(blinkens) == 3
    new = {m["mention_id"]: m for m in out.read_resolved(name)["mentions"].to_pylist()}
    joined = new[make_id("men", 101, 0)]["entity_id"]
    assert joined == min(e["entity_id"] for e in blinkens)
    had = next(e for e in base.read_arrow("entities").to_pylist() if e["name"] == "Antony Blinken")["n_mentions"]
    assert next(e for e in entities if e["entity_id"] == joined)["n_mentions"] == had + 2  # the new two joined it
    assert Canonical.load(out).batches[-1] == name


def test_a_tiled_store_without_its_rows_takes_an_add_as_the_full_one_does(base, tmp_path):
    full, lean = Output(str(tmp_path / "full")), Output(str(tmp_path / "lean"))
    tile(base, full, 2)
    tile(base, lean, 2, rows=False)
    assert lean.partitions("mentions") == [] and not lean.has_resolved(Canonical.load(lean).batches[0])
    name, articles, rows = _batch(100, 2)
    for out in (full, lean):
        add_batch(out, name, [dict(a) for a in articles], {k: [dict(r) for r in v] for k, v in rows.items()})
    for table in ("entities", "sources", "discrepancies"):
        assert full.read_arrow(table).equals(lean.read_arrow(table)), table
    assert full.read_resolved(name) == lean.read_resolved(name)
    assert Canonical.load(full).tables == Canonical.load(lean).tables
