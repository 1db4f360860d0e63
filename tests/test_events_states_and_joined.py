"""Events the audits of real reports met: an occupation told as a lasting state, violence that has flared since a
war began, a site or a town taken back, people seized, talks between a leader and his counterpart, and one attack
told by two joined verbs (sentences of our own)."""

from __future__ import annotations

from tests.eventrows import event_tuples


def test_occupation_since_a_year_is_no_seizure(nlp):
    assert event_tuples(nlp, "Kessa, occupied by Norland since 1990, held elections on Sunday.") == []


def test_land_now_occupied_is_no_seizure(nlp):
    assert event_tuples(nlp, "Western observers say the two valleys are now occupied by Norland.") == []


def test_occupied_site_taken_on_a_day_is_a_seizure(nlp):
    # guard: an occupation that happened on a day stays a seizure
    assert [t[:3] for t in event_tuples(nlp, "Rebels occupied the town hall on Monday.")] == [
        ("seize", "occupied", "Rebels")
    ]


def test_violence_flared_since_the_war_began_is_no_event(nlp):
    assert (
        event_tuples(
            nlp, "Violence in Kessa, occupied by Norland since 1990, has grown worse since the border war began."
        )
        == []
    )


def test_site_retaken_is_a_seizure(nlp):
    assert event_tuples(nlp, "Police retook the depot early on Sunday.") == [
        ("seize", "retook", "Police", None, None, "early on Sunday", False)
    ]


def test_hotel_recaptured_after_a_siege_is_a_seizure(nlp):
    rows = event_tuples(nlp, "Soldiers recaptured the hotel after gunmen stormed it.")
    assert [r[:3] for r in rows] == [("seize", "recaptured", "Soldiers"), ("attack", "stormed", "gunmen")]


def test_people_recaptured_are_no_seizure(nlp):
    # guard: people taken back are no place
    assert event_tuples(nlp, "Troops recaptured the escaped inmates.") == []


def test_observers_seized_are_abducted(nlp):
    rows = event_tuples(nlp, "Six election observers were seized in Kessa on April 25.")
    assert rows == [("abduct", "seized", None, "election observers", "Kessa", "on April 25", False)]


def test_couple_seized_by_gunmen_are_abducted(nlp):
    rows = event_tuples(nlp, "The couple were seized from their farm near Kessa in early May by unknown gunmen.")
    assert [r[:4] for r in rows] == [("abduct", "seized", "unknown gunmen", None)]


def test_talks_between_a_leader_and_his_counterpart_are_a_meeting(nlp):
    rows = event_tuples(
        nlp, "Talks between Norland's President Jan Roe and his Kessan counterpart ended in Valdo on Friday."
    )
    assert [(r[0], r[2], r[4]) for r in rows] == [("meet", "Jan Roe", "Valdo")]


def test_joined_verb_gives_the_place_of_one_attack(nlp):
    rows = event_tuples(nlp, "A warplane dropped two bombs and shot at homes in Tomba village, killing six people.")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("attack", "dropped", "A warplane", "Tomba village")]


def test_joined_verbs_that_each_strike_a_place_stay_two_attacks(nlp):
    # guard: each verb names what it struck
    rows = event_tuples(nlp, "Rebels shelled Goma and bombed Bukavu on Monday.")
    assert [(r[1], r[4]) for r in rows] == [("shelled", "Goma"), ("bombed", "Bukavu")]


def test_people_rescued_from_armed_men_are_released(nlp):
    rows = event_tuples(nlp, "Troops rescued a Dutch engineer and his wife from Kessa militants on Monday.")
    assert [r[:3] for r in rows] == [("release", "rescued", "Troops")]


def test_people_rescued_from_a_flood_are_no_release(nlp):
    # guard: a rescue from the water frees no captive
    assert event_tuples(nlp, "Firefighters rescued a man and his son from the flood waters on Monday.") == []


def test_prisoners_returned_in_the_passive_are_released(nlp):
    rows = event_tuples(nlp, "Six more detainees have been returned to Kessa.")
    assert [(r[0], r[1], r[3]) for r in rows] == [("release", "returned", "detainees")]


