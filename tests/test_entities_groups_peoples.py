"""Entity mentions: listed group names read in part, generation names, peoples' names, and places named by an
office or a verb of leaving (invented sentences)."""

from __future__ import annotations

import pytest

from newsfacts.transforms.entities import extract_mentions, resolve_entities


def _labels(nlp, text):
    return {m["text"]: m["label"] for m in extract_mentions(nlp(text), "a")}


@pytest.mark.parametrize(
    "text",
    [
        "Kabul said the Pakistani Taliban fighters had crossed from Kurram.",
        "Police in Peshawar said fighters of the Pakistani Taliban carried out the raid.",
        "Residents said the Pakistani Taliban militants had set up checkpoints.",
    ],
)
def test_a_listed_group_name_opening_with_a_nationality_is_read_whole(nlp, text):
    labels = _labels(nlp, text)
    assert labels.get("Pakistani Taliban") == "ORG" and "Taliban" not in labels


def test_the_listed_group_never_merges_with_the_group_its_last_word_names(nlp):
    mentions = list(extract_mentions(nlp("The Taliban government in Kabul said aid had reached Kunar."), "a0"))
    mentions += list(
        extract_mentions(nlp("Residents said the Pakistani Taliban militants had set up checkpoints near Tank."), "a1")
    )
    entities, _, _ = resolve_entities(mentions)
    names = {e["name"] for e in entities}
    assert {"Taliban", "Pakistani Taliban"} <= names


@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined the rallies that echoed the Gen Z-led marches seen lately in Peru and Chile.",
        "Organisers in Quito said Gen Z voters would decide the race.",
        "Students of the Gen Z generation called a new strike in Lima on Monday.",
    ],
)
def test_a_generation_name_is_no_entity(nlp, text):
    assert not any("Gen" in name or name == "Z" for name in _labels(nlp, text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Yazidi elders met the regional envoy on Friday.", "Yazidi"),
        ("Druze fighters clashed with Bedouin tribes near the city.", "Bedouin"),
        ("Local Druze gunmen held several traders overnight, residents said.", "Druze"),
    ],
)
def test_a_peoples_name_on_a_noun_is_no_entity(nlp, text, name):
    assert name not in _labels(nlp, text)


def test_a_peoples_name_standing_alone_is_a_norp(nlp):
    assert _labels(nlp, "The Druze said the talks in the south had failed.").get("Druze") == "NORP"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The mayor of Tarvik said the water supply had been cut.", "Tarvik"),
        ("Tribal leaders met the governor of Sinjar on Friday.", "Sinjar"),
        ("Shells landed on the outskirts of Velmora overnight.", "Velmora"),
    ],
)
def test_a_name_after_an_office_or_part_of_a_place_with_of_is_a_place(nlp, text, name):
    assert _labels(nlp, text).get(name) == "GPE"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Fighters later withdrew from Dabrok, the army said.", "Dabrok"),
        ("Hundreds of families fled from Kaltenau after the shelling.", "Kaltenau"),
        ("Kabul said the gunmen had crossed from Kurram.", "Kurram"),
    ],
)
def test_a_name_after_from_on_a_verb_of_leaving_is_a_place(nlp, text, name):
    assert _labels(nlp, text).get(name) == "GPE"


def test_a_person_after_from_on_other_verbs_stays_a_person(nlp):
    labels = _labels(nlp, "Mayor Lena Ortiz said she had heard nothing from Ortiz's rival, Paul Drach.")
    assert labels.get("Paul Drach") == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The army shelled villages around Tell Abyad and nearby farms.", "Tell Abyad"),
        ("Clashes erupted in al-Mazra'ah and nearby Walgha.", "al-Mazra'ah"),
        ("Drones hit positions near Deir Hafer and Maskanah overnight.", "Deir Hafer"),
    ],
)
def test_a_name_of_two_words_after_in_or_near_read_as_a_person_is_a_place(nlp, text, name):
    assert _labels(nlp, text).get(name) == "GPE"


def test_two_people_joined_by_and_after_between_stay_persons(nlp):
    labels = _labels(nlp, "Talks between Ana Ruiz and Paul Drach ended early, aides said.")
    assert labels.get("Paul Drach") == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Aid was cut, the UN resident coordinator in Somalia Marten Oberdahl told reporters.", "Marten Oberdahl"),
        ("The deputy envoy in Libya Harun Belkadi warned of more clashes.", "Harun Belkadi"),
    ],
)
def test_a_person_named_after_an_office_in_a_country_stays_a_person(nlp, text, name):
    assert _labels(nlp, text).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Kessa People's Republic said its forces shelled the town.", "The Kessa People's Republic"),
        ("The Velia People's Republic and the Kessa People's Republic signed it.", "the Kessa People's Republic"),
    ],
)
def test_a_name_ending_in_a_word_for_a_state_is_a_state(nlp, text, name):
    assert _labels(nlp, text).get(name) == "GPE"


def test_a_party_named_for_a_republic_stays_an_organisation(nlp):
    # guard: "Republic" inside a longer name
    assert _labels(nlp, "Ola Dorn of the Kessa Republic party spoke.").get("Kessa Republic") == "ORG"


def test_a_style_and_a_states_kind_alone_name_no_one(nlp):
    labels = _labels(nlp, "His Majesty met the envoy in Tarsk. The Kingdom will host the talks, His Majesty said.")
    assert labels == {"Tarsk": "GPE"}


def test_a_kingdom_with_its_name_is_named(nlp):
    # guard: "the Kingdom of Kessa" names a state
    assert _labels(nlp, "The Kingdom of Kessa signed the pact on Monday.").get("The Kingdom of Kessa") == "GPE"


def test_ranks_before_soldiers_names_are_no_names(nlp):
    labels = _labels(nlp, "Those killed were Pfc Ola Dorn, Pfc Ema Brand and Sgt Ali Musa.")
    assert labels == {"Ola Dorn": "PERSON", "Ema Brand": "PERSON", "Ali Musa": "PERSON"}
