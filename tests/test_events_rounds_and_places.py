"""Audits of real reports (session 36): rounds of talks held between the sides the context gives, an event noun
retold only to say where and when it happened, a claim of responsibility by nobody, and places told in a part
of a place, a "when" or "where" clause, an attack's aim, a clause about what an attack hit or about the side
fought. Each sentence is our own, of the shape the reports used."""

from __future__ import annotations

import pytest

from tests.eventrows import event_tuples


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            # the sides are the two parties the sentence's subject joins
            "The government of Velia and the Tarsa rebels welcomed progress on Friday, as a third round of peace "
            "talks ended in Kessa.",
            [("negotiate", "talks", "Velia", "Tarsa", "Kessa", None, False)],
        ),
        (
            # a round told later is held between the sides of the talks told before, at its own place and day
            "Velia and the Tarsa rebels began peace talks in Kessa on Monday. The next round of talks is due to "
            "take place in Lome. The first round of talks, held in Orvo on 3 May, ended without a deal.",
            [
                ("negotiate", "talks", "Velia", "Tarsa", "Kessa", "on Monday", False),
                ("negotiate", "talks", "Velia", "Tarsa", "Lome", None, True),
                ("negotiate", "talks", "Velia", "Tarsa", "Orvo", "on 3 May", False),
            ],
        ),
    ],
)
def test_a_round_of_talks_is_held_between_the_sides_the_context_gives(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


def test_a_round_of_talks_that_names_its_own_side_takes_no_sides_from_before(nlp):
    text = "Velia and the Tarsa rebels began peace talks in Kessa on Monday. A round of talks with the Orvo militia failed."
    assert [r[2:4] for r in event_tuples(nlp, text)] == [("Velia", "Tarsa")]


def test_a_clash_retold_to_say_where_and_between_whom_is_the_clash_told_before(nlp):
    text = (
        "Three troops and five insurgents died in a clash near the border in Pakistan, the army said. The clash "
        "took place between security forces and insurgents in the Kelmar district, an official said."
    )
    assert event_tuples(nlp, text) == [("attack", "clash", "security forces", "insurgents", "Kelmar", None, False)]


def test_an_attack_retold_with_a_place_in_its_country_is_the_attack_told_before(nlp):
    text = (
        "Gunmen killed 12 people in an attack on a hamlet in central Mali. The latest attack took place late on "
        "Thursday in a hamlet of the Mopti region, the mayor said."
    )
    assert event_tuples(nlp, text) == [("attack", "attack", "Gunmen", None, "Mopti", "late on Thursday", False)]


def test_an_attack_said_to_take_place_in_another_known_town_stays_its_own(nlp):
    text = "Gunmen attacked a bus in Kabul on Monday. The attack took place in Herat province, police said."
    assert [r[1] for r in event_tuples(nlp, text)] == ["attacked", "attack"]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Gunmen raided a checkpoint in Arish on Monday. No armed group has yet claimed responsibility for the raid.",
            [("attack", "raided", "Gunmen", None, "Arish", "on Monday", False)],
        ),
        (
            "No one claimed responsibility for the bombing in Kabul.",
            [("attack", "bombing", None, None, "Kabul", None, False)],
        ),
    ],
)
def test_a_claim_of_responsibility_by_nobody_names_no_doer(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Air force jets continued to bomb rebel positions in the western parts of Kadugli.",
            ("attack", "bomb", "Air force jets", "rebel", "Kadugli", None, False),
        ),
        (
            "Troops shelled villages on the northern fringes of Kadugli on Monday.",
            ("attack", "shelled", "Troops", None, "Kadugli", "on Monday", False),
        ),
        (
            "Fighting is spreading in Paletwa and Matupi townships, where the rebels have been attacking two army "
            "battalions.",
            ("attack", "attacking", "the rebels", "two army battalions", "Paletwa", None, False),
        ),
        (
            "The incident happened in Nahrin district shortly before midnight when gunmen attacked a police post.",
            ("attack", "attacked", "gunmen", "police", "Nahrin", None, False),
        ),
        (
            "The militia launched an offensive to capture Kadugli last week.",
            ("attack", "offensive", "The militia", None, "Kadugli", None, False),
        ),
        (
            "At least nine villagers were killed in two air strikes that hit a funeral in Kordofan on Sunday.",
            ("attack", "strikes", None, None, "Kordofan", "on Sunday", False),
        ),
        (
            "Some 15 rebels clashed late Sunday with troops of the 4th Brigade, who were on patrol in Talakag, a "
            "spokesman said.",
            ("attack", "clashed", "rebels", "4th Brigade", "Talakag", "late Sunday", False),
        ),
    ],
)
def test_where_an_event_was_told_beyond_its_own_place_phrase(nlp, text, expected):
    assert event_tuples(nlp, text)[-1] == expected


