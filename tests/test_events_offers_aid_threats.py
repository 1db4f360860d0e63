"""Events told by what is sent, offered or said: aid sent with its cargo named but no receiver, an offer of a
thing or a deed as a proposal, and a said answer in arms as a threat. Sentences of our own; one text in, the exact event fields out."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.eventrows import event_rows, event_tuples

PUB = dt.date(2025, 3, 12)  # a Wednesday
FIELDS = ("type", "trigger", "actor", "counterpart", "location", "date_text")


events = partial(event_rows, fields=FIELDS, published_at=PUB, as_tuples=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid sent, told by its cargo: a medical team, planes with medical goods, a plane carrying medicines
        ("Tunisia sent a medical crew and a mobile clinic.", [("aid", "sent", "Tunisia", None, None, None)]),
        (
            "Spain and Greece sent three aircraft with medical equipment.",
            [("aid", "sent", "Spain", None, None, None)],
        ),
        ("Norway sent a plane carrying medicines and blankets.", [("aid", "sent", "Norway", None, None, None)]),
        # ... not troops, nor a team sent to look into something, nor a letter
        ("Kenya sent troops with armoured vehicles.", []),
        ("The ministry sent a team to investigate the blast.", []),
        ("Chile sent a letter with its condolences.", []),
        # ... nor aid refused, asked for or not sent
        ("Egypt refused to send medical teams.", []),
        ("The agency urged donors to send medical supplies.", []),
        ("Brazil has not sent any medical aid.", []),
    ],
)
def test_aid_sent_with_its_cargo(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing or a deed offered is put forward
        (
            "President Boric offered his presidential plane to bring the deportees home.",
            [("propose", "offered", "Boric", None, None, None)],
        ),
        (
            "Peru has offered to send a navy ship for the stranded tourists.",
            [("propose", "offered", "Peru", None, None, None)],
        ),
        (
            "Ghana offered a navy vessel to evacuate the stranded crew.",
            [("propose", "offered", "Ghana", None, None, None)],
        ),
        # an offer to mediate is the mediation, told once; an offer to host talks is no proposal
        ("Oman has offered to mediate.", [("negotiate", "mediate", "Oman", None, None, None)]),
        ("Peru has offered to host talks between the two foreign ministers.", []),
        # words offered are no proposal
        ("The minister offered his condolences to the families.", []),
        ("He offered no explanation for the delay.", []),
        ("Investigators offered to take complaints from the families.", []),
        # ... nor an offer only considered
        ("Peru may offer a plane if the talks fail.", []),
    ],
)
def test_offer_of_a_thing_or_deed(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's own answer in arms to come, however said, is a threat
        (
            "The Defence Ministry said it would respond with full force to the militants.",
            [("threaten", "said", "Defence Ministry", None, None, None)],
        ),
        ("Iran said it would retaliate against any aggression.", [("threaten", "said", "Iran", None, None, None)]),
        (
            "The militia said it would react harshly to any incursion.",
            [("threaten", "said", "The militia", None, None, None)],
        ),
        # ... not an answer in words, another side's answer, one denied or one already given
        ("The minister said they would respond to the letter next week.", []),
        ("Analysts said Iran would retaliate.", []),
        ("The ministry said it would not respond with force.", []),
        ("Iran said it retaliated against the base.", []),
    ],
)
def test_said_answer_in_arms(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # officers or a team from a named body stand for that body
        (
            "Some 40 officers from the Royal Fiji Police Force arrived in Suva on Friday.",
            [("visit", "arrived", "Royal Fiji Police Force", None, "Suva", "on Friday")],
        ),
        (
            "A team from the Red Crescent visited the camp in Gao on Monday.",
            [("visit", "visited", "Red Crescent", None, "Gao", "on Monday")],
        ),
        # ... not when what they are from is no named body
        (
            "Officers from the station in Kano arrived on Monday.",
            [("visit", "arrived", "Officers", None, None, "on Monday")],
        ),
        # two groups with their own modifiers, between which a fight is, are its two sides
        (
            "Dozens were killed in clashes between Tuareg militias and Fulani tribes in Mopti.",
            [("attack", "clashes", "Tuareg", "Fulani", "Mopti", None)],
        ),
        (
            "The toll rose amid escalating clashes between Tuareg militias and Fulani tribes in central Mopti.",
            [("attack", "clashes", "Tuareg", "Fulani", "Mopti", None)],
        ),
        (
            "Fierce clashes between Tuareg militias and army units continued in northern Mali.",
            [("attack", "clashes", "Tuareg", "army units", "Mali", None)],
        ),
    ],
)
def test_sides_and_senders_by_their_group(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # set phrases of punishment to come are threats, whoever is to suffer them
        (
            'The Kora Front said the enemy "will pay a heavy price".',
            [("threaten", "said", "Kora Front", None, None, None, False)],
        ),
        (
            'Interior Minister Ana Paz warned that those who attacked police stations "will be dealt with firmly".',
            [("threaten", "warned", "Ana Paz", None, None, None, False)],
        ),
        # a price paid that is no menace
        ("Minister Ana Paz said buyers will pay a higher price for fuel.", []),
    ],
)
def test_menaces_of_punishment_are_threats(nlp, text, expected):
    assert event_tuples(nlp, text) == expected
