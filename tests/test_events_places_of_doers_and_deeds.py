"""Where an event happened when its sentence tells it by the doers ("rebels in X attacked"), by a town written
before the attack ("the Goma bombing", which names no doer), by the attack a toll is told of, or by what those it
touched were doing ("engineers who were working at a mine in X")."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.eventrows import event_rows

PUB = dt.date(2025, 6, 9)
FIELDS = ("type", "trigger", "actor", "location")

events = partial(event_rows, fields=FIELDS, published_at=PUB, as_tuples=True)


# Class 1: the doers' own place places an attack too, not only other harm; a trip or an aid run sets out from it.


def test_gunmen_in_a_region_attacked_a_bus(nlp):
    rows = events(nlp, "Gunmen in Mali's central Mopti region attacked a bus on Sunday.")
    assert rows == [("attack", "attacked", "Gunmen", "Mopti")]


def test_rebels_capitalised_at_the_start_in_a_region(nlp):
    rows = events(nlp, "Rebels in Colombia's southern Cauca region have attacked a police helicopter.")
    assert rows == [("attack", "attacked", "Rebels", "Cauca")]


def test_gunmen_after_a_dateline_dash(nlp):
    text = (
        "ZARIA, Nigeria – Gunmen in Nigeria’s northern Kaduna state kidnapped six traders late on Monday, police said."
    )
    assert events(nlp, text) == [("abduct", "kidnapped", "Gunmen", "Kaduna")]


def test_the_place_struck_wins_over_the_doers_place(nlp):
    rows = events(nlp, "Militants in Syria fired rockets at Israel on Monday.")
    assert rows == [("attack", "fired", "Militants", "Israel")]


# Class 2: a town written before an event noun is where it happened, not who did it; a country may be the doer.


def test_a_town_before_a_bombing_names_no_doer(nlp):
    assert events(nlp, "The Goma bombing killed five people.") == [("attack", "bombing", None, "Goma")]


def test_a_town_before_an_offensive_leaves_its_owner_the_doer(nlp):
    rows = events(nlp, "Haftar's Benghazi offensive has killed an estimated 400 people.")
    assert rows == [("kill", "killed", "Haftar", "Benghazi")]


def test_a_group_that_shares_a_small_towns_name_stays_the_doer(nlp):
    rows = events(nlp, "A Hamas attack on Sderot killed ten.")
    assert rows == [("attack", "attack", "Hamas", "Sderot")]


def test_a_country_before_a_strike_stays_the_doer(nlp):
    assert events(nlp, "The Israel strike killed five people.") == [("attack", "strike", "Israel", "Israel")]


# Class 3: what those taken were doing when taken tells where they were.


def test_surveyors_who_were_working_at_a_plant(nlp):
    text = "Gunmen kidnapped three surveyors who were working at a gas plant near Ubari."
    assert events(nlp, text) == [("abduct", "kidnapped", "Gunmen", "Ubari")]


def test_hikers_who_were_camping_at_a_park(nlp):
    text = "Gunmen seized seven hikers who were camping at a game park in Cameroon."
    assert events(nlp, text) == [("abduct", "seized", "Gunmen", "Cameroon")]


def test_where_victims_once_served_is_no_place_of_the_killing(nlp):
    assert events(nlp, "Militants killed two soldiers who had served in Iraq.") == [
        ("kill", "killed", "Militants", None)
    ]


# Class 4: a listed armed group or body is a side, never a place, whatever the tagger guessed.


def test_an_offensive_against_a_group_is_placed_where_the_text_says(nlp):
    rows = events(nlp, "Israel has pressed on with its offensive against Hamas in Gaza.")
    assert rows == [("attack", "offensive", "Israel", "Gaza")]


def test_an_offensive_against_a_group_with_no_place_has_none(nlp):
    rows = events(nlp, "Israel has pressed on with its offensive against Hamas.")
    assert rows == [("attack", "offensive", "Israel", None)]


# Class 5: a strike with no doer or day of its own on "the city" the strike just told hit is that strike again.


def test_a_strike_on_the_city_told_again_is_one_strike(nlp):
    text = "Drones hit Sumy overnight. Officials said nine drones struck the city."
    assert events(nlp, text) == [("attack", "hit", None, "Sumy")]


def test_a_strike_on_the_city_again_is_another_strike(nlp):
    text = "Drones hit Sumy overnight. Missiles struck the city again."
    assert events(nlp, text) == [("attack", "hit", None, "Sumy"), ("attack", "struck", None, "Sumy")]


def test_a_strike_on_the_city_by_named_doers_is_another_strike(nlp):
    text = "Russian drones hit Sumy overnight. Rebels shelled the city, officials said."
    assert events(nlp, text) == [("attack", "hit", "Russia", "Sumy"), ("attack", "shelled", "Rebels", "Sumy")]
