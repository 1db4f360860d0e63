"""Real-text event classes (audit 13): arson told with "set", shots fired as no party, deeds named by a noun
inside an accusation, and headings without a verb."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.eventrows import event_row, event_rows

PUB = dt.date(2025, 3, 12)
FIELDS = ("type", "trigger", "actor", "counterpart", "location", "date_text")


events = partial(event_rows, fields=FIELDS, published_at=PUB)


row = event_row


# ---- "set fire to", "set ablaze", "set on fire": an arson attack ----


def test_set_fire_to_homes(nlp):
    assert events(nlp, "Militiamen set fire to dozens of homes in Arvo.") == [
        row("attack", "set", "Militiamen", None, "Arvo")
    ]


def test_set_ablaze_a_church(nlp):
    assert events(nlp, "Attackers set ablaze a church in Hemo on Sunday.") == [
        row("attack", "set", "Attackers", None, "Hemo", "on Sunday")
    ]


def test_set_on_fire(nlp):
    assert events(nlp, "Rioters set the police station on fire in Belka.") == [
        row("attack", "set", "Rioters", None, "Belka")
    ]


def test_set_without_fire_is_no_event(nlp):
    assert events(nlp, "The committee set a date for the vote in Kalo.") == []


# ---- what was fired is not who was attacked ----


def test_shots_fired_at_a_car(nlp):
    assert events(nlp, "Shots were fired at the mayor's car in Dellin on Tuesday.") == [
        row("attack", "fired", None, None, "Dellin", "on Tuesday")
    ]


def test_shots_fired_at_a_patrol(nlp):
    assert events(nlp, "Shots were fired at a police patrol near Arvo overnight.") == [
        row("attack", "fired", None, "a police patrol", "Arvo", "overnight")
    ]


def test_rockets_fired_at_an_airport(nlp):
    assert events(nlp, "Rockets were fired at the airport in Tarsk on Friday.") == [
        row("attack", "fired", None, None, "Tarsk", "on Friday")
    ]


# ---- the one accused of a deed named by a noun did it ----


def test_accused_of_a_drone_attack(nlp):
    assert events(nlp, "The ministry accused the rebels of a drone attack that hit two fuel depots in Vask.") == [
        row("attack", "attack", "the rebels", None, "Vask")
    ]


def test_accused_of_being_behind_an_attack(nlp):
    got = events(nlp, "Ruvia accused Tarvia of being behind a drone attack that hit two buildings in Oska.")
    assert [(r["type"], r["actor"], r["location"]) for r in got] == [("attack", "Tarvia", "Oska")]


def test_accused_of_a_bombing(nlp):
    assert events(nlp, "Police accused the gang of the bombing of a bus in Orvo.") == [
        row("attack", "bombing", "the gang", None, "Orvo")
    ]


def test_passive_accused_of_an_attack(nlp):
    assert events(nlp, "The rebels were accused of an attack on a school in Ralo.") == [
        row("attack", "attack", "The rebels", None, "Ralo")
    ]


# ---- a heading without a verb tells no event ----


def test_heading_of_strikes(nlp):
    assert events(nlp, "Veldonian air strikes on Tarsk") == []


def test_heading_after_a_link_label(nlp):
    assert events(nlp, "READ MORE: Marovian army offensive in the north") == []


def test_heading_of_a_raid(nlp):
    assert events(nlp, "Night raid by Osu gunmen on Kessa village") == []


def test_a_heading_with_a_verb_still_tells(nlp):
    got = events(nlp, "Gunmen kill 12 in Benu village raid")
    assert [(r["type"], r["actor"]) for r in got] == [("attack", "Gunmen")]


# ---- a weapon that "tore through" or "ripped through" a place struck it ----


def test_bombs_tore_through_a_wedding(nlp):
    assert events(nlp, "Two bombs tore through a wedding in Lumaro, Veldonia, killing 30 people.") == [
        row("attack", "tore", None, None, "Lumaro")
    ]


def test_car_bomb_ripped_through_a_market(nlp):
    assert events(nlp, "A car bomb ripped through a busy market in Tessin, Korvania, on Sunday, killing 14.") == [
        row("attack", "ripped", None, None, "Tessin", "on Sunday")
    ]


def test_missile_tore_through_a_block(nlp):
    assert events(nlp, "A missile tore through an apartment block in Verno overnight.") == [
        row("attack", "tore", None, None, "Verno", "overnight")
    ]


def test_fire_or_storm_tearing_through_is_no_attack(nlp):
    assert events(nlp, "A fire tore through a factory in Alsk on Monday.") == []
    assert events(nlp, "The storm ripped through the coastal town of Bray.") == []


# ---- a manned aircraft shot down or downed is attacked; drones shot down are intercepted ----


def test_shot_down_a_helicopter(nlp):
    assert events(nlp, "Rebels shot down an army helicopter near Tarvo on Monday.") == [
        row("attack", "shot", "Rebels", "army", "Tarvo", "on Monday")
    ]


def test_downed_a_plane(nlp):
    assert events(nlp, "The militia downed a military plane over Kesh.") == [
        row("attack", "downed", "The militia", "military")
    ]


def test_downing_of_a_helicopter_with_its_place(nlp):
    assert events(nlp, "The downing of a police helicopter in Amalfi on Thursday killed eight officers.") == [
        row("attack", "downing", None, "officers", "Amalfi", "on Thursday")
    ]


def test_downing_of_a_helicopter_by_a_group(nlp):
    got = events(nlp, "Officials condemned the downing of an army helicopter by the Red Hand group near Tarvo.")
    assert [(r["type"], r["actor"]) for r in got] == [("attack", "Red Hand")]


def test_drones_shot_down_are_no_attack(nlp):
    assert events(nlp, "Air defences shot down 20 drones over Kesh overnight.") == []
    assert events(nlp, "The workers downed tools on Monday.") == []
