"""resolve_date: each date form against a fixed publication date (Wednesday 12 March 2025)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.transforms.dates import resolve_date

PUB = dt.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    "text,planned,expected",
    [
        ("on Tuesday", False, (dt.date(2025, 3, 11), "day")),
        ("on Wednesday", False, (dt.date(2025, 3, 12), "day")),  # the publication day itself
        ("on Thursday", False, (dt.date(2025, 3, 6), "day")),
        ("on Thursday", True, (dt.date(2025, 3, 13), "day")),
        ("later on Wednesday", True, (dt.date(2025, 3, 12), "day")),
        ("last Wednesday", False, (dt.date(2025, 3, 5), "day")),
        ("next Monday", False, (dt.date(2025, 3, 17), "day")),
        ("yesterday", False, (dt.date(2025, 3, 11), "day")),
        ("this afternoon", False, (dt.date(2025, 3, 12), "day")),  # a part of the report's own day
        ("early this morning", False, (dt.date(2025, 3, 12), "day")),
        ("tomorrow", True, (dt.date(2025, 3, 13), "day")),
        ("three days ago", False, (dt.date(2025, 3, 9), "day")),
        ("12 days ago", False, (dt.date(2025, 2, 28), "day")),
        ("two weeks ago", False, (dt.date(2025, 2, 24), "week")),
        ("last week", False, (dt.date(2025, 3, 3), "week")),
        ("this week", True, (dt.date(2025, 3, 10), "week")),
        ("next week", True, (dt.date(2025, 3, 17), "week")),
        ("last month", False, (dt.date(2025, 2, 1), "month")),
        ("last year", False, (dt.date(2024, 1, 1), "year")),
        ("February 3", False, (dt.date(2025, 2, 3), "day")),
        ("on 3 February", False, (dt.date(2025, 2, 3), "day")),
        ("April 2", False, (dt.date(2024, 4, 2), "day")),  # past event: not after publication
        ("April 2", True, (dt.date(2025, 4, 2), "day")),
        ("on 20 December", True, (dt.date(2025, 12, 20), "day")),
        ("in September", False, (dt.date(2024, 9, 1), "month")),
        ("in March", False, (dt.date(2025, 3, 1), "month")),
        ("early January", False, (dt.date(2025, 1, 1), "month")),
        ("June 5, 2019", False, (dt.date(2019, 6, 5), "day")),
        ("in 2021", False, (dt.date(2021, 1, 1), "year")),
        ("the 4th of July", False, (dt.date(2024, 7, 4), "day")),
    ],
)
def test_resolve_date_forms(text, planned, expected):
    assert resolve_date(text, PUB, planned) == expected


def test_no_publication_date_gives_nothing():
    assert resolve_date("on Monday", None) == (None, None)


def test_overnight_is_the_night_before_the_report():
    assert resolve_date("overnight", PUB) == (PUB - dt.timedelta(days=1), "day")
    assert resolve_date("overnight on Monday", PUB) != (PUB - dt.timedelta(days=1), "day")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("on February 6, 2023", (dt.date(2023, 2, 6), "day")),
        ("on 6 Feb. 2023", (dt.date(2023, 2, 6), "day")),
        ("late on 14 March 2021", (dt.date(2021, 3, 14), "day")),
        ("on 31 July 2024, weeks after", (dt.date(2024, 7, 31), "day")),
        # with the weekday before it, set off by a comma
        ("on Tuesday, March 4, 2025", (dt.date(2025, 3, 4), "day")),
        ("Sunday, 9 June 2024", (dt.date(2024, 6, 9), "day")),
        # without the year, or without the day, the words fix no day by themselves
        ("on May 3", (None, None)),
        ("in September 2023", (None, None)),
        ("2023", (None, None)),
        ("ten days ago", (None, None)),
        # a four-digit number outside the years dates take is no year: nothing, and no crash
        ("on February 6, 2200", (None, None)),
        ("on 6 Feb. 1850", (None, None)),
    ],
)
def test_without_publication_date_only_a_date_written_in_full_resolves(text, expected):
    assert resolve_date(text, None) == expected


@pytest.mark.parametrize("text", ["for months", "ten months", "since October", "the morning", ""])
def test_durations_and_open_periods_are_not_dates(text):
    assert resolve_date(text, PUB) == (None, None)


def test_february_29_goes_back_to_the_last_leap_year():
    assert resolve_date("29 February", dt.date(2025, 3, 1)) == (dt.date(2024, 2, 29), "day")


def test_a_date_run_into_the_next_phrase_resolves_from_its_first_part():
    assert resolve_date("on Feb. 16, weeks", PUB) == (dt.date(2025, 2, 16), "day")


def test_planned_calendar_date_is_on_or_after_publication():
    assert resolve_date("on 16 May", dt.date(2025, 5, 14), planned=True) == (dt.date(2025, 5, 16), "day")
