"""Attribution that is no plain speech verb: a trailing "per X", a count given or placed, reporters who saw a
count, an "attribute" cue, a colon that announces the next paragraph; speakers that are no one (a negated
subject, evidence), a role set beside a name, "the same source", a statement relayed under a title."""

from __future__ import annotations

import pytest

from newsfacts.transforms.claims import extract_claims
from newsfacts.transforms.figures import extract_figures

ARTICLE = "art_attr"


def rows(nlp, text: str) -> list[tuple]:
    """(kind, speaker, cue, content) of every claim of a text."""
    return [(r["kind"], r["speaker_text"], r["cue"], r["content"]) for r in extract_claims(nlp(text), ARTICLE)]


def sources(nlp, text: str) -> dict[str, str | None]:
    """Each figure's text and the source the text credits it to."""
    return {f["text"]: f["source_text"] for f in extract_figures(nlp(text), ARTICLE)}


# ---------------------------------------------------------------- "..., per X"


def test_trailing_per_credits_the_clause_as_according_to(nlp):
    text = "At least 27 people drowned in the flash floods, per the provincial disaster agency."
    assert rows(nlp, text) == [
        ("according_to", "the provincial disaster agency", "per", "At least 27 people drowned in the flash floods")
    ]
    assert sources(nlp, text) == {"At least 27": "the provincial disaster agency"}


def test_per_a_plural_body_or_a_name_opening_the_sentence(nlp):
    assert sources(nlp, "The cyclone flattened 350 huts, per local officials.") == {"350": "local officials"}
    assert rows(nlp, "Per Reuters, 17 miners were trapped underground.") == [
        ("according_to", "Reuters", "per", "17 miners were trapped underground")
    ]


@pytest.mark.parametrize(
    "text, content",
    [
        ("As per the district police, the raiders fled across the river.", "the raiders fled across the river"),
        ("The raiders fled across the river, as per the district police.", "The raiders fled across the river"),
    ],
)
def test_as_per_credits_the_clause_as_according_to(nlp, text, content):
    assert rows(nlp, text) == [("according_to", "the district police", "per", content)]


def test_a_credit_phrase_alone_is_no_statement(nlp):
    # the parse hangs "As per X" on the verb, which read the phrase as what it said
    assert [r[3] for r in rows(nlp, "As per Reuters, the militia answered with rockets.")] in (
        [],
        ["the militia answered with rockets"],
    )


def test_as_per_a_schedule_credits_no_one(nlp):
    assert rows(nlp, "The convoy left the depot as per the schedule.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the outlet relays the ministry's claim, which stands, and "it" after it is the ministry
        (
            "According to Radio Kessa, the interior ministry said guards were ambushed at the dam. It also said "
            "nine raiders died.",
            [
                ("indirect", "the interior ministry", "say", "guards were ambushed at the dam"),
                ("indirect", "the interior ministry", "say", "nine raiders died"),
            ],
        ),
        (
            "The interior ministry said guards had retaken the dam, according to Radio Kessa.",
            [("indirect", "The interior ministry", "say", "guards had retaken the dam, according to Radio Kessa")],
        ),
    ],
)
def test_according_to_an_outlet_relays_a_claim_told_with_its_speaker(nlp, text, expected):
    assert rows(nlp, text) == expected


def test_according_to_the_law_credits_no_one(nlp):
    text = "The detainees will be tried according to the law, the minister said."
    assert rows(nlp, text) == [("indirect", "the minister", "say", "The detainees will be tried according to the law")]


def test_per_a_rule_credits_no_one(nlp):
    assert rows(nlp, "The detainees were freed in pairs, per the terms of the accord.") == []


def test_per_as_a_rate_credits_no_one(nlp):
    text = "Diesel now costs $3 per litre and 40 per cent of the pumps are dry."
    assert rows(nlp, text) == []
    assert set(sources(nlp, text).values()) == {None}


def test_per_after_a_statement_with_its_own_speaker_only_relays_it(nlp):
    claims = rows(nlp, "Mayor Ilse Varga wrote that the harbour was closed, per the Coastal Gazette.")
    assert [(kind, speaker) for kind, speaker, _, _ in claims] == [("indirect", "Ilse Varga")]


