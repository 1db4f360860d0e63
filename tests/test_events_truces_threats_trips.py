"""Truces agreed as the close of talks, menaces of harm to come with no particular deed told, and talks a trip
is made for, ahead of the arrival."""

from __future__ import annotations

import datetime as dt

from tests.eventrows import PUB, event_rows, event_tuples

DATED = ("type", "actor", "counterpart", "date", "planned")


def test_two_states_agreeing_to_a_truce_negotiated_it(nlp):
    rows = event_tuples(nlp, "Norland and Velia agreed to a truce in Tarsk on Sunday.")
    assert rows == [("negotiate", "agreed", "Norland", "Velia", "Tarsk", "on Sunday", False)]


def test_a_ceasefire_agreed_with_a_state_names_it_the_other_side(nlp):
    rows = event_tuples(nlp, "Norland told reporters that it had agreed a truce with Velia.")
    assert [r[:4] for r in rows] == [("negotiate", "agreed", "Norland", "Velia")]


def test_a_cessation_of_hostilities_agreed_is_a_truce(nlp):
    rows = event_tuples(nlp, "Norland and Velia agreed on a cessation of hostilities on Monday.")
    assert [r[:4] for r in rows] == [("negotiate", "agreed", "Norland", "Velia")]


def test_a_ceasefire_agreement_reached_is_a_truce(nlp):
    rows = event_tuples(nlp, "The army and the rebels reached a ceasefire agreement on Monday.")
    assert [r[:4] for r in rows] == [("negotiate", "reached", "The army", "the rebels")]


def test_a_peace_agreement_signed_with_rebels_names_them_the_other_side(nlp):
    rows = event_tuples(nlp, "The government signed a peace agreement with the rebels in Jonglei state.")
    assert [r[:5] for r in rows] == [("negotiate", "signed", "The government", "the rebels", "Jonglei")]


def test_ties_agreed_are_a_deal_put_forward(nlp):
    # guard: no truce, no talks closed
    rows = event_tuples(nlp, "Velo and Dorra agreed to restore diplomatic ties on Monday.")
    assert [r[:4] for r in rows] == [("propose", "agreed", "Velo", "Dorra")]


def test_a_trade_pact_signed_is_a_deal_put_forward(nlp):
    # guard: a pact that ends no fighting
    rows = event_tuples(nlp, "Norland and Velia signed a trade pact in Tarsk on Monday.")
    assert [r[:3] for r in rows] == [("propose", "signed", "Norland")]


def test_no_attack_warned_to_go_unanswered_is_a_menace_and_no_attack(nlp):
    rows = event_tuples(nlp, "The Guards warned that no attack on Velia will remain unanswered.")
    assert [r[:3] for r in rows] == [("threaten", "warned", "Guards")]


def test_any_aggression_warned_to_go_unpunished_is_a_menace(nlp):
    rows = event_tuples(nlp, "The army warned that any aggression will not go unpunished.")
    assert [r[:3] for r in rows] == [("threaten", "warned", "The army")]


def test_any_attack_is_none_in_particular(nlp):
    # guard: a deed spoken of as a whole
    assert event_tuples(nlp, "Norland said any attack on its ships would be a grave mistake.") == []


def test_the_attack_reported_is_one(nlp):
    # guard: a deed with its article is told
    rows = event_tuples(nlp, "Rebels attacked a convoy near Tarsk on Monday.")
    assert [r[:3] for r in rows] == [("attack", "attacked", "Rebels")]


def test_talks_an_arrival_was_for_are_ahead_of_it_on_its_day(nlp):
    text = "Minister Ola Brand arrived in Tarsk on Monday for talks with President Ema Dorn."
    rows = event_rows(nlp, text, fields=DATED, published_at=PUB, as_tuples=True)
    assert rows == [
        ("visit", "Ola Brand", None, dt.date(2025, 3, 10), False),
        ("meet", "Ola Brand", "Ema Dorn", dt.date(2025, 3, 10), True),
    ]


