"""The arguments of an event: the place is the one the trigger or its clause governs, the most specific named;
the actor is the doer, never a news agency that reports it."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.eventrows import event_rows

PUB = dt.date(2025, 3, 12)
FIELDS = ("type", "trigger", "actor", "counterpart", "location")


events = partial(event_rows, fields=FIELDS, published_at=PUB)


@pytest.mark.parametrize(
    "text,location",
    [
        # the place noun's own name before the country or region that owns or holds it
        ("Russia said it had captured four more villages in Ukraine's Kharkiv region.", "Kharkiv"),
        ("Eight people were killed in an Israeli airstrike in the West Bank city of Jenin.", "Jenin"),
        ("Israeli troops opened fire in Gaza's southern city of Rafah early on Tuesday.", "Rafah"),
        # a little-known name set before a noun for a place names it, whatever label the tagger guessed
        ("The militia shelled the Zamzam displacement camp on Thursday.", "Zamzam"),
        ("Deputy Prime Minister Murat Aliev travelled to the Kyrgyz capital Bishkek on Tuesday.", "Bishkek"),
        ("Rebels killed 13 people in an attack against a bus in Mocimboa da Praia district.", "Mocimboa da Praia"),
        # what an attack struck before the wider area it lies in
        ("A military jet dropped three bombs on Nyaung Kone village in the northern Sagaing region.", "Nyaung Kone"),
        # a participle of the event noun that tells what it struck
        ("The rebels launched drone strikes targeting a funeral in Dorra on Monday.", "Dorra"),
        # a place after the last side of a fight, hung by the parser on that side
        ("Heavy fighting erupted on Wednesday between the army and the rebels around the city of Marlo.", "Marlo"),
        ("Troops exchanged fire with militants near the town of Kessa on Wednesday.", "Kessa"),
        # a meeting is held where the session it is for is, or where the trip it is the purpose of goes
        ("The foreign ministers of Tarsa and Kora met for talks in Vienna on Thursday.", "Vienna"),
        ("The delegation held talks with junta leader General Omar Sow in the capital Niamey.", "Niamey"),
    ],
)
def test_place_governed_by_the_trigger_or_its_clause(nlp, text, location):
    assert [r["location"] for r in events(nlp, text)] == [location]


def test_meeting_told_as_the_purpose_of_a_trip_is_held_where_it_goes(nlp):
    assert events(nlp, "Dassu will travel to Vienna on Monday to meet with Lena Ostrova.") == [
        dict(type="visit", trigger="travel", actor="Dassu", counterpart=None, location="Vienna"),
        dict(type="meet", trigger="meet", actor="Dassu", counterpart="Lena Ostrova", location="Vienna"),
    ]


def test_owner_of_a_place_noun_without_a_name_is_the_place(nlp):
    # a country's capital is its capital city (the gazetteer's), finer than the country
    assert events(nlp, "Officers regained control of a police station in Haiti's capital.") == [
        dict(type="seize", trigger="regained", actor="Officers", counterpart=None, location="Port-au-Prince")
    ]


def test_a_place_name_of_a_body_is_not_the_place(nlp):
    rows = events(nlp, "Gunmen attacked the Hamas compound on Tuesday.")
    assert [(r["actor"], r["location"]) for r in rows] == [("Gunmen", None)]


def test_news_agency_is_never_what_a_group_noun_stands_for(nlp):
    text = "Gangs stormed the town, residents told The Associated Press. The armed groups burned houses in the area."
    assert [(r["trigger"], r["actor"]) for r in events(nlp, text)] == [
        ("stormed", "Gangs"),
        ("burned", "The armed groups"),
    ]


def test_a_harbour_of_a_town_is_where_it_happened(nlp):
    assert events(nlp, "Troops shelled the harbour of Dara on Monday.") == [
        dict(type="attack", trigger="shelled", actor="Troops", counterpart=None, location="Dara")
    ]


def test_news_agency_subject_is_not_the_doer(nlp):
    assert events(nlp, "Reuters reported that rebels shelled the port of Dara.") == [
        dict(type="attack", trigger="shelled", actor="rebels", counterpart=None, location="Dara")
    ]


@pytest.mark.parametrize(
    "text,location",
    [
        # where the counted dead were: "four of the gunmen in Tamba"
        ("Police had killed four of the gunmen in Tamba and two in Kessa.", "Tamba"),
        ("Soldiers killed three of the attackers in the town of Kessa.", "Kessa"),
        # a republic, governorate or oblast "of X" is X
        ("Gunmen attacked two churches in the majority Muslim republic of Tamba on Sunday.", "Tamba"),
        # the stretch a thing struck was on
        ("Gunmen ambushed a bus between Tamba and Kessa on Monday.", "Tamba"),
    ],
)
def test_place_of_the_dead_or_of_what_was_struck(nlp, text, location):
    assert [r["location"] for r in events(nlp, text)] == [location]


@pytest.mark.parametrize(
    "text,counterpart",
    [
        # the side fire is traded or a battle fought "with" is the other party; the battle itself is none
        ("Masked gunmen traded fire with soldiers in Dara on Monday.", "soldiers"),
        ("Gunmen exchanged gunfire with police in Dara on Monday.", "police"),
        ("Rebels fought a fierce battle with troops in Dara on Sunday.", "troops"),
    ],
)
def test_the_side_fire_is_traded_or_a_battle_fought_with(nlp, text, counterpart):
    assert [(r["type"], r["counterpart"], r["location"]) for r in events(nlp, text)] == [
        ("attack", counterpart, "Dara")
    ]
