"""The canonical state kept in buckets (transforms/canonical.py, LAYOUT 2): a batch reads only the buckets of the
keys it looks up and rewrites only the buckets it changes; a place's running total is grouped again only near the
batch's report dates, and gives the groups that grouping all its members gives."""

from __future__ import annotations

import datetime as dt
import random
import sys

import pyarrow as pa
import pytest

from newsfacts import schema
from newsfacts.schema import to_table
from newsfacts.storage import Output
from newsfacts.transforms import canonical
from newsfacts.transforms.canonical import STATE_DIR, STATE_TABLES, Canonical, _Part, bucket_of
from newsfacts.transforms.discrepancies import find_discrepancies


def _entity(n: int) -> dict:
    return {
        "entity_id": f"ent_{n:04d}",
        "name": f"Valdorian Person {n}",
        "label": "PERSON",
        "aliases": [f"Person {n}"],
        "n_mentions": 1,
        "n_articles": 1,
    }


def _state_with_entities(out: Output, n: int, buckets: int = 8) -> Canonical:
    state = Canonical({"entities": to_table("entities", [_entity(k) for k in range(n)])})
    state.save(out, buckets=buckets)
    return state


def test_a_saved_state_is_read_by_the_buckets_of_the_keys_looked_up(tmp_path, monkeypatch):
    out = Output(str(tmp_path / "store"))
    _state_with_entities(out, 40)
    files = sorted(p.name for p in (tmp_path / "store" / STATE_DIR / "entities").iterdir())
    assert 1 < len(files) <= 8 and all(f.endswith(".parquet") for f in files)
    state = Canonical.load(out)
    read: list[int] = []
    original = _Part._read

    def spy(self, bucket, expr=None):
        read.append(bucket)
        return original(self, bucket, expr)

    monkeypatch.setattr(_Part, "_read", spy)
    wanted = ["ent_0003", "ent_0017", "ent_9999"]
    rows = state.parts["entities"].rows_where("entity_id", wanted).to_pylist()
    assert sorted(r["entity_id"] for r in rows) == ["ent_0003", "ent_0017"]
    assert set(read) <= {bucket_of(k, 8) for k in wanted}  # no other bucket is opened
    read.clear()
    assert state.tables["entities"].num_rows == 40 and len(set(read)) == len(files)  # whole: every bucket


def test_a_change_rewrites_only_its_bucket_and_reads_back_the_same(tmp_path):
    out = Output(str(tmp_path / "store"))
    _state_with_entities(out, 40)
    folder = tmp_path / "store" / STATE_DIR / "entities"
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    state = Canonical.load(out)
    changed = {**_entity(5), "n_mentions": 9, "aliases": ["Person 5", "P. Five"]}
    state.parts["entities"].replace("entity_id", to_table("entities", [changed]))
    # before the save: the change is read back over the saved rows
    assert state.parts["entities"].rows_where("entity_id", ["ent_0005"]).to_pylist()[0]["n_mentions"] == 9
    state.save(out)
    after = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert sorted(before) == sorted(after)
    assert [name for name in after if after[name] != before[name]] == [f"{bucket_of('ent_0005', 8):04d}.parquet"]
    whole = Canonical.load(out).tables["entities"].to_pylist()
    assert len(whole) == 40 and next(r for r in whole if r["entity_id"] == "ent_0005")["n_mentions"] == 9


def test_dropped_rows_stay_dropped_until_and_after_the_save(tmp_path):
    out = Output(str(tmp_path / "store"))
    rows = [{"event_key": f"evk_{n}", "n_articles": n} for n in range(20)]
    Canonical({"reach": pa.Table.from_pylist(rows, schema=STATE_TABLES["reach"])}).save(out, buckets=4)
    state = Canonical.load(out)
    part = state.parts["reach"]
    part.drop("event_key", ["evk_3", "evk_4"])
    part.append(pa.Table.from_pylist([{"event_key": "evk_3", "n_articles": 99}], schema=STATE_TABLES["reach"]))
    keys = lambda t: {r["event_key"]: r["n_articles"] for r in t.to_pylist()}  # noqa: E731
    assert keys(part.rows_where("event_key", ["evk_3", "evk_4", "evk_5"])) == {"evk_3": 99, "evk_5": 5}
    state.save(out)
    again = Canonical.load(out)
    assert keys(again.parts["reach"].rows_where("event_key", ["evk_3", "evk_4", "evk_5"])) == {"evk_3": 99, "evk_5": 5}
    assert again.parts["reach"].n_rows() == 19


