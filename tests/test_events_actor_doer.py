"""The actor of an event is the doer of its trigger: never the one who accuses, reports or records it."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.eventrows import event_rows

PUB = dt.date(2025, 3, 12)
FIELDS = ("type", "trigger", "actor", "counterpart", "location")


events = partial(event_rows, fields=FIELDS, published_at=PUB)


def test_accused_of_a_deed_did_it(nlp):
    assert events(nlp, "The interior ministry accused the rebels of shelling the market.") == [
        dict(type="attack", trigger="shelling", actor="the rebels", counterpart=None, location=None)
    ]


def test_blamed_for_a_deed_did_it(nlp):
    assert events(nlp, "Nairobi blamed Somali fighters for attacking Kenyan posts.") == [
        dict(type="attack", trigger="attacking", actor="Somalia", counterpart="Kenya", location=None)
    ]


def test_accuser_is_not_the_killer_of_the_participle(nlp):
    rows = events(nlp, "The defence ministry accused Borland's army of opening fire on its posts, killing one guard.")
    assert [r["actor"] for r in rows] == ["Borland"]


def test_recorder_of_strikes_is_not_the_killer(nlp):
    rows = events(nlp, "The Karvo Monitor has documented 24 drone strikes, killing 87 people.")
    assert [r["actor"] for r in rows if r["actor"] is not None] == []


def test_attack_told_again_with_a_place_ending_the_sentence_before(nlp):
    first = (
        "Troops were injured in a drone attack Friday in Syria. The strike at Rumalyn came after three soldiers "
        "were injured in a rocket attack on May 5 at the Kelo Air Base in Iraq."
    )
    again = " The attack in western Iraq came after the minister sent more ships to the coast."
    assert len(events(nlp, first)) == 3
    assert events(nlp, first + again) == events(nlp, first)


def test_accuser_who_goes_on_to_threaten_is_not_the_accused(nlp):
    rows = events(nlp, "The minister accused Ruritania of shelling the border post and threatened to respond.")
    assert [(r["type"], r["actor"]) for r in rows] == [("attack", "Ruritania")]