def test_a_meeting_a_flight_was_for_is_ahead_of_it_on_its_day(nlp):
    text = "Minister Ola Brand flew to Tarsk on Monday to meet President Ema Dorn."
    rows = event_rows(nlp, text, fields=DATED, published_at=PUB, as_tuples=True)
    assert rows[-1] == ("meet", "Ola Brand", "Ema Dorn", dt.date(2025, 3, 10), True)


def test_a_meeting_told_done_is_not_ahead(nlp):
    # guard: no trip made for it
    text = "Minister Ola Brand met President Ema Dorn in Tarsk on Monday."
    rows = event_rows(nlp, text, fields=DATED, published_at=PUB, as_tuples=True)
    assert rows == [("meet", "Ola Brand", "Ema Dorn", dt.date(2025, 3, 10), False)]


def test_talks_an_arrival_under_a_dateline_was_for_are_held_where_it_went(nlp):
    text = "KESSA, June 8 (Xinhua) -- Envoy Ola Brand arrived in Norlandic capital Kessa Sunday to hold talks with Ema Dorn."
    rows = event_tuples(nlp, text)
    assert [(r[0], r[4], r[6]) for r in rows] == [("visit", "Kessa", False), ("meet", "Kessa", True)]


def test_raids_a_state_was_prompted_to_stage_are_its_own(nlp):
    rows = event_tuples(nlp, "Rebels fired rockets at Tarsk, prompting Norland to stage air raids on the town.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("attack", "fired", "Rebels"), ("attack", "raids", "Norland")]


def test_a_strike_a_state_was_prompted_to_make_happened(nlp):
    rows = event_tuples(nlp, "Rebels fired rockets at Tarsk, prompting Norland to strike the town.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("attack", "fired", "Rebels"), ("attack", "strike", "Norland")]


def test_a_farmer_gunmen_crossed_to_kidnap_was_their_purpose(nlp):
    # guard: a "to" clause after an object of a verb of no prompting is a purpose
    assert event_tuples(nlp, "The gunmen crossed the border to kidnap a farmer.") == []


def test_the_resignation_of_his_government_announced_is_the_heads_own(nlp):
    rows = event_tuples(nlp, "Premier Ola Dorn on Monday announced the resignation of his whole government.")
    assert rows == [("resign", "resignation", "Ola Dorn", None, None, "on Monday", False)]


def test_the_resignation_of_a_named_minister_is_his(nlp):
    rows = event_tuples(nlp, "The resignation of Interior Minister Ola Dorn was announced on Monday.")
    assert [r[:3] for r in rows] == [("resign", "resignation", "Ola Dorn")]


def test_a_resignation_demanded_is_none(nlp):
    # guard: what is only asked for has not happened
    assert event_tuples(nlp, "The rebels demanded the resignation of President Ola Dorn.") == []


def test_a_coalition_that_intervened_in_a_war_attacked(nlp):
    text = "The Kessan-led coalition, which intervened in that war in 2015 against the Tarsa Front, struck the port."
    rows = event_tuples(nlp, text)
    assert [(r[0], r[1], r[2], r[3], r[5]) for r in rows][0] == (
        "attack",
        "intervened",
        "Kessan-led coalition",
        "Tarsa Front",
        "in 2015",
    )


def test_a_court_intervening_in_a_dispute_is_no_attack(nlp):
    # guard: no war, no arms
    assert event_tuples(nlp, "The court intervened in the dispute on Monday.") == []


def test_aid_trucks_that_arrived_in_a_town_delivered_aid_there(nlp):
    rows = event_tuples(nlp, "Twenty aid trucks carrying food arrived in Kora on Monday, the relief agency said.")
    assert rows == [("aid", "arrived", None, None, "Kora", "on Monday", False)]


def test_trucks_loaded_with_relief_that_reached_a_town_delivered_aid_there(nlp):
    rows = event_tuples(nlp, "Trucks loaded with relief supplies reached the town of Kora on Sunday.")
    assert [(r[0], r[4]) for r in rows] == [("aid", "Kora")]


def test_trucks_that_arrived_carrying_nothing_told_deliver_nothing(nlp):
    # guard: no aid named
    assert event_tuples(nlp, "Twenty trucks arrived in the town of Kora on Sunday.") == []


def test_efforts_to_increase_aid_deliveries_with_no_doer_are_no_delivery(nlp):
    # guard: a delivery noun with no doer stays out
    assert event_tuples(nlp, "The envoy stressed efforts to increase aid deliveries to Kora.") == []


def test_a_militia_that_vowed_to_respond_threatened(nlp):
    rows = event_tuples(nlp, "The Tarsa Front vowed to respond to the killing of its commander.")
    assert [r[:3] for r in rows] == [("threaten", "vowed", "Tarsa Front")]


def test_a_release_announced_by_a_side_is_its_own(nlp):
    rows = event_tuples(nlp, "The Tarsa Front announced the release of 12 soldiers on Sunday.")
    assert [r[:3] for r in rows] == [("release", "release", "Tarsa Front")]


def test_a_raid_that_killed_and_abducted_is_one_attack_by_the_killers(nlp):
    text = "Tarsa rebels killed nine villagers and abducted six others in an overnight raid near Kora."
    rows = event_tuples(nlp, text)
    assert [(r[0], r[1], r[2]) for r in rows] == [("abduct", "abducted", "Tarsa"), ("attack", "raid", "Tarsa")]


def test_pupils_abducted_weeks_ago_who_were_freed_are_no_doers(nlp):
    text = "Pupils, cooks and guards abducted ten days ago at a boarding school in western Kessa have been freed."
    rows = event_tuples(nlp, text)
    assert sorted((r[0], r[2]) for r in rows) == [("abduct", None), ("release", None)]


def test_an_ied_attack_names_a_weapon_not_a_doer(nlp):
    rows = event_tuples(nlp, "Tarsa Front fighters staged an IED attack on an army truck near Kora on Monday.")
    assert all(r[2] != "IED" for r in rows)


def test_a_region_hosting_a_counted_crowd_holds_no_meeting(nlp):
    assert event_tuples(nlp, "Kessa province is hosting some 1.7 million displaced people.") == []


def test_gunmen_from_a_college_are_not_the_colleges(nlp):
    rows = event_tuples(nlp, "The pupils were abducted on Monday by gunmen from the Kessa Science College Tarsk.")
    assert [(r[0], r[2]) for r in rows] == [("abduct", "gunmen")]


def test_a_weekday_the_tagger_left_untagged_dates_the_bombing_it_modifies(nlp):
    rows = event_tuples(
        nlp, "Police detained nine men after a late Sunday bombing in downtown Tarsk that left eight dead."
    )
    assert [(r[0], r[4], r[5]) for r in rows] == [("attack", "Tarsk", "late Sunday")]


def test_a_kidnapping_told_again_in_the_passive_is_one_row(nlp):
    text = "Gunmen kidnapped 17 aid workers in Kora on Monday. The workers were abducted as they left a clinic."
    rows = event_tuples(nlp, text)
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("abduct", "kidnapped", "Gunmen", "Kora")]


def test_more_captives_freed_another_day_are_another_release(nlp):
    # guard: "three more" on a day of its own
    rows = event_tuples(nlp, "Rebels freed two hostages on Sunday. Three more were released on Monday.")
    assert [(r[0], r[5]) for r in rows] == [("release", "on Sunday"), ("release", "on Monday")]


def test_a_captive_named_apart_was_taken_another_time(nlp):
    # guard: a day of its own the first telling lacked, and a captive by name
    text = "Gunmen kidnapped ten sailors off Kora. Ola Dorn was abducted in September last year."
    rows = event_tuples(nlp, text)
    assert [(r[0], r[3]) for r in rows] == [("abduct", "sailors"), ("abduct", "Ola Dorn")]


def test_a_vowed_reprisal_is_a_threat(nlp):
    # a reprisal to come: "vowed to avenge", "warned that her troops would take revenge"
    rows = event_tuples(nlp, "The Kora Front vowed to avenge the killing of its commander.")
    assert [r[:3] for r in rows] == [("threaten", "vowed", "Kora Front")]
    rows = event_tuples(nlp, "General Ana Roe warned that her troops would take revenge on the raiders.")
    assert [r[:3] for r in rows] == [("threaten", "warned", "Ana Roe")]