def test_a_state_of_the_single_file_layout_is_read_whole_and_saved_in_buckets(tmp_path):
    out = Output(str(tmp_path / "store"))
    tables = {"entities": to_table("entities", [_entity(k) for k in range(10)])}
    old = Canonical(tables)
    for name, part in old.parts.items():  # the files the earlier layout wrote
        out.write_parquet(f"{STATE_DIR}/{name}.parquet", part.new)
    out.write_text(f"{STATE_DIR}/batches.json", '{"batches": ["b1"]}\n')
    state = Canonical.load(out)
    assert state.batches == ["b1"] and state.tables["entities"].num_rows == 10
    state.save(out)
    assert not out.exists(f"{STATE_DIR}/entities.parquet") and out.exists(f"{STATE_DIR}/entities")
    assert Canonical.load(out).tables == state.tables


def test_saving_into_another_output_or_bucket_count_moves_every_row(tmp_path):
    first, second = Output(str(tmp_path / "one")), Output(str(tmp_path / "two"))
    state = _state_with_entities(first, 30, buckets=4)
    state.save(second, buckets=16)
    assert Canonical.load(second).tables == Canonical.load(first).tables
    assert len(list((tmp_path / "two" / STATE_DIR / "entities").iterdir())) > 4


# ------------------------------------------------------------------------------------- running totals
PLACE = "Valdoria"
# Report dates: chains at most 180 days apart. Batch 1: two far-apart chains; batch 2 extends the first; batch 3
# joins the two; batch 4 a report with no date; batch 5 starts a chain of its own long after.
BATCHES = [
    [dt.date(2030, 1, 1), dt.date(2030, 2, 1), dt.date(2030, 12, 1), dt.date(2030, 12, 5)],
    [dt.date(2030, 1, 20), dt.date(2030, 6, 1)],
    [dt.date(2030, 9, 1)],
    [None],
    [dt.date(2033, 3, 1), dt.date(2033, 3, 2)],
]


def _toll(n: int, published: dt.date | None) -> tuple[dict, dict, dict]:
    """Article n: "The toll in Valdoria rose to N, officials said." as article, place mention and figure."""
    aid = schema.make_id("art", n)
    text = f"The toll in {PLACE} rose to {100 + 10 * n}, officials said."
    article = {"article_id": aid, "text": text, "published_at": published, "outlet": None, "status": "ok"}
    start = text.index(PLACE)
    mention = {
        "mention_id": schema.make_id("men", n),
        "article_id": aid,
        "entity_id": "ent_valdoria",
        "text": PLACE,
        "label": "GPE",
        "sentence_index": 0,
        "start_char": start,
        "end_char": start + len(PLACE),
    }
    words = str(100 + 10 * n)
    at = text.index(words)
    figure = {
        "figure_id": schema.make_id("fig", n),
        "article_id": aid,
        "sentence_index": 0,
        "start_char": at,
        "end_char": at + len(words),
        "text": words,
        "value": float(100 + 10 * n),
        "lower": None,
        "upper": None,
        "qualifier": "more_than",
        "category": "killed",
        "source_name": "officials",
        "as_of": published,
    }
    return article, mention, figure


ENTITIES = [{"entity_id": "ent_valdoria", "name": PLACE, "label": "GPE", "aliases": [PLACE]}]


def _batches() -> list[tuple[list[dict], list[dict], list[dict]]]:
    out, n = [], 0
    for dates in BATCHES:
        rows: tuple[list[dict], list[dict], list[dict]] = ([], [], [])
        for published in dates:
            for got, row in zip(rows, _toll(n, published)):
                got.append(row)
            n += 1
        out.append(rows)
    return out


def _grouped(tmp_path, name: str, partial: bool, monkeypatch) -> list[dict]:
    if not partial:  # every earlier member read back, as before the running totals were kept by date
        monkeypatch.setattr(canonical, "_near_new_dates", lambda earlier, batch, incident: (earlier, {}))
    out = Output(str(tmp_path / name))
    for n, (articles, mentions, figures) in enumerate(_batches()):
        state = Canonical.load(out) if n else Canonical()
        state.add_discrepancies(figures, [], articles, mentions, ENTITIES)
        state.save(out, buckets=4)
    monkeypatch.undo()
    return Canonical.load(out).table("discrepancies").to_pylist()


