"""Discrepancies: pairs and groups of made-up figures, classified and grouped as the module docstring says."""

from __future__ import annotations

import datetime as dt
import json
import math
import random
from pathlib import Path

import pytest

from newsfacts import schema
from newsfacts.transforms.discrepancies import (
    classify,
    figure_interval,
    find_discrepancies,
    is_round,
    sentence_around,
)

SUITE = Path(__file__).resolve().parents[1] / "expectations" / "discrepancies.json"
D1, D2, D3 = dt.date(2031, 3, 1), dt.date(2031, 4, 20), dt.date(2031, 4, 22)


# --- intervals and classification of pairs -------------------------------------------------


def test_interval_per_qualifier():
    assert figure_interval(40, "exact") == (40, 40)
    assert figure_interval(400, "approximate") == (380, 420)
    assert figure_interval(347, "more_than") == (347, math.inf)
    assert figure_interval(3000, "more_than") == (2850, math.inf)  # round: "over 3,000" is loose talk
    assert figure_interval(347, "at_least") == (347, math.inf)
    assert figure_interval(3000, "at_least") == (3000, math.inf)  # "at least" is a counted floor
    assert figure_interval(20, "less_than") == (0, 21)
    assert figure_interval(23, "at_most") == (0, 23)
    assert figure_interval(18, "range", 15, 25) == (15, 25)


def test_approximate_slack_never_below_one():
    assert figure_interval(6, "approximate") == (5, 7)


@pytest.mark.parametrize(
    "value, expected",
    [(1200, True), (40000, True), (250, True), (10, True), (251, False), (3, False), (1234, False), (12.5, False)],
)
def test_round_numbers(value, expected):
    assert is_round(value) is expected


@pytest.mark.parametrize(
    "a, b",
    [
        ((480, "approximate"), (490, "approximate")),
        ((3500, "more_than"), (3400, "approximate")),  # round lower bound takes the tolerance
        ((3500, "more_than"), (3500, "exact")),
        ((18, "exact"), (20, "less_than")),
        ((19, "approximate"), (20, "exact")),
        ((75, "at_least"), (75, "at_most")),
    ],
)
def test_same_day_agreement_is_consistent(a, b):
    assert classify([(*a, D1), (*b, D1)]) == "consistent"


@pytest.mark.parametrize(
    "a, b",
    [
        ((63, "exact"), (20, "less_than")),
        ((340, "exact"), (347, "more_than")),  # not round: "more than 347" excludes 340
        ((90, "exact"), (95, "exact")),
        ((700, "approximate"), (800, "approximate")),
        ((12, "at_most"), (30, "at_least")),
    ],
)
def test_bounds_that_cannot_both_hold_conflict(a, b):
    assert classify([(*a, D1), (*b, D1)]) == "conflicting"


def test_running_total_reported_later_and_higher_is_updated():
    assert classify([(8000, "more_than", D1), (9500, "more_than", D2)]) == "updated"


def test_small_exact_rise_later_is_updated():
    assert classify([(131, "exact", D2), (133, "exact", D3)]) == "updated"


def test_order_of_members_does_not_matter():
    assert classify([(9500, "more_than", D2), (8000, "more_than", D1)]) == "updated"


def test_rise_within_tolerance_stays_consistent():
    assert classify([(62, "approximate", D1), (61, "approximate", D2)]) == "consistent"
    assert classify([(1500, "more_than", D1), (1500, "approximate", D2)]) == "consistent"


def test_later_and_lower_is_a_conflict_not_an_update():
    assert classify([(900, "exact", D1), (600, "exact", D2)]) == "conflicting"


def test_ceiling_overtaken_later_is_a_conflict():
    assert classify([(50, "less_than", D1), (120, "exact", D2)]) == "conflicting"


def test_disagreement_within_one_date_blocks_update():
    reports = [(8000, "exact", D1), (5000, "exact", D1), (9500, "exact", D2)]
    assert classify(reports) == "conflicting"


def test_same_date_rise_is_no_update():
    assert classify([(131, "exact", D2), (160, "exact", D2)]) == "conflicting"


