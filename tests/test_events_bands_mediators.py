"""Events whose doer the rules missed or misnamed: members or guerrillas of a named band, one person of a
nationality (not the state), a mediator glued to its participle ("a UN-brokered truce") or engaged in mediating,
a host of talks, a wish to host (no meeting), a "he" after a sentence that reports on someone, an occasion
that is no doer, shootings "to death" and people taken captive. Sentences of our own; one text in, the exact
event fields out."""

from __future__ import annotations


import pytest

from tests.eventrows import event_tuples as events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members or fighters of a band are the band's doing, named or only written with proper nouns
        (
            "Members of the Red Hand gang stormed the town of Mirebalais on Sunday.",
            [("attack", "stormed", "Red Hand gang", None, "Mirebalais", "on Sunday", False)],
        ),
        (
            "Fighters of the Free Front ambushed an army patrol in Tolima on Monday.",
            [("attack", "ambushed", "Free Front", "an army patrol", "Tolima", "on Monday", False)],
        ),
        # guerrillas are armed men of the group they belong to
        (
            "Guerrillas of the Free Front killed two soldiers in Arauca on Monday.",
            [("kill", "killed", "Free Front", "soldiers", "Arauca", "on Monday", False)],
        ),
        # one person of a nationality is that person, not the state
        (
            "An Afghan stabbed two people in Mannheim on Friday.",
            [("attack", "stabbed", "Afghan", None, "Mannheim", "on Friday", False)],
        ),
    ],
)
def test_band_and_people_doers(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mediator glued to the participle of a truce or deal mediated it
        (
            "The sides accepted a UN-brokered truce on Monday.",
            [("negotiate", "brokered", "UN", None, None, None, False)],
        ),
        # ... also an acronym the tagger read as an adjective
        (
            "The rival militias agreed to respect from 1 May a UN-brokered truce.",
            [("negotiate", "brokered", "UN", None, None, None, False)],
        ),
        # who is engaged in brokering a truce mediates it
        (
            "Norway is closely engaged in brokering the accord.",
            [("negotiate", "brokering", "Norway", None, None, None, False)],
        ),
        # the host of talks between two sides mediates them
        (
            "Kenya has hosted three rounds of talks between the two rivals.",
            [("negotiate", "talks", "Kenya", None, None, None, False)],
        ),
        # hoping to host is a wish, no meeting ("hopes" is lemmatised "hop" by the small model)
        ("Kenya hopes to host the two leaders at a summit next month.", []),
        ("Turkey hoped to host the summit.", []),
        (
            "Turkey hosted the two presidents on Monday.",
            [("meet", "hosted", "Turkey", "the two presidents", None, "on Monday", False)],
        ),
    ],
)
def test_mediators_and_hosts(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "X will meet the leaders, a spokesman said", the "he" who will then travel is X
        (
            "Foreign Minister Carlos Silva will meet the leaders in Luanda, spokesman Paulo Neto said. "
            "He will then travel to Benguela, he added.",
            [
                ("meet", "meet", "Carlos Silva", "the leaders", "Luanda", None, True),
                ("visit", "travel", "Carlos Silva", None, "Benguela", None, True),
            ],
        ),
        # ... also when X is named by a role only
        (
            "The minister met the leaders in Luanda, spokesman Paulo Neto said. He later flew to Lobito.",
            [
                ("meet", "met", "The minister", "the leaders", "Luanda", None, False),
                ("visit", "flew", "The minister", None, "Lobito", None, False),
            ],
        ),
        # an occasion before or after a meeting does not hold it
        (
            "President Ruto will meet the prime minister on Friday. "
            "The meeting will be followed by a news briefing, the presidency said.",
            [("meet", "meet", "President Ruto", "the prime minister", None, "on Friday", True)],
        ),
    ],
)
def test_reported_doers(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shot to death is a killing, "at" a place or not; shot "at" someone is an attack
        (
            "Gunmen shot three men to death in Celaya on Sunday.",
            [("kill", "shot", "Gunmen", None, "Celaya", "on Sunday", False)],
        ),
        (
            "Two brothers were shot to death outside a shop in Leon on Sunday.",
            [("kill", "shot", None, "brothers", "Leon", "on Sunday", False)],
        ),
        (
            "Two guards were shot dead at the gate in Celaya.",
            [("kill", "shot", None, "guards", "Celaya", None, False)],
        ),
        ("Gunmen shot at a police car in Celaya.", [("attack", "shot", "Gunmen", None, "Celaya", None, False)]),
        # taken captive, with the role read as an adjective on the person
        (
            "Attackers took a police officer captive near Mosul while he drove home.",
            [("abduct", "took", "Attackers", "police officer", "Mosul", None, False)],
        ),
    ],
)
def test_shootings_and_captives(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks held by two named parties, or by "the two sides", are their meeting (GUIDELINE: meet, talks
        # between named parties)
        (
            "Ghana and Togo held direct talks in Accra on Monday.",
            [("meet", "talks", "Ghana", "Togo", "Accra", "on Monday", False)],
        ),
        (
            "The two sides held talks in Xiamen on 3 June.",
            [("meet", "talks", "The two sides", None, "Xiamen", "on 3 June", False)],
        ),
        # ... talks held by one side are the process of negotiating
        ("The rebels held talks in Doha.", [("negotiate", "talks", "The rebels", None, "Doha", None, False)]),
    ],
)
def test_talks_held_by_both_sides(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle with no subject that goes on telling the attack its verb told is that one attack
        (
            "More than 20 rebels ambushed an army post in Tarn, attacking the soldiers with rifles before fleeing.",
            [("attack", "ambushed", "rebels", "army", "Tarn", None, False)],
        ),
        # ... an attack told on from a taking is an attack of its own
        (
            "The rebels seized the town, attacking a police post on the way.",
            [
                ("seize", "seized", "The rebels", None, None, None, False),
                ("attack", "attacking", "The rebels", "police", None, None, False),
            ],
        ),
    ],
)
def test_one_attack_told_on_by_a_participle(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" opening a sentence after one whose subject is a person named by a role is that person
        (
            "The minister arrived in Lome on Monday. He met President Faure Gnassingbe.",
            [
                ("visit", "arrived", "The minister", None, "Lome", "on Monday", False),
                ("meet", "met", "The minister", "Faure Gnassingbe", "Lome", None, False),
            ],
        ),
        # harm done by "they", the doers of the harm just told, happened where that harm did ...
        (
            "Rebels raided a clinic in Tessit district on Monday. They abducted four nurses.",
            [
                ("attack", "raided", "Rebels", None, "Tessit", "on Monday", False),
                ("abduct", "abducted", "Rebels", "nurses", "Tessit", "on Monday", False),  # and on its day
            ],
        ),
        # ... unless it names a place of its own
        (
            "Gunmen stormed a market in Kano. They later killed two guards in Katsina.",
            [
                ("attack", "stormed", "Gunmen", None, "Kano", None, False),
                ("kill", "killed", "Gunmen", "guards", "Katsina", None, False),
            ],
        ),
    ],
)
def test_doers_and_places_carried_on(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sides of what a mediator is said in the passive to have brokered
        (
            "The truce between Tarsa and Kora was mediated by Qatar on Monday.",
            [("negotiate", "mediated", "Qatar", "Tarsa", None, "on Monday", False)],
        ),
        # a state told by its nationality stands for it, Central Asian ones too; a counterpart whose state is
        # written on it met where its "in" says
        (
            "The Kyrgyz president met his Tajik counterpart in Bishkek on Monday.",
            [("meet", "met", "Kyrgyzstan", "Tajikistan", "Bishkek", "on Monday", False)],
        ),
        (
            "The Russian president met his Turkish counterpart in Sochi on Monday.",
            [("meet", "met", "Russia", "Turkey", "Sochi", "on Monday", False)],
        ),
        # those taken prisoner, without the word they were taken as
        (
            "Rebel forces took 145 soldiers prisoner near Tolna on Friday.",
            [("abduct", "took", "Rebel forces", "soldiers", "Tolna", "on Friday", False)],
        ),
    ],
)
def test_mediated_sides_nationalities_and_those_taken_prisoner(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two mediators of one deal are no sides of it
        (
            "A ceasefire brokered by Ghana and Togo took hold on Monday.",
            [("negotiate", "brokered", "Ghana", None, None, None, False)],
        ),
    ],
)
def test_co_mediators_are_no_sides(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed men told by their kind act for the one armed group the article names, before them or below
        (
            "The Tana Liberation Army has held the hills since May. On Sunday the paramilitary forces attacked Orvo.",
            [("attack", "attacked", "Tana Liberation Army", "Orvo", "Orvo", "On Sunday", False)],
        ),
        (
            "Rebel fighters attacked an army post in Kelo on Friday. The Tana Liberation Army said it lost two men.",
            [("attack", "attacked", "Tana Liberation Army", "army", "Kelo", "on Friday", False)],
        ),
        # doers the text does not know stay as written
        (
            "The Tana Liberation Army is active in the area. Suspected militants attacked Orvo on Sunday.",
            [("attack", "attacked", "Suspected militants", "Orvo", "Orvo", "on Sunday", False)],
        ),
        # with two groups named, which one is not said
        (
            "The Tana Liberation Army and the Kelo People's Front hold the hills. Rebel fighters attacked Orvo on Sunday.",
            [("attack", "attacked", "Rebel fighters", "Orvo", "Orvo", "on Sunday", False)],
        ),
        # a state's army is no band ("the Borvian Armed Forces"), nor a body of the lists
        (
            "The Borvian Armed Forces patrol the border. Rebel fighters attacked Orvo on Sunday.",
            [("attack", "attacked", "Rebel fighters", "Orvo", "Orvo", "on Sunday", False)],
        ),
        (
            "The African Union sent observers. Rebel fighters attacked Orvo on Sunday.",
            [("attack", "attacked", "Rebel fighters", "Orvo", "Orvo", "on Sunday", False)],
        ),
    ],
)
def test_armed_men_told_by_kind_are_the_band_named(nlp, text, expected):
    assert events(nlp, text) == expected


