"""A ship, bus or plane hijacked takes the people aboard: an abduction (audit 14dev: "the tanker, which had been
hijacked in May"); a debate or agenda "hijacked" is no event."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.eventrows import event_rows

PUB = dt.date(2025, 3, 12)


events = partial(event_rows, fields=("type", "actor", "counterpart", "date_text"), published_at=PUB, as_tuples=True)


def test_passive_relative_hijacking(nlp):
    assert events(nlp, "The tanker, which had been hijacked in May by pirates, was freed.")[0] == (
        "abduct",
        "pirates",
        "tanker",
        "in May",
    )


def test_pirates_hijacked_a_ship(nlp):
    assert events(nlp, "Pirates hijacked a cargo ship off Eyla on Tuesday.") == [
        ("abduct", "Pirates", "cargo ship", "on Tuesday")
    ]


def test_gunmen_hijacked_a_bus(nlp):
    assert events(nlp, "Gunmen hijacked a bus carrying 30 passengers near Rask.") == [("abduct", "Gunmen", "bus", None)]


def test_a_hijacked_debate_is_no_event(nlp):
    assert events(nlp, "The populists hijacked the debate on Monday.") == []
