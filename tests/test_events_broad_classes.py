"""Events of classes any news report tells, whatever its topic: places the small model mislabels, what a passive
verb struck, where the sides of a clash are, and habits, capabilities and questions that tell no happening.
Sentences of our own; one text in, the exact event fields out."""

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
        # a known town after "in" or "near" is the place, whatever label the tagger guessed (ORG, NORP)
        (
            "Twelve people were killed in Bamako on Monday.",
            [("kill", "killed", None, None, "Bamako", "on Monday")],
        ),
        (
            "Police said gunmen attacked a checkpoint in Kidal on Monday.",
            [("attack", "attacked", "gunmen", None, "Kidal", "on Monday")],
        ),
        (
            "Five soldiers died when their convoy was ambushed near Kidal.",
            [("attack", "ambushed", None, None, "Kidal", None)],
        ),
        # what a passive verb struck names the place, as an attack's object does
        (
            "A market in Maiduguri was shelled overnight.",
            [("attack", "shelled", None, None, "Maiduguri", "overnight")],
        ),
        (
            "Two hospitals in Khartoum were hit by drone strikes on Tuesday.",
            [("attack", "hit", None, None, "Khartoum", "on Tuesday")],
        ),
        (
            "The town of Mopti was attacked by gunmen on Saturday.",
            [("attack", "attacked", "gunmen", None, "Mopti", "on Saturday")],
        ),
        (
            "Kherson was shelled again on Sunday.",
            [("attack", "shelled", None, "Kherson", "Kherson", "on Sunday")],
        ),
        # ... but a person or a group struck is never the place
        ("Haniyeh was attacked in his car.", [("attack", "attacked", None, "Haniyeh", None, None)]),
        ("Hamas was attacked by Israel.", [("attack", "attacked", "Israel", "Hamas", None, None)]),
        # the place of a clash hung on its first side is still where the sides fought
        (
            "At least 50 people died in clashes between herders and farmers in Plateau state.",
            [("attack", "clashes", None, "farmers", "Plateau", None)],
        ),
        (
            "Clashes between herders and farmers in Plateau state killed 50 people.",
            [("attack", "Clashes", None, "farmers", "Plateau", None)],
        ),
        (
            "Fighting between the Jama clan in Galkayo and the Bari clan broke out on Monday.",
            [("attack", "Fighting", None, None, "Galkayo", "on Monday")],
        ),
    ],
)
def test_place_found(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a habit: a verb told with an adverb of habit
        "Al-Shabaab often attacks military bases in the region.",
        "The group regularly kidnaps travellers on the highway.",
        "The militia routinely carries out raids on villages near Kidal.",
        "Border towns have frequently been shelled by the rebels.",
        # a capability
        "The militants are capable of striking deep inside the country.",
        "The rebels have the capability to strike the capital.",
        "Officials say the group has the capacity to seize the town.",
        # a question asked, no happening told
        "Will the rebels attack the capital?",
        "Did the army shell the camp on Monday?",
        "Has Hamas released the hostages?",
    ],
)
def test_no_happening(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a happening told once, beside a habit or a question, is still told
        (
            "Militias often raid villages in the region, and on Monday gunmen attacked a market in Kismayo.",
            [("attack", "attacked", "gunmen", None, "Kismayo", "on Monday")],
        ),
        (
            "The army shelled the camp on Monday. Will it attack again?",
            [("attack", "shelled", "The army", None, None, "on Monday")],
        ),
        (
            "Gunmen, who are capable of striking anywhere, attacked a church in Kaduna on Sunday.",
            [("attack", "attacked", "Gunmen", None, "Kaduna", "on Sunday")],
        ),
    ],
)
def test_happening_kept(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the death of one named person, told in the passive with no doer, is a killing whatever its date
        (
            "Presidential candidate Omar Diallo was shot dead after a rally in Conakry on Wednesday evening.",
            [("kill", "shot", None, "Omar Diallo", None, None)],
        ),
        ("Journalist Peter Okoye was killed in 2019.", [("kill", "killed", None, "Peter Okoye", None, "in 2019")]),
        ("Ali Saleh was killed, his family said.", [("kill", "killed", None, "Ali Saleh", None, None)]),
        # ... but not unnamed dead with no day or place
        ("Three soldiers were killed.", []),
        # what is occupied is a site, whatever noun names it
        (
            "Soldiers occupied the main square in the capital, Niamey, on Tuesday.",
            [("seize", "occupied", "Soldiers", None, "Niamey", "on Tuesday")],
        ),
        ("Rebels occupied the town hall in Goma.", [("seize", "occupied", "Rebels", None, "Goma", None)]),
        (
            "Protesters occupied the parliament building in Kora on Monday.",
            [("seize", "occupied", "Protesters", None, "Kora", "on Monday")],
        ),
        # control of a body or of a state of things is no place taken
        ("The government had regained full control over its military.", []),
        ("Police said they had regained control of the situation.", []),
        ("The new chief regained control over the party.", []),
        # ... control of a place is
        (
            "The army regained control of the town of Kora on Monday.",
            [("seize", "regained", "The army", None, "Kora", "on Monday")],
        ),
    ],
)
def test_deaths_and_takings(nlp, text, expected):
    assert events(nlp, text) == expected
