"""Events that only describe a deed told elsewhere: a quoted account of a kind of victim by an unnamed doer,
and a burning by the attackers told after their attack; an event called off;
"his" or "her" on an object standing for the person named as the subject."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.eventrows import event_rows

PUB = dt.date(2025, 6, 18)
FIELDS = ("type", "trigger", "actor", "location")


def rows(nlp, text):
    """The (type, trigger, actor, location) of each event of a text."""
    return event_rows(nlp, text, fields=FIELDS, published_at=PUB, as_tuples=True)


@pytest.mark.parametrize(
    "text,kept",
    [
        (
            'Two car bombs exploded in Selm on Sunday. "The cowardly militants killed mothers," the governor said.',
            [("attack", "exploded", None, "Selm")],
        ),
        ('"Police officers came to kill civilians in upper Barova," the gang leader said.', []),
        (
            'The Kessa Front attacked Dolo on Monday. "They killed farmers in their fields," the mayor said.',
            [("attack", "attacked", "Kessa Front", "Dolo")],
        ),
    ],
)
def test_quoted_deed_on_a_kind_of_victim_by_an_unnamed_doer_is_no_event(nlp, text, kept):
    assert rows(nlp, text) == kept


@pytest.mark.parametrize(
    "text,row",
    [
        ('"Gunmen killed 14 villagers," the mayor said.', ("kill", "killed", "Gunmen", None)),
        ("Gunmen killed villagers in Dolo on Tuesday.", ("kill", "killed", "Gunmen", "Dolo")),
        ('"Boko Haram killed farmers near Dikwa," the governor said.', ("kill", "killed", "Boko Haram", "Dikwa")),
    ],
)
def test_counted_unquoted_or_named_deeds_stay(nlp, text, row):
    assert row in rows(nlp, text)


@pytest.mark.parametrize(
    "text,kept",
    [
        (
            "Armed men stormed a boarding school in Kimo on Friday. The police said the assailants set fire to a"
            " dormitory.",
            [("attack", "stormed", "Armed men", "Kimo")],
        ),
        (
            'Bandits on horses attacked the hamlet of Ruvo. "Almost every hut was burned down," a herder said.'
            " The raiders also set fire to the granary.",
            [("attack", "attacked", "Bandits", "Ruvo")],  # a hamlet's name is where it was
        ),
    ],
)
def test_burning_by_the_attackers_after_their_attack_is_that_attack(nlp, text, kept):
    assert rows(nlp, text) == kept


@pytest.mark.parametrize(
    "text,burning",
    [
        (
            "Militants attacked a base in Orla on Monday. On Thursday, militants burned a church in Pesk.",
            ("attack", "burned", "militants", "Pesk"),
        ),
        ("Gunmen set fire to a clinic in Tavo on Sunday.", ("attack", "set", "Gunmen", "Tavo")),
        (
            "Rebels raided the town of Lusa in May. The Tano Brigade set fire to a depot in Lusa.",
            ("attack", "set", "Tano Brigade", "Lusa"),
        ),
    ],
)
def test_burning_on_another_day_place_or_by_a_named_doer_stays(nlp, text, burning):
    assert burning in rows(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Ferro cancelled a trip to Quito after the blast.",
        "Prime Minister Ana Ferro called off a trip to Quito after the blast.",
        "Minister Tomas Berg scrapped talks with the union.",
    ],
)
def test_cancelled_event_did_not_happen(nlp, text):
    assert rows(nlp, text) == []


def test_postponed_visit_stays(nlp):
    assert ("visit", "visit", "Lena Holt", "Nairobi") in rows(
        nlp, "Foreign Minister Lena Holt postponed her visit to Nairobi."
    )


@pytest.mark.parametrize(
    "text,actor",
    [
        (
            "Mayor Ivo Stan was sworn in last month, weeks after his predecessor Ana Kerr tendered her resignation.",
            "Ana Kerr",
        ),
        ("Coach Rui Alves thanked the board after his assistant, Jonas Pekk, submitted his resignation.", "Jonas Pekk"),
        ("Senator Ida Brandt left the hall. Her aide Carl Moen later announced his resignation.", "Carl Moen"),
    ],
)
def test_his_or_her_on_the_object_is_the_person_named_as_subject(nlp, text, actor):
    assert [(r[0], r[2]) for r in rows(nlp, text)] == [("resign", actor)]
