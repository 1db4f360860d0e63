"""Visits told by reaching a place, meetings told by receiving a person (also in the passive), and the place of a
deed that struck several things: sentences in, event records out."""

from __future__ import annotations

import pytest

from tests.eventrows import event_tuples


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "After reaching Doha on March 26, Rafiq Kamal spoke at a forum.",
            [("visit", "reaching", "Rafiq Kamal", None, "Doha", "on March 26", False)],
        ),
        ("The envoy reached Kabul on Monday.", [("visit", "reached", "The envoy", None, "Kabul", "on Monday", False)]),
        # a deal reached is concluded, a number reached is no event
        (
            "The two sides reached a deal in Doha on Monday.",
            [("propose", "reached", "The two sides", None, "Doha", "on Monday", False)],
        ),
        ("The death toll reached 40.", []),
    ],
)
def test_a_place_reached_is_a_visit(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ado Berisha was received by Tomas Kell at the palace in Kessa on Monday.",
            [("meet", "received", "Tomas Kell", "Ado Berisha", "Kessa", "on Monday", False)],
        ),
        (
            "Ado Berisha was met by Tomas Kell in Kessa.",
            [("meet", "met", "Tomas Kell", "Ado Berisha", "Kessa", None, False)],
        ),
        ("The letter was received by Tomas Kell.", []),
        # welcomed, by name or one role, also in the passive; a stance on a thing welcomed is no meeting
        (
            "Ado Berisha was welcomed by Tomas Kell in Kessa on Monday.",
            [("meet", "welcomed", "Tomas Kell", "Ado Berisha", "Kessa", "on Monday", False)],
        ),
        (
            "The president welcomed the envoy in Kessa on Monday.",
            [("meet", "welcomed", "The president", "the envoy", "Kessa", "on Monday", False)],
        ),
        ("The president welcomed the deal on Monday.", []),
    ],
)
def test_a_person_received_or_met_in_the_passive_is_met(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The militants seized the base and the town of Kessa.",
            [("seize", "seized", "The militants", None, "Kessa", None, False)],
        ),
        (
            "Gunmen attacked a police post and the village of Kora on Monday.",
            [("attack", "attacked", "Gunmen", "police", "Kora", "on Monday", False)],
        ),
    ],
)
def test_the_place_of_a_deed_may_be_the_second_thing_it_struck(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A man stabbed three people at a market in Kessa on Friday.",
            [("attack", "stabbed", "A man", None, "Kessa", "on Friday", False)],
        ),
        # the deaths a stabbing caused are its toll, one happening
        (
            "Officials condemned the stabbing that killed two people at the fair in Kessa.",
            [("attack", "stabbing", None, None, "Kessa", None, False)],
        ),
    ],
)
def test_a_stabbing_is_an_attack(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # envoys, leaders or named people coming together meet ...
        (
            "Delegations from both sides gathered in Lisbon on Friday.",
            [("meet", "gathered", "Delegations", None, "Lisbon", "on Friday", False)],
        ),
        (
            "Tomas Kell greeted Ado Berisha at the border on Sunday.",
            [("meet", "greeted", "Tomas Kell", "Ado Berisha", None, "on Sunday", False)],
        ),
        # ... crowds, troops or things gathered do not
        ("Crowds gathered in the square on Friday.", []),
        ("Police gathered evidence at the scene in Kessa.", []),
    ],
)
def test_envoys_gathering_meet(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


def test_small_talk_is_no_negotiation(nlp):
    assert event_tuples(nlp, "The two delegations made small talk in Russian before the session.") == []
