"""merge_retold_events: an article's text in, its events rows out, one row per happening (GUIDELINE: one
happening, one event). A mention that retells an event told just before is that event; a mention naming
another place, day or doer, or told in the same sentence, stays an event of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.transforms.entities import extract_mentions
from newsfacts.transforms.events import extract_events, merge_retold_events
from newsfacts.transforms.resolve import resolve_corpus

PUB = dt.date(2024, 5, 15)
FIELDS = ("type", "trigger", "actor", "location", "date_text", "sentence_index")


def merged(nlp, text):
    doc = nlp(text)
    rows = list(extract_events(doc, "art1", PUB))
    return [tuple(r[k] for k in FIELDS) for r in merge_retold_events(rows, extract_mentions(doc, "art1"))]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Armed bandits raided the village of Koda on Monday. The bandits attacked with rifles and machetes.",
            [("attack", "raided", "Armed bandits", "Koda", "on Monday", 0)],
        ),
        (
            "Qatar brokered the prisoner exchange between the two countries. "
            "Officials thanked Qatar for helping negotiate the exchange.",
            [("negotiate", "brokered", "Qatar", None, None, 0)],
        ),
        (
            "Government troops killed 12 rebels in Tora on Friday. "
            "The troops killed them after a long chase, a spokesman said.",
            [("kill", "killed", "Government troops", "Tora", "on Friday", 0)],
        ),
        (
            "Russian forces shelled the Kharkiv region overnight. Russia attacked with drones and missiles, "
            "officials said.",
            [("attack", "shelled", "Russia", "Kharkiv", "overnight", 0)],
        ),
    ],
)
def test_a_later_mention_that_adds_nothing_is_the_event_told_before(nlp, text, expected):
    assert merged(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # another place, missed as an argument but named in the sentence
            "Armed bandits raided the village of Koda on Monday. The bandits also attacked the village of Sabon Gari.",
            [
                ("attack", "raided", "Armed bandits", "Koda", "on Monday", 0),
                ("attack", "attacked", "The bandits", None, None, 1),
            ],
        ),
        (  # another day
            "Armed bandits raided the village of Koda on Monday. On Wednesday the bandits attacked again.",
            [
                ("attack", "raided", "Armed bandits", "Koda", "on Monday", 0),
                ("attack", "attacked", "the bandits", None, "On Wednesday", 1),
            ],
        ),
        (  # another doer
            "Armed bandits raided the village of Koda on Monday. Soldiers attacked with rifles and machetes.",
            [
                ("attack", "raided", "Armed bandits", "Koda", "on Monday", 0),
                ("attack", "attacked", "Soldiers", None, None, 1),
            ],
        ),
        (  # two attacks in one sentence
            "Rebel fighters attacked the army base and shelled the market.",
            [
                ("attack", "attacked", "Rebel fighters", None, None, 0),
                ("attack", "shelled", "Rebel fighters", None, None, 0),
            ],
        ),
        (  # told again only after more than two sentences
            "Armed bandits raided the village of Koda on Monday. Farmers fled. Schools closed. Shops stayed shut. "
            "The bandits attacked with rifles and machetes.",
            [
                ("attack", "raided", "Armed bandits", "Koda", "on Monday", 0),
                ("attack", "attacked", "The bandits", None, None, 4),
            ],
        ),
    ],
)
def test_a_later_mention_of_another_place_day_doer_or_sentence_stays_an_event(nlp, text, expected):
    assert merged(nlp, text) == expected


def test_a_planned_mention_does_not_retell_a_past_one(nlp):
    text = "Armed bandits raided the village of Koda on Monday. The bandits will attack with rifles and machetes."
    assert [r[:3] for r in merged(nlp, text)] == [
        ("attack", "raided", "Armed bandits"),
        ("attack", "attack", "The bandits"),
    ]


def test_resolve_corpus_keeps_the_first_telling_of_a_retold_event(nlp):
    text = (
        "Russian forces shelled the Kharkiv region overnight. Russia attacked with drones and missiles, officials said."
    )
    doc = nlp(text)
    article = {"article_id": "art1", "source_path": "a.txt", "status": "ok", "published_at": PUB, "text": text}
    events = list(extract_events(doc, "art1", PUB))
    done = resolve_corpus([article], list(extract_mentions(doc, "art1")), [], [], events)
    assert [(e["trigger"], e["actor"], e["location"], e["start_char"]) for e in done["events"]] == [
        ("shelled", "Russia", "Kharkiv", 8)
    ]
