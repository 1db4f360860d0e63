"""Events fresh text tells in shapes the rules missed: fighting told as going on or reported, talks that
parties came together for, passive deaths whose doer was named just before, and a back-reference that names
a place of its own. Sentences of our own; one text in, the exact event fields out."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.eventrows import event_rows, event_tuples

PUB = dt.date(2025, 3, 12)  # a Wednesday
FIELDS = ("type", "trigger", "actor", "counterpart", "location", "date_text")


events = partial(event_rows, fields=FIELDS, published_at=PUB, as_tuples=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fighting reported, or told as going on, in a named place: an attack with no doer named
        (
            "Heavy fighting has also been reported in Bor on Sunday.",
            [("attack", "fighting", None, None, "Bor", "on Sunday")],
        ),
        (
            "Clashes are continuing in Kivu between the army and the rebels.",
            [("attack", "Clashes", "the army", "the rebels", "Kivu", None)],
        ),
        # going on, but with no place, side or time: no event told
        ("The attacks continued to draw criticism.", []),
        # who came together for talks holds them, where they came together
        (
            "Envoys of Chad and Niger gathered in Lome for a new round of talks.",
            [("negotiate", "talks", "Chad", "Niger", "Lome", None)],
        ),
        # a possessive pronoun with nothing before it to stand for is the subject of its clause
        (
            "President Ruto held his first meeting with Museveni on Friday.",
            [("meet", "meeting", "President Ruto", "Museveni", None, "on Friday")],
        ),
        (
            "In their first meeting on Friday, Ruto and Museveni agreed to reopen the border.",
            [
                ("meet", "meeting", "Ruto", "Museveni", None, "on Friday"),
                ("propose", "agreed", "Ruto", "Museveni", None, "on Friday"),  # a deal both reached
            ],
        ),
        # ... but not a subject that does not agree with it
        ("The minister condemned their attack on the village.", []),
        # a pair told as "the two sides" does it together, named as written
        (
            "Both sides traded fire near the border on Monday.",
            [("attack", "traded", "Both sides", None, None, "on Monday")],
        ),
        (
            "The two sides gathered in Accra for talks.",
            [("negotiate", "talks", "The two sides", None, "Accra", None)],
        ),
        # ... but not in a background "with" clause
        (
            "Iran fired missiles at Israeli cities early Monday, with both sides threatening further devastation.",
            [("attack", "fired", "Iran", None, None, "early Monday")],
        ),
        # ... nor when the pair was named just before in the sentence (the sides are those, not the words)
        ("Manila protested to Beijing, the first time since the two sides held talks in Xiamen.", []),
        # passive deaths right after a named doer's raid were that doer's
        (
            "Rwandan troops raided rebel camps near Awasse on Monday. He said four insurgents were killed on July 24.",
            [
                ("attack", "raided", "Rwanda", None, "Awasse", "on Monday"),
                ("kill", "killed", "Rwanda", "insurgents", None, "on July 24"),
            ],
        ),
        # ... unless the dead are of the doer's own side
        (
            "Rebels attacked the town of Kora on Monday. Two rebels were killed on Tuesday.",
            [
                ("attack", "attacked", "Rebels", None, "Kora", "on Monday"),
                ("kill", "killed", None, "rebels", None, "on Tuesday"),
            ],
        ),
        # "the attacks ... including a hospital in Lviv" names a place the invasion's sentence lacks: not a
        # restatement of the invasion
        (
            "Russia's invasion of Ukraine is in its third year. The leaders condemned the Russian attacks on"
            " Ukrainian cities, including a hospital in Lviv.",
            [
                ("attack", "invasion", "Russia", None, "Ukraine", None),
                ("attack", "attacks", "Russia", None, "Lviv", None),
            ],
        ),
    ],
)
def test_recall_shapes(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "retook": a past form the lemmatiser leaves as it is
        (
            "Government troops retook the town from the insurgents on Friday.",
            [("seize", "retook", "Government troops", None, None, "on Friday", False)],
        ),
        # a palace, an airport, a border crossing are sites armed men hold
        (
            "The army recaptured the presidential palace on Friday.",
            [("seize", "recaptured", "The army", None, None, "on Friday", False)],
        ),
        # meeting resistance is no meeting; a deed captured on camera or filmed is recorded, not done by the filmer
        (
            "The rebels advanced on Lemo but were meeting resistance from the army.",
            [("attack", "advanced", "The rebels", "Lemo", "Lemo", None, False)],
        ),
        (
            "The kidnapping of two nurses in Lemo was captured on camera by a neighbour.",
            [("abduct", "kidnapping", None, "two nurses", "Lemo", None, False)],
        ),
        (
            "A neighbour filmed the kidnapping of two nurses in Lemo.",
            [("abduct", "kidnapping", None, "two nurses", "Lemo", None, False)],
        ),
        # the side whose fire killed is the doer
        (
            "Three soldiers were killed by Russian fire near Lemo on Monday.",
            [("kill", "killed", "Russia", "soldiers", "Lemo", "on Monday", False)],
        ),
        # a counterpart with the person's name beside it is that person, however the tagger left the name
        (
            "The minister met his Chilean counterpart Ana Ruiz in Lima on Monday.",
            [("meet", "met", "The minister", "Ana Ruiz", "Lima", "on Monday", False)],
        ),
    ],
)
def test_post_audit_30_shapes(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stepping down is resigning; stepping up pressure is nothing
        (
            "Prime Minister Ivo Kral stepped down on Monday.",
            [("resign", "stepped", "Ivo Kral", None, None, "on Monday", False)],
        ),
        ("The minister stepped up pressure on the rebels.", []),
        # armed men advancing into a place attack it, where its centre's "of" says
        (
            "Kora Front fighters advanced into the centre of Lemo on Sunday.",
            [("attack", "advanced", "Kora Front", None, "Lemo", "on Sunday", False)],
        ),
        ("Talks advanced into a second week.", []),
        (
            "A car bomb exploded in the heart of Vardo on Monday, killing six people.",
            [("attack", "exploded", None, None, "Vardo", "on Monday", False)],
        ),
    ],
)
def test_resignations_advances_and_centres(nlp, text, expected):
    assert event_tuples(nlp, text) == expected
