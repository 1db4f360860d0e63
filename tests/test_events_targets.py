"""What an attack hit: a building, site or vehicle told by a common noun is its `target`, no party of it; the
counterpart is the other party only (GUIDELINE: "the other party ... attacked"), the thing's owner where the text
names one, the people it carried, or nobody."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.transforms.events import extract_events

PUB = dt.date(2025, 3, 12)


def parties(nlp, text):
    return [(r["type"], r["actor"], r["counterpart"], r["target"]) for r in extract_events(nlp(text), "art1", PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a thing with no owner named: no counterpart
        ("Masked men opened fire on a bus near the border.", [("attack", "Masked men", None, "a bus")]),
        ("Gunmen stormed a fuel depot in Kessa on Friday.", [("attack", "Gunmen", None, "a fuel depot")]),
        # the owner named before the thing is the party attacked
        ("Rebels attacked an army post near Kessa on Monday.", [("attack", "Rebels", "army", "an army post")]),
        (
            "Velian jets bombed a Hezbollah position near Kessa.",
            [("attack", "Velian jets", "Hezbollah", "a Hezbollah position")],
        ),
        (
            "Rebels attacked the militia's depot near Kessa.",
            [("attack", "Rebels", "the militia", "the militia's depot")],
        ),
        # the people a convoy carried
        ("Rebels ambushed a convoy of soldiers near Kessa.", [("attack", "Rebels", "soldiers", "a convoy")]),
        # the people killed in it, where no party is named
        (
            "A Velian drone struck a car near Marun on Tuesday, killing two men.",
            [("attack", "Velian", None, "a car")],
        ),
        # people, forces and named targets stay the counterpart, with no target
        ("Gunmen attacked farmers near Kessa.", [("attack", "Gunmen", "farmers", None)]),
        ("Rebels ambushed an army patrol near Kessa.", [("attack", "Rebels", "an army patrol", None)]),
        # a place's "of" names where, not whose
        ("The town of Mopti was attacked by gunmen on Saturday.", [("attack", "gunmen", None, "The town")]),
    ],
)
def test_things_struck_are_targets_and_their_owners_parties(nlp, text, expected):
    assert parties(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a site named after its place is where it is, not whose
        ("Rebels attacked the Kessa camp on Monday.", [("attack", "Rebels", None, None)]),
        # a share, a burning, a weapon: no party
        ("A shell hit part of the hospital in Kessa on Monday.", [("attack", None, None, None)]),
        ("The militants set the church alight on Monday in Kessa.", [("attack", "The militants", None, None)]),
        # what is threatened or agreed is no party; whom it is threatened against is
        ("Velia threatened further sanctions against Dorland on Monday.", [("threaten", "Velia", None, None)]),
        ("Velia threatened Dorland with further sanctions on Monday.", [("threaten", "Velia", "Dorland", None)]),
    ],
)
def test_words_that_tell_no_party(nlp, text, expected):
    assert parties(nlp, text) == expected
