"""merge_retold_events: an article's text in, its events rows out, one row per happening (GUIDELINE: one
happening, one event). A mention that retells an event told just before, or one anchored to it (the same doer
at the same place, the same named victim, the lead telling it twice), is that event; a mention naming another
place, day or doer, told in the same sentence, or told apart ("again", "another", "separate"), stays an event."""

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
        (  # another place
            "Armed bandits raided the village of Koda on Monday. The bandits also attacked the village of Sabon Gari.",
            [
                ("attack", "raided", "Armed bandits", "Koda", "on Monday", 0),
                ("attack", "attacked", "The bandits", "Sabon Gari", None, 1),
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
        (  # told again only after more than a paragraph (RETOLD_EVENT_SENTENCES)
            "Armed bandits raided the village of Koda on Monday. Farmers fled. Schools closed. Shops stayed shut. "
            "Traders left. Roads emptied. Prices rose. The bandits attacked with rifles and machetes.",
            [
                ("attack", "raided", "Armed bandits", "Koda", "on Monday", 0),
                ("attack", "attacked", "The bandits", None, None, 7),
            ],
        ),
    ],
)
def test_a_later_mention_of_another_place_day_doer_or_sentence_stays_an_event(nlp, text, expected):
    assert merged(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Armed bandits raided the village of Koda on Monday. Farmers fled. Schools closed. Shops stayed shut. "
            "The bandits attacked with rifles and machetes.",
            [("attack", "raided", "Armed bandits", "Koda", "on Monday", 0)],
        ),
        (
            "Rebel fighters shelled the port of Varsa overnight. Two ferries sank. Dock workers ran for cover. "
            "A harbour official described the damage. The rebel fighters shelled with heavy mortars, he said.",
            [("attack", "shelled", "Rebel fighters", "Varsa", "overnight", 0)],
        ),
        (
            "Militiamen kidnapped four nurses in Orvo on Thursday. Their families appealed for calm. The clinic shut. "
            "A nurses' union protested. The militiamen kidnapped them at gunpoint, a witness said.",
            [("abduct", "kidnapped", "Militiamen", "Orvo", "on Thursday", 0)],
        ),
    ],
)
def test_a_mention_that_adds_nothing_a_few_sentences_on_is_the_event_told_before(nlp, text, expected):
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


