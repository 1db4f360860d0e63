"""Event classes that recur across fresh-text audits (9-14): bombings told with no doer (a device or blast that
went off or tore through a place), the place of a site an event happened at ("outside a mosque in X", "from a
farmhouse near Y", "off the coast of Z"), and captives told as taken who are rescued or freed. Sentences of our
own; one text in, the exact event fields out."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.eventrows import event_rows

PUB = dt.date(2025, 9, 17)  # a Wednesday
FIELDS = ("type", "trigger", "actor", "counterpart", "location", "date_text")


events = partial(event_rows, fields=FIELDS, published_at=PUB, as_tuples=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a device that went off is an attack, its doer unsaid, where it went off
        (
            "A bomb went off at a cattle market in Dunra on Tuesday.",
            [("attack", "went", None, None, "Dunra", "on Tuesday")],
        ),
        (
            "Nine people died when an explosive device went off near a bus depot in Halvik.",
            [("attack", "went", None, None, "Halvik", None)],
        ),
        # a blast that tore through a place, told as no accident
        (
            "An explosion tore through a packed wedding hall in Merosa on Saturday, killing 14 guests.",
            [("attack", "tore", None, None, "Merosa", "on Saturday")],
        ),
        (
            "Two blasts ripped through a campaign rally in Ostrel.",
            [("attack", "ripped", None, None, "Ostrel", None)],
        ),
        # ... but nothing that merely goes off, and no accident
        ("The fire alarm went off twice during the night.", []),
        ("A boiler explosion ripped through a bakery in Tarvo.", []),
        ("Fuel prices went up after the blast.", []),
    ],
)
def test_blast_with_no_doer_is_an_attack(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site named by a common noun lies in the place named after it
        (
            "A suicide bomber blew himself up outside a church in Palun on Sunday.",
            [("attack", "blew", "A suicide bomber", None, "Palun", "on Sunday")],
        ),
        (
            "Gunmen abducted 12 traders from a minibus near Kafana on Monday.",
            [("abduct", "abducted", "Gunmen", None, "Kafana", "on Monday")],
        ),
        (
            "Police rescued nine hostages from a warehouse in Desko.",
            [("release", "rescued", "Police", None, "Desko", None)],
        ),
        (
            "Pirates attacked a fishing trawler off the coast of Mabiri.",
            [("attack", "attacked", "Pirates", "a fishing trawler", "Mabiri", None)],
        ),
        # ... but a toll counted in a state of affairs names no site
        ("Eleven people were killed in the unrest in Vessa.", []),
    ],
)
def test_place_of_a_site_adjunct(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people told as taken captive, rescued or freed, are a release
        (
            "Soldiers rescued 25 kidnapped pupils in a forest near Tudun.",
            [("release", "rescued", "Soldiers", None, "Tudun", None)],
        ),
        (
            "Navy commandos freed the crew of the hijacked freighter on Friday.",
            [("release", "freed", "Navy", None, None, "on Friday")],
        ),
        (
            "Police rescued the abducted villagers from a hideout near Gowa.",
            [("release", "rescued", "Police", None, "Gowa", None)],
        ),
        # ... people saved from the sea are no captives
        ("Coastguards rescued six fishermen from the sea.", []),
    ],
)
def test_captives_told_as_taken_are_released(nlp, text, expected):
    assert events(nlp, text) == expected
