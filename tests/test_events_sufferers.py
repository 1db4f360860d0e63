"""Who a harm was done to is its other party, named or not (GUIDELINE: the counterpart is the party attacked):
"killed four soldiers", "two aid workers were kidnapped", an attack's toll told with it ("raided the camp,
killing five fighters"), said without the count or article ("soldiers", not "four soldiers"); a bare count
("killed 12") names no one, and the dead of a battle between two sides are no side of it."""

from __future__ import annotations

import pytest

from tests.eventrows import event_tuples


@pytest.mark.parametrize(
    "text,expected",
    [
        # the object of a verb of killing or taking
        (
            "Militants killed four soldiers and a civilian in Dorra on Tuesday.",
            [("kill", "killed", "Militants", "soldiers", "Dorra", "on Tuesday", False)],
        ),
        (
            "Gunmen kidnapped two aid workers near the town of Kessa on Monday.",
            [("abduct", "kidnapped", "Gunmen", "aid workers", "Kessa", "on Monday", False)],
        ),
        (
            "Security forces neutralised three insurgents in Marlo village.",
            [("kill", "neutralised", "Security forces", "insurgents", "Marlo village", None, False)],
        ),
        # a count before the verb's adjective is no part of who died: "shot dead two colleagues"
        (
            "A guard shot dead two colleagues in Velko.",
            [("kill", "shot", "A guard", "colleagues", "Velko", None, False)],
        ),
        # the passive subject of a killing
        (
            "Five police officers were killed in Vessa on Sunday.",
            [("kill", "killed", None, "police officers", "Vessa", "on Sunday", False)],
        ),
        # an attack's toll, told in a participle, in the passive around it, or by the attack as subject
        (
            "Troops raided the camp near Tomba, killing five fighters.",
            [("attack", "raided", "Troops", "fighters", "Tomba", None, False)],
        ),
        (
            "Six police officers were killed in an ambush by bandits near Lodo.",
            [("attack", "ambush", "bandits", "police officers", "Lodo", None, False)],
        ),
        # quotation marks inside the words are no part of the name
        (
            'The Kora Front said it killed 21 "crusader" soldiers.',
            [("kill", "killed", "Kora Front", "crusader soldiers", None, None, False)],
        ),
        # fire opened at someone: they were attacked
        (
            "Rebels opened fire at a crowd in the market of Vessa.",
            [("attack", "opened", "Rebels", "a crowd", "Vessa", None, False)],
        ),
    ],
)
def test_who_suffered_a_harm_is_its_other_party(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bare count names no one
        (
            "Gunmen killed 12 in Dorra on Tuesday.",
            [("kill", "killed", "Gunmen", None, "Dorra", "on Tuesday", False)],
        ),
        # the dead of fire traded by two sides are no side of it
        (
            "Kessan and Dorran troops traded fire at the border near Velo, killing five people.",
            [("attack", "traded", "Kessan and Dorran troops", None, "Velo", None, False)],
        ),
        # a named party attacked stays the other party, before the toll; a body's name is no place struck
        (
            "Troops attacked the Velo Liberation Front near Tomba, killing five fighters.",
            [("attack", "attacked", "Troops", "Velo Liberation Front", "Tomba", None, False)],
        ),
        (
            "Troops attacked the Velo Liberation Front.",
            [("attack", "attacked", "Troops", "Velo Liberation Front", None, None, False)],
        ),
    ],
)
def test_a_count_or_a_toll_of_both_sides_is_no_party(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # lynching, beheading, massacring are killings
        (
            "Villagers lynched two of the raiders in Tolna on Monday.",
            [("kill", "lynched", "Villagers", "raiders", "Tolna", "on Monday", False)],
        ),
        (
            "The hostage was beheaded by Kelmar Front militants in Sulu.",
            [("kill", "beheaded", "Kelmar Front", "hostage", "Sulu", None, False)],
        ),
        # armed men linked or affiliated to a named group act for it, however the participle was parsed
        (
            "The militants linked to the Kelmar Front killed ten soldiers in Tolna on Monday.",
            [("kill", "killed", "Kelmar Front", "soldiers", "Tolna", "on Monday", False)],
        ),
        (
            "Militants affiliated to the Kelmar Front killed ten soldiers in Tolna on Monday.",
            [("kill", "killed", "Kelmar Front", "soldiers", "Tolna", "on Monday", False)],
        ),
    ],
)
def test_killings_by_other_verbs_and_by_a_groups_allies(nlp, text, expected):
    assert event_tuples(nlp, text) == expected