def resolved(nlp, text):
    """The events rows of one article after the resolve stage (names resolved, retellings merged): type,
    trigger, actor, location, date words, sentence."""
    doc = nlp(text)
    article = {"article_id": "art1", "source_path": "a.txt", "status": "ok", "published_at": PUB, "text": text}
    done = resolve_corpus(
        [article], list(extract_mentions(doc, "art1")), [], [], list(extract_events(doc, "art1", PUB))
    )
    return [
        tuple(e[k] for k in ("type", "trigger", "actor", "location", "date_text", "sentence_index"))
        for e in done["events"]
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # the same doer at the same place, told again later with its own details
            "Azmeri troops shelled the city of Tavora on Sunday, officials said. Dozens of homes were damaged. "
            "Azmeri troops struck Tavora with heavy artillery, the mayor said.",
            [("attack", "shelled", "Azmeri", "on Sunday", 0)],
        ),
        (  # the first telling takes the day only the retelling gives
            "Azmeri troops shelled the city of Tavora, officials said. Dozens of homes were damaged. "
            "Azmeri troops struck Tavora on Sunday with heavy artillery, the mayor said.",
            [("attack", "shelled", "Azmeri", "on Sunday", 0)],
        ),
        (  # one named victim, her attacker told by several descriptions
            "Opposition leader Marta Kovacs was stabbed in the shoulder by an unknown assailant in Drenovo on "
            "Friday, police said. Kovacs was taken to hospital. The assailant stabbed Kovacs twice, witnesses said. "
            "A man attacked Kovacs from behind as she greeted supporters.",
            [("attack", "stabbed", "unknown assailant", "on Friday", 0)],
        ),
        (  # the lead tells the attack by its place, the next sentence by its doer
            "At least nine people died in an attack on a market in Tavora on Sunday. Kelvani rebels attacked the "
            "market with rifles and grenades, witnesses said.",
            [("attack", "attack", "Kelvani rebels", "on Sunday", 0)],
        ),
    ],
)
def test_a_later_mention_anchored_to_an_event_told_before_is_that_event(nlp, text, expected):
    assert [r[:3] + r[4:] for r in resolved(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # told as happening again
            "Azmeri troops shelled the city of Tavora on Sunday. Azmeri troops struck Tavora again, the mayor said.",
            [("attack", "shelled", "Azmeri", "on Sunday", 0), ("attack", "struck", "Azmeri", None, 1)],
        ),
        (  # another day
            "Azmeri troops shelled the city of Tavora on Sunday. Schools were closed. "
            "Azmeri troops shelled Tavora on Wednesday, the mayor said.",
            [("attack", "shelled", "Azmeri", "on Sunday", 0), ("attack", "shelled", "Azmeri", "on Wednesday", 2)],
        ),
        (  # another doer at the same place
            "Azmeri troops shelled the city of Tavora on Sunday. Dozens of homes were damaged. "
            "Kelvani rebels struck Tavora with rockets, the mayor said.",
            [("attack", "shelled", "Azmeri", "on Sunday", 0), ("attack", "struck", "Kelvani", None, 2)],
        ),
        (  # told as a separate attack
            "Azmeri troops shelled the city of Tavora on Sunday. Dozens of homes were damaged. "
            "In a separate attack, Azmeri troops struck Tavora with rockets.",
            [("attack", "shelled", "Azmeri", "on Sunday", 0), ("attack", "struck", "Azmeri", None, 2)],
        ),
        (  # the same victim, a second assailant on another day
            "Opposition leader Marta Kovacs was stabbed in the shoulder by an unknown assailant in Drenovo on "
            "Friday. A second assailant stabbed Kovacs in March.",
            [
                ("attack", "stabbed", "unknown assailant", "on Friday", 0),
                ("attack", "stabbed", "second assailant", "in March", 1),
            ],
        ),
        (  # the lead's second attack, told as another one
            "Nine civilians were killed in a raid on the town of Tavora on Sunday, residents said. Separately, "
            "Kelvani rebels attacked an army post, the army said.",
            [("attack", "raid", None, "on Sunday", 0), ("attack", "attacked", "Kelvani", None, 1)],
        ),
        (  # the same doer at the same place, but in a month long before: an earlier taking
            "Kelvani rebels seized the town of Tavora, officials said. Residents fled. "
            "The Kelvani rebels occupied Tavora in March 2021.",
            [("seize", "seized", "Kelvani", None, 0), ("seize", "occupied", "Kelvani", "in March 2021", 2)],
        ),
    ],
)
def test_a_later_mention_of_another_day_doer_or_told_apart_stays_an_event(nlp, text, expected):
    assert [r[:3] + r[4:] for r in resolved(nlp, text)] == expected


def test_a_location_that_names_a_person_is_no_place(nlp):
    rows = resolved(nlp, "Mayor Ilona Varga spoke in Drenovo on Friday. A man attacked Varga from behind as she left.")
    assert [(r[0], r[2], r[3]) for r in rows] == [("attack", "man", None)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Militants stormed a hotel in Galkayo on Friday. Troops ended the siege on Saturday.",
            [("attack", "stormed", "Militants", "Galkayo", "on Friday", 0)],
        ),
        (
            "Jihadists besieged the town of Dalo on Monday. The army lifted the siege on Thursday.",
            [("attack", "besieged", "Jihadists", "Dalo", "on Monday", 0)],
        ),
        (
            "Rebels besieged an army camp in Ruvo on Sunday. Villagers fled. Commandos broke the siege on Tuesday.",
            [("attack", "besieged", "Rebels", "Ruvo", "on Sunday", 0)],
        ),
    ],
)
def test_the_day_a_retold_event_was_ended_is_not_its_own_day(nlp, text, expected):
    """ "Troops ended the siege on Saturday": the day of the ending, said of the clause, sets no other siege apart."""
    assert merged(nlp, text) == expected