def test_stock_may_fall_as_an_update():
    reports = [(130, "approximate", D1), (101, "exact", D2)]
    assert classify(reports, category="hostages_held") == "updated"
    assert classify(reports, category="killed") == "conflicting"


def test_undated_reports_are_never_updates():
    assert classify([(8000, "more_than", None), (9500, "more_than", D2)]) == "consistent"


# --- grouping over rows --------------------------------------------------------------------


class Corpus:
    """Made-up articles, figures, events and mentions with real offsets into the article text."""

    def __init__(self) -> None:
        """An empty corpus."""
        self.articles: list[dict] = []
        self.figures: list[dict] = []
        self.events: list[dict] = []
        self.mentions: list[dict] = []
        self.entities: dict[str, dict] = {}

    def article(self, aid: str, published: dt.date, *sentences: str) -> str:
        """An article whose text is the sentences joined by spaces."""
        self.articles.append(
            {
                "article_id": aid,
                "text": " ".join(sentences),
                "published_at": published,
                "outlet": None,
                "status": "ok",
                "_sentences": sentences,
            }
        )
        return aid

    def _locate(self, aid: str, words: str, sentence: int) -> dict:
        """Offsets of `words` inside sentence `sentence` of article `aid`."""
        article = next(a for a in self.articles if a["article_id"] == aid)
        offset = sum(len(s) + 1 for s in article["_sentences"][:sentence])
        start = offset + article["_sentences"][sentence].index(words)
        return {"article_id": aid, "sentence_index": sentence, "start_char": start, "end_char": start + len(words)}

    def figure(
        self,
        aid: str,
        sentence: int,
        words: str,
        value: float,
        qualifier: str = "exact",
        category: str = "killed",
        source: str | None = None,
    ) -> dict:
        """A figure row as the resolve stage gives it."""
        row = self._locate(aid, words, sentence)
        low, high = {
            "exact": (value, value),
            "more_than": (value, None),
            "at_least": (value, None),
            "less_than": (None, value),
            "at_most": (None, value),
        }.get(qualifier, (None, None))
        published = next(a["published_at"] for a in self.articles if a["article_id"] == aid)
        row.update(
            figure_id=schema.make_id("fig", aid, row["start_char"]),
            text=words,
            value=float(value),
            lower=low,
            upper=high,
            qualifier=qualifier,
            category=category,
            source_name=source,
            as_of=published,
        )
        self.figures.append(row)
        return row

    def event(
        self,
        aid: str,
        sentence: int,
        trigger: str,
        etype: str,
        key: str,
        actor: str | None = None,
        location: str | None = None,
        date: dt.date | None = None,
        counterpart: str | None = None,
    ) -> dict:
        """An event row with its cross-article key."""
        row = self._locate(aid, trigger, sentence)
        row.update(
            event_id=schema.make_id("evt", aid, row["start_char"]),
            event_key=key,
            type=etype,
            trigger=trigger,
            actor=actor,
            counterpart=counterpart,
            location=location,
            date=date,
            date_precision="day" if date else None,
            planned=False,
        )
        self.events.append(row)
        return row

    def place(self, aid: str, sentence: int, words: str, name: str | None = None, label: str = "GPE") -> None:
        """A place mention and its canonical entity."""
        name = name or words
        entity = self.entities.setdefault(
            name, {"entity_id": schema.make_id("ent", name), "name": name, "label": label, "aliases": [words]}
        )
        row = self._locate(aid, words, sentence)
        row.update(
            mention_id=schema.make_id("men", aid, row["start_char"]),
            entity_id=entity["entity_id"],
            text=words,
            label=label,
        )
        self.mentions.append(row)

    def run(self, **kwargs) -> list[dict]:
        """find_discrepancies over everything built so far."""
        return find_discrepancies(
            self.figures,
            self.events,
            self.articles,
            mentions=self.mentions,
            entities=list(self.entities.values()),
            **kwargs,
        )


def groups(rows: list[dict]) -> dict[str, list[dict]]:
    """Rows by group id."""
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row["group_id"], []).append(row)
    return out


