"""Events of real reports the rules typed wrong or missed: forces of nature that strike (no attack), arrests
(no abduction or seizure), the possessor of a release (who was freed, not who freed), pacts signed by two sides
(negotiate), releases from a state's jails (the state frees), deeds blamed on someone (the doer), passive deaths
after a deed of police or troops (their doing) and office holders told by their office (doers as written).
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
        # a force of nature strikes a place: a disaster, no attack
        ("A powerful earthquake that struck northern Peru late on Sunday killed 300 people.", []),
        ("Typhoon Selka struck Tavun Island on Wednesday.", []),
        ("A 5.9 quake struck central Chile late on Friday.", []),
        # ... while missiles that strike a place attack it
        (
            "Missiles struck the port of Kivalo on Monday.",
            [("attack", "struck", None, None, "Kivalo", "on Monday")],
        ),
    ],
)
def test_forces_of_nature_strike_no_one(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # police or state troops taking a person, or a wanted person taken: an arrest, no event
        ("Federal security forces on Thursday captured Ortega, a nephew of a jailed smuggler.", []),
        ("The suspect was named as Ivo Lind, who was captured after a long manhunt.", []),
        ("The president said no foreign agency had assisted in Ortega's capture.", []),
        # ... armed men taking people abduct them, and taking a town seizes it
        (
            "Militiamen captured three soldiers near the border.",
            [("abduct", "captured", "Militiamen", "soldiers", None, None)],
        ),
        (
            "Rebels captured the town of Kessa on Monday.",
            [("seize", "captured", "Rebels", None, "Kessa", "on Monday")],
        ),
    ],
)
def test_arrests_are_no_abduction_or_seizure(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the possessor of a release, with no "of", is who was freed: no doer named
        ("The rebels' top command had ordered the elder Ruiz's release.", []),
        ("After their release, the Red Crescent drove the captives to the border.", []),
        # a release from a state's jails is that state's
        (
            "The truce saw the release of 39 women and children from Egyptian prisons.",
            [("release", "release", "Egypt", None, None, None)],
        ),
        # ... and a doer named with "by" is the doer
        (
            "The deal led to the release of 40 detainees by the militia.",
            [("release", "release", "the militia", None, None, None)],
        ),
    ],
)
def test_who_frees_and_who_is_freed(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two sides sign a deal: the deal put forward and concluded (propose; every blind annotator of audit 21
        # typed a signing so), done by the first with the second
        (
            "Kenya and Ethiopia on Tuesday signed a defence pact in Mombasa.",
            [("propose", "signed", "Kenya", "Ethiopia", "Mombasa", "on Tuesday")],
        ),
        (
            "The government and the rebels on Friday signed a framework accord in Nairobi, mediators said.",
            [("propose", "signed", "The government", "the rebels", "Nairobi", "on Friday")],
        ),
        # a law or a contract signed, a pact in a side's background, a refusal: no negotiation told
        ("The minister signed the budget bill on Monday.", []),
        ("He signed a contract with Chelsea.", []),
        ("The militia, which signed a truce with the state back in 2011, broke apart in March.", []),
        ("Kenya refused to sign the accord.", []),
    ],
)
def test_pacts_signed_by_two_sides(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom a deed is blamed on or attributed to did it
        (
            "The country recorded 40 murders on Sunday. The killings were blamed on gangs.",
            [("kill", "killings", "gangs", None, None, None)],
        ),
        (
            "The bombing, which was attributed to the Tarsa Front, killed nine people.",
            [("attack", "bombing", "Tarsa Front", None, None, None)],
        ),
        # ... but one side blaming a death on another is its accusation, no event told
        ("The opposition leader blamed the activist's death on President Ivan Rusk.", []),
        # passive deaths right after what police or troops did were their doing
        (
            "Four protesters were killed on Saturday after police fired tear gas and live rounds.",
            [("kill", "killed", "police", "protesters", None, "on Saturday")],
        ),
        (
            "Five people were killed when soldiers moved into the square on Monday.",
            [("kill", "killed", "soldiers", None, None, "on Monday")],
        ),
        # ... not after an accident, and an attack of theirs takes the deaths as its toll
        (
            "Three people were killed in Tarso on Monday after the bus overturned.",
            [("kill", "killed", None, None, "Tarso", "on Monday")],
        ),
        (
            "Six people were killed on Monday after troops opened fire on the crowd.",
            [("attack", "opened", "troops", "the crowd", None, "on Monday")],
        ),
    ],
)
def test_doers_of_deaths_told_apart(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one office holder told by the office visits or meets as written
        (
            "The mayor and the police chief visited the site of the blast.",
            [("visit", "visited", "The mayor", None, None, None)],
        ),
        (
            "The governor toured the flooded district on Monday.",
            [("visit", "toured", "The governor", None, None, "on Monday")],
        ),
        # ... not officials in the plural, nor a visit only said to come
        ("Officials visited the site on Monday.", []),
        ("The mayor said he would visit the camp.", []),
    ],
)
def test_office_holders_as_doers(nlp, text, expected):
    assert events(nlp, text) == expected


def test_people_decapitated_were_killed(nlp):
    # audit 54b: "decapitated" is a killing as "beheaded" is
    text = "Gunmen decapitated six farmers in two villages of Kessa district on Sunday night, police said."
    assert [r[:3] for r in events(nlp, text)] == [("kill", "decapitated", "Gunmen")]


def test_criminals_who_kill_are_the_doers_as_written(nlp):
    # audit 54b: not the police who reported it
    text = "Officers said on Monday that unknown criminals had decapitated seven villagers overnight."
    assert [r[:3] for r in events(nlp, text)] == [("kill", "decapitated", "unknown criminals")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarrel of people who speak for their side is no fight (audit 53c)
        ("The two ministers clashed over the budget on Monday.", []),
        ("Clashes between President Ana Ruiz and Premier Ola Berg over trade overshadowed the talks.", []),
        # armed sides still clash
        ("Soldiers clashed with rebels near Tomba on Monday.", [("attack", "clashed", "Soldiers")]),
        ("Three insurgents died during a clash with troops outside Tomba.", [("attack", "clash", "troops")]),
    ],
)
def test_a_clash_of_speakers_is_no_fight(nlp, text, expected):
    assert [r[:3] for r in events(nlp, text) if r[0] == "attack"] == expected
