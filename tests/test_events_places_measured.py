"""Where an event happened when its clause gives the place as a point measured from a named place ("a camp 30 km
from the town of X", "60 miles north of X") or as the edge of one ("on the outskirts of X"), whatever label the
tagger gave the name; a fighting told as starting when a side attacked is that attack, one row."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.eventrows import event_rows

PUB = dt.date(2025, 6, 9)
FIELDS = ("type", "trigger", "actor", "counterpart", "location", "date_text")


events = partial(event_rows, fields=FIELDS, published_at=PUB, as_tuples=True)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Commandos raided a camp 30 km from the town of Tessit, killing five.",
            ("attack", "raided", "Commandos", None, "Tessit", None),
        ),
        (
            "Rebels ambushed a patrol 12 kilometres from Beni on Friday.",
            ("attack", "ambushed", "Rebels", "a patrol", "Beni", "on Friday"),
        ),
        (
            "Gunmen abducted 20 passengers from a bus 30 km north of Kaduna.",
            ("abduct", "abducted", "Gunmen", "passengers", "Kaduna", None),
        ),
    ],
)
def test_a_place_measured_from_a_named_one_is_where_it_happened(nlp, text, expected):
    assert events(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Gunmen attacked a farm on the outskirts of Kaduna.",
            ("attack", "attacked", "Gunmen", None, "Kaduna", None),
        ),
        (  # "Goma" tagged a person; "the outskirts" is where, not whom
            "Rebels shelled the outskirts of Goma overnight.",
            ("attack", "shelled", "Rebels", None, "Goma", "overnight"),
        ),
        (
            "Pirates hijacked a tanker off the coast of Eyl.",
            ("abduct", "hijacked", "Pirates", "tanker", "Eyl", None),
        ),
    ],
)
def test_the_edge_of_a_named_place_is_that_place(nlp, text, expected):
    assert events(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Across Kora region, fierce fighting erupted Friday on the outskirts of Bantu when Ansar fighters "
            "attacked outposts held by soldiers and police.",
            ("attack", "attacked", "Ansar", "soldiers", "Bantu", "Friday"),  # who held the outposts
        ),
        (  # the opening adjective, tagged a body by its capital, is no doer of the clashes
            "Fierce clashes erupted late Monday near the town of Mabo after rebels attacked two army posts.",
            ("attack", "attacked", "rebels", "army", "Mabo", "late Monday"),
        ),
        (
            "Intense fighting broke out in Zarko when militants attacked three checkpoints.",
            ("attack", "attacked", "militants", None, "Zarko", None),
        ),
    ],
)
def test_a_fighting_begun_by_an_attack_is_that_attack(nlp, text, expected):
    assert events(nlp, text) == [expected]


def test_an_attack_before_a_fighting_of_other_sides_stays_apart(nlp):
    text = "Heavy fighting between Tarsan troops and Kessian militia broke out when rebels attacked a police post."
    assert [r[:3] for r in events(nlp, text)] == [("attack", "fighting", "Tarsan"), ("attack", "attacked", "rebels")]


def test_a_sea_distance_from_a_port_is_no_place_at_the_port(nlp):
    text = "Pirates hijacked a cargo ship on Friday about 40 nautical miles east of the port of Berbera."
    assert [r[4] for r in events(nlp, text)] == [None]
