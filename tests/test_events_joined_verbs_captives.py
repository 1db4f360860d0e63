"""Events told in shapes fresh reports use: two verbs sharing one object ("ambushed and killed"), a person
visited before the place named, an armed group of the lists between a state's possessive and its members, captives
returned, ground retaken, a death told as "shot dead" in a fight. Sentences of our own; one text in, the exact
event fields out."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.eventrows import event_rows

PUB = dt.date(2025, 3, 12)  # a Wednesday
FIELDS = ("type", "trigger", "actor", "counterpart", "location", "date_text")


events = partial(event_rows, fields=FIELDS, published_at=PUB, as_tuples=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first of two verbs joined right after one another shares the object, place and day of the second
        (
            "Cartel gunmen ambushed and killed 14 police officers in the neighbouring state of Durango on Tuesday.",
            [("attack", "ambushed", "Cartel gunmen", "police officers", "Durango", "on Tuesday")],
        ),
        (
            "Gunmen stormed and looted the market of Kessa on Friday.",
            [("attack", "stormed", "Gunmen", None, "Kessa", "on Friday")],
        ),
        # ... not a first verb with a place or time of its own
        (
            "Gunmen attacked Kessa on Friday and killed 14 officers in Tessa on Sunday.",
            [("attack", "attacked", "Gunmen", "Kessa", "Kessa", "on Friday")],
        ),
    ],
)
def test_joined_verbs_share_their_words(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person one went to see is no place when the sentence names where
        (
            "The envoy, General John Marsh, visited Lukashenko, an ally of Moscow who is under sanctions, in Minsk"
            " on Saturday.",
            [("visit", "visited", "John Marsh", None, "Minsk", "on Saturday")],
        ),
        # ... but a name the tagger took for a person is still where one went, when nothing else is named
        (
            "The minister flew to Kessa on Monday.",
            [("visit", "flew", "The minister", None, "Kessa", "on Monday")],
        ),
    ],
)
def test_person_visited_is_no_place(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group of the lists before the members is whose they are, not the state owning the phrase
        (
            "Yemen\u2019s Houthi rebels attacked an oil depot on Friday in the Saudi city of Jeddah.",
            [("attack", "attacked", "Houthi", "an oil depot", "Jeddah", "on Friday")],
        ),
        (
            "Nigeria\u2019s Boko Haram fighters abducted 20 girls in Chibok.",
            [("abduct", "abducted", "Boko Haram", "girls", "Chibok", None)],
        ),
    ],
)
def test_listed_group_before_members(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # captives handed back are released
        (
            "The rebels returned the 110 girls they had abducted.",
            [("release", "returned", "The rebels", None, None, None)],
        ),
        (
            "The militants returned the hostages to the Red Cross in Tessa on Monday.",
            [("release", "returned", "The militants", "Red Cross", "Tessa", "on Monday")],
        ),
        # fire returned is an attack; one who returns somewhere frees nobody
        ("The soldiers returned fire.", [("attack", "returned", "The soldiers", None, None, None)]),
        ("The minister returned to Kessa on Monday.", []),
        # ground a side retakes is taken, with no place named; land bought is not
        (
            "The army said it has retaken much of the land.",
            [("seize", "retaken", "The army", None, None, None)],
        ),
        ("The government bought land near the river.", []),
        # a death told as "shot dead" in a fight belongs to the fight, with the side fought as its doer
        (
            "Ten militants were shot dead in an encounter with police.",
            [("attack", "encounter", "police", "militants", None, None)],
        ),
    ],
)
def test_captives_ground_and_deaths(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # captives freed with nobody named freeing them were freed by those the article says took them
        (
            "Militants kidnapped the aid worker Jon Hale near Abala in 2016. Officials said on Monday that Hale"
            " has been released.",
            [
                ("abduct", "kidnapped", "Militants", "Jon Hale", "Abala", "in 2016"),
                ("release", "released", "Militants", "Hale", None, None),
            ],
        ),
        (
            "Boko Haram abducted 110 girls from their school in Dapchi. A month later, the girls were released.",
            [
                ("abduct", "abducted", "Boko Haram", "girls", "Dapchi", None),
                ("release", "released", "Boko Haram", "girls", None, "A month later"),
            ],
        ),
        # ... not other captives, nor captives two takers are told to hold
        (
            "Rebels kidnapped two engineers in May. Five soldiers were released on Friday.",
            [
                ("abduct", "kidnapped", "Rebels", "engineers", None, "in May"),
                ("release", "released", None, "soldiers", None, "on Friday"),
            ],
        ),
    ],
)
def test_captives_freed_by_their_takers(nlp, text, expected):
    assert events(nlp, text) == expected
