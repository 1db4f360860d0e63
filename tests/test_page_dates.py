"""Cleaning: the date a page gives its story where no metadata line dates it (a date opening the text, a dateline's
day with the year written elsewhere on the page); metadata always wins."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.transforms.articles import build_article
from newsfacts.transforms.cleaning import clean
from newsfacts.transforms.reading import RawDocument

LEAD = "Gunmen attacked a market outside the town of Veldra, killing 14 people, officials said."
MORE = "The Red Hand group said it carried out the raid."


@pytest.mark.parametrize(
    "opening",
    [
        "(May 20, 2023) — ",
        "(20 May 2023) - ",
        "May 20, 2023 (VELDRA) – ",
        "May 20, 2023 -- ",
    ],
)
def test_a_full_date_opening_the_text_dates_the_page(opening):
    cleaned = clean(f"{opening}{LEAD}\n\n{MORE}")
    assert cleaned.published_at == dt.date(2023, 5, 20)


def test_a_full_date_opening_the_text_under_a_byline_dates_the_page():
    cleaned = clean(f"Jana Kowal / The Valdoria Herald\n(May 20, 2023) — {LEAD}\n\n{MORE}")
    assert cleaned.published_at == dt.date(2023, 5, 20)


def test_a_full_date_inside_a_dateline_dates_the_page():
    cleaned = clean(f"PORT ELLIS, Valdoria, May 20, 2023 (Reuters) - {LEAD}\n\n{MORE}")
    assert (cleaned.dateline, cleaned.published_at) == ("Port Ellis", dt.date(2023, 5, 20))


def test_a_date_in_brackets_inside_a_sentence_is_no_page_date():
    cleaned = clean(f"{LEAD}\n\nThe first raid (May 20, 2023) - the worst so far - killed 9 people.")
    assert cleaned.published_at is None


def test_a_datelines_day_takes_the_year_of_a_caption_of_the_same_day():
    caption = "Rescuers carry a wounded man in Port Ellis, Valdoria, on April 9, 2023. (Handout via Reuters)"
    cleaned = clean(f"{caption}\nPORT ELLIS, April 9 (Reuters) -- {LEAD}\n\n{MORE}")
    assert cleaned.published_at == dt.date(2023, 4, 9)


def test_a_datelines_day_takes_the_year_of_a_full_date_of_the_same_day_in_the_text():
    cleaned = clean(f"PORT ELLIS, April 9 (Reuters) -- {LEAD}\n\nThe mayor spoke on 9 April 2023 at the port.")
    assert cleaned.published_at == dt.date(2023, 4, 9)


def test_an_unplaced_datelines_day_takes_the_year_of_the_same_day():
    cleaned = clean(f"Jan. 19 (UPI) -- {LEAD}\n\nThe army said on January 19, 2024, that it had sent troops.")
    assert cleaned.published_at == dt.date(2024, 1, 19)


def test_a_datelines_day_with_no_year_anywhere_gives_no_date():
    cleaned = clean(f"PORT ELLIS, April 9 (Reuters) -- {LEAD}\n\n{MORE}")
    assert (cleaned.dateline, cleaned.published_at) == ("Port Ellis", None)


def test_a_full_date_of_another_day_gives_the_dateline_no_year():
    cleaned = clean(f"PORT ELLIS, April 9 (Reuters) -- {LEAD}\n\nA first raid on April 2, 2023 killed 5 people.")
    assert cleaned.published_at is None


def test_the_same_day_in_two_years_gives_the_dateline_no_year():
    text = f"PORT ELLIS, April 9 (Reuters) -- {LEAD}\n\nTalks held on April 9, 2022 and April 9, 2023 failed."
    assert clean(text).published_at is None


def test_a_metadata_line_beats_the_dateline():
    cleaned = clean(f"Published: 10 April 2023\n\nPORT ELLIS, May 20, 2023 (Reuters) - {LEAD}\n\n{MORE}")
    assert cleaned.published_at == dt.date(2023, 4, 10)


def test_the_manifest_date_beats_the_page_date():
    body = f"(May 20, 2023) — {LEAD}\n\n{MORE}"
    meta = {"published_at": dt.date(2023, 5, 21)}
    with_meta = build_article(RawDocument("a.txt", body, "utf-8", len(body), None, meta, None))
    without = build_article(RawDocument("b.txt", body, "utf-8", len(body), None, {}, None))
    assert (with_meta["published_at"], without["published_at"]) == (dt.date(2023, 5, 21), dt.date(2023, 5, 20))
