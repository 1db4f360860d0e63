"""Entity spans and labels of issue 12, audit 9: a span holding two phrases, places named by a list or an area
noun, an acronym's full name NER missed, office names cut at "for", ministry and district variants. Sentences
in, exact entity rows (name, label, aliases) out."""

from __future__ import annotations

import pytest

from newsfacts.transforms.entities import extract_mentions, name_key, resolve_entities


def _rows(nlp, *texts):
    mentions = []
    for i, text in enumerate(texts):
        mentions += list(extract_mentions(nlp(text), f"a{i}"))
    entities, _, _ = resolve_entities(mentions)
    return sorted((e["name"], e["label"], tuple(sorted(e["aliases"]))) for e in entities)


def test_a_range_of_places_is_cut_at_its_preposition(nlp):
    assert _rows(nlp, "Troops retook villages from Garo to Miblet, officials said.") == [
        ("Garo", "GPE", ("Garo",)),
        ("Miblet", "GPE", ("Miblet",)),
    ]


def test_a_weekday_after_an_agency_is_no_part_of_its_name(nlp):
    assert _rows(nlp, "Interior Minister Lamin Oduya told AFP Wednesday that the road was open.") == [
        ("Agence France-Presse", "ORG", ("AFP",)),
        ("Lamin Oduya", "PERSON", ("Lamin Oduya",)),
    ]


def test_each_name_of_a_list_of_villages_is_a_place(nlp):
    assert _rows(nlp, "Gunmen attacked the villages of Markaz al-Tala and Lamina al-Tala on Monday.") == [
        ("Lamina al-Tala", "GPE", ("Lamina al-Tala",)),
        ("Markaz al-Tala", "GPE", ("Markaz al-Tala",)),
    ]


def test_a_name_before_an_area_noun_is_a_place(nlp):
    assert _rows(nlp, "Gunfire continued in Pakistan's Kurram area, residents said.") == [
        ("Kurram", "GPE", ("Kurram",)),
        ("Pakistan", "GPE", ("Pakistan",)),
    ]


def test_an_acronym_in_brackets_names_the_words_before_it(nlp):
    rows = _rows(nlp, "Troops killed 40 Islamic State (ISIS) fighters near Garo. ISIS later denied it.")
    assert ("Islamic State", "ORG", ("ISIS", "Islamic State")) in rows
    assert not [r for r in rows if r[0] == "ISIS"]


def test_an_office_and_its_task_cut_at_for_are_one_name(nlp):
    assert _rows(nlp, "The U.N. Office for the Coordination of Humanitarian Affairs said aid was blocked.") == [
        (
            "U.N. Office for the Coordination of Humanitarian Affairs",
            "ORG",
            (
                "The U.N. Office for the Coordination of Humanitarian Affairs",
                "U.N. Office for the Coordination of Humanitarian Affairs",
            ),
        )
    ]


def test_a_city_and_its_district_are_one_place(nlp):
    assert _rows(nlp, "Envoy Rui Sal then flew to Washington, D.C., on Monday.") == [
        ("Rui Sal", "PERSON", ("Rui Sal",)),
        ("Washington", "GPE", ("D.C.", "Washington")),
    ]


@pytest.mark.parametrize(
    "written",
    ["Russia's Defence Ministry", "the Russian Defense Ministry", "Russian Defence Ministry"],
)
def test_a_ministry_written_three_ways_has_one_key(written):
    assert name_key(written) == "russia defense ministry"


def test_a_ministry_written_two_ways_in_two_reports_is_one_entity(nlp):
    rows = _rows(nlp, "Russia's Defence Ministry said it held the town.", "The Russian Defense Ministry denied it.")
    assert [r[0] for r in rows if r[1] == "ORG"] == ["Russian Defense Ministry"]


def test_an_abbreviated_title_is_no_part_of_the_name(nlp):
    assert _rows(nlp, "Former FM Salahuddin Rabbani arrived in Kabul.") == [
        ("Kabul", "GPE", ("Kabul",)),
        ("Salahuddin Rabbani", "PERSON", ("Salahuddin Rabbani",)),
    ]


def test_a_nationality_and_a_title_before_a_name_are_no_part_of_it(nlp):
    assert _rows(nlp, "Armenian PM Pashinyan met Ilham Aliyev on Friday.") == [
        ("Ilham Aliyev", "PERSON", ("Ilham Aliyev",)),
        ("Pashinyan", "PERSON", ("Pashinyan",)),
    ]


def test_a_name_before_a_frontier_noun_is_a_place(nlp):
    assert _rows(nlp, "Trade stopped at the Torkham border on Friday.") == [("Torkham", "GPE", ("Torkham",))]


def test_a_lake_before_an_area_noun_stays_a_natural_feature(nlp):
    assert _rows(nlp, "Herders fled the Lake Chad area on Monday.") == [("Lake Chad", "LOC", ("Lake Chad",))]


def test_a_surname_read_as_a_place_is_the_person_named_in_full(nlp):
    assert _rows(nlp, "Foreign Minister Shah Mehmood Qureshi arrived. Qureshi met Ashraf Ghani.") == [
        ("Ashraf Ghani", "PERSON", ("Ashraf Ghani",)),
        ("Shah Mehmood Qureshi", "PERSON", ("Qureshi", "Shah Mehmood Qureshi")),
    ]