def test_raid_counts_from_two_sources_in_one_article_conflict():
    c = Corpus()
    a = c.article(
        "a1",
        D1,
        "Drones struck a depot near Velmora on Friday.",
        "Medics said 58 people were killed in the raid.",
        "The northern command said the operation killed fewer than 10 fighters.",
    )
    c.event(a, 0, "struck", "attack", "evk_depot", actor="Northern Command")
    c.figure(a, 1, "58", 58, source="medics")
    c.figure(a, 2, "fewer than 10", 10, "less_than", source="Northern Command")
    (group,) = groups(c.run()).values()
    assert {r["status"] for r in group} == {"conflicting"}
    assert sorted(r["text"] for r in group) == ["58", "fewer than 10"]
    assert {r["event_key"] for r in group} == {"evk_depot"}
    assert group[0]["n_members"] == 2 and group[0]["n_sources"] == 2


def test_one_incident_under_two_event_keys_is_one_subject():
    c = Corpus()
    a = c.article("a1", D1, "Rebels attacked Orlin on 3 February, killing about 310 people.")
    b = c.article("b1", D2, "The rebels killed more than 300 people in Orlin on 3 February.")
    day = dt.date(2031, 2, 3)
    c.event(a, 0, "attacked", "attack", "evk_one", actor="Rebels", location="Orlin", date=day)
    c.event(b, 0, "killed", "kill", "evk_two", actor="rebels", location="Orlin", date=day)
    c.figure(a, 0, "about 310", 310, "approximate")
    c.figure(b, 0, "more than 300", 300, "more_than", source="the ministry")
    (group,) = groups(c.run()).values()
    assert group[0]["status"] == "consistent"
    assert {r["event_key"] for r in group} == {"evk_one", "evk_two"}
    assert group[0]["subject"].startswith("kill by rebels") and "2031-02-03" in group[0]["subject"]


def test_hostage_count_prefers_the_abduction_over_the_attack():
    c = Corpus()
    day = dt.date(2031, 2, 3)
    a = c.article("a1", D1, "Raiders stormed Kell on 3 February and seized 40 hostages.")
    b = c.article("b1", D2, "Raiders stormed Kell on 3 February and seized about 42 hostages.")
    for aid in (a, b):
        c.event(aid, 0, "stormed", "attack", "evk_storm", actor="Raiders", date=day)
        c.event(aid, 0, "seized", "abduct", "evk_seize", actor="Raiders", date=day)
    c.figure(a, 0, "40", 40, category="hostages_taken")
    c.figure(b, 0, "about 42", 42, "approximate", category="hostages_taken")
    (group,) = groups(c.run()).values()
    assert group[0]["status"] == "consistent" and group[0]["subject"].startswith("abduct")


def test_running_toll_for_a_place_is_updated_over_time():
    c = Corpus()
    a = c.article("a1", D1, "The death toll in Brenna has passed 8,000, officials said.")
    b = c.article("b1", D2, "More than 9,500 people have now died in Brenna, officials said.")
    c.place(a, 0, "Brenna")
    c.place(b, 0, "Brenna")
    c.figure(a, 0, "8,000", 8000, "more_than", source="officials")
    c.figure(b, 0, "More than 9,500", 9500, "more_than", source="officials")
    (group,) = groups(c.run()).values()
    assert group[0]["status"] == "updated"
    assert [r["as_of"] for r in group] == [D1, D2]
    assert group[0]["subject"] == "in Brenna, reported 2031-03-01 to 2031-04-20"


def test_place_named_by_the_source_and_possessive_actor():
    c = Corpus()
    a = c.article("a1", D1, "Over 1,000 people have been killed in Brenna, officials said.")
    b = c.article("b1", D2, "Tarvia's siege has killed 1,400 people, according to the Brenna health office.")
    c.place(a, 0, "Brenna")
    c.place(b, 0, "Tarvia")
    c.place(b, 0, "Brenna", label="GPE")  # inside the source's name
    c.mentions.pop()  # ... which the NER tagged as part of an ORG, not as a place
    c.figure(a, 0, "Over 1,000", 1000, "more_than", source="officials")
    c.figure(b, 0, "1,400", 1400, source="Brenna health office")
    (group,) = groups(c.run()).values()
    assert group[0]["subject"].startswith("in Brenna") and group[0]["status"] == "updated"


