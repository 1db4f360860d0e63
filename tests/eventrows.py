"""The events of one text, reduced to the fields an events test file compares (one helper for all of them)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsfacts.transforms.events import extract_events


def event_rows(
    nlp: Any, text: str, *, fields: tuple[str, ...], published_at: dt.date, as_tuples: bool = False
) -> list[Any]:
    """Each event of `text` as a dict of `fields`, or a tuple of their values when `as_tuples`."""
    rows = extract_events(nlp(text), "art1", published_at)
    if as_tuples:
        return [tuple(row[k] for k in fields) for row in rows]
    return [{k: row[k] for k in fields} for row in rows]


def event_row(
    type: str,
    trigger: str,
    actor: str | None,
    counterpart: str | None = None,
    location: str | None = None,
    date_text: str | None = None,
) -> dict[str, Any]:
    """The expected record of an event over the fields type, trigger, actor, counterpart, location and date_text."""
    return dict(
        type=type, trigger=trigger, actor=actor, counterpart=counterpart, location=location, date_text=date_text
    )


# The fields most events tests compare, and the publication day they date against (a Wednesday).
PUB = dt.date(2025, 3, 12)
ROW_FIELDS = ("type", "trigger", "actor", "counterpart", "location", "date_text", "planned")


def event_tuples(nlp: Any, text: str) -> list[tuple]:
    """Each event of `text` as a tuple of ROW_FIELDS, dated against PUB."""
    return event_rows(nlp, text, fields=ROW_FIELDS, published_at=PUB, as_tuples=True)