def test_a_running_total_regrouped_near_its_new_dates_gives_the_groups_of_all_its_members(tmp_path, monkeypatch):
    partial = _grouped(tmp_path, "partial", True, monkeypatch)
    whole = _grouped(tmp_path, "whole", False, monkeypatch)
    assert partial == whole
    everything = [sum((list(b[k]) for b in _batches()), []) for k in range(3)]
    at_once = find_discrepancies(everything[2], [], everything[0], everything[1], ENTITIES)
    key = lambda r: r["discrepancy_id"]  # noqa: E731
    assert sorted(partial, key=key) == sorted(at_once, key=key)
    sizes = sorted(
        len({r["figure_id"] for r in partial if r["group_id"] == g}) for g in {r["group_id"] for r in partial}
    )
    assert sizes == [2, 7]  # 2033's two; the seven of 2030, joined by the report of 2030-09-01
    assert {r["subject"] for r in partial} == {
        f"in {PLACE}, reported 2030-01-01 to 2030-12-05",
        f"in {PLACE}, reported 2033-03-01 to 2033-03-02",
    }


def test_only_the_members_near_the_new_dates_are_read_into_python(monkeypatch):
    batches = _batches()
    state = Canonical()
    seen: list[int] = []
    original = canonical._near_new_dates

    def spy(earlier, batch, incident):
        kept, redone = original(earlier, batch, incident)
        seen.append(kept.num_rows)
        return kept, redone

    monkeypatch.setattr(canonical, "_near_new_dates", spy)
    for articles, mentions, figures in batches:
        state.add_discrepancies(figures, [], articles, mentions, ENTITIES)
    # batch 1: none earlier; batch 2: the first chain's 2 (December's 2 stay out) and the subject's first member,
    # which names it (one of December's: members are in text order, by article id); batch 3: all 6 dated ones;
    # batches 4 (undated) and 5 (three years on): none near, the first member only
    assert seen == [0, 3, 6, 1, 1]


def _files(tmp_path, table: str) -> list[str]:
    return sorted(p.name for p in (tmp_path / "store" / STATE_DIR / table).iterdir())


def test_a_bucket_that_only_gains_rows_takes_them_as_a_segment_read_as_one_file(tmp_path, monkeypatch):
    monkeypatch.setattr(canonical, "MAX_SEGMENTS", 3)
    out = Output(str(tmp_path / "store"))
    _state_with_entities(out, 3, buckets=1)
    assert _files(tmp_path, "entities") == ["0000.parquet"]
    for n in (30, 10):  # ids out of order: the segments are read back in ORDER, as one merged file
        state = Canonical.load(out)
        state.parts["entities"].replace("entity_id", to_table("entities", [_entity(n)]), existing=[])
        state.save(out)
    assert _files(tmp_path, "entities") == ["0000-001.parquet", "0000-002.parquet", "0000.parquet"]
    state = Canonical.load(out)
    ids = state.tables["entities"].column("entity_id").to_pylist()
    assert ids == ["ent_0000", "ent_0001", "ent_0002", "ent_0010", "ent_0030"]
    assert state.parts["entities"].n_rows() == 5
    assert state.parts["entities"].rows_where("entity_id", ["ent_0030"]).num_rows == 1
    state.parts["entities"].replace("entity_id", to_table("entities", [_entity(40)]), existing=[])
    state.save(out)  # a third segment would pass MAX_SEGMENTS: merged into one file
    assert _files(tmp_path, "entities") == ["0000.parquet"]
    assert Canonical.load(out).parts["entities"].n_rows() == 6


def test_a_drop_merges_a_bucket_and_its_segments_into_one_file(tmp_path):
    out = Output(str(tmp_path / "store"))
    _state_with_entities(out, 2, buckets=1)
    state = Canonical.load(out)
    state.parts["entities"].replace("entity_id", to_table("entities", [_entity(7)]), existing=[])
    state.save(out)
    state = Canonical.load(out)
    changed = {**_entity(7), "n_mentions": 5}
    state.parts["entities"].replace("entity_id", to_table("entities", [changed]), existing=["ent_0007"])
    state.save(out)
    assert _files(tmp_path, "entities") == ["0000.parquet"]
    rows = Canonical.load(out).tables["entities"].to_pylist()
    assert [(r["entity_id"], r["n_mentions"]) for r in rows] == [("ent_0000", 1), ("ent_0001", 1), ("ent_0007", 5)]


