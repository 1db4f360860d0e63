"""Numbers the audits of real pages met (sentences of our own): a pair of envoys named by "the two", a vehicle's
kind, a crowd told by a bare "thousands", a calendar year named after the word "year"."""

from __future__ import annotations

from newsfacts.transforms.figures import extract_figures


def _values(nlp, text: str) -> list[tuple[str, float, str | None]]:
    return [(r["text"], r["value"], r["unit"]) for r in extract_figures(nlp(text), "art")]


def test_the_two_foreign_secretaries_name_the_parties(nlp):
    assert _values(nlp, "The two foreign secretaries met in Kessa on Tuesday.") == []


def test_the_two_top_diplomats_name_the_parties(nlp):
    assert _values(nlp, "The two top diplomats discussed the border.") == []


def test_two_envoys_counted_without_the_are_a_figure(nlp):
    # guard: no "the" pointing back to the parties
    assert _values(nlp, "Two foreign ministers were expelled.") == [("Two", 2.0, "minister")]


def test_a_four_wheel_drive_counts_nothing(nlp):
    assert _values(nlp, "Gunmen in a four-wheel-drive vehicle opened fire on the crowd.") == []


def test_thousands_who_rallied_are_people(nlp):
    assert _values(nlp, "Thousands rallied in the capital on Friday.") == [("Thousands", 1000.0, "person")]


def test_thousands_spent_are_no_people(nlp):
    # guard: not a crowd's deed
    assert _values(nlp, "Thousands were spent on repairs.") == [("Thousands", 1000.0, None)]


def test_the_year_2022_is_a_date(nlp):
    assert _values(nlp, "The year 2022 was the worst for the town.") == []


def _categories(nlp, text: str) -> list[tuple[str, str]]:
    return [(r["text"], r["category"]) for r in extract_figures(nlp(text), "art")]


def test_people_released_by_a_government_are_prisoners(nlp):
    text = "Over 40 girls were among the people released by the government."
    assert _categories(nlp, text) == [("Over 40", "prisoners_released")]


def test_people_freed_by_a_state_are_prisoners(nlp):
    assert _categories(nlp, "Israel freed 20 women on Monday.") == [("20", "prisoners_released")]


def test_people_freed_by_militants_are_hostages(nlp):
    # guard: no state frees them
    assert _categories(nlp, "Militants freed 20 villagers.") == [("20", "hostages_released")]


def test_prisoners_that_captives_were_freed_for_went_free_too(nlp):
    text = "Thirty hostages flew home on Friday, freed for some 900 prisoners held by the state."
    assert _categories(nlp, text)[-1] == ("some 900", "prisoners_released")
