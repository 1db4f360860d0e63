"""Trips and meetings the rules missed: a person welcomed under a role ("his counterpart, President X"), talks
held by officials representing two sides, a trip told by "head to", a "he" in a clause told of a place or in
what a role said, the place a "where" clause is told of, a trip to a named place during which someone met
someone (a visit of its own), and the same trip told again (one visit). Sentences of our own; one text in, the
exact event fields out."""

from __future__ import annotations

import pytest

from tests.eventrows import event_tuples as events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person received under a role with the name apposed is a meeting with that person
        (
            "President Ali Deby of Chad welcomed his Nigerien counterpart, President Omar Musa, at the palace on "
            "Monday.",
            [("meet", "welcomed", "Ali Deby", "Omar Musa", None, "on Monday", False)],
        ),
        # officials representing two named sides who held talks: the sides met
        (
            "Officials representing Peru and Bolivia held talks in Oslo.",
            [("meet", "talks", "Peru", "Bolivia", "Oslo", None, False)],
        ),
    ],
)
def test_meetings_of_roles_and_representatives(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heading to a place is travelling there, also in a clause with the subject of the main verb
        (
            "The minister left Rome before heading to the southern city of Naples.",
            [("visit", "heading", "The minister", None, "Naples", None, False)],
        ),
        (
            "The envoy will head to Cairo next week.",
            [("visit", "head", "The envoy", None, "Cairo", "next week", True)],
        ),
        # who heads a delegation goes nowhere by it
        ("She heads the delegation to Geneva.", []),
        # landing somewhere, told in a clause before the main one, is a trip by the main clause's subject
        (
            "After landing in Doha, the envoy met Qatari officials.",
            [
                ("visit", "landing", "the envoy", None, "Doha", None, False),
                ("meet", "met", "the envoy", "Qatar", "Doha", None, False),
            ],
        ),
    ],
)
def test_trips_told_by_head_and_land(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "where he met": he is the role who went there, and where is the place the clause is told of
        (
            "The president visited Goma, where he met displaced families.",
            [
                ("visit", "visited", "The president", None, "Goma", None, False),
                ("meet", "met", "The president", "displaced families", "Goma", None, False),
            ],
        ),
        # a role who says "he" will do something is that "he"
        (
            "The minister said on Monday he would travel to Oslo.",
            [("visit", "travel", "The minister", None, "Oslo", None, True)],  # Monday is when he said it
        ),
        # ... named by the holder of the role named before, when there is one
        (
            "President Ivo Sand spoke on Monday. The president said he would travel to Oslo.",
            [("visit", "travel", "Ivo Sand", None, "Oslo", None, True)],
        ),
    ],
)
def test_he_of_a_role(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trip to a named place during which someone met someone is a visit of its own
        (
            "On a three-day state visit to Peru, Prime Minister Carlo Nanni met the army chief.",
            [
                ("visit", "visit", "Carlo Nanni", None, "Peru", None, False),
                ("meet", "met", "Carlo Nanni", "the army chief", "Peru", None, False),
            ],
        ),
        (
            "President Lina Odo met President Sam Kiro in Mombasa on Saturday during her brief visit to Kenya.",
            [
                ("meet", "met", "Lina Odo", "Sam Kiro", "Mombasa", "on Saturday", False),
                ("visit", "visit", "Lina Odo", None, "Kenya", "on Saturday", False),
            ],
        ),
        # a trip told only as the occasion of a meeting is no visit of its own
        (
            "On his trip, Minister Tom Vale met Sam Kiro in Lima.",
            [("meet", "met", "Tom Vale", "Sam Kiro", "Lima", None, False)],
        ),
        # the same trip told again is one visit, which the later telling may place
        (
            "Ms Tova reopened the consulate on Thursday during her first visit to the island nation. During Ms "
            "Tova's two-day trip to Malta, she and Mr Jon Ek signed a treaty.",
            [
                ("visit", "visit", "Ms Tova", None, "Malta", "on Thursday", False),
                ("propose", "signed", "Tova", "Jon Ek", "Malta", None, False),
            ],
        ),
        (
            "Ms Tova reopened the consulate on Thursday during her first visit to Latvia. During Ms Tova's "
            "two-day trip to Latvia, she and Mr Jon Ek signed a treaty.",
            [
                ("visit", "visit", "Ms Tova", None, "Latvia", "on Thursday", False),
                ("propose", "signed", "Tova", "Jon Ek", "Latvia", None, False),
            ],
        ),
    ],
)
def test_trips_of_meetings(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two named people who travel together each make the trip
        (
            "Anna Belt and Tom Rix visited Bolivia on Tuesday.",
            [
                ("visit", "visited", "Anna Belt", None, "Bolivia", "on Tuesday", False),
                ("visit", "visited", "Tom Rix", None, "Bolivia", "on Tuesday", False),
            ],
        ),
        # ... also with a role apposed to the first
        (
            "Anna Belt, the foreign minister, and her Chilean counterpart Tom Rix visited Bolivia on Tuesday.",
            [
                ("visit", "visited", "Anna Belt", None, "Bolivia", "on Tuesday", False),
                ("visit", "visited", "Tom Rix", None, "Bolivia", "on Tuesday", False),
            ],
        ),
        # states that visit are no pair of travellers to split
        ("Peru and Chile visited Bolivia.", [("visit", "visited", "Peru", None, "Bolivia", None, False)]),
        # a state's capital named by its people or its state is a place travelled to
        (
            "The delegation chief Omar Sadiq headed for the Sudanese capital late on Friday.",
            [("visit", "headed", "Omar Sadiq", None, None, "late on Friday", False)],
        ),
        (
            "The envoy flew to Kenya's capital on Monday.",
            [("visit", "flew", "The envoy", None, "Nairobi", "on Monday", False)],
        ),
        # a capital of no state named is no trip told
        ("The storm headed to the capital.", []),
    ],
)
def test_travellers_and_capitals(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # calling on a named person is a meeting, also with the name parsed as the verb's object
        (
            "The minister called on President Ivo Sand and discussed trade.",
            [("meet", "called", "The minister", "Ivo Sand", None, None, False)],
        ),
        (
            "The president will later call on King Tomas Vell at the palace.",
            [("meet", "call", "The president", "King Tomas Vell", None, None, True)],
        ),
        # calling on someone to do something, or on a body, urges: no meeting
        ("The envoy called on both sides to stop fighting.", []),
        ("The protesters called on the UN to act.", []),
        # who speaks after meeting someone is who met them
        (
            "Speaking to reporters after meeting President Ivo Sand on Monday, Ana Ruiz said she was pleased.",
            [("meet", "meeting", "Ana Ruiz", "Ivo Sand", None, "on Monday", False)],
        ),
    ],
)
def test_calls_on_and_meetings_before_speaking(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role in capitals with its people untagged ("The Chilean President") is the one holder named before
        (
            "Chilean President Ana Ruiz arrived in Lima on Monday. The Chilean President will later call on "
            "President Ivo Sand.",
            [
                ("visit", "arrived", "Ana Ruiz", None, "Lima", "on Monday", False),
                ("meet", "call", "Ana Ruiz", "Ivo Sand", "Lima", None, True),
            ],
        ),
    ],
)
def test_roles_in_capitals(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll told in two verbs of harm happened where and when the last one says
        (
            "A similar blast on Sunday killed 12 people and wounded 30 in the northern city of Kora.",
            [("attack", "killed", None, None, "Kora", "on Sunday", False)],
        ),
        (
            "Gunmen killed four guards and injured two others in Tamba on Friday.",
            [("kill", "killed", "Gunmen", "guards", "Tamba", "on Friday", False)],
        ),
        # a killing or kidnapping told as a noun counts with its victims and its place
        (
            "The raid came two weeks after the killing of 23 farmers at the town of Kora.",
            [("kill", "killing", None, "23 farmers", "Kora", None, False)],
        ),
        (
            "The kidnapping of 30 pupils in Tamba shocked the country.",
            [("abduct", "kidnapping", None, "30 pupils", "Tamba", None, False)],
        ),
        # ... not without a place
        ("The killing of civilians must stop.", []),
        # what strikes a part of the body wounds: no attack told
        ("A neighbour said a shard of glass struck her arm.", []),
        # an event that followed another is no doer of it
        ("The raid was followed by a second drone strike an hour later.", []),
    ],
)
def test_tolls_nominal_harms_and_wounds(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a campaign kills for whoever wages it
        (
            "The Kora Front has waged an insurgency that has killed 40,000 people since 1969.",
            [("kill", "killed", "Kora Front", None, None, None, False)],
        ),
        # a pact reached, like one signed, is a deal concluded by its two sides; a truce closes their talks
        (
            "The army reached a ceasefire agreement with the Kora Front on Monday.",
            [("negotiate", "reached", "The army", "Kora Front", None, "on Monday", False)],
        ),
        ("The talks reached a dead end.", []),
        # a person reaching a place visits it (GUIDELINE: visit, arrive); fighting reaching it does not
        (
            "The minister reached Lima on Monday.",
            [("visit", "reached", "The minister", None, "Lima", "on Monday", False)],
        ),
        ("The fighting reached Lima on Monday.", []),
        # a trip of a given length, or a tour of somewhere, is one trip
        (
            "Ana Ruiz's three-day tour of the delta ended in Warri.",
            [("visit", "tour", "Ana Ruiz", None, "Warri", None, False)],
        ),
        # "the visit" with no place of its own, after a trip told, is that trip again; "day-long" dates nothing
        (
            "Minister Ana Ruiz travelled to Lima on Monday. Throughout the day-long trip, the Chilean delegation "
            "held talks with Ivo Sand.",
            [
                ("visit", "travelled", "Ana Ruiz", None, "Lima", "on Monday", False),
                ("meet", "talks", "Chile", "Ivo Sand", None, None, False),
            ],
        ),
    ],
)
def test_campaigns_pacts_and_trips_told_again(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place the parser hung on whom someone met is where they met
        (
            "The envoy met the rebel commander in Vessaro on Thursday.",
            [("meet", "met", "The envoy", "the rebel commander", "Vessaro", "on Thursday", False)],
        ),
        (
            "Mayor Lenz met Sunday with envoy Ruth Kain at the town hall in Velden.",
            [("meet", "met", "Lenz", "Ruth Kain", "Velden", "Sunday", False)],
        ),
        # ... but "his counterpart in X" is X's counterpart, met anywhere
        (
            "Ana Ruiz will talk with her counterpart in Chile about the border.",
            [("meet", "talk", "Ana Ruiz", "her counterpart", None, None, True)],
        ),
        # ... while counterparts from named states meet where the phrase says
        (
            "Defence Minister Ibro Sanu will host his counterparts from Chad and Mali in Gao next week.",
            [("meet", "host", "Ibro Sanu", "Chad", "Gao", "next week", True)],
        ),
        # a person who receives a named person or a visitor's role meets them
        (
            "King Omar received the visiting president at the Blue Palace in Riyadh on Tuesday.",
            [("meet", "received", "Omar", "the visiting president", "Riyadh", "on Tuesday", False)],
        ),
        (
            "President Ana Ruiz received President Ivo Sand in Lima.",
            [("meet", "received", "Ana Ruiz", "Ivo Sand", "Lima", None, False)],
        ),
        # a handover or a thing received is no meeting
        ("The army received the freed hostage.", []),
        ("The governor received the freed captives.", []),
        ("President Ana Ruiz received a letter from Ivo Sand.", []),
    ],
)
def test_where_people_met_and_guests_received(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive joined to a trip shares its subject: who was embraced on arrival met whoever embraced them
        (
            "King Tomas landed in Velden on Monday and was embraced by Prime Minister Ilse Varga.",
            [
                ("visit", "landed", "Tomas", None, "Velden", "on Monday", False),
                ("meet", "embraced", "Ilse Varga", "Tomas", "Velden", "on Monday", False),
            ],
        ),
        ("The minister embraced the plan.", []),
        # talks told as a round that was held: held where and when the round was
        (
            "The second round of talks between Tarsa and Kora was held on Friday in Lisbon.",
            [("negotiate", "talks", "Tarsa", "Kora", "Lisbon", "on Friday", False)],
        ),
    ],
)
def test_greeting_on_arrival_and_round_held(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role told alone stands for the one holder the article names with its title, or a title that fits it
        (
            "King Omar spoke in Velden on Sunday. The king arrived in Kessa on Monday.",
            [("visit", "arrived", "Omar", None, "Kessa", "on Monday", False)],
        ),
        (
            "Prime Minister Ilse Varga spoke in Velden. The premier arrived in Kessa on Friday.",
            [("visit", "arrived", "Ilse Varga", None, "Kessa", "on Friday", False)],
        ),
        # a state's ruler with no holder of that state named is no party the rules can name
        ("Qatar's ruler arrived in Riyadh on Tuesday.", []),
        # a holder whose title names no state is the holder of the state written after the name
        (
            "President Ana Ruiz of Brazil spoke on Friday. Brazil's president arrived in Lima on Monday.",
            [("visit", "arrived", "Ana Ruiz", None, "Lima", "on Monday", False)],
        ),
        (
            "Emir Nawaf al-Sabah of Kuwait opened parliament on Sunday. Kuwait's emir received the Saudi envoy on"
            " Monday.",
            [("meet", "received", "Nawaf al-Sabah", "Saudi Arabia", None, "on Monday", False)],
        ),
        # ... and of no other state, nor of a state the sentence names elsewhere
        (
            "President Ana Ruiz spoke in Brasilia on Friday. Chile's president arrived in Lima on Monday.",
            [("visit", "arrived", "Chile", None, "Lima", "on Monday", False)],
        ),
        (
            "Sheikh Omar flew to Kuwait last week. Kuwait's emir arrived in Doha on Monday.",
            [("visit", "flew", "Omar", None, "Kuwait", "last week", False)],
        ),
    ],
)
def test_a_role_told_alone_is_its_named_holder(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a titled person visited is met, where the visit was, though the span read as a body kept the title
        (
            "The minister visited Bishop Anselm in Lyon on Monday.",
            [("meet", "visited", "The minister", "Bishop Anselm", "Lyon", "on Monday", False)],
        ),
        # a road named after a king is a place
        (
            "The envoy visited King Fahd Road in Riyadh.",
            [("visit", "visited", "The envoy", None, "King Fahd Road", None, False)],
        ),
    ],
)
def test_a_titled_person_visited_is_met(nlp, text, expected):
    assert events(nlp, text) == expected
