"""Talks and meetings told as held ("talks began in X", "negotiations ended in X", "a meeting will take place in
X"): dated by the verb that says it happened, and planned when that verb is in the future."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.transforms.events import extract_events

PUB = dt.date(2025, 3, 12)  # a Wednesday


def rows(nlp, text):
    return [
        (r["type"], r["actor"], r["counterpart"], r["location"], r["date_text"], r["planned"])
        for r in extract_events(nlp(text), "art1", PUB)
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Talks between Velia and Dorland will begin in Kessa next week.",
            [("negotiate", "Velia", "Dorland", "Kessa", "next week", True)],
        ),
        (
            "A meeting between Velia and Dorland will take place in Kessa next week.",
            [("meet", "Velia", "Dorland", "Kessa", "next week", True)],
        ),
        (
            "Talks between Velia and Dorland began in Kessa on Monday.",
            [("negotiate", "Velia", "Dorland", "Kessa", "on Monday", False)],
        ),
        (
            "Negotiations between Velia and the rebels ended in Kessa on Friday.",
            [("negotiate", "Velia", "the rebels", "Kessa", "on Friday", False)],
        ),
    ],
)
def test_a_session_planned_by_the_tense_of_its_own_verb(nlp, text, expected):
    assert rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Velia and Dorland say they are willing to reopen border talks soon.",
        "Velia is ready to resume talks with Dorland.",
        "Velia expressed its readiness to hold talks with Dorland.",
    ],
)
def test_what_a_side_is_willing_or_ready_to_do_is_no_event(nlp, text):
    """GUIDELINE modality: talks a side would hold are considered, not held or planned."""
    assert rows(nlp, text) == []
