"""Where an event happened when the parser hung the place deeper in its words than the rules for its own
adjuncts look ("met a delegation of elders in Kavala", "targets around the port city of Berbera"), and when a deed
told in a participle or a joined verb shares the place of the one it goes with ("attacked camps near Lafon,
abducting six children")."""

from __future__ import annotations

import pytest

from tests.eventrows import event_tuples


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The governor, who met a delegation of village elders in Kavala on Monday, said the road would reopen.",
            ("meet", "met", "The governor", "a delegation", "Kavala", "on Monday", False),
        ),
        (
            "Rebels kidnapped two engineers working at a copper mine near Tessit.",
            ("abduct", "kidnapped", "Rebels", "engineers", "Tessit", None, False),
        ),
        (
            "Fighters stormed a police post and then a market in the northern town of Doru on Sunday.",
            ("attack", "stormed", "Fighters", "police", "Doru", "on Sunday", False),
        ),
        (
            "Navy ships struck more than a dozen rebel targets around the port city of Berbera.",
            ("attack", "struck", "Navy", "rebel", "Berbera", None, False),
        ),
        (
            "Envoy Ana Lind is due to host the chief negotiators of both sides in Vienna on May 5.",
            ("meet", "host", "Envoy Ana Lind", "the chief negotiators", "Vienna", "on May 5", True),
        ),
        (
            "Foreign Minister Lars Berg held talks with the Taliban's top leaders in Kabul on Tuesday.",
            ("meet", "talks", "Lars Berg", "Taliban", "Kabul", "on Tuesday", False),
        ),
        (  # where one went on a visit is a place, whatever the tagger made of the name
            "Prime Minister Ada Vik arrived on a three-day state visit to Norland on Monday.",
            ("visit", "arrived", "Ada Vik", None, "Norland", "on Monday", False),
        ),
    ],
)
def test_a_place_hung_deep_in_the_events_words_is_where_it_happened(nlp, text, expected):
    assert event_tuples(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # where the counterpart holds office
            "The minister met his counterpart in Kabul on Friday.",
            ("meet", "met", "The minister", "his counterpart", None, "on Friday", False),
        ),
        (  # where the victim came from
            "Gunmen killed a trader from Lagos on Monday.",
            ("kill", "killed", "Gunmen", "trader", None, "on Monday", False),
        ),
        (  # another happening's place: the deaths were in Kora, not the meeting
            "The envoy met relatives of soldiers killed in Kora.",
            ("meet", "met", "The envoy", "relatives", None, None, False),
        ),
        (  # what came before it: the visit was in Kessa, the meeting after it need not be
            "Minister Ada Vik will meet President Tom Oru after a visit to Kessa.",
            ("meet", "meet", "Ada Vik", "Tom Oru", None, None, True),
        ),
    ],
)
def test_a_place_of_someone_met_or_of_another_deed_is_not_the_events(nlp, text, expected):
    assert event_tuples(nlp, text)[0] == expected