def test_source_is_not_the_place():
    c = Corpus()
    a = c.article("a1", D1, "Tarvia says 70 soldiers died.")
    b = c.article("b1", D1, "Tarvia says 75 soldiers died.")
    for aid in (a, b):
        c.place(aid, 0, "Tarvia")
    c.figure(a, 0, "70", 70, source="Tarvia")
    c.figure(b, 0, "75", 75, source="Tarvia")
    assert c.run() == []


def test_neighbouring_event_with_its_own_count_is_not_borrowed():
    c = Corpus()
    a = c.article(
        "a1",
        D1,
        "Gunmen attacked Karsk, killing 40 people.",
        "Across Brenna, over 5,000 have died since the war began.",
    )
    b = c.article(
        "b1",
        D2,
        "Gunmen attacked Karsk, killing 41 people.",
        "Across Brenna, more than 6,000 have died since the war began.",
    )
    for aid in (a, b):
        c.event(aid, 0, "attacked", "attack", "evk_karsk", actor="Gunmen", location="Karsk")
        c.place(aid, 1, "Brenna")
    c.figure(a, 0, "40", 40)
    c.figure(a, 1, "over 5,000", 5000, "more_than")
    c.figure(b, 0, "41", 41, source="police")
    c.figure(b, 1, "more than 6,000", 6000, "more_than")
    found = {g[0]["subject"]: g for g in groups(c.run()).values()}
    assert sorted(found) == ["in Brenna, reported 2031-03-01 to 2031-04-20"]
    # The Karsk counts are an undated event reported 50 days apart: not comparable.


def test_next_sentence_takes_the_event_before_it():
    c = Corpus()
    a = c.article("a1", D1, "Shells hit a school in Dorn on Monday.", "Nine children died, the mayor said.")
    b = c.article("b1", D1, "Shells hit a school in Dorn on Monday, killing 12 children, the army said.")
    day = dt.date(2031, 2, 24)
    c.event(a, 0, "hit", "attack", "evk_school", actor=None, location="Dorn", date=day)
    c.event(b, 0, "hit", "attack", "evk_school", actor=None, location="Dorn", date=day)
    c.figure(a, 1, "Nine", 9, source="the mayor")
    c.figure(b, 0, "12", 12, source="army")
    (group,) = groups(c.run()).values()
    assert group[0]["status"] == "conflicting" and group[0]["event_key"] == "evk_school"


def test_event_that_starts_a_running_count_is_not_its_subject():
    c = Corpus()
    a = c.article("a1", D1, "Raiders attacked Kell on 3 February, killing 75 people.")
    b = c.article("b1", D2, "More than 2,000 people have died in Brenna since raiders attacked Kell on 3 February.")
    c.place(b, 0, "Brenna")
    day = dt.date(2031, 2, 3)
    c.event(a, 0, "attacked", "attack", "evk_kell", actor="Raiders", location="Kell", date=day)
    c.event(b, 0, "attacked", "attack", "evk_kell", actor="Raiders", location="Kell", date=day)
    c.figure(a, 0, "75", 75)
    c.figure(b, 0, "More than 2,000", 2000, "more_than", source="medics")
    assert c.run() == []  # without the rule the two would be one group, conflicting


def test_a_part_named_with_its_total_is_left_out():
    c = Corpus()
    day = dt.date(2031, 2, 3)
    a = c.article("a1", D1, "Shelling of Dorn on 3 February killed 30 people, including 11 children.")
    b = c.article("b1", D2, "Shelling of Dorn on 3 February killed 31 people.")
    for aid in (a, b):
        c.event(aid, 0, "Shelling", "attack", "evk_dorn", location="Dorn", date=day)
    c.figure(a, 0, "30", 30)
    c.figure(a, 0, "11", 11)
    c.figure(b, 0, "31", 31, source="medics")
    (group,) = groups(c.run()).values()
    assert sorted(r["text"] for r in group) == ["30", "31"]
    assert group[0]["status"] == "updated"


