"""Events told in the passive, with verbs other than "attack", or by doers who are no armed force: one
sentence in, the exact event fields out (sentences of our own, in the shapes real reports use)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.eventrows import event_rows

PUB = dt.date(2025, 3, 12)  # a Wednesday
FIELDS = ("type", "trigger", "actor", "counterpart", "location", "date_text")


events = partial(event_rows, fields=FIELDS, published_at=PUB, as_tuples=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # harm done by someone is an attack, in the passive with its "by" doer or with "stab"
        (
            "A border guard was wounded with a knife by smugglers near the village of Ostrovo on Monday.",
            ("attack", "wounded", "smugglers", "border guard", "Ostrovo", "on Monday"),
        ),
        # a person told by a common noun as the subject of the harm did it, as written
        (
            "A man stabbed two police officers in Vadso on Sunday.",
            ("attack", "stabbed", "A man", "two police officers", "Vadso", "on Sunday"),
        ),
        # people who are no force but do violence are named as written
        (
            "Protesters stormed the ministry in Lima on Monday.",
            ("attack", "stormed", "Protesters", "the ministry", "Lima", "on Monday"),
        ),
        (
            "The killings of three guards by an inmate in San Lucas followed.",
            ("kill", "killings", "an inmate", "three guards", "San Lucas", None),
        ),
        (
            "Officers regained control of a police station in the capital.",
            ("seize", "regained", "Officers", None, None, None),
        ),
        # an execution is a killing; returning fire, forcing one's way in and ramming are attacks
        (
            "Saudi Arabia executed a top cleric on Saturday.",
            ("kill", "executed", "Saudi Arabia", "top cleric", None, "on Saturday"),
        ),
        (
            "Soldiers returned fire near the border on Sunday.",
            ("attack", "returned", "Soldiers", None, None, "on Sunday"),
        ),
        (
            "Protesters forced their way into the parliament building on Tuesday.",
            ("attack", "forced", "Protesters", None, None, "on Tuesday"),
        ),
        ("Police rammed a fishing boat near the reef.", ("attack", "rammed", "Police", None, None, None)),
        # a passive attack whose doer goes unsaid
        (
            "The camps have been targeted repeatedly in the past month.",
            ("attack", "targeted", None, None, None, "in the past month"),
        ),
        # a place taken, told in the passive: the place taken is where
        (
            "Snake Island was seized by Russia in the opening days of the war.",
            ("seize", "seized", "Russia", None, "Snake Island", "in the opening days"),
        ),
        # one victim named by office, killed on a given day
        (
            "The mayor of Ribera was shot dead on Thursday.",
            ("kill", "shot", None, "The mayor", None, "on Thursday"),
        ),
        # a nominal attack with its own named place, no doer named
        (
            "The talks came after a skirmish in Kadogo on Friday.",
            ("attack", "skirmish", None, None, "Kadogo", None),
        ),
        # the dead fought with the side named after "with"
        (
            "Two soldiers were killed in a gunfight with militants in Kupwara on Tuesday.",
            ("attack", "gunfight", "militants", "soldiers", "Kupwara", "on Tuesday"),
        ),
        # a date as possessor tells when, and the doer is the modifier
        (
            "Monday's Iranian missile attack caused little damage.",
            ("attack", "attack", "Iran", None, None, "Monday"),
        ),
        # shots and stones aimed at someone
        (
            "Gunmen shot at a police car near Garoua on Monday.",
            ("attack", "shot", "Gunmen", None, "Garoua", "on Monday"),
        ),
        (
            "Youths hurled stones at police in Dakar on Friday.",
            ("attack", "hurled", "Youths", "police", "Dakar", "on Friday"),
        ),
        ("Protesters pelted the convoy with rocks.", ("attack", "pelted", "Protesters", None, None, None)),
        # who died in an attack did not do it
        (
            "Six people died in an ambush in Enga Province on Sunday.",
            ("attack", "ambush", None, None, "Enga Province", "on Sunday"),
        ),
        # a conversation or discussion with someone is a meeting
        (
            "Modi held a phone conversation with Biden on Monday.",
            ("meet", "conversation", "Modi", "Biden", None, "on Monday"),
        ),
        # a wound told with the raid it came in is that raid, not a second attack
        ("He was wounded by soldiers during the raid.", ("attack", "raid", "soldiers", None, None, None)),
        # who engaged in a fight fought it
        (
            "Rival militias engaged in fierce fighting near Tripoli.",
            ("attack", "fighting", "Rival militias", None, "Tripoli", None),
        ),
        # a threat of harm told as a noun, with its owner
        (
            "Iran repeated its threat to strike Israel.",
            ("threaten", "threat", "Iran", None, None, None),
        ),
        # a bomb's blast is the weapon's attack
        (
            "A bomb blast killed four people in Pattani.",
            ("attack", "killed", None, None, "Pattani", None),
        ),
    ],
)
def test_event_found(nlp, text, expected):
    assert events(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Three people were injured in the blast.",
        "The army executed the plan.",
        "Voters were targeted with adverts.",
        "An explosion at a chemical plant killed four workers.",
        "They forced the door open.",
        "The talks came after a skirmish.",
        "The threat of an attack remains high.",
        "She threw the ball.",
        "The agency needs money for its operations in Ethiopia.",
        "The soldier was shot in the leg.",
        "Russia has made no threat to attack Moldova.",
    ],
)
def test_no_event(nlp, text):
    assert events(nlp, text) == []