def test_new_keys_only_get_segments_and_the_tables_are_those_of_merged_buckets(tmp_path, monkeypatch):
    for name, segments in (("merged", 1), ("segmented", 8)):
        monkeypatch.setattr(canonical, "MAX_SEGMENTS", segments)
        target = Output(str(tmp_path / name))
        for n, (articles, mentions, figures) in enumerate(_batches()):
            state = Canonical.load(target) if n else Canonical()
            state.add_discrepancies(figures, [], articles, mentions, ENTITIES)
            state.save(target, buckets=3)
    merged, segmented = (Canonical.load(Output(str(tmp_path / n))) for n in ("merged", "segmented"))
    assert any(p.segments for p in segmented.parts.values())
    assert not any(p.segments for p in merged.parts.values())
    assert segmented.tables == merged.tables


@pytest.mark.parametrize("n_buckets", [1, 3])
def test_any_bucket_count_gives_the_same_tables(tmp_path, n_buckets):
    out = Output(str(tmp_path / f"b{n_buckets}"))
    reference = Output(str(tmp_path / "ref"))
    for target, buckets in ((out, n_buckets), (reference, 8)):
        for n, (articles, mentions, figures) in enumerate(_batches()):
            state = Canonical.load(target) if n else Canonical()
            state.add_discrepancies(figures, [], articles, mentions, ENTITIES)
            state.save(target, buckets=buckets)
    assert Canonical.load(out).tables == Canonical.load(reference).tables


# ------------------------------------------------------------------------------------- earlier clusters seeded
ACTORS = (None, ("Red Hand", "ent_red"), ("Red Hand group", None), ("Blue Column", "ent_blue"), ("Blue", None))
PLACES = (None, ("Valdoria", "ent_val"), ("Borvia", None))
DAYS = (None, dt.date(2024, 3, 1), dt.date(2024, 3, 2))


def _random_clusters(rng, n: int) -> pa.Table:
    rows = []
    for seq in range(n):
        type_ = rng.choice(("attack", "protest"))
        day = rng.choice(DAYS) if rng.random() < 0.4 else None
        for sig in range(rng.choice((1, 1, 2))):
            actor = rng.choice(ACTORS) if rng.random() < 0.5 else None
            place = rng.choice(PLACES) if rng.random() < 0.3 else None
            rows.append(
                {
                    "seq": seq,
                    "sig": sig,
                    "event_key": f"evk_{seq:04d}",
                    "type": type_,
                    "actor": actor[0] if actor else None,
                    "actor_entity_id": actor[1] if actor else None,
                    "counterpart": None,
                    "counterpart_entity_id": None,
                    "location": place[0] if place else None,
                    "location_entity_id": place[1] if place else None,
                    "date": day,
                    "date_precision": "day" if day else None,
                    "lo": 2024 if day else -1,
                    "hi": 2024 if day else 99_999,
                    "pub_lo": 2024,
                    "pub_hi": 2024,
                }
            )
    return pa.Table.from_pylist(rows, schema=STATE_TABLES["clusters"])


def _random_events(rng, n: int) -> list[dict]:
    events = []
    for k in range(n):
        actor = rng.choice(ACTORS) if rng.random() < 0.5 else None
        place = rng.choice(PLACES) if rng.random() < 0.3 else None
        day = rng.choice(DAYS) if rng.random() < 0.3 else None
        events.append(
            {
                "event_id": f"evt_{k:04d}",
                "article_id": f"art_{k % 3}",
                "type": rng.choice(("attack", "protest")),
                "trigger": "attacked",
                "actor": actor[0] if actor else None,
                "actor_entity_id": actor[1] if actor else None,
                "counterpart": None,
                "counterpart_entity_id": None,
                "location": place[0] if place else None,
                "location_entity_id": place[1] if place else None,
                "date": day,
                "date_precision": "day" if day else None,
                "planned": rng.random() < 0.2,
                "sentence_index": k,
                "start_char": 10 * k,
            }
        )
    return events


