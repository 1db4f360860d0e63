"""Relative and partial date expressions resolved against an article's publication date.

"on Monday", "ten days ago", "last week", "7 October", "in November" only mean a calendar date
once we know when the article was published; without that date we return nothing rather than
a guess presented as fact.
"""

from __future__ import annotations

import datetime as dt
import logging

from newsfacts.transforms.language.lexicon import CARDINAL_WORDS, MONTHS, WEEKDAYS
from newsfacts.transforms.spans import fold

logger = logging.getLogger(__name__)

# Counts of "N days ago": the lexicon's cardinals up to twenty, and thirty; "a week ago"; "several/few days
# ago" (no number: no date).
NUMBER_WORDS: dict[str, float | None] = {
    **{word: n for word, n in CARDINAL_WORDS.items() if 1 <= n <= 20 or n == 30},
    "a": 1,
    "an": 1,
    "several": None,
    "few": None,
}
# Units of "N <unit> ago" and of "last/this/next <unit>", with the precision they give.
UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
# Parts of a day that "this" sets on the day of the report ("this morning", "this afternoon").
DAY_PARTS = frozenset({"morning", "afternoon", "evening"})
# The night before the report ("launched 120 drones overnight", "an overnight assault").
NIGHT_BEFORE = "overnight"
# Words that only say where in the period a date falls ("early October", "later on Monday").
NOISE = {
    "on",
    "in",
    "at",
    "of",
    "the",
    "later",
    "earlier",
    "early",
    "late",
    "mid",
    "during",
    "around",
    "about",
    "this",
    "past",
    "morning",
    "afternoon",
    "evening",
    "night",
    "end",
    "beginning",
    "start",
    "middle",
    "that",
    "day",
    "'s",
    ",",
}
PAST_SHIFT = {"last": -1, "previous": -1, "past": -1}
NEXT_SHIFT = {"next": 1, "coming": 1, "following": 1}


# Dates a news article can mean: not before 1900, and at most two years after its publication (plans).
EARLIEST = dt.date(1900, 1, 1)
HORIZON_YEARS = 2
# A publication date outside these bounds is a placeholder (0001-01-01, 9999-12-31), not a date.
LATEST_PUBLICATION = dt.date(2099, 12, 31)

# Written forms of a publication date besides ISO ("2024/06/10", "10 June 2024", "June 10, 2024").
DATE_FORMATS = ("%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y")


def as_date(value: object) -> dt.date | None:
    """A date from a date, datetime, pandas Timestamp, ISO text (date or timestamp) or a common written
    form; None where missing (None, NaN, NaT, empty) or unreadable, never a guess."""
    if value is None or value != value:  # None, NaN, NaT
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if text in ("", "NaT", "nan", "None"):
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass  # not ISO: try the written forms
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def publication_date(value: object, where: str = "") -> dt.date | None:
    """A publication date from metadata, or None (with a warning) when it lies outside 1900-2099."""
    day = as_date(value)
    if day is not None and not EARLIEST <= day <= LATEST_PUBLICATION:
        logger.warning(
            "publication date %s%s dropped: outside %s..%s",
            day,
            f" of {where}" if where else "",
            EARLIEST,
            LATEST_PUBLICATION,
        )
        return None
    return day


def latest_date(published_at: dt.date) -> dt.date:
    """The last date an article published on `published_at` can plausibly mean."""
    try:
        return published_at.replace(year=published_at.year + HORIZON_YEARS)
    except ValueError:  # 29 February
        return published_at.replace(year=published_at.year + HORIZON_YEARS, day=28)


