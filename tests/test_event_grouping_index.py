"""Event keys with the cluster index: the same first fit as comparing every row with every cluster."""

from __future__ import annotations

import datetime as dt
import itertools

from newsfacts.transforms.events import assign_event_keys
from newsfacts.transforms.events.grouping import _grouping_order, _same_fields


def _ev(article: str, actor: str | None = None, **fields) -> dict:
    start = fields.pop("start", 0)
    return {
        "event_id": f"evt_{article}_{start}",
        "article_id": article,
        "type": fields.pop("type", "attack"),
        "actor": actor,
        "counterpart": None,
        "location": None,
        "date": None,
        "date_precision": None,
        "planned": False,
        "start_char": start,
        **fields,
    }


def _groups(rows: list[dict]) -> list[list[str]]:
    """The rows' articles grouped by key, in row order."""
    by_key: dict[str, list[str]] = {}
    for row in rows:
        by_key.setdefault(row["event_key"], []).append(row["article_id"])
    return sorted(by_key.values())


def test_a_week_that_runs_into_the_next_year_takes_a_day_of_that_year():
    rows = [
        _ev("a", "Russia", date=dt.date(2024, 12, 29), date_precision="week"),
        _ev("b", "Russia", date=dt.date(2025, 1, 2), date_precision="day"),
        _ev("c", "Russia", date=dt.date(2025, 1, 9), date_precision="day"),
    ]
    assign_event_keys(rows)
    assert _groups(rows) == [["a", "b"], ["c"]]


def test_names_fit_when_one_holds_the_others_words_not_when_they_share_one():
    rows = [
        _ev("a", "Olaf Scholz", location="Kyiv"),
        _ev("b", "Olaf Meier", location="Kyiv"),
        _ev("c", "Scholz", location="Kyiv"),
        _ev("d", "Olaf", location="Kyiv"),
    ]
    assign_event_keys(rows)
    # "Olaf" is inside "Olaf Scholz" but not "Scholz" (one cluster holds both): it joins "Olaf Meier"
    assert _groups(rows) == [["a", "c"], ["b", "d"]]


def test_a_row_with_an_entity_is_held_to_the_names_of_members_without_one():
    rows = [
        _ev("a", "Hamas fighters", location="Gaza"),
        _ev("b", "army", actor_entity_id="ent_army", location="Gaza"),
        _ev("c", "Israeli army", actor_entity_id="ent_army", location="Gaza"),
        _ev("d", "fighters", location="Gaza"),
    ]
    assign_event_keys(rows)
    assert _groups(rows) == [["a", "d"], ["b", "c"]]


def _first_fit(rows: list[dict]) -> list[list[str]]:
    """Reference: every row compared with every cluster in order, the first that fits every member taken."""
    clusters: list[list[dict]] = []
    for row in sorted(rows, key=_grouping_order):
        for cluster in clusters:
            planned = {m.get("planned") for m in cluster if m["article_id"] == row["article_id"]}
            if (not planned or planned == {row.get("planned")}) and all(_same_fields(row, m) for m in cluster):
                cluster.append(row)
                break
        else:
            clusters.append([row])
    return sorted(sorted(m["event_id"] for m in cluster) for cluster in clusters)


def test_the_index_gives_the_first_fit_of_an_all_pairs_scan():
    actors = [(None, None), ("Olaf Scholz", None), ("Scholz", None), ("Olaf Meier", None), ("Scholz", "ent_s"),
              ("Chancellor Olaf Scholz", "ent_s"), ("Meier", "ent_m")]  # fmt: skip
    dates = [(None, None), (dt.date(2024, 12, 30), "day"), (dt.date(2024, 12, 29), "week"),
             (dt.date(2024, 12, 1), "month"), (dt.date(2025, 1, 1), "year"), (dt.date(2025, 1, 2), "day")]  # fmt: skip
    places = [(None, None), ("Kyiv", None), ("Kyiv", "ent_k"), ("Warsaw", "ent_w")]
    rows = []
    for n, ((actor, actor_id), (date, precision), (place, place_id)) in enumerate(
        itertools.product(actors, dates, places)
    ):
        rows.append(
            _ev(
                f"art{n % 17}",
                actor,
                start=n,
                actor_entity_id=actor_id,
                date=date,
                date_precision=precision,
                location=place,
                location_entity_id=place_id,
                planned=n % 11 == 0,
            )
        )
    expected = _first_fit(rows)
    assign_event_keys(rows)
    by_key: dict[str, list[str]] = {}
    for row in rows:
        by_key.setdefault(row["event_key"], []).append(row["event_id"])
    assert len(rows) == 168
    assert sorted(sorted(ids) for ids in by_key.values()) == expected


def test_a_side_only_described_sets_no_report_of_a_deed_apart_a_named_one_does():
    rows = [
        _ev("a", "Velo Front", type="kill", location="Kessa", counterpart="soldiers"),
        _ev("b", "Velo Front", type="kill", location="Kessa", counterpart="troops"),
        _ev("c", "Velo Front", location="Kessa", counterpart="Kessa army", counterpart_entity_id="ent_a"),
        _ev("d", "Velo Front", location="Kessa", counterpart="Dorra police", counterpart_entity_id="ent_b"),
        _ev("e", "Velo Front", location="Kessa", counterpart="villagers"),
    ]
    assign_event_keys(rows)
    # "soldiers" and "troops" describe whom the deed struck: one killing; two named sides are two attacks, and a
    # described side joins the first of them
    assert _groups(rows) == [["a", "b"], ["c", "e"], ["d"]]