@pytest.mark.parametrize("seed", range(12))
def test_clusters_left_out_before_seeding_change_no_event_key(seed, monkeypatch):
    """The clusters an Arrow filter leaves out (no event of the batch fits them, or each event that may meets
    enough clusters that surely accept it before them) would have taken no row: the keys are those seeding every
    cluster of the window gives."""

    from newsfacts.transforms.events.grouping import assign_event_keys

    rng = random.Random(seed)
    clusters = _random_clusters(rng, 300)
    events = _random_events(rng, rng.choice((1, 3, 10)))
    articles = [{"article_id": f"art_{k}", "published_at": dt.date(2024, 6, 1)} for k in range(3)]

    def keys(filtered: bool) -> tuple[list[str], int]:
        if not filtered:
            monkeypatch.setattr(canonical, "_may_accept", lambda table, rows: table)
        store = Canonical({"clusters": clusters})
        rows = [dict(e) for e in events]
        seeds = store.event_clusters(rows, articles)
        assign_event_keys(rows, seeds, types=store.seed_types)
        monkeypatch.undo()
        return [r["event_key"] for r in rows], len(seeds)

    (kept, n_kept), (every, n_every) = keys(True), keys(False)
    assert kept == every
    assert n_kept < n_every  # the filter left some out


def _attack_clusters(actors: list[tuple[str | None, str | None]]) -> Canonical:
    """A state of attack clusters keyed evk_0, evk_1, ... by these (actor, actor entity), with no place and no day."""
    rows = []
    for seq, (actor, entity) in enumerate(actors):
        row = _random_clusters(random.Random(0), 1).to_pylist()[0]
        row.update(seq=seq, sig=0, event_key=f"evk_{seq}", type="attack", actor=actor, actor_entity_id=entity)
        row.update(location=None, location_entity_id=None, date=None, date_precision=None, lo=-1, hi=99_999)
        rows.append(row)
    return Canonical({"clusters": pa.Table.from_pylist(rows, schema=STATE_TABLES["clusters"])})


def _seeded_for_attack(store: Canonical, actor: str, entity: str | None) -> list[str]:
    """The keys of the clusters seeded for one attack by this actor, with no place and no day."""
    event = _random_events(random.Random(0), 1)[0]
    event.update(type="attack", actor=actor, actor_entity_id=entity, location=None, location_entity_id=None)
    event.update(date=None, date_precision=None)
    seeds = store.event_clusters([event], [{"article_id": event["article_id"], "published_at": dt.date(2024, 6, 1)}])
    return [key for key, _ in seeds]


def test_a_cluster_named_by_words_alone_is_seeded_for_an_event_whose_name_fits_it():
    """A cluster whose actor has no entity ("the Red Hand group") accepts an event by "Red Hand" (words inside
    its words), and is seeded for it; one whose actor's words do not fit ("the Blue Column") is not."""
    store = _attack_clusters([("Blue Column", None), ("Red Hand group", None), ("Red", None)])
    seeds = _seeded_for_attack(store, "Red Hand", "ent_red")
    assert seeds == ["evk_1", "evk_2"]  # "Red Hand group" and "Red": words inside each other


def test_an_event_named_without_an_entity_is_compared_by_words_with_clusters_that_have_one():
    """An event whose actor has no entity ("Red Hand") is compared by words with every cluster's actor, entity or
    not: a cluster by "the Blue Column" (an entity) cannot take it and is not seeded; one by "Red Hand group" (an
    entity) or by no actor is."""
    store = _attack_clusters(
        [("Blue Column", "ent_blue"), ("Red Hand group", "ent_rhg"), (None, None), ("Blue Column", None)]
    )
    seeds = _seeded_for_attack(store, "Red Hand", None)
    assert seeds == ["evk_1", "evk_2"]


@pytest.mark.parametrize("seed", range(12))
def test_events_named_without_entities_meet_the_clusters_seeding_every_one_gives(seed, monkeypatch):
    """Random clusters and events whose parties often have a name but no entity (and clusters whose named parties
    have one): leaving out the clusters whose names cannot fit changes no event key."""
    from newsfacts.transforms.events.grouping import assign_event_keys

    actors = (*ACTORS, ("Green Shore", "ent_green"), ("Green Shore", None), ("Shore", None), ("Red", None))
    monkeypatch.setattr(sys.modules[__name__], "ACTORS", actors)
    rng = random.Random(1000 + seed)
    clusters = _random_clusters(rng, 300)
    events = _random_events(rng, rng.choice((3, 10, 30)))
    for event in events:  # an entity dropped: the name alone is compared
        if rng.random() < 0.6:
            event["actor_entity_id"] = None
    articles = [{"article_id": f"art_{k}", "published_at": dt.date(2024, 6, 1)} for k in range(3)]
    got = []
    for filtered in (True, False):
        if not filtered:
            monkeypatch.setattr(canonical, "_may_accept", lambda table, rows: table)
        store = Canonical({"clusters": clusters})
        rows = [dict(e) for e in events]
        seeds = store.event_clusters(rows, articles)
        assign_event_keys(rows, seeds, types=store.seed_types)
        got.append(([r["event_key"] for r in rows], len(seeds)))
    assert got[0][0] == got[1][0]
    assert got[0][1] < got[1][1]