def test_one_report_repeated_is_no_group():
    c = Corpus()
    a = c.article("a1", D1, "About 90 people died in Orlin, medics said.", "Medics said about 90 died in Orlin.")
    c.place(a, 0, "Orlin")
    c.place(a, 1, "Orlin")
    c.figure(a, 0, "About 90", 90, "approximate", source="medics")
    c.figure(a, 1, "about 90", 90, "approximate", source="medics")
    assert c.run() == []


def test_categories_without_comparison_are_skipped():
    c = Corpus()
    a = c.article("a1", D1, "The envoy made 6 trips to Orlin.")
    b = c.article("b1", D2, "The envoy made 7 trips to Orlin.")
    for aid in (a, b):
        c.place(aid, 0, "Orlin")
    c.figure(a, 0, "6", 6, category="visits")
    c.figure(b, 0, "7", 7, category="visits")
    assert c.run() == []


def test_place_reports_far_apart_in_time_are_not_compared():
    c = Corpus()
    a = c.article("a1", dt.date(2030, 1, 5), "Some 200 people died in Orlin, medics said.")
    b = c.article("b1", dt.date(2031, 6, 5), "Some 900 people died in Orlin, medics said.")
    for aid in (a, b):
        c.place(aid, 0, "Orlin")
    c.figure(a, 0, "Some 200", 200, "approximate", source="medics")
    c.figure(b, 0, "Some 900", 900, "approximate", source="medics")
    assert c.run() == []


def test_rows_fit_the_schema_and_ids_are_deterministic():
    c = Corpus()
    a = c.article("a1", D1, "The death toll in Brenna has passed 8,000, officials said.")
    b = c.article("b1", D2, "More than 9,500 people have now died in Brenna, officials said.")
    for aid in (a, b):
        c.place(aid, 0, "Brenna")
    c.figure(a, 0, "8,000", 8000, "more_than", source="officials")
    c.figure(b, 0, "More than 9,500", 9500, "more_than", source="officials")
    rows = c.run()
    assert all(set(r) == set(schema.columns("discrepancies")) for r in rows)
    table = schema.to_table("discrepancies", rows)
    assert table.num_rows == 2
    group_id = schema.make_id("dgr", "killed", *sorted(f["figure_id"] for f in c.figures))
    assert {r["group_id"] for r in rows} == {group_id}
    assert {r["discrepancy_id"] for r in rows} == {schema.make_id("dis", group_id, f["figure_id"]) for f in c.figures}
    random.Random(7).shuffle(c.figures)
    assert sorted(c.run(), key=lambda r: r["discrepancy_id"]) == sorted(rows, key=lambda r: r["discrepancy_id"])


def test_rows_read_back_from_pandas_work():
    pd = pytest.importorskip("pandas")
    c = Corpus()
    a = c.article(
        "a1",
        D1,
        "Drones struck a depot near Velmora.",
        "Medics said 58 people were killed in the raid.",
        "The northern command said the operation killed fewer than 10 fighters.",
    )
    c.event(a, 0, "struck", "attack", "evk_depot", actor="Northern Command")
    c.figure(a, 1, "58", 58, source="medics")
    c.figure(a, 2, "fewer than 10", 10, "less_than", source="Northern Command")

    def frame_rows(rows: list[dict]) -> list[dict]:
        """Rows through a DataFrame and back."""
        df = pd.DataFrame(rows)
        return df.to_dict("records")  # missing values come back as NaN / NaT

    rows = find_discrepancies(frame_rows(c.figures), frame_rows(c.events), frame_rows(c.articles))
    assert len(rows) == 2 and rows[0]["status"] == "conflicting"
    assert all(isinstance(r["as_of"], dt.date) for r in rows)


def test_sentence_around_a_figure():
    text = "First one. The strike killed 14 people! Then more."
    start = text.index("14")
    assert sentence_around(text, start, start + 2) == "The strike killed 14 people!"


# --- the suite -----------------------------------------------------------------------------


