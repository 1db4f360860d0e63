"""How a clause is read for an event: a place the parser hangs on a passive's "by" agent, a counted subject or
a vehicle's occupants as the doers, and a noun for a happening ("a shooting incident") as the event it names."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.eventrows import event_rows

PUB = dt.date(2025, 6, 9)
FIELDS = ("type", "trigger", "actor", "counterpart", "location")


events = partial(event_rows, fields=FIELDS, published_at=PUB)


# Class 1: the place of a passive event, hung by the parser on its "by" agent.


def test_place_after_the_agent_of_a_passive_killing(nlp):
    rows = events(nlp, "Three traders were shot dead by police in Morvale, the union said.")
    assert [(r["type"], r["actor"], r["location"]) for r in rows] == [("kill", "police", "Morvale")]


def test_place_after_the_agent_of_a_passive_abduction(nlp):
    rows = events(nlp, "A nurse was seized by masked men in Kessan late on Sunday.")
    assert [(r["type"], r["location"]) for r in rows] == [("abduct", "Kessan")]


def test_place_after_the_agent_of_a_passive_attack(nlp):
    rows = events(nlp, "The convoy was ambushed by rebels near Tolbar, officials said.")
    assert [(r["type"], r["actor"], r["location"]) for r in rows] == [("attack", "rebels", "Tolbar")]


# Class 2: who did it, when the subject counts the doers or names them by where they sat.


def test_occupants_of_a_car_as_the_shooters(nlp):
    rows = events(nlp, "Three occupants of a pickup started shooting at shoppers at a crowded market in Denholm.")
    assert [(r["type"], r["actor"], r["location"]) for r in rows] == [("attack", "occupants", "Denholm")]


def test_counted_supporters_set_off_from_their_verb(nlp):
    rows = events(nlp, "Dozens of his supporters, chanting slogans, then attacked police near the parliament in Tarsk.")
    assert [(r["type"], r["actor"], r["counterpart"]) for r in rows] == [("attack", "his supporters", "police")]


def test_counted_doers_told_by_a_common_noun(nlp):
    rows = events(nlp, "Hundreds of supporters of the governor stormed the electoral office in Pavra.")
    assert [(r["type"], r["actor"]) for r in rows] == [("attack", "supporters")]


def test_counted_people_who_are_no_doers_stay_without_actor(nlp):
    rows = events(nlp, "Scores of villagers were killed near the town of Brell on Friday.")
    assert [(r["type"], r["actor"], r["location"]) for r in rows] == [("kill", None, "Brell")]


# Class 3: a noun for a happening, modified by an event noun, is that event.


def test_shooting_incident_took_place_at_a_bar(nlp):
    text = "In the mountain town of Orsk, a third shooting incident took place at the Blue Heron Tavern, leaving four dead."
    assert events(nlp, text) == [dict(type="attack", trigger="incident", actor=None, counterpart=None, location="Orsk")]


def test_bombing_incident_occurred_at_a_depot(nlp):
    rows = events(nlp, "A second bombing incident occurred at a bus depot in Varnia, killing five people.")
    assert [(r["type"], r["trigger"], r["location"]) for r in rows] == [("attack", "incident", "Varnia")]


def test_incident_without_an_event_noun_is_none(nlp):
    assert events(nlp, "A diplomatic incident occurred at the embassy in Varnia on Monday.") == []


# Class 2: a person named by a common noun as the active subject of a harm is its doer as written.


def test_a_man_who_threw_a_bomb_did_it(nlp):
    rows = events(nlp, "At a rally in Tivoli, a man threw a homemade bomb at the prime minister.")
    assert [(r["type"], r["actor"], r["location"]) for r in rows] == [("attack", "a man", "Tivoli")]


def test_a_woman_who_stabbed_guards_did_it(nlp):
    rows = events(nlp, "A woman stabbed two guards outside the embassy in Rask.")
    assert [(r["type"], r["actor"], r["counterpart"]) for r in rows] == [("attack", "A woman", "two guards")]


def test_men_who_kidnapped_a_trader_did_it(nlp):
    rows = events(nlp, "Two men kidnapped a trader in Boma on Friday.")
    assert [(r["type"], r["actor"], r["location"]) for r in rows] == [("abduct", "men", "Boma")]


# Class 3: a death after a shooting is a killing by the shooter; an attack noun whose relative clause tells
# deaths is kept for its place.


def test_death_after_a_police_shooting(nlp):
    rows = events(nlp, "A teenager died after being shot by soldiers near a checkpoint in Vashti.")
    assert [(r["type"], r["actor"], r["location"]) for r in rows] == [("kill", "soldiers", "Vashti")]


def test_died_after_he_was_shot(nlp):
    rows = events(nlp, "A fisherman died after he was shot by coast guards near Pelo island.")
    assert [(r["type"], r["actor"]) for r in rows] == [("kill", "coast guards")]


def test_shot_in_the_leg_is_no_killing(nlp):
    assert events(nlp, "The man was shot in the leg by police in Lemberg.") == []


def test_attack_that_killed_soldiers_kept_for_its_place(nlp):
    rows = events(nlp, "The union condemned an attack on police in Kordo that killed three officers.")
    assert [(r["type"], r["actor"], r["location"]) for r in rows] == [("attack", None, "Kordo")]