def _keys_and_clusters(clusters: pa.Table, events: list[dict], chunk_rows: int | None) -> tuple:
    """Event keys, the clusters that got rows, and the clusters table after them: every earlier cluster seeded at
    once (chunk_rows None) or a chunk of about `chunk_rows` signatures at a time."""
    from newsfacts.transforms.events.grouping import assign_event_keys, assign_event_keys_in_chunks

    articles = [{"article_id": f"art_{k}", "published_at": dt.date(2024, 6, 1)} for k in range(3)]
    store = Canonical({"clusters": clusters})
    rows = [dict(e) for e in events]
    if chunk_rows is None:
        touched = assign_event_keys(rows, store.event_clusters(rows, articles), types=store.seed_types)
    else:
        chunks = store.event_cluster_chunks(rows, articles, chunk_rows=chunk_rows)
        touched = assign_event_keys_in_chunks(rows, chunks, types=store.seed_types)
    store.add_clusters(touched)
    added = [(key, [r["event_id"] for r in rows]) for key, rows in touched]
    return [r["event_key"] for r in rows], added, store.parts["clusters"].whole().to_pylist()


@pytest.mark.parametrize("seed", range(12))
def test_clusters_seeded_a_chunk_at_a_time_give_the_keys_of_seeding_them_all(seed):
    """Earlier clusters seeded chunk by chunk (the rows no chunk took walking the next one) give the keys, the
    touched clusters in their order and the clusters table that seeding them all at once gives."""
    rng = random.Random(1000 + seed)
    clusters = _random_clusters(rng, 300)
    events = _random_events(rng, rng.choice((1, 3, 10, 40)))
    whole = _keys_and_clusters(clusters, events, None)
    for chunk_rows in (1, 7, 64):
        assert _keys_and_clusters(clusters, events, chunk_rows) == whole, chunk_rows


def test_no_chunk_is_read_once_every_row_has_joined_an_earlier_cluster(monkeypatch):
    """Rows that the first earlier clusters take leave nothing pending: the later chunks are neither filtered
    nor seeded."""
    rng = random.Random(7)
    clusters = _random_clusters(rng, 300).to_pylist()
    for row in clusters[:4]:  # the first clusters have no party and no date: they accept any row of their type
        row.update(actor=None, actor_entity_id=None, location=None, location_entity_id=None)
        row.update(date=None, date_precision=None, lo=-1, hi=99_999, type="attack")
    table = pa.Table.from_pylist(clusters, schema=STATE_TABLES["clusters"])
    events = [{**e, "type": "attack", "planned": False} for e in _random_events(rng, 1)]
    read: list[int] = []
    original = canonical._may_accept

    def spy(window, rows):
        read.append(window.num_rows)
        return original(window, rows)

    monkeypatch.setattr(canonical, "_may_accept", spy)
    keys, _, _ = _keys_and_clusters(table, events, 1)
    assert keys == [clusters[0]["event_key"]] and len(read) == 1


