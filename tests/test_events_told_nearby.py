"""Events whose doer, place or day the words around them give: a descriptor of the doers of the deed told just
before, a clause of what set off the deaths its main clause tells, a sentence that tells more of a dated deed."""

from __future__ import annotations

import datetime as dt

from newsfacts.transforms.events import extract_events
from tests.eventrows import PUB, event_tuples


def test_bare_gunmen_right_after_a_named_groups_raid_are_that_group_there_that_day(nlp):
    text = "Tarsa Front fighters stormed a hotel in Kismayo on Friday. Gunmen then opened fire on the guests."
    rows = event_tuples(nlp, text)
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [
        ("attack", "Tarsa Front", "Kismayo", "on Friday"),
        ("attack", "Tarsa Front", "Kismayo", "on Friday"),
    ]


def test_a_suicide_bomber_right_after_a_named_groups_raid_is_that_group(nlp):
    text = "Tarsa Front fighters stormed a hotel in Kismayo on Friday. A suicide bomber then blew up a car at its gate."
    rows = event_tuples(nlp, text)
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [
        ("attack", "Tarsa Front", "Kismayo", "on Friday"),
        ("attack", "Tarsa Front", "Kismayo", "on Friday"),
    ]


def test_the_gunmen_of_unnamed_raiders_stay_as_written_but_take_place_and_day(nlp):
    rows = event_tuples(nlp, "Raiders stormed the village of Marbel on Friday. The gunmen killed nine farmers.")
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [
        ("attack", "Raiders", "Marbel", "on Friday"),
        ("kill", "The gunmen", "Marbel", "on Friday"),
    ]


def test_gunmen_counted_are_other_doers_with_no_place_or_day_taken(nlp):
    # guard: "two gunmen" are words of their own
    rows = event_tuples(nlp, "Tarsa Front fighters raided the town of Gashua on Monday. Two gunmen killed a guard.")
    assert [(r[0], r[2], r[4], r[5]) for r in rows][-1] == ("kill", "gunmen", None, None)


def test_attack_that_set_off_deaths_told_with_their_place_happened_there(nlp):
    text = (
        "Four police officers were killed in fighting in eastern Kessa after rebels attacked a police post on Sunday."
    )
    rows = event_tuples(nlp, text)
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [("attack", "rebels", "Kessa", "on Sunday")]


def test_attack_a_week_before_deaths_takes_no_place_of_them(nlp):
    # guard: a time between them, and maybe a place
    rows = event_tuples(nlp, "Two soldiers were killed in Kessa on Monday, a week after rebels shelled a base.")
    assert [(r[0], r[4]) for r in rows] == [("attack", None)]


def test_strike_told_after_the_dated_toll_of_strikes_there_takes_its_day(nlp):
    text = (
        "Nine villagers died on Sunday in two air raids on Kale Township. "
        "Rebels fired rockets at houses in Sin Taw village, killing seven farmers."
    )
    rows = event_tuples(nlp, text)
    assert [(r[0], r[5]) for r in rows] == [("attack", "on Sunday"), ("attack", "on Sunday")]


def test_attack_by_other_doers_after_a_dated_attack_takes_no_day(nlp):
    # guard: other doers, another deed
    rows = event_tuples(nlp, "Troops shelled Tarso on Monday. Rebels attacked a base in Kessa.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("attack", "Troops", "on Monday"), ("attack", "Rebels", None)]


def test_attack_in_another_known_city_after_a_dated_attack_takes_no_day(nlp):
    # guard: the same doers somewhere else the gazetteer tells apart
    rows = event_tuples(nlp, "Troops shelled Kharkiv on Monday. Troops attacked a base in Odesa.")
    assert [(r[0], r[4], r[5]) for r in rows] == [("attack", "Kharkiv", "on Monday"), ("attack", "Odesa", None)]


def test_attack_told_as_another_after_a_dated_toll_takes_no_day(nlp):
    # guard: "separately" tells another deed
    text = "Nine villagers died on Sunday in air raids on Kale. Separately, rebels attacked a base in Sin Taw."
    rows = event_tuples(nlp, text)
    assert [(r[0], r[5]) for r in rows] == [("attack", "on Sunday"), ("attack", None)]


def test_the_same_day_is_the_day_of_the_event_told_before(nlp):
    rows = extract_events(
        nlp("Troops shelled Kora on Monday. On the same day, rebels attacked a base in Tarso."), "a", PUB
    )
    assert [(r["date_text"], r["date"]) for r in rows] == [
        ("on Monday", dt.date(2025, 3, 10)),
        ("On the same day", dt.date(2025, 3, 10)),
    ]


def test_a_deed_owned_by_a_day_in_the_next_sentence_dates_the_deed_before(nlp):
    text = "Kessan and Valdan troops clashed along the border near Tarso. Tuesday's clashes were the worst in a year."
    rows = extract_events(nlp(text), "a", PUB)
    assert [(r["type"], r["date_text"], r["date"]) for r in rows] == [("attack", "Tuesday", dt.date(2025, 3, 11))]


def test_the_holder_of_the_town_is_not_the_bomber(nlp):
    text = "On Saturday, a truck bombing in the town of Kora, held by rebels, claimed eight lives, the monitor said."
    rows = event_tuples(nlp, text)
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [("attack", None, "Kora", "On Saturday")]


def test_lives_claimed_on_a_day_date_the_bombing(nlp):
    rows = event_tuples(nlp, "A car bombing in the town of Kora claimed eight lives on Saturday.")
    assert [(r[0], r[5]) for r in rows] == [("attack", "on Saturday")]


def test_a_deed_owned_by_a_day_told_before_with_that_day_dates_no_other(nlp):
    # guard: "Thursday's attack" is the raid told on Thursday, not the offensives in the sentence before it
    text = (
        "About 200 militants raided a village in Kessa on Thursday, officials said. "
        "Fighters who fled army offensives have regrouped across the border. Thursday's attack was in the north."
    )
    rows = extract_events(nlp(text), "a", PUB)
    assert [(r["trigger"], r["date_text"]) for r in rows] == [("raided", "on Thursday"), ("offensives", None)]


def test_the_capital_named_by_its_people_is_that_city(nlp):
    rows = event_tuples(nlp, "Militants attacked a checkpoint in the Afghan capital on Friday.")
    assert [(r[0], r[4]) for r in rows] == [("attack", "Kabul")]


def test_the_capital_named_by_its_country_is_that_city(nlp):
    rows = event_tuples(nlp, "Militants attacked a checkpoint in Yemen's capital on Friday.")
    assert [(r[0], r[4]) for r in rows] == [("attack", "Sanaa")]


def test_a_regional_capital_names_no_city(nlp):
    # guard: no country to take the capital of
    rows = event_tuples(nlp, "Rebels seized the regional capital on Friday.")
    assert [(r[0], r[4]) for r in rows] == [("seize", None)]


def test_a_truce_brokered_somewhere_is_placed_by_its_noun(nlp):
    rows = event_tuples(nlp, "The U.N.-brokered truce in Yemen has largely held since April.")
    assert [(r[0], r[2], r[4]) for r in rows] == [("negotiate", "U.N.", "Yemen")]


def test_captives_freed_are_freed_where_they_were_held(nlp):
    rows = event_tuples(nlp, "Rebels freed 20 soldiers who had been held in a camp near Goma.")
    assert [(r[0], r[4]) for r in rows] == [("release", "Goma")]
