"""Where an event happened when the text gives the place by a part of it ("in Chad's east", "on the outskirts of
Tbilisi"), opens the sentence with it ("In Tiraspol on Friday, ..."), or by the state that frees the prisoners it
holds; and one row for an air strike told with its toll ("airstrikes killed six", "a strike on Tuesday has killed
four")."""

from __future__ import annotations

import pytest

from tests.eventrows import event_tuples


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # "In" opening the sentence before a town the small model leaves untagged
            "In Tiraspol on Friday, the mediator met the region's chief negotiator.",
            ("meet", "met", "the mediator", "the region's chief negotiator", "Tiraspol", "on Friday", False),
        ),
        (  # a part of a place, told by its owner
            "Clashes between army units and the rebels flared again in Chad's east on Friday.",
            ("attack", "Clashes", "army units", "the rebels", "Chad", None, False),
        ),
        (  # "across" a frontier, hung on the other side by the parser; the state's troops and the place both kept
            "Chadian troops have been trading fire with rebels across Chad's northern frontier for a week.",
            ("attack", "trading", "Chad", "rebels", "Chad", None, False),
        ),
        (
            "Police raided a flat on the outskirts of Tbilisi on Monday.",
            ("attack", "raided", "Police", None, "Tbilisi", "on Monday", False),
        ),
    ],
)
def test_a_place_told_by_its_part_or_opening_the_sentence_is_where_it_happened(nlp, text, expected):
    assert event_tuples(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Cuban government freed 120 political prisoners on Tuesday.",
            ("release", "freed", "Cuba", None, "Cuba", "on Tuesday", False),
        ),
        (  # the state of the ruler's title
            "Belarus's President Alexander Lukashenko pardoned 16 jailed activists on Friday.",
            ("release", "pardoned", "Alexander Lukashenko", None, "Belarus", "on Friday", False),
        ),
        (
            "Venezuela's government released four American oil workers on Saturday.",
            ("release", "released", "Venezuela", None, "Venezuela", "on Saturday", False),
        ),
    ],
)
def test_a_state_frees_those_it_holds_in_its_own_land(nlp, text, expected):
    assert event_tuples(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # a swap happens where the sides meet
            "Russia and Ukraine exchanged 90 prisoners each on Sunday.",
            [
                ("release", "exchanged", "Russia", "Ukraine", None, "on Sunday", False),
                ("release", "exchanged", "Ukraine", "Russia", None, "on Sunday", False),
            ],
        ),
        (  # a handover, where the receiver takes them
            "Armenia released two soldiers to the Red Cross on Monday.",
            [("release", "released", "Armenia", "Red Cross", None, "on Monday", False)],
        ),
        (  # a city is no state: where it frees them is not told
            "Washington freed a Russian businessman on Friday.",
            [("release", "freed", "Washington", None, None, "on Friday", False)],
        ),
        (  # the state's name tells the doer only: no words of their own tell where
            "Venezuela released four American oil workers on Saturday.",
            [("release", "released", "Venezuela", None, None, "on Saturday", False)],
        ),
    ],
)
def test_a_swap_or_a_handover_is_not_placed_in_the_freeing_state(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # parsed as a participle on the noun: the strikes' toll
            "Russian airstrikes killed at least nine villagers in Idlib on Monday.",
            [("attack", "airstrikes", "Russia", None, "Idlib", "on Monday", False)],
        ),
        (  # one strike, told with its day: not a toll run up over time
            "A drone strike on Tuesday by the army has killed four fighters near Gao.",
            [("attack", "strike", "the army", "fighters", "Gao", "on Tuesday", False)],
        ),
        (  # a toll run up over time stays the doer's kill event
            "Ethiopian air raids have killed 900 civilians this year.",
            [("kill", "killed", "Ethiopia", None, None, "this year", False)],
        ),
    ],
)
def test_an_air_strike_and_its_toll_are_one_attack(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


def test_radicals_who_set_fire_to_a_building_did_it(nlp):
    text = "Nine people died on Friday as radicals set fire to a union office in Odessa."
    assert event_tuples(nlp, text) == [("attack", "set", "radicals", None, "Odessa", "on Friday", False)]


def test_a_meeting_held_upon_arrival_is_held_where_one_arrived(nlp):
    text = "Upon his arrival in Vardo, President Ali Oru held a separate meeting with Governor Ana Holm."
    assert event_tuples(nlp, text) == [("meet", "meeting", "Ali Oru", "Ana Holm", "Vardo", None, False)]


def test_a_word_in_lower_case_the_tagger_took_for_a_name_is_no_place(nlp):
    # "march" read as the month's name: a procession is no place, and the row is not thrown out for it
    text = "A powerful gang opened fire on a priest-led march through a district held by the gang, killing four."
    assert [r[4] for r in event_tuples(nlp, text)] == [None]