def resolve_date(
    date_text: str, published_at: dt.date | None, planned: bool = False
) -> tuple[dt.date | None, str | None]:
    """(date, precision) with precision in day|week|month|year; (None, None) when unresolvable, or when the
    date falls outside 1900..published_at + 2 years (dropped with a warning). Without published_at only a date
    written in full, with its year ("on February 6, 2023"), is resolved: it needs no anchor."""
    if not date_text:
        return None, None
    published_at = publication_date(published_at)  # metadata may arrive as text or a timestamp
    if published_at is None:
        return _written_in_full(_words(date_text))
    try:
        day, precision = _resolve(date_text, published_at, planned)
    except (OverflowError, ValueError) as exc:  # arithmetic past the calendar's ends
        logger.warning("date %r not resolved against %s: %s", date_text, published_at, exc)
        return None, None
    if day is not None and not EARLIEST <= day <= latest_date(published_at):
        logger.warning(
            "date %r resolved to %s, outside %s..%s: dropped", date_text, day, EARLIEST, latest_date(published_at)
        )
        return None, None
    return day, precision


def _resolve(date_text: str, published_at: dt.date, planned: bool) -> tuple[dt.date | None, str | None]:
    """resolve_date's search over the resolvers, without the bounds check."""
    words = _words(date_text)
    for resolver in (_relative_day, _ago, _shifted_period, _weekday, _calendar):
        found = resolver(words, published_at, planned)
        if found is not None:
            return found
    if "," in words:
        # The tagger may run a date into the next phrase ("on Feb. 16, weeks after ..."): try what precedes.
        return _resolve(" ".join(words[: words.index(",")]), published_at, planned)
    return None, None


def _written_in_full(words: list[str]) -> tuple[dt.date | None, str | None]:
    """A date that names its year, month and day ("February 6, 2023", "on 6 Feb. 2023"), else (None, None)."""
    if "," in words and not any(len(w) == 4 and w.isdigit() for w in words[words.index(",") :]):
        words = words[: words.index(",")]  # "on Feb. 16, weeks after ...": what precedes the comma
    numbers = [w for w in words if w.isdigit()]
    if len(numbers) != 2 or not any(len(n) == 4 for n in numbers) or not any(w in MONTHS for w in words):
        return None, None
    # "on Wednesday, December 21, 2022": the weekday and the commas around it say nothing the date does not
    found = _calendar([w for w in words if w not in WEEKDAYS and w != ","], None, False)
    if found is None or found[1] != "day" or not EARLIEST <= found[0] <= LATEST_PUBLICATION:
        return None, None
    return found


def _words(text: str) -> list[str]:
    """Folded words with punctuation and ordinal suffixes split off ("31st" -> "31")."""
    out = []
    for raw in fold(text).replace("-", " ").replace(",", " , ").split():
        word = raw.strip(".")
        for suffix in ("st", "nd", "rd", "th"):
            if word[: -len(suffix)].isdigit() and word.endswith(suffix):
                word = word[: -len(suffix)]
        if word:
            out.append(word)
    return out


def _number(word: str) -> int | None:
    """A count written in digits or words, or None."""
    if word.isdigit():
        return int(word)
    n = NUMBER_WORDS.get(word)
    return None if n is None else int(n)


def _week_start(day: dt.date) -> dt.date:
    """Monday of the week holding `day`: a week-precision date names its week by its first day."""
    return day - dt.timedelta(days=day.weekday())


