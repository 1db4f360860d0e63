"""Events told by an attack's noun the small parser misreads or the rules did not read ("Government shelling
killed ...", "mortar fire"), doers a nationality word of the speakers is not, parts of the report's own day and gaps
between deeds, meetings held where the one trip of their party went, delegations sent, envoys received and calls.
Sentences of our own; one text in, the exact fields out."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.eventrows import event_rows

PUB = dt.date(2025, 3, 12)  # a Wednesday
FIELDS = ("type", "trigger", "actor", "counterpart", "location", "date_text")

events = partial(event_rows, fields=FIELDS, published_at=PUB, as_tuples=True)
dated = partial(event_rows, fields=("type", "trigger", "date", "date_text"), published_at=PUB, as_tuples=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads "shelling" after a noun as a verb part; the shelling is the attack, its owner the doer
        (
            "Government shelling killed four civilians in Darfur on Sunday.",
            [("attack", "shelling", "Government", None, "Darfur", "on Sunday")],
        ),
        (
            "Ethiopian government shelling killed two farmers in Tigray on Sunday.",
            [("attack", "shelling", "Ethiopia", "farmers", "Tigray", "on Sunday")],
        ),
        (
            "Rebel shelling killed three soldiers near Goma.",
            [("attack", "shelling", "Rebel", "soldiers", "Goma", None)],
        ),
    ],
)
def test_shelling_after_its_owner_is_an_attack_by_the_owner(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fire of a weapon or of a side that killed is an attack (GUIDELINE: one happening, one event)
        (
            "Al-Shabab's mortar fire killed a dozen soldiers near Kessa.",
            [("attack", "fire", "Al-Shabab", "soldiers", "Kessa", None)],
        ),
        (
            "The rebels' mortar and rocket fire killed six soldiers in Tamba on Monday.",
            [("attack", "fire", "The rebels", "soldiers", "Tamba", "on Monday")],
        ),
        # a toll of such fire over time is a killing by the side whose fire it was, as one of strikes is
        (
            "Al-Shabab's rocket fire has killed a dozen Kenyan soldiers since May.",
            [("kill", "killed", "Al-Shabab", "Kenyan soldiers", None, None)],
        ),
        # a fire alone is a blaze; fire a verb takes or kills by is told by the verb
        ("A fire gutted the central market in Kessa on Monday.", []),
        (
            "Three soldiers were killed by Russian fire near Lemo on Monday.",
            [("kill", "killed", "Russia", "soldiers", "Lemo", "on Monday")],
        ),
    ],
)
def test_fire_of_a_weapon_or_a_side_is_an_attack(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counteroffensive or a counterattack is an attack like an offensive
        (
            "Kenyan forces mounted a counteroffensive in the Gedo region on Thursday.",
            [("attack", "counteroffensive", "Kenya", None, "Gedo", "on Thursday")],
        ),
        # a machine on a combat or reconnaissance mission makes no visit
        ("The rebels said they downed a Velian drone that was on a reconnaissance mission above Kessa.", []),
    ],
)
def test_counterattacks_and_sorties(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality word before "officials" tells whose officials speak; "the rebels" stay as written
        (
            "Kenyan officials say the rebels killed at least 40 villagers.",
            [("kill", "killed", "the rebels", None, None, None)],
        ),
        # ... and are the band the article named before (whose killing tells more of the raid dated before it)
        (
            "Kora Liberation Front fighters stormed Tamba on Monday. Velian officials say the rebels killed 40 "
            "villagers.",
            [
                ("attack", "stormed", "Kora Liberation Front", "Tamba", "Tamba", "on Monday"),
                ("kill", "killed", "Kora Liberation Front", None, None, "on Monday"),
            ],
        ),
    ],
)
def test_the_speakers_nationality_is_not_the_doer(nlp, text, expected):
    assert events(nlp, text) == expected


def test_a_part_of_the_reports_day_dates_the_event(nlp):
    assert dated(nlp, "This afternoon, Russian drones struck the port of Izmail.") == [
        ("attack", "struck", PUB, "This afternoon")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting with no place of its own is held where the one trip of its party went
        (
            "The envoy arrived in Kessa on Friday. The envoy met President Tom Oru on Saturday.",
            [
                ("visit", "arrived", "The envoy", None, "Kessa", "on Friday"),
                ("meet", "met", "The envoy", "Tom Oru", "Kessa", "on Saturday"),
            ],
        ),
        # ... also by the one visited there
        (
            "Minister Ada Vik arrived in Lome on Monday. President Tom Oru received Ada Vik.",
            [
                ("visit", "arrived", "Ada Vik", None, "Lome", "on Monday"),
                ("meet", "received", "Tom Oru", "Ada Vik", "Lome", None),
            ],
        ),
        # two places of the trip: which one is not told
        (
            "The envoy arrived in Kessa on Monday. The envoy arrived in Lome on Tuesday. He met President Tom Oru.",
            [
                ("visit", "arrived", "The envoy", None, "Kessa", "on Monday"),
                ("visit", "arrived", "The envoy", None, "Lome", "on Tuesday"),
                ("meet", "met", "The envoy", "Tom Oru", None, None),
            ],
        ),
        # a trip to two places joined in one phrase: which one is not told
        (
            "The envoy visited Nairobi and Kampala on Monday. He discussed the border with the ministers on Tuesday.",
            [
                ("visit", "visited", "The envoy", None, "Nairobi", "on Monday"),
                ("meet", "discussed", "The envoy", "the ministers", None, "on Tuesday"),
            ],
        ),
        # told weeks apart: another time
        (
            "The envoy visited Kessa in January. He met President Tom Oru on Monday.",
            [
                ("visit", "visited", "The envoy", None, "Kessa", "in January"),
                ("meet", "met", "The envoy", "Tom Oru", None, "on Monday"),
            ],
        ),
    ],
)
def test_a_meeting_is_held_where_its_partys_trip_went(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party whose delegation or envoys travel somewhere visits it (the parser reads "to" as a recipient)
        (
            "ECOWAS sent a delegation to Niamey on Saturday.",
            [("visit", "sent", "ECOWAS", None, "Niamey", "on Saturday")],
        ),
        (
            "Velia dispatched two envoys to Doha on Tuesday.",
            [("visit", "dispatched", "Velia", None, "Doha", "on Tuesday")],
        ),
        # troops sent somewhere make no visit
        ("The army sent troops to Kessa on Monday.", []),
    ],
)
def test_a_delegation_sent_somewhere_is_its_senders_visit(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ruler named by his title receives an envoy: a meeting, the holder named beside the place he rules
        (
            "The emir of Velia, Sheikh Omar al-Sabri, received a Kessan envoy on Monday.",
            [("meet", "received", "Omar al-Sabri", "Kessan", None, "on Monday")],
        ),
        # a call between two persons is a meeting; phoning an office or a line is not
        ("Ruto phoned Museveni on Sunday.", [("meet", "phoned", "Ruto", "Museveni", None, "on Sunday")]),
        ("The minister phoned the hotline on Sunday.", []),
    ],
)
def test_receiving_an_envoy_and_phoning_a_person_are_meetings(nlp, text, expected):
    assert events(nlp, text) == expected


def test_a_gap_between_two_deeds_dates_neither(nlp):
    assert events(nlp, "The blast came two days after a grenade hit a checkpoint in Tessit.") == [
        ("attack", "hit", None, None, "Tessit", None)
    ]


def test_he_going_on_from_a_sentence_whose_doer_was_he_is_the_same_one(nlp):
    text = (
        "Ambassador Radek Bolo completed today his visit to Velia.\n"
        "In Tamba on 19 May, he held talks with the Kessan negotiator Ana Ruiz. In Lome today, he met with the deputy "
        "premier, Tom Oru."
    )
    assert events(nlp, text)[1:] == [
        ("meet", "talks", "Radek Bolo", "Ana Ruiz", "Tamba", "on 19 May"),
        ("meet", "met", "Radek Bolo", "Tom Oru", "Lome", "today"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person or an envoy rushing or returning to a place travels there (GUIDELINE: visit)
        (
            "The minister rushed to Nairobi on Monday.",
            [("visit", "rushed", "The minister", None, "Nairobi", "on Monday")],
        ),
        (
            "The minister returned to Nairobi on Sunday.",
            [("visit", "returned", "The minister", None, "Nairobi", "on Sunday")],
        ),
        # families going home make no visit; captives handed back are released
        ("Displaced families returned to their homes in Nairobi.", []),
        ("The rebels returned 12 hostages to Velia.", [("release", "returned", "The rebels", "Velia", None, None)]),
    ],
)
def test_rushing_or_returning_to_a_place_is_a_visit(nlp, text, expected):
    assert events(nlp, text) == expected
