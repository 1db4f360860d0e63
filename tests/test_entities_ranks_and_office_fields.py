"""Ranks, roles and the field of an office written before a person's name ("Head Constable X", "Secretary of
Homeland Security X", "Kazakh President X"): none of them is part of the name (GUIDELINE: titles and ranks are no
part of a name), and the person is a PERSON whatever the small model read."""

from __future__ import annotations

import pytest

from newsfacts.transforms.entities import extract_mentions


def _mentions(nlp, text):
    return [(m["text"], m["label"]) for m in extract_mentions(nlp(text), "a")]


def _persons(nlp, text):
    return [t for t, label in _mentions(nlp, text) if label == "PERSON"]


@pytest.mark.parametrize(
    "text, person",
    [
        ("The wounded included Duty Foot Constable Rahimullah, the police said.", "Rahimullah"),
        ("Constable Jamal Orakzai was shot at the checkpoint.", "Jamal Orakzai"),
        ("Det Sgt Ana Morrow told the court the car was stolen.", "Ana Morrow"),
        ("Lawmaker Daniel Okafor said the vote was rigged.", "Daniel Okafor"),
    ],
)
def test_police_ranks_and_roles_before_a_name_are_no_part_of_it(nlp, text, person):
    assert _persons(nlp, text) == [person]


@pytest.mark.parametrize(
    "text, person",
    [
        ("U.S. Secretary of State Dirk Vanner departed for Qatar on Monday.", "Dirk Vanner"),  # read as one body
        ("Minister of Minerals Omar Bashir Abu-Talib will lead the delegation.", "Omar Bashir Abu-Talib"),
        ("Secretary of the Presidency Paul Kovacs signed the decree.", "Paul Kovacs"),
        # the title, its "for" and the field inside one span, a state's name before them
        ("Kogi Commissioner for Information Tunde Femi Adeyemi said the students were taken.", "Tunde Femi Adeyemi"),
    ],
)
def test_the_field_of_an_office_is_no_part_of_its_holders_name(nlp, text, person):
    assert _persons(nlp, text) == [person]


def test_a_department_named_alone_stays_a_body(nlp):
    assert _mentions(nlp, "He met officials of the Department of Homeland Security on Monday.") == [
        ("the Department of Homeland Security", "ORG")
    ]


def test_a_holder_after_a_nationality_and_a_title_is_a_person(nlp):
    assert _mentions(nlp, "Kazakh President Kassym-Jomart Tokayev said the troops would leave.") == [
        ("Kassym-Jomart Tokayev", "PERSON")
    ]


def test_a_sultan_is_named_by_his_given_name(nlp):
    text = "Sultan Haitham bin Tariq landed in Kuwait on Monday. Sultan Haitham then met the emir."
    assert _persons(nlp, text) == ["Haitham bin Tariq", "Haitham"]


def test_a_police_zone_after_its_office_is_a_place_and_the_holder_a_person(nlp):
    text = "Deputy Inspector General of Police (DIG) Kashmir Anil Mehra said both gunmen had been killed."
    assert _mentions(nlp, text) == [("Kashmir", "GPE"), ("Anil Mehra", "PERSON")]


def test_payams_are_places_and_the_word_alone_names_none(nlp):
    assert _mentions(nlp, "Herders from Malakdit and Wunlit payams crossed the river on Sunday.") == [
        ("Malakdit", "GPE"),
        ("Wunlit", "GPE"),
    ]
    assert _mentions(nlp, "The youths raided cattle in Aliek Payam on Thursday.") == [("Aliek", "GPE")]


def test_a_persons_first_names_are_no_bodys_acronym():
    from newsfacts.transforms.entities import resolve_entities

    mentions = [
        {"mention_id": f"m{i}", "article_id": "a", "text": t, "label": label, "alias": t, "key_text": t}
        for i, (t, label) in enumerate([("Ilhan Kerem", "PERSON"), ("IK", "ORG")])
    ]
    entities, _, _ = resolve_entities(mentions)
    assert sorted(e["name"] for e in entities) == ["IK", "Ilhan Kerem"]


def test_a_kings_given_name_is_no_surname_of_his_son(nlp):
    from newsfacts.transforms.entities import resolve_entities

    text = (
        "King Faisal and Crown Prince Khalid bin Faisal received the envoy in Taif. Khalid bin Faisal hosted a lunch."
    )
    entities, _, _ = resolve_entities(list(extract_mentions(nlp(text), "a")))
    persons = sorted(e["name"] for e in entities if e["label"] == "PERSON")
    assert persons == ["Faisal", "Khalid bin Faisal"]


@pytest.mark.parametrize(
    "text, person",
    [
        ("The envoy phoned Moon Jae-in on Wednesday evening.", "Moon Jae-in"),
        ("President Yoon Suk-yeol met the delegation in Seoul.", "Yoon Suk-yeol"),
    ],
)
def test_the_lower_case_half_of_a_hyphened_given_name_is_part_of_it(nlp, text, person):
    assert _persons(nlp, text) == [person]


def test_a_name_joined_to_a_modifier_by_a_hyphen_keeps_its_own_words(nlp):
    assert _persons(nlp, "The Putin-style rule drew criticism.") == ["Putin"]
