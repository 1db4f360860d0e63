"""A group noun written with a nationality ("the Palestinian group") refers back only to a party of that people,
or to one named with no people of its own ("Hamas"); never to another state's force named just before it."""

from __future__ import annotations

import pytest

from tests.eventrows import event_tuples


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # the army named just before is Israel's: the Palestinian group is not it
            "Hezbollah has fought the Israeli army ever since the Palestinian group stormed Israel in the autumn.",
            ("attack", "stormed", "Palestine", "Israel", "Israel", None, False),
        ),
        (  # a name with no people of its own fits
            "Hamas fighters stormed a kibbutz. The Palestinian group took 20 hostages.",
            ("abduct", "took", "Hamas", "hostages", None, None, False),
        ),
        (  # the same people
            "Palestinian militants stormed a kibbutz. The Palestinian group took 20 hostages.",
            ("abduct", "took", "Palestinian militants", "hostages", None, None, False),
        ),
    ],
)
def test_a_group_of_a_people_refers_back_to_a_party_of_that_people(nlp, text, expected):
    assert event_tuples(nlp, text)[-1] == expected
