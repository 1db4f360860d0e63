"""Events of diplomacy in shapes the rules missed: a person flying to or landing at a place, an office told
without its state ("the president"), a meeting noun said to have taken place, a truce's length that dates
nothing, a truce declared, a subject the parser hung on an auxiliary, and a known place the small model tagged
as a body before its unit noun ("Enugu state"). Sentences of our own; one text in,
the exact event fields out."""

from __future__ import annotations


import pytest

from tests.eventrows import event_tuples as events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person flying to a place, or landing at one, travels there
        (
            "Foreign Minister Lina Haddad will fly to Rabat on Thursday.",
            [("visit", "fly", "Lina Haddad", None, "Rabat", "on Thursday", True)],
        ),
        (
            "President Ivo Maric landed in Nairobi late on Sunday.",
            [("visit", "landed", "Ivo Maric", None, "Nairobi", "late on Sunday", False)],
        ),
        (
            "The envoy flew to Doha on Monday.",
            [("visit", "flew", "The envoy", None, "Doha", "on Monday", False)],
        ),
        # ... a weapon or an aircraft does not, nor do people flown somewhere
        ("A rocket landed in a field near Tamba.", []),
        ("Drones flew into Polish airspace overnight.", []),
        ("The freed captives were flown to Tamba on Friday.", []),
        # ... nor a person flying with no place to land
        ("The minister flew home early.", []),
        # a trip with its purpose told is one trip, even with no destination after "to"
        (
            "On a short trip to see President Oumar Diallo in Bamako, the envoy Lena Ortiz praised the accord.",
            [("visit", "trip", "Lena Ortiz", None, None, None, False)],
        ),
        # ... trips counted are a figure, not one event
        ("He made eight trips to Cairo.", []),
    ],
)
def test_flights(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite office of no state is the one holder of that office the article names
        (
            "Varonian President Teo Balan spoke on Monday. The president proposed a truce.",
            [("propose", "proposed", "Teo Balan", None, None, None, False)],
        ),
        (
            "Foreign Minister Ana Ruiz spoke on Monday. The foreign minister proposed a truce.",
            [("propose", "proposed", "Ana Ruiz", None, None, None, False)],
        ),
        # ... not when two hold it, nor when the office words differ
        ("President Teo Balan and President Ana Ruiz spoke on Monday. The president proposed a truce.", []),
        ("Defence Minister Ali Musa spoke on Monday. The foreign minister proposed a truce.", []),
        # ... and not an office told without "the"
        ("President Teo Balan spoke on Monday. A minister proposed a truce.", []),
    ],
)
def test_office_told_without_state(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sides of a meeting noun that took place; its day is that verb's
        (
            "The summit between President Ana Ruiz and President Teo Balan took place in Tamba on Monday.",
            [("meet", "summit", "Ana Ruiz", "Teo Balan", "Tamba", "on Monday", False)],
        ),
        (
            "The meeting between Ana Ruiz and President Teo Balan was held in Tamba on Monday.",
            [("meet", "meeting", "Ana Ruiz", "Teo Balan", "Tamba", "on Monday", False)],
        ),
        # ... but a verb that does not tell it happening does not date it
        (
            "The attack by the rebels drew condemnation on Monday.",
            [("attack", "attack", "the rebels", None, None, None, False)],
        ),
        # places between which something happened are no sides
        ("The attack occurred between Malelei and Kulan.", []),
        # a truce's length dates nothing
        (
            "Mwangi proposed a ceasefire of 30 days.",
            [("propose", "proposed", "Mwangi", None, None, None, False)],
        ),
    ],
)
def test_meetings_held_and_lengths(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a truce declared is one put forward
        (
            "The rebels declared a unilateral ceasefire on Sunday.",
            [("propose", "declared", "The rebels", None, None, "on Sunday", False)],
        ),
        # ... victory or an emergency declared is none
        ("The army declared victory on Sunday.", []),
        ("The governor declared a state of emergency.", []),
        # ... nor a truce declared ended
        ("In May, the rebels declared the old ceasefire null and void after a raid.", []),
        ("The rebels declared the truce over on Monday.", []),
        # ... but "over" a time is when the truce holds
        (
            "The rebels declared a ceasefire over the holidays.",
            [("propose", "declared", "The rebels", None, None, None, False)],
        ),
        # a subject the parser hung on the auxiliary ("Qatar" under "been") is the verb's; the co-mediator is no side
        (
            "Qatar and Egypt have been mediating between the two sides for months.",
            [("negotiate", "mediating", "Qatar", None, None, None, False)],
        ),
    ],
)
def test_truces_and_mediators(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known place before its unit noun is that place, whatever body label the small model gave it
        (
            "Gunmen abducted a priest in Enugu state on Monday.",
            [("abduct", "abducted", "Gunmen", "priest", "Enugu", "on Monday", False)],
        ),
        (
            "The militants ambushed a patrol in the Tillaberi region on Monday.",
            [("attack", "ambushed", "The militants", "a patrol", "Tillaberi", "on Monday", False)],
        ),
        # ... a body's compound is no place
        (
            "Troops raided the Hamas compound in the north.",
            [("attack", "raided", "Troops", None, None, None, False)],
        ),
    ],
)
def test_known_place_before_its_unit(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a state's top diplomat is its foreign minister, named anywhere in the article
        (
            "Kenya's Foreign Minister Musa Ole spoke on Friday. Kenya's top diplomat arrived in Juba on Saturday.",
            "Musa Ole",
        ),
        (
            "Kenyan Foreign Minister Musa Ole spoke on Friday. Kenya's chief diplomat arrived in Juba on Saturday.",
            "Musa Ole",
        ),
        # ... not another minister of it
        (
            "Kenya's Defence Minister Musa Ole spoke on Friday. Kenya's top diplomat arrived in Juba on Saturday.",
            "Kenya",
        ),
    ],
)
def test_a_top_diplomat_is_the_foreign_minister(nlp, text, actor):
    assert [row[2] for row in events(nlp, text)] == [actor]