def test_armed_men_arriving_in_a_relative_clause_make_no_visit(nlp):
    text = "Residents said the militants, who arrived on motorbikes, burned homes in the village of Nafa."
    assert events(nlp, text) == [("attack", "burned", "the militants", None, "Nafa", None, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a band of bands acts for the named member it includes
        (
            "An alliance of militias including the Kora Front attacked the town of Lemo on Friday.",
            [("attack", "attacked", "Kora Front", None, "Lemo", "on Friday", False)],
        ),
        # a role is not the holder named after it in its own sentence: that one is whom it meets
        (
            "The minister is scheduled to meet Prime Minister Ivo Kral in Vardo on Monday.",
            [("meet", "meet", "The minister", "Ivo Kral", "Vardo", "on Monday", True)],
        ),
    ],
)
def test_alliances_and_roles_as_doers(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed men who enter a place and do harm there attack it; entering alone takes it
        (
            "Kora Front fighters entered Lemo at dawn on Sunday, setting fire to homes.",
            [("attack", "entered", "Kora Front", "Lemo", "Lemo", "on Sunday", False)],
        ),
        (
            "Kora Front fighters entered Lemo, the fifth-largest city, on Feb. 16.",
            [("seize", "entered", "Kora Front", None, "Lemo", "on Feb. 16", False)],
        ),
    ],
)
def test_an_entry_to_do_harm_is_an_attack(nlp, text, expected):
    assert events(nlp, text) == expected
