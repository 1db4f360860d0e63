"""Geocoding: an article's place names in, exact geocodes out; the PLOVER table."""

from __future__ import annotations

import pytest

from newsfacts.schema import EVENT_TYPES, PLOVER_CATEGORIES, SCHEMAS
from newsfacts.transforms.geocode import geocode_names, geocode_tables


def where(geo):
    return None if geo is None else (geo.country_iso3, geo.geo_precision, round(geo.lat, 1), round(geo.lon, 1))


def test_unambiguous_city_alone():
    assert where(geocode_names(["Kigali"])["Kigali"]) == ("RWA", "city", -1.9, 30.1)


def test_country_and_its_name():
    geo = geocode_names(["Sudan"])["Sudan"]
    assert (geo.country, geo.country_iso3, geo.admin1, geo.geo_precision) == ("Sudan", "SDN", None, "country")


def test_country_written_short():
    assert where(geocode_names(["U.S."])["U.S."])[:2] == ("USA", "country")


def test_bosnia_written_short():
    assert where(geocode_names(["Bosnia"])["Bosnia"])[:2] == ("BIH", "country")


def test_region_of_the_news():
    geo = geocode_names(["the Gaza Strip"])["the Gaza Strip"]
    assert (geo.country_iso3, geo.admin1, geo.geo_precision) == ("PSE", "Gaza Strip", "admin1")


def test_rafah_settled_by_gaza():
    # Rafah is a town in Gaza and one in Egypt; this article names Gaza more often than Egypt.
    found = geocode_names(["Rafah", "Gaza", "Gaza", "Egypt"])
    assert where(found["Rafah"]) == ("PSE", "city", 31.3, 34.2)


@pytest.mark.parametrize("context,iso3", [("Libya", "LBY"), ("Lebanon", "LBN")])
def test_tripoli_settled_by_country(context, iso3):
    assert geocode_names(["Tripoli", context])["Tripoli"].country_iso3 == iso3


def test_tripoli_alone_stays_null():
    assert geocode_names(["Tripoli"])["Tripoli"] is None


def test_georgia_country_by_tbilisi():
    assert where(geocode_names(["Georgia", "Tbilisi"])["Georgia"])[:2] == ("GEO", "country")


def test_georgia_state_by_atlanta():
    geo = geocode_names(["Georgia", "Atlanta"])["Georgia"]
    assert (geo.country_iso3, geo.admin1, geo.geo_precision) == ("USA", "Georgia", "admin1")


def test_georgia_alone_stays_null():
    assert geocode_names(["Georgia"])["Georgia"] is None


def test_small_town_needs_its_country_named():
    assert geocode_names(["Agadez"])["Agadez"].country_iso3 == "NER"  # 100,000+: settled alone
    assert geocode_names(["Isfana"])["Isfana"] is None  # a town of 34,000 needs its country in the article
    assert geocode_names(["Isfana", "Kyrgyzstan"])["Isfana"].country_iso3 == "KGZ"


def test_sea_and_unknown_name_stay_null():
    found = geocode_names(["Red Sea", "Magic Seas", "Middle East"])
    assert found == {"Red Sea": None, "Magic Seas": None, "Middle East": None}


@pytest.mark.parametrize("name", ["Southwest Region", "Northwest Region", "Far North Region", "Central Province"])
def test_generic_division_alone_stays_null(name):
    # "Separatists attacked a village in the Southwest Region." (no country named)
    assert geocode_names([name])[name] is None


def test_generic_division_of_another_country_stays_null():
    # Bamenda is in Cameroon; the only "Southwest" division indexed is Burkina Faso's.
    assert geocode_names(["Bamenda", "Southwest Region"])["Southwest Region"] is None


def test_generic_division_settled_by_the_country_of_the_article():
    geo = geocode_names(["Cameroon", "Far North Region"])["Far North Region"]
    assert (geo.country_iso3, geo.admin1) == ("CMR", "Far North")


def test_province_word():
    geo = geocode_names(["Paktika province"])["Paktika province"]
    assert (geo.country_iso3, geo.admin1, geo.geo_precision) == ("AFG", "Paktika", "admin1")


def test_tables_fill_events_and_entities():
    mentions = [
        {"article_id": "a1", "entity_id": "e1", "text": "Tripoli", "label": "GPE"},
        {"article_id": "a1", "entity_id": "e2", "text": "Libya", "label": "GPE"},
        {"article_id": "a2", "entity_id": "e1", "text": "Tripoli", "label": "GPE"},
        {"article_id": "a2", "entity_id": "e3", "text": "Lebanon", "label": "GPE"},
    ]
    entities = [{"entity_id": e, "label": "GPE"} for e in ("e1", "e2", "e3")]
    events = [
        {"article_id": "a1", "type": "attack", "location": "Tripoli"},
        {"article_id": "a2", "type": "release", "location": None},
    ]
    geocode_tables([], mentions, entities, events)
    assert (events[0]["country_iso3"], events[0]["geo_precision"], events[0]["plover"]) == ("LBY", "city", "ASSAULT")
    assert (events[1]["lat"], events[1]["plover"]) == (None, "RETREAT")
    # Tripoli is in Libya in one article and in Lebanon in the other: the corpus-wide entity stays null.
    assert [e["country_iso3"] for e in entities] == [None, "LBY", "LBN"]


def test_plover_covers_every_event_type():
    assert sorted(PLOVER_CATEGORIES) == sorted(EVENT_TYPES)
    assert set(PLOVER_CATEGORIES.values()) <= {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }


def test_geo_columns_in_schema():
    geo = ["country", "country_iso3", "admin1", "lat", "lon", "geo_precision"]
    assert all(c in SCHEMAS["entities"].names for c in geo)
    assert all(c in SCHEMAS["events"].names for c in geo + ["plover"])


@pytest.mark.parametrize(
    "names, name, iso3",
    [
        (["Mexico", "U.S.", "U.S.", "Texas"], "Mexico", "MEX"),
        (["Panama", "United States", "Florida"], "Panama", "PAN"),
        (["Guatemala", "U.S.", "Mexico"], "Guatemala", "GTM"),
        (["Djibouti", "France", "France"], "Djibouti", "DJI"),
    ],
)
def test_a_country_is_meant_over_its_own_division_of_its_name_whatever_the_context(names, name, iso3):
    """A country named like one of its own divisions (Mexico and the State of Mexico) is the country, not a town
    of its name in the country the article names most (Mexico, Missouri)."""
    geo = geocode_names(names)[name]
    assert (geo.country_iso3, geo.geo_precision) == (iso3, "country")