# ---------------------------------------------------------------- negated subjects and evidence speak for no one


def test_a_subject_with_no_makes_no_claim(nlp):
    assert rows(nlp, "No militia has claimed responsibility for the ambush.") == []
    assert rows(nlp, "Nobody has claimed responsibility for the depot fire.") == []
    assert rows(nlp, "No official said the levee would hold.") == []


def test_a_negated_statement_inside_a_claim_stays_in_its_content(nlp):
    assert rows(nlp, "The police said no faction had claimed the shooting.") == [
        ("indirect", "The police", "say", "no faction had claimed the shooting")
    ]


def test_evidence_that_reveals_is_no_speaker(nlp):
    assert rows(nlp, "Initial findings revealed that a faulty heater started the blaze.") == []
    assert rows(nlp, "Preliminary information indicates that the dam gave way at night.") == []


def test_evidence_credits_a_figure_by_its_owner(nlp):
    assert sources(nlp, "Early footage showed that 16 fishermen had drowned.") == {"16": "Early footage"}
    assert sources(nlp, "Footage from the coast guard showed that 16 fishermen had drowned.") == {
        "16": "the coast guard"
    }


# ---------------------------------------------------------------- "attribute" and participles after a deed


def test_attribute_to_is_a_claim(nlp):
    assert rows(nlp, "The fire chief attributed the blaze to a faulty heater.") == [
        ("indirect", "The fire chief", "attribute", "the blaze to a faulty heater")
    ]


def test_attributing_or_blaming_after_a_deed_speaks_for_the_doer(nlp):
    assert rows(nlp, "The police sealed the street, attributing the blast to a gas leak.") == [
        ("indirect", "The police", "attribute", "the blast to a gas leak")
    ]
    assert rows(nlp, "The rebels withdrew from the ridge, blaming the army for the collapse of the truce.") == [
        ("indirect", "The rebels", "blame", "the army for the collapse of the truce")
    ]


def test_a_passive_attribution_has_no_speaker(nlp):
    assert rows(nlp, "The blast was attributed to a gas leak.") == []


# ---------------------------------------------------------------- a count given or placed


def test_gave_the_figure_as_a_count(nlp):
    text = "The regional ministry gave the figure as 64 dead."
    assert rows(nlp, text) == [("indirect", "The regional ministry", "give", "the figure as 64 dead")]
    assert sources(nlp, text) == {"64": "The regional ministry"}


def test_placed_the_toll_at_a_count(nlp):
    assert sources(nlp, "The governor placed the death toll at 19.") == {"19": "The governor"}


def test_giving_or_placing_a_thing_reports_no_count(nlp):
    assert sources(nlp, "The charity gave blankets to 300 families.") == {"300": None}
    assert sources(nlp, "Soldiers placed 40 sandbags at the gate.") == {"40": None}
    assert rows(nlp, "The clinic gave her age as 45.") == []


# ---------------------------------------------------------------- reporters who saw a count


def test_reporters_who_saw_a_count_are_its_source(nlp):
    assert sources(nlp, "Reporters at the market saw 14 bodies.") == {"14": "Reporters"}
    assert sources(nlp, "A Reuters photographer saw at least 9 bodies at the morgue.") == {
        "at least 9": "A Reuters photographer"
    }


def test_anyone_else_who_saw_a_count_is_no_source(nlp):
    assert sources(nlp, "Farmers saw six drones over the valley.") == {"six": None}
    assert sources(nlp, "The colonel saw 20 recruits desert.") == {"20": None}


# ---------------------------------------------------------------- a colon that announces the next paragraph


def test_the_paragraph_after_a_said_colon_is_the_speakers(nlp):
    text = "The health ministry said in a statement:\n\nAt least 38 people were killed and 70 wounded. Another 11 are missing."
    assert sources(nlp, text) == {
        "At least 38": "The health ministry",
        "70": "The health ministry",
        "11": "The health ministry",
    }


