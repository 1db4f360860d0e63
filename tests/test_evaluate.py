"""The scorer: matching rules of GUIDELINE.md, each with exact expected numbers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import yaml

from newsfacts.evaluate import evaluate, format_report, names_match
from newsfacts.schema import make_id, to_table
from newsfacts.storage import write_table

SEEDS_GOLD = Path(__file__).resolve().parents[1] / "seeds" / "gold.yaml"
ARTICLE_ID = "art_1"
FILE = "000_a.txt"
TEXT = (
    "Antony Blinken arrived in Cairo on Monday. Mr. Blinken met Hamas officials. "
    "Blinken said the army had killed 274 people."
)
ENTITIES = [
    {"name": "Antony Blinken", "label": "PERSON", "aliases": ["Blinken", "Mr. Blinken", "Antony Blinken"]},
    {"name": "Abdel Fattah al-Sisi", "label": "PERSON", "aliases": ["Sisi", "Mr. Sissi"]},
    {"name": "Hamas", "label": "ORG", "aliases": ["Hamas"]},
    {"name": "Cairo", "label": "GPE", "aliases": ["Cairo"]},
]
ALIASES = {e["name"]: e["aliases"] for e in ENTITIES}
GOLD_FIGURES = [
    {"text": "eight trips", "value": 8, "qualifier": "exact", "category": "visits", "source": None},
    {"text": "274", "value": 274, "qualifier": "exact", "category": "killed", "source": "Gaza health ministry"},
    {"text": "about 1,200", "value": 1200, "qualifier": "approximate", "category": "killed", "source": None},
    {
        "text": "four prisoners",
        "value": 4,
        "qualifier": "exact",
        "category": ["hostages_released", "prisoners_released"],
        "source": None,
    },
]


def _figure(
    text: str, value: float, start: int, qualifier: str = "exact", category: str = "other", source: str | None = None
) -> dict:
    """A predicted figures row."""
    return {
        "figure_id": make_id("fig", text, start),
        "article_id": ARTICLE_ID,
        "text": text,
        "value": value,
        "qualifier": qualifier,
        "category": category,
        "source_name": source,
        "sentence_index": 0,
        "start_char": start,
        "end_char": start + len(text),
    }


def _claim(content: str, start: int, speaker: str | None = "Antony Blinken", kind: str = "indirect") -> dict:
    """A predicted claims row."""
    return {
        "claim_id": make_id("clm", content, start),
        "article_id": ARTICLE_ID,
        "kind": kind,
        "speaker": speaker,
        "content": content,
        "content_start": start,
        "content_end": start + len(content),
        "sentence_index": 0,
        "start_char": start,
        "end_char": start + len(content),
    }


def _event(
    type_: str,
    start: int,
    actor: str | None = None,
    counterpart: str | None = None,
    location: str | None = None,
    date: dt.date | None = None,
) -> dict:
    """A predicted events row."""
    return {
        "event_id": make_id("evt", type_, start),
        "event_key": make_id("key", type_, start),
        "article_id": ARTICLE_ID,
        "type": type_,
        "trigger": type_,
        "actor": actor,
        "counterpart": counterpart,
        "location": location,
        "date": date,
        "planned": False,
        "sentence_index": 0,
        "start_char": start,
        "end_char": start + 5,
    }


def _entity(name: str, aliases: list[str], label: str = "PERSON") -> dict:
    """A predicted entities row."""
    return {
        "entity_id": make_id("ent", name),
        "name": name,
        "label": label,
        "aliases": aliases,
        "n_mentions": 1,
        "n_articles": 1,
    }


def _mention(text: str, entity_name: str, start: int) -> dict:
    """A predicted mentions row pointing at the entity named `entity_name`."""
    return {
        "mention_id": make_id("men", text, start),
        "article_id": ARTICLE_ID,
        "entity_id": make_id("ent", entity_name),
        "text": text,
        "label": "PERSON",
        "sentence_index": 0,
        "start_char": start,
        "end_char": start + len(text),
    }


def _write_output(folder: Path, articles: bool = True, **tables: list[dict]) -> Path:
    """An output folder holding an articles table for FILE and the given tables."""
    if articles:
        rows = [{"article_id": ARTICLE_ID, "source_path": f"in/sub/{FILE}", "text": TEXT, "status": "ok"}]
        write_table(folder, "articles", to_table("articles", rows))
    for name, rows in tables.items():
        write_table(folder, name, to_table(name, rows))
    return folder


def _write_gold(folder: Path, entities: list[dict] | None = None, **items: list[dict]) -> Path:
    """A gold YAML file with one article (FILE) holding the given items."""
    gold = {
        "entities": ENTITIES if entities is None else entities,
        "articles": [{"file": FILE, "published_at": dt.date(2024, 6, 10), **items}],
    }
    path = folder / "gold.yaml"
    path.write_text(yaml.safe_dump(gold, sort_keys=False), encoding="utf-8")
    return path


def _perfect_figures() -> list[dict]:
    """Predictions that match GOLD_FIGURES exactly."""
    return [
        _figure("eight trips", 8, 10, category="visits"),
        _figure("274", 274, 20, category="killed", source="Gaza health ministry"),
        _figure("about 1,200", 1200, 30, qualifier="approximate", category="killed"),
        _figure("four prisoners", 4, 40, category="prisoners_released"),
    ]


# ---------------------------------------------------------------- names_match


def test_names_fold_equal():
    assert names_match("ANTONY  Blinken", "Antony Blinken")


def test_names_alias_of_same_gold_entity():
    assert names_match("Mr. Sissi", "Abdel Fattah al-Sisi", ALIASES, "PERSON")


def test_names_alias_needs_the_alias_list():
    assert not names_match("Mr. Sissi", "Abdel Fattah al-Sisi")


def test_names_canonical_pred_matches_alias_gold():
    assert names_match("Abdel Fattah al-Sisi", "Mr. Sissi", ALIASES)


def test_names_fuzzy_ratio():
    assert names_match("Benjamin Netanyahou", "Benjamin Netanyahu")


def test_names_fuzzy_token_order():
    assert names_match("Biden Joe", "Joe Biden")


def test_names_last_word_for_person():
    assert names_match("Secretary Blinken", "Antony Blinken", label="PERSON")


def test_names_last_word_not_for_org():
    assert not names_match("Secretary Blinken", "Antony Blinken", label="ORG")


def test_names_word_subset():
    assert names_match("the army", "Israeli army")


def test_names_word_superset():
    assert names_match("Israeli army", "the army")


def test_names_possessive_left_out():
    assert names_match("Gaza's health ministry", "ministry")


def test_names_stopwords_alone_do_not_match():
    assert not names_match("the", "The Times")


def test_names_different():
    assert not names_match("Hamas", "Israel")


def test_names_null_matches_null():
    assert names_match(None, None)


def test_names_null_pred_against_name():
    assert not names_match(None, "Israel")


def test_names_name_against_null_gold():
    assert not names_match("Israel", None)


def test_names_gold_list_any_value():
    assert names_match("Israel", ["Hamas", "Israel"])


# ---------------------------------------------------------------- figures


def test_figures_perfect(tmp_path):
    out = _write_output(tmp_path / "out", figures=_perfect_figures())
    report = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES), out)
    fig = report["figures"]
    assert (fig["tp"], fig["fp"], fig["fn"]) == (4, 0, 0)
    assert (fig["precision"], fig["recall"], fig["f1"]) == (1.0, 1.0, 1.0)
    assert {k: v["accuracy"] for k, v in fig["fields"].items()} == {"qualifier": 1.0, "category": 1.0, "source": 1.0}


def test_figures_one_of_four_missing(tmp_path):
    out = _write_output(tmp_path / "out", figures=_perfect_figures()[1:])
    fig = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES), out)["figures"]
    assert (fig["recall"], fig["precision"]) == (0.75, 1.0)


def test_figures_missed_item_listed(tmp_path):
    out = _write_output(tmp_path / "out", figures=_perfect_figures()[1:])
    report = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES), out)
    assert [m["text"] for m in report["misses"][0]["figures"]["missed"]] == ["eight trips"]


def test_figures_extra_prediction(tmp_path):
    out = _write_output(tmp_path / "out", figures=[*_perfect_figures(), _figure("ten days", 10, 50)])
    report = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES), out)
    assert (report["figures"]["precision"], report["figures"]["recall"]) == (0.8, 1.0)
    assert [s["text"] for s in report["misses"][0]["figures"]["spurious"]] == ["ten days"]


def test_figures_optional_matched_neither_earns_nor_costs(tmp_path):
    gold = [
        *GOLD_FIGURES,
        {"text": "three-phase", "value": 3, "qualifier": "exact", "category": "other", "optional": True},
    ]
    out = _write_output(tmp_path / "out", figures=[*_perfect_figures(), _figure("three-phase", 3, 60)])
    fig = evaluate(_write_gold(tmp_path, figures=gold), out)["figures"]
    assert (fig["tp"], fig["fp"], fig["fn"], fig["optional_matched"]) == (4, 0, 0, 1)


def test_figures_optional_missed_costs_nothing(tmp_path):
    gold = [*GOLD_FIGURES, {"text": "two parties", "value": 2, "optional": True}]
    out = _write_output(tmp_path / "out", figures=_perfect_figures())
    fig = evaluate(_write_gold(tmp_path, figures=gold), out)["figures"]
    assert (fig["tp"], fig["fp"], fig["fn"], fig["recall"]) == (4, 0, 0, 1.0)


def test_figures_required_gold_matched_before_optional(tmp_path):
    gold = [{"text": "two", "value": 2, "optional": True}, {"text": "two visits", "value": 2}]
    out = _write_output(tmp_path / "out", figures=[_figure("two visits", 2, 5)])
    fig = evaluate(_write_gold(tmp_path, figures=gold), out)["figures"]
    assert (fig["tp"], fig["fp"], fig["fn"], fig["optional_matched"]) == (1, 0, 0, 0)


def test_figures_list_valued_category(tmp_path):
    out = _write_output(tmp_path / "out", figures=[_figure("four prisoners", 4, 0, category="hostages_released")])
    fig = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES[3:]), out)["figures"]
    assert fig["fields"]["category"] == {"correct": 1, "total": 1, "accuracy": 1.0}


def test_figures_source_null_must_be_null(tmp_path):
    preds = [
        _figure("eight trips", 8, 10, category="visits", source="Reuters"),
        _figure("about 1,200", 1200, 30, qualifier="approximate", category="killed"),
    ]
    gold = [GOLD_FIGURES[0], GOLD_FIGURES[2]]
    report = evaluate(_write_gold(tmp_path, figures=gold), _write_output(tmp_path / "out", figures=preds))
    assert report["figures"]["fields"]["source"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    assert report["misses"][0]["figures"]["field_errors"][0]["pred"] == "Reuters"


def test_figures_source_name_rules(tmp_path):
    out = _write_output(
        tmp_path / "out", figures=[_figure("274", 274, 20, category="killed", source="health ministry")]
    )
    fig = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES[1:2]), out)["figures"]
    assert fig["fields"]["source"]["accuracy"] == 1.0


def test_figures_share_the_number(tmp_path):
    out = _write_output(tmp_path / "out", figures=[_figure("1200 people", 1200, 0, qualifier="approximate")])
    fig = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES[2:3]), out)["figures"]
    assert fig["tp"] == 1


def test_figures_share_a_number_word(tmp_path):
    out = _write_output(tmp_path / "out", figures=[_figure("8 trips", 8, 0, category="visits")])
    fig = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES[:1]), out)["figures"]
    assert fig["tp"] == 1


def test_figures_value_within_half_percent(tmp_path):
    out = _write_output(tmp_path / "out", figures=[_figure("about 1,200", 1205, 0)])
    fig = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES[2:3]), out)["figures"]
    assert fig["tp"] == 1


def test_figures_value_off_by_more(tmp_path):
    out = _write_output(tmp_path / "out", figures=[_figure("about 1,200", 1210, 0)])
    fig = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES[2:3]), out)["figures"]
    assert (fig["tp"], fig["fp"], fig["fn"]) == (0, 1, 1)


def test_figures_text_must_overlap(tmp_path):
    out = _write_output(tmp_path / "out", figures=[_figure("a few", 274, 0)])
    fig = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES[1:2]), out)["figures"]
    assert fig["tp"] == 0


def test_figures_greedy_first_in_text_order(tmp_path):
    preds = [_figure("274", 274, 90, category="other"), _figure("274", 274, 10, category="killed")]
    out = _write_output(tmp_path / "out", figures=preds)
    report = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES[1:2]), out)
    assert report["figures"]["fields"]["category"]["accuracy"] == 1.0
    assert [s["start_char"] for s in report["misses"][0]["figures"]["spurious"]] == [90]


def test_figures_gold_text_as_number(tmp_path):
    gold = [{"text": 274, "value": 274, "category": "killed"}]
    out = _write_output(tmp_path / "out", figures=[_figure("274", 274, 0, category="killed")])
    assert evaluate(_write_gold(tmp_path, figures=gold), out)["figures"]["tp"] == 1


# ---------------------------------------------------------------- claims


GOLD_CLAIMS = [
    {"kind": "direct_quote", "speaker": "Antony Blinken", "content": "press Hamas to say yes"},
    {"kind": "indirect", "speaker": "Hamas", "content": "it would not accept a ceasefire"},
]


def test_claims_perfect(tmp_path):
    preds = [
        _claim("press Hamas to say yes", 0, kind="direct_quote"),
        _claim("it would not accept a ceasefire", 50, speaker="Hamas"),
    ]
    claims = evaluate(_write_gold(tmp_path, claims=GOLD_CLAIMS), _write_output(tmp_path / "out", claims=preds))[
        "claims"
    ]
    assert (claims["precision"], claims["recall"], claims["f1"]) == (1.0, 1.0, 1.0)
    assert claims["fields"]["speaker"]["accuracy"] == claims["fields"]["kind"]["accuracy"] == 1.0


def test_claims_half_the_gold_tokens_is_enough(tmp_path):
    gold = [{"kind": "indirect", "speaker": "Hamas", "content": "Israel introduced new demands"}]
    out = _write_output(tmp_path / "out", claims=[_claim("new demands, he said", 0, speaker="Hamas")])
    assert evaluate(_write_gold(tmp_path, claims=gold), out)["claims"]["tp"] == 1


def test_claims_less_than_half_is_not(tmp_path):
    gold = [{"kind": "indirect", "speaker": "Hamas", "content": "Israel introduced new demands"}]
    out = _write_output(tmp_path / "out", claims=[_claim("demands", 0, speaker="Hamas")])
    claims = evaluate(_write_gold(tmp_path, claims=gold), out)["claims"]
    assert (claims["tp"], claims["fp"], claims["fn"]) == (0, 1, 1)


def test_claims_overlap_counts_repeated_tokens_once_each(tmp_path):
    gold = [{"kind": "indirect", "speaker": "Hamas", "content": "the war the war ends now"}]
    out = _write_output(tmp_path / "out", claims=[_claim("the the the", 0, speaker="Hamas")])
    assert evaluate(_write_gold(tmp_path, claims=gold), out)["claims"]["tp"] == 0


def test_claims_best_overlap_prediction_wins(tmp_path):
    gold = [{"kind": "indirect", "speaker": "Hamas", "content": "Israel introduced new demands"}]
    preds = [
        _claim("Israel introduced something", 0, speaker=None),
        _claim("Israel introduced new demands", 40, speaker="Hamas"),
    ]
    report = evaluate(_write_gold(tmp_path, claims=gold), _write_output(tmp_path / "out", claims=preds))
    assert report["claims"]["fields"]["speaker"]["accuracy"] == 1.0
    assert [s["content"] for s in report["misses"][0]["claims"]["spurious"]] == ["Israel introduced something"]


def test_claims_speaker_alias_and_kind_wrong(tmp_path):
    out = _write_output(tmp_path / "out", claims=[_claim("press Hamas to say yes", 0, speaker="Mr. Blinken")])
    claims = evaluate(_write_gold(tmp_path, claims=GOLD_CLAIMS[:1]), out)["claims"]
    assert claims["fields"]["speaker"]["accuracy"] == 1.0
    assert claims["fields"]["kind"]["accuracy"] == 0.0


def test_claims_curly_quotes_fold(tmp_path):
    gold = [{"kind": "indirect", "speaker": "Hamas", "content": "it's Israel's plan"}]
    out = _write_output(tmp_path / "out", claims=[_claim("it\u2019s Israel\u2019s plan", 0, speaker="Hamas")])
    assert evaluate(_write_gold(tmp_path, claims=gold), out)["claims"]["tp"] == 1


def test_claims_optional_absorbs_leftover(tmp_path):
    gold = [
        *GOLD_CLAIMS,
        {"kind": "indirect", "speaker": "Iran", "content": "to retaliate against Israel", "optional": True},
    ]
    preds = [
        _claim("press Hamas to say yes", 0, kind="direct_quote"),
        _claim("to retaliate against Israel", 80, speaker="Iran"),
    ]
    claims = evaluate(_write_gold(tmp_path, claims=gold), _write_output(tmp_path / "out", claims=preds))["claims"]
    assert (claims["tp"], claims["fp"], claims["fn"], claims["optional_matched"]) == (1, 0, 1, 1)


# ---------------------------------------------------------------- events


def test_events_actor_last_word_person(tmp_path):
    gold = [{"type": "visit", "actor": "Antony Blinken", "location": "Cairo", "date": dt.date(2024, 6, 10)}]
    out = _write_output(
        tmp_path / "out",
        events=[_event("visit", 0, actor="Secretary Blinken", location="Cairo", date=dt.date(2024, 6, 10))],
    )
    events = evaluate(_write_gold(tmp_path, events=gold), out)["events"]
    assert (events["tp"], events["fields"]["date"]["accuracy"]) == (1, 1.0)


def test_events_type_must_agree(tmp_path):
    gold = [{"type": "visit", "actor": "Antony Blinken"}]
    out = _write_output(tmp_path / "out", events=[_event("meet", 0, actor="Antony Blinken")])
    events = evaluate(_write_gold(tmp_path, events=gold), out)["events"]
    assert (events["tp"], events["fp"], events["fn"]) == (0, 1, 1)


def test_events_null_actor_location_matches(tmp_path):
    gold = [{"type": "assassinate", "actor": None, "counterpart": "Ismail Haniyeh", "location": "Tehran"}]
    out = _write_output(tmp_path / "out", events=[_event("assassinate", 0, actor="Israel", location="Tehran")])
    assert evaluate(_write_gold(tmp_path, events=gold), out)["events"]["tp"] == 1


def test_events_null_actor_nothing_matches(tmp_path):
    gold = [{"type": "assassinate", "actor": None, "counterpart": "Ismail Haniyeh", "location": "Tehran"}]
    out = _write_output(tmp_path / "out", events=[_event("assassinate", 0, actor="Israel", location="Beirut")])
    assert evaluate(_write_gold(tmp_path, events=gold), out)["events"]["tp"] == 0


def test_events_date_accuracy_only_where_gold_has_a_date(tmp_path):
    gold = [
        {"type": "visit", "actor": "Antony Blinken", "date": dt.date(2024, 6, 10)},
        {"type": "resign", "actor": "Benny Gantz", "date": None},
    ]
    preds = [
        _event("visit", 0, actor="Antony Blinken", date=dt.date(2024, 6, 9)),
        _event("resign", 30, actor="Gantz", date=dt.date(2024, 6, 9)),
    ]
    events = evaluate(_write_gold(tmp_path, events=gold), _write_output(tmp_path / "out", events=preds))["events"]
    assert events["tp"] == 2
    assert events["fields"]["date"] == {"correct": 0, "total": 1, "accuracy": 0.0}


def test_events_location_accuracy_only_where_gold_names_a_place(tmp_path):
    gold = [
        {"type": "attack", "actor": "Northern Front", "location": "Tarsville"},
        {"type": "attack", "actor": "Eastern Guard", "location": "Port Melin"},
        {"type": "meet", "actor": "Ana Kovic", "location": None},
    ]
    preds = [
        _event("attack", 0, actor="Northern Front", location=None),
        _event("attack", 30, actor="Eastern Guard", location="Port Melin"),
        _event("meet", 60, actor="Kovic", location="Lisbon"),
    ]
    events = evaluate(_write_gold(tmp_path, events=gold), _write_output(tmp_path / "out", events=preds))["events"]
    assert events["tp"] == 3
    assert events["fields"]["location"] == {"correct": 1, "total": 2, "accuracy": 0.5}


def test_events_prefers_candidate_agreeing_on_more_fields(tmp_path):
    gold = [{"type": "visit", "actor": "Antony Blinken", "location": "Jordan", "date": None}]
    preds = [
        _event("visit", 0, actor="Antony Blinken", location="Cairo"),
        _event("visit", 30, actor="Antony Blinken", location="Jordan"),
    ]
    report = evaluate(_write_gold(tmp_path, events=gold), _write_output(tmp_path / "out", events=preds))
    assert [s["location"] for s in report["misses"][0]["events"]["spurious"]] == ["Cairo"]


# ---------------------------------------------------------------- missing tables and articles


def test_missing_tables_score_zero(tmp_path):
    report = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES, claims=GOLD_CLAIMS), _write_output(tmp_path / "out"))
    assert report["missing_tables"] == ["entities", "mentions", "figures", "claims", "events"]
    assert (report["figures"]["recall"], report["figures"]["fn"], report["figures"]["present"]) == (0.0, 4, False)
    assert report["claims"]["f1"] == 0.0


def test_missing_articles_table_all_missed(tmp_path):
    out = _write_output(tmp_path / "out", articles=False, figures=_perfect_figures())
    report = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES), out)
    assert (report["figures"]["tp"], report["figures"]["fn"], report["articles"]["missing"]) == (0, 4, [FILE])


def test_empty_output_folder(tmp_path):
    report = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES), tmp_path / "nowhere")
    assert (report["figures"]["recall"], report["entities"]["recall"]) == (0.0, 0.0)


def test_source_path_matched_by_basename(tmp_path):
    report = evaluate(_write_gold(tmp_path), _write_output(tmp_path / "out"))
    assert report["articles"] == {"gold": 1, "found": 1, "missing": []}


def test_predictions_of_articles_outside_gold_not_scored(tmp_path):
    stray = {**_figure("99", 99, 0), "article_id": "art_other"}
    out = _write_output(tmp_path / "out", figures=[*_perfect_figures(), stray])
    assert evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES), out)["figures"]["fp"] == 0


# ---------------------------------------------------------------- entities


def _entity_output(tmp_path: Path, entities: list[dict], mentions: list[dict]) -> Path:
    """An output folder with entities and mentions."""
    return _write_output(tmp_path / "out", entities=entities, mentions=mentions)


def test_entities_found_and_merged(tmp_path):
    out = _entity_output(
        tmp_path,
        [_entity("Antony Blinken", ["Blinken"])],
        [_mention("Antony Blinken", "Antony Blinken", 0), _mention("Blinken", "Antony Blinken", 47)],
    )
    ent = evaluate(_write_gold(tmp_path, entities=ENTITIES[:1]), out)["entities"]
    assert (ent["found"], ent["merged"], ent["found_rate"], ent["merged_rate"]) == (1, 1, 1.0, 1.0)


def test_entities_split_is_found_not_merged(tmp_path):
    out = _entity_output(
        tmp_path,
        [_entity("Antony Blinken", []), _entity("Blinken", [])],
        [_mention("Antony Blinken", "Antony Blinken", 0), _mention("Blinken", "Blinken", 47)],
    )
    ent = evaluate(_write_gold(tmp_path, entities=ENTITIES[:1]), out)["entities"]
    assert (ent["found"], ent["merged"]) == (1, 0)
    assert ent["not_merged"][0]["name"] == "Antony Blinken"


def test_entities_alias_absent_from_corpus_is_ignored(tmp_path):
    gold = [{"name": "Antony Blinken", "label": "PERSON", "aliases": ["Antony Blinken", "Tony Blinken"]}]
    out = _entity_output(tmp_path, [_entity("Antony Blinken", [])], [_mention("Antony Blinken", "Antony Blinken", 0)])
    assert evaluate(_write_gold(tmp_path, entities=gold), out)["entities"]["merged"] == 1


def test_entities_not_found_listed(tmp_path):
    out = _entity_output(tmp_path, [_entity("Antony Blinken", ["Blinken"])], [])
    ent = evaluate(_write_gold(tmp_path, entities=[ENTITIES[0], ENTITIES[2]]), out)["entities"]
    assert (ent["found"], ent["recall"], ent["not_found"]) == (1, 0.5, ["Hamas"])


def test_entities_precision_over_predicted(tmp_path):
    out = _entity_output(tmp_path, [_entity("Antony Blinken", []), _entity("Nuseirat", [], "GPE")], [])
    ent = evaluate(_write_gold(tmp_path, entities=ENTITIES[:1]), out)["entities"]
    assert (ent["tp"], ent["fp"], ent["precision"]) == (1, 1, 0.5)


def test_entities_missing_table(tmp_path):
    ent = evaluate(_write_gold(tmp_path), _write_output(tmp_path / "out"))["entities"]
    assert (ent["found"], ent["recall"], ent["present"]) == (0, 0.0, False)


# ---------------------------------------------------------------- report


def test_report_is_json_serialisable(tmp_path):
    gold = [{"type": "visit", "actor": "Antony Blinken", "date": dt.date(2024, 6, 10)}]
    out = _write_output(
        tmp_path / "out",
        figures=_perfect_figures()[:2],
        events=[_event("visit", 0, actor="Hamas", date=dt.date(2024, 6, 9))],
        entities=[_entity("Antony Blinken", ["Blinken"])],
        mentions=[],
    )
    report = evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES, events=gold), out)
    assert json.loads(json.dumps(report))["misses"][0]["events"]["spurious"][0]["date"] == "2024-06-09"


def test_format_report_lines(tmp_path):
    out = _write_output(tmp_path / "out", figures=_perfect_figures()[1:])
    text = format_report(evaluate(_write_gold(tmp_path, figures=GOLD_FIGURES), out))
    assert "figures        3     0     1      1.000   0.750   0.857" in text
    assert "figures.qualifier       1.000       3/3" in text


def test_seeds_gold_against_empty_output(tmp_path):
    report = evaluate(SEEDS_GOLD, tmp_path)
    json.dumps(report)
    assert [report[t]["recall"] for t in ("figures", "claims", "events", "entities")] == [0.0, 0.0, 0.0, 0.0]
    assert report["figures"]["fn"] > 0
