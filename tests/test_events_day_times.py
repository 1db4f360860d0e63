"""The date of an event told by a time of day that names its day ("on Wednesday morning", "late Friday night",
"on Sunday evening") or by "overnight" (the night before the report), whatever label the tagger gave it."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.transforms.events import extract_events

PUB = dt.date(2025, 3, 12)  # a Wednesday


def dates(nlp, text):
    return [(r["trigger"], r["date"], r["date_text"]) for r in extract_events(nlp(text), "art1", PUB)]


@pytest.mark.parametrize(
    "text,trigger,date,date_text",
    [
        # a day and its time of day, tagged TIME as one entity or split into two
        (
            "The fighting broke out on Tuesday morning near the village of Kessa.",
            "fighting",
            dt.date(2025, 3, 11),
            "on Tuesday morning",
        ),
        (
            "Gunmen attacked a police post in Tamba late Friday night.",
            "attacked",
            dt.date(2025, 3, 7),
            "late Friday night",
        ),
        (
            "Armed assailants on Sunday evening attacked two churches in Tamba.",
            "attacked",
            dt.date(2025, 3, 9),
            "on Sunday evening",
        ),
        ("Rebels shelled the town of Kessa on Monday night.", "shelled", dt.date(2025, 3, 10), "on Monday night"),
        # the tagger labelled only the time of day: the day written before it is its day
        (
            "Gunmen attacked a checkpoint in Kessa late Friday evening, killing two guards.",
            "attacked",
            dt.date(2025, 3, 7),
            "late Friday evening",
        ),
        (
            "Gunmen attacked a checkpoint in Kessa early Friday morning.",
            "attacked",
            dt.date(2025, 3, 7),
            "early Friday morning",
        ),
        # "overnight": the night before the report, dated by the day it began
        (
            "Valdoria launched 120 drones at Borvia overnight, officials said.",
            "launched",
            dt.date(2025, 3, 11),
            "overnight",
        ),
    ],
)
def test_time_of_day_naming_its_day_dates_the_event(nlp, text, trigger, date, date_text):
    assert (trigger, date, date_text) in dates(nlp, text)


def test_a_clock_time_names_no_day(nlp):
    rows = dates(nlp, "Gunmen attacked a police post in Tamba at 6 p.m., police said.")
    assert [(t, d) for t, d, _ in rows] == [("attacked", None)]


@pytest.mark.parametrize(
    "text,trigger,date",
    [
        (
            "Valdorian and Borvian troops traded fire for a second day on Tuesday near Kessa.",
            "traded",
            dt.date(2025, 3, 11),
        ),
        ("Valdorian jets bombed Tamba for the third night on Friday.", "bombed", dt.date(2025, 3, 7)),
    ],
)
def test_a_day_inside_a_span_of_time_dates_the_event(nlp, text, trigger, date):
    assert [d for t, d, _ in dates(nlp, text) if t == trigger] == [date]


def test_a_day_of_another_event_in_a_for_phrase_does_not(nlp):
    # "for talks on Monday": the day of the talks, not of the shelling ("for" a purpose, no span of time)
    rows = dates(nlp, "Rebels shelled Tamba for hours before talks on Monday.")
    assert [d for t, d, _ in rows if t == "shelled"] == [None]


def test_a_weekday_the_tagger_glued_to_the_place_before_it_dates_the_event(nlp):
    """ "arrived in Kyiv Saturday" may be read as one name; the day is its own date, the place stays a place."""
    rows = extract_events(nlp("French President Emmanuel Macron arrived in Kyiv Saturday for talks."), "a", PUB)
    assert [(r["trigger"], r["location"], r["date"], r["date_text"]) for r in rows] == [
        ("arrived", "Kyiv", dt.date(2025, 3, 8), "Saturday")
    ]
