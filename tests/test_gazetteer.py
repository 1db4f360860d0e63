"""Gazetteer: known places and news agencies from shipped package data."""

from __future__ import annotations

import pytest

from newsfacts.transforms.language.gazetteer import agency, armed_group, place, seat_of_government


@pytest.mark.parametrize(
    "name,kind,strong",
    [
        ("Kyiv", "city", True),
        ("Kiev", "city", True),
        ("Khan Younis", "city", True),
        ("Mali", "country", True),
        ("Niger", "country", True),
        ("Nigeria", "country", True),
        ("Sahel", "area", True),
        ("Gaza Strip", "region", True),
        ("Port-au-Prince", "city", True),
        ("the Democratic Republic of Congo", "country", True),
        ("Bosnia", "country", True),  # the short name news writes for Bosnia and Herzegovina
        ("East Timor", "country", True),
    ],
)
def test_known_places(name, kind, strong):
    found = place(name)
    assert (found.kind, found.strong) == (kind, strong)


@pytest.mark.parametrize("name", ["Jordan", "Georgia", "Chad", "Israel"])
def test_places_that_are_given_names_are_never_strong(name):
    assert place(name).given_name and not place(name).strong


def test_niger_and_nigeria_are_two_places():
    assert place("Niger").name != place("Nigeria").name


def test_alternate_spelling_unlike_the_name_is_weak():
    assert not place("Hamas").strong  # an alternate name of the German city Hamm


@pytest.mark.parametrize("name", ["Houthis", "Army", "Biden", "Security Council"])
def test_not_places(name):
    assert place(name) is None


@pytest.mark.parametrize(
    "written,canonical",
    [
        ("AP", "Associated Press"),
        ("A.P.", "Associated Press"),
        ("the Associated Press", "Associated Press"),
        ("AFP", "Agence France-Presse"),
        ("Xinhua", "Xinhua"),
        ("Anadolu", "Anadolu Agency"),
        ("dpa", "dpa"),
    ],
)
def test_agencies(written, canonical):
    assert agency(written) == canonical


@pytest.mark.parametrize(
    "written, canonical",
    [("al-Shabaab", "al-Shabab"), ("Al Shabab", "al-Shabab"), ("ISIL", "Islamic State"), ("the Houthis", "Houthis")],
)
def test_armed_groups(written, canonical):
    assert armed_group(written) == canonical


def test_seats_of_government_and_other_names():
    assert [seat_of_government(n) for n in ("the White House", "Kremlin", "Moscow")] == [True, True, False]
    assert armed_group("Moscow") is None


def test_short_agency_forms_count_only_in_a_dateline():
    assert agency("AA") is None and agency("AA", in_dateline=True) == "Anadolu Agency"


@pytest.mark.parametrize("initials", ["DPRK", "ROK", "PRC", "KSA"])
def test_the_initials_of_a_states_formal_name_are_a_country(initials):
    found = place(initials)
    assert found is not None and found.kind == "country"
