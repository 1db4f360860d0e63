"""Entity mentions of little-known places, offices written with their district, and people's names written
with nationality words or a nickname: sentences in, mentions out."""

from __future__ import annotations

import pytest

from newsfacts.transforms.entities import extract_mentions, resolve_entities


def _labels(nlp, text):
    return {m["text"]: m["label"] for m in extract_mentions(nlp(text), "a")}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The dead came from nearby villages such as Pindaw, Kyemin, Soelaw and Thitkone, rescuers said.",
            {"Pindaw": "GPE", "Kyemin": "GPE", "Soelaw": "GPE", "Thitkone": "GPE"},
        ),
        (
            "Aid reached the towns of Belo, Moravi and Kessan on Friday.",
            {"Belo": "GPE", "Moravi": "GPE", "Kessan": "GPE"},
        ),
        (
            "Peter Holm, Anna Berg and Lars Vik signed the letter.",
            {"Peter Holm": "PERSON", "Anna Berg": "PERSON", "Lars Vik": "PERSON"},
        ),
    ],
)
def test_a_list_read_as_one_name_is_cut_into_its_names(nlp, text, expected):
    assert _labels(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The attacks on Omaga and Kunde villages in Tivar ward were blamed on herders.",
            {"Omaga": "GPE", "Kunde": "GPE", "Tivar": "GPE"},
        ),
        ("Gunmen stormed Mbora community in Ekiti State.", {"Mbora": "GPE", "Ekiti": "GPE"}),
        ("Shelling hit Larkana and Rohri, two towns in the south, on Tuesday.", {"Larkana": "GPE", "Rohri": "GPE"}),
        ("The Tarso town council met on Monday.", {"Tarso": "GPE"}),
    ],
)
def test_a_settlement_or_local_unit_noun_makes_the_names_places(nlp, text, expected):
    assert _labels(nlp, text) == expected


def test_a_people_before_community_stays_what_ner_read(nlp):
    """'the Druze community': the article makes it a people, not a local unit."""
    assert _labels(nlp, "Leaders of the Druze community met on Sunday.").get("Druze") != "GPE"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He was a retiree from Ruvno who saw the attack.", {"Ruvno": "GPE"}),
        ("Farmers from Kelembe said the cattle were stolen.", {"Kelembe": "GPE"}),
    ],
)
def test_from_after_a_noun_for_people_names_their_place(nlp, text, expected):
    assert _labels(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "SP Kalsar said the bus was hit near the village, and the Kalsar district police sent help.",
            [("Kalsar", "GPE"), ("Kalsar", "GPE")],
        ),
        ("SSP Morna told reporters that Morna town was calm.", [("Morna", "GPE"), ("Morna", "GPE")]),
        ("SSP Ravi Dhar said two men were held in Morna.", [("SSP Ravi Dhar", "PERSON"), ("Morna", "GPE")]),
    ],
)
def test_an_office_abbreviation_before_its_district_names_the_district(nlp, text, expected):
    assert [(m["text"], m["label"]) for m in extract_mentions(nlp(text), "a")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Naturalised Briton Karim Osei remains in custody in Tehran.", {"Karim Osei": "PERSON", "Tehran": "GPE"}),
        ("The exchange freed American Mahmud Karimi on Monday.", {"Mahmud Karimi": "PERSON"}),
        ("Irish Republican Army veterans marched.", {"Irish Republican Army": "ORG"}),
    ],
)
def test_nationality_words_before_a_full_name_are_no_part_of_it(nlp, text, expected):
    assert _labels(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Police blamed Pedro "El Gato" Marquez for the raid.', 'Pedro "El Gato" Marquez'),
        ("The gang of Ramon 'Tiburon' Diaz controls the port.", "Ramon 'Tiburon' Diaz"),
        ("Residents said Jorge \u201cCobra\u201d Lima ran the district.", "Jorge \u201cCobra\u201d Lima"),
    ],
)
def test_a_quoted_nickname_stays_inside_the_persons_name(nlp, text, expected):
    assert [(m["text"], m["label"]) for m in extract_mentions(nlp(text), "a")] == [(expected, "PERSON")]


def test_a_nickname_ner_stopped_inside_joins_the_surname(nlp):
    """NER may end the name after the nickname's opening mark and first word; the surname still joins it."""
    labels = [
        (m["text"], m["label"]) for m in extract_mentions(nlp('Crews loyal to Luis "Toro" Vega held the pass.'), "a")
    ]
    assert labels == [('Luis "Toro" Vega', "PERSON")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Most victims came from nearby villages such as Ywapin, Laytkon, Maezaw, Htanaung and Thayar.",
            {"Ywapin": "GPE", "Laytkon": "GPE", "Maezaw": "GPE", "Htanaung": "GPE", "Thayar": "GPE"},
        ),
        ("Gunmen raided several villages including Agbo and Tarka on Sunday.", {"Agbo": "GPE"}),
        ("Leaders of the villages such as Anna Berg spoke.", {"Anna Berg": "PERSON"}),
    ],
)
def test_names_a_plural_settlement_noun_lists_with_such_as_are_places(nlp, text, expected):
    assert _labels(nlp, text) == expected


def test_a_nicknamed_person_is_one_entity_with_the_surname_alone(nlp):
    doc = nlp('Police blamed Pedro "El Gato" Marquez for the raid. Marquez denied it on Friday.')
    mentions = list(extract_mentions(doc, "a"))
    entities, mentions = resolve_entities(mentions)[:2]
    persons = [e for e in entities if e["label"] == "PERSON"]
    assert len(persons) == 1 and persons[0]["name"] == "Pedro Marquez"
