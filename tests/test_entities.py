"""Entity mentions and canonical entities: sentences in, records out."""
from __future__ import annotations

import pytest

from transforms.entities import canonical_form, extract_mentions, name_key, resolve_entities


@pytest.mark.parametrize("text,expected", [
    ("Mr. Blinken", "Blinken"),
    ("the United States", "United States"),
    ("President Emmanuel Macron", "Emmanuel Macron"),
    ("Prime Minister Keir Starmer", "Keir Starmer"),
    ("Gaza’s", "Gaza"),
    ("U.S.", "U.S."),
    ("another Middle East", "Middle East"),
    ("Dr. Tedros", "Tedros"),
])
def test_canonical_form_drops_titles_articles_and_possessives(text, expected):
    assert canonical_form(text) == expected


@pytest.mark.parametrize("a,b", [
    ("US", "U.S."), ("US", "the United States"), ("UK", "Britain"), ("U.N.", "the United Nations"),
    ("the Gaza Strip", "Gaza"), ("Mr. Macron", "Macron"), ("the Kyiv health ministry", "Kyiv's Health Ministry"),
])
def test_name_keys_unify_written_variants(a, b):
    assert name_key(a) == name_key(b)


def _resolve(nlp, *texts):
    mentions = []
    for i, text in enumerate(texts):
        mentions += list(extract_mentions(nlp(text), f"a{i}"))
    return resolve_entities(mentions)


def test_mention_records_carry_offsets_and_honorific_alias(nlp):
    doc = nlp("Officials said Mr. Macron arrived in Berlin on Monday.")
    rows = list(extract_mentions(doc, "art1"))
    macron = next(r for r in rows if r["text"] == "Macron")
    assert macron["alias"] == "Mr. Macron"
    assert (macron["start_char"], macron["end_char"], macron["sentence_index"]) == (19, 25, 0)
    assert macron["label"] == "PERSON"
    assert not any(r["label"] == "DATE" for r in rows)


def test_title_fragments_are_not_organisations(nlp):
    doc = nlp("Secretary of State Marco Rubio met Defense Minister Israel Katz.")
    texts = {r["text"] for r in extract_mentions(doc, "a")}
    assert "State" not in texts and "Defense" not in texts


def test_surname_merges_with_full_name_in_the_same_article(nlp):
    entities, mentions, _ = _resolve(
        nlp, "French President Emmanuel Macron spoke on Monday. Later, Mr. Macron left for Brussels.")
    ids = {m["entity_id"] for m in mentions if m["text"] in {"Emmanuel Macron", "Macron"}}
    assert len(ids) == 1
    person = next(e for e in entities if e["entity_id"] in ids)
    assert person["name"] == "Emmanuel Macron"
    assert person["label"] == "PERSON"
    assert "Mr. Macron" in person["aliases"]


def test_surname_merges_across_articles(nlp):
    _, mentions, _ = _resolve(nlp, "Olaf Scholz visited Paris.", "Scholz said the talks went well.")
    ids = {m["entity_id"] for m in mentions if m["text"] in {"Olaf Scholz", "Scholz"}}
    assert len(ids) == 1


def test_spelling_variants_of_a_surname_merge(nlp):
    _, mentions, index = _resolve(
        nlp, "Egyptian leader Abdel Fattah al-Sisi hosted the talks. Mr. Sissi later met the envoy.")
    ids = {m["entity_id"] for m in mentions if m["label"] == "PERSON" and "Si" in m["text"]}
    assert len(ids) == 1
    assert index.lookup("Sisi", "a0")["name"] == "Abdel Fattah al-Sisi"


def test_two_people_with_one_surname_are_not_merged(nlp):
    _, mentions, index = _resolve(nlp, "Hunter Biden and Joe Biden arrived.", "Biden spoke.")
    full = {m["entity_id"] for m in mentions if m["text"] in {"Hunter Biden", "Joe Biden"}}
    assert len(full) == 2
    assert index.lookup("Biden", "a1") is None or index.lookup("Biden", "a1")["name"] == "Biden"


def test_country_abbreviations_merge(nlp):
    entities, mentions, _ = _resolve(nlp, "The U.S. and the United States Congress differ.", "The US said no.")
    us = {m["entity_id"] for m in mentions if m["text"] in {"U.S.", "US"}}
    assert len(us) == 1
    assert next(e for e in entities if e["entity_id"] in us)["name"] == "United States"


def test_lookup_resolves_written_names_to_canonical_entities(nlp):
    _, _, index = _resolve(nlp, "Ukrainian President Volodymyr Zelensky met Polish officials in Warsaw.")
    assert index.lookup("Mr. Zelensky", "a0")["name"] == "Volodymyr Zelensky"
    assert index.lookup("Zelensky", "other")["name"] == "Volodymyr Zelensky"
    assert index.lookup("Warsaw", "a0")["label"] == "GPE"
    assert index.lookup("nobody in particular", "a0") is None


def test_entity_ids_are_deterministic(nlp):
    first, _, _ = _resolve(nlp, "Olaf Scholz visited Paris.")
    second, _, _ = _resolve(nlp, "Olaf Scholz visited Paris.")
    assert first == second