def test_the_items_of_a_list_after_the_colon_are_the_speakers(nlp):
    text = "The relief agency gave these figures:\n- 52 killed\n- 96 wounded\n- 13 missing"
    assert set(sources(nlp, text).values()) == {"The relief agency"}


def test_a_colon_credits_only_the_paragraph_after_it_and_only_after_a_credit(nlp):
    text = (
        "The police said in a statement:\n\nAt least 38 people were killed.\n\nRescuers found 3 more bodies on Monday."
    )
    assert sources(nlp, text)["3"] is None
    assert sources(nlp, "The storm hit five towns:\n\nAt least 38 people were killed.") == {
        "five": None,
        "At least 38": None,
    }


# ---------------------------------------------------------------- who a role, "the same source" or a relayed title is


def test_a_role_set_beside_a_name_is_that_person_later(nlp):
    text = "The county's health chief, Ruth Odhiambo, visited the ward. The health chief said more beds were coming."
    assert rows(nlp, text)[-1][1] == "Ruth Odhiambo"


def test_a_boss_or_director_named_before_is_that_person(nlp):
    text = "The port authority's boss, Karel Dvorak, toured the docks. Cranes were idle. The port boss said work would resume."
    assert rows(nlp, text)[-1][1] == "Karel Dvorak"
    text = "The museum director, Dr. Lio Serra, was at home. The director said 14 paintings were saved."
    assert rows(nlp, text)[-1][1] == "Dr. Lio Serra"


def test_a_role_no_one_holds_stays_the_role(nlp):
    text = "President Hana Ribeiro landed in Porto. The director said the deal was signed."
    assert rows(nlp, text)[-1][1] == "The director"


def test_the_same_source_is_whoever_spoke_just_before(nlp):
    text = "A port official told AFP that the ferry was hit. At least four cabins were burned, the same source said."
    assert rows(nlp, text)[-1][1] == "A port official"
    text = "The navy said 3 sailors died. The same source said 12 were hurt."
    assert rows(nlp, text)[-1][1] == "The navy"
    assert sources(nlp, text)["12"] == "The navy"


def test_a_statement_relayed_under_a_title_keeps_its_speaker(nlp):
    text = "Colonel Petra Lund said 12 people were arrested, the state agency reported."
    assert rows(nlp, text) == [("indirect", "Petra Lund", "say", "12 people were arrested")]
    text = "Premier Tomas Reyes announced that the clinics would stay open, the broadcaster reported."
    assert rows(nlp, text) == [("indirect", "Tomas Reyes", "announce", "the clinics would stay open")]


# ---------------------------------------------------------------- verbs of making clear and recalling


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The ministry clarified that inspections would proceed case by case.",
            [("indirect", "The ministry", "clarify", "inspections would proceed case by case")],
        ),
        (
            "The minister pointed out that the border had been closed since May.",
            [("indirect", "The minister", "point", "the border had been closed since May")],
        ),
        (
            "The statement specified that 40 trucks would cross each day.",
            [("indirect", "The statement", "specify", "40 trucks would cross each day")],
        ),
        (
            "The mayor recalled that the bridge had been hit twice before.",
            [("indirect", "The mayor", "recall", "the bridge had been hit twice before")],
        ),
        (
            '"The road is shut," the governor clarified.',
            [("direct_quote", "the governor", "clarify", "The road is shut")],
        ),
        # without a clause they state nothing
        ("The minister pointed to the ruins of the market.", []),
        ("The mayor recalled the victims of the blast.", []),
    ],
)
def test_verbs_of_making_clear_and_recalling(nlp, text, expected):
    assert rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The harbour master speculated that the fire was set on purpose.",
            [("indirect", "The harbour master", "speculate", "the fire was set on purpose")],
        ),
        # the stressed past states; a question or a denial does not
        (
            "The council did say that the road would reopen in May.",
            [("indirect", "The council", "say", "the road would reopen in May")],
        ),
        ("Did the council say that the road would reopen in May?", []),
        ("The council did not say that the road would reopen in May.", []),
    ],
)
def test_speculating_and_the_stressed_past(nlp, text, expected):
    assert rows(nlp, text) == expected
