"""Fields of an event told in the words around its trigger rather than on it: the date of a participle that hangs
from an event noun ("a strike carried out on Tuesday"), the place and day of a verb of dying that a belief is about
("the raid is believed to have killed 40 in X") or of the damage an attack noun did ("destroyed a bridge in X"),
the day of the noun a verb of striking is told of, and a capital's name the small model left untagged."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.transforms.events import extract_events

PUB = dt.date(2025, 3, 12)  # a Wednesday


def fields(nlp, text):
    return [
        (r["type"], r["trigger"], r["actor"], r["location"], r["date_text"])
        for r in extract_events(nlp(text), "art1", PUB)
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the participle's date is the event noun's
        (
            "The raid, carried out before dawn on Sunday, killed three militants in Orvin.",
            [("attack", "raid", None, "Orvin", "on Sunday")],
        ),
        (
            "A drone strike conducted by the Velian army on Monday hit a fuel depot in Kessa.",
            [("attack", "hit", "Velian", "Kessa", "on Monday")],
        ),
        # a belief about the toll: the verb of dying gives the place and the day
        (
            "A bombing staged by Velian jets on Tuesday is thought to have killed eleven herders in the village of Dorn.",
            [("attack", "bombing", "Velian jets", "Dorn", "on Tuesday")],
        ),
        (
            "The bombing is said to have killed 12 people in Kessa on Monday.",
            [("attack", "bombing", None, "Kessa", "on Monday")],
        ),
        (
            "The shelling is thought to have wounded dozens of people in the market of Orvin.",
            [("attack", "shelling", None, "Orvin", None)],
        ),
        # the damage an attack noun did: where and when it struck
        (
            "An airstrike carried out by the army on Tuesday destroyed a bridge in Kessa.",
            [("attack", "airstrike", "the army", "Kessa", "on Tuesday")],
        ),
        (
            "A rebel rocket attack levelled two houses in the village of Tirza on Friday.",
            [("attack", "attack", "rebel", "Tirza", "on Friday")],
        ),
        # a verb of striking told of an event noun: dated where the noun or a participle on it is
        (
            "A Velian rocket barrage on Sunday hit a grain silo near the port of Dorn.",
            [("attack", "hit", "Velian", "Dorn", "on Sunday")],
        ),
        (
            "A drone strike launched by the rebels on Friday targeted an army post near Orvin.",
            [("attack", "targeted", "the rebels", "Orvin", "on Friday")],
        ),
        # "arrived in X Sunday": the place the parser hung on the day after it
        (
            "The vice president arrived in Velia Sunday.",
            [("visit", "arrived", "The vice president", "Velia", "Sunday")],
        ),
        (
            "Velia's vice president arrived in Guatemala Sunday.",
            [("visit", "arrived", "Velia", "Guatemala", "Sunday")],
        ),
        # the name beside "the capital" that the small model left untagged, when the gazetteer knows the place
        (
            "The Omani mediator arrived in the Houthi-held capital, Sana'a, late on Thursday.",
            [("visit", "arrived", "Oman", "Sana'a", "late on Thursday")],
        ),
    ],
)
def test_fields_told_nearby(nlp, text, expected):
    assert fields(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A meeting between Velia and Dorland took place in Kessa on Monday.",
            [("meet", "meeting", "Velia", "Dorland", "Kessa")],
        ),
        (
            "The summit between Velia and Dorland took place in Orvin on Friday.",
            [("meet", "summit", "Velia", "Dorland", "Orvin")],
        ),
    ],
)
def test_states_a_session_is_held_between(nlp, text, expected):
    """Two states a meeting "took place between" are its sides (two places an attack occurred between are not)."""
    rows = extract_events(nlp(text), "art1", PUB)
    assert [(r["type"], r["trigger"], r["actor"], r["counterpart"], r["location"]) for r in rows] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "In the deadliest ambush by rebels this year, 24 soldiers died in the Kessa district on Monday.",
            [("attack", "ambush", "rebels", "Kessa", "on Monday")],
        ),
        (
            "The deadliest attack on Kessa this year killed 40 people on Monday.",
            [("attack", "attack", None, "Kessa", "on Monday")],
        ),
        (
            "In the worst attack in a decade, 24 soldiers were killed in the Kessa district.",
            [("attack", "attack", None, "Kessa", None)],
        ),
        # without a superlative the period is the event's own time
        ("The attack on Kessa this year killed 40 people.", [("attack", "attack", None, "Kessa", "this year")]),
    ],
)
def test_the_period_a_record_is_measured_over_is_no_date(nlp, text, expected):
    """ "the deadliest ambush this year": the period a superlative is measured over dates nothing."""
    assert fields(nlp, text) == expected