@pytest.mark.parametrize("seed", range(8))
def test_places_grouped_in_arrow_give_the_rows_of_group_discrepancies(seed):
    """Running totals of places grouped by Arrow (_place_rows, from members-table rows) give the rows that
    group_discrepancies gives the same members: date chains, two reports a group, status, label and ids."""
    from newsfacts.transforms.discrepancies import _Member, _point, group_discrepancies, subject_key

    rng = random.Random(seed)
    members = []
    for n in range(rng.choice((2, 30, 150))):
        value = float(rng.randrange(10, 500))
        qualifier = rng.choice((None, "exact", "approximate", "more_than", "at_most", "range"))
        as_of = rng.choice((None, dt.date(2030, 1, 1) + dt.timedelta(days=rng.randrange(900))))
        figure = {
            "figure_id": f"fig_{n:04d}",
            "article_id": f"art_{rng.randrange(40):03d}",
            "text": str(int(value)),
            "value": value,
            "lower": value - 5 if qualifier == "range" else None,
            "upper": value + 5 if qualifier == "range" else None,
            "qualifier": qualifier,
            "category": rng.choice(("killed", "injured")),
            "source_name": rng.choice((None, "officials", "medics")),
            "sentence_index": 0,
            "start_char": n,
            "end_char": n + 3,
            "as_of": as_of,
        }
        point = _point(value, qualifier or "exact", figure["lower"], figure["upper"], as_of)
        report = (figure["article_id"], figure["source_name"] or "wire")
        place = rng.choice(("Valdoria", "Borvia", "the Kestrel Coast"))
        members.append(_Member(row=figure, point=point, report=report, place=place))
    python = [
        {**row, "_subject": canonical._subject_text(key)}
        for key, rows in group_discrepancies(members, {}, {})
        for row in rows
    ]
    table = pa.Table.from_pylist(
        [canonical._member_row(m, subject_key(m, {}), n) for n, m in enumerate(members)], schema=canonical.MEMBERS
    )
    arrow = canonical._place_rows(table).to_pylist()
    key = lambda r: r["discrepancy_id"]  # noqa: E731
    assert sorted(arrow, key=key) == sorted(python, key=key)
    assert len(python) > 0 or len(members) == 2


def test_alike_events_are_looked_up_once_and_each_counts_as_a_row_that_may_join():
    """Two attacks by the Crimson Ring with nothing else (no place, no day) are one lookup for _may_accept, but
    two rows: each may join a cluster with no actor, so the clusters up to the third such one are kept, where one
    attack keeps them up to the second; a third attack by another group adds its own lookup."""
    table = _attack_clusters([(None, None)] * 5).parts["clusters"].whole()
    attack = _random_events(random.Random(3), 1)[0]
    attack.update(type="attack", actor="Crimson Ring", actor_entity_id="ent_crimson", date=None, date_precision=None)
    attack.update(counterpart=None, counterpart_entity_id=None, location=None, location_entity_id=None)
    other = {**attack, "actor": "Lantern Brigade", "actor_entity_id": "ent_lantern"}

    def kept(events: list[dict]) -> list[str]:
        return canonical._may_accept(table, events).column("event_key").to_pylist()

    assert kept([attack]) == ["evk_0", "evk_1"]
    assert kept([attack, dict(attack)]) == ["evk_0", "evk_1", "evk_2"]
    assert kept([attack, dict(attack), other]) == ["evk_0", "evk_1", "evk_2", "evk_3"]


def test_row_ids_are_make_ids_of_group_and_figure():
    """The regrouped running total's row ids, made in one loop, are make_id's of (group, figure)."""
    groups, figures = ["grp_a1", "grp_a1", "grp_b7"], ["fig_0003", "fig_0410", "fig_0003"]
    expected = [schema.make_id(canonical.ROW_PREFIX, g, f) for g, f in zip(groups, figures)]
    assert schema.make_ids(canonical.ROW_PREFIX, groups, figures) == expected


def test_a_new_date_between_two_chains_reads_back_both_and_not_a_far_one():
    """Reports of a toll in January and February and in September (two chains: more than the gap apart), and one
    two years on; then a report in May within the gap of both: both chains are read back and regrouped, the far
    one stays out but for the subject's first member, which names it."""
    from types import SimpleNamespace

    days = [dt.date(2031, 1, 10), dt.date(2031, 2, 1), dt.date(2031, 9, 15), dt.date(2033, 6, 1)]
    gap = canonical.RUNNING_TOTAL_GAP_DAYS
    assert (days[2] - days[1]).days > gap and (days[3] - days[2]).days > gap  # three chains before
    subject = canonical._subject_text(("killed", "place", "Ostrava Vale"))
    rows = [
        {"subject": subject, "seq": seq, "fig_figure_id": f"fig_{seq}", "fig_as_of": day}
        for seq, day in zip((7, 3, 5, 1), days)  # the far report is the subject's first
    ]
    rows.append({"subject": "other", "seq": 9, "fig_figure_id": "fig_9", "fig_as_of": days[0]})
    earlier = pa.Table.from_pylist(rows, schema=canonical.MEMBERS)
    bridge = dt.date(2031, 5, 20)
    assert (bridge - days[1]).days <= gap and (days[2] - bridge).days <= gap
    batch = [SimpleNamespace(point=SimpleNamespace(as_of=bridge))]
    monkey = pytest.MonkeyPatch()
    monkey.setattr(canonical, "subject_key", lambda member, incident: ("killed", "place", "Ostrava Vale"))
    try:
        kept, redone = canonical._near_new_dates(earlier, batch, {})
    finally:
        monkey.undo()
    assert kept.column("seq").to_pylist() == [7, 3, 5, 1, 9]  # another subject's members all stay
    assert redone == {subject: ["fig_7", "fig_3", "fig_5"]}
    far = [SimpleNamespace(point=SimpleNamespace(as_of=dt.date(2036, 1, 1)))]
    monkey.setattr(canonical, "subject_key", lambda member, incident: ("killed", "place", "Ostrava Vale"))
    try:
        kept, redone = canonical._near_new_dates(earlier, far, {})
    finally:
        monkey.undo()
    assert kept.column("seq").to_pylist() == [1, 9] and redone == {subject: []}