def _month_shift(day: dt.date, months: int) -> dt.date:
    """First day of the month `months` away from the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _relative_day(words, published_at, planned):
    """today / yesterday / tomorrow; "earlier in the day" (the day of the report)."""
    for word in words:
        if word in RELATIVE_DAYS:
            return published_at + dt.timedelta(days=RELATIVE_DAYS[word]), "day"
    if NIGHT_BEFORE in words and all(w in NOISE or w == NIGHT_BEFORE for w in words):
        # "overnight" alone: the night that ended on the day of the report, dated by the day it began
        return published_at - dt.timedelta(days=1), "day"
    if words[-3:] in (["in", "the", "day"], ["earlier", "the", "day"]) or words == ["the", "day"]:
        return published_at, "day"
    if this_day_part(words):
        return published_at, "day"
    return None


def this_day_part(words: list[str]) -> bool:
    """ "this morning", "early this afternoon": a part of the day the report was written on."""
    return len(words) >= 2 and words[-2] == "this" and words[-1] in DAY_PARTS


def _ago(words, published_at, planned):
    """ "ten days ago", "two weeks ago", "a month ago"."""
    if "ago" not in words:
        return None
    at = words.index("ago")
    if at < 2 or words[at - 1] not in UNITS:
        return None
    count = _number(words[at - 2])
    if count is None:
        return None
    precision = UNITS[words[at - 1]]
    if precision == "day":
        return published_at - dt.timedelta(days=count), "day"
    if precision == "week":
        return _week_start(published_at - dt.timedelta(weeks=count)), "week"
    if precision == "month":
        return _month_shift(published_at, -count), "month"
    return dt.date(published_at.year - count, 1, 1), "year"


def _shifted_period(words, published_at, planned):
    """ "last week", "this month", "next year" (not "last Monday", handled with weekdays)."""
    for i, word in enumerate(words[:-1]):
        unit = UNITS.get(words[i + 1])
        if unit is None or unit == "day" or words[i + 1].endswith("s"):
            continue
        if word in PAST_SHIFT:
            shift = -1
        elif word in NEXT_SHIFT:
            shift = 1
        elif word == "this":
            shift = 0
        else:
            continue
        if unit == "week":
            return _week_start(published_at) + dt.timedelta(weeks=shift), "week"
        if unit == "month":
            return _month_shift(published_at, shift), "month"
        return dt.date(published_at.year + shift, 1, 1), "year"
    return None


def _weekday(words, published_at, planned):
    """ "on Monday": the nearest such day before publication (after it for planned events)."""
    days = [w for w in words if w in WEEKDAYS]
    if not days or any(w in MONTHS for w in words):
        return None
    target = WEEKDAYS[days[0]]
    back = (published_at.weekday() - target) % 7
    ahead = (target - published_at.weekday()) % 7
    if any(w in PAST_SHIFT for w in words):
        return published_at - dt.timedelta(days=back or 7), "day"
    if any(w in NEXT_SHIFT for w in words):
        return published_at + dt.timedelta(days=ahead or 7), "day"
    if planned:
        return published_at + dt.timedelta(days=ahead), "day"
    return published_at - dt.timedelta(days=back), "day"


def _calendar(words, published_at, planned):
    """ "May 31", "7 October", "October 7, 2023", "in November", "2023"."""
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    year = next((n for n in numbers if 1900 <= n <= 2100), None)
    day = next((n for n in numbers if 1 <= n <= 31), None)
    if any(w not in MONTHS and not w.isdigit() and w not in NOISE for w in words):
        return None  # an unknown word ("since", "for", "months") means this is not a plain date
    if month is None:
        return (dt.date(year, 1, 1), "year") if year is not None else None
    if day is not None:
        return _with_year(year, month, day, published_at, planned, "day")
    return _with_year(year, month, 1, published_at, planned, "month")


def _with_year(year, month, day, published_at, planned, precision):
    """The date in the given year, or else the latest one not after publication (earliest not before, if planned)."""
    if year is not None:
        try:
            return dt.date(year, month, day), precision
        except ValueError:
            return None  # 30 February and the like: not a date
    if published_at is None:
        return None  # no year written and none to count from ("6 February 2200": 2200 is no year here)
    anchor = published_at.replace(day=1) if precision == "month" else published_at
    # Look a few years around publication: 29 February only exists in leap years.
    years = (
        range(published_at.year, published_at.year + 5)
        if planned
        else range(published_at.year, published_at.year - 5, -1)
    )
    for candidate_year in years:
        try:
            candidate = dt.date(candidate_year, month, day)
        except ValueError:
            continue
        if (candidate >= anchor) if planned else (candidate <= anchor):
            return candidate, precision
    return None