def test_what_an_assault_was_aimed_at_seizing_is_no_seizure(nlp):
    text = "Troops carried out an assault aimed at capturing Rilo."
    assert event_tuples(nlp, text) == [("attack", "assault", "Troops", None, "Rilo", None, False)]


def test_a_burning_by_the_attacks_own_doer_is_part_of_that_attack(nlp):
    text = (
        "The Red Hand attacked a village in Velmora province on Monday. The attack happened in Kessaro. "
        "The whole village was burned by Red Hand gunmen."
    )
    assert event_tuples(nlp, text) == [("attack", "attacked", "Red Hand", None, "Kessaro", "on Monday", False)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Ali, a resident who witnessed the bombing in Kessaro, said seven people died.",
            [("attack", "bombing", None, None, "Kessaro", None, False)],
        ),
        (
            "The Orvo Front claimed responsibility for kidnapping two engineers near Tamra.",
            [("abduct", "kidnapping", "Orvo Front", "engineers", "Tamra", None, False)],
        ),
    ],
)
def test_who_witnessed_a_deed_did_not_do_it_and_who_claimed_it_did(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Tarsa Front has been battling the army since April.",
            [("attack", "battling", "Tarsa Front", "the army", None, None, False)],
        ),
        ("Doctors fought to save the wounded.", []),
        ("Rescue crews battled to reach the site.", []),
        ("Rebels fought to take the town.", [("attack", "fought", "Rebels", None, None, None, False)]),
    ],
)
def test_battling_a_side_is_an_attack_and_striving_to_do_something_is_not(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Fighting between the army and the rebels broke out in Kessa on Monday.",
            [("attack", "Fighting", "the army", "the rebels", "Kessa", "on Monday", False)],
        ),
        (
            "Fighting broke out in Kessa on Monday.",
            [("attack", "Fighting", None, None, "Kessa", "on Monday", False)],
        ),
    ],
)
def test_fighting_as_a_gerund_subject_is_told_as_the_noun(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


# --- after the audits of 45 and 46 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        # people harmed who are no party are no counterpart (GUIDELINE: the other party); soldiers are one
        (
            "Gunmen killed 17 villagers in Kessaro on Monday.",
            [("kill", "killed", "Gunmen", None, "Kessaro", "on Monday", False)],
        ),
        (
            "A roadside bomb killed four people in Kessaro.",
            [("attack", "killed", None, None, "Kessaro", None, False)],
        ),
        (
            "Gunmen killed four soldiers in Kessaro.",
            [("kill", "killed", "Gunmen", "soldiers", "Kessaro", None, False)],
        ),
        # whose positions were struck, and the other side of a swap
        (
            "Loyalist troops bombarded positions held by the Freedom Front.",
            [("attack", "bombarded", "Loyalist troops", "Freedom Front", None, None, False)],
        ),
        (
            "Varnia freed two sailors in an exchange with Ostland.",
            [("release", "freed", "Varnia", "Ostland", None, None, False)],
        ),
    ],
)
def test_the_other_party_is_a_party(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "A drone struck a depot in Halmor; the Coastal Front later took responsibility.",
            [("attack", "struck", "Coastal Front", None, "Halmor", None, False)],
        ),
        (
            "Gunmen attacked a bus in Kessaro. The Tarsa Front claimed responsibility.",
            [("attack", "attacked", "Tarsa Front", None, "Kessaro", None, False)],
        ),
        (
            "The Red Hand attacked a bus in Kessaro. The Tarsa Front claimed responsibility.",
            [("attack", "attacked", "Red Hand", None, "Kessaro", None, False)],
        ),
    ],
)
def test_who_claims_responsibility_after_a_deed_with_no_named_doer_did_it(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "German Chancellor Olaf Scholz received a delegation from Kenya in Berlin on Monday.",
            [("meet", "received", "Olaf Scholz", "a delegation", "Berlin", "on Monday", False)],
        ),
        # a trip in the simple present with its day is ahead; in the past it happened
        (
            "The minister flies to Lima on Thursday.",
            [("visit", "flies", "The minister", None, "Lima", "on Thursday", True)],
        ),
        (
            "The minister flew to Lima on Thursday.",
            [("visit", "flew", "The minister", None, "Lima", "on Thursday", False)],
        ),
        # a weapon's fall that took lives is an attack; a rocket in a field is none
        (
            "Eleven traders lost their lives when shells fell on a market in Kessaro on Sunday.",
            [("attack", "fell", None, None, "Kessaro", "on Sunday", False)],
        ),
        ("A rocket fell in a field near Kessaro.", []),
    ],
)
def test_hosts_schedules_and_falling_shells(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


def test_a_meeting_ahead_is_held_where_the_trip_ahead_goes(nlp):
    text = "The minister travels to Lima on Wednesday. She will meet President Ana Ruiz on Thursday."
    assert event_tuples(nlp, text) == [
        ("visit", "travels", "The minister", None, "Lima", "on Wednesday", True),
        ("meet", "meet", "The minister", "President Ana Ruiz", "Lima", "on Thursday", True),
    ]
