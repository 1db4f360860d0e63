"""A blast or explosion that kills, with no accident told, is an attack with no doer named (audit 14dev: "an
explosion during a morning service killed three")."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.eventrows import event_rows

PUB = dt.date(2025, 3, 12)
FIELDS = ("type", "trigger", "actor", "counterpart", "location", "date_text")


events = partial(event_rows, fields=FIELDS, published_at=PUB)


def test_explosion_at_a_market_killed(nlp):
    assert events(nlp, "An explosion at a market in Dravik killed six people on Monday.") == [
        dict(
            type="attack",
            trigger="killed",
            actor=None,
            counterpart=None,
            location="Dravik",
            date_text="on Monday",
        )
    ]


def test_suicide_blast_at_a_checkpoint_killed(nlp):
    got = events(nlp, "A suicide blast at a checkpoint in Oruk killed four soldiers.")
    assert [(r["type"], r["actor"], r["location"]) for r in got] == [("attack", None, "Oruk")]


def test_explosion_during_a_service_killed(nlp):
    got = events(nlp, "An explosion during a morning service at the church in Tarvo killed three worshippers.")
    assert [(r["type"], r["actor"]) for r in got] == [("attack", None)]


def test_gas_explosion_is_an_accident(nlp):
    assert events(nlp, "A gas explosion at a restaurant in Dravik killed six people on Monday.") == []


def test_explosion_at_a_fireworks_factory_is_an_accident(nlp):
    assert events(nlp, "An explosion at a fireworks factory in Mesk killed nine workers.") == []


def test_boiler_blast_is_an_accident(nlp):
    assert events(nlp, "A boiler blast at a hotel in Kerva killed two cooks on Friday.") == []


# ---- violence told as breaking out in a named place is an attack with no doer named ----


def test_violence_erupted_in_a_city(nlp):
    got = events(nlp, "Violence erupted in Tarsk on Wednesday evening after soldiers launched protests over pay.")
    assert [(r["type"], r["actor"], r["location"], r["date_text"]) for r in got] == [
        ("attack", None, "Tarsk", "on Wednesday evening")
    ]


def test_violence_broke_out_in_a_port(nlp):
    got = events(nlp, "Violence broke out in the port city of Lemo on Monday.")
    assert [(r["type"], r["actor"], r["location"], r["date_text"]) for r in got] == [
        ("attack", None, "Lemo", "on Monday")
    ]


def test_violence_as_a_topic_or_without_a_place_is_no_event(nlp):
    assert events(nlp, "Violence against women rose in Tarsk.") == []
    assert events(nlp, "The violence continued.") == []
    assert events(nlp, "Violence erupted.") == []
