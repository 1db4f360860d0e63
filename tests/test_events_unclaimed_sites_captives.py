"""Event classes that recur across fresh-text audits (9-14): bombings told with no doer (a device or blast that
went off or tore through a place), the place of a site an event happened at ("outside a mosque in X", "from a
farmhouse near Y", "off the coast of Z"), and captives told as taken who are rescued or freed. Sentences of our
own; one text in, the exact event fields out."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.eventrows import event_rows

PUB = dt.date(2025, 9, 17)  # a Wednesday
FIELDS = ("type", "trigger", "actor", "counterpart", "location", "date_text")


events = partial(event_rows, fields=FIELDS, published_at=PUB, as_tuples=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a device that went off is an attack, its doer unsaid, where it went off
        (
            "A bomb went off at a cattle market in Dunra on Tuesday.",
            [("attack", "went", None, None, "Dunra", "on Tuesday")],
        ),
        (
            "Nine people died when an explosive device went off near a bus depot in Halvik.",
            [("attack", "went", None, None, "Halvik", None)],
        ),
        # a blast that tore through a place, told as no accident
        (
            "An explosion tore through a packed wedding hall in Merosa on Saturday, killing 14 guests.",
            [("attack", "tore", None, "guests", "Merosa", "on Saturday")],
        ),
        (
            "Two blasts ripped through a campaign rally in Ostrel.",
            [("attack", "ripped", None, None, "Ostrel", None)],
        ),
        # ... but nothing that merely goes off, and no accident
        ("The fire alarm went off twice during the night.", []),
        ("A boiler explosion ripped through a bakery in Tarvo.", []),
        ("Fuel prices went up after the blast.", []),
    ],
)
def test_blast_with_no_doer_is_an_attack(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site named by a common noun lies in the place named after it
        (
            "A suicide bomber blew himself up outside a church in Palun on Sunday.",
            [("attack", "blew", "A suicide bomber", None, "Palun", "on Sunday")],
        ),
        (
            "Gunmen abducted 12 traders from a minibus near Kafana on Monday.",
            [("abduct", "abducted", "Gunmen", "traders", "Kafana", "on Monday")],
        ),
        (
            "Police rescued nine hostages from a warehouse in Desko.",
            [("release", "rescued", "Police", None, "Desko", None)],
        ),
        (
            "Pirates attacked a fishing trawler off the coast of Mabiri.",
            [("attack", "attacked", "Pirates", None, "Mabiri", None)],
        ),
        # ... but a toll counted in a state of affairs names no site
        ("Eleven people were killed in the unrest in Vessa.", []),
    ],
)
def test_place_of_a_site_adjunct(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people told as taken captive, rescued or freed, are a release
        (
            "Soldiers rescued 25 kidnapped pupils in a forest near Tudun.",
            [("release", "rescued", "Soldiers", None, "Tudun", None)],
        ),
        (
            "Navy commandos freed the crew of the hijacked freighter on Friday.",
            [("release", "freed", "Navy", None, None, "on Friday")],
        ),
        (
            "Police rescued the abducted villagers from a hideout near Gowa.",
            [("release", "rescued", "Police", None, "Gowa", None)],
        ),
        # ... people saved from the sea are no captives
        ("Coastguards rescued six fishermen from the sea.", []),
    ],
)
def test_captives_told_as_taken_are_released(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a killing or taking told by any verb happens where its victims were
        (
            "Witnesses said troops shot dead three herders in Malbo on Thursday.",
            [("kill", "shot", "troops", "herders", "Malbo", "on Thursday")],
        ),
        (
            "The junta executed two activists in Rema.",
            [("kill", "executed", "The junta", "activists", "Rema", None)],
        ),
        (
            "Gunmen gunned down four traders in Soroti on Sunday.",
            [("kill", "gunned", "Gunmen", "traders", "Soroti", "on Sunday")],
        ),
        # "gunning down" told with the raid it is part of: one happening
        (
            "Raiders stormed the camp in Delka, gunning down six guards.",
            [("attack", "stormed", "Raiders", "guards", "Delka", None)],
        ),
        # ... but no killing gunned for
        ("The firm gunned for a bigger share of the market.", []),
    ],
)
def test_place_of_victims_and_guns_down(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        # an event noun being readied is ahead, not done
        ("The insurgents are preparing an assault on the town of Kavra.", [True]),
        ("The militia is plotting attacks on the capital, Mestra.", [True]),
        ("The army plans an offensive on Pelun.", [True]),
        # ... one launched is done
        ("The insurgents launched an assault on Kavra on Monday.", [False]),
    ],
)
def test_event_being_readied_is_planned(nlp, text, planned):
    assert [row["planned"] for row in event_rows(nlp, text, fields=("planned",), published_at=PUB)] == planned


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blasts that rocked or shook a place are an attack there, its doer unsaid
        (
            "Five people were killed in twin grenade blasts that rocked Mirun on Sunday morning.",
            [("attack", "rocked", None, "Mirun", "Mirun", "on Sunday morning")],
        ),
        (
            "A powerful explosion shook Dovra late on Tuesday.",
            [("attack", "shook", None, "Dovra", "Dovra", "late on Tuesday")],
        ),
        (
            "A car bomb rocked the centre of Halun on Friday.",
            [("attack", "rocked", None, None, "Halun", "on Friday")],  # a place's centre is where, not whom
        ),
        # a device that went off and killed: one attack, whose deaths are its toll
        (
            "On June 2, a parcel bomb exploded and killed three people at a bar in Kelso.",
            [("attack", "killed", None, None, "Kelso", "On June 2")],
        ),
        # a shooting told as a noun with its place
        (
            "The mass shooting in Varel killed eleven people.",
            [("attack", "shooting", None, None, "Varel", None)],
        ),
        # ... but no scandal that rocks a government, nor blasts that shook buildings far away
        ("The bribery scandal rocked the government of Pelan.", []),
        ("The blasts rattled windows up to three miles from the depot.", []),
    ],
)
def test_blasts_that_rocked_and_shootings(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # leaving for a place is a trip there
        (
            "Foreign Minister Ilse Moran will leave for Tarsk on Friday.",
            [("visit", "leave", "Ilse Moran", None, "Tarsk", "on Friday")],
        ),
        (
            "Prime Minister Odo Rask departed for Lisbon on Monday.",
            [("visit", "departed", "Odo Rask", None, "Lisbon", "on Monday")],
        ),
        (
            "President Lena Sarr left for Nairobi on Thursday.",
            [("visit", "left", "Lena Sarr", None, "Nairobi", "on Thursday")],
        ),
        # ... but no place left for
        ("The minister left for work early.", []),
    ],
)
def test_leaving_for_a_place_is_a_visit(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the dead or struck were, by any preposition of place on them
        (
            "Troops killed 14 insurgents near Kidal on Saturday.",
            [("kill", "killed", "Troops", "insurgents", "Kidal", "on Saturday")],
        ),
        (
            "Soldiers killed nine raiders near the town of Pedra.",
            [("kill", "killed", "Soldiers", "raiders", "Pedra", None)],
        ),
        # a known town the tagger took for a people is still the town taken
        (
            "Soldiers recaptured the town of Omdurman on Friday.",
            [("seize", "recaptured", "Soldiers", None, "Omdurman", "on Friday")],
        ),
    ],
)
def test_place_of_the_dead_and_of_known_towns(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fatal shooting is a killing
        (
            "An attacker fatally shot seven people in a square near Mavro.",
            [("kill", "shot", "An attacker", None, "Mavro", None)],
        ),
        # a blast or weapon that damaged or destroyed something is an attack, its doer unsaid
        (
            "A huge explosion damaged a pipeline in Sorvik on Monday.",
            [("attack", "damaged", None, None, "Sorvik", "on Monday")],
        ),
        (
            "Two bombs destroyed a railway bridge near Kamsa.",
            [("attack", "destroyed", None, None, "Kamsa", None)],
        ),
        # a rampage is an attack by who went on it
        (
            "A former soldier went on a shooting rampage in Velko.",
            [("attack", "rampage", "A former soldier", None, "Velko", None)],
        ),
        # ... but no storm's damage, and no shooting that wounded
        ("The storm destroyed hundreds of homes in Orla.", []),
        ("The cyclone damaged the port of Kessa.", []),
    ],
)
def test_fatal_shootings_blast_damage_and_rampages(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people an armed band detains are abducted; the police's detentions are arrests, no event
        (
            "Six aid workers have been detained by the rebels near Toska.",
            [("abduct", "detained", "the rebels", "aid workers", "Toska", None)],
        ),
        (
            "Militiamen detained three reporters in Korvo on Friday.",
            [("abduct", "detained", "Militiamen", "reporters", "Korvo", "on Friday")],
        ),
        ("Police detained 40 protesters in the capital on Saturday.", []),
        # captives handed to a body are released to it, "over" or not; a letter handed is no release
        (
            "The militia handed four captives to the Red Crescent in Gaza on Saturday.",
            [("release", "handed", "The militia", "Red Crescent", "Gaza", "on Saturday")],
        ),
        ("The minister handed the letter to the envoy.", []),
        # who received those released is the other party, not where they were freed
        (
            "Varnia on Saturday released to Korvia 15 prisoners of war.",
            [("release", "released", "Varnia", "Korvia", None, "on Saturday")],
        ),
    ],
)
def test_detained_by_an_armed_band(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a pardon of those held frees them; a pardon of anyone else tells no release
        (
            "Duvan pardoned 14 jailed activists in Tessa on Saturday.",
            [("release", "pardoned", "Duvan", None, "Tessa", "on Saturday")],
        ),
        ("Duvan pardoned the former general on Saturday.", []),
    ],
)
def test_a_pardon_of_captives_releases_them(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an attack comes from the side after "from", told by a gerund or a noun; a place it came from is no doer
        (
            "Six villagers were killed by shelling from the rebels in Tarsa on Sunday.",
            [("attack", "shelling", "the rebels", None, "Tarsa", "on Sunday")],
        ),
        (
            "A bombardment from the Lora Brigade killed two men on Monday.",
            [("attack", "bombardment", "Lora Brigade", None, None, "on Monday")],
        ),
        # "from" a seat or a body that bears no arms tells where someone speaks, not who attacked
        ("Ruiz will speak about the attacks from the Grand Palace on Monday.", []),
    ],
)
def test_an_attack_comes_from_the_side_after_from(nlp, text, expected):
    assert events(nlp, text) == expected