def test_a_fighting_told_breaking_out_on_another_day_stays_apart(nlp):
    text = "Tarsan troops traded fire with Kessian guards on Thursday. The fighting broke out on Tuesday near Velka."
    assert [r[:2] for r in merged(nlp, text)] == [("attack", "traded"), ("attack", "fighting")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # the same thing struck, told again by a shorter description, once without its doer
            "Rebels attacked a passenger ferry on Lake Tana on Monday, killing 20 people, officials said. "
            "The ferry had left the port of Kamba at dawn. Police said the ferry was attacked by gunmen on "
            "speedboats. Witnesses said rebels attacked the ferry with rockets.",
            [("attack", "attacked", "Rebels", "on Monday", 0)],
        ),
        (  # a named site, then the gunmen who attacked it
            "Gunmen stormed the Al-Noor Mosque in Tarno on Sunday, police said. Worshippers fled. "
            "The gunmen, who stormed the mosque during prayers, escaped on motorbikes.",
            [("attack", "stormed", "Gunmen", "on Sunday", 0)],
        ),
    ],
)
def test_a_later_mention_of_the_same_thing_struck_is_that_event(nlp, text, expected):
    assert [r[:3] + r[4:] for r in resolved(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # a state struck twice is two strikes unless told as one
            "Kelvan attacked Azmeria on Monday, officials said. Talks stalled. Kelvan attacked Azmeria with "
            "drones on Friday.",
            [("attack", "attacked", "Kelvan", "on Monday", 0), ("attack", "attacked", "Kelvan", "on Friday", 2)],
        ),
        (  # another thing struck
            "Rebels attacked a passenger ferry on Lake Tana on Monday. Rebels attacked a fuel depot in Kamba.",
            [("attack", "attacked", "Rebels", "on Monday", 0), ("attack", "attacked", "Rebels", None, 1)],
        ),
    ],
)
def test_a_later_mention_of_a_side_or_another_thing_struck_stays_an_event(nlp, text, expected):
    assert [r[:3] + r[4:] for r in resolved(nlp, text)] == expected


def test_an_event_that_names_no_doer_party_or_place_is_left_out(nlp):
    doc = nlp("Rebels seized the two nurses in Kessa. Both were freed on Friday after talks.")
    told = list(extract_events(doc, "art1", PUB))
    assert [(r["type"], r["actor"], r["counterpart"], r["location"]) for r in told] == [
        ("abduct", "Rebels", "nurses", "Kessa"),
        ("release", None, None, None),
    ]
    kept = merge_retold_events(told, extract_mentions(doc, "art1"))
    assert [(r["type"], r["actor"]) for r in kept] == [("abduct", "Rebels")]


def test_a_taking_told_by_its_month_then_by_its_day_is_one_event_on_that_day(nlp):
    text = (
        "Ten Kessan sailors kidnapped by Abu Sayyaf militants in March have been freed. The sailors were "
        "abducted at sea by Abu Sayyaf on March 26."
    )
    rows = [r for r in resolved(nlp, text) if r[0] == "abduct"]
    assert [(r[2], r[4]) for r in rows] == [("Abu Sayyaf", "on March 26")]


def test_takings_on_days_that_differ_stay_two_events(nlp):
    # guard: another day is another taking
    text = (
        "Abu Sayyaf militants kidnapped ten sailors on March 2. Abu Sayyaf militants kidnapped four fishermen "
        "on March 26."
    )
    rows = [r for r in resolved(nlp, text) if r[0] == "abduct"]
    assert len(rows) == 2
