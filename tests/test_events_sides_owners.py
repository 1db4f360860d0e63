"""Who fights whom and for whom: the sides of a fight told by "between" (states, coordinated nationalities) and
forces named by a possessive pronoun, who act for the party the pronoun stands for."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.eventrows import event_rows

PUB = dt.date(2025, 3, 12)
FIELDS = ("type", "trigger", "actor", "counterpart")


events = partial(event_rows, fields=FIELDS, published_at=PUB)


@pytest.mark.parametrize(
    "text,actor,counterpart",
    [
        # a fight hung by the parser on its verb: two states are its sides, as bodies or people are
        ("Heavy clashes broke out between Thailand and Cambodia along the border.", "Thailand", "Cambodia"),
        ("Fierce fighting erupted between India and Pakistan in Kashmir on Monday.", "India", "Pakistan"),
        # troops of two sides told by coordinated nationalities: each nationality is a side
        ("Clashes broke out between Ethiopian and Eritrean soldiers near Badme.", "Ethiopia", "Eritrea"),
        ("Clashes between Ethiopian and Eritrean troops killed nine people near Badme.", "Ethiopia", "Eritrea"),
        # a people's own groups told by coordinated names: each name is a side
        ("A brawl broke out between the Oru and Daki clans at a market in Wabag on Sunday.", "Oru", "Daki"),
        ("Fighting erupted between the Lango and Teso communities near Soroti.", "Lango", "Teso"),
    ],
)
def test_sides_of_a_fight_between_states(nlp, text, actor, counterpart):
    assert [(r["type"], r["actor"], r["counterpart"]) for r in events(nlp, text)] == [("attack", actor, counterpart)]


def test_places_between_which_something_happened_are_no_sides(nlp):
    # "occurred between A and B": where, not who
    rows = events(nlp, "The attack occurred between Malelei and Kulan, police said.")
    assert [r["actor"] for r in rows] in ([], [None])


@pytest.mark.parametrize(
    "text,trigger,actor",
    [
        ("Yevgeny Prigozhin said his troops had entered the city of Rostov-on-Don.", "entered", "Yevgeny Prigozhin"),
        ("John Kalda said on Monday that his fighters had stormed Tamba.", "stormed", "John Kalda"),
        (
            "The Red Hand Front has vowed revenge. Its gunmen attacked a police post in Tamba.",
            "attacked",
            "Red Hand Front",
        ),
    ],
)
def test_forces_of_a_possessive_pronoun_act_for_its_referent(nlp, text, trigger, actor):
    rows = [r for r in events(nlp, text) if r["trigger"] == trigger]
    assert [r["actor"] for r in rows] == [actor]


def test_a_pronoun_with_no_named_referent_leaves_the_forces_as_written(nlp):
    rows = events(nlp, "Their soldiers stormed the village at dawn.")
    assert [r["actor"] for r in rows if r["trigger"] == "stormed"] == ["Their soldiers"]


@pytest.mark.parametrize(
    "text,trigger,actor",
    [
        # a group noun after capitalised words the tagger left untagged is a group named, not "the group" told before
        (
            "Tamba, a town held by Valdoria, was captured on Monday by the Red Hand militia.",
            "captured",
            "Red Hand militia",
        ),
        (
            "Kalda said he backed the army. The Red Hand group kidnapped 20 students in Tamba.",
            "kidnapped",
            "Red Hand group",
        ),
        ("Fighters from the Kara Brigade stormed Tamba.", "stormed", "Kara Brigade"),
    ],
)
def test_a_group_named_by_its_own_words(nlp, text, trigger, actor):
    assert [r["actor"] for r in events(nlp, text) if r["trigger"] == trigger] == [actor]


def test_the_group_alone_is_the_group_named_before(nlp):
    rows = events(nlp, "Boko Haram fighters attacked a school. The group kidnapped 20 students.")
    assert [r["actor"] for r in rows if r["trigger"] == "kidnapped"] == ["Boko Haram"]


@pytest.mark.parametrize(
    "text,trigger,actor",
    [
        # a common noun describing a body named beside it stands for that name
        (
            "The Sudanese paramilitary Rapid Support Forces shelled El Fasher on Monday.",
            "shelled",
            "Rapid Support Forces",
        ),
        ("Nigeria's jihadist group JAS kidnapped 20 students.", "kidnapped", "JAS"),
        ("The militia, the Red Hand Front, stormed Tamba on Monday.", "stormed", "Red Hand Front"),
    ],
)
def test_a_descriptor_stands_for_the_name_apposed_to_it(nlp, text, trigger, actor):
    assert [r["actor"] for r in events(nlp, text) if r["trigger"] == trigger] == [actor]


def test_a_description_apposed_to_a_name_keeps_the_name(nlp):
    rows = events(nlp, "The army, Valdoria's largest force, stormed Tamba.")
    assert [r["actor"] for r in rows if r["trigger"] == "stormed"] == ["The army"]


@pytest.mark.parametrize(
    "text,trigger",
    [
        # a name joined by a hyphen to the next word tells a flag, backer or base, never the group or "it" told later
        ("Gunmen boarded the Liberian-flagged carrier Orion Star, which the group seized in March.", "seized"),
        ("The Borvia-backed militia said on Monday it had fired rockets at the base in Tamba.", "fired"),
        ("A Kessa-based group said it had attacked a police post in Tamba.", "attacked"),
    ],
)
def test_a_name_in_a_hyphenated_modifier_is_no_referent(nlp, text, trigger):
    actors = [r["actor"] for r in events(nlp, text) if r["trigger"] == trigger]
    assert not any(a in ("Liberia", "Liberian", "Borvia", "Kessa") for a in actors)


@pytest.mark.parametrize(
    "text",
    [
        "The army accused Borvia of sending soldiers to back the offensive.",
        "Valdoria funded the raids on Tamba, officials said.",
        "Borvia supported the assault on Kessa by the Red Hand Front.",
    ],
)
def test_a_backer_of_an_attack_is_not_its_doer(nlp, text):
    assert not any(r["actor"] in ("Borvia", "Valdoria") for r in events(nlp, text))


def test_who_launches_an_attack_does_it(nlp):
    assert [r["actor"] for r in events(nlp, "Valdoria launched an offensive on Tamba.")] == ["Valdoria"]


def test_a_name_in_what_a_copula_says_someone_is_is_no_referent(nlp):
    text = (
        "Kalda, who has long been an opponent of Valdoria and Borvia, announced his resignation, leading "
        "supporters to protest. They eventually overran the parliament and fought with police officers."
    )
    assert not any(r["actor"] in ("Valdoria", "Borvia") for r in events(nlp, text))


def test_a_pair_named_as_subjects_is_the_referent_of_they(nlp):
    rows = events(nlp, "Valdoria and Borvia signed a truce last year. They later exchanged fire near Tamba.")
    assert [r["actor"] for r in rows if r["trigger"] == "exchanged"] == ["Valdoria"]


@pytest.mark.parametrize(
    "text,actor",
    [
        # a state's forces, told by its nationality, act for the state
        ("Israeli soldiers shot dead two men in Jenin on Monday.", "Israel"),
        ("Russian troops shelled Kharkiv on Monday.", "Russia"),
        ("The Chinese coast guard fired water cannon at a fishing boat.", "China"),
        # armed men of a band, or one person, told by a nationality act for themselves
        ("Palestinian militants fired rockets at Sderot on Monday.", "Palestinian militants"),
        ("Nigerian gunmen kidnapped 20 students in Kaduna.", "Nigerian gunmen"),
        ("Sudanese paramilitary forces attacked a camp in Darfur on Friday.", "Sudanese paramilitary forces"),
        ("A Tunisian naval guard shot dead two people near the port.", "A Tunisian naval guard"),
    ],
)
def test_a_nationality_names_the_state_only_for_its_forces(nlp, text, actor):
    assert events(nlp, text)[0]["actor"] == actor
