"""Events read names as the mentions table labels them, and the parser's misreadings of subjects, appositions and
dates do not move a deed's doer or place: sentences in, event records out."""

from __future__ import annotations

import pytest

from newsfacts.transforms.entities import extract_mentions, settle_labels
from tests.eventrows import event_tuples


@pytest.mark.parametrize(
    "text, expected",
    [
        # a little-known town the small model calls an ORG is the place the mentions table says it is
        (
            "The rebels killed 14 civilians in Marek on Tuesday.",
            [("kill", "killed", "The rebels", None, "Marek", "on Tuesday", False)],
        ),
        # a known place the tagger read as an adjective is no nationality word
        (
            "Gunmen raided farms in the Beni region overnight.",
            [("attack", "raided", "Gunmen", None, "Beni", "overnight", False)],
        ),
    ],
)
def test_events_read_the_labels_mentions_settled_on(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


def test_settled_labels_are_the_mentions_labels(nlp):
    doc = nlp("The rebels killed 14 civilians in Marek on Tuesday.")
    settle_labels(doc)
    mentions = {m["text"]: m["label"] for m in extract_mentions(doc, "a")}
    assert mentions == {"Marek": "GPE"}
    assert [(e.text, e.label_) for e in doc.ents if e.text in mentions] == [("Marek", "GPE")]


def test_a_role_and_a_name_read_as_two_subjects_give_the_name(nlp):
    assert event_tuples(nlp, "Ruvia's navy chief Admiral Pavel Osinski arrived in Doha today.") == [
        ("visit", "arrived", "Pavel Osinski", None, "Doha", "today", False)
    ]


def test_a_date_read_as_a_name_after_in_is_no_place(nlp):
    assert event_tuples(nlp, "Fighting intensified around Moro town in mid-May.") == [
        ("attack", "Fighting", None, None, "Moro", "in mid-May", False)
    ]


def test_a_name_describing_what_a_pronoun_owns_is_not_the_pronoun(nlp):
    # "its Telegram channels": no later "it" stands for Telegram; no named doer is left, so no row
    text = "The rebels, who call themselves Daro, said on their Telegram channel that they had killed 21 soldiers."
    assert event_tuples(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause hung on the apposition's last noun tells of the name the apposition describes
        (
            "The army recaptured Goma, the capital of North Kivu province, which the rebels seized in January.",
            [
                ("seize", "recaptured", "The army", None, "Goma", None, False),
                ("seize", "seized", "the rebels", None, "Goma", "in January", False),
            ],
        ),
        # "the city" points back to the city, not to the province named after it
        (
            "Troops retook Kessa, the capital of Moro province, which the rebels seized in May. "
            "The president visited the city on Monday.",
            [
                ("seize", "retook", "Troops", None, "Kessa", None, False),
                ("visit", "visited", "The president", None, "Kessa", "on Monday", False),
            ],
        ),
        (
            "Rebels seized the town of Kessa in Moro province in May. The army retook the town on Monday.",
            [
                ("seize", "seized", "Rebels", None, "Kessa", "in May", False),
                ("seize", "retook", "The army", None, "Kessa", "on Monday", False),
            ],
        ),
    ],
)
def test_a_place_told_by_apposition_or_pointed_back_to_by_its_kind(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Daro Front claimed the attack, saying its fighters had stormed the base at Kessa.",
        "The Daro Front claimed responsibility for the attack, saying its fighters had stormed the base at Kessa.",
    ],
)
def test_a_claimed_deed_told_by_its_verb_is_one_event(nlp, text):
    assert event_tuples(nlp, text) == [("attack", "stormed", "Daro Front", None, "Kessa", None, False)]


def test_a_deed_begun_or_told_as_such_deeds_stays_apart(nlp):
    text = "Officials said the Daro Front had started the fighting by shelling homes in Kessa, killing five people."
    assert [r[:3] for r in event_tuples(nlp, text)] == [
        ("attack", "fighting", "Daro Front"),
        ("attack", "shelling", "Daro Front"),
    ]


def test_whose_things_were_struck_is_said_of_those_the_clause_is_about(nlp):
    text = "Aid has not reached villagers whose homes were torched by the militia, he said."
    assert event_tuples(nlp, text) == [("attack", "torched", "the militia", None, None, None, False)]


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Last week, junta jets bombed two villages in Kessa district.", "junta"),
        ("Regime troops shelled the market in Kessa on Monday.", "regime"),
        ("Government warplanes struck the market in Kessa on Monday.", "Government warplanes"),
        # a state named beside them is whose they are
        ("Russian jets bombed three villages in Kessa district.", "Russia"),
    ],
)
def test_forces_of_a_ruling_body_are_that_body(nlp, text, actor):
    assert [r[2] for r in event_tuples(nlp, text)] == [actor]


def test_a_ruling_body_word_in_a_name_owns_nothing(nlp):
    rows = event_tuples(nlp, "Chinese coast guard ships fired water cannon at Philippine government vessels.")
    assert [r[:4] for r in rows] == [("attack", "fired", "China", "Philippine")]


@pytest.mark.parametrize(
    "text",
    [
        # the dateline's credit is no one "their" stands for; two titled names the parser joined as one are a pair
        "ERBIL (Kurdistan24) – U.S. President Ana Ruiz and Russian President Tomas Kell concluded their summit in "
        "Lome on Friday.",
        "U.S. President Ana Ruiz and Russian President Tomas Kell concluded their summit in Lome on Friday.",
    ],
)
def test_a_pair_of_titled_names_hold_their_summit(nlp, text):
    assert event_tuples(nlp, text) == [("meet", "summit", "Tomas Kell", "Ana Ruiz", "Lome", "on Friday", False)]
