"""Where an event happened when its clause gives the place by a word pointing back ("there", "in the same area",
"the village") to a place named just before, or by where its doers are ("gunmen in X"); a name that tells where a
person or a body is from is never that place."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.eventrows import event_rows

PUB = dt.date(2025, 6, 9)
FIELDS = ("type", "trigger", "actor", "location")


events = partial(event_rows, fields=FIELDS, published_at=PUB)


def _places(rows: list[dict]) -> list[tuple]:
    return [(r["type"], r["trigger"], r["location"]) for r in rows]


# Class 1: "there" stands for the place named last before it.


def test_there_after_a_town_named_in_the_sentence_before(nlp):
    rows = events(nlp, "Rebels seized the town of Goma in January. Fighters killed ten civilians there on Tuesday.")
    assert _places(rows)[-1] == ("kill", "killed", "Goma")


def test_there_after_a_place_named_near_a_farm(nlp):
    text = "Armed men raided a farm near Tilby on Monday. Two more farmers were abducted there on Wednesday."
    assert _places(events(nlp, text))[-1] == ("abduct", "abducted", "Tilby")


def test_there_after_a_base_in_a_town(nlp):
    text = "The army has a base in Kasso. A soldier was shot dead there last week."
    assert _places(events(nlp, text)) == [("kill", "shot", "Kasso")]


# Class 2: a definite noun for a place with no name of its own ("the same area", "the town", "the village").


def test_the_same_area_after_a_named_town(nlp):
    text = "Police found three bodies in Mopti on Monday. Two soldiers were also killed in the same area on Sunday."
    assert _places(events(nlp, text)) == [("kill", "killed", "Mopti")]


def test_the_town_after_clashes_in_a_named_town(nlp):
    text = "Clashes broke out in Dessa on Monday. Militiamen burned several houses in the town on Tuesday."
    assert _places(events(nlp, text))[-1] == ("attack", "burned", "Dessa")


def test_the_village_attacked_again(nlp):
    text = "Bandits attacked Kurmi on Friday. On Sunday they attacked the village again, killing four people."
    assert _places(events(nlp, text))[-1] == ("attack", "attacked", "Kurmi")


# Class 3: where the doers are told to be is where they did it.


def test_gunmen_in_a_region(nlp):
    rows = events(nlp, "Gunmen in western Mali killed six herders on Sunday.")
    assert [(r["type"], r["actor"], r["location"]) for r in rows] == [("kill", "Gunmen", "Mali")]


def test_bandits_in_a_state(nlp):
    rows = events(nlp, "Bandits in Zamfara abducted twelve pupils on Monday.")
    assert [(r["type"], r["actor"], r["location"]) for r in rows] == [("abduct", "Bandits", "Zamfara")]


def test_kidnappers_in_a_country_region(nlp):
    rows = events(nlp, "Kidnappers in northern Chad seized an aid worker on Friday.")
    assert [(r["type"], r["location"]) for r in rows] == [("abduct", "Chad")]


# Guards: a place that only tells where a person or a body is from is no place of the event.


def test_there_after_a_trader_from_a_city_stays_empty(nlp):
    text = "A trader from Lagos arrived on Monday. Gunmen killed him there on Tuesday."
    assert _places(events(nlp, text)) == [("kill", "killed", None)]


def test_there_after_a_national_army_stays_empty(nlp):
    text = "The Morland army said it was ready. Gunmen killed two guards there on Tuesday."
    assert _places(events(nlp, text)) == [("kill", "killed", None)]


def test_gunmen_from_a_country_give_no_place(nlp):
    rows = events(nlp, "Gunmen from Niger attacked a convoy on Monday.")
    assert [r["location"] for r in rows] == [None]


# Class 4: a building or ground the event struck, placed by a tagged place modifying it or by its own "in".


def test_possessive_country_of_a_stormed_prison(nlp):
    rows = events(nlp, "Gunmen stormed Peru's largest prison overnight.")
    assert [(r["type"], r["location"]) for r in rows] == [("attack", "Peru")]


def test_city_set_before_a_classroom(nlp):
    rows = events(nlp, "A teenager opened fire in his Vienna classroom on Tuesday, killing three pupils.")
    assert [(r["type"], r["location"]) for r in rows] == [("attack", "Vienna")]


def test_town_of_a_tavern_where_drinkers_were_fired_on(nlp):
    rows = events(nlp, "Two men opened fire on drinkers at a busy tavern in Soweto on Saturday.")
    assert [(r["type"], r["location"]) for r in rows] == [("attack", "Soweto")]


def test_country_of_a_person_gives_no_place(nlp):
    rows = events(nlp, "Gunmen killed Peru's former president on Monday.")
    assert [(r["type"], r["location"]) for r in rows] == [("kill", None)]


# Class 5: "the facility", "the venue" point back to the site named before them.


def test_the_facility_after_a_named_country_prison(nlp):
    text = "Hundreds of prisoners escaped from Chile's main prison after gangs stormed the facility overnight."
    assert [(r["type"], r["location"]) for r in events(nlp, text)] == [("attack", "Chile")]


def test_the_venue_after_a_bar_in_a_city(nlp):
    text = "In a second incident at the Blue Moon bar in Durban, gunmen stormed the venue shooting."
    assert _places(events(nlp, text))[0][2] in ("Blue Moon", "Durban")


def test_the_site_after_a_named_town(nlp):
    text = "A drone hit a fuel depot in Tarvo on Monday. On Tuesday rebels attacked the site again."
    assert _places(events(nlp, text))[-1] == ("attack", "attacked", "Tarvo")


# Class 6: a taking told by a noun is placed by what it took ("the seizure of the town of X").


def test_seizure_of_a_mining_town(nlp):
    text = "The bombings coincide with the rebels' seizure of the mining town of Lubero."
    assert [(r["type"], r["location"]) for r in events(nlp, text)] == [("seize", "Lubero")]


def test_capture_of_a_port_city(nlp):
    text = "The army's capture of the port city of Kismu last month changed the war."
    assert [(r["type"], r["location"]) for r in events(nlp, text)] == [("seize", "Kismu")]


def test_capture_of_a_named_town(nlp):
    text = "Residents fled after the militia's capture of Doruma on Sunday."
    assert [(r["type"], r["location"]) for r in events(nlp, text)] == [("seize", "Doruma")]


# Class 7: a deed joined to the storming of a place is done where they stormed.


def test_opened_fire_after_storming_a_church(nlp):
    rows = events(nlp, "Gunmen stormed a church in Owo and opened fire on worshippers.")
    assert _places(rows) == [("attack", "stormed", "Owo"), ("attack", "opened", "Owo")]


def test_abducted_after_raiding_a_school(nlp):
    rows = events(nlp, "Militants raided a school in Garu and abducted twenty pupils.")
    assert _places(rows) == [("attack", "raided", "Garu"), ("abduct", "abducted", "Garu")]


def test_opened_fire_after_storming_a_bar(nlp):
    rows = events(nlp, "Four gunmen stormed a bar in Velko and opened fire on the guests.")
    assert [r["location"] for r in rows] == ["Velko", "Velko"]


# Guard: a weapon named like a proper noun is no place.


def test_capitalised_device_is_no_place(nlp):
    text = "A bomber detonated an Improvised Explosive Device near a market in Bama on Saturday."
    assert [(r["type"], r["location"]) for r in events(nlp, text)] == [("attack", "Bama")]


def test_capitalised_device_at_a_station(nlp):
    text = "A woman detonated an Improvised Explosive Device at a bus station in Maiduguri."
    assert [(r["type"], r["location"]) for r in events(nlp, text)] == [("attack", "Maiduguri")]


def test_capitalised_rocket_is_no_place(nlp):
    text = "The militia fired a Grad Rocket at an army base in Kalo on Monday."
    assert [(r["type"], r["location"]) for r in events(nlp, text)] == [("attack", "Kalo")]


# Class 8: a deed told in a clause of the time of a toll ("killed in X when ...") happened where the toll was.


def test_storming_told_when_two_were_killed_in_a_town(nlp):
    rows = events(nlp, "Two people were killed in Tamale when gunmen stormed a bar.")
    assert [(r["type"], r["trigger"], r["location"]) for r in rows][0] == ("attack", "stormed", "Tamale")


def test_firing_told_as_one_was_killed_in_a_capital(nlp):
    text = "One trader was killed in Mali's capital Bamako on Sunday as troops opened fire on a crowd."
    assert [(r["type"], r["location"]) for r in events(nlp, text)][0] == ("attack", "Bamako")


def test_shelling_told_as_soldiers_were_wounded(nlp):
    rows = events(nlp, "Four soldiers were wounded in Dabo as rebels shelled the camp.")
    assert [(r["type"], r["trigger"], r["location"]) for r in rows][0] == ("attack", "shelled", "Dabo")


def test_toll_of_a_man_from_a_city_gives_no_place(nlp):
    rows = events(nlp, "A man from Lome was killed when gunmen stormed the bus.")
    assert [(r["type"], r["location"]) for r in rows][0] == ("attack", None)


# Guard: the doer of the clause is never the place a word points back to.


def test_the_city_after_a_group_that_captured_it(nlp):
    text = "The talks began in Lusaka on May 2, months after the Kivu Front captured the city in January."
    assert all(r["location"] != "Kivu Front" for r in events(nlp, text))


def test_the_capital_after_a_country_that_fired_at_it(nlp):
    text = "The raid on Dorna was heavy. Veland launched 40 drones at the capital."
    assert all(r["location"] != "Veland" for r in events(nlp, text))


def test_there_after_a_doer_country(nlp):
    text = "Soldiers from Norland crossed the river. Norland shelled the bank there on Monday."
    assert all(r["location"] != "Norland" for r in events(nlp, text) if r["trigger"] == "shelled")


# Class: a word pointing back stands for where the event told just before happened, when the tagger did not
# take that place's name for a place (it was found as the place of that event, not as a tagged name).


def test_the_city_visited_after_its_seizure(nlp):
    text = "Rebels seized Kassala in December. Army chief Ali Burhan visited the city on Monday."
    assert _places(events(nlp, text)) == [("seize", "seized", "Kassala"), ("visit", "visited", "Kassala")]


def test_the_hospital_stormed_in_a_besieged_town(nlp):
    text = "Gangs have besieged Kenscoff for weeks. Armed men stormed the hospital on July 22."
    assert _places(events(nlp, text)) == [("attack", "besieged", "Kenscoff"), ("attack", "stormed", "Kenscoff")]


def test_the_port_toured_after_a_flight(nlp):
    text = "The minister flew to Tripoli on Monday. She toured the port on Tuesday."
    assert _places(events(nlp, text)) == [("visit", "flew", "Tripoli"), ("visit", "toured", "Tripoli")]


def test_a_place_named_again_is_its_own(nlp):
    text = "Rebels seized Kassala in December. Army chief Ali Burhan visited the city of Gedaref on Monday."
    assert _places(events(nlp, text))[-1] == ("visit", "visited", "Gedaref")