def test_suite_names_only_schema_columns_and_vocabularies():
    suite = json.loads(SUITE.read_text(encoding="utf-8"))
    assert suite["name"] == "discrepancies"
    names = set(schema.columns("discrepancies"))
    for exp in suite["expectations"]:
        kwargs, meta = exp["kwargs"], exp.get("meta", {})
        derive = meta.get("derive")
        for key in ("column", "column_A", "column_B"):
            column = kwargs.get(key)
            if isinstance(column, str) and not (derive and column.startswith("_")):
                assert column in names, column
        value_set = kwargs.get("value_set")
        if isinstance(value_set, dict):
            assert isinstance(getattr(schema, value_set["$vocab"]), tuple)
        if derive:
            assert all(derive[k] in names for k in ("column", "start", "end", "equals") if k in derive)
    statuses = [e for e in suite["expectations"] if e["kwargs"].get("column") == "status"]
    assert statuses[0]["kwargs"]["value_set"] == {"$vocab": "DISCREPANCY_STATUSES"}


# --- on the seeds (end to end) ---------------------------------------------------------------


def _records(path: Path) -> list[dict]:
    """A Parquet table as rows, missing values as None (as the resolve stage passes them)."""
    import pandas as pd

    frame = pd.read_parquet(path)
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


@pytest.mark.e2e
def test_seed_groups_are_classified(seeds_output):
    out, _ = seeds_output
    tables = {
        name: _records(out / f"{name}.parquet") for name in ("figures", "events", "articles", "mentions", "entities")
    }
    rows = find_discrepancies(
        tables["figures"],
        tables["events"],
        tables["articles"],
        mentions=tables["mentions"],
        entities=tables["entities"],
    )
    found = {(g[0]["category"], g[0]["status"], tuple(r["text"] for r in g)) for g in groups(rows).values()}
    assert ("killed", "conflicting", ("274", "less than 100")) in found  # the Nuseirat raid
    assert ("killed", "updated", ("37,000", "more than 40,000")) in found  # the Gaza toll, June then August
    assert ("killed", "consistent", ("over 1,200", "about 1,200")) in found  # 7 October
    assert ("hostages_taken", "consistent", ("about 251", "about 250")) in found
    written = _records(out / "discrepancies.parquet")
    if written:  # once the resolve stage writes the table, it holds exactly these rows
        key = lambda r: r["discrepancy_id"]
        assert [(r["discrepancy_id"], r["status"]) for r in sorted(written, key=key)] == [
            (r["discrepancy_id"], r["status"]) for r in sorted(rows, key=key)
        ]


def _arrays_status(points: list, category: str) -> str:
    """status_of_arrays of points given in report date order, as _place_rows hands them over."""
    import numpy as np

    from newsfacts.transforms.discrepancies import UPPER_BOUND_QUALIFIERS, status_of_arrays

    value, low, high = (np.array([getattr(p, f) for p in points], dtype=np.float64) for f in ("value", "low", "high"))
    ceiling = np.where([p.qualifier in UPPER_BOUND_QUALIFIERS for p in points], high, math.inf)
    day = np.array([p.as_of.toordinal() for p in points], dtype=np.int64)
    return status_of_arrays(value, low, high, ceiling, day, category)


@pytest.mark.parametrize("seed", range(6))
def test_status_of_arrays_is_the_status_of_points(seed):
    """A running total's status computed on arrays (cumulative bounds per report date) is _status's, for counts and
    stocks, open and closed bounds, agreeing and clashing reports of one day, one date or many."""
    from newsfacts.transforms.discrepancies import _point, _status

    rng = random.Random(500 + seed)
    seen = set()
    for _ in range(400):
        n = rng.choice((2, 3, 6, 25))
        start = dt.date(2032, 3, 1)
        points = sorted(
            (
                _point(
                    float(rng.choice((rng.randrange(5, 60), rng.randrange(100, 3000, 50)))),
                    rng.choice(("exact", "approximate", "more_than", "at_least", "less_than", "at_most", "range")),
                    float(rng.randrange(0, 40)),
                    float(rng.randrange(40, 90)),
                    start + dt.timedelta(days=rng.randrange(rng.choice((1, 3, 40)))),
                )
                for _ in range(n)
            ),
            key=lambda p: p.as_of,
        )
        category = rng.choice(("killed", "hostages_held"))
        expected = _status(points, category)
        seen.add(expected)
        assert _arrays_status(points, category) == expected
    assert seen == {"updated", "consistent", "conflicting"}


