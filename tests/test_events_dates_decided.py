"""Dates of found events: a past decision's date resolves to the past, and a count of things tagged as a
date gives no date (sentences of our own, in the shapes real reports use)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.eventrows import event_rows

PUB = dt.date(2024, 11, 22)  # a Friday, two weeks after the 7th
FIELDS = ("type", "trigger", "actor", "date", "date_text", "planned")


events = partial(event_rows, fields=FIELDS, published_at=PUB, as_tuples=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agreement to resume talks was reached on the 7th: a past negotiation, not next year's
        (
            "The rebels and the government agreed on Nov 7 to resume peace talks.",
            ("negotiate", "talks", "The rebels", dt.date(2024, 11, 7), "on Nov 7", False),
        ),
        # a quantifier and a plural noun that is no unit of time count things, they date nothing
        (
            "The militia attacked Dorava with several mortars.",
            ("attack", "attacked", "The militia", None, None, False),
        ),
    ],
)
def test_event_date(nlp, text, expected):
    assert events(nlp, text) == [expected]


def test_planned_meeting_keeps_its_future_date(nlp):
    """A meeting still to come, dated on its own verb, stays planned and resolves forward."""
    assert events(nlp, "President Ruto will meet President Museveni on Nov 7 in Geneva.") == [
        ("meet", "meet", "President Ruto", dt.date(2025, 11, 7), "on Nov 7", True)
    ]


def test_talks_agreed_for_a_day_of_their_own_are_planned_and_dated_ahead(nlp):
    """ "agreed to hold talks on Dec 3": the agreement sets a day for talks still to come (the agreement's own
    day, "agreed on Nov 7 to resume talks", dates the agreement reached, above)."""
    assert events(nlp, "The rebels and the government agreed to hold peace talks on Dec 3.") == [
        ("negotiate", "talks", "The rebels", dt.date(2024, 12, 3), "on Dec 3", True)
    ]