def test_a_place_this_deep_keeps_no_event_without_a_doer(nlp):
    # a stray bullet is no attack; its "in" phrase does not make one
    assert event_tuples(nlp, "A girl was hit by a stray bullet in Kitengela.") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Armed youths from Kapoeta attacked cattle camps near Lafon, abducting six children.",
            [
                ("attack", "attacked", "Armed youths", None, "Lafon", None, False),
                ("abduct", "abducting", "Armed youths", "children", "Lafon", None, False),
            ],
        ),
        (
            "Gunmen stormed a school in Kankara and kidnapped 40 pupils.",
            [
                ("attack", "stormed", "Gunmen", None, "Kankara", None, False),
                ("abduct", "kidnapped", "Gunmen", "pupils", "Kankara", None, False),
            ],
        ),
        (
            "The minister arrived in Cairo on Monday and met President Ali Farah.",
            [
                ("visit", "arrived", "The minister", None, "Cairo", "on Monday", False),
                ("meet", "met", "The minister", "Ali Farah", "Cairo", "on Monday", False),
            ],
        ),
    ],
)
def test_a_deed_joined_to_another_with_no_subject_of_its_own_shares_its_place(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


def test_a_clause_with_its_own_subject_keeps_its_own_place(nlp):
    rows = event_tuples(nlp, "Troops shelled Kora on Monday, and rebels attacked a convoy the next day.")
    assert [(r[1], r[4]) for r in rows] == [("shelled", "Kora"), ("attacked", None)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # a country struck, and the one city of it where the dead were
            "A rebel drone hit Ukraine on Sunday, leaving two people dead in a district of Kharkiv.",
            ("attack", "hit", "rebel", "Ukraine", "Kharkiv", "on Sunday", False),
        ),
        (  # two cities of it: the country stays
            "Missiles struck Ukraine on Friday, killing two people in Kharkiv and one in Odesa.",
            ("attack", "struck", None, "Ukraine", "Ukraine", "on Friday", False),
        ),
        (  # a city of another country is not where in this one
            "Rebels attacked Chad on Monday, a day after talks in Niamey.",
            ("attack", "attacked", "Rebels", "Chad", "Chad", "on Monday", False),
        ),
        (  # a place in the subject of who said it is not where it happened
            "The army attacked rebel camps in Mali on Sunday, officials in Bamako said.",
            ("attack", "attacked", "The army", None, "Mali", "on Sunday", False),
        ),
    ],
)
def test_a_country_is_narrowed_to_the_one_place_in_it_its_sentence_names(nlp, text, expected):
    assert event_tuples(nlp, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the people struck or killed live, named by "of" or by the name set beside it
        (
            "Gunmen attacked residents of the capital, Bamako, on Monday.",
            [("attack", "attacked", "Gunmen", None, "Bamako", "on Monday", False)],
        ),
        (
            "Gunmen killed 12 residents of Tessit on Monday.",
            [("kill", "killed", "Gunmen", None, "Tessit", "on Monday", False)],
        ),
        # what was forced into lies where its own "in" says, the name set beside "the capital" however hung
        (
            "Troops forced their way into the mission in the capital, Quito, to detain a fugitive senator.",
            [("attack", "forced", "Troops", "the mission", "Quito", None, False)],
        ),
    ],
)
def test_where_those_struck_live_or_what_was_entered_lies(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site near which it happened says the ground it stands on
        (
            "A coast guard shot and killed two fishermen on Tuesday near a mosque on the island of Belo.",
            [("kill", "killed", "A coast guard", "fishermen", "Belo", "on Tuesday", False)],
        ),
        # where the one harmed was, told in a clause of the time with a pronoun of its own
        (
            "Two gunmen shot dead a judge as he walked out of his house in the town of Orvo on Friday.",
            [("kill", "shot", "gunmen", "judge", "Orvo", "on Friday", False)],
        ),
        # a seat of government after a preposition of place is the building it happened in
        (
            "Chancellor Otto Brand met Prime Minister Ivo Kral in the Kremlin on Tuesday.",
            [("meet", "met", "Otto Brand", "Ivo Kral", "Kremlin", "on Tuesday", False)],
        ),
        # an "it" after a thing its own sentence told stands for that thing, not a place named before
        (
            "Gunmen raided the town of Beni on Monday. Five guards posted at a checkpoint died when it was"
            " attacked by rebels on Tuesday.",
            [
                ("attack", "raided", "Gunmen", None, "Beni", "on Monday", False),
                ("attack", "attacked", "rebels", None, None, "on Tuesday", False),
            ],
        ),
        # the dead of a toll told first lived where their "of" says, the deed told in its clause of the time
        (
            "Twelve residents of Kora were killed on Sunday when gunmen stormed a market.",
            [("attack", "stormed", "gunmen", None, "Kora", "on Sunday", False)],
        ),
        # a weapon "of" a named side is that side's doing
        (
            "Nine villagers of Tudun Kasa were killed on Sunday when a drone of the Borvian Army bombed a wedding.",
            [("attack", "bombed", "the Borvian Army", "a wedding", "Tudun Kasa", "on Sunday", False)],
        ),
    ],
)
def test_places_of_sites_victims_and_seats(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deed told in a participle with no subject continues the one before it, where that one was
        (
            "Last week, armed youths from Lemo attacked cattle camps near Duk, killing 11 herders and abducting six"
            " children, officials said.",
            [
                ("attack", "attacked", "armed youths", "herders", "Duk", "Last week", False),
                ("abduct", "abducting", "armed youths", "children", "Duk", "Last week", False),
            ],
        ),
        # talks a trip is made for are held where, and when, the trip goes
        (
            "Envoy Lena Holm will travel to Vardo next Tuesday for talks with rebel leaders.",
            [
                ("visit", "travel", "Lena Holm", None, "Vardo", "next Tuesday", True),
                ("meet", "talks", "Lena Holm", "rebel leaders", "Vardo", "next Tuesday", True),
            ],
        ),
        (
            "President Ivo Kral is expected to travel to Vardo on Saturday for a regional summit, where he will meet"
            " President Lena Holm.",
            [
                ("visit", "travel", "Ivo Kral", None, "Vardo", "on Saturday", True),
                ("meet", "meet", "Ivo Kral", "Lena Holm", "Vardo", "on Saturday", True),
            ],
        ),
        # where a trip told with a meeting goes is a place, whatever the tagger made of the name
        (
            "The deputy governor said a delegation would travel to Pibor on Saturday to meet community leaders.",
            [
                ("visit", "travel", "a delegation", None, "Pibor", "on Saturday", True),
                ("meet", "meet", "a delegation", "community leaders", "Pibor", "on Saturday", True),
            ],
        ),
        # one due somewhere to meet meets there, ahead
        (
            "Envoy Lena Holm is due in Vardo next week to meet rebel leaders.",
            [("meet", "meet", "Lena Holm", "rebel leaders", "Vardo", "next week", True)],
        ),
    ],
)
def test_continued_deeds_and_meetings_a_trip_is_for(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle joined to one of no event of its own is where that one says
        (
            "Envoy Lena Holm, speaking in Vardo and meeting with families of hostages, urged the rebels to free them.",
            [("meet", "meeting", "Lena Holm", "families", "Vardo", None, False)],
        ),
        # a date right between a subject and its verb dates the verb, however the parser hung it (the tagger
        # reads this name as a participle and hangs the date on it)
        (
            "Wilken on Thursday offered more food aid to the refugees in Vardo.",
            [("propose", "offered", "Wilken", None, "Vardo", "on Thursday", False)],
        ),
    ],
)
def test_joined_participles_and_dates_after_the_subject(nlp, text, expected):
    assert event_tuples(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the name set beside a capital is the place, not the nationality word before the noun
        (
            "Ruto met Lourenco on Monday in the Angolan capital, Luanda.",
            ("meet", "met", "Ruto", "Lourenco", "Luanda", "on Monday", False),
        ),
        # a nationality word before "capital" names the country, whose capital city it is
        (
            "Ruto met Lourenco in the Angolan capital on Monday.",
            ("meet", "met", "Ruto", "Lourenco", "Luanda", "on Monday", False),
        ),
    ],
)
def test_a_capital_told_by_its_nationality_word(nlp, text, expected):
    assert event_tuples(nlp, text)[0] == expected
