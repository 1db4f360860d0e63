"""Real-text event classes (audit 13): the maker of a weapon is not its user, an attack beaten back is the
attacker's, and a deed inside a denied report is no event."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.eventrows import event_row, event_rows

PUB = dt.date(2025, 3, 12)
FIELDS = ("type", "trigger", "actor", "counterpart", "location", "date_text")


events = partial(event_rows, fields=FIELDS, published_at=PUB)


row = event_row


# ---- a "Country-made" weapon names its maker, not who used it ----


def test_made_in_a_country_is_no_attacker(nlp):
    assert events(nlp, "A Ruvian-made rocket hit a farm in Dessa on Monday.") == [
        row("attack", "hit", None, None, "Dessa", "on Monday")
    ]


def test_built_in_a_country_is_no_attacker(nlp):
    assert events(nlp, "An Osterian-built drone struck a fuel depot near Kalt.") == [
        row("attack", "struck", None, None, "Kalt")
    ]


def test_made_weapons_fired_by_a_named_side_keep_the_side(nlp):
    assert events(nlp, "Rebels fired Tarvian-made mortars at the barracks in Oru.") == [
        row("attack", "fired", "Rebels", "the barracks", "Oru")
    ]


def test_a_fired_weapon_still_names_its_user(nlp):
    assert [r["actor"] for r in events(nlp, "A Ruvian-fired rocket hit a farm in Dessa on Monday.")] == ["Ruvian"]


# ---- "repelled an attack by X": X attacked the side that beat it back ----


def test_repelled_attack_is_the_attackers(nlp):
    assert events(nlp, "The army repelled an attack by the Tanza Front on its base near Toma.") == [
        row("attack", "attack", "Tanza Front", "The army", "Toma")
    ]


def test_repulsed_assault_is_the_attackers(nlp):
    assert events(nlp, "Border guards repulsed an assault by Kelan militiamen on Tuesday.") == [
        row("attack", "assault", "Kelan militiamen", "Border guards", None, "on Tuesday")
    ]


def test_repelled_attack_by_a_named_group(nlp):
    assert events(nlp, "Police repelled an attack by the Red Hand group on a checkpoint in Sorvo.") == [
        row("attack", "attack", "Red Hand", "Police", "Sorvo")
    ]


def test_foiled_raid_stays_the_stoppers(nlp):
    got = events(nlp, "Officials said troops foiled an attempted raid by the Osu fighters on March 4.")
    assert [(r["actor"], r["counterpart"]) for r in got] == [("troops", "Osu fighters")]


# ---- a denied report tells no event ----


def test_denied_reports_that_drones_struck(nlp):
    assert events(nlp, "The ministry denied reports that its drones struck the depot in Halvar.") == []


def test_rejected_claims_that_troops_shelled(nlp):
    assert events(nlp, "The government rejected claims that its troops shelled the village of Tarko.") == []


def test_dismissed_reports_of_a_kidnapping(nlp):
    assert events(nlp, "The rebels dismissed reports that their fighters had kidnapped two aid workers.") == []


def test_reports_that_are_confirmed_still_tell_the_deed(nlp):
    got = events(nlp, "The ministry confirmed reports that its drones struck the depot in Halvar.")
    assert [(r["type"], r["location"]) for r in got] == [("attack", "Halvar")]