def test_courtesy_call_paid_to_someone_is_a_meeting(nlp):
    rows = event_tuples(nlp, "UN envoy Jan Roe paid the governor a courtesy call on Monday.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("meet", "call", "Jan Roe", "on Monday")]


def test_they_carry_on_the_day_of_the_harm_told_before(nlp):
    rows = event_tuples(nlp, "Bandits raided a school in Kora on Monday. They abducted six pupils.")
    assert [(r[0], r[4], r[5]) for r in rows] == [("attack", "Kora", "on Monday"), ("abduct", "Kora", "on Monday")]


def test_they_who_have_killed_over_time_take_neither_day_nor_place(nlp):
    rows = event_tuples(nlp, "Bandits raided a school in Kora on Monday. They have killed 300 people this year.")
    assert [(r[0], r[4], r[5]) for r in rows] == [("attack", "Kora", "on Monday"), ("kill", None, "this year")]


def test_what_should_be_done_under_a_deal_is_no_event(nlp):
    # guard: detainees returned in the passive are released, unless they only ought to be
    assert event_tuples(nlp, "Under the deal all detainees should be returned to their homes.") == []


def test_what_must_be_done_is_no_event(nlp):
    assert event_tuples(nlp, "The rebels must release the hostages, the minister said.") == []


def test_the_attackers_are_the_group_named_before(nlp):
    rows = event_tuples(
        nlp, "Boko Haram fighters raided Dapchi on Monday. The attackers burned the school and abducted 100 girls."
    )
    assert [(r[0], r[2]) for r in rows] == [("attack", "Boko Haram"), ("abduct", "Boko Haram")]


def test_the_attackers_of_unnamed_gunmen_stay_as_written(nlp):
    # guard: the gunmen before are no name
    rows = event_tuples(nlp, "Gunmen attacked an army base in Kessa on Monday. The attackers killed five soldiers.")
    assert [(r[0], r[2]) for r in rows] == [("attack", "Gunmen"), ("kill", "The attackers")]


def test_the_gunmen_with_words_of_their_own_stay_as_written(nlp):
    # guard: "ethnic Serb gunmen" tell who they are
    rows = event_tuples(nlp, "Kessa Front fighters raided Tomba on Monday. Two Valdan gunmen killed an officer.")
    assert rows[-1][:2] == ("kill", "killed") and rows[-1][2] != "Kessa Front"


def test_raids_carried_out_against_fighters_somewhere_are_there(nlp):
    # the place hangs on the fighters struck, under the light verb the raids are the object of; a named part of
    # the country is the finer place
    rows = event_tuples(
        nlp,
        "Norland warplanes carried out air raids overnight against rebel fighters in the Tomba Ridge area of northern Mali.",
    )
    assert [(r[0], r[1], r[4]) for r in rows] == [("attack", "raids", "Tomba Ridge")]


def test_the_gunmen_named_before_by_the_same_noun_stay_those_gunmen(nlp):
    # guard: the deed told before is a clash of police with them; "the gunmen" are the ones named so
    text = "Two died in a shootout between Kosovar police units and Serb gunmen. The gunmen stormed the village of Tomba on Sunday."
    rows = event_tuples(nlp, text)
    assert rows[-1][:3] == ("attack", "stormed", "Serb gunmen")


def test_fighting_that_started_somewhere_on_a_day_is_dated_by_its_start(nlp):
    rows = event_tuples(nlp, "Fighting between the army and Kessa rebels started near Goma on Monday.")
    assert [(r[0], r[4], r[5]) for r in rows] == [("attack", "Goma", "on Monday")]


def test_deed_done_as_something_else_went_on_takes_that_day(nlp):
    rows = event_tuples(nlp, "Rioters shot two guards as unrest spread across the region Friday.")
    assert [(r[0], r[5]) for r in rows] == [("attack", "Friday")]


def test_deed_done_after_something_else_keeps_no_day_of_it(nlp):
    # guard: what came after happened on a day of its own
    rows = event_tuples(nlp, "Rebels shelled the town after talks collapsed in Doha on Monday.")
    assert [(r[0], r[5]) for r in rows] == [("attack", None)]
