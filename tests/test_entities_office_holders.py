"""An office's state and its holder written one after the other ("President of Kazakhstan Aidar Nurlan",
"Prime Minister of India Narendra Modi"): the state is a place and the holder a person, for the mentions and for
every extractor that reads the Doc's entities (events)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.transforms.entities import extract_mentions
from newsfacts.transforms.events import extract_events


def _mentions(nlp, text):
    return [(m["text"], m["label"]) for m in extract_mentions(nlp(text), "a")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # read by the small model as one body
            "President of Kazakhstan Aidar Bek-Nurlan opened the forum.",
            [("Kazakhstan", "GPE"), ("Aidar Bek-Nurlan", "PERSON")],
        ),
        (  # the holder's name left out of every span
            "The talks were chaired by President of Mongolia Bat Erdene.",
            [("Mongolia", "GPE"), ("Bat Erdene", "PERSON")],
        ),
        (
            "Prime Minister of India Narendra Modi met President of Kenya William Ruto in New Delhi.",
            [
                ("India", "GPE"),
                ("Narendra Modi", "PERSON"),
                ("Kenya", "GPE"),
                ("William Ruto", "PERSON"),
                ("New Delhi", "GPE"),
            ],
        ),
    ],
)
def test_the_state_of_an_office_and_its_holder_are_apart(nlp, text, expected):
    assert _mentions(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an office with no holder named after it
        ("The President of Kenya said on Monday that talks would resume.", [("Kenya", "GPE")]),
        # office words after the state are no holder's name
        ("Minister of Chad Foreign Affairs Ali Oumar met the envoys.", [("Ali Oumar", "PERSON")]),
    ],
)
def test_office_words_are_no_holder(nlp, text, expected):
    assert _mentions(nlp, text) == expected


def test_the_holders_meet_as_people(nlp):
    text = "President of Kazakhstan Aidar Bek-Nurlan met President of Mongolia Bat Erdene in Astana."
    rows = list(extract_events(nlp(text), "a", dt.date(2025, 3, 12)))
    assert [(r["type"], r["actor"], r["counterpart"], r["location"]) for r in rows] == [
        ("meet", "Aidar Bek-Nurlan", "Bat Erdene", "Astana")
    ]


def _forced(nlp, text, ents):
    """A Doc whose entities are set as the small model may read them (word spans and labels)."""
    doc = nlp(text)
    spans, end = [], 0
    for words, label in ents:  # in text order, each after the one before
        start = text.index(words, end)
        end = start + len(words)
        spans.append(doc.char_span(start, end, label=label))
    doc.ents = spans
    return [(m["text"], m["label"]) for m in extract_mentions(doc, "a")]


def test_a_surname_read_as_a_body_after_a_full_name_read_as_one_is_the_person(nlp):
    # the full name, read as a body, is a person by its apposition to an office; the surname alone follows it
    text = 'The town\'s acting mayor, Oleksandr Veretko, spoke to reporters. "We are working," Veretko said.'
    got = _forced(nlp, text, [("Oleksandr Veretko", "ORG"), ("Veretko", "ORG")])
    assert got == [("Oleksandr Veretko", "PERSON"), ("Veretko", "PERSON")]


def test_a_place_an_office_title_and_a_name_read_as_one_body_are_the_place_and_the_person(nlp):
    text = "Odesa Oblast Governor Oleh Varkin said two people were hurt."
    got = _forced(nlp, text, [("Odesa Oblast Governor Oleh Varkin", "ORG")])
    assert got == [("Odesa Oblast", "GPE"), ("Oleh Varkin", "PERSON")]