@pytest.mark.parametrize("seed", range(40))
def test_is_in_with_more_values_than_rows_answers_as_pc_is_in(seed):
    """_is_in narrows a value set larger than the column to the values the column holds: the same answer,
    nulls matching nulls, whichever side is larger."""
    import pyarrow.compute as pc

    rng = random.Random(seed)
    pool = [f"fig_{n:03d}" for n in range(rng.randint(1, 30))] + [None]
    column = pa.chunked_array(
        [pa.array([rng.choice(pool) for _ in range(rng.randint(1, 12))], pa.string()) for _ in range(rng.randint(1, 3))]
    )
    values = pc.unique(pa.array(rng.sample(pool, rng.randint(1, len(pool))), pa.string()))
    assert canonical._is_in(column, values).to_pylist() == pc.is_in(column, value_set=values).to_pylist()


def test_a_drop_of_more_values_than_rows_leaves_the_other_rows_of_a_bucket():
    part = _Part("reach")
    part.out, part.saved = object(), {0: 3}
    many = [f"evk_{n:05d}" for n in range(500)]
    part.dropped[0].append(("event_key", pa.array([*many, "evk_keep_not"], pa.string())))
    table = pa.table({"event_key": ["evk_00007", "evk_kept", "evk_00499"], "n_articles": [1, 2, 3]})
    assert part._live(table, 0).to_pylist() == [{"event_key": "evk_kept", "n_articles": 2}]


def _signatures(rng: random.Random, clusters: int) -> pa.Table:
    """Signature rows of `clusters` clusters (one to three each), with nulls, as _may_accept groups them."""
    rows = []
    for seq in range(clusters):
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            rows.append(
                {
                    "event_key": f"evk_{seq:04d}",
                    "type": rng.choice(("strike", "flood")),
                    "seq": seq,
                    "actor": rng.choice((None, "ent_a", "ent_b")),
                    "day": rng.choice((None, "2025-03-04", "2025-03-05")),
                    "has_actor": rng.choice((0, 1)),
                }
            )
    rng.shuffle(rows)
    schema = pa.schema(
        [("event_key", pa.string()), ("type", pa.string()), ("seq", pa.int64()), ("actor", pa.string()),
         ("day", pa.string()), ("has_actor", pa.int8())]
    )  # fmt: skip
    return pa.Table.from_pylist(rows, schema=schema)


@pytest.mark.parametrize("seed", range(25))
def test_clusters_of_one_signature_aggregate_as_group_by_does(seed):
    """_per_cluster groups only clusters of two or more signatures; each one-signature cluster is its row: the
    same rows, types and values as group_by of them all."""
    import pyarrow.compute as pc

    rng = random.Random(seed)
    sigs = _signatures(rng, rng.randint(1, 40) if seed else 1)
    aggregate: list[tuple] = [("type", "min"), ("seq", "min"), ("has_actor", "max")]
    for kind in ("actor", "day"):
        aggregate += [(kind, "count_distinct", pc.CountOptions(mode="only_valid")), (kind, "min")]
    order = [("seq_min", "ascending")]
    expected = sigs.group_by("event_key").aggregate(aggregate).sort_by(order)
    got = canonical._per_cluster(sigs, aggregate).sort_by(order)
    assert got.schema == expected.schema
    assert got.to_pylist() == expected.to_pylist()