def test_status_of_arrays_rising_toll_is_updated_and_a_fall_is_not():
    """A toll of 12, then 30 a week on, then 55: updated; the same with a later 20 after 55: a fall, conflicting;
    a stock of held people falling from 80 to 64: updated."""
    from newsfacts.transforms.discrepancies import _point

    days = [dt.date(2033, 5, 2) + dt.timedelta(days=7 * k) for k in range(4)]
    rising = [_point(v, "exact", None, None, d) for v, d in zip((12.0, 30.0, 55.0), days)]
    assert _arrays_status(rising, "killed") == "updated"
    falling = [*rising, _point(20.0, "exact", None, None, days[3])]
    assert _arrays_status(falling, "killed") == "conflicting"
    held = [_point(v, "exact", None, None, d) for v, d in zip((80.0, 64.0), days)]
    assert _arrays_status(held, "hostages_held") == "updated"


def test_status_of_arrays_one_date_or_an_overtaken_ceiling_is_no_update():
    """Two reports of one day (about 300 and 310) agree: consistent, not updated; 'fewer than 40' then 95 later
    is a contradiction; two reports of one day that clash (18 and 47) make no update even if a later one rises."""
    from newsfacts.transforms.discrepancies import _point

    day, later = dt.date(2034, 8, 9), dt.date(2034, 8, 16)
    same_day = [_point(300.0, "approximate", None, None, day), _point(310.0, "approximate", None, None, day)]
    assert _arrays_status(same_day, "injured") == "consistent"
    ceiling = [_point(40.0, "less_than", None, None, day), _point(95.0, "exact", None, None, later)]
    assert _arrays_status(ceiling, "killed") == "conflicting"
    clash = [_point(18.0, "exact", None, None, day), _point(47.0, "exact", None, None, day)]
    assert _arrays_status([*clash, _point(60.0, "exact", None, None, later)], "killed") == "conflicting"


def _incidents_by_all_pairs(events: list[dict]) -> dict[str, str]:
    """The incidents as every pair of a day compared (the rule, written the slow way): key -> root event's key."""
    from newsfacts.transforms.discrepancies import _description_order, _key, _same_incident

    best: dict[str, dict] = {}
    for event in sorted(events, key=_description_order):
        best.setdefault(_key(event), event)
    keys = sorted(best, key=lambda k: _description_order(best[k]))
    root = {k: k for k in keys}
    changed = True
    while changed:  # join every matching pair's incidents until nothing moves; the best-ranked key names each
        changed = False
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if _same_incident(best[a], best[b]) and root[a] != root[b]:
                    keep, drop = sorted((root[a], root[b]), key=keys.index)
                    for k in keys:
                        if root[k] == drop:
                            root[k] = keep
                    changed = True
    return root


def test_incidents_compared_by_actor_buckets_match_every_pair_compared():
    from newsfacts.transforms.discrepancies import _incidents

    rng = random.Random(3)
    actors = [
        ("Rebels", None),
        ("rebels", "ent_rebels"),
        ("the rebel movement", "ent_rebels"),  # one entity under another name: matched by its id
        ("Rebels", "ent_other"),
        ("the army", "ent_army"),
        (None, None),
    ]
    places = [("Orlin", None), ("Orlin", "ent_orlin"), ("Kell", "ent_kell"), (None, None)]
    events = []
    for n in range(120):
        actor, actor_id = rng.choice(actors)
        location, location_id = rng.choice(places)
        events.append(
            {
                "event_id": f"ev{n:03d}",
                "event_key": f"evk{n % 90:03d}",
                "article_id": f"a{n % 7}",
                "start_char": n,
                "type": "attack",
                "actor": actor,
                "actor_entity_id": actor_id,
                "counterpart": None,
                "location": location,
                "location_entity_id": location_id,
                "date": rng.choice([D1, D2, None]),
                "date_precision": rng.choice(["day", "day", "month"]),
            }
        )
    expected = _incidents_by_all_pairs(events)
    found = {key: event["event_key"] for key, event in _incidents(events).items()}
    assert found == expected
    assert len(set(found.values())) < len(found)  # some incidents did join
