"""Deals and proposals told without a verb of proposing: two sides agreeing on what is to be done reached a
deal (`propose`, done by both), a proposal named with its author is put forward by that author, and brokering
told in a participle on a predicate noun is told there (GUIDELINE: propose, a plan or deal put forward; negotiate,
mediation)."""

from __future__ import annotations

import pytest

from tests.eventrows import event_tuples


@pytest.mark.parametrize(
    "text,expected",
    [
        # two sides agree on a deed to be done, or on a pact: a deal reached, which has happened
        (
            "Velo and Dorra agreed on Friday to restore diplomatic ties.",
            [("propose", "agreed", "Velo", "Dorra", None, "on Friday", False)],
        ),
        (
            # a truce agreed closes talks between the sides (the gold sets type it negotiate)
            "The army agreed with the rebels on a ceasefire.",
            [("negotiate", "agreed", "The army", "the rebels", None, None, False)],
        ),
        (
            "Washington and the Houthis agreed to a ceasefire.",
            [("negotiate", "agreed", "Washington", "Houthis", None, None, False)],
        ),
        # one side agreeing, or agreeing to a deed or pact told as an event of its own, is no deal
        (
            "Washington and the Houthis agreed to a ceasefire brokered by Oman.",
            [("negotiate", "brokered", "Oman", None, None, None, False)],
        ),
        ("The minister agreed to step down.", []),
        (
            "The two sides agreed to meet again in Doha.",
            [("meet", "meet", "The two sides", None, "Doha", None, True)],
        ),
        # a proposal with its author named before it; a place naming the author is no place
        (
            "Tomas Ruiz's new peace proposal aims to end the war.",
            [("propose", "proposal", "Tomas Ruiz", None, None, None, False)],
        ),
        (
            "A US ceasefire proposal was on the table.",
            [("propose", "proposal", "United States", None, None, None, False)],
        ),
        ("Iran rejected the proposal.", []),
        # brokering told on a predicate noun that is no event
        (
            "The agreement to restore ties was a breakthrough brokered by China.",
            [("negotiate", "brokered", "China", None, None, None, False)],
        ),
    ],
)
def test_deals_agreed_and_proposals_with_their_authors(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a person slain is killed
        (
            "The gunman was slain by the gate guards.",
            [("kill", "slain", "the gate guards", "gunman", None, None, False)],
        ),
        # the rule of a place told by its noun is seized; control of a situation or a body is not
        (
            "Rebels seized control of the nation in 2019.",
            [("seize", "seized", "Rebels", None, None, "in 2019", False)],
        ),
        ("The army regained control of the situation.", []),
        # a group told again by its noun is named as it was ("Palestinian militants", not the state) ...
        (
            "Palestinian militants attacked a post. The militants killed two guards.",
            [
                ("attack", "attacked", "Palestinian militants", None, None, None, False),
                ("kill", "killed", "Palestinian militants", "guards", None, None, False),
            ],
        ),
        # ... and a nationality that only tells whose deed something was names no group told again
        (
            "The Russian invasion began in 2022. The rebels launched an offensive against the junta.",
            [
                ("attack", "invasion", "Russia", None, None, "in 2022", False),
                ("attack", "offensive", "The rebels", "the junta", None, None, False),
            ],
        ),
    ],
)
def test_deeds_and_groups_told_again(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # talks are one session in the plural: "earlier talks" on a day are no habit
        (
            "The two sides held earlier talks in Vienna on March 3.",
            [("meet", "talks", "The two sides", None, "Vienna", "on March 3", False)],
        ),
        ("The damage matched earlier militia attacks.", []),
        # the second of two nationalities before negotiators is the other side
        (
            "Ukrainian and Russian negotiators met in Istanbul on Tuesday.",
            [("meet", "met", "Ukraine", "Russia", "Istanbul", "on Tuesday", False)],
        ),
    ],
)
def test_sessions_and_their_sides(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a ruling body after a prefix of stance is whom the forces are against, not whose they are
        (
            "Anti-regime forces have captured the town of Kessa.",
            [("seize", "captured", "Anti-regime forces", None, "Kessa", None, False)],
        ),
        ("Junta jets bombed the village of Kessa.", [("attack", "bombed", "junta", None, "Kessa", None, False)]),
    ],
)
def test_a_stance_prefix_names_no_owner(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the mediator does it; the first side of what it mediated between is the other party
        (
            "Qatar mediated the deal between Kabul and Islamabad.",
            [("negotiate", "mediated", "Qatar", "Kabul", None, None, False)],
        ),
        ("Egypt mediated between Hamas and Israel.", [("negotiate", "mediated", "Egypt", "Hamas", None, None, False)]),
        # a pair who spoke by phone spoke with each other
        (
            "Ruto and Museveni talked by phone on Monday.",
            [("meet", "talked", "Ruto", "Museveni", None, "on Monday", False)],
        ),
        ("The minister spoke on the phone to reporters.", []),
    ],
)
def test_mediated_sides_and_calls(nlp, text, expected):
    assert event_tuples(nlp, text) == expected
