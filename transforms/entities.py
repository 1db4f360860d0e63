"""Entity mentions from spaCy's NER, and canonical entities that merge their aliases across articles."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span, Token

from newsfacts.schema import make_id
from newsfacts.transforms.cleaning import dateline_agency
from newsfacts.transforms.language.gazetteer import (
    Place,
    agency,
    agency_forms,
    armed_group,
    armed_group_forms,
    country_short_key,
    fold_name,
    organisation,
    organisation_forms,
    people_place,
    place,
    seat_of_government,
)
from newsfacts.transforms.language.lexicon import COURTESY_TITLES  # kept in an alias as written ("Mr. Blinken")
from newsfacts.transforms.language.lexicon import (
    DEMONYMS,
    STANCE_PREFIXES,
    GANG_HEADS,
    singulars,
    GROUP_NOUNS,
    MONTHS,
    NAME_LABELS,
    PEOPLES,
    PLACE_LABELS,
    SETTLEMENT_NOUNS,
    OFFICE_ABBREVIATIONS,
    POLICE_RANK_ABBREVIATIONS,
    SUBJECT_DEPS,
    VESSEL_NOUNS,
    WEEKDAYS,
)
from newsfacts.transforms.language.lexicon import (
    BODY_NAME_HEADS,
    DESK_WORDS,
    ONE_PERSON_NOUNS,
    PEOPLE_NOUNS,
    SPEAKING_BODIES,
)
from newsfacts.transforms.language.discourse import doc_dateline_places, doc_dateline_span
from newsfacts.transforms.nlp import load_model
from newsfacts.transforms.spans import (
    CACHE_PREFIX,
    SENT_ENDS_KEY,
    SENT_STARTS_KEY,
    TEXT_KEY,
    doc_ents,
    doc_text,
    fold,
    span_trace,
)

# Honorifics and titles: not part of a canonical name ("Mr. Blinken" is Blinken).
HONORIFICS = POLICE_RANK_ABBREVIATIONS | frozenset(
    {
        # more South Asian police ranks as abbreviations ("DGP X", "ASP Y"; the common ones: the lexicon's)
        "dgp",
        "adgp",
        "asp",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "doctor",
        "sir",
        "dame",
        "lord",
        "lady",
        "sheikh",
        "prof",
        "professor",
        "gen",
        "general",
        "col",
        "colonel",
        "lt",
        "capt",
        "captain",
        "maj",
        "major",
        "adm",
        "admiral",
        "sen",
        "senator",
        "rep",
        "gov",
        "governor",
        "rev",
        "king",
        "queen",
        "prince",
        "princess",
        "emir",
        "president",
        "premier",
        "chancellor",
        "minister",
        "secretary",
        "ambassador",
        "mayor",
        "judge",
        # Military and police ranks, written out or abbreviated ("Brig. Gen.", "Lt. Col.", "Sgt.").
        "brig",
        "brigadier",
        "lieutenant",
        "sgt",
        "sergeant",
        "cpl",
        "corporal",
        "pvt",
        "private",
        "pfc",  # private first class
        "spc",  # specialist
        "cmdr",
        "commander",
        "marshal",
        "field",
        "commodore",
        "insp",
        "inspector",
        "supt",
        "superintendent",
        # South Asian ranks ("Havaldar", "Naib Subedar", "Lance Naik", "Sepoy").
        "subedar",
        "havaldar",
        "naik",
        "sepoy",
        # Religious and role titles written before a name ("Imam", "Father Tomas Vell", "Spokesman Liu Dejun").
        "father",
        "fr",
        "imam",
        "ayatollah",
        "mullah",
        "rabbi",
        "pope",
        "cardinal",
        "bishop",
        "archbishop",
        "patriarch",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "chairman",
        "chairwoman",
        "speaker",
        # Roles written before a name as titles ("Presidential Aide X", "Chief Negotiator X").
        "aide",
        "negotiator",
        "commissioner",
        "prosecutor",
        "representative",
        "coordinator",
        "director",
        "executive",  # "Chief Executive John Lee": the head of a government or company, a title before a name
        "pm",  # the abbreviated titles of news copy: "PM Pashinyan", "FM Rabbani" (prime and foreign minister)
        "fm",
        "mp",  # "MP Jane Doe"
        "h.e",  # "His Excellency", abbreviated: "H.E. Edgard LeBlanc"
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
        "councillor",
        "councilor",
        # police and service ranks and roles written as a title before a name ("Constable Ana Reyes", "Det Sgt X",
        # "Lawmaker X", "Sultan X", "Soldier X"; "ASI", "DPO": assistant sub-inspector, district police officer)
        "constable",
        "detective",
        "det",
        "asi",
        "dpo",
        "lawmaker",
        "sultan",
        "soldier",
    }
)
# Words that begin a title phrase before a name ("Prime Minister", "Secretary of State").
TITLE_WORDS = HONORIFICS | frozenset(
    {
        "prime",
        "crown",
        "vice",
        "rear",
        "deputy",
        "advisor",
        "adviser",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "state",
        "of",
        "chief",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "commander",
        "naib",  # "Naib Subedar": a title only before a rank, so "Naib" alone stays a name
        "lance",  # "Lance Naik", "Lance Corporal"; "Lance Armstrong" keeps his name
        "presidential",
        "public",  # "Public Prosecutor X", "Public Security Minister X"
        "assistant",
        "special",
        "senior",
        "cabinet",  # "Cabinet Member Prince X", "Cabinet Secretary X"
        "member",
        "acting",  # "Acting Prime Minister X"
        "head",  # "Head Constable X", "Duty Foot Constable X", "Master Corporal X", "Private First Class X"
        "foot",
        "duty",
        "master",
        "first",
        "class",
    }
)
# Titles written before a given name, not a surname ("Sheikh Mohammed" is Mohammed bin Abdulrahman Al Thani).
GIVEN_NAME_TITLES = frozenset(
    {"sheikh", "sheik", "emir", "sultan", "king", "queen", "prince", "princess", "sir", "dame", "pope"}
)
# Single capitalised words NER tags as ORG when they are really part of a title ("Secretary of State").
# Words of religious feasts and services, read as entities by NER ("Easter" FAC, "Palm Sunday Mass"), the words
# one may open with, and the words before a "Mass" that make it a service, not Massachusetts ("Sunday Mass").
OCCASION_WORDS = frozenset(
    {"easter", "christmas", "ramadan", "eid", "lent", "advent", "diwali", "hanukkah", "passover", "palm", "mass"}
    | {"good", "holy", "week", "ash", "wednesday", "eve", "day", "vigil"}
)
OCCASION_STARTS = OCCASION_WORDS - {"week", "wednesday", "eve", "day", "vigil"}
OCCASION_CONTEXT = frozenset({"sunday", "morning", "evening", "midnight", "the", "a", "during", "after", "before"})
# Last words of an office's title written before its holder's name ("Secretary of State for European Affairs").
OFFICE_TAIL_WORDS = frozenset({"affairs"})
TITLE_FRAGMENTS = frozenset({"state", "defense", "defence", "foreign", "interior", "finance", "justice", "health"})
# One-word names of departments written before their head's title ("Treasury Secretary X", "Home Secretary").
DEPARTMENT_WORDS = TITLE_FRAGMENTS | frozenset({"treasury", "home", "trade", "energy", "education"})
# The field of an office written between its title and its holder, which NER reads into the holder's name
# ("Secretary of Homeland Security Ana Reyes", "Minister of Minerals X", "Secretary of the Presidency X").
OFFICE_FIELD_WORDS = DEPARTMENT_WORDS | frozenset(
    {"homeland", "security", "intelligence", "financial", "terrorism", "presidency", "minerals", "mines"}
    | {"national", "affairs", "agriculture", "information", "communications", "transport", "petroleum"}
    | {"planning", "economy", "commerce", "industry", "environment", "immigration", "labour", "labor"}
    | {"works", "culture", "women", "youth", "sports", "tourism", "water", "lands", "housing", "police"}
)
LEADING_DETERMINERS = frozenset({"the", "a", "an", "another"})
# Nouns of bodies whose name can open with a rank word ("General Assembly", "General Staff", "General Command").
BODY_NOUNS = frozenset(
    {"directorate", "staff", "assembly", "secretariat", "command", "inspectorate", "prosecutor", "headquarters"}
)
# Lower-case particles inside names, never an adjective to drop ("al-Shabab", "de Souza").
# Titles only a person bears, which NER may read with the name as a body ("Bishop Ramon Villena" ORG); "General"
# and "President" open bodies' names too ("General Motors").
PERSONAL_TITLES = frozenset(
    {"bishop", "archbishop", "cardinal", "imam", "pastor", "rev", "reverend", "mayor", "governor", "senator"}
    | {"sheikh", "mr", "mrs", "ms", "dr", "judge", "justice"}
)
# Labels the small model gives a titled person's name read as a thing ("Constable X" ORG, "Duty Constable X"
# WORK_OF_ART): with a title only a person bears, the span is a PERSON.
TITLED_AS_BODY_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC"})
# Titles before a name that only a person bears, whatever label NER gave the words ("PM Modi" ORG).
PERSON_ONLY_TITLES = PERSONAL_TITLES | frozenset(
    {"pm", "h.e", "president", "prince", "princess", "king", "queen", "sultan", "emir"}
    | {"constable", "det", "detective", "sgt", "sergeant", "cpl", "corporal", "pfc", "lawmaker", "soldier"}
)
# Lower-case particles inside a person's surname ("dela Cruz", "de los Santos", "van der Berg").
SURNAME_PARTICLE_WORDS = frozenset(
    {"de", "dela", "del", "della", "delos", "los", "la", "van", "der", "von", "da", "dos"}
)
NAME_PARTICLES = frozenset({"al", "el", "de", "da", "di", "do", "dos", "du", "la", "le", "bin", "ben", "van", "von"})
# Words that join the parts of a transliterated Arabic name, written in lower case ("Harakat al-Nasr wa al-Tahrir",
# "Jamaat Nasr al-Islam wal-Muslimin", "Majlis Shura fi Bayt al-Maqdis"): the parts are one organisation's name.
NAME_CONNECTORS = frozenset({"wa", "wal", "fi"})
# The article of a transliterated name part, joined to its word by a hyphen ("al-Nasr").
NAME_ARTICLE_WORDS = frozenset({"al", "el", "ul"})
NAME_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# What separates the agencies of one credit: "(AFP, Bloomberg)", "(Reuters/AP)", "(AP and Reuters)".
CREDIT_PARTS = re.compile(r"\s*(?:,|/|&|\band\b)\s*")
# Words of a country's long name before its short one ("Democratic Republic of Congo", "Kingdom of Bahrain").
STATE_KIND_WORDS = frozenset(
    {"republic", "kingdom", "state", "states", "emirate", "federation", "commonwealth", "principality", "sultanate"}
)
# Lower-case words for a kind of organisation written after its name ("the Polisario movement").
ORGANISATION_KIND_NOUNS = frozenset(
    {"group", "movement", "party", "organisation", "organization", "militia", "faction"}
)
# Roles only a person holds, written before a name or in apposition after it ("lawyer Mirta Olquin").
PERSON_ROLE_NOUNS = ONE_PERSON_NOUNS | frozenset(
    {"lawyer", "warden", "commander", "minister", "director", "governor", "mayor", "ambassador", "envoy", "judge"}
    | {"prosecutor", "attorney", "analyst", "researcher", "reporter", "correspondent", "eyewitness", "leader"}
    | {"constable", "jawan", "policeman", "policewoman", "inspector", "commandant", "trooper", "farmer", "teacher"}
)
# Words of the one who holds an office ("Foreign Ministers of A and B", "President of Kenya").
OFFICE_HOLDER_WORDS = PERSON_ROLE_NOUNS | frozenset(
    {"president", "secretary", "prince", "king", "queen", "emir", "premier", "chairman", "chancellor"}
)
# Every word an office's name may be made of before its "of" ("Deputy Foreign Ministers of ...").
OFFICE_WORDS = TITLE_WORDS | OFFICE_HOLDER_WORDS
# Link words inside an organisation's name ("High Commissioner for Human Rights").
NAME_LINKS = frozenset({"for", "of", "on"})
# Links that stay inside a span even where the parse hangs them outside it: names are made with them ("Bank of
# Sudan", "Office for the Coordination ..."); every other preposition there opens a second phrase.
SPAN_CUT_KEPT_LINKS = NAME_LINKS | frozenset(
    {"and", "&", "de", "du", "des", "la", "le", "al", "el", "bin", "van", "von"}
)
# Time zones NER reads as organisations ("at 0045 GMT").
TIME_ZONES = frozenset({"GMT", "UTC", "EST", "EDT", "CET", "CEST", "BST", "PST", "PDT", "IST"})
# Suffixes written after a comma that belong to the name before it ("Martin Luther King, Jr.").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "inc", "ltd", "llc"})
# Arabic and other name particles ignored when comparing surnames ("al-Sisi" and "Sisi").
SURNAME_PARTICLES = ("al-", "el-", "al ", "el ", "bin ", "ben ", "van ", "von ", "de ")
# The Arabic article before a name, which the same text may leave out ("Al-Aqsa", "Aqsa").
NAME_ARTICLES = ("al-", "el-", "al ", "el ")
# Descriptors that do not change which place is meant ("the Gaza Strip" is Gaza).
PLACE_DESCRIPTORS = frozenset({"strip", "payam", "boma", "woreda"})
# Common written variants of the same name: variant key -> canonical key.
NAME_VARIANTS = {
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "un": "united nations",
    "eu": "european union",
    "uae": "united arab emirates",
    "ussr": "soviet union",
    "drc": "democratic republic of the congo",
    "dc": "washington",  # "Washington, D.C.": the district is the city
    "washington dc": "washington",
    "washington, dc": "washington",
}
# Spellings of one word that name one institution ("Defence Ministry" / "Defense Ministry").
INSTITUTION_SPELLINGS = {"defence": "defense", "programme": "program", "centre": "center"}
# The head of a state's institution that may be written "<Country's> X Ministry" or "<Adjective> X Ministry", in
# British or American spelling: one key for all.
MINISTRY_HEAD = "ministry"
# Preferred display name for a variant group, where the most frequent form is an abbreviation.
VARIANT_NAMES = {
    "united states": "United States",
    "united kingdom": "United Kingdom",
    "united nations": "United Nations",
    "european union": "European Union",
    "united arab emirates": "United Arab Emirates",
}
# Head nouns of institutions that a definite description ("the health ministry") can refer back to.
INSTITUTION_HEADS = frozenset(
    {
        "ministry",
        "army",
        "navy",
        "military",
        "police",
        "presidency",
        "government",
        "administration",
        "office",
        "agency",
        "authority",
        "council",
        "parliament",
        "court",
        "committee",
        "commission",
        "movement",
        "group",
    }
)
# Institution heads that a rebel group's name also ends in ("National Liberation Army"): a bare "the army" joins
# only a longer name that is a state's ("the Indian army"), a nationality or a place before the head.
STATE_OR_REBEL_HEADS = frozenset({"army"})
# Last words of an organisation's name after which NER may glue a person's ("the United Nations Vassily
# Nebenzia").
GLUED_NAME_HEADS = INSTITUTION_HEADS | frozenset(
    {"nations", "union", "force", "forces", "front", "party", "corps", "league", "alliance", "organization"}
    | {"organisation", "guard", "command", "brigade", "brigades", "battalion", "division", "service", "bureau"}
    | {"institute", "center", "centre", "foundation", "network", "news", "press", "company", "bank", "fund"}
    | {"mission", "programme", "program", "unit", "team", "staff", "board", "department", "municipality"}
)
# Capitalised words that make the place name before them a body's ("the Norland Police", "Velka Municipality"):
# NER often stops at the place; written in lower case ("Tarsa police") the word only describes.
PLACE_BODY_WORDS = frozenset({"police", "municipality"})
MENTIONS_KEY = CACHE_PREFIX + "entities.mentions"  # a Doc cache: the mentions found once (mention_spans)
SETTLED_KEY = CACHE_PREFIX + "entities.settled"  # set once settle_labels has run on the Doc
# Doc caches that no entity label goes into, kept when settle_labels relabels: the mentions, the text, the sentences.
LABEL_FREE_KEYS = frozenset({MENTIONS_KEY, TEXT_KEY, SENT_STARTS_KEY, SENT_ENDS_KEY})
STORY_COUNTRIES_KEY = "newsfacts.entities.story_countries"  # a Doc cache; spans.release drops it
OFFICE_ACRONYM = 5  # most letters of an office's acronym after a place's name ("Ruvania PMO")
CHANNEL_NUMBER_DIGITS = 3  # most digits of the number in a broadcaster's name after a place ("Dorvan 24")
# Words armed groups' names are made of (Arabic, Urdu, Pashto), never a people's, a person's or a place's.
GROUP_NAME_WORDS = frozenset(
    {"ansar", "jaish", "harakat", "hayat", "katiba", "kataib", "liwa", "jabhat", "jamaat", "jama'at"}
    | {"tehreek", "tehrik", "lashkar", "ahrar", "saraya", "nusrat", "jamaah", "jemaah", "jamaa"}
)
# Spanish articles that open a gang's name, a plural ("Los Lobos", "Las Chonas"); a known place so written stays one,
# and so does a name that is no plural ("Las Anod").
GANG_ARTICLES = frozenset({"Los", "Las"})
# Nouns for the members of an armed group ("Boko Haram fighters"), and for the people of a community ("the
# Kuki villagers"): the name before them is a group's (ORG) or a people's (NORP).
ARMED_MEMBER_NOUNS = frozenset(
    {"fighter", "militant", "insurgent", "jihadist", "extremist", "gunman", "gunmen", "rebel", "militia", "cadre"}
)
PEOPLE_MEMBER_NOUNS = frozenset({"community", "villager", "tribe", "tribesman", "tribesmen", "clan", "people"})
# Words for a channel, a station or a paper ("the Ecuavisa channel", "Radio Velna").
MEDIA_NOUNS = frozenset({"radio", "channel", "broadcaster", "station", "television", "tv", "newspaper", "daily"})
# Prepositions after which a name read as a person is a place ("fled to Halvik", "a raid in Kolofata").
LOCATIVE_CUES = frozenset({"in", "near", "outside", "around", "across", "towards", "toward", "into"})
# Prepositions before a name that make an unknown one-word or two-word name read as a body a place: "at Kelo",
# "between Tessa and Marok", "off Farmakos" (a body is "at" an address or "between" parties less often than a
# person is; the body's own head word, a listed body and a modifier keep it an ORG, see _org_reads_as_place).
PLACE_NAME_CUES = frozenset({"in", "near", "outside", "at", "between", "off"})
# Either: after one of them a name is written as a place, whatever it names.
AS_PLACE_CUES = LOCATIVE_CUES | PLACE_NAME_CUES
# Words that make a name after such a preposition a body's, not a place's: legislatures ("in Congress") and the
# heads of bodies and facilities (GLUED_NAME_HEADS, FACILITY_NOUNS, SPEAKING_BODIES: "at Nasser Hospital").
LEGISLATURE_WORDS = frozenset({"congress", "senate", "assembly", "parliament", "knesset", "duma", "cabinet"})
# Plural descriptors NER keeps after a group's name, capitalised or not ("al-Shabab Islamists").
DESCRIPTOR_NOUNS = frozenset({"islamist", "militant", "rebel", "jihadist", "fighter", "insurgent", "extremist"})
# Kind words of natural features: the name they end ("Scarborough Shoal") or open ("River Semliki") is a LOC.
FEATURE_WORDS = frozenset(
    {"river", "lake", "mount", "mountain", "mountains", "shoal", "reef", "island", "islands", "sea", "bay", "gulf"}
    | {"strait", "desert", "valley", "plateau", "peninsula", "forest", "hills", "atoll", "lagoon", "delta"}
    | {"islet", "islets", "pass", "ocean", "archipelago", "canal", "cape"}
)
# Feature words of water, whose names NER also reads as a country or city ("Baltic Sea" GPE).
WATER_WORDS = frozenset({"sea", "ocean", "strait", "gulf", "river", "lake"})
# Heads of a state's bodies written in lower case after a nationality or a country ("the Kyrgyz health
# ministry", "the Philippine coast guard"), and those of them that need a kind word before them ("coast
# guard", "border service"). Armies and police are left out: "the Israeli army" is as often a description
# as a body's name, and the gold sets list it either way.
STATE_BODY_HEADS = frozenset({"ministry", "guard", "service"})
BODY_HEADS_WITH_KIND = frozenset({"guard", "service"})
# Words after a name that make it a facility's ("the Qasrak base", "Ain al-Assad air base").
FACILITY_NOUNS = frozenset({"base", "airbase", "airfield", "airport", "prison", "jail", "penitentiary"})
# Head words of a building or a structure where people gather or cross: a name they end ("St. Anne Church",
# "the Kerch Bridge"), that opens with "Hotel" ("the Hotel Riviera") or that stands before one in lower case
# ("the Serena hotel") is a venue's, a FAC, never a body's or a person's.
VENUE_NOUNS = frozenset(
    {"church", "cathedral", "basilica", "chapel", "mosque", "synagogue", "temple", "shrine", "monastery"}
    | {"hotel", "stadium", "arena", "bridge", "hall", "theatre", "theater", "mall", "cinema"}
    | {"checkpoint", "crossing", "compound"}
)
VENUE_FIRST_WORDS = frozenset({"hotel"})
# Head words of an open public place or a landmark a crowd stands in, a name they end ("Liberty Square", "the
# Orun Boulevard", "Kestel Palace", "the Marla National Park") is a LOC, never a facility, a body or a
# person: the guideline's label set has no FAC, and the gold sets label streets, squares, palaces, parks and
# stadiums LOC (establishments that run as bodies, hotels and taverns, are left to the venue rule).
PUBLIC_PLACE_HEADS = frozenset(
    {"square", "avenue", "street", "road", "boulevard", "highway", "lane", "plaza", "roundabout", "corniche"}
    | {"palace", "park", "stadium"}
)
# Kind words that open a public place's name: "Wadi Ashar", "the Port of Talvik" ("Port Sudan" is a city, so
# "port" needs its "of").
PUBLIC_PLACE_FIRST_WORDS = frozenset({"wadi"})
PUBLIC_PLACE_OF_WORDS = frozenset({"port"})
# Venue words that are also surnames ("Stuart Hall", "Shirley Temple"): a name NER read as a person keeps them.
SURNAME_VENUE_WORDS = frozenset({"hall", "temple", "chapel", "bridge", "arena", "mall"})
# Words that make a name ending in "Church" a denomination, a body ("the Russian Orthodox Church").
DENOMINATION_WORDS = frozenset(
    {"orthodox", "catholic", "anglican", "methodist", "baptist", "evangelical", "lutheran", "presbyterian"}
    | {"protestant", "coptic", "apostolic", "pentecostal", "reformed", "episcopal", "adventist", "unification"}
)
# Nouns for a person's own circle or office written after a possessive name ("Petrov's lawyer", "Lindqvist's
# office"): the owner is a person.
PERSONAL_POSSESSION_NOUNS = ONE_PERSON_NOUNS | frozenset(
    {"brother", "sister", "wife", "husband", "son", "daughter", "mother", "father", "widow", "family", "aide"}
    | {"lawyer", "attorney", "bodyguard", "office", "campaign", "cousin", "uncle", "nephew", "niece", "relative"}
)
BODY_NOT_PLACE_WORDS = GLUED_NAME_HEADS | FACILITY_NOUNS | ORGANISATION_KIND_NOUNS | SPEAKING_BODIES | LEGISLATURE_WORDS
# Words that make a name a body, an outlet or a group, not a place or a person.
NOT_PLACE_OR_PERSON_WORDS = BODY_NOT_PLACE_WORDS | MEDIA_NOUNS | GROUP_NAME_WORDS
# Words in apposition to a name that make it a person.
PERSON_APPOSITION_WORDS = PERSON_ROLE_NOUNS | HONORIFICS
# Kinds of vessel written before a ship's name ("the tanker Kestrel Dawn"): the name is a vehicle's, a PRODUCT.
# Kinds of weapon written after a weapon's name ("Grad rockets", "Bayraktar TB2 drones", "a Kornet missile"): the
# name is a product's, never a group's or a person's.
WEAPON_NOUNS = frozenset(
    {"rocket", "missile", "drone", "launcher", "rifle", "howitzer", "tank", "jet", "fighter-jet", "helicopter"}
    | {"gun", "mortar", "shell", "bomb", "grenade", "interceptor", "warhead", "munition", "system", "pistol"}
)
# A person's name NER missed after a rank ("Inspector General of Police Sundarraj Pattilingam"): this many words,
# after the rank and the body a rank may be "of".
RANKED_NAME_WORDS = (2, 4)
RANK_BODIES = frozenset({"police", "staff", "state"})
# South Asian district offices written as an abbreviation before the district they serve ("SP Tarnal" is the
# superintendent of police of Tarnal district, "DC Venpur" its deputy commissioner).
# Verbs a person is the subject of when the small model reads a person's name as a body ("Ravindra Kumar Bharti
# told reporters"); a body may "say" too, so the name must have no word of a body's name (_is_speaker_name).
PERSON_SPEECH_VERBS = frozenset({"say", "tell", "add"})
SPEAKER_NAME_WORDS = (2, 4)
# Kinds of gazetteer places a lone proper noun is taken for, without NER.
STANDALONE_PLACE_KINDS = frozenset({"country", "city"})
# Words a place name may have before the part NER found ("Mocimboa da" of "Mocimboa da Praia").
PLACE_HEAD_WORDS = 3
# Kind words written after a name that leave the same entity ("Wagner Group", "Twic County").
NAME_KIND_WORDS = SETTLEMENT_NOUNS | frozenset({"group"})
# Capitalised heads of an office named by its task with "for" ("Office for the Coordination of ...").
OFFICE_HEAD_WORDS = frozenset(
    {"Office", "Commission", "Council", "Committee", "Agency", "Centre", "Center", "Institute", "Fund", "Bureau"}
)
# Nouns of a stretch of land with no government of its own that make the name before them a place ("Pakistan's
# Kurram area"), as settlement nouns do; kept apart from SETTLEMENT_NOUNS, which other tables count with.
# Nouns of a local unit written after its name with no article ("Tivar ward", "in Utari community"); with an
# article, "the Druze community" is a people.
LOCAL_UNIT_NOUNS = frozenset({"ward", "community"})
AREA_NOUNS = frozenset({"area", "territory", "locality", "commune", "border", "crossing"})
# Lower-case nouns of an administrative unit or a settlement that make the names after "of" places ("the
# department of Cauca", "the hamlets of A and B"), beside SETTLEMENT_NOUNS; "the Department of Defense" is
# capitalised and stays a body.
OF_PLACE_NOUNS = SETTLEMENT_NOUNS | frozenset({"department", "hamlet", "settlement", "commune", "locality"})
# Abbreviations written inside longer names ("U.N. Security Council" is the United Nations Security Council).
ABBREVIATED_WORDS = {"us": "united states", "un": "united nations", "uk": "united kingdom", "eu": "european union"}
# Words before a place name that make it a place ("in Jordan", "from Chad").
PLACE_CUES = frozenset(
    {
        "in",
        "at",
        "from",
        "to",
        "into",
        "near",
        "outside",
        "across",
        "toward",
        "towards",
        "around",
        "through",
        "throughout",
        "inside",
        "via",
        "within",
        "over",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "north",
        "south",
        "east",
        "west",
        "neighbouring",
        "neighboring",
        "visit",
        "visited",
        "entered",
    }
)
# Verbs of taking or besieging ground, whose object is a place ("overran Tessit").
PLACE_TAKING_VERBS = frozenset({"overrun", "storm", "recapture", "retake", "besiege", "encircle"})
# Nouns of the people who live in a place ("residents of Kuje"): the name after "of" is a place.
RESIDENT_NOUNS = frozenset({"resident", "inhabitant", "villager", "townspeople", "native"})
# Offices and parts of a place written with "of" before its name ("the governor of Sinjar", "the outskirts of
# Tarvik"): the name after "of" is a place, as after RESIDENT_NOUNS.
PLACE_OF_NOUNS = frozenset({"governor", "mayor", "outskirt", "outskirts", "suburb"})
# Kind nouns of a part of a place, written between the part's name and the whole's: "the Sidi Harun district of
# Talvik" (a town "of" a country is described by the word before it instead: "the Tajik town of Isfara").
PART_OF_PLACE_NOUNS = frozenset({"district", "neighbourhood", "neighborhood", "quarter", "suburb", "area", "township"})
# Nouns in apposition after a name that make it a place beside NAME_ONLY_SETTLEMENT_NOUNS ("Tarvik, the
# region's biggest city"; "city" alone is too often part of a club's or a body's name to be a settlement's mark
# elsewhere).
DESCRIBED_PLACE_NOUNS = frozenset(
    {"city", "capital", "stronghold", "enclave", "suburb", "neighbourhood", "neighborhood", "quarter"}
)
# Nouns for a built site that describe a name in apposition ("Kora, the presidential compound"): a FAC.
DESCRIBED_SITE_NOUNS = frozenset({"compound", "headquarters", "complex", "palace"})
# Lower-case kind words of an organisation written right before its name ("emergency service Lev Adom", "home
# team Dorna FC", "the league Liga Sur"): the name is the organisation's.
BODY_BEFORE_NAME_NOUNS = ORGANISATION_KIND_NOUNS | frozenset({"service", "team", "club", "league", "charity"})
# Verbs of leaving a place, whose "from" names it ("fighters withdrew from Dabrok", "families fled from Kaltenau").
LEAVING_VERBS = frozenset(
    {"flee", "withdraw", "retreat", "evacuate", "escape", "return", "cross", "travel", "drive", "arrive", "relocate"}
)
# Nouns for people whose "from X" names where they come from ("a retiree from Kelvo", "herders from Tarsk").
ORIGIN_PEOPLE_NOUNS = PEOPLE_NOUNS | RESIDENT_NOUNS | frozenset({"retiree", "pensioner", "family", "herder", "trader"})
# Words before a known place that make it a place where NER read it as a people ("the attack on Kidal"), beside
# PLACE_CUES.
NORP_PLACE_CUES = frozenset({"on", "of"})
# Place kinds shown as LOC rather than GPE (no government of their own).
LOC_KINDS = frozenset({"area"})
# Regions of a country with no government of their own, made of states or provinces that have one (a people's
# land all the same: "Darfuri"): LOC, as areas are.
UNGOVERNED_REGIONS = frozenset({"Darfur", "Kordofan", "Donbas", "Donbass"})
# Nouns for a place's government or police, written in lower case after the place ("the Balochistan government").
PLACE_GOVERNMENT_NOUNS = frozenset({"government", "police", "authority", "administration", "assembly", "governor"})
# Kinds of known place that are GPE even where the small model reads LOC or FAC ("Zamfara", "Mandalay").
GOVERNED_KINDS = frozenset({"country", "state", "province", "city"})
# Labels a settlement noun beside a name corrects ("the village of Kin Ma" tagged PERSON); a nationality
# before a settlement noun ("the Israeli town of Sderot") stays NORP.
SETTLEMENT_CORRECTABLE = frozenset({"PERSON", "ORG", "FAC", "LOC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
# Settlement nouns after which a capitalised name is a place even when the gazetteer does not know it.
NAME_ONLY_SETTLEMENT_NOUNS = frozenset(
    {"village", "town", "district", "region", "province", "township", "county", "governorate", "oblast", "woreda"}
    | {"payam", "boma"}
)
# Institutions named after a place or a person and written with their noun after the name ("the Al-Aqsa
# hospital"): the noun belongs to the name, and the name is an organisation.
NAMED_INSTITUTION_NOUNS = frozenset({"hospital", "clinic"})
# Head words of a place or an institution named after a titled person, whose title is part of its name ("Lady
# Reading Hospital", "King Faisal University", "Prince Sultan Air Base" are not "Reading Hospital", ...).
NAMED_AFTER_HEADS = (
    NAMED_INSTITUTION_NOUNS
    | FACILITY_NOUNS
    | frozenset(
        {"university", "college", "school", "academy", "institute", "mosque", "church", "cathedral", "bridge", "street"}
        | {"road", "avenue", "highway", "stadium", "hall", "palace", "square", "park", "port", "museum", "library"}
    )
)
# NER labels that a known place or agency may carry wrongly; GPE, LOC and FAC are left as NER read them.
# NER labels of a name joined to a place that _conjunct_place_label may correct, and those of them that
# hardly ever fit a name written beside a place (a product, a work): these need no gazetteer entry.
CONJUNCT_PLACE_CORRECTABLE = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC"})
THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
# Of them, the labels of things that are no entity (GUIDELINE, entities: PERSON, ORG, GPE, NORP, LOC, EVENT): a law's
# article, a language. FAC stays (a site the events read), PRODUCT (a ship named as a party to an attack) and
# WORK_OF_ART (the small model's label for many a body's or state's name: "The Islamic Emirate").
THING_ONLY_LABELS = frozenset({"LAW", "LANGUAGE"})
# NER labels of things outside the guideline's six, which a mention row never carries (`guideline_label`).
TABLE_THING_LABELS = THING_ONLY_LABELS | {"PRODUCT", "WORK_OF_ART"}
# Initials a NER label of a thing may hide ("the LPR"), not a weapon's make (letters and a number: "AK-47").
THING_ACRONYM = re.compile(r"[A-Z]{2,5}")
# Verbs of reporting whose subject, read by NER as a work ("The Kessa Herald has reported"), is a body.
THING_REPORTING_VERBS = frozenset({"report", "say", "write", "quote", "publish", "cite"})
# The word that opens a named operation ("Operation Kali").
OPERATION_WORDS = frozenset({"operation"})
# Words of where things happen, after which (or after whose object) a name NER read as a product is a place ("at
# Baley Kora", "in the lower Tarsakand").
THING_PLACE_CUES = LOCATIVE_CUES | {"at"}
# Words that give a settlement its name ("a village called Kanko", "a town named Lemo").
NAMING_WORDS = frozenset({"called", "named"})
CORRECTABLE_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
# Dashes that, with a space before them, set one name apart from what follows ("KANO - At least 150 ...").
SPACED_DASHES = frozenset({"-", "–", "—"})
# Function words a span cannot end with ("Macomia in").
TRAILING_FUNCTION_WORDS = frozenset({"in", "on", "at", "of", "and", "or", "the", "a", "an", "to", "for", "with", "by"})
# Words left out of an acronym's initials ("Democratic Republic of the Congo" is DRC).
INITIAL_SKIP = frozenset({"of", "the", "and", "for", "de", "du", "la", "le", "des", "&"})
# Shortest key whose vowel spellings are merged ("Qaida", "Qaeda"); shorter names differ in a vowel ("Mali", "Male").
VARIANT_MIN_LENGTH = 5
# A direction alone as an adjective or a compound ("North-eastern", "Northern", "South West"), written apart from the
# place it points within; "the West" and "the North" may name one and stay.
COMPASS_WORDS = re.compile(r"(?:north|south|east|west)ern|(?:north|south)[- ]?(?:east|west)(?:ern)?")
# NER's labels of places: a capitalised plural common noun opening a sentence is never one.
PLACE_LABELS_OF_NER = frozenset({"GPE", "LOC", "FAC"})
# Words before a place that make it where a described speaker is or is from ("doctors in Gaza", "a source in the
# capital, Tripoli", "a teacher from Kessa Province"), not the speaker.
WHERE_WORDS = frozenset(
    {"in", "at", "near", "inside", "from", "capital", "city", "town", "village", "province", "region"}
)
# Most words of a name on either side of a possessive inside one span ("Darvek’s Hayat Tahrir al-Sham").
POSSESSIVE_NAME_WORDS = 5
# Words of a person's citizenship written before the name ("naturalised Briton Karim Osei", "dual national X"),
# beside the demonyms the gazetteer knows.
NATIONALITY_WORDS = frozenset({"naturalised", "naturalized", "dual", "national", "citizen", "briton", "britons"})
# Names of a generation ("Gen Z", "millennials"): an age group of people, no entity; NER reads them as products.
COHORT_NAMES = frozenset(
    {"gen z", "gen x", "gen y", "gen alpha", "generation z", "generation x", "generation y", "generation alpha"}
    | {"millennials", "boomers", "baby boomers", "zoomers", "gen zers", "gen z'ers"}
)
# Fewest letters of a common word written in capitals for stress: "WHO", "US" and "IT" may be acronyms.
SHOUTED_MIN_LETTERS = 3
NICKNAME_WORDS = 3  # most words of a quoted nickname inside a person's name ('Ana "La Jefa" Ortiz')
DESCRIBED_WORDS = 3  # words of a counted apposition read after a name (", two small towns")
LIST_JOINS = frozenset({"and", "or", ","})  # words that join a later name of a list to the one before it
LIST_NAMES = 3  # fewest names in one span read as a list of names ("Alor, Bintam and Kedu")
LIST_CUE_WORDS = 3  # how far before a list its plural place noun may stand ("villages such as")
SURNAME_MATCH = 85  # rapidfuzz ratio for spelling variants of one surname ("Sisi" / "Sissi")
HYPHENED_SYLLABLE_LETTERS = 5  # most letters of the lower-case half of a hyphened given name ("-in", "-yeol")
# Words a name is joined to by a hyphen to make a modifier, never the second half of a given name.
NAME_COMPOUND_WORDS = frozenset({"style", "era", "type", "like", "wing", "camp", "bloc", "side", "run"})

_NICKNAME = re.compile(r"\s+[\"'\u201c\u2018][^\"'\u201c\u201d\u2018\u2019]+[\"'\u201d\u2019]\s+")
INITIAL = re.compile(r"[A-Z]\.")  # a name's initial ("Brian E. Nelson")
_ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")  # a regnal number after a name ("Leo XIV"), no acronym
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.)+$")  # "U.S.", "U.N.": the last dot belongs to the name


def extract_mentions(doc: Doc, article_id: str) -> Iterator[dict]:
    """Named-entity mentions with their offsets and the alias they were written with, in text order; names of things
    (a law's article) are no entity of the guideline's kinds and make no row."""
    for span, ner_label, same_as in mention_spans(doc):
        label = guideline_label(span, ner_label)
        if label is None:
            continue
        key_span = span[: _key_length(span)]
        yield {
            "mention_id": make_id("men", article_id, span.start_char, span.end_char),
            "article_id": article_id,
            "text": span.text,
            "label": label,
            "alias": _written_alias(span),
            "key_text": _dateline_agency(span) or _possessor(span) + _without_nickname(key_span.text),
            "same_as": same_as,
            **span_trace(span),
        }


def guideline_label(span: Span, label: str) -> str | None:
    """The label a mention takes in the tables, one of the guideline's six (PERSON, ORG, GPE, NORP, LOC, EVENT):
    a site (FAC: a bridge, a crossing, an airport, a hotel) is a LOC, as the gold sets label them; a body the small
    model read as a product or a work ("the Azeri army", initials) is an ORG; any other product, work, law or
    language (a rifle's make, a slogan) is no entity and makes no row (None). Extractors keep reading FAC."""
    if label == "FAC":
        return "LOC"
    if label not in TABLE_THING_LABELS:
        return label
    if agency(span.text) or span.root.lower_ in GLUED_NAME_HEADS | {"militia"} or THING_ACRONYM.fullmatch(span.text):
        return "ORG"
    if span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.lemma_.lower() in THING_REPORTING_VERBS:
        return "ORG"  # "The Kessa Herald has reported that ...": who reports is a body
    words = [t.lower_ for t in span if t.lower_ != "the"]
    if len(words) > 1 and words[0] in OPERATION_WORDS:
        return "EVENT"  # "Operation Kali": a named operation
    if len(words) > 1 and words[-1] in SETTLEMENT_NOUNS:
        return "GPE"  # "Benue State", "Kora Province": a place by its own kind word
    after = next((t for t in span.doc[span.end : span.end + 2] if not t.is_quote), None)
    if after is not None and after.lower_ in ORGANISATION_KIND_NOUNS:
        return "ORG"  # 'the armed "Sasna Tsrer" group': a group by the noun after its name
    if label == "PRODUCT" and span.start > 0 and _after_locative_cue(span, THING_PLACE_CUES):
        return "GPE"  # "came across armed men at Baley Kora": a product is never where things happen
    before = span.doc[max(span.start - 2, 0) : span.start]
    if len(before) == 2 and before[-1].lower_ in NAMING_WORDS and before[0].lemma_.lower() in SETTLEMENT_NOUNS:
        return "GPE"  # "a village called Kanko"
    return None


def mention_spans(doc: Doc) -> list[tuple[Span, str, str | None]]:
    """Each mention's words, its label and the name it abbreviates, in text order; found once per Doc, for the
    mentions table and for the labels every other extractor reads (`settle_labels`)."""
    found = doc.user_data.get(MENTIONS_KEY)
    if found is None:
        found = doc.user_data[MENTIONS_KEY] = list(_mention_spans(doc))
    return found


def settle_labels(doc: Doc) -> None:
    """Give the Doc's entities the labels their mentions settled on (a little-known town the small model called an
    ORG is a GPE after "in"; a city it called a PERSON is the place the gazetteer knows), so that figures, claims
    and events read a name as the mentions table does. Runs once per Doc, before any extractor's own caches."""
    if doc.user_data.get(SETTLED_KEY):
        return
    settled = {(span.start, span.end): label for span, label, _ in mention_spans(doc)}
    ents = list(doc.ents)
    relabelled = [
        Span(doc, ent.start, ent.end, label=settled[(ent.start, ent.end)])
        if ent.label_ in NAME_LABELS and settled.get((ent.start, ent.end), ent.label_) != ent.label_
        else ent
        for ent in ents
    ]
    relabelled = _with_listed_group_names(doc, relabelled)  # "militants loyal to the Islamic State group"
    relabelled = _split_as_mentions(relabelled, settled)
    if [(e.start, e.end, e.label_) for e in relabelled] != [(e.start, e.end, e.label_) for e in ents]:
        doc.ents = sorted(relabelled, key=lambda e: e.start)
        for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(CACHE_PREFIX)]:
            if key not in LABEL_FREE_KEYS:
                del doc.user_data[key]  # what was built from the old labels
    doc.user_data[SETTLED_KEY] = True


def _split_as_mentions(ents: list[Span], settled: dict[tuple[int, int], str]) -> list[Span]:
    """Entities the mentions read as two names glued together ("the World Health Organization Tedros Ghebreyesus"):
    the names, each with its mention's label (`settled`: each mention's span once, a name and the abbreviation it
    is read as being one span)."""
    out: list[Span] = []
    for ent in ents:
        inside = sorted((start, end) for start, end in settled if ent.start <= start and end <= ent.end)
        apart = all(a[1] <= b[0] for a, b in zip(inside, inside[1:]))
        if ent.label_ in NAME_LABELS and len(inside) > 1 and apart:
            out.extend(Span(ent.doc, start, end, label=settled[(start, end)]) for start, end in inside)
        else:
            out.append(ent)
    return out


def _mention_spans(doc: Doc) -> Iterator[tuple[Span, str, str | None]]:
    """The mentions' spans and labels: the small model's entities cut, joined and relabelled by the rules below."""
    spans = [
        e
        for e in doc_ents(doc)
        if e.label_ in NAME_LABELS and not _is_title_fragment(e) and not _is_rank_title(e) and not _is_occasion(e)
    ]
    spans = _with_phrases_apart(doc, _with_lines_apart(doc, spans))
    spans = _with_ordinals(doc, _with_joined_places(doc, _with_glued_persons_apart(doc, spans)))
    spans = _with_place_bodies(doc, spans)
    spans = _with_person_particles(doc, _with_titled_names(doc, _with_name_tails(doc, spans)))
    spans = _with_nicknames(doc, _with_office_places(doc, spans))
    spans = [s for s in map(_trimmed, _with_places_apart(doc, spans)) if s is not None]
    spans = [s for s in _with_connected_names(doc, _with_hyphen_chains(doc, spans)) if _is_name(s)]
    spans = _with_institution_nouns(doc, _with_hyphened_given_names(doc, _with_full_names(doc, spans)))
    spans = _with_feature_nouns(doc, _with_settlement_tails(doc, spans))
    spans = _with_surnames(doc, spans)
    spans = _without_fused_dateline(doc, spans)
    spans += list(_institution_mentions(doc, spans)) + list(_dateline_mentions(doc, spans))
    spans += list(_ranked_person_mentions(doc, spans))
    spans += list(_settlement_list_mentions(doc, spans))
    spans = _with_state_bodies(doc, spans + list(_settlement_mentions(doc, spans)))
    spans = _with_place_heads(doc, spans + list(_known_place_mentions(doc, spans)))
    spans = _with_listed_group_names(doc, spans)
    spans, same_as = _with_acronyms(doc, spans + list(_listed_organisation_mentions(doc, spans)))
    spans = [s for s in spans if not _is_rank_title(s)]  # a rank the brackets after it spelled out again
    persons = _person_words(spans)
    spans = _with_short_forms(doc, spans, same_as, persons)
    ruled = [_ruled_label(span, persons) for span in spans]  # LABEL_RULES run once per span
    votes = _context_votes(spans, ruled, persons)
    ordered = sorted(zip(spans, ruled), key=lambda pair: (pair[0].start_char, pair[0].end_char))
    voted = [Span(doc, s.start, s.end, label=_voted_label(s, rule_label, persons, votes)) for s, rule_label in ordered]
    voted = _acronyms_as_named(voted, same_as)
    # "the acting mayor, Oleksandr Lomako ... Lomako said": a name the votes made a person's names that person in
    # its words alone, as one NER read as a person does (_surname_label)
    named = _person_words(voted) - persons
    for (span, _), settled in zip(ordered, voted):
        if canonical_form(span[: _key_length(span)].text):
            label = settled.label_
            if named and label != "PERSON":
                name = canonical_form(settled.text)
                label = _surname_label(settled, name, place(name), named) or label
            yield span, label, same_as.get((span.start, span.end))


def _acronyms_as_named(spans: list[Span], same_as: dict[tuple[int, int], str]) -> list[Span]:
    """ "Volunteers for the Defense of Kessa (VDK, ...)": an acronym takes the label its full name settled on
    (the full name a militia's, ORG, where the small model read both as a work's title)."""
    named = {s.text: s.label_ for s in spans if len(s) > 1}
    out = []
    for span in spans:
        full = same_as.get((span.start, span.end))
        label = named.get(full) if full is not None and len(span) == 1 and _is_acronym(span[0]) else None
        out.append(Span(span.doc, span.start, span.end, label=label) if label and label != span.label_ else span)
    return out


def _with_lines_apart(doc: Doc, ents: list[Span]) -> list[Span]:
    """A span cut at each line break inside it: a name never runs from a headline into the text below
    ("... in Kamvala" over "Khalid Omar said"); the break's white space belongs to neither side, and a side with
    no capitalised word goes."""
    out = []
    for ent in ents:
        breaks = [t.i for t in ent if t.is_space and "\n" in t.text]
        if not breaks:
            out.append(ent)
            continue
        edges = [ent.start - 1, *breaks, ent.end]
        parts = [doc[a + 1 : b] for a, b in zip(edges, edges[1:]) if b > a + 1]
        out += [Span(doc, p.start, p.end, label=ent.label_) for p in parts if any(t.text[:1].isupper() for t in p)]
    return out


def _with_phrases_apart(doc: Doc, ents: list[Span]) -> list[Span]:
    """A span that holds two phrases, cut where the second begins: a preposition or a date word inside it that
    the parse attaches outside the span ("retook villages from Garo to Miblet": "to" hangs on "retook"; "told AFP
    Wednesday": "Wednesday" on "told"). Both sides keep the span's label unless a range of places ("from Garo to
    Miblet") makes them places; the cut word belongs to neither; a side with no capitalised word goes."""
    out = []
    for ent in ents:
        titled = _titled_person_start(ent)
        if titled is not None:
            office = _office_place(doc[ent.start : titled - 1]) if titled - 1 > ent.start else None
            if office is not None and not all(people_place(t.text) for t in office):
                out.append(office)  # "Odesa Oblast Governor Oleh Kiper": Odesa Oblast, and Oleh Kiper
            out.append(Span(doc, titled, ent.end, label="PERSON"))  # "Armenian PM Pashinyan" is Pashinyan
            continue
        cut = next((t for t in ent[1:] if _opens_second_phrase(t, ent)), None)
        if cut is None:
            out.append(ent)
            continue
        label = "GPE" if _is_place_range(ent, cut) else ent.label_
        parts = (Span(doc, ent.start, cut.i, label=label), Span(doc, cut.i + 1, ent.end, label=label))
        out += [part for part in parts if any(t.text[:1].isupper() for t in part)]
    return out


def _office_place(words: Span) -> Span | None:
    """ "Odesa Oblast" of "Odesa Oblast Governor Oleh Kiper": the known place, with its unit noun, whose office a
    title before a name is."""
    unit = len(words) > 1 and words[-1].lower_ in NAME_ONLY_SETTLEMENT_NOUNS
    known = place((words[:-1] if unit else words).text)
    if known is None or not (unit or known.strong) or not all(t.is_title for t in words):
        return None  # "Hassan Sheikh Mahmoud": a given name that is also a town's, no office's place
    return Span(words.doc, words.start, words.end, label=_place_label(known))


def _titled_person_start(ent: Span) -> int | None:
    """Where the name starts in a span of nationality words, a title and a name ("Armenian PM Pashinyan"): the
    title's people word and the title are no part of the person's name; nor are nationality words alone before
    a person's full name ("naturalised Briton Karim Osei", "American Mahmud Karimi")."""
    for k in range(1, len(ent) - 1):
        if ent[k].lower_.rstrip(".") in HONORIFICS and (
            all(people_place(t.text) for t in ent[:k]) or ent.label_ != "PERSON" and _office_place(ent[:k]) is not None
        ):
            rest = ent[k + 1 :]
            return rest.start if all(_is_name_token_text(t) for t in rest) else None
    k = 0
    while k < len(ent) and _is_nationality_word(ent[k]):
        k += 1
    rest = ent[k:]
    placed = any(place(t.text) for t in rest)  # "Canadian Pacific Kansas" names a company
    if (
        0 < k
        and 2 <= len(rest) <= 3
        and ent.label_ in ("PERSON", "ORG", "NORP")
        and _is_speaker_name(rest)
        and not placed
    ):
        return rest.start
    return None


def _opens_second_phrase(token: Token, ent: Span) -> bool:
    """A preposition or a weekday or month word inside a span whose head lies outside it."""
    if ent.start <= token.head.i < ent.end or token.i == ent.end - 1 and token.pos_ == "ADP":
        return False
    word = token.lower_.rstrip(".")
    is_date = word in WEEKDAYS or word in MONTHS and token.is_title
    return is_date or token.pos_ == "ADP" and token.is_lower and word not in SPAN_CUT_KEPT_LINKS


def _is_place_range(ent: Span, cut: Token) -> bool:
    """'from Garo to Miblet': a name after "from" cut at "to" names the two ends of a stretch of land."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before == "from" and cut.lower_ == "to" and ent.label_ not in PLACE_LABELS


def _with_glued_persons_apart(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation and the person NER glued after it, as two spans: "the United Nations Vassily Nebenzia"
    (of "representative to the United Nations Vassily Nebenzia") is the United Nations and Vassily Nebenzia;
    two known places joined by "and" ("Niger and Burkina Faso") are two places."""
    out = []
    for ent in ents:
        comma = _glued_comma(ent)
        if comma is not None:
            after = doc[comma + 1 : ent.end]
            out += [
                Span(doc, ent.start, comma, label=ent.label_),
                Span(doc, after.start, after.end, label=_after_comma_label(ent, after)),
            ]
            continue
        listed = _list_parts(ent)
        if listed:
            label = (
                "GPE" if _opens_place_list(ent) or any(place(canonical_form(p.text)) for p in listed) else ent.label_
            )
            out += [Span(doc, p.start, p.end, label=label) for p in listed]
            continue
        cut = _glued_person_start(ent)
        if cut is not None:
            out += [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut, ent.end, label="PERSON")]
            continue
        joint = next((t.i for t in ent[1:-1] if t.lower_ == "and" and doc[t.i + 1].lower_ != "the"), None)
        parts = [doc[ent.start : joint], doc[joint + 1 : ent.end]] if joint is not None else []
        if parts and place(canonical_form(ent.text)) is None and all(place(canonical_form(p.text)) for p in parts):
            out += [Span(doc, p.start, p.end, label="GPE") for p in parts]
            continue
        if parts and all(len(p) == 1 and fold_name(p.text) in _full_person_words(doc) for p in parts):
            out += [Span(doc, p.start, p.end, label="PERSON") for p in parts]  # "Japarov and Rahmon"
            continue
        out.append(ent)
    return out


def _list_parts(ent: Span) -> list[Span]:
    """The names of a list NER read as one span ("Alor, Bintam, Kedu and Sarpa"): at least LIST_NAMES parts cut
    at commas and one closing "and" / "or", each of one to three capitalised words; else []."""
    doc = ent.doc
    cuts = [t.i for t in ent[1:-1] if t.text == "," or t.lower_ in ("and", "or")]
    if not cuts or ent[cuts[-1] - ent.start].lower_ not in ("and", "or") or len(cuts) + 1 < LIST_NAMES:
        return []
    bounds = [ent.start, *[c + 1 for c in cuts]]
    ends = [*cuts, ent.end]
    parts = [doc[a:b] for a, b in zip(bounds, ends)]
    if any(doc[c - 1].text == "," and doc[c].lower_ in ("and", "or") for c in cuts):  # "A, B, and C"
        parts = [p for p in parts if len(p)]
    ok = all(1 <= len(p) <= 3 and all(t.text[:1].isupper() and t.is_alpha for t in p) for p in parts)
    return parts if ok else []


def _opens_place_list(ent: Span) -> bool:
    """A plural settlement or area noun a few words before a list ("villages such as", "the towns of",
    "districts including")."""
    before = ent.doc[max(0, ent.start - LIST_CUE_WORDS) : ent.start]
    return any(t.is_lower and t.tag_ == "NNS" and t.lemma_.lower() in OF_PLACE_NOUNS | AREA_NOUNS for t in before)


def _full_person_words(doc: Doc) -> frozenset[str]:
    """Surnames of the people NER names in full in a text ("Sadyr Japarov" gives "japarov")."""
    return frozenset(fold_name(e[-1].text) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)


def _with_joined_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """Two spans NER cut out of one known place named with "and" ("Bosnia" and "Herzegovina's" of "Bosnia and
    Herzegovina's presidency"), as one GPE."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and _joins(doc, last, ent, "and") and place(canonical_form(doc[last.start : ent.end].text)):
            out[-1] = Span(doc, last.start, ent.end, label="GPE")
            continue
        if last is not None and _joins_by_of(doc, last, ent) and last.label_ == "ORG" and _owned_by_place(ent):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")  # "the Ministry of Foreign Affairs of Moldova"
            continue
        venue_end = _venue_noun_end(ent)
        if last is not None and venue_end is not None and _joins_by_of(doc, last, ent) and last[-1].is_title:
            out[-1] = Span(doc, last.start, venue_end, label="FAC")  # "St. Anne" + "of the Hills Church"
            continue
        if last is not None and last.label_ == ent.label_ == "ORG" and _joins_office_to_its_task(doc, last, ent):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")  # "U.N. Office" for "the Coordination of ..."
            continue
        out.append(ent)
    return out


def _venue_noun_end(ent: Span) -> int | None:
    """The end of a capitalised venue noun inside a span ("of the Hills Church", "Mercy Chapel on Sunday"), if
    one is; a span that ends a venue's name cut at "of"."""
    return next((t.i + 1 for t in ent if t.is_title and t.lower_ in VENUE_NOUNS), None)


def _joins(doc: Doc, first: Span, second: Span, word: str) -> bool:
    """Whether only `word` (or `word` and "the") stands between two spans, or ends the first ("Bosnia and" NER
    cut before "Herzegovina")."""
    between = doc[first.end : second.start].text.strip().lower()
    return between in (word, f"{word} the") or between == "" and first[-1].lower_ == word


def _joins_by_of(doc: Doc, first: Span, second: Span) -> bool:
    """Whether "of" or "of the" links two spans, in between or ending the first ("Armed Forces of the" NER cut
    before "Philippines")."""
    cut = first.end
    while cut > first.start + 1 and doc[cut - 1].lower_ in ("of", "the"):
        cut -= 1
    return doc[cut : second.start].text.lower().split() in (["of"], ["of", "the"])


def _joins_office_to_its_task(doc: Doc, first: Span, second: Span) -> bool:
    """Whether an office's name ("the U.N. Office") and its task ("the Coordination of Humanitarian Affairs")
    stand in two ORG spans linked by "for" alone: one name, the task being no name of its own."""
    return first[-1].text in OFFICE_HEAD_WORDS and doc[first.end : second.start].text.strip() == "for"


def _owned_by_place(ent: Span) -> bool:
    """A span that is a known country or region, the owner of an institution named before it."""
    known = place(canonical_form(ent.text))
    return known is not None and known.kind in ("country", "region")


def _with_ordinals(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation's name carried over the ordinal in digits NER read apart before it ("1st" of "the 1st
    Warsaw Armored Brigade"): units are named with their number."""
    out = []
    for ent in ents:
        before = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ == "ORG" and before is not None and _ORDINAL.fullmatch(before.text):
            ent = Span(doc, ent.start - 1, ent.end, label=ent.label_)
        out.append(ent)
    return out


def _with_place_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """A place's name carried over a capitalised body word after it ("the Norland Police", "Velka
    Municipality"), over a band's noun ("the Sonora cartel") or over a number that names a broadcaster ("told
    Dorvan 24 that"): the place inside names the body, the span is the body's, an ORG."""
    starts = {e.start for e in ents}
    out = []
    for ent in ents:
        after = doc[ent.end] if ent.end < len(doc) else None
        placed = ent.label_ in ("GPE", "LOC") or place(canonical_form(ent.text)) is not None
        if placed and after is not None and ent.end not in starts:
            body = after.is_title and after.lower_ in PLACE_BODY_WORDS
            if body or after.lower_ in GANG_HEADS or _is_channel_number(after):
                ent = Span(doc, ent.start, ent.end + 1, label="ORG")
        if ent.label_ in ("GPE", "LOC") and len(ent) > 1 and ent[-1].is_title and ent[-1].lower_ in PLACE_BODY_WORDS:
            ent = Span(doc, ent.start, ent.end, label="ORG")  # NER took the word but read the place
        elif ent.label_ != "ORG" and _is_place_office(ent):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "Ruvania PMO" read as a person
        out.append(ent)
    return out


def _is_place_office(ent: Span) -> bool:
    """A strong place's name and an office's acronym after it ("Nepal PMO", "India MoD"): the place's office (a
    person's name ends in no acronym, a regnal number is none: "Leo XIV"); the place's name standing alone still
    names the place."""
    last = ent[-1]
    acronym = (
        last.text[:1].isupper() and last.text[-1:].isupper() and last.is_alpha and 2 <= len(last) <= OFFICE_ACRONYM
    )
    if len(ent) < 2 or not acronym or _ROMAN_NUMERAL.fullmatch(last.text):
        return False
    known = place(canonical_form(ent[:-1].text))
    return known is not None and known.strong


def _is_channel_number(token: Token) -> bool:
    """A number of a few digits right after a place's name that counts nothing: no noun, number, unit or
    hyphen follows it ("Dorvan 24 said", "(Dorvan 24)"; "in Tarsa 24 people died" counts)."""
    doc = token.doc
    if not token.text.isdigit() or len(token.text) > CHANNEL_NUMBER_DIGITS:
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.ent_iob_ == "I":
        return False  # "24 May": the number opens a date
    counts = after is not None and (after.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "SYM") or after.text in "-%")
    return not counts


def _with_name_tails(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation's name carried over the capitalised words and links NER cut off after it, where a link
    joins them ("the Office of the United Nations" + "High Commissioner for Human Rights")."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        end = ent.end
        while end < len(doc) and end - ent.end < 8 and end not in taken and _continues_name(doc[end]):
            end += 1
        while end > ent.end and doc[end - 1].lower_ in NAME_LINKS:
            end -= 1
        tail = doc[ent.end : end]
        opens = bool(tail) and tail[0].is_title and tail[0].lower_ not in TITLE_WORDS  # not "Secretary of State"
        if ent.label_ == "ORG" and opens and any(t.lower_ in NAME_LINKS for t in tail):
            ent = Span(doc, ent.start, end, label="ORG")
        out.append(ent)
    return out


def _with_titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A surname NER read as a body or a place right after a capitalised title and a given name it passed by
    ("Mayor Ana" + "Reyes" ORG), as one PERSON span from the given name; a known place or a listed body stays."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        start = ent.start
        while start > 0 and ent.start - start < 2 and _is_given_name_word(doc[start - 1], covered):
            start -= 1
        title = doc[start - 1] if start > 0 else None
        if (
            ent.label_ in ("ORG", "GPE", "NORP", "FAC", "PRODUCT")
            and start < ent.start
            and title is not None
            and title.is_title
            and title.lower_.rstrip(".") in HONORIFICS
            and len(ent) <= 2
            and all(_is_given_name_word(t, set()) for t in ent)
            and not _is_listed_body(ent.text)
            and place(ent.text) is None
        ):
            ent = Span(doc, start, ent.end, label="PERSON")
        elif ent.label_ != "PERSON" and _is_titled_person(ent):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "Bishop Ramon Villena" read as a body
        elif ent.label_ == "ORG" and _follows_person_title(ent):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "President Ana-Maria Vell" read as a body
        out.append(ent)
    return out


def _with_nicknames(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's given name, a nickname in quotation marks and the surname ('Ana "La Jefa" Ortiz'), as one PERSON
    span, whatever NER made of the nickname and the surname; its key leaves the nickname out (see
    _without_nickname)."""
    dropped: set[int] = set()
    out = []
    for ent in ents:
        if ent.start in dropped:
            continue
        end = _nickname_end(doc, ent)
        if end is not None:
            dropped.update(e.start for e in ents if ent.end <= e.start < end)
            ent = Span(doc, ent.start, end, label="PERSON")
        out.append(ent)
    return out


def _nickname_end(doc: Doc, ent: Span) -> int | None:
    """Where a name ends that goes on past a quoted nickname right after a PERSON span: the end of the one or two
    capitalised surname words after the closing mark, or None."""
    i = next((t.i for t in ent[1:] if t.tag_ == "``"), ent.end)  # NER may stop inside the nickname
    if ent.label_ != "PERSON" or i >= len(doc) or doc[i].tag_ != "``":
        return None
    close = next((t.i for t in doc[i + 1 : i + 2 + NICKNAME_WORDS] if t.tag_ == "''"), None)
    if close is None or close == i + 1 or not all(t.text[:1].isupper() for t in doc[i + 1 : close]):
        return None
    end = close + 1
    while end < len(doc) and end - close <= 2 and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    return end if end > close + 1 else None


def _without_nickname(text: str) -> str:
    """A name with a quoted nickname inside it, without the nickname ('Ana "La Jefa" Ortiz' is Ana Ortiz)."""
    return _NICKNAME.sub(" ", text)


def _with_office_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """An office written as its abbreviation and the district it serves ("SP Tarnal", "DC Venpur": the unnamed
    officer of that district), as the district's name, a GPE, where the text also writes that word as a place
    ("Tarnal district", "in Tarnal") or the gazetteer knows it; an officer's own name ("SSP Ravi Dhar") stays."""
    out = []
    for ent in ents:
        title = ent[0] if len(ent) == 2 else doc[ent.start - 1] if len(ent) == 1 and ent.start > 0 else None
        word = ent[-1]
        if (
            title is not None
            and title.is_upper
            and title.lower_ in OFFICE_ABBREVIATIONS
            and word.is_title
            and (place(word.text) is not None or _written_as_place(doc, word))
        ):
            ent = Span(doc, word.i, word.i + 1, label="GPE")
        out.append(ent)
    return out


def _written_as_place(doc: Doc, word: Token) -> bool:
    """Whether the text writes this word elsewhere right before a settlement noun ("Tarnal district") or right
    after a place's preposition ("in Tarnal")."""
    for other in doc:
        if other.i == word.i or other.text != word.text:
            continue
        after = doc[other.i + 1] if other.i + 1 < len(doc) else None
        before = doc[other.i - 1] if other.i > 0 else None
        if after is not None and after.is_lower and after.lemma_.lower() in SETTLEMENT_NOUNS:
            return True
        if before is not None and before.lower_ in PLACE_NAME_CUES and not (after is not None and after.tag_ == "POS"):
            return True
    return False


def _follows_person_title(ent: Span) -> bool:
    """A body's span of two or three name words, maybe joined by a hyphen, right after a capitalised title only a
    person bears ("President Ana-Maria Vell"), no place and no listed body among them."""
    doc = ent.doc
    title = doc[ent.start - 1] if ent.start > 0 else None
    words = [t for t in ent if t.text not in NAME_HYPHENS]
    return (
        title is not None
        and title.is_title
        and title.lower_.rstrip(".") in PERSON_ONLY_TITLES
        and 2 <= len(words) <= 3
        and not any(t.lower_ in INSTITUTION_HEADS for t in words)
        and _person_name_words(words, ent.text)
    )


def _is_titled_person(ent: Span) -> bool:
    """A span of a personal title and one to three name words ("Bishop Ramon Villena", "Senator Ana Diaz"), no
    place and no listed body among them."""
    rest = ent[1:]
    return (
        ent[0].is_title
        and ent[0].lower_.rstrip(".") in PERSONAL_TITLES
        and 1 <= len(rest) <= 3
        and _person_name_words(list(rest), rest.text, listed=ent.text)
    )


def _person_name_words(words: list[Token], text: str, listed: str | None = None) -> bool:
    """Words that may be a person's name after a title: given-name words whose `text` is no known place, and no
    listed body's name (`listed`, the whole span's text, where the title is inside it)."""
    return (
        all(_is_given_name_word(t, set()) for t in words)
        and place(text) is None
        and not _is_listed_body(listed if listed is not None else text)
    )


def _is_given_name_word(token: Token, covered: set[int]) -> bool:
    """A capitalised proper noun outside every span that is no title and no body's word (a town's name may be a
    given name: "Ana")."""
    word = token.lower_.rstrip(".")
    return (
        token.is_title
        and token.pos_ == "PROPN"
        and token.i not in covered
        and word not in TITLE_WORDS
        and word not in NOT_PLACE_OR_PERSON_WORDS
    )


def _with_person_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's name NER cut at a lower-case surname particle ("Rosa dela Torre" read as "Rosa" and "Torre", or
    as "Rosa" and "dela Torre"), as one PERSON span over the particle and the capitalised surname after it."""
    by_start = {e.start: e for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    absorbed: set[int] = set()
    for ent in ents:
        if ent.start in absorbed:
            continue
        if ent.label_ == "PERSON" and ent[0].is_lower and ent[0].lower_ in SURNAME_PARTICLE_WORDS and ent.start > 0:
            if _is_uncovered_name_word(doc[ent.start - 1], taken):
                ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "Ana" + "dela Cruz"
        end = ent.end
        while end < len(doc) and doc[end].is_lower and doc[end].lower_ in SURNAME_PARTICLE_WORDS:
            end += 1
        if ent.label_ != "PERSON" or end == ent.end:
            out.append(ent)
            continue
        following = by_start.get(ent.end) or by_start.get(end)
        if following is not None and all(t.is_title or t.lower_ in SURNAME_PARTICLE_WORDS for t in following):
            last = following.end if len(following) <= 3 else end
            absorbed.add(following.start)
        else:
            last = end
            while last < len(doc) and last - end < 2 and _is_uncovered_name_word(doc[last], taken):
                last += 1
        if last > end:
            ent = Span(doc, ent.start, last, label="PERSON")
        out.append(ent)
    return out


def _continues_name(token: Token) -> bool:
    """A capitalised name word or a link word inside an organisation's name."""
    return token.lower_ in NAME_LINKS or token.is_title and token.pos_ == "PROPN"


def _glued_comma(ent: Span) -> int | None:
    """The comma inside a span NER ran across two names ("the Associated Press, Morales" of "According to the
    Associated Press, Morales said"), where a name stands on both sides of it; "Martin Luther King, Jr." keeps
    its suffix."""
    commas = [t.i for t in ent[1:-1] if t.text in (",", "/")]  # "Craig Ruttle / Associated Press": a credit
    if len(commas) != 1:
        return None
    before, after = ent.doc[ent.start : commas[0]], ent.doc[commas[0] + 1 : ent.end]
    if after[0].lower_.rstrip(".") in NAME_SUFFIXES or _is_slash_name(ent.doc[commas[0]], before, after):
        return None
    names = all(any(t.text[:1].isupper() for t in part) for part in (before, after))
    return commas[0] if names else None


def _is_slash_name(slash: Token, before: Span, after: Span) -> bool:
    """A slash written tight between two names neither of which is a news agency joins one name ("RFE/RL",
    "Radio Free Europe/Radio Liberty"); a credit sets a photographer or an agency apart ("Jane Roe/Reuters")."""
    tight = slash.text == "/" and not slash.whitespace_ and not slash.doc[slash.i - 1].whitespace_
    return tight and not agency(canonical_form(before.text)) and not agency(canonical_form(after.text))


def _after_comma_label(ent: Span, after: Span) -> str:
    """The label of the name after a glued comma: PERSON for proper nouns that are no known place or body."""
    known = place(after.text)
    listed = (known is not None and known.strong) or agency(after.text) or organisation(after.text)
    proper = all(t.pos_ == "PROPN" and t.is_title for t in after)
    return "PERSON" if proper and not listed and len(after) <= 3 else ent.label_


def _glued_person_start(ent: Span) -> int | None:
    """Where a person's name of two or three words starts after the head word of an organisation's name in
    one ORG span, or None."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return None
    heads = [t.i for t in ent[:-2] if t.lower_ in GLUED_NAME_HEADS and t.text[:1].isupper()]
    if not heads or not 2 <= ent.end - heads[-1] - 1 <= 3:
        return None
    person = ent.doc[heads[-1] + 1 : ent.end]
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in GLUED_NAME_HEADS for t in person):
        return None
    organisation = [t for t in ent.doc[ent.start : person.start] if t.lower_ not in LEADING_DETERMINERS]
    if len(organisation) < 2 or any(place(t.text) for t in person) or agency(person.text):
        return None  # "the Alliance Fleuve Congo" is one name: a one-word head, a place in the rest
    return person.start


def _with_places_apart(doc: Doc, ents: list[Span]) -> list[Span]:
    """A place written before another name in one span, as two spans: a place with its possessive ("Mali's
    Azawad Front" is Mali and the Azawad Front, "Myanmar's Rakhine" Myanmar and Rakhine) and a place glued
    before a person's name ("deputy for West Africa Mariam Keita")."""
    out = []
    for ent in ents:
        out += (
            _possessive_parts(doc, ent)
            or _owned_acronym_parts(doc, ent)
            or _place_person_parts(doc, ent)
            or _ampersand_places_parts(doc, ent)
            or [ent]
        )
    return out


def _ampersand_places_parts(doc: Doc, ent: Span) -> list[Span]:
    """Two countries joined by "&" in one span ("Ethiopia & Eritrea"), as two places; a state so named
    ("Trinidad & Tobago") stays whole."""
    amps = [t.i for t in ent if t.text == "&"]
    if len(amps) != 1 or place(ent.text.replace("&", "and")) is not None:
        return []
    parts = [doc[ent.start : amps[0]], doc[amps[0] + 1 : ent.end]]
    known = [place(p.text) if len(p) else None for p in parts]
    if not all(k is not None and k.strong and k.kind == "country" for k in known):
        return []
    return [Span(doc, p.start, p.end, label="GPE") for p in parts]


def _owned_acronym_parts(doc: Doc, ent: Span) -> list[Span]:
    """An organisation, its possessive and an acronym in one ORG span ("Radio’s IAR" of "Polish Radio’s IAR news
    agency"), as two ORGs; a one-word owner takes the capitalised word NER left before it ("Polish Radio")."""
    cut = next((t.i for t in ent[1:-1] if t.tag_ == "POS"), None)
    if ent.label_ != "ORG" or cut is None or cut + 2 != ent.end or not _is_acronym(doc[cut + 1]):
        return []
    start = ent.start
    if cut - start == 1 and start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
        start -= 1
    return [Span(doc, start, cut, label="ORG"), Span(doc, cut + 1, ent.end, label="ORG")]


def _place_label(known: Place) -> str:
    """The label of a known place: LOC for an area or a region without a government ("Darfur"), else GPE."""
    return "LOC" if known.kind in LOC_KINDS or known.name in UNGOVERNED_REGIONS else "GPE"


def _possessive_parts(doc: Doc, ent: Span) -> list[Span]:
    """A name, its possessive and another name in one span, as the two names: a known place ("Mali's Azawad Front"),
    or a person or group, as the owner ("Darvek’s Hayat Tahrir al-Sham", "Kalder's Alawite heartland"); a state's
    institution ("Azerbaijan's Defense Ministry") stays whole, its country kept in its key (see _possessor), and
    so does a name whose owner is a common noun ("People's Liberation Army")."""
    cut = next((t.i for t in ent[1:-1] if t.tag_ == "POS"), None)
    if cut is None:
        return []
    if ent.end - cut == 2 and doc[cut + 1].lower_ in VENUE_NOUNS:
        return []  # "St. Sebastian's Church": a venue named for its saint is one name
    institution = _is_institution_span(doc[cut + 1 : ent.end])
    owner = place(doc[ent.start : cut].text)
    rest = place(doc[cut + 1 : ent.end].text)
    label = _place_label(rest) if rest is not None else ent.label_
    if owner is not None and not owner.given_name and not institution:
        return [Span(doc, ent.start, cut, label=_place_label(owner)), Span(doc, cut + 1, ent.end, label=label)]
    start = ent.start + (doc[ent.start].lower_ in LEADING_DETERMINERS)
    if (
        owner is not None
        or doc[cut].lower_ not in ("'s", "’s")
        or not _is_possessive_name(doc[start:cut], True)
        or not _is_possessive_name(doc[cut + 1 : ent.end])
    ):
        return []
    written = next((e.label_ for e in doc.ents if e.text == doc[start:cut].text and e.label_ in NAME_LABELS), None)
    if institution and written != "PERSON":
        return []  # "Valdoria’s Defense Ministry": a state's; "Tarvik’s Liberation Army" only where Tarvik is a person
    if rest is None and ent.end - cut == 2 and doc[cut + 1].dep_ in ("amod", "compound"):
        label = "NORP"  # "Kalder's Alawite heartland": a people word before a noun
    return [
        Span(doc, start, cut, label=written or _owner_label(doc[start:cut])),
        Span(doc, cut + 1, ent.end, label=label),
    ]


def _is_possessive_name(words: Span, owner: bool = False) -> bool:
    """Words on either side of a possessive inside one span that make a name of their own: capitalised, at most
    POSSESSIVE_NAME_WORDS of them; an owner never ends in a common noun ("People" of "People's Liberation Army",
    "Mary" of "St. Mary's Church")."""
    return (
        0 < len(words) <= POSSESSIVE_NAME_WORDS
        and words[0].text[:1].isupper()
        and all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES or t.is_punct for t in words)
        and not (owner and words[-1].lemma_.lower() in _nouns())
    )


def _owner_label(owner: Span) -> str:
    """The label of an owner cut from before a possessive that NER labels nowhere on its own: ORG for a known
    organisation, armed group or agency, or an acronym; else PERSON, the leader whose group or people it is
    ("Darvek’s Hayat Tahrir al-Sham")."""
    known = organisation(owner.text) or armed_group(owner.text) or agency(owner.text)
    return "ORG" if known or _is_acronym(owner[0]) else "PERSON"


def _place_person_parts(doc: Doc, ent: Span) -> list[Span]:
    """A PERSON span that opens with a known place the text also writes on its own, after a word that is no title
    ("of bordering Sylhet Rahim Uddin"), as the place and the person (two name words at least); a place the
    previous word continues is taken whole ("for North Africa Joshua Harris")."""
    if ent.label_ != "PERSON" or len(ent) < 3 or ent.start == 0:
        return []
    return _place_then_person(doc, ent, lambda end: _glued_place_start(doc, ent.start, end))


def _place_then_person(doc: Doc, ent: Span, place_at: Callable[[int], tuple[int, Place | None]]) -> list[Span]:
    """A span read as a place (`place_at(end)`: where it starts and the place ending at `end`, or None) then two
    name words or more, as a place and a PERSON, the longest place first; [] where no such reading holds."""
    for n in range(len(ent) - 2, 0, -1):
        start, known = place_at(ent.start + n)
        if known is not None and _name_words(doc[ent.start + n : ent.end]):
            return [
                Span(doc, start, ent.start + n, label=_place_label(known)),
                Span(doc, ent.start + n, ent.end, label="PERSON"),
            ]
    return []


def with_office_holders(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "President of Kazakhstan Aidar Nurlan", "President of Mongolia Bat Erdene": after an office's "of", the state
    it is of and its holder's name, which the small model may read as one body or leave the name out of every
    span, as a place and a PERSON (two to four name words). For the pipeline's entity component
    (transforms.nlp), so that every extractor reads the same spans; `ents` itself where no span follows an
    office's "of" (the component runs on every Doc)."""
    if not any(_after_office_of(doc, ent) for ent in ents):
        return ents
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        if not _after_office_of(doc, ent):
            out.append(ent)
            continue
        if ent.label_ not in PLACE_LABELS:
            out += _state_and_holder(doc, ent) or [ent]
            continue
        out.append(ent)
        end = ent.end
        while end < len(doc) and end - ent.end < MAX_HOLDER_WORDS and end not in covered:
            if not _name_words(doc[ent.end : end + 1]):
                break
            end += 1
        if end - ent.end >= 2 and (end == len(doc) or not _is_name_token_text(doc[end])):
            out.append(Span(doc, ent.end, end, label="PERSON"))
    return out


def _state_and_holder(doc: Doc, ent: Span) -> list[Span]:
    """ "Kazakhstan Aidar Bek-Nurlan" after "President of": a known state, then two name words or more."""

    def state_at(end: int) -> tuple[int, Place | None]:
        known = place(doc[ent.start : end].text)
        return ent.start, known if known is not None and not known.given_name else None

    return _place_then_person(doc, ent, state_at)


# The most words of a holder's name written after the state of the office ("President of Kenya William Ruto").
MAX_HOLDER_WORDS = 4


def _name_words(words: Span) -> bool:
    """Name words only, a hyphen joining two of them ("Aidar Bek-Nurlan"); no word of an office
    ("Foreign Affairs")."""
    if any(t.lower_ in OFFICE_WORDS | OFFICE_TAIL_WORDS for t in words):
        return False
    return all(
        _is_name_token_text(t) or (t.tag_ == "HYPH" and words.start < t.i < words.end - 1 and not t.whitespace_)
        for t in words
    )


def _after_office_of(doc: Doc, ent: Span) -> bool:
    """ "President of Kazakhstan Aidar Nurlan", "Prime Minister of Norland Ada Vik": a span right after an
    office's "of", where the state the office is of comes before its holder's name (the small model may read the
    two as one body); or right after a police office's abbreviation, where the zone it serves comes first."""
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in OFFICE_HOLDER_WORDS:
        return True
    # "IGP Velpur Ana Rao", "Inspector General of Police (IGP) Velpur Ana Rao": a police office's abbreviation,
    # then the zone it serves and its holder
    before = ent.start - 2 if ent.start >= 3 and doc[ent.start - 1].text == ")" else ent.start - 1
    return before >= 0 and doc[before].text.isupper() and doc[before].lower_ in POLICE_RANK_ABBREVIATIONS


def _glued_place_start(doc: Doc, start: int, end: int) -> tuple[int, Place | None]:
    """Where a place written at doc[start:end] begins (one word earlier where that word continues it: "North"
    of "North Africa") and the place, or None where it is no place glued to a name."""
    before = doc[start - 1]
    wider = place(doc[start - 1 : end].text) if before.is_title else None
    if wider is not None and not wider.given_name:
        return start - 1, wider
    known = place(doc[start:end].text)
    if known is None or known.given_name or not before.is_lower or before.lower_.rstrip(".") in TITLE_WORDS:
        return start, None
    if known.kind not in ("area", "region", "country") and not _written_alone(doc, start, end, not known.strong):
        return start, None  # "Hassan Sheikh Mahmoud": a city's name that is also a given name
    return start, known


def _written_alone(doc: Doc, start: int, end: int, as_place: bool = False) -> bool:
    """Whether the words doc[start:end] are written elsewhere in the text without the name that follows here; with
    `as_place`, not read as a person there ("met Kim ... his younger sister Kim Yo Jong": a little-known town's name that
    is a person's both times)."""
    words = [t.text for t in doc[start:end]]
    n = end - start
    return any(
        [t.text for t in doc[i : i + n]] == words
        and (i + n >= len(doc) or doc[i + n].text != doc[end].text)
        and not (as_place and doc[i].ent_type_ == "PERSON")
        for i in range(len(doc) - n + 1)
        if i != start
    )


def _with_short_forms(
    doc: Doc, spans: list[Span], same_as: dict[tuple[int, int], str], person_words: frozenset[str]
) -> list[Span]:
    """A one-word name, no place, people or person, that opens or heads one longer ORG name of the text ("Polisario"
    of "the Polisario Front", "the Observatory" of "the Syrian Observatory for Human Rights"): that ORG, written
    short (same_as)."""
    longer = [s for s in spans if s.label_ == "ORG" and len(s) > 1 and not any(t.tag_ == "POS" for t in s)]
    # A town the text writes as a place ("in Kandor", whatever NER tagged it) is no body's short name ("the Kandor
    # Traders Union").
    used_as_place = {
        s.text
        for s in spans
        if len(s) == 1
        and _after_locative_cue(s, AS_PLACE_CUES)
        and not (s.end < len(doc) and doc[s.end].tag_ == "POS")  # "in Omar's capture": a possessor
    }
    out = []
    for span in spans:
        name = span.text
        if (
            len(span) != 1
            or span.label_ == "ORG"
            or place(name)
            or people_place(name)
            or fold_name(name) in person_words
            or name in used_as_place
        ):
            out.append(span)
            continue
        owners = {name_key(o.text): o for o in longer if name in (_first_name_word(o).text, o.root.text)}
        if len(owners) != 1 or (span.start, span.end) in same_as:
            out.append(span)
            continue
        same_as[(span.start, span.end)] = canonical_form(next(iter(owners.values())).text)
        out.append(Span(doc, span.start, span.end, label="ORG"))
    return out


def _first_name_word(span: Span) -> Token:
    """The first word of a name after its article ("Polisario" of "the Polisario Front")."""
    return next((t for t in span if t.lower_ not in LEADING_DETERMINERS), span[0])


def _listed_organisation_mentions(doc: Doc, ents: list[Span]) -> Iterator[Span]:
    """Organisations and platforms of the list NER passed by ("ECOWAS leaders met", "posted on Facebook"), as
    written (case kept: "a telegram" is none), outside every span; so too news agencies ("officials told dpa")
    and armed groups of several words ("Islamic State militants", read as a nationality word and dropped)."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    text = doc_text(doc)
    forms = (organisation_forms(), agency_forms(), armed_group_forms())
    for match in (m for pattern in forms for m in pattern.finditer(text)):
        span = doc.char_span(match.start(), match.end(), label="ORG")
        if span is not None and not any(t.i in covered for t in span):
            covered.update(range(span.start, span.end))
            yield span


def _with_listed_group_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Armed groups of the list whose name NER read in part ("Pakistani Taliban" as a nationality word, dropped,
    and "Taliban"): the whole listed name, in place of the spans inside it, so that it never merges with the
    group its last word names alone."""
    spans = list(ents)
    for match in armed_group_forms().finditer(doc_text(doc)):
        whole = doc.char_span(match.start(), match.end(), label="ORG")
        if whole is None:
            continue
        inside = [s for s in spans if whole.start <= s.start and s.end <= whole.end and len(s) < len(whole)]
        crossing = [s for s in spans if s.start < whole.end and whole.start < s.end and s not in inside]
        if inside and not crossing:
            spans = [s for s in spans if s not in inside] + [whole]
    return spans


def _is_plural_descriptor(token: Token) -> bool:
    """A plural descriptor noun after a name ("al-Shabab Islamists"): no part of the name."""
    return token.tag_ in ("NNS", "NNPS") and token.lower_.rstrip("s") in DESCRIPTOR_NOUNS


def _trimmed(span: Span) -> Span | None:
    """The span without function words NER left at its end ("Macomia in" is Macomia), nor a settlement or
    group noun written in lower case after the name ("Gora village" is Gora, "the White Army militia" the
    White Army; "North Darfur State" keeps its State)."""
    start = _trimmed_start(span, _before_open_bracket(span))
    end = _trimmed_end(span, _before_open_bracket(span), start)
    holder = _office_holder_start(span, start, end)
    if holder is not None:
        return Span(span.doc, holder, end, label="PERSON")
    if (start, end) == (span.start, span.end):
        return span
    known = place(span.doc[start:end].text) if span.doc[end].lower_.rstrip(".") in TITLE_WORDS else None
    label = _place_label(known) if known is not None and span.label_ == "PERSON" else span.label_  # before a rank
    titled = _titled_person(span.doc, span.start, end) or (
        start > span.start and span.doc[start - 1].lower_.rstrip(".") in PERSON_ONLY_TITLES  # "Kazakh President X"
    )
    label = "PERSON" if span.label_ in TITLED_AS_BODY_LABELS and titled else label
    return Span(span.doc, start, end, label=label) if end > start else None


def _trimmed_start(span: Span, end: int) -> int:
    """Where a span's name starts, without a list bullet, a possessive or an adjective NER kept before it."""
    start, doc = span.start, span.doc
    while start < end - 1 and (not any(c.isalnum() for c in doc[start].text) or doc[start].tag_ == "POS"):
        start += 1  # "• India": a list bullet NER kept; "’s Greek": the possessive of the name before
    while start < end - 1 and _is_leading_adjective(doc, start, end):
        start += 1  # "the eastern Aegean Sea" is the Aegean Sea; "Leftist Ortega, 70," is Ortega
    if start < end - 1 and _opening_preposition(doc[start]):
        start += 1  # "Besides Zelensky, the talks drew ...": the preposition that opens the sentence
    rest = doc[start + 1 : end]
    if len(rest) > 1 and _is_capitalised_role(doc[start]) and all(_is_name_token_text(t) for t in rest):
        start += 1  # "Lawyer Mirta Olquin said": a role noun capitalised only because it opens the sentence
    if span.label_ == "PERSON" or (span.label_ in TITLED_AS_BODY_LABELS and _titled_person(doc, start, end)):
        start = _after_title(doc, start, end)
    if span.label_ == "PERSON":
        start = _after_office_field(doc, start, end)  # "Secretary of Homeland Security Ana Reyes"
    return start


def _after_office_field(doc: Doc, start: int, end: int) -> int:
    """Where a holder's name starts after the field of the office NER read into it ("Secretary of Homeland
    Security Ana Reyes" is Ana Reyes): capitalised field words at the span's start, a word left after them."""
    while start < end - 1 and doc[start].lower_ in OFFICE_FIELD_WORDS and doc[start].is_title:
        start += 1
    return start


def _office_holder_start(span: Span, start: int, end: int) -> int | None:
    """ "the Secretary of Homeland Security Ana Reyes" read as one body, or "Kogi Commissioner for Information Ana
    Reyes" read as one name: where the holder's name starts, when the span follows "of" or "for" (or holds a title
    and its "of" or "for"), goes on with an office's field and ends in two or more name words."""
    doc = span.doc
    if span.label_ not in ("ORG", "PERSON"):
        return None
    if start == 0 or doc[start - 1].lower_ not in ("of", "for") or span.label_ == "PERSON":
        # "Kogi Commissioner for Information Ana Reyes": the title, its "for" and the field inside the span
        link = next(
            (
                t.i
                for t in doc[start + 1 : end]
                if t.lower_ in ("of", "for") and any(w.lower_.rstrip(".") in HONORIFICS for w in doc[start : t.i])
            ),
            None,
        )
        if link is None:
            return None
        start = link + 1
    named = _after_office_field(doc, start, end)
    rest = doc[named:end]
    if named == start or len(rest) < 2 or not all(_is_name_token_text(t) or INITIAL.fullmatch(t.text) for t in rest):
        return None
    return named if not any(t.lower_ in OFFICE_FIELD_WORDS | TITLE_WORDS for t in rest) else None


def _opening_preposition(tok: Token) -> bool:
    """A preposition NER kept with a name because both are capitalised where it opens the sentence ("Besides
    Zelensky", "Alongside Novak"): its object is the name."""
    return tok.tag_ == "IN" and tok.dep_ == "prep" and tok.i == tok.sent.start and tok.is_title


def _titled_person(doc: Doc, start: int, end: int) -> bool:
    """ "PM Modi", "H.E. Edgard LeBlanc" tagged an organisation: a title only a person bears before name words
    alone is a person."""
    named = _after_title(doc, start, end)
    return (
        named > start
        and any(doc[i].lower_.rstrip(".") in PERSON_ONLY_TITLES for i in range(start, named))
        and all(_is_name_token_text(t) for t in doc[named:end])
        and doc[end - 1].lower_ not in BODY_NAME_HEADS
    )


def _after_title(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts after the title NER kept with it ("Prince Faisal bin Farhan", "Crown Prince
    X", "PM Modi"): title words holding an honorific, followed by a name word (GUIDELINE: titles and ranks are
    no part of a name)."""
    n = start
    while (
        n < end - 1 and (doc[n].lower_.rstrip(".") in TITLE_WORDS or _is_plural_title(doc[n])) and not doc[n].is_lower
    ):
        n += 1  # "Ministers Ali Musa": a plural title too
    honoured = any(doc[i].lower_.rstrip(".") in HONORIFICS or _is_plural_title(doc[i]) for i in range(start, n))
    return n if n > start and honoured and _is_name_token_text(doc[n]) else start


def _is_capitalised_role(token: Token) -> bool:
    """A person's role noun opening a sentence with its capital ("Activist", "Resident"): no part of the name."""
    return bool(token.is_sent_start) and token.is_title and token.lower_ in PERSON_ROLE_NOUNS | PEOPLE_NOUNS


def _trimmed_end(span: Span, end: int, start: int) -> int:
    """Where a span's name ends, without function words, kind nouns, descriptors or a date glued after it."""
    doc = span.doc
    # "KANO - At least ...", "Sputnik - Russia said": a dash set apart by spaces closes the name before it
    spaced = next((t.i for t in doc[start + 1 : end] if t.text in SPACED_DASHES and doc[t.i - 1].whitespace_), None)
    if spaced is not None:
        end = spaced
    while end > start and doc[end - 1].lower_ in TRAILING_FUNCTION_WORDS and doc[end - 1].is_lower:
        end -= 1
    while end > start + 1 and doc[end - 1].tag_ == "POS":
        end -= 1  # "Mahesh Kumar’s family": the name without its possessive
    if end <= start:
        return end
    end = _listed_body_end(doc, start, end)  # "the Associated Press news agency": the agency's name
    last = doc[end - 1]
    if end - start > 1 and last.is_lower and (last.lower_ in SETTLEMENT_NOUNS or last.lemma_ in GROUP_NOUNS):
        end -= 1
    elif end - start > 1 and last.is_lower and last.lemma_ in WEAPON_NOUNS:
        end -= 1  # "Bayraktar TB2 drones" is Bayraktar TB2
    elif end - start > 1 and last.lower_.rstrip(".") in TITLE_WORDS and place(doc[start : end - 1].text) is not None:
        end -= 1  # "Bijapur Superintendent (of Police Jitendra Yadav)": the place before a rank
    elif end - start > 1 and _is_plural_descriptor(last):
        end -= 1  # "al-Shabab Islamists" is al-Shabab
    elif end - start > 2 and last.is_digit and doc[end - 2].lower_.rstrip(".") in MONTHS:
        end -= 2  # "Nagorno-Karabakh June 18": a date NER glued on
    elif end - start > 1 and last.lower_.rstrip(".") in MONTHS and last.is_title and span.label_ in PLACE_LABELS:
        end -= 1  # "NEW YORK Sep 3" of a byline: the month NER glued on
    return end


def _listed_body_end(doc: Doc, start: int, end: int) -> int:
    """The end of a listed agency or organisation's name followed only by lower-case words in a span, else
    `end`."""
    for cut in range(end - 1, start, -1):
        if not doc[cut].is_lower:
            break
        if _is_listed_body(doc[start:cut].text):
            return cut
    return end


def _is_listed_body(text: str) -> bool:
    """A news agency or an organisation of the lists, by its written name."""
    name = canonical_form(text)
    return bool(name) and (agency(name) is not None or organisation(name) is not None)


def _is_nationality_word(token: Token) -> bool:
    """A word of a person's citizenship ("Briton", "naturalised", "Kenyan"): no part of the name after it."""
    return token.lower_ in NATIONALITY_WORDS or people_place(token.text) is not None


def _is_leading_adjective(doc: Doc, start: int, end: int) -> bool:
    """An adjective NER kept before a name: in lower case ("eastern" of "the eastern Aegean Sea"), or
    capitalised only as a sentence's first word, written nowhere else, before a name the text writes again
    ("Leftist Ortega, 70," after "Daniel Ortega")."""
    token = doc[start]
    if not token.is_alpha or token.lower_ in NAME_PARTICLES or not doc[start + 1].text[:1].isupper():
        return False
    if token.is_lower:
        return token.tag_ == "JJ"
    if not token.is_sent_start or not token.is_title or token.lower_ not in _adjectives():
        return False
    text = doc_text(doc)
    rest = doc[start + 1 : end].text
    once = len(re.findall(rf"(?<!\w){re.escape(token.text)}(?!\w)", text)) == 1
    return once and len(re.findall(rf"(?<!\w){re.escape(rest)}(?!\w)", text)) > 1


@functools.lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """The English common nouns the model's lemmatizer knows (WordNet's)."""
    table = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(table.get("noun", ()))


@functools.lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    """The English adjectives the model's lemmatizer knows (WordNet's), none of them a name."""
    table = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(table.get("adj", ()))


def _with_hyphen_chains(doc: Doc, ents: list[Span]) -> list[Span]:
    """Spans carried over the linked parts NER cut off ("Jaish" of "Jaish-e-Adl", "Fitna" and "Hindustan" of
    "Fitna-e-Hindustan"), the spans inside dropped; a nationality so joined is an organisation's name.
    "Iran-backed" and "Russia-Ukraine" have no linker and stay apart."""
    out: list[Span] = []
    for ent in sorted(ents, key=lambda e: (e.start, -e.end)):
        start, end = ent.start, ent.end
        while _links(doc, end):
            end += 4
        while start >= 4 and (_links(doc, start - 3) or start >= 5 and _links(doc, start - 4)):
            # "Jaish-e-" before the span's first word, or "Tehreek-e-Taliban" before "Pakistan": from the first word
            start -= 4 if _links(doc, start - 3) else 5
        if out and start < out[-1].end:
            continue  # inside the chain just taken
        end = _hyphen_phrase_end(doc, ent, end)
        label = "ORG" if ent.label_ == "NORP" and (start, end) != (ent.start, ent.end) else ent.label_
        out.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=label))
    return out


def _hyphen_phrase_end(doc: Doc, ent: Span, end: int) -> int:
    """ "the League of Muslim-majority states": an organisation's name that NER cut at a hyphen glued
    to a lower-case word runs on to the noun that word describes."""
    if ent.label_ != "ORG" or end + 2 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_:
        return end
    if not any(t.lower_ in NAME_LINKS for t in doc[ent.start : end]):
        return end  # "Hamas-controlled areas": a name that describes, not one cut short
    word, noun = doc[end + 1], doc[end + 2]
    if not word.is_lower or word.pos_ != "NOUN" or doc[end].whitespace_ or not noun.is_lower or noun.pos_ != "NOUN":
        return end
    return end + 3 if word.head.i == noun.i and doc[end - 1].head.i in (word.i, noun.i) else end


def _with_connected_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A transliterated name whose parts a lower-case connector joins ("Harakat al-Nasr wa al-Tahrir") as one ORG
    span, where NER tagged a part of it; the part spans inside it dropped."""
    joined: list[tuple[int, int]] = []
    for c, token in enumerate(doc):
        if token.text not in NAME_CONNECTORS:
            continue
        start, end = _name_words_before(doc, c), _name_words_after(doc, c + 1 + _hyphen_after(doc, c))
        parts = [e for e in ents if e.start < end and e.end > start]
        if start == c or end <= c + 1 or not parts:
            continue
        start, end = min([start] + [e.start for e in parts]), max([end] + [e.end for e in parts])
        if joined and start < joined[-1][1]:
            before = joined.pop()  # a second connector of the same name ("X wa Y wa Z")
            start, end = min(start, before[0]), max(end, before[1])
        joined.append((start, end))
    if not joined:
        return ents
    kept = [e for e in ents if not any(e.start < end and e.end > start for start, end in joined)]
    return sorted(kept + [Span(doc, start, end, label="ORG") for start, end in joined], key=lambda e: e.start)


def _hyphen_after(doc: Doc, i: int) -> int:
    """1 where token i is written joined to a hyphen after it ("wal-" of "wal-Muslimin"), else 0."""
    return int(i + 1 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "-")


def _name_words_before(doc: Doc, end: int) -> int:
    """Start of the capitalised words and "al-" parts of a transliterated name that end at token end."""
    i = end
    while i > 0 and _is_transliterated_word(doc[i - 1]):
        i -= 3 if i >= 3 and doc[i - 2].text == "-" and doc[i - 3].lower_ in NAME_ARTICLE_WORDS else 1
    return i


def _name_words_after(doc: Doc, start: int) -> int:
    """End of the capitalised words and "al-" parts of a transliterated name that start at token start."""
    i = start
    while i < len(doc):
        if i + 2 < len(doc) and doc[i].lower_ in NAME_ARTICLE_WORDS and doc[i + 1].text == "-":
            if not _is_transliterated_word(doc[i + 2]):
                break
            i += 3
        elif _is_transliterated_word(doc[i]):
            i += 1
        else:
            break
    return i


def _is_transliterated_word(token: Token) -> bool:
    """A capitalised word that may be part of a name: no stop word ("The", "On"), no date or number."""
    return token.is_title and token.is_alpha and not token.is_stop and token.ent_type_ not in ("DATE", "TIME")


def _links(doc: Doc, i: int) -> bool:
    """Tokens i..i+3 are "-", a short lowercase linker, "-" and a capitalised word, written without spaces
    after a word ("-ul-Haq" of "Noor-ul-Haq", "-e-Adl" of "Jaish-e-Adl")."""
    if i < 1 or i + 3 >= len(doc):
        return False
    dash, linker, dash2, word = doc[i : i + 4]
    return (
        dash.text == dash2.text == "-"
        and not any(t.whitespace_ for t in (doc[i - 1], dash, linker, dash2))
        and linker.is_lower
        and linker.is_alpha
        and len(linker) <= 3
        and word.is_title
    )


def _before_open_bracket(span: Span) -> int:
    """End of a span cut before a bracket it opens and does not close ("Line of Control (LoC" is Line of
    Control; the bracketed abbreviation is its alias, found apart)."""
    words = [t.text for t in span]
    for opening, closing in ("()", "[]"):
        if opening in words and closing not in words[words.index(opening) :]:
            return span.start + words.index(opening)
    return span.end


# Words of address and of a state's kind that stand for a ruler or a state without naming it ("His Majesty", "Her
# Excellency", "the Kingdom").
STYLE_WORDS = frozenset({"his", "her", "majesty", "excellency", "highness", "kingdom", "sultanate", "emirate"})


def _is_name(span: Span) -> bool:
    """Whether a span names something: it has a capital or digit and a letter, is more than a title ("Brig."), is not a
    bare institution word ("Army", "Council"), and is not a nationality adjective on a noun ("French
    officials": the adjective describes the officials and names no entity of its own)."""
    words = [w.lower().rstrip(".") for w in span.text.split()]
    while len(words) > 1 and words[0] in LEADING_DETERMINERS:
        words = words[1:]  # "The ministry" opening a sentence is the bare word
    named = span.text.split()[-len(words) :]
    if not any(c.isupper() or c.isdigit() for c in "".join(named)) or not any(c.isalpha() for c in span.text):
        return False  # "757" alone (the model of a jet) or "2024" names nothing; "G7" and "M23" do
    if span.text in TIME_ZONES or _is_cut_at_the_end(span) or _is_handle(span):
        return False
    if all(w in TITLE_WORDS for w in words) or COMPASS_WORDS.fullmatch(" ".join(words)):
        return False  # "Brig."; "North-eastern" of "North-eastern Somalia" names no place of its own
    if len(words) == 1 and (words[0] in INSTITUTION_HEADS or words[0] in PLACE_DESCRIPTORS):
        return False
    if all(w in STYLE_WORDS for w in words):
        return False  # "His Majesty", "the Kingdom": a style or a state's kind, no name (two kingdoms would merge)
    if _is_capitalised_common_noun(span) or span.label_ == "WORK_OF_ART" and span[0].pos_ in ("VERB", "AUX"):
        return False  # "Based on the consultations ...": the opening words of a quote, no title of a work
    if " ".join(words) in COHORT_NAMES:
        return False  # "the Gen Z protests": an age group
    if _is_date_words(words):
        return False  # "Sep 12" read as a law: a date names nothing
    if _is_office_phrase(words) or _is_office_before_holder(span, words):
        return False  # "the Foreign Ministers of A and B": an office, its holders named apart
    if "-" in words[0] and words[0].split("-", 1)[0] in STANCE_PREFIXES:
        return False  # "a pro-Kelvani activist": a stance, no people
    if _is_shouted_word(span) or _is_opening_adjective(span):
        return False
    return not _is_nationality_modifier(span)


def _is_office_phrase(words: list[str]) -> bool:
    """ "Foreign Ministers of Azerbaijan", "President of Kenya": title words, one of them a person's role, then
    "of" and what the office belongs to."""
    if "of" not in words[1:]:
        return False
    prefix = [w[:-1] if w.endswith("s") and w[:-1] in OFFICE_WORDS else w for w in words[: words.index("of")]]
    return all(w in OFFICE_WORDS for w in prefix) and any(w in OFFICE_HOLDER_WORDS for w in prefix)


def _is_office_before_holder(span: Span, words: list[str]) -> bool:
    """ "Treasury Secretary X", "Home Affairs cabinet secretary X": a department's name right before
    the word for the one who heads it is part of a title, no name (NER may read it as a person or a body)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is None or after.lower_ not in OFFICE_HOLDER_WORDS | {"cabinet"}:
        return False
    return words[-1] in OFFICE_TAIL_WORDS | DEPARTMENT_WORDS


def _is_date_words(words: list[str]) -> bool:
    """ "Sep 12", "12 March", "March 2024": a month and a number, a date NER may label as a name."""
    numbers = [w for w in words if re.fullmatch(r"\d{1,4}(?:st|nd|rd|th)?,?", w)]
    months = [w for w in words if w.rstrip(",") in MONTHS]
    return len(words) == 2 and len(numbers) == 1 and len(months) == 1


def _is_shouted_word(span: Span) -> bool:
    """ "should NEVER be a target": one common word written in capitals for stress, no acronym."""
    return len(span) == 1 and span.text.isupper() and len(span.text) > SHOUTED_MIN_LETTERS and span[0].is_stop


def _is_opening_adjective(span: Span) -> bool:
    """ "Grainy footage showed ...": an adjective opening a sentence before its noun, which NER read as a person."""
    token = span[0]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        len(span) == 1
        and span.label_ == "PERSON"
        and bool(token.is_sent_start)
        and token.pos_ == "ADJ"
        and after is not None
        and after.is_lower
        and after.pos_ == "NOUN"
    )


def _is_handle(span: Span) -> bool:
    """A social media account's handle ("@CityHallLima"): an address, written by the account's owner, no name."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return span.text.startswith("@") or before is not None and before.text == "@" and not before.whitespace_


def _is_people_word_before_a_noun(span: Span) -> bool:
    """People words before a noun they describe, whatever the parse: "Ugandan-Congolese troops", "Sri Lankan troops",
    "the number of Tajik dead", "Kyrgyz President Sadyr Japarov"."""
    words = [t for t in span if t.is_alpha]
    if len(span) > 1:  # "Ugandan-Congolese troops", or one people word of two ("Sri Lankan troops")
        people = people_place(span.text) is not None or all(people_place(t.text) for t in words)
        return span[-1].dep_ in ("amod", "compound") and people
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and people_place(span.text) is not None and _is_modified(after)


def _is_modified(token: Token) -> bool:
    """A word a nationality before it describes: a lower-case noun or adjective, or a title."""
    return token.is_lower and token.pos_ in ("NOUN", "ADJ") or token.lower_.rstrip(".") in TITLE_WORDS


def _is_cut_at_the_end(span: Span) -> bool:
    """A name that ends a text cut off in the middle of a word ("... the new envoy in Bosni"): no full word."""
    text = doc_text(span.doc).rstrip()
    if span.end_char < len(text) or not text[-1:].isalnum():
        return False
    return not _is_listed_body(span.text) and place(span.text) is None  # "... said. – Reuters" is whole


def _is_nationality_modifier(span: Span) -> bool:
    """One nationality or people word that modifies a noun ("French officials", "Azerbaijani officials" read as
    a person, "Yazidi elders" as a body); a place written as a modifier ("Gaza fighters") is none."""
    if _is_people_word_before_a_noun(span):
        return True
    if len(span) != 1 or span[0].dep_ not in ("amod", "compound") or span[0].tag_ not in ("JJ", "NNP"):
        return False
    if people_place(span.text) is not None or _is_people_name(span.text):
        return True
    if span[0].tag_ == "JJ" and span[0].dep_ == "amod" and span[0].lower_ in _adjectives() and place(span.text) is None:
        return True  # "largely Indigenous inhabitants": an adjective, no name
    nationality = span.label_ == "NORP" or span.label_ in ("GPE", "LOC") and span[0].tag_ == "JJ"
    return nationality and place(span.text) is None


def _is_people_name(text: str) -> bool:
    """A people's or faith community's name of the list, singular or plural ("Druze", "Alawites")."""
    word = fold_name(text)
    return word in PEOPLES or word.endswith("s") and word[:-1] in PEOPLES


def _is_capitalised_common_noun(span: Span) -> bool:
    """One word capitalised only because it opens a sentence or a headline ("Gunmen kill ...", "Strikes on a
    market ...", "Eyewitnesses said ..."): tagged a plural common noun, or written in lower case elsewhere in
    the text."""
    if len(span) != 1 or not _opens_sentence(span[0]) or not span.text[:1].isupper() or span.text.isupper():
        return False
    lower = span.text.lower()
    if span.label_ in PLACE_LABELS_OF_NER and place(span.text) is None and _plural_of_noun(lower):
        # "Gunmen invaded the town" read as a place: a plural noun is no place's name, unless it is written
        # capitalised inside a sentence too ("Wales")
        return not any(t.text == span.text and not t.is_sent_start for t in span.doc)
    return span[0].tag_ == "NNS" or re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", doc_text(span.doc)) is not None


def _opens_sentence(token: Token) -> bool:
    """A word that opens its sentence, or the lead right after the dateline ("Sitenews- Gunmen stormed ...")."""
    dateline = doc_dateline_span(token.doc)
    return bool(token.is_sent_start) or dateline is not None and token.idx == dateline[1]


def _plural_of_noun(word: str) -> bool:
    """ "gunmen", "militias", "rebels", "marches": the plural of a common noun the lemmatizer knows."""
    forms = set() if word.endswith("ss") else singulars(word) - {word}
    if word.endswith("men"):
        forms.add(word[:-3] + "man")
    if re.search(r"(?:s|x|z|ch|sh)es$", word):
        forms.add(word[:-2])  # "marches", "taxes"
    return bool(forms & _nouns())


def _is_name_token(token) -> bool:
    """A capitalised word that can continue a person's name ("Oo" in "Lway Yay Oo", "Meinl-Reisinger",
    "Jim’ale", which the tagger may read as a common noun for its curly apostrophe)."""
    text = token.text
    return (
        token.ent_type_ in ("", "PERSON")
        and (token.pos_ == "PROPN" or re.search(r"\w['\u2019]\w", text) is not None)
        and text[:1].isupper()
        and re.fullmatch(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*", text) is not None
        and token.lower_.rstrip(".") not in TITLE_WORDS | OFFICE_TAIL_WORDS  # "... for Asian Affairs Ina Holt"
        and not _is_plural_title(token)  # "Ministers Ali Musa and ..."
        and not _is_plural_descriptor(token)
        and not token.is_stop
        and place(text) is None
        and agency(text) is None
    )


def _with_full_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """PERSON spans carried over the capitalised name words NER left out before or after them
    ("Lway Yay" -> "Lway Yay Oo"), within the sentence and never into another entity."""
    ents = _joined_persons(doc, ents)
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        start, end = ent.start, ent.end
        if ent.label_ == "PERSON":
            sent = ent.sent
            while end < sent.end and end not in taken and _is_name_token(doc[end]):
                end += 1
            while (
                start > sent.start
                and start - 1 not in taken
                and _is_name_token(doc[start - 1])
                and not _is_leading_adjective(doc, start - 1, end)
                and not _is_capitalised_role(doc[start - 1])
                and not _is_nationality_word(doc[start - 1])
                and doc[start - 1].lower_ not in OFFICE_FIELD_WORDS  # "Minister of Minerals Ana Reyes"
            ):
                start -= 1
        if (start, end) != (ent.start, ent.end):
            taken.update(range(start, end))
            ent = Span(doc, start, end, label=ent.label_)
        out.append(ent)
    return out


def _with_hyphened_given_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A PERSON span carried over the lower-case second syllable of a hyphened given name NER cut off ("Moon Jae"
    or "Moon Jae-" of "Moon Jae-in", "Yoon Suk" of "Yoon Suk-yeol"): a hyphen glued to the name's last word and to
    a short lower-case word after it."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        hyphen = ent.end - 1 if ent[-1].text in NAME_HYPHENS else ent.end  # NER kept the hyphen, or stopped before
        syllable = hyphen + 1
        if (
            ent.label_ == "PERSON"
            and hyphen > ent.start
            and syllable < len(doc)
            and doc[hyphen].text in NAME_HYPHENS
            and not doc[hyphen - 1].whitespace_
            and not doc[hyphen].whitespace_
            and doc[syllable].is_lower
            and doc[syllable].is_alpha
            and len(doc[syllable]) <= HYPHENED_SYLLABLE_LETTERS
            and doc[syllable].tag_ not in ("VBN", "VBD", "JJ")  # "Hassan-led forces"
            and doc[syllable].lower_ not in NAME_COMPOUND_WORDS  # "a Putin-style rule", "the Ruiz-era policies"
            and not {i for i in (hyphen, syllable) if i >= ent.end} & taken
        ):
            ent = Span(doc, ent.start, syllable + 1, label="PERSON")
        out.append(ent)
    return out


def _with_place_heads(doc: Doc, ents: list[Span]) -> list[Span]:
    """A span that ends a longer known place NER cut ("Praia" of "Mocimboa da Praia"), carried over its first
    words (up to PLACE_HEAD_WORDS, none in another span) as one GPE."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        for start in range(max(ent.start - PLACE_HEAD_WORDS, 0), ent.start):
            words = doc[start : ent.start]
            if (
                words[0].is_title
                and words[0].lower_ not in LEADING_DETERMINERS
                and not any(t.i in taken for t in words)
                and place(doc[start : ent.end].text)
            ):
                ent = Span(doc, start, ent.end, label="GPE")
                break
        out.append(ent)
    return out


def _with_institution_nouns(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name with the institution noun written after it ("the Al-Aqsa hospital"), as one ORG span."""
    starts = {e.start for e in ents}
    out = []
    for ent in ents:
        if ent.end < len(doc) and doc[ent.end].lower_ in NAMED_INSTITUTION_NOUNS and ent.end not in starts:
            ent = Span(doc, ent.start, ent.end + 1, label="ORG")
        elif _venue_after_possessive(doc, ent) and ent.end + 1 not in starts:
            ent = Span(doc, ent.start, ent.end + 2, label="FAC")  # "St. George" + "'s Cathedral"
        out.append(ent)
    return out


def _with_settlement_tails(doc: Doc, ents: list[Span]) -> list[Span]:
    """A place's name NER cut before its last words, which a lower-case settlement noun follows ("Nong Bua Lam"
    + "Phu province", "Ban Na" + "Kham district"), carried over those words as one GPE."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        end = ent.end
        while end < len(doc) and end - ent.end < 2 and _is_uncovered_name_word(doc[end], taken):
            end += 1
        noun = doc[end] if end < len(doc) else None
        if end > ent.end and noun is not None and noun.is_lower and noun.lemma_ in NAME_ONLY_SETTLEMENT_NOUNS:
            ent = Span(doc, ent.start, end, label="GPE")
        out.append(ent)
    return out


def _with_feature_nouns(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name with a natural feature's noun written in lower case after it ("the Afungi peninsula", "the Rusizi
    valley") as one LOC span, the noun included; a name NER passed by there is taken too. A nationality
    adjective before the noun ("the Philippine island of ...") describes, it names no feature."""
    by_end = {e.end: e for e in ents}
    covered = {i for e in ents for i in range(e.start, e.end)}
    feature_starts: dict[int, int] = {}
    for noun in doc:
        if noun.lower_ not in FEATURE_WORDS or not noun.is_lower or noun.pos_ != "NOUN" or noun.dep_ == "compound":
            continue
        if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of":
            continue  # "the Philippine island of Luzon": the name follows
        ent = by_end.get(noun.i)
        if ent is not None and ent.label_ != "NORP" and all(t.pos_ == "PROPN" for t in ent):
            start = ent.start
        else:
            start = noun.i
            while start > 0 and noun.i - start < 3 and _is_uncovered_name_word(doc[start - 1], covered):
                start -= 1
            if start == noun.i or doc[start].is_sent_start:
                continue
        if people_place(doc[start : noun.i].text) is None and doc[start - 1 if start else 0].lower_ == "the":
            feature_starts[start] = noun.i + 1
    out = [e for e in ents if not any(s <= e.start < end for s, end in feature_starts.items())]
    out += [Span(doc, start, end, label="LOC") for start, end in feature_starts.items()]
    return sorted(out, key=lambda e: e.start)


def _venue_after_possessive(doc: Doc, ent: Span) -> bool:
    """Whether a possessive and a capitalised venue word follow a name ("St. George's Cathedral"): one venue."""
    if ent.end + 1 >= len(doc) or doc[ent.end].tag_ != "POS":
        return False
    venue = doc[ent.end + 1]
    return venue.is_title and venue.lower_ in VENUE_NOUNS


def _joined_persons(doc: Doc, ents: list[Span]) -> list[Span]:
    """Two PERSON spans side by side are one name NER split ("Mohammed bin Abdulrahman" "Al Thani"), and so
    is a person and one name word right after it that NER read as something else ("Shah Mahmood" "Qureshi"
    tagged GPE) unless that word is a known place or agency."""
    out: list[Span] = []
    for ent in sorted(ents, key=lambda e: e.start):
        last = out[-1] if out else None
        if last is not None and last.label_ == "PERSON" and last.end == ent.start and _continues_person(ent):
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _continues_person(ent: Span) -> bool:
    """A span that, written right after a person's name, is more of that name."""
    if ent.label_ == "PERSON":
        return True
    return len(ent) == 1 and _is_name_token_text(ent[0]) and place(ent.text) is None and agency(ent.text) is None


def _is_name_token_text(token: Token) -> bool:
    """A proper noun written as a name word (a capital, letters, inner apostrophes or hyphens)."""
    return (
        token.tag_ == "NNP"
        and token.text[:1].isupper()
        and not token.text.isupper()
        and re.fullmatch(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*", token.text) is not None
    )


def _person_words(spans: list[Span]) -> frozenset[str]:
    """Given names and surnames of the people named in full in a text ("marco", "rubio")."""
    words = set()
    for span in spans:
        parts = canonical_form(span.text).split()
        if _organisation_head_label(span, frozenset()) is not None:
            continue  # "the Tigray People's Liberation Front" read as a person: a body's name, no one's
        if span.label_ == "PERSON" and len(parts) > 1 and place(" ".join(parts)) is None and not _is_located(span):
            words.update(fold_name(parts[0]).split())
            words.update(fold_name(parts[-1]).split())
    return frozenset(words)


def _is_located(span: Span) -> bool:
    """A name right after "in", "near", "around", or a later conjunct of a list that opens right after one
    ("villages around Tell Abyad and Ras al-Ain"): where NER read a person there, the name is more often a place's,
    so its words name no person."""
    if span.start == 0:
        return False
    doc = span.doc
    if doc[span.start - 1].lower_ in LOCATIVE_CUES:
        return True
    first = _first_conjunct(span.root)  # a later conjunct: the list's first name must stand right after the cue
    return (
        first.i != span.root.i
        and first.dep_ == "pobj"
        and first.head.lower_ in LOCATIVE_CUES
        and first.left_edge.i == first.head.i + 1
    )  # "the envoy in Libya Harun Belkadi": a name after a place after "in" is no place


def _voted_label(span: Span, rule_label: str | None, person_words: frozenset[str], votes: dict[str, str]) -> str:
    """The corrected label (`rule_label`, that of the first of LABEL_RULES, else the gazetteer's reading), or
    where the corrections leave NER's label, the one the words around some mention of the same name in the
    article gave it (one name, one kind of thing within an article)."""
    name = canonical_form(span.text)
    label = rule_label or _known_place_label(span, name, place(name), person_words)
    if label != span.label_:
        return label
    return votes.get(fold_name(name), label)


def _context_votes(spans: list[Span], ruled: list[str | None], person_words: frozenset[str]) -> dict[str, str]:
    """Labels that a rule of LABEL_RULES (`ruled`, one per span) or the words right around a mention
    (CONTEXT_LABEL_RULES) give its name, and a strong place's label where NER read one, by folded name; the
    first mention that has one decides. The gazetteer's weaker guesses and the dateline stay with their own
    mention."""
    votes: dict[str, str] = {}
    for span, rule_label in zip(spans, ruled):
        if _in_dateline(span):
            continue  # "UNITED NATIONS, May 10 -" is where the story was filed, not what the body names
        name = canonical_form(span.text)
        known = place(name)
        label = rule_label or _context_label(span, person_words) or span.label_
        strong_place = label in ("GPE", "LOC") and known is not None and known.strong
        if label != span.label_ or strong_place and fold_name(name) not in person_words:
            votes.setdefault(fold_name(name), label)  # a strong place read as one once is that place throughout
        elif label == "GPE" and _country_alone(span, known):
            # "Israel" read as the country, beside "Israel Katz": a country's name alone is the country in this
            # article, though a person's given name too (a person is written with the surname)
            votes.setdefault(fold_name(name), label)
    return votes


def _country_alone(span: Span, known: Place | None) -> bool:
    """A country's one-word name with no name word after it ("Israel said", not "Israel Katz")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (
        known is not None
        and known.kind == "country"
        and len(span) == 1
        and not (after is not None and after.pos_ == "PROPN" and after.is_title)
    )


def _ruled_label(span: Span, person_words: frozenset[str]) -> str | None:
    """The label the first of LABEL_RULES gives a mention, or None."""
    name = canonical_form(span.text)
    known = place(name)
    return next((found for rule in LABEL_RULES if (found := rule(span, name, known, person_words))), None)


def _context_label(span: Span, person_words: frozenset[str]) -> str | None:
    """The label the first of CONTEXT_LABEL_RULES gives a mention, or None."""
    return next((found for rule in CONTEXT_LABEL_RULES if (found := rule(span, person_words))), None)


def _member_noun_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name before the members it names is a group's or a people's: "Boko Haram fighters" (ORG), "the Kuki
    communities" (NORP); a place's ("Gaza residents") and a nationality's are left as NER read them."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is None or not after.is_lower or span.label_ in ("NORP", "ORG", "GPE", "LOC"):
        return None
    lemma = after.lemma_.lower()
    return "ORG" if lemma in ARMED_MEMBER_NOUNS else "NORP" if lemma in PEOPLE_MEMBER_NOUNS else None


def _media_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A channel, a station or a paper named before its kind word, or after "Radio": "the Ecuavisa channel",
    "Radio Velna"."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    media = after is not None and after.is_lower and after.lower_ in MEDIA_NOUNS
    return "ORG" if media or (len(span) > 1 and span[0].lower_ in MEDIA_NOUNS) else None


def _organisation_head_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name read as a person or a work that ends in an organisation's head word, or has one before its "of" or
    "for": "the Okari Brigade", "Forest Police", a group calling itself "Tiger Force of Westland", a militia named
    "Volunteers for the Defence of Kessa"."""
    of_at = next((t.i for t in span[1:] if t.lower_ in NAME_LINK_WORDS), span.end)
    head = span.doc[of_at - 1]
    return (
        "ORG"
        if span.label_ in ("PERSON", "WORK_OF_ART")
        and len(span) > 1
        and head.is_title
        and head.lower_ in GLUED_NAME_HEADS | MEMBER_NAME_HEADS
        else None
    )


# Words that join an organisation's head word to what it is of or for ("Tiger Force of Westland").
NAME_LINK_WORDS = frozenset({"of", "for"})
# Plural nouns of members that head a band's or a body's name before its "for" ("Volunteers for the Defence of X").
MEMBER_NAME_HEADS = frozenset({"volunteers", "fighters", "defenders", "partisans", "soldiers", "mujahideen"})


def _locative_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name of one or two words read as a person right after "in", "near", "outside", "at", "between", "off"
    ("fled to Halvik" is a place), unless the text names a person with that word or a possessive follows ("in
    Smith's view"); read as a body, only where it can be no body (_org_reads_as_place)."""
    doc = span.doc
    if span.label_ not in ("PERSON", "ORG") or len(span.text.split()) > 2 or span.start == 0:
        return None  # words, not tokens: "Ras al-Ain" is two
    person = span.label_ == "PERSON"
    if not _after_locative_cue(span, AS_PLACE_CUES if person else PLACE_NAME_CUES):
        return None
    if (
        span.end < len(doc)
        and doc[span.end].tag_ == "POS"
        or any(w in person_words for w in fold_name(span.text).split())
    ):
        return None
    return "GPE" if person or _org_reads_as_place(span) else None


def _locative_people_label(span: Span, person_words: frozenset[str]) -> str | None:
    """One word read as a people right after "in", "near", "outside" or "off", modifying no noun, that names no
    people, faith or party the lexicon knows ("clashes near Ostby") is a place; "in Rohingya camps" stays."""
    doc = span.doc
    if span.label_ != "NORP" or len(span) != 1 or span.start == 0 or not span[0].is_title:
        return None
    if doc[span.start - 1].lower_ not in PLACE_NAME_CUES - {"at", "between"}:
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_lower and after.pos_ in ("NOUN", "PROPN", "ADJ"):
        return None
    word = fold_name(span.text)
    if people_place(span.text) is not None or word in DENOMINATION_WORDS or word.endswith(("s", "ist", "an", "ic")):
        return None  # "in Fulanis", "among Islamists", "in Christian", "in Islamic"
    return "GPE"


def _org_reads_as_place(span: Span) -> bool:
    """An ORG after a place's preposition that can only be a place: title-cased words, none a body's head word,
    no listed body or armed group, and no noun after it that it modifies ("in Boko Haram attacks")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    words = {t.lower_ for t in span}
    return (
        all(t.is_title for t in span)
        and not words & BODY_NOT_PLACE_WORDS
        and not _is_listed_body(span.text)
        and armed_group(span.text) is None
        and not (after is not None and after.is_lower and after.pos_ in ("NOUN", "PROPN"))
        and span.root.dep_ != "compound"
    )


def _origin_place_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name of one or two words read as a person after "from" that hangs on a noun for people ("a farmer from
    Kelvo", "pensioners from Tarsk") is where they come from, a place; "a letter from Ruiz" and a word of a
    named person stay."""
    if span.label_ not in ("PERSON", "ORG") or span.label_ == "ORG" and not _org_reads_as_place(span):
        return None
    head = _from_head(span, person_words)
    return "GPE" if head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in ORIGIN_PEOPLE_NOUNS else None


def _left_place_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name of one or two words read as a person or a body after "from" on a verb of leaving ("withdrew from
    Dabrok", "fled from Kaltenau") is the place left; a word of a named person, a possessive ("fled from Ruiz's
    men") and a name that can be a body only (_org_reads_as_place) stay."""
    if span.label_ not in ("PERSON", "ORG"):
        return None
    if _left_known_place(span, person_words):
        return "GPE"
    head = _from_head(span, person_words)
    if head is None or head.lemma_.lower() not in LEAVING_VERBS:
        return None
    return "GPE" if span.label_ == "PERSON" or _org_reads_as_place(span) else None


def _left_known_place(span: Span, person_words: frozenset[str]) -> bool:
    """ "after leaving Tubas", "left Tubas for Jenin": a name the gazetteer knows as a place that someone left, or
    left for, is that place."""
    if len(span) > 2 or _is_named_persons_word(span, person_words) or place(span.text) is None:
        return False
    root = _first_conjunct(span.root)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif root.dep_ != "dobj":
        return False
    return head.lemma_.lower() == "leave"


def _from_head(span: Span, person_words: frozenset[str]) -> Token | None:
    """The word "from" hangs on, for a name of one or two tokens right after it, hung on it, or a later name of a
    list that opens right after it ("farmers from Kelvo and Drasko"), that is no word of a named person and
    takes no possessive ("from Ruiz's men")."""
    doc = span.doc
    if len(span) > 2 or span.start == 0 or _is_named_persons_word(span, person_words):
        return None
    first = _first_conjunct(span.root)
    cue = first.head
    if cue.lower_ != "from" or first.dep_ != "pobj":
        return None
    if first.i == span.root.i and cue.i != span.start - 1:
        return None
    if first.i != span.root.i and (first.left_edge.i != cue.i + 1 or doc[span.start - 1].lower_ not in LIST_JOINS):
        return None
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return None
    return cue.head


def _facility_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name before the word "base" ("the Qasrak base", "Ain al-Assad air base") is a facility's."""
    doc = span.doc
    i = span.end + (span.end < len(doc) and doc[span.end].lower_ == "air")
    return (
        "FAC" if i < len(doc) and doc[i].lower_ in FACILITY_NOUNS and span.label_ in ("PERSON", "NORP", "ORG") else None
    )


def _venue_after_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name read as a person, a body or a thing before a lower-case venue word ("the Serena hotel", "the Kerch
    bridge", "Qalan checkpoint") is the venue's: FAC; a listed body or armed group stays ("a Hamas mosque" names the owner)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    venue = after is not None and after.is_lower and after.lower_ in VENUE_NOUNS and after.i == span.root.head.i
    listed = _is_listed_body(span.text) or armed_group(canonical_form(span.text)) is not None
    return "FAC" if venue and span.label_ in ("PERSON", "ORG", *THING_LABELS) and not listed else None


def _unlisted_name_as_body(span: Span) -> bool:
    """A name of one to three name words the model read as a body or a place that no list knows (not a place,
    a listed body, an armed group or a people): one a person rule may relabel."""
    if span.label_ not in ("ORG", "GPE", "NORP", "FAC") or len(span) > 3:
        return False
    if not all(_is_name_token_text(t) for t in span) or _is_listed_body(span.text) or _is_settlement_name(span):
        return False  # "the villages of Tahoss and Zike": names of places, whatever NER read the partner as
    name = canonical_form(span.text)
    return place(name) is None and armed_group(name) is None and people_place(name) is None


def _possessor_person_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name of one to three capitalised words read as a body or a place, with a possessive and a noun of a
    person's own circle after it ("Petrov's lawyer", "Lindqvist’s office"), is a PERSON, unless it is a known
    place, a listed body or an acronym."""
    doc = span.doc
    if span.end + 1 >= len(doc) or not _unlisted_name_as_body(span):
        return None
    owner, noun = doc[span.end], doc[span.end + 1]
    if owner.tag_ != "POS" and not _POSSESSIVE.fullmatch(owner.text):
        return None
    return "PERSON" if noun.is_lower and noun.lemma_ in PERSONAL_POSSESSION_NOUNS else None


def _conjunct_person_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name of one to three name words read as a body or a place, joined by "and" or "or" to a name NER read as
    a person ("Oleg Varga and Pia Lund signed"), is a PERSON too, unless it is a known place, a listed body, an
    armed group or a people; a list after "in" or "near" ("near Deir Hafer and Maskanah") is one of places."""
    if not _unlisted_name_as_body(span) or _after_locative_cue(span):
        return None
    root = span.root
    partners = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    joined = any(c.lower_ in ("and", "or") for t in (root, *partners) for c in t.children if c.dep_ == "cc")
    return "PERSON" if joined and any(t.ent_type_ == "PERSON" and t.ent_iob_ for t in partners) else None


def _may_be_place_name(span: Span, person_words: frozenset[str], most_words: int) -> bool:
    """A short title-case name whose NER label a place rule may correct: no listed body, armed group or people, and
    no word of a named person."""
    words = [t for t in span if t.lower_ not in NAME_ARTICLE_WORDS and t.text not in NAME_HYPHENS]  # "al-Moqara"
    if span.label_ not in CONJUNCT_PLACE_CORRECTABLE or len(words) > most_words or not all(t.is_title for t in words):
        return False
    name = canonical_form(span.text)
    if _is_listed_body(span.text) or armed_group(name) is not None or people_place(name) is not None:
        return False
    return not _is_named_persons_word(span, person_words)


def _conjunct_place_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name of one or two name words read as a person, a body or a thing, joined by "and" or "or" to a name NER
    read as a place or the gazetteer knows ("retook Tillabéri and Ouallam", "spread to Sévaré and Mopti"), is a place too where the
    gazetteer knows it, or where NER's reading of it can hardly be a person or a body (a product, a work) or its
    letters carry accents that the small model does not know; a listed body, an armed group, a people and a
    word of a named person stay as they are."""
    if not _may_be_place_name(span, person_words, most_words=2):
        return None
    name = canonical_form(span.text)
    known = place(name)
    if known is None and span.label_ not in THING_LABELS and span.text.isascii():
        return None
    if span.label_ == "PERSON" and span.text.isascii() and not (known is not None and known.strong):
        return None  # "Abbas and Israel": a small town's name is also a surname
    root = span.root
    partners = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    joined = any(c.lower_ in ("and", "or") for t in (root, *partners) for c in t.children if c.dep_ == "cc")
    placed = any(t.pos_ == "PROPN" and (t.ent_type_ in ("GPE", "LOC") or place(t.text)) for t in partners)
    return "GPE" if joined and placed else None


def _place_list_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A one-word name in a list of LIST_NAMES or more one-word names, one of which NER read as a place
    ("reached Gorvik, Tamsa and Lebrin", "fled to Urbeko, Salma and Tirkan"), is a place like it: a list is of
    one kind of thing, and people in news lists are named in full. A list with a word of a named person, with a
    country or big city ("Russia, Turkey and Assad": parties) or with a listed body keeps NER's labels."""
    if len(span) != 1 or span.label_ not in ("PERSON", "ORG", "GPE") or not span[0].is_title:
        return None
    first = _first_conjunct(span.root)
    if first.dep_ in SUBJECT_DEPS:
        return None  # "Putin, Erdogan and Raisi met": a list that acts is of parties, whatever NER read
    names = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "PROPN")]
    if len(names) < LIST_NAMES or span.root.i not in {t.i for t in names}:
        return None
    if not all(_is_one_word_name(t) for t in names):
        return None
    if any(fold_name(t.text) in person_words or _is_listed_body(t.text) for t in names):
        return None
    if any((known := place(t.text)) is not None and known.strong for t in names):
        return None
    if span.label_ == "ORG" and not _org_reads_as_place(span):
        return None
    return "GPE" if any(t.ent_type_ in ("GPE", "LOC") for t in names) else None


def _first_conjunct(token: Token) -> Token:
    """The first name of the list a name is a later member of ("Kelvo" for "Drasko" in "Kelvo and Drasko")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _is_one_word_name(token: Token) -> bool:
    """A capitalised token that NER read as a name of that one word."""
    doc = token.doc
    alone = token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I"
    return token.is_title and token.ent_iob_ == "B" and alone


def _described_place_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name read as a person or a body that a settlement noun describes in apposition ("Mansila, a town near the
    border", "Maru, a farming village in ...") or whose residents are named ("residents of Kuje") is a place; a
    listed body, an armed group and a word of a named person stay as they are."""
    if not _may_be_place_name(span, person_words, most_words=3):
        return None
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        if doc[span.start - 2].lemma_.lower() in RESIDENT_NOUNS | PLACE_OF_NOUNS:
            return "GPE"
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    first = _first_conjunct(
        span.root
    )  # "Larkana and Rohri, two towns in the south": the list's first name holds the noun
    described = [t for r in {span.root, first} for t in r.children if t.dep_ == "appos" and t.i > span.end]
    if any(t.is_lower and t.lemma_ in NAME_ONLY_SETTLEMENT_NOUNS | DESCRIBED_PLACE_NOUNS for t in described):
        return "GPE"
    if any(t.is_lower and t.lemma_ in DESCRIBED_SITE_NOUNS | FACILITY_NOUNS | VENUE_NOUNS for t in described):
        return "FAC"  # "Kora, the presidential compound", "Dabiq, an army base"
    return "GPE" if _counted_settlements_after(span) else None


def _counted_settlements_after(span: Span) -> bool:
    """A counted apposition (", two towns in the north", ", both villages") right after a list's last name: the
    parser often hangs it on the verb, so the words are read as written."""
    doc = span.doc
    words = doc[span.end + 1 : span.end + 1 + DESCRIBED_WORDS]
    if len(words) < 2 or not (words[0].tag_ == "CD" or words[0].lower_ == "both"):
        return False
    noun = next((t for t in words[1:] if t.pos_ != "ADJ"), None)
    return noun is not None and noun.tag_ == "NNS" and noun.lemma_ in NAME_ONLY_SETTLEMENT_NOUNS


def _is_named_persons_word(span: Span, person_words: frozenset[str]) -> bool:
    """A one-word name that is a given name or surname of a person the text names in full ("Rubio" after "Marco
    Rubio"); a longer name's words come from itself where NER read it as a person."""
    return len(span) == 1 and fold_name(canonical_form(span.text)) in person_words


def _taken_place_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name of one or two words read as a person that fighters overran, stormed or retook ("Jihadists overran
    Tessit", "stormed Dogo Kawa") is a place: those verbs take places, not people; a word of a named person stays."""
    if span.label_ != "PERSON" or len(span) > 2 or _is_named_persons_word(span, person_words):
        return None
    head = span.root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return "GPE" if head.dep_ == "dobj" and head.head.lemma_ in PLACE_TAKING_VERBS else None


def _vessel_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name after a vessel's kind word ("the tanker Kestrel Dawn", "the ship Vezhen") is a ship's: PRODUCT."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    vessel = before is not None and before.is_lower and before.lemma_ in VESSEL_NOUNS
    return "PRODUCT" if vessel and span.label_ in ("PERSON", "ORG", "GPE", "NORP") else None


def _weapon_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name before the lower-case word for a kind of weapon ("Grad rockets", "a Kornet missile", "HIMARS
    launchers") is a weapon's: PRODUCT."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    weapon = after is not None and after.is_lower and after.lemma_ in WEAPON_NOUNS
    if weapon and _names_a_country(span):
        return None  # "an Israel drone": the state that flew it, not the weapon's name
    return "PRODUCT" if weapon and span.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART") else None


def _names_a_country(span: Span) -> bool:
    """A country's name as the gazetteer knows it ("Israel", "Ukraine")."""
    known = place(canonical_form(span.text))
    return known is not None and known.kind == "country"


def _speaker_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name of two to four capitalised words read as a body or a place that is the subject of "said", "told" or
    "added" ("Ravindra Kumar Bharti told reporters") is a PERSON, unless a word of it names a body or the name is
    a listed body or a known place."""
    root = span.root
    speaks = root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ in PERSON_SPEECH_VERBS
    return "PERSON" if speaks and span.label_ in ("ORG", "GPE", "NORP", "FAC") and _is_speaker_name(span) else None


def _is_speaker_name(span: Span) -> bool:
    """Capitalised proper nouns, SPEAKER_NAME_WORDS of them, none a body's head or kind word, and no body, agency,
    armed group or place of the lists."""
    fewest, most = SPEAKER_NAME_WORDS
    words = {t.lower_ for t in span}
    return (
        fewest <= len(span) <= most
        and all(t.is_title and t.pos_ == "PROPN" for t in span)
        and not words & NOT_PLACE_OR_PERSON_WORDS
        and not _is_listed_body(span.text)
        and armed_group(span.text) is None
        and agency(span.text) is None
        and place(span.text) is None
    )


def _kind_noun_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name read as a person or a place before the lower-case word for a kind of organisation ("the Polisario
    movement", "the Salafi Jihadi group") is an ORG."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    kind = after is not None and after.is_lower and after.lemma_ in ORGANISATION_KIND_NOUNS
    return "ORG" if kind and span.label_ in ("PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART") else None


def _kind_noun_before_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name read as a person, a place or a thing right after the lower-case word for a kind of organisation
    ("emergency service Lev Adom", "home team Dorna FC") is an ORG; a word of a named person stays."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    kind = before is not None and before.is_lower and before.lemma_ in BODY_BEFORE_NAME_NOUNS
    correctable = span.label_ in ("PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")
    return "ORG" if kind and correctable and not _is_named_persons_word(span, person_words) else None


def _role_label(span: Span, person_words: frozenset[str]) -> str | None:
    """A name read as a body or a place with a person's role beside it, before ("lawyer Mirta Olquin"), in
    apposition after ("Bamba Cisse, another defense lawyer") or before it ("the region's president, Ana Ruiz"),
    is a PERSON."""
    if span.label_ not in ("ORG", "FAC", "GPE", "NORP") or not all(t.is_title and t.pos_ == "PROPN" for t in span):
        return None
    if _is_listed_body(span.text):
        return None
    before = span.doc[span.start - 1] if span.start > 0 else None
    known = place(span.text)
    if len(span) <= TITLED_NAME_WORDS and _name_words(span):
        if before is not None and before.is_title and before.lower_.rstrip(".") in PERSON_ONLY_TITLES:
            return "PERSON"  # "President Mwale" read as a body
        if _after_plural_title(span):
            return "PERSON"  # "Presidents Banda and Mwale": a town's name too
    if known is not None:
        return None
    roles = [c for t in span for c in t.children if c.dep_ == "appos" and c.i >= span.end]
    if before is not None and before.is_lower and before.lemma_ in PERSON_ROLE_NOUNS:
        return "PERSON"
    head = span.root.head
    if span.root.dep_ == "appos" and head.i < span.start and head.is_lower and head.lower_ in PERSON_APPOSITION_WORDS:
        return "PERSON"  # "the country's president, Gustavo Petro"
    if span.root.dep_ == "pobj" and span.root.head.lower_ in LOCATIVE_CUES:
        return None  # "died in the blast in Mazar, a spokesman ... said": the speaker of a closing credit
    return "PERSON" if any(c.lemma_.lower() in PERSON_APPOSITION_WORDS for c in roles) else None


# Labels the words right around a name give it, tried in order (see _context_votes).
CONTEXT_LABEL_RULES: tuple[Callable[[Span, frozenset[str]], str | None], ...] = (
    _vessel_label,
    _weapon_label,
    _kind_noun_label,
    _kind_noun_before_label,
    _role_label,
    _media_label,
    _member_noun_label,
    _organisation_head_label,
    _locative_label,
    _locative_people_label,
    _origin_place_label,
    _left_place_label,
    _facility_label,
    _venue_after_label,
    _possessor_person_label,
    _place_list_label,
    _conjunct_person_label,
    _conjunct_place_label,
    _described_place_label,
    _taken_place_label,
    _speaker_label,
)


def _agency_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A news agency is an ORG, a place written in a dateline never is one; so is an agency's edition for a country
    ("Sputnik Azerbaijan", the agency's name and a known place)."""
    return "ORG" if agency(name, in_dateline=_in_dateline(span)) or _is_agency_edition(name) else None


def _is_agency_edition(name: str) -> bool:
    """A known agency's name followed by a known country's or region's ("Sputnik Azerbaijan")."""
    words = name.split()
    return any(
        agency(" ".join(words[:n])) is not None and (p := place(" ".join(words[n:]))) is not None and p.strong
        for n in range(1, len(words))
    )


def _organisation_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """An organisation or platform of the list ("ECOWAS", "Twitter" read as a person) is an ORG, and so is a
    union of states written short ("UN police" read as a place)."""
    return "ORG" if organisation(name) or name_key(name) in UNIONS_OF_STATES else None


# Bodies of states whose short names the small model reads as places ("UN", "U.N.", "EU").
UNIONS_OF_STATES = frozenset({"united nations", "european union"})


def _people_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A nationality or people word read as a person, a group or a place ("Azerbaijani", "Tigrayans", "the Druze")
    is a NORP, and so are names made of such words only ("Greek Cypriots", "Ugandan-Congolese")."""
    if span.label_ == "NORP":
        return None
    words = name.replace("-", " ").split()
    return "NORP" if len(words) <= 3 and all(people_place(w) or _is_people_name(w) for w in words) else None


def _known_place_people_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A known place NER read as a people, right after a place's preposition and modifying no noun ("the attack on
    Kidal", "fled to Tigray"), is that place; a word that also names a people ("Somali") stays a NORP."""
    if span.label_ != "NORP" or known is None or people_place(name) is not None or span.start == 0:
        return None
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_lower and after.pos_ in ("NOUN", "PROPN"):
        return None  # "Amhara militias": the people's name on a noun
    if doc[span.start - 1].lower_ not in PLACE_CUES | NORP_PLACE_CUES:
        return None
    return "LOC" if known.kind in LOC_KINDS else "GPE"


def _armed_group_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """An armed group of the list ("Boko Haram", "al-Shabaab"), a gang "Los X" that is no known place ("Los
    Lobos") and a seat of government standing for its government ("the Kremlin said") are ORGs; a one-word
    name the text gives a person in full is left alone ("Wagner" after "Anna Wagner"), and no later rule makes
    a place of one ("at the White House")."""
    if len(span) == 1 and fold_name(name) in person_words and not _modifies_a_noun(span):
        return None  # "Wagner said" after "Anna Wagner"; but "Wagner fighters", "a Houthi official": the group
    if armed_group(name) or seat_of_government(name):
        return "ORG"
    words = name.split()
    gang = len(words) > 1 and words[0] in GANG_ARTICLES and words[-1].endswith("s")  # "Las Anod" is a town's
    return "ORG" if gang and known is None else None


def _modifies_a_noun(span: Span) -> bool:
    """A name set before a lower-case noun it modifies ("Houthi official", "the Houthi side")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.is_lower and after.pos_ == "NOUN" and span.root.head.i == after.i


def _institution_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A name ending in an institution noun ("Nasser hospital") is an ORG."""
    return "ORG" if span[-1].lower_ in NAMED_INSTITUTION_NOUNS else None


def _settlement_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A name a settlement noun makes a place ("the village of Kin Ma") is a GPE (LOC for a known area); a
    nationality adjective before the noun ("the Israeli town of ...") and a person the text names in full
    ("the Trump camp") are left alone."""
    proper = all(t.tag_ in ("NNP", "NNPS") for t in span)  # "Sderot", not the adjective "Israeli"
    if span.label_ not in SETTLEMENT_CORRECTABLE or not (proper or span.label_ != "NORP"):
        return None
    if len(span) == 1 and fold_name(name) in person_words:
        return None  # "the Trump camp" where the text names Donald Trump
    if not (_settlement_before(span) or _settlement_inside(span) or _settlement_after(span)):
        return None
    return "LOC" if known is not None and known.kind in LOC_KINDS else "GPE"


def _area_noun_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A name NER read as a person, a body or a thing right before a noun of a stretch of land or a frontier
    ("Pakistan's Kurram area", "the Torkham border") is a place: a GPE (LOC for a known area); one NER read as
    a place keeps its label ("the Lake Chad area")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if span.label_ not in CORRECTABLE_LABELS | {"FAC"} or after is None or not after.is_lower:
        return None
    if after.lemma_.lower() not in AREA_NOUNS or after.dep_ == "compound" or span.root.head.i != after.i:
        return None
    if len(span) == 1 and fold_name(name) in person_words or _is_listed_body(name) or armed_group(name):
        return None  # "the Hamas border" is Hamas's
    return "LOC" if known is not None and known.kind in LOC_KINDS else "GPE"


def _local_unit_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A name read as a person or a body before "ward" or "community" with no article ("raids in Tivar ward",
    "came from Utari community") names a local unit of government: a GPE; "the Druze community" (an article,
    a people, a listed body) stays."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if span.label_ not in ("PERSON", "ORG") or after is None or not after.is_lower or not 1 <= len(span) <= 3:
        return None
    if after.lemma_.lower() not in LOCAL_UNIT_NOUNS or span.root.head.i != after.i:
        return None
    if span.start > 0 and doc[span.start - 1].dep_ == "det" or not all(t.is_title for t in span):
        return None
    if _is_listed_body(name) or armed_group(name) or people_place(name) or fold_name(name) in person_words:
        return None
    return "GPE"


def _surname_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """One word NER read as a place or a body that is a word of a person's full name in the same text, and no
    place the gazetteer knows well ("Qureshi" after "Shah Mehmood Qureshi", "Yunus" after "Muhammad Yunus", also
    the name of a small town), is that person."""
    if span.label_ not in ("GPE", "LOC", "ORG") or len(span.text.split()) != 1 or known is not None and known.strong:
        return None  # one word, hyphens and all ("Al-Burhan" after "Abdel Fattah Al-Burhan")
    if known is not None and _country_not_surname(span, known):
        return None  # "Israel" beside "Israel Katz": a given name alone names no one in a report; the country
    words = fold_name(name).split()
    return "PERSON" if words and all(w in person_words for w in words) and not span[0].is_upper else None


def _country_not_surname(span: Span, known: Place) -> bool:
    """A country's one-word name that no full name of the text ends in ("Israel" where the text names "Israel
    Katz"): a report calls a person by the surname, so the word alone is the country."""
    if known.kind != "country" or len(span) != 1:
        return False
    word = fold_name(span.text)
    persons = (e for e in doc_ents(span.doc) if e.label_ == "PERSON" and len(e) > 1)
    return not any(fold_name(e[-1].text) == word for e in persons)


def _governed_place_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A known country, province or city that the small model read LOC or FAC ("Zamfara", "Mandalay"), unless the
    word is a person's name the text writes in full ("Yunus" after "Muhammad Yunus")."""
    if span.label_ not in ("LOC", "FAC") or known is None or known.kind not in GOVERNED_KINDS:
        return None
    return None if _is_named_persons_word(span, person_words) else "GPE"


def _area_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A known area or region without a government of its own that the small model read GPE ("West Africa", "the
    Middle East", "Darfur") is a LOC."""
    return "LOC" if span.label_ == "GPE" and known is not None and _place_label(known) == "LOC" else None


def _numbered_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A place name has no digits: "M23" read as a GPE is an armed group."""
    return "ORG" if span.label_ in ("GPE", "LOC") and any(c.isdigit() for c in name) else None


def _dateline_place_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """The place of the story's dateline ("DEIR AL-BALAH, Gaza Strip (AP) —") is a GPE whatever NER read."""
    places = doc_dateline_places(span.doc)
    inside = any(start <= span.start_char and span.end_char <= end for start, end in places)
    return "GPE" if inside and span.label_ not in ("GPE", "LOC") else None


def _after_locative_cue(span: Span, cues: frozenset[str] = LOCATIVE_CUES) -> bool:
    """Right after "in", "near", "outside", the object of one past its modifiers ("in northern Tessa"), or a
    later conjunct of a list that one opens ("in Tessa and Marok")."""
    if span.doc[span.start - 1].lower_ in cues:
        return True
    head = span.root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in cues


def _state_name_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """ "the Luhansk People's Republic", "the United Arab Emirates" read as a person or a work: a name that ends in a
    word for a state is a state (GPE)."""
    if span.label_ not in ("PERSON", "WORK_OF_ART", "NORP", "FAC") or len(span) < 2:
        return None
    return "GPE" if span[-1].lower_ in STATE_NAME_ENDS and span[-1].is_title else None


# Last words of a state's name ("... People's Republic", "... Emirates").
STATE_NAME_ENDS = frozenset({"republic", "kingdom", "emirates", "emirate", "federation", "caliphate", "sultanate"})


def _adjective_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A nationality adjective read as a place ("Ukrainian air defences" tagged GPE) is a NORP; a name the gazetteer
    knows as a place is that place, whatever part of speech the tagger guessed ("the Beni region")."""
    if len(span) != 1 or span[0].tag_ != "JJ" or span.label_ not in ("GPE", "LOC"):
        return None
    return "NORP" if known is None or span[0].lower_ in DEMONYMS else None


def _group_name_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """An armed group's name read as a people, a person or a place is an ORG: one holding a word such names
    are made of ("Jama'at Nusrat al-Islam", "Macina Katiba", "Jaish al-Adl"), or a NORP led by "Abu" ("Abu
    Sayyaf"; a person's "Abu Mohammed" stays a person)."""
    if span.label_ not in ("NORP", "PERSON", "GPE", "LOC"):
        return None
    words = fold_name(name).replace("-", " ").split()
    if any(w in GROUP_NAME_WORDS for w in words):
        return "ORG"
    return "ORG" if span.label_ == "NORP" and len(words) > 1 and words[0] == "abu" else None


def _feature_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A river, lake, shoal or mountain read as a person, a group or a product is a LOC: its kind word ends the
    name ("Scarborough Shoal") or opens a name of two words ("River Semliki", "Lake Chad")."""
    first, last = span[0].lower_, span[-1].lower_
    if span.label_ == "GPE" and last in WATER_WORDS and place(name) is None and len(span) > 1:
        return "LOC"  # "the Baltic Sea" read as a country
    if span.label_ in ("LOC", "FAC", "GPE") or len(span) < 2:
        return None
    return "LOC" if last in FEATURE_WORDS or len(span) == 2 and first in FEATURE_WORDS else None


def _venue_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A name read as a body, a person or a work that ends in a venue's head word ("St. Anne Church", "the
    Kerch Bridge", "Crocus City Hall") or opens with "Hotel" ("the Hotel Riviera") is a FAC; a church named
    with a denomination ("the Russian Orthodox Church", "the Church of ...") is a body."""
    if span.label_ not in ("ORG", "PERSON", "WORK_OF_ART", "GPE", "NORP") or len(span) < 2:
        return None
    words = [t.lower_ for t in span if t.lower_ not in LEADING_DETERMINERS]
    if not words or not span[-1].is_title or any(w in DENOMINATION_WORDS for w in words) or "of" in words:
        return None
    venue = words[-1] in VENUE_NOUNS or words[0] in VENUE_FIRST_WORDS
    if span.label_ == "PERSON" and words[-1] in SURNAME_VENUE_WORDS:
        return None
    return "FAC" if venue and len(words) > 1 and not _is_listed_body(span.text) else None


def _public_place_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A street, square, palace, park or stadium read as a facility, a body, a person or a town ("Bilal Avenue"
    ORG, "Ravna Square" FAC, "Kestel Road" GPE) is a LOC: its capitalised kind word ends the name, or "Wadi" or
    "Port of" opens it; a listed body and a known place keep their labels."""
    if span.label_ == "LOC" or _is_listed_body(span.text) or known is not None and known.strong:
        return None
    words = [t for t in span if t.lower_ not in LEADING_DETERMINERS]
    if len(words) < 2:
        return None
    first, second, last = words[0].lower_, words[1].lower_, words[-1].lower_
    if words[-1].is_title and last in PUBLIC_PLACE_HEADS:
        return "LOC"
    opened = first in PUBLIC_PLACE_FIRST_WORDS or first in PUBLIC_PLACE_OF_WORDS and second == "of"
    return "LOC" if words[0].is_title and opened else None


def _channel_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A known place's name with a number of a few digits after it, read as one name ("Bavaria 24" as a person
    or a law), is a broadcaster's: an ORG."""
    last = span[-1]
    if len(span) < 2 or not last.text.isdigit() or len(last.text) > CHANNEL_NUMBER_DIGITS:
        return None
    return "ORG" if span.label_ != "ORG" and place(canonical_form(span[:-1].text)) is not None else None


def _gang_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A name of two or more words ending in a capitalised "Clan", "Cartel" or "Gang" ("the Gulf Clan", "the
    Sinaloa Cartel") is a criminal group's: an ORG, never a feature or a facility."""
    last = span[-1]
    return "ORG" if len(span) > 1 and last.is_title and last.lower_ in GANG_HEADS and span.label_ != "ORG" else None


def _local_area_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """A name ending in "Local Government Area" or "LGA" ("Bokkos Local Government Area") is a district: a GPE."""
    words = name.split()
    area = words[-3:] == ["Local", "Government", "Area"] or len(words) > 1 and words[-1] == "LGA"
    return "GPE" if area and span.label_ != "GPE" else None


def _plural_person_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str | None:
    """One plural proper noun read as a person is a people: tagged plural ("Houthis") or a name in -s after
    "the" ("the Meiteis"; a person is not written with "the")."""
    if span.label_ != "PERSON" or len(span) != 1 or fold_name(name) in person_words:
        return None  # "Guterres" tagged plural, after "Antonio Guterres": the person's surname
    after_the = span.start > 0 and span.doc[span.start - 1].lower_ == "the" and span.text.endswith("s")
    return "NORP" if span[0].tag_ == "NNPS" or after_the else None


# Label rules tried in order; each returns a label or None (no opinion).
LABEL_RULES: tuple[Callable[[Span, str, "Place | None", frozenset[str]], str | None], ...] = (
    _agency_label,
    _organisation_label,
    _armed_group_label,
    _people_label,
    _known_place_people_label,
    _dateline_place_label,
    _state_name_label,
    _adjective_label,
    _group_name_label,
    _gang_label,
    _channel_label,
    _local_area_label,
    _feature_label,
    _public_place_label,
    _venue_label,
    _settlement_label,  # before the plural rule: "the Mahbes region" names a place, not a people
    _area_noun_label,
    _local_unit_label,
    _surname_label,
    _plural_person_label,
    _institution_label,
    _governed_place_label,
    _area_label,
    _numbered_label,
)


def _known_place_label(span: Span, name: str, known: Place | None, person_words: frozenset[str]) -> str:
    """A known place the small model tagged PERSON, ORG or NORP is relabelled when its name is a strong place
    (a country, a region, a large city), a weaker one of a country the text names (_in_story_country), or a
    place cue stands before it ("in", "from", "near"), unless a title stands before it or the word is part of a
    person's full name in the same text ("Rubio" after "Marco Rubio"). Places that are also given names
    ("Jordan", "Chad") need the cue."""
    if span.label_ not in CORRECTABLE_LABELS or known is None:
        return span.label_
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "the" and span.start > 1:
        before = doc[span.start - 2]
    after = doc[span.end] if span.end < len(doc) else None
    governed = (
        after is not None and after.is_lower and after.lemma_ in PLACE_GOVERNMENT_NOUNS
    )  # "Balochistan government"
    cue = before is not None and before.lower_ in PLACE_CUES or governed
    titled = before is not None and before.lower_.rstrip(".") in HONORIFICS or _after_plural_title(span)
    is_person = (
        titled or any(w in person_words for w in fold_name(name).split()) and not _country_not_surname(span, known)
    )
    if cue and not titled or (known.strong or _in_story_country(span, known)) and not is_person:
        return _place_label(known)
    return span.label_


# How many name words a titled name may have for its title to make it a person's ("President Mwale Banda").
TITLED_NAME_WORDS = 3


def _after_plural_title(span: Span) -> bool:
    """ "Presidents Banda and Mwale", "Generals Ruiz and Mota": names after a plural personal title, the first or
    one joined to it, are people's."""
    first = span.start
    doc = span.doc
    while first >= 2 and doc[first - 1].lower_ in ("and", ",") and doc[first - 2].is_title:
        first -= 2  # back over "Banda and" to the title
        while (
            first > 0
            and doc[first - 1].is_title
            and doc[first - 1].pos_ == "PROPN"
            and not _is_plural_title(doc[first - 1])
        ):
            first -= 1
    return first > 0 and _is_plural_title(doc[first - 1])


def _is_plural_title(token: Token) -> bool:
    """A capitalised personal title in the plural ("Presidents", "Generals", "Ministers")."""
    word = token.lower_
    return token.is_title and word.endswith("s") and word[:-1] in TITLE_WORDS | PERSONAL_TITLES


def _in_story_country(span: Span, known: Place) -> bool:
    """A weak known place ("Puttalam", a province, a town) that lies in a country the text names ("Sri Lanka"):
    a story set there names its towns bare ("Tarsen is the hardest hit"). One that is also a given name, and a
    name that speaks ("Lopez said") or is asked to act ("asked Lopez to resign"), as people are, is left to
    its cues."""
    if known.given_name or not known.countries:
        return False
    root = span.root
    speaks = root.dep_ == "nsubj" and root.head.lemma_ in PERSON_SPEECH_VERBS
    asked = root.dep_ == "dobj" and any(c.dep_ == "xcomp" for c in root.head.children)
    return not speaks and not asked and bool(set(known.countries.split()) & _story_countries(span.doc))


def _story_countries(doc: Doc) -> frozenset[str]:
    """Country codes of the countries a text names as such (a strong country's name, whatever NER read it as),
    read once per Doc: every weak place of the text asks."""
    codes = doc.user_data.get(STORY_COUNTRIES_KEY)
    if codes is None:
        found = (place(canonical_form(ent.text)) for ent in doc_ents(doc))
        codes = frozenset(
            c for p in found if p is not None and p.kind == "country" and p.strong for c in p.countries.split()
        )
        doc.user_data[STORY_COUNTRIES_KEY] = codes
    return codes


def _settlement_before(span: Span) -> bool:
    """'the village of Kin Ma', 'the town of al-Bara', and each name of a list a plural settlement noun opens
    ("the villages of Kafr Tala and Umm Rawa", "villages such as A, B and C", "towns including A and B")."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and _opens_place_names(doc[span.start - 2]):
        return True
    head = span.root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    of = head.head
    listing = of.lower_ in ("including", "like") or of.lower_ == "as" and of.i > 0 and doc[of.i - 1].lower_ == "such"
    return (
        head.dep_ == "pobj"
        and (of.lower_ == "of" and of.head.tag_ in ("NN", "NNS") or listing and of.head.tag_ == "NNS")
        and of.head.lemma_.lower() in OF_PLACE_NOUNS
        and of.head.is_lower
    )


def _opens_place_names(noun: Token) -> bool:
    """A settlement noun before "of" ("the town of"), or a lower-case noun of a unit ("the department of")."""
    return noun.lower_ in SETTLEMENT_NOUNS or noun.is_lower and noun.lemma_.lower() in OF_PLACE_NOUNS


def _settlement_list_mentions(doc: Doc, ents: list[Span]) -> Iterator[Span]:
    """Names NER passed by in a list a plural settlement noun opens ("the villages of Kwoi, Tadu and Rimbe"):
    each proper noun joined to the first name after "of" is a place of its own."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    for of in doc:
        noun = of.head
        if of.lower_ != "of" or noun.i != of.i - 1 or noun.tag_ != "NNS" or not noun.is_lower:
            continue
        if noun.lemma_.lower() not in OF_PLACE_NOUNS:
            continue
        names = [t for t in of.children if t.dep_ == "pobj" and t.pos_ == "PROPN"]
        while names and (more := [c for c in names[-1].children if c.dep_ == "conj" and c.pos_ == "PROPN"]):
            names.append(more[0])
        for name in names:
            start = name.i
            while start > of.i + 1 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if any(_is_uncovered_name_word(t, covered) for t in doc[start : name.i + 1]) and not any(
                i in covered for i in range(start, name.i + 1)
            ):
                covered.update(range(start, name.i + 1))
                yield Span(doc, start, name.i + 1, label="GPE")


def _is_settlement_name(span: Span) -> bool:
    """A settlement noun makes the name a place, before it ("the villages of A and B") or after it ("A and B
    villages"): a partner NER read as a person makes it no person."""
    return _settlement_before(span) or _settlement_after(span)


def _settlement_inside(span: Span) -> bool:
    """'North Darfur State', 'Baalbek District' (an ORG keeps its own: "Islamic State")."""
    return len(span) > 1 and span[-1].lemma_.lower() in SETTLEMENT_NOUNS and span.label_ != "ORG"


def _settlement_after(span: Span) -> bool:
    """'the Hamarweyne district', 'the Zamzam displacement camp', 'Kauran Namoda and Dansadau villages' (a
    noun that heads its phrase, plural after a list of names; "state media" is no state)."""
    doc = span.doc
    i, joined = span.end, False
    while i < len(doc) and i - span.end < 8 and (doc[i].lower_ in ("and", ",") or doc[i].pos_ == "PROPN"):
        joined = joined or doc[i].lower_ == "and"
        i += 1
    if i < len(doc) and i > span.end and not joined:
        return False  # another name follows, not a settlement noun
    modifier = i < len(doc) and doc[i].dep_ == "compound" and doc[i].tag_ == "NN" and doc[i].is_lower
    if modifier and doc[i].lemma_.lower() not in NAME_ONLY_SETTLEMENT_NOUNS:
        i += 1  # "displacement camp", "refugee camp"
    if i >= len(doc) or doc[i].lemma_.lower() not in SETTLEMENT_NOUNS:
        return False
    if doc[i].dep_ == "compound" and doc[i].lemma_.lower() not in NAME_ONLY_SETTLEMENT_NOUNS:
        return False  # "state media" is no state; "the Kalsar district police" names the district
    if not doc[i].tag_.startswith("NN"):
        return False  # a verb of the same lemma: "Felix Obi stated that ...", "the movement states"
    if i + 1 < len(doc) and doc[i + 1].lower_ == "of" and not _names_the_part(span, doc[i]):
        return False  # "the Tajik town of Isfara": the town's name follows "of", the word before describes it
    return not joined or doc[i].tag_ == "NNS"


def _names_the_part(span: Span, noun: Token) -> bool:
    """A name of proper nouns, no people's word, before a singular kind noun of a part of a place and "of" ("the
    Sidi Harun district of Talvik", "the Kanda area of Pouri"): the name is the part's, the place after "of"
    is the whole."""
    proper = all(t.tag_ in ("NNP", "NNPS") for t in span) and span.label_ != "NORP"
    return (
        proper and noun.tag_ == "NN" and noun.lemma_.lower() in PART_OF_PLACE_NOUNS and not _is_people_name(span.text)
    )


def _in_dateline(span: Span) -> bool:
    """Whether a span lies inside the text's dateline ("KYIV, March 3 (Reuters) -")."""
    found = doc_dateline_span(span.doc)
    return found is not None and found[0] <= span.start_char and span.end_char <= found[1]


def _dateline_agency(span: Span) -> str | None:
    """The agency a dateline credits ("KIGALI (AA) -"), by its full name: "AA" in the body is no agency."""
    return agency(span.text, in_dateline=True) if span.label_ == "ORG" and _in_dateline(span) else None


def _possessor(span: Span) -> str:
    """The country written with a possessive before an institution ("Azerbaijan" of "Azerbaijan's Defense
    Ministry") and a space, so that two countries' ministries get two keys; else ''."""
    start = _possessor_start(span)
    return "" if start is None else span.doc[start : span.start - 1].text + " "


def _possessor_start(span: Span) -> int | None:
    """Where the possessive country before an institution's name starts, or None."""
    doc = span.doc
    if span.label_ != "ORG" or span.start < 2 or not _is_institution_span(span):
        return None
    if doc[span.start - 1].tag_ != "POS" or doc[span.start - 2].ent_type_ != "GPE":
        return None
    start = span.start - 2
    while start > 0 and doc[start - 1].ent_type_ == "GPE" and doc[start].ent_iob_ != "B":
        start -= 1
    return start


def _is_institution_span(span: Span) -> bool:
    """A span that names an institution by its head word: last ("Defense Ministry") or first before "of"
    ("Ministry of Foreign Affairs")."""
    words = [t.lower_ for t in span if t.lower_ not in LEADING_DETERMINERS]
    return span[-1].lemma_.lower() in INSTITUTION_HEADS or _is_head_of(words)


def _written_alias(span: Span) -> str:
    """The mention as written with its honorific ("Mr. Blinken"), its country's possessive ("Russia's
    Defence Ministry") or the settlement noun in lower case after a place ("Idlib province")."""
    doc = span.doc
    start = _possessor_start(span)
    if start is not None:
        return doc_text(doc)[doc[start].idx : span.end_char]
    after = doc[span.end] if span.end < len(doc) else None
    if span.label_ in PLACE_LABELS and after is not None and after.is_lower and after.lower_ in SETTLEMENT_NOUNS:
        return doc_text(doc)[span.start_char : after.idx + len(after.text)]
    return _with_honorific(span)


def _key_length(span: Span) -> int:
    """Tokens of a mention that name it: a description's trailing modifier ("... run by X") is not its name."""
    for i, token in enumerate(span):
        if i and token.dep_ in ("acl", "relcl"):
            return i
    return len(span)


def _with_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """Add surnames NER missed where the article names the full person ("Felix Tshisekedi" ... "Tshisekedi",
    "Beate Meinl-Reisinger" ... "Meinl-Reisinger"); a surname replaces NER spans inside it ("Meinl" as ORG)."""
    surnames = _full_name_surnames(ents)
    if not surnames:
        return ents
    found = [span for span in _surname_spans(doc, surnames) if _is_new_surname(span, ents)]
    if not found:
        return ents
    inside = {(e.start, e.end) for e in ents for f in found if _contains(f, e)}
    return [e for e in ents if (e.start, e.end) not in inside] + found


def _full_name_surnames(ents: list[Span]) -> set[str]:
    """Last words of the persons named in full, capitalised and longer than two letters."""
    surnames = {e.text.split()[-1] for e in ents if e.label_ == "PERSON" and len(e.text.split()) > 1}
    return {s for s in surnames if len(s) > 2 and s[:1].isupper()}


def _surname_spans(doc: Doc, surnames: set[str]) -> Iterator[Span]:
    """Every surname written as a word of its own on token boundaries, as a PERSON span."""
    alternatives = "|".join(map(re.escape, sorted(surnames, key=len, reverse=True)))
    pattern = re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")
    for match in pattern.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), label="PERSON")
        if span is not None:
            yield span


def _is_new_surname(span: Span, ents: list[Span]) -> bool:
    """A surname not already inside a named span, and overlapping no span it does not contain (NER's reading
    is left there)."""
    if any(_contains(e, span) for e in ents):
        return False
    return not any(_overlaps(e, span) and not _contains(span, e) for e in ents)


def _contains(outer: Span, inner: Span) -> bool:
    """Whether every token of `inner` lies in `outer`."""
    return outer.start <= inner.start and inner.end <= outer.end


def _overlaps(a: Span, b: Span) -> bool:
    """Whether two spans share a token."""
    return a.start < b.end and b.start < a.end


def _without_fused_dateline(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans without one NER read across the places of a joint dateline ("KABUL/ISLAMABAD" as one ORG):
    each place comes back as a GPE of its own from `_dateline_mentions`."""
    spans = _without_desk_credit(doc, spans)
    places = doc_dateline_places(doc)
    if len(places) < 2:
        return spans
    return [s for s in spans if sum(s.start_char < end and start < s.end_char for start, end in places) < 2]


def _without_desk_credit(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans without a dateline's bracketed credit that is no news agency ("ATHENS, Greece (Web Desk) -"):
    a newsroom's desk, no entity of the text."""
    text = doc_text(doc)
    credit = dateline_agency(text)
    if credit is None or _dateline_credit(text) is not None:
        return spans
    return [s for s in spans if not (credit[0] <= s.start_char and s.end_char <= credit[1])]


def _dateline_credit(text: str) -> tuple[int, int] | None:
    """Offsets of the agency or outlet a dateline credits, None where it credits none or a newsroom ("Web Desk",
    "Agencies", "News Bureau")."""
    credit = dateline_agency(text)
    if credit is None or any(w in DESK_WORDS for w in text[credit[0] : credit[1]].lower().split()):
        return None
    return credit


def _dateline_mentions(doc: Doc, ents: list[Span]) -> Iterator[Span]:
    """The places of a dateline ("KYIV, March 3 (Reuters) -", "KABUL/ISLAMABAD (Reuters) -") are places even
    when NER passes them by, and its agency an ORG of its own."""
    text = doc_text(doc)
    found_spans = [(place, "GPE") for place in doc_dateline_places(doc)] + [(_dateline_credit(text), "ORG")]
    for found, label in found_spans:
        if found is None:
            continue
        span = doc.char_span(found[0], found[1], label=label)
        if span is not None and not any(e.start < span.end and span.start < e.end for e in ents):
            yield span


def _settlement_mentions(doc: Doc, ents: list[Span]) -> Iterator[Span]:
    """Names NER passed by before a settlement noun ("in the Kyiv region", "the Dorsa district"): a known place,
    or any name before a noun that only names places (not "camp" or "state": "the Trump camp")."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    for noun in doc:
        if noun.lemma_.lower() not in SETTLEMENT_NOUNS or not noun.is_lower or noun.dep_ == "compound":
            continue
        start = noun.i
        while start > 0 and noun.i - start < 4 and _is_uncovered_name_word(doc[start - 1], covered):
            start -= 1
        if start == noun.i or doc[start].is_sent_start:
            continue
        span = Span(doc, start, noun.i, label="GPE")
        known = place(span.text)
        if known is None and all(people_place(t.text) for t in span):
            continue  # "the Tajik town of Isfara": a nationality, no name of the town
        if known is not None or noun.lemma_.lower() in NAME_ONLY_SETTLEMENT_NOUNS:
            covered.update(range(start, noun.i))
            yield Span(doc, start, noun.i, label="LOC" if known is not None and known.kind in LOC_KINDS else "GPE")


def _known_place_mentions(doc: Doc, ents: list[Span]) -> Iterator[Span]:
    """A one-word proper noun NER passed by that the gazetteer is sure is a country or city ("Mozambique and
    Gabon", "the national capital Yaounde"), standing alone: no capitalised word beside it, not opening a
    sentence ("Reading the report ...")."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    for token in doc:
        if token.i in covered or token.pos_ != "PROPN" or token.is_sent_start or not token.is_title:
            continue
        if any(0 <= j < len(doc) and doc[j].is_title for j in (token.i - 1, token.i + 1)):
            continue
        known = place(token.text)
        if known is not None and known.strong and known.kind in STANDALONE_PLACE_KINDS:
            yield Span(doc, token.i, token.i + 1, label="GPE")


def _is_uncovered_name_word(token: Token, covered: set[int]) -> bool:
    """A capitalised proper noun outside every entity span."""
    return token.i not in covered and token.pos_ == "PROPN" and token.text[:1].isupper() and not token.text.isupper()


def _with_acronyms(doc: Doc, ents: list[Span]) -> tuple[list[Span], dict[tuple[int, int], str]]:
    """'Rapid Support Forces (RSF)', 'National Liberation Army, or ELN,' and 'JNIM (Jama'at ...)': the second
    form names the same entity, and so does an acronym so defined wherever else the article writes it."""
    same_as: dict[tuple[int, int], str] = {}
    ents = _with_bracket_full_names(doc, _with_names_before_acronyms(doc, ents))
    by_start = {e.start: e for e in ents}
    extra = []
    covered = {i for e in ents for i in range(e.start, e.end)}
    for ent in ents:
        inner = _bracketed_form(doc, ent, by_start) or _or_form(doc, ent) or _acronym_before(doc, ent, covered)
        if inner is None:
            acronym = _acronym_of_longer_name(doc, ent)
            if acronym is not None and acronym.start not in covered:
                extra.append(acronym)  # "in Somalia (AUSSOM)": a body of its own, not the place's other name
            continue
        if by_start.get(inner.start) is not inner:
            extra.append(inner)
        same_as[(inner.start, inner.end)] = ent.text
        same_as[(ent.start, ent.end)] = inner.text
    uses = dict(_acronym_uses(doc, ents + extra, same_as))
    same_as.update(((use.start, use.end), name) for use, name in uses.items())
    used = {(u.start, u.end) for u in uses}
    kept = [s for s in ents + extra if (s.start, s.end) not in used]
    return kept + list(uses), same_as


def _bracketed_form(doc: Doc, ent: Span, by_start: dict[int, Span]) -> Span | None:
    """The name or acronym in brackets right after an entity, not an agency's credit ("Haiti (AP)")."""
    j = ent.end
    if j >= len(doc) or doc[j].text != "(":
        return None
    close = next((k for k in range(j + 1, min(j + 12, len(doc))) if doc[k].text == ")"), None)
    if close is None or close == j + 1 or _is_agency_credit(doc[j + 1 : close].text):
        return None
    if _in_dateline(ent):
        return None  # "ERBIL (Kurdistan 24) -": the dateline's credit, whatever outlet it names, is no second name
    if not _names_one_entity(ent, doc[j + 1 : close]):
        return None
    inner = by_start.get(j + 1)
    if inner is not None and inner.end == close:
        return inner
    if _is_acronym(doc[j + 1]) and doc[j + 2].text == ",":
        return Span(doc, j + 1, j + 2, label=ent.label_)  # "(GSIM, JNIM in Arabic)": the first acronym
    inner = Span(doc, j + 1, close, label=ent.label_)
    return inner if _looks_like_name(inner) else None


def _is_agency_credit(text: str) -> bool:
    """A bracketed credit of one news agency or several, the first of them known ("AP", "AFP, Bloomberg",
    "Reuters/AP"): no second name of the place before it."""
    first = CREDIT_PARTS.split(text, maxsplit=1)[0]
    return agency(text, in_dateline=True) is not None or (first != text and agency(first, in_dateline=True) is not None)


def _names_one_entity(outer: Span, inner: Span) -> bool:
    """Whether a name and the words bracketed after it can be two names of one entity: one of them an acronym
    ("Rapid Support Forces (RSF)", "JNIM (Jama'at ...)"), or two longer names neither of them a known place;
    "Kasa (Lomami)", "Beni (North Kivu)" are a town and its province, "Rome, Italy (Web Desk)" a credit."""
    if _is_short_form(inner[0]) and _place_before_other_initials(outer, inner[0]):
        return False  # "the Union Border Mission in Kosovo (EUBOR)": the acronym of the longer name the place ends
    if (len(outer) == 1 and _is_short_form(outer[0])) or _is_short_form(inner[0]):
        return True
    if min(len(outer), len(inner)) == 1 or outer.label_ in PLACE_LABELS:
        return False
    return place(outer.text) is None and place(inner.text) is None


def _acronym_of_longer_name(doc: Doc, ent: Span) -> Span | None:
    """The one-word acronym in brackets right after a place that ends a longer name ("the Support Mission in
    Somalia (AUSSOM)"), as an ORG of its own; None elsewhere."""
    j = ent.end
    if j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")" or not _is_acronym(doc[j + 1]):
        return None
    if _in_dateline(ent) or _is_agency_credit(doc[j + 1].text) or not _place_before_other_initials(ent, doc[j + 1]):
        return None
    return Span(doc, j + 1, j + 2, label="ORG")


def _place_before_other_initials(outer: Span, acronym: Token) -> bool:
    """A place (or a name after "in", or after "and" and a place) whose bracketed acronym does not open with its
    own initial ("in Kosovo (EULEX)", "in Kosovo and Metohija (KFOR)"; not "United Arab Emirates (UAE)"): the
    acronym is of a longer name ending in the place."""
    doc = outer.doc
    before = doc[outer.start - 1] if outer.start > 0 else None
    after_in = before is not None and (before.lower_ == "in" or before.lower_ == "and" and _place_word_before(before))
    is_place = outer.label_ in PLACE_LABELS or place(outer.text) is not None or after_in
    named = outer[1:] if len(outer) > 1 and outer[0].lower_ == "the" else outer
    return is_place and acronym.text[:1].lower() != named.text[:1].lower()


def _place_word_before(word: Token) -> bool:
    """Whether the word before this one ends a name of a place ("in Kosovo and Metohija": Kosovo)."""
    if word.i == 0:
        return False
    prior = word.doc[word.i - 1]
    return prior.ent_type_ in PLACE_LABELS or place(prior.text) is not None


def _acronym_before(doc: Doc, ent: Span, covered: set[int]) -> Span | None:
    """'the ELN (National Liberation Army)': an acronym NER left untagged, the full name in brackets after it;
    not a dateline's place before its agency ("BEIRUT (Reuters)")."""
    i = ent.start - 2
    if i < 0 or ent.end >= len(doc) or doc[i + 1].text != "(" or doc[ent.end].text != ")" or i in covered:
        return None
    if not _is_acronym(doc[i]) or len(ent) < 2 or place(doc[i].text) or agency(ent.text, in_dateline=True):
        return None
    return Span(doc, i, i + 1, label=ent.label_)


def _is_short_form(token: Token) -> bool:
    """An acronym or a code name of capitals, digits and dashes ("RSF", "MS-13", "M23")."""
    return _is_acronym(token) or re.fullmatch(r"[A-Z][A-Z0-9-]*[0-9][A-Z0-9-]*", token.text) is not None


def _or_form(doc: Doc, ent: Span) -> Span | None:
    """'the National Liberation Army, or ELN,': an acronym given as the entity's other name."""
    j = ent.end
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ != "or" or not _is_acronym(doc[j + 2]):
        return None
    if j + 3 < len(doc) and not doc[j + 3].is_punct:
        return None  # "Hamas, or ISIS fighters": a list, not a second name
    return Span(doc, j + 2, j + 3, label=ent.label_)


def _is_acronym(token: Token) -> bool:
    """A word of two to eight letters starting with a capital and holding at least two ("ELN", "LoC")."""
    text = token.text
    return 2 <= len(text) <= 8 and text.isalpha() and text[0].isupper() and sum(c.isupper() for c in text) >= 2


def _acronym_uses(doc: Doc, spans: list[Span], same_as: dict[tuple[int, int], str]) -> Iterator[tuple[Span, str]]:
    """Later uses, outside every span, of an acronym the article defined ("The ELN said ..."), with the name
    it stands for."""
    defined = {
        s.text: (s.label_, same_as[(s.start, s.end)])
        for s in spans
        if (s.start, s.end) in same_as and len(s) == 1 and _is_acronym(s[0])
    }
    if not defined:
        return
    # A use NER tagged alone is read again, with the label of the definition ("LoC" PERSON is the FAC).
    covered = {i for s in spans if s.text not in defined for i in range(s.start, s.end)}
    for token in doc:
        if token.text in defined and token.i not in covered and (token.i, token.i + 1) not in same_as:
            label, name = defined[token.text]
            yield Span(doc, token.i, token.i + 1, label=label), name


def _with_names_before_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """A bracketed acronym right after capitalised words NER did not take, whose letters open with their
    initials ("Islamic State (ISIS) fighters": IS of ISIS): those words, two at least, are the acronym's full
    name, an ORG; the acronym is then its alias (_bracketed_form)."""
    out = list(ents)
    for i in range(2, len(doc) - 2):
        if doc[i - 1].text != "(" or doc[i + 1].text != ")" or not _is_acronym(doc[i]):
            continue
        if any(e.end == i - 1 and e.label_ != "NORP" for e in out):
            continue  # a name NER took: _with_bracket_full_names widens it where it must
        start = _name_run_start(doc, i - 1)
        for first in range(start, i - 2):
            run = doc[first : i - 1]
            inside = [e for e in out if e.start < run.end and e.end > run.start]
            if any(e.start < run.start for e in inside) or not doc[first].text[:1].isupper():
                continue
            if doc[i].lower_.startswith(initials(fold(run.text).replace(".", ""))):
                out = [e for e in out if e not in inside] + [Span(doc, first, i - 1, label="ORG")]
                break
    return sorted(out, key=lambda e: e.start)


def _with_bracket_full_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """An entity before a bracketed acronym widened over the capitalised words and short links NER left out:
    "Group for Support for Islam and Muslims (JNIM)" is one name, not NORP "Muslims"; the spans inside go."""
    out = list(ents)
    for ent in ents:
        j = ent.end
        if j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text not in (")", ",") or not _is_acronym(doc[j + 1]):
            continue  # "(JNIM)", "(GSIM, JNIM in Arabic)"
        start = _name_run_start(doc, ent.end)
        if start >= ent.start:
            continue
        run = doc[start : ent.end]
        if ent.label_ != "NORP" and not initials(fold(run.text).replace(".", "")).endswith(doc[j + 1].lower_):
            continue
        inside = [e for e in out if e.start < ent.end and e.end > start]
        start = min(e.start for e in inside + [ent, run])
        wide = Span(doc, start, ent.end, label="ORG" if ent.label_ == "NORP" else ent.label_)
        out = [e for e in out if e not in inside] + [wide]
    return sorted(out, key=lambda e: e.start)


def _links_name_words(doc: Doc, i: int) -> bool:
    """A short word between two words of one name: "for" after "Office", "the" after "for the"."""
    before = doc[i - 1]
    return before.pos_ == "PROPN" or (doc[i].lower_ == "the" and before.lower_ in INITIAL_SKIP and i >= 2)


def _name_run_start(doc: Doc, end: int) -> int:
    """Start of the run of capitalised proper nouns, and the short words between them, that ends at `end`,
    within its sentence."""
    start = end
    while start > 0 and not doc[start].is_sent_start:
        before = doc[start - 1]
        if before.pos_ == "PROPN" and before.text[:1].isupper():
            start -= 1
        elif before.lower_ in INITIAL_SKIP and start >= 2 and _links_name_words(doc, start - 1):
            start -= 1
        else:
            break
    return start


def _looks_like_name(span: Span) -> bool:
    """An acronym ("RSF") or a capitalised name, not a bracketed remark."""
    words = span.text.split()
    return (
        bool(words) and len(words) <= 8 and all(w[:1].isupper() or "-" in w or w.lower() in INITIAL_SKIP for w in words)
    )


def _with_state_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """A state's body written in lower case after its nationality or country ("the Kyrgyz health ministry",
    "the Philippine coast guard") as one ORG span, in place of the nationality's."""
    by_end = {e.end: e for e in doc_ents(doc) if e.label_ in ("NORP", "GPE")}  # adjectives NER tagged too
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for head in doc:
        owner = _body_owner(head, by_end) if head.i not in covered else None
        if owner is None:
            continue
        if place(canonical_form(owner.text)) is None:  # "Kyrgyz" only describes it; "Gaza" stays a place
            out = [e for e in out if (e.start, e.end) != (owner.start, owner.end)]
        out.append(Span(doc, owner.start, head.i + 1, label="ORG"))
    return out


def _body_owner(head: Token, by_end: dict[int, Span]) -> Span | None:
    """The nationality or country right before a state body's head word and at most one kind word, or None
    ("Chinese coast guard ships": a modifier; "Afghan border guards": people, no body named)."""
    lemma = head.lemma_.lower()
    if lemma not in STATE_BODY_HEADS or not head.is_lower or head.dep_ in ("compound", "amod", "nmod"):
        return None
    if head.tag_ == "NNS":
        return None
    start = head.i
    if start not in by_end and head.doc[start - 1].is_lower and head.doc[start - 1].is_alpha:
        start -= 1  # "health", "foreign", "coast"
    if lemma in BODY_HEADS_WITH_KIND and start == head.i:
        return None  # a bare "guard" or "service" with no kind word
    return by_end.get(start)


def _ranked_person_mentions(doc: Doc, ents: list[Span]) -> Iterator[Span]:
    """A person's name NER missed after a capitalised rank ("Inspector General of Police Sundarraj Pattilingam
    confirmed ..."): the rank's words (title words, "of" and the body a rank is "of", as "of Police"), then
    RANKED_NAME_WORDS capitalised proper nouns, none a title or a body's word, outside every span."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    fewest, most = RANKED_NAME_WORDS
    i = 0
    while i < len(doc):
        if not (doc[i].is_title and doc[i].lower_.rstrip(".") in HONORIFICS) or i in covered:
            i += 1
            continue
        start = i + 1
        while start < len(doc) and (
            doc[start].is_title
            and doc[start].lower_.rstrip(".") in TITLE_WORDS
            or doc[start].lower_ == "of"
            and start + 1 < len(doc)
            and doc[start + 1].lower_ in RANK_BODIES
            or doc[start].lower_ in RANK_BODIES
            and doc[start - 1].lower_ == "of"
        ):
            start += 1
        end = start
        while end < len(doc) and end - start < most + 1 and _is_ranked_name_word(doc[end], covered):
            end += 1
        if fewest <= end - start <= most and not (end < len(doc) and doc[end].is_title):
            yield Span(doc, start, end, label="PERSON")
        i = max(end, i + 1)


def _is_ranked_name_word(token: Token, covered: set[int]) -> bool:
    """A word of a person's name after a rank: a capitalised proper noun outside every span, no title word and no
    word of a body's name."""
    return _is_given_name_word(token, covered) and place(token.text) is None


def _institution_mentions(doc: Doc, ents: list[Span]) -> Iterator[Span]:
    """'the health ministry (run by X)' where the article named 'the Gaza health ministry' before."""
    named = [fold(canonical_form(e.text)) for e in ents if e.label_ == "ORG"]
    if not named or not any(t.lemma_.lower() in INSTITUTION_HEADS for t in doc):
        return  # nothing to refer back to, or no "ministry" to do it: skip the noun chunks (a costly walk)
    covered = {i for e in ents for i in range(e.start, e.end)}
    for chunk in doc.noun_chunks:
        if _refers_back(chunk, covered, named):
            yield Span(doc, chunk.start, _description_end(chunk.root), label="ORG")


def _refers_back(chunk: Span, covered: set[int], named: list[str]) -> bool:
    """A definite institution outside every named span ("the health ministry") whose words end an ORG name
    of the article ("the Gaza health ministry"); "the army" only a state's ("the Indian army")."""
    head = chunk.root
    if head.lemma_.lower() not in INSTITUTION_HEADS or any(t.i in covered for t in chunk):
        return False
    if chunk[0].lower_ != "the":
        return False
    name = fold(chunk.doc[chunk.start + 1 : head.i + 1].text)
    return any(_ends_in_body(n, name) for n in named)


def _description_end(head: Token) -> int:
    """End of an institution's description: a participle modifier with its agent ("administered by Hamas")
    stays part of it."""
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "acl" and child.tag_ == "VBN" and any(c.dep_ == "agent" for c in child.children):
            end = child.right_edge.i + 1
    return end


def _is_occasion(ent: Span) -> bool:
    """A religious feast or service ("Easter", "Palm Sunday Mass", "Eid al-Fitr"), or a piece of one NER cut
    ("Palm" of "Palm Sunday", "Mass" after "Sunday"): a time, no entity. "Boston, Mass." stays a place."""
    words = [fold_name(t.text) for t in ent if not t.is_punct]
    if not words or not all(w in OCCASION_WORDS or w in ("al", "fitr", "adha", "sunday", "friday") for w in words):
        return False
    if words[0] not in OCCASION_STARTS:
        return False
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if words[0] == "palm" and len(words) == 1:
        return after is not None and after.lower_ == "sunday"
    if words[0] == "mass":
        return before is not None and (fold_name(before.text) in OCCASION_WORDS or before.lower_ in OCCASION_CONTEXT)
    return True


def _is_title_fragment(ent: Span) -> bool:
    """'State' in 'Secretary of State', 'Defense' in 'Defense Minister', 'External Affairs' in 'External Affairs
    Minister Jaishankar', 'State for Asian Affairs' in 'Minister of State for Asian Affairs': part of a title,
    not an organisation."""
    doc = ent.doc
    if ent.label_ == "ORG" and ent.end < len(doc) and doc[ent.end].text == "Minister" and not _is_listed_body(ent.text):
        return all(t.is_title and ((p := place(t.text)) is None or not p.strong) for t in ent)  # "Union Home"
    if ent.start >= 2 and ent[0].lower_ in TITLE_FRAGMENTS and doc[ent.start - 1].lower_ == "of":
        if doc[ent.start - 2].lower_ in TITLE_WORDS and len(ent) > 1 and ent[1].lower_ == "for":
            return True  # "State for African Affairs" of "Assistant Secretary of State for African Affairs"
    if len(ent) != 1 or ent[0].lower_ not in TITLE_FRAGMENTS:
        return False
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return before in {"of", "and"} or after in TITLE_WORDS


def _is_rank_title(ent: Span) -> bool:
    """ "Inspector General of Police", "Deputy Inspector General", "the IGP": a rank, written out or as an office's
    abbreviation, names the officer who holds it, not an organisation."""
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if len(words) == 1 and words[0].is_upper and words[0].lower_ in OFFICE_ABBREVIATIONS:
        return True
    if not words or not (words[0].is_title and words[0].lower_.rstrip(".") in TITLE_WORDS):
        return False
    return all(
        t.is_title and t.lower_.rstrip(".") in TITLE_WORDS or t.lower_ == "of" or t.lower_ in RANK_BODIES and i > 0
        for i, t in enumerate(words)
    )


def _with_honorific(ent: Span) -> str:
    """The mention with an honorific written right before it ("Mr. Blinken"), else its own text."""
    if ent.start == 0 or ent.label_ != "PERSON":
        return ent.text
    prev = ent.doc[ent.start - 1]
    if prev.lower_.rstrip(".") in COURTESY_TITLES | GIVEN_NAME_TITLES and prev.text[:1].isupper():
        return doc_text(ent.doc)[prev.idx : ent.end_char]
    return ent.text


@functools.lru_cache(maxsize=200_000)
def canonical_form(text: str) -> str:
    """A name without leading articles, honorifics, possessive endings or surrounding punctuation."""
    words = text.replace("\n", " ").split()
    while len(words) > 1 and words[0].lower() in LEADING_DETERMINERS:
        words = words[1:]
    # A title phrase before the name ("Prime Minister", "Secretary of State"): title words up to the
    # first name word, holding at least one honorific; "State Department" keeps its words, and a role
    # followed by a function word is no title before a name ("spokesperson for Hamas" stays whole).
    n = 0
    while n < len(words) - 1 and words[n].lower().rstrip(".") in TITLE_WORDS:
        n += 1
    if (
        n
        and any(w.lower().rstrip(".") in HONORIFICS for w in words[:n])
        and words[n] not in TRAILING_FUNCTION_WORDS
        and not _names_a_body(words[n:])
        and words[-1].lower() not in NAMED_AFTER_HEADS
        and not _office_field_only(words[n:])
    ):
        words = words[n:]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    name = " ".join(words).strip(" ,;:\"'\u201c\u201d\u2018\u2019()").strip()
    return name if _ABBREVIATION.match(name.split()[-1] if name else "") else name.rstrip(".").strip()


def _office_field_only(words: list[str]) -> bool:
    """ "the secretary of state", "the minister of defence": what follows the title is the office's field, no
    name (a role written whole, not a person called "State")."""
    return all(w.lower().strip(".,") in OFFICE_FIELD_WORDS | TRAILING_FUNCTION_WORDS for w in words)


def _names_a_body(words: list[str]) -> bool:
    """Whether the words after a rank word name a body the rank word belongs to ("General Directorate of
    Security", "General Staff"): a body noun first, which no person's name opens with."""
    return words[0].lower() in BODY_NOUNS


@functools.lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The comparison key of a name: folded, dots dropped, known variants unified."""
    key = _without_accents(fold(canonical_form(text)).replace(".", ""))
    key = re.sub(r"['\u2019]s\b", "", key)
    words = key.split()
    if len(words) > 1 and words[-1] in PLACE_DESCRIPTORS:
        words = words[:-1]
    if len(words) > 1:
        words = " ".join(ABBREVIATED_WORDS.get(w, w) for w in words).split()
    if MINISTRY_HEAD in words and len(words) > 1:
        words = _ministry_key_words(words)
    key = " ".join(words)
    known = agency(key) or organisation(key)
    if known:
        return fold(known).replace(".", "")
    return NAME_VARIANTS.get(key) or country_short_key(key) or key


def _ministry_key_words(words: list[str]) -> list[str]:
    """A state ministry's key words in one spelling, with the country for its adjective ("russian defence
    ministry", "russia defense ministry" -> "russia defense ministry"); "Ministry of X" keeps its order, which
    other rules read (_possessor)."""
    words = [INSTITUTION_SPELLINGS.get(w, w) for w in words]
    country = people_place(words[0]) if words[0] != MINISTRY_HEAD else None
    return [fold(country), *words[1:]] if country else words


def _without_accents(text: str) -> str:
    """Accents dropped ("bogotá" -> "bogota"), other scripts left whole (Hangul recomposed)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def same_surname(a: str, b: str) -> bool:
    """One surname, or a close spelling of it ("sisi" / "sissi")."""
    return a == b or fuzz.ratio(a, b) >= SURNAME_MATCH


class SurnameMatcher:
    """The surnames of a set that `same_surname` matches with a given one, found without comparing against all of
    them: a ratio of SURNAME_MATCH or more needs lengths within about a third of each other, so only those lengths
    are scored (in rapidfuzz's C loop), and each surname asked for is answered once. Same answers as comparing
    against every surname, at a cost that grows with the surnames of similar length, not with the corpus squared."""

    def __init__(self, surnames: Iterable[str]) -> None:
        self.by_length: dict[int, list[str]] = defaultdict(list)
        for surname in sorted(set(surnames)):
            self.by_length[len(surname)].append(surname)
        self._answers: dict[str, tuple[str, ...]] = {}

    def matching(self, surname: str) -> tuple[str, ...]:
        """Every surname of the set that is this one or a close spelling of it, in sorted order."""
        found = self._answers.get(surname)
        if found is None:
            n = len(surname)
            # ratio = 2 * matches / (n + m) <= 2 * min(n, m) / (n + m): below SURNAME_MATCH outside this window.
            low, high = int(n * 0.73), int(n * 1.36) + 1
            hits: set[str] = set()
            for length in range(low, high + 1):
                choices = self.by_length.get(length)
                if choices:
                    hits.update(
                        choice
                        for choice, _, _ in process.extract(
                            surname, choices, scorer=fuzz.ratio, score_cutoff=SURNAME_MATCH, limit=None
                        )
                    )
            if surname in self.by_length.get(n, ()):
                hits.add(surname)
            found = self._answers[surname] = tuple(sorted(hits))
        return found


def initials(key: str) -> str:
    """First letters of a name's words, particles and small words left out ("rapid support forces" -> "rsf")."""
    letters = []
    for word in key.replace("-", " ").split():
        if word in INITIAL_SKIP or word in ("al", "el", "wal"):
            continue
        letters.append(word[0])
    return "".join(letters)


def surname_key(key: str) -> str:
    """The last word of a person key, without name particles."""
    last = key.split()[-1] if key else ""
    for particle in SURNAME_PARTICLES:
        if last.startswith(particle.strip()) and particle.endswith("-"):
            return last[len(particle) :]
    return last


@dataclass
class EntityIndex:
    """Canonical entities of a corpus and the lookups that resolve a name written in an article."""

    entities: dict[str, dict] = field(default_factory=dict)  # entity_id -> entities row
    by_key: dict[str, str] = field(default_factory=dict)  # corpus-wide key -> entity_id
    by_article_key: dict[tuple[str | None, str], str] = field(default_factory=dict)
    persons_by_surname: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def lookup(self, text: str | None, article_id: str | None = None) -> dict | None:
        """The canonical entity a name written in an article refers to, or None."""
        if not text:
            return None
        key = name_key(text)
        if not key:
            return None
        entity_id = self.by_article_key.get((article_id, key)) or self.by_key.get(key)
        if entity_id is None and len(key.split()) == 1:
            entity_id = self._unique_person(surname_key(key))
        if entity_id is None:
            # A longer description that ends in a known name ("the Egyptian leader Sisi").
            words = key.split()
            # A bare institution head ("army" of "the Indian army") is looked up in the article only: in another
            # article it is another body.
            for i in range(1, len(words)):
                tail = " ".join(words[i:])
                entity_id = self.by_article_key.get((article_id, tail)) or (
                    None if tail in INSTITUTION_HEADS else self.by_key.get(tail)
                )
                placed = (
                    entity_id is not None and (self.entities.get(entity_id) or {}).get("label") in PLACE_LABELS_OF_NER
                )
                if placed and words[i - 1].strip(",;:") in WHERE_WORDS:
                    entity_id = None  # "two medics in the capital, Port Louis": where they are, not who they are
                if entity_id:
                    break
        return self.entities.get(entity_id) if entity_id else None

    def _unique_person(self, surname: str) -> str | None:
        """The one person in the corpus with this surname (or a close spelling of it), if exactly one."""
        candidates = set(self.persons_by_surname.get(surname, ()))
        if not candidates:
            for other in self._surnames().matching(surname):
                candidates |= self.persons_by_surname[other]
        return next(iter(candidates)) if len(candidates) == 1 else None

    def _surnames(self) -> SurnameMatcher:
        """The persons' surnames, indexed once (again when a person was added since)."""
        matcher = self.__dict__.get("_matcher")
        if matcher is None or matcher[0] != len(self.persons_by_surname):
            matcher = (len(self.persons_by_surname), SurnameMatcher(self.persons_by_surname))
            self.__dict__["_matcher"] = matcher
        return matcher[1]


class _UnionFind:
    """Groups of keys that name the same entity."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The longer key (the fuller name) becomes the root, ties broken alphabetically: deterministic.
            keep, drop = sorted((ra, rb), key=lambda k: (-len(k.split()), k))
            self.parent[drop] = keep


@dataclass
class _Keys:
    """The name keys of a corpus's mentions: their labels, the articles that write them, their merged groups."""

    mentions: list[dict]
    groups: _UnionFind = field(default_factory=_UnionFind)
    by_article: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    labels: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    @classmethod
    def of(cls, mentions: list[dict]) -> _Keys:
        """Every mention's key, counted by label and by article, each key a group of its own."""
        keys = cls(mentions)
        for m in mentions:
            key = _mention_key(m)
            keys.groups.find(key)
            keys.by_article[m["article_id"]].add(key)
            keys.labels[key][m["label"]] += 1
        return keys

    def main_label(self, key: str) -> str:
        """The label written most often with a key."""
        return self.labels[key].most_common(1)[0][0]


def resolve_entities(mentions: Iterable[dict]) -> tuple[list[dict], list[dict], EntityIndex]:
    """Merge mentions into canonical entities across the corpus; returns (entities, mentions with entity_id, index)."""
    keys = _Keys.of(
        _scoped_persons(_scoped_acronyms(_scoped_institutions([m for m in mentions if name_key(_key_text(m))])))
    )
    _merge_country_forms(keys)
    _merge_person_spellings(keys)
    _merge_in_articles(keys)
    plural_pairs = _merge_plurals(keys)
    for rule in MERGE_RULES:
        rule(keys)
    groups: dict[str, list[dict]] = defaultdict(list)
    for m in keys.mentions:
        groups[keys.groups.find(_mention_key(m))].append(m)
    groups_with_plural = {keys.groups.find(k) for k in plural_pairs if len(keys.groups.find(k).split()) == 1}
    index = EntityIndex()
    entities, out_mentions = [], []
    for root in sorted(groups):
        row = _entity_row(root, groups[root], root in groups_with_plural)
        entities.append(row)
        out_mentions += _index_group(index, row, root, groups[root])
    # A key shared by two groups (never after union) would make by_key ambiguous; setdefault keeps the first.
    return entities, out_mentions, index


def _scoped_institutions(mentions: list[dict]) -> list[dict]:
    """A short institution ("the Defense Ministry", "the ministry") keyed as the fullest name that ends in it in
    its own article ("the Russian Defense Ministry") when the longer names there are all one ("Defense
    Ministry" within "Russian Defense Ministry"), so that its key, shared by every country's ministry, links
    no two articles' bodies. Where the article names several such bodies, the short one is the body named last
    before it ("the Kalar Transport Ministry said ... the ministry added")."""
    by_article: dict[str, dict[str, str]] = defaultdict(dict)
    written: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for m in mentions:
        by_article[m["article_id"]].setdefault(_mention_key(m), _key_text(m))
        if m.get("start_char") is not None:  # a mention given without its place in the text has no "before"
            written[m["article_id"]].append((m["start_char"], _mention_key(m)))
    out = []
    for m in mentions:
        key, article_keys = _mention_key(m), by_article[m["article_id"]]
        longer = [k for k in article_keys if _within_body(k, key)] if _is_short_institution(m, key) else []
        fullest = max(longer, key=lambda k: (len(k), k)) if longer else None
        if fullest is not None and not all(k == fullest or _within_body(fullest, k) for k in longer):
            here = m.get("start_char") or 0
            before = [(at, k) for at, k in written[m["article_id"]] if k in longer and at < here]
            fullest = max(before)[1] if before else None
        out.append({**m, "key_text": article_keys[fullest]} if fullest else m)
    return out


def _is_short_institution(mention: dict, key: str) -> bool:
    """An ORG mention whose key ends in an institution's head word ("defense ministry", "army") or opens with
    one before "of" ("ministry of foreign affairs")."""
    words = key.split()
    return mention["label"] == "ORG" and (words[-1] in INSTITUTION_HEADS or _is_head_of(words))


def _is_head_of(words: list[str]) -> bool:
    """An institution's head word and an "of" phrase, nothing before them ("ministry of foreign affairs")."""
    return len(words) > 2 and words[0] in INSTITUTION_HEADS and words[1] == "of"


def _within_body(longer: str, short: str) -> bool:
    """Whether a longer institution key names the body a short one can stand for: it ends in it ("gaza health
    ministry") or a "ministry of" name is the longer's own head ("ministry of foreign affairs of moldova")."""
    return _ends_in_body(longer, short) or _is_head_of(short.split()) and longer.startswith(short + " of ")


def _mention_key(mention: dict) -> str:
    """The name key of a mention."""
    return name_key(_key_text(mention))


def _full_persons(keys: _Keys) -> dict[str, set[str]]:
    """Full person names (more than one word) by surname, across the corpus."""
    full_persons: dict[str, set[str]] = defaultdict(set)
    for key in keys.labels:
        if len(key.split()) > 1 and keys.main_label(key) == "PERSON":
            full_persons[surname_key(key)].add(key)
    return full_persons


def _person_for(
    full_persons: dict[str, set[str]],
    surname: str,
    article_persons: dict[str, str] | None,
    matcher: SurnameMatcher | None = None,
    groups: _UnionFind | None = None,
    corpus_wide: bool = True,
) -> str | None:
    """The one full person name this surname refers to (two spellings already merged count once): in the same
    article first (`article_persons`: its full person names and their surnames, compared one by one), then, with
    `corpus_wide`, across the corpus."""
    candidates: list[set[str]] = []
    if article_persons:
        candidates.append({k for k, last in article_persons.items() if same_surname(surname, last)})
    if corpus_wide:
        similar = (matcher or SurnameMatcher(full_persons)).matching(surname)
        candidates.append({k for s in similar for k in full_persons[s]})
    for found in candidates:
        people = {groups.find(k) for k in found} if groups is not None else found
        if len(people) == 1:
            return min(found)
        if len(people) > 1:
            return None
    return None


def _merge_country_forms(keys: _Keys) -> None:
    """Within an article, a body led by a nationality and by its country ("lebanese health ministry",
    "lebanon health ministry" of "Lebanon's Health Ministry"; "philippine coast guard", "philippines coast
    guard") is one."""
    for article_keys in keys.by_article.values():
        by_country: dict[tuple[str, str], list[str]] = defaultdict(list)
        for key in sorted(article_keys):
            first, _, rest = key.partition(" ")
            country = _country_of_word(first) if rest else None
            if country:
                by_country[(country, rest)].append(key)
        for group in by_country.values():
            for other in group[1:]:
                keys.groups.union(group[0], other)


def _country_of_word(word: str) -> str | None:
    """The country a name's first word stands for: its nationality ("lebanese"), its own name ("lebanon"), or
    the country's name without its plural "s" ("philippine" of the Philippines)."""
    if word in DEMONYMS:
        return fold(DEMONYMS[word])
    for written in (word, word + "s"):
        known = place(written)
        if known is not None and known.kind == "country":
            return fold(known.name)
    return None


def _merge_person_spellings(keys: _Keys) -> None:
    """Within an article, two spellings of one person's full name: as many words, one of them the same, each
    other one a close spelling ("Abdourahmane Tchiani", "Abdoulrahmane Tchiani"; "Nikol Pashinyan", "Nikol
    Pashinian")."""
    for article_keys in keys.by_article.values():
        persons = sorted(k for k in article_keys if len(k.split()) > 1 and keys.main_label(k) == "PERSON")
        for i, key in enumerate(persons):
            for other in persons[i + 1 :]:
                pairs = list(zip(key.split(), other.split()))
                if len(key.split()) != len(other.split()) or not any(a == b for a, b in pairs):
                    continue
                if all(same_surname(a, b) for a, b in pairs):
                    keys.groups.union(key, other)


def _merge_in_articles(keys: _Keys) -> None:
    """Within an article, a surname joins its full person name and a short institution ("health ministry", a
    bare "ministry") its longer name."""
    full_persons = _full_persons(keys)
    matcher = SurnameMatcher(full_persons)
    given = _given_names_only(keys.mentions)
    for article_id, article_keys in sorted(keys.by_article.items()):
        persons = {k: last for k in article_keys if k in full_persons.get(last := surname_key(k), ())}
        for key in sorted(article_keys, key=lambda k: (-len(k.split()), k)):  # longer names merge first
            if len(key.split()) == 1:
                if (article_id, key) not in given:
                    _merge_surname(keys, full_persons, key, article_keys, matcher, persons)
            elif keys.main_label(key) == "PERSON":
                _merge_long_surname(keys, key, article_keys)
            if keys.main_label(key) == "ORG" and (len(key.split()) > 1 or key in INSTITUTION_HEADS):
                _merge_short_institution(keys, key, article_keys)


def _given_names_only(mentions: list[dict]) -> set[tuple[str, str]]:
    """(article, key) of the one-word names an article writes only after a title before a given name ("King
    Salman"): a given name, never the surname of a longer name that ends in it ("Mohammed bin Salman")."""
    titled: dict[tuple[str, str], bool] = {}
    for m in mentions:
        at = (m["article_id"], _mention_key(m))
        titled[at] = titled.get(at, True) and _alias_title(m) in GIVEN_NAME_TITLES
    return {at for at, only in titled.items() if only}


def _merge_kind_words(keys: _Keys) -> None:
    """Within an article, a name with and without the kind word written after it ("Wagner", "Wagner Group";
    "Twic", "Twic County"), unless the short name is a place of its own ("Gaza" is no "Gaza City")."""
    for article_keys in keys.by_article.values():
        for key in sorted(article_keys):
            known = place(key) if len(key.split()) == 1 else None
            if len(key.split()) != 1 or known is not None and known.strong:
                continue
            for word in sorted(NAME_KIND_WORDS):
                if f"{key} {word}" in article_keys:
                    keys.groups.union(key, f"{key} {word}")


def _merge_owner_forms(keys: _Keys) -> None:
    """Within an article, a body's name with and without its country after "of" ("Border Guard Police of
    Myanmar", "Border Guard Police")."""
    for article_keys in keys.by_article.values():
        for key in sorted(article_keys):
            body, _, owner = key.rpartition(" of ")
            known = place(owner) if body else None
            if known is not None and known.kind in ("country", "region") and body in article_keys:
                keys.groups.union(key, body)


def _merge_particle_forms(keys: _Keys) -> None:
    """Within an article, a name with and without its Arabic article ("Al-Aqsa hospital", "Aqsa hospital")."""
    for article_keys in keys.by_article.values():
        for key in sorted(article_keys):
            for particle in NAME_ARTICLES:
                if key.startswith(particle) and key[len(particle) :] in article_keys:
                    keys.groups.union(key, key[len(particle) :])


def _merge_surname(
    keys: _Keys,
    full_persons: dict[str, set[str]],
    key: str,
    article_keys: set[str],
    matcher: SurnameMatcher,
    article_persons: dict[str, str],
) -> None:
    """A surname alone ("Tshisekedi") joins the one full person name it refers to ("Felix Tshisekedi")."""
    # A person named in another article only joins a surname tagged PERSON (below): none other is looked up there.
    corpus_wide = bool(keys.labels[key]["PERSON"])
    if not corpus_wide and armed_group(key):
        return  # "the Houthis", "a Houthi spokesman" beside "Abdel-Malek al-Houthi": the group, not the man
    person = _person_for(full_persons, surname_key(key), article_persons, matcher, keys.groups, corpus_wide)
    # A known place joins a person only as his very surname: "Greece" is no spelling of "Anna Le Grece".
    if person and place(key) is not None and surname_key(person) != surname_key(key):
        return
    # A surname alone may be tagged GPE or ORG by NER; trust it only where the person is named in the article.
    if person and (keys.labels[key]["PERSON"] or person in article_keys):
        keys.groups.union(key, person)


def _merge_long_surname(keys: _Keys, key: str, article_keys: set[str]) -> None:
    """A surname of several words alone ("Ben Salah", "Abu Khalil") joins the one full person name of the article
    that ends in it ("Karim Ben Salah")."""
    longer = [k for k in article_keys if k.endswith(" " + key) and keys.main_label(k) == "PERSON"]
    if longer and len({keys.groups.find(k) for k in longer}) == 1:
        keys.groups.union(key, longer[0])


def _merge_short_institution(keys: _Keys, key: str, article_keys: set[str]) -> None:
    """ "the health ministry" after "the Gaza health ministry" in the same article."""
    longer = [k for k in article_keys if _ends_in_body(k, key) and keys.main_label(k) == "ORG"]
    if len({keys.groups.find(k) for k in longer}) == 1:  # one body, maybe written in two lengths already merged
        keys.groups.union(key, longer[0])


def _ends_in_body(longer: str, short: str) -> bool:
    """Whether a longer institution key ends in a shorter one that can name the same body ("gaza health ministry",
    "health ministry"); a bare "army" only a state's ("indian army"), never a rebel "national liberation army"."""
    if not longer.endswith(" " + short) or longer[: -len(short)].endswith(" of "):
        return False  # "radio and television of republika srpska" names no body of Republika Srpska
    return short not in STATE_OR_REBEL_HEADS or _is_state_qualifier(longer[: -len(short)].strip())


def _is_state_qualifier(words: str) -> bool:
    """A nationality or a place before an institution head ("indian" in "indian army"), which makes it a state's."""
    return words in DEMONYMS or place(words) is not None


def _merge_plurals(keys: _Keys) -> list[str]:
    """Singular and plural names of one group ("Houthi", "Houthis"), neither of them a known place; returns
    the plural keys merged."""
    plural_pairs = []
    for key in sorted(keys.labels):
        singular = key[:-1] if key.endswith("s") else None
        if (
            singular in keys.labels
            and place(key) is None
            and place(singular) is None
            and keys.main_label(key) != "GPE"
            and keys.main_label(singular) != "GPE"
        ):
            keys.groups.union(singular, key)
            plural_pairs.append(key)
    return plural_pairs


def _merge_given_names(keys: _Keys) -> None:
    """A given name names the one person of the article whose full name starts with it ("Mohammed bin
    Abdulrahman Al Thani"): after a title ("Sheikh Mohammed", "King Abdullah"), or alone as a person ("said
    Anan" after "Colonel Anan Srisuk", the Thai usage) where no full name of the article ends in it."""
    for m in keys.mentions:
        key = _mention_key(m)
        if len(key.split()) != 1 or not _is_given_name_use(m, key, keys.by_article[m["article_id"]]):
            continue
        full = {
            k
            for k in keys.by_article[m["article_id"]]
            if len(k.split()) > 1 and k.split()[0] == key and keys.main_label(k) == "PERSON"
        }
        if len(full) == 1:
            keys.groups.union(key, full.pop())


def _is_given_name_use(mention: dict, key: str, article_keys: Iterable[str]) -> bool:
    """A one-word name after a title, or a bare person no full name of the article ends in (not a surname)."""
    title = _alias_title(mention)
    no_surname = not any(k.endswith(" " + key) for k in article_keys)
    if title is not None:
        return title in GIVEN_NAME_TITLES or title in COURTESY_TITLES and no_surname  # "Mr. Getachew" (Ethiopian)
    if _country_name(mention):
        return False  # "Israel" alone beside "Israel Katz": the country, whatever NER read it as
    return mention["label"] == "PERSON" and no_surname


def _alias_title(mention: dict) -> str | None:
    """The title a mention was written after ("king" of "King Salman"), without its dot; None for a name alone."""
    alias = (mention.get("alias") or mention["text"]).split()
    return alias[0].lower().rstrip(".") if len(alias) > 1 else None


def _merge_bracketed(keys: _Keys) -> None:
    """A bracketed form written beside a name is the same entity ("Rapid Support Forces (RSF)")."""
    for m in keys.mentions:
        if m.get("same_as") and name_key(m["same_as"]):
            keys.groups.union(_mention_key(m), name_key(m["same_as"]))


def _merge_acronyms(keys: _Keys) -> None:
    """An acronym used alone matches the one multi-word name in the corpus with those initials."""
    # Keys written in capitals somewhere ("RSF", "WFP"): candidates for acronym matching.
    acronyms = {_mention_key(m) for m in keys.mentions if _key_text(m).isupper() and " " not in _key_text(m).strip()}
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key in keys.labels:
        if keys.main_label(key) == "PERSON":
            continue  # a person's names are no body's acronym ("RT" is no "Recep Tayyip")
        for letters in _initial_forms(key):
            by_initials[letters].add(key)
    for key in sorted(keys.labels):
        if len(key.split()) == 1 and 2 <= len(key) <= 6 and key in acronyms:
            matches = by_initials.get(key, set())
            if len(matches) == 1:
                keys.groups.union(key, matches.pop())


def _initial_forms(key: str) -> set[str]:
    """The acronyms a name of more than one word may be written as: its initials, and those of a body named
    with its country after "of" without the country ("BGP" of "Border Guard Police of Myanmar")."""
    if len(key.split()) < 2:
        return set()
    body, _, owner = key.rpartition(" of ")
    known = place(owner) if len(body.split()) > 1 else None
    with_owner = known is not None and known.kind in ("country", "region")
    return {initials(key), initials(body)} if with_owner else {initials(key)}


def _scoped_persons(mentions: list[dict]) -> list[dict]:
    """A person written by one name alone ("Lee", "Okafor") keyed as the one full name of its own article that
    ends in it, or, where none does, that starts with it ("Lee" of "Lee Jae-myung"), so that the bare name, shared
    by many people across a corpus, never joins two articles' different persons ("John Lee" in one report, "Lee
    Jae-myung" in another); a bare name no full name of its article explains stays corpus-wide."""
    full: dict[str, dict[str, str]] = defaultdict(dict)
    for m in mentions:
        key = _mention_key(m)
        if m["label"] == "PERSON" and len(key.split()) > 1:
            full[m["article_id"]].setdefault(key, _key_text(m))
    out = []
    for m in mentions:
        key = _mention_key(m)
        if m["label"] == "PERSON" and len(key.split()) == 1 and full[m["article_id"]]:
            names = full[m["article_id"]]
            given = _alias_title(m) in GIVEN_NAME_TITLES  # "King Salman": a given name, no surname
            surnamed = [] if given else [k for k in names if surname_key(k) == key]
            named = surnamed or ([] if _country_name(m) else [k for k in names if k.split()[0] == key])
            if len(named) == 1:
                m = {**m, "key_text": names[named[0]], "written_key": key}
        out.append(m)
    return out


def _country_name(mention: dict) -> bool:
    """A country's name written alone, with no title ("Israel" beside "Defence Minister Israel Katz"): the
    country, whatever NER read it as, never a given name standing for a person."""
    known = place(mention["text"])
    return known is not None and known.kind == "country" and _alias_title(mention) is None


def _scoped_acronyms(mentions: list[dict]) -> list[dict]:
    """An acronym written alone ("PCG", "AFP") keyed as the name its own article writes out with those initials
    ("Philippine Coast Guard", "Armed Forces of the Philippines"; the most written one first), so that it never
    joins another body with the same letters elsewhere in the corpus (the news agency AFP); it takes the name's
    label ("CCG" read as a PRODUCT is the ORG "China Coast Guard")."""
    long_names: dict[str, Counter] = defaultdict(Counter)
    labels: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for m in mentions:
        if len(_key_text(m).split()) > 1 and len(_mention_key(m).split()) > 1:  # written out, not "AFP" read long
            long_names[m["article_id"]][_key_text(m)] += 1
            labels[(m["article_id"], _key_text(m))][m["label"]] += 1
    out = []
    for m in mentions:
        text = m["text"].strip()
        if _key_text(m) == m["text"] and text.isalpha() and text.isupper() and 3 <= len(text) <= 6:
            names = long_names[m["article_id"]].most_common()
            spelt = next((n for n, _ in names if text.lower() in _initial_forms(name_key(n))), None)
            if spelt:
                label = labels[(m["article_id"], spelt)].most_common(1)[0][0]
                m = {**m, "key_text": spelt, "label": label}
        out.append(m)
    return out


# Long names of a state that are not the state their last word names alone: the Republic of China is Taiwan.
OTHER_STATES_LONG_NAMES = frozenset({"republic of china"})


def _merge_short_countries(keys: _Keys) -> None:
    """A country written short ("Congo") and long ("Democratic Republic of Congo")."""
    by_tail: dict[str, list[str]] = defaultdict(list)  # a name's words after its last "of": one look-up per key
    for k in keys.labels:
        if " of " in k:
            by_tail[k.rsplit(" of ", 1)[1]].append(k)
    for key in sorted(keys.labels):
        if len(key.split()) == 1 and keys.main_label(key) == "GPE":
            longer = [k for k in by_tail.get(key, ()) if _is_state_name(k, keys) and k not in OTHER_STATES_LONG_NAMES]
            if len(longer) == 1:
                keys.groups.union(key, longer[0])


def _is_state_name(key: str, keys: _Keys) -> bool:
    """A country's long name ("democratic republic of congo"): a known place, or a GPE whose words before "of"
    name a kind of state; "kurdistan democratic party of iran" read as a GPE is none."""
    head = key.rsplit(" of ", 1)[0].split()
    return place(key) is not None or keys.main_label(key) == "GPE" and any(w in STATE_KIND_WORDS for w in head)


def _merge_spelling_variants(keys: _Keys) -> None:
    """Transliterations of one name that differ only in their vowels ("al-Qaida", "Al Qaeda"; "Hezbollah",
    "Hizballah"), under one label other than PERSON (surnames have their own matcher)."""
    by_skeleton: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in sorted(keys.labels):
        label = keys.main_label(key)
        if label != "PERSON" and len(key) >= VARIANT_MIN_LENGTH and people_place(key) is None:  # "Somali", "Somalia"
            by_skeleton[(consonant_skeleton(key), label)].append(key)
    for group in by_skeleton.values():
        for other in group[1:]:
            if abs(len(other) - len(group[0])) <= 1 and not _places_apart(group[0], other):
                keys.groups.union(group[0], other)


def _places_apart(a: str, b: str) -> bool:
    """ "Mopti" and "Maputo": two names the gazetteer knows as places in different countries are two places,
    however alike their consonants ("Sanaa" and "Sana'a", one country's, may still be one)."""
    first, second = place(a), place(b)
    if first is None or second is None:
        return False
    return not set(first.countries.split()) & set(second.countries.split())


def consonant_skeleton(key: str) -> str:
    """Each word's first letter and its other consonants, doubled letters written once ("al qaeda" -> "al qd")."""
    words = []
    for word in key.replace("-", " ").split():
        single = re.sub(r"(.)\1+", r"\1", word)
        words.append(single[0] + re.sub(r"[aeiou]", "", single[1:]))
    return " ".join(words)


# Corpus-wide merges applied after the in-article and plural ones, in this order.
MERGE_RULES: tuple[Callable[[_Keys], None], ...] = (
    _merge_spelling_variants,
    _merge_particle_forms,
    _merge_owner_forms,
    _merge_kind_words,
    _merge_given_names,
    _merge_bracketed,
    _merge_acronyms,
    _merge_short_countries,
)


def _group_label(root: str, members: list[dict], has_plural: bool) -> str:
    """The label of a merged group: its most frequent one, PERSON for a full name once written as a person,
    never PERSON for one word written both singular and plural ("Houthi", "Houthis": a group)."""
    counts = Counter(m["label"] for m in members)
    tied = [lab for lab, n in counts.most_common() if n == max(counts.values())]
    places = [lab for lab in tied if lab in ("GPE", "LOC")]
    label = places[0] if "PERSON" in tied and places else tied[0]  # a tie of a person and a place: the place
    if _person_full_name(root, members, label):
        label = "PERSON"
    if label == "PERSON" and has_plural:
        others = Counter(m["label"] for m in members if m["label"] != "PERSON")
        label = others.most_common(1)[0][0] if others else "NORP"
    return label


def _person_full_name(root: str, members: list[dict], label: str) -> bool:
    """A name of several words once written as a person is a person ("Asres Mare Damtie" read twice as an ORG),
    unless most of its mentions read it as a place ("Upper Nile" read once as a person, four times as a GPE):
    the label follows the majority there."""
    persons = sum(m["label"] == "PERSON" for m in members)
    places = sum(m["label"] in ("GPE", "LOC") for m in members)
    return (
        label != "PERSON"
        and len(root.split()) > 1
        and persons > 0
        and not (label in ("GPE", "LOC") and places > persons)
    )


def _entity_row(root: str, members: list[dict], has_plural: bool) -> dict:
    """The entities row of a merged group of mentions."""
    label = _group_label(root, members, has_plural)
    aliases = sorted(
        {canonical_form(m["text"]) for m in members}
        | {m["text"] for m in members}
        | {m.get("alias") or m["text"] for m in members}
    )
    return {
        "entity_id": make_id("ent", label, root),
        "name": _display_name(root, members),
        "label": label,
        "aliases": aliases,
        "n_mentions": len(members),
        "n_articles": len({m["article_id"] for m in members}),
    }


def _index_group(index: EntityIndex, row: dict, root: str, members: list[dict]) -> list[dict]:
    """Record a group's entity and keys in the index; returns its mentions with their entity_id."""
    entity_id = row["entity_id"]
    index.entities[entity_id] = row
    out = []
    for m in members:
        key = _mention_key(m)
        index.by_key.setdefault(key, entity_id)
        index.by_article_key[(m["article_id"], key)] = entity_id
        if m.get("written_key"):  # a bare name keyed as its article's full name still resolves there as written
            index.by_article_key[(m["article_id"], m["written_key"])] = entity_id
        m["entity_id"] = entity_id  # in place: a copy of every mention would double the largest table in memory
        out.append(m)
    index.by_key[root] = entity_id
    if row["label"] == "PERSON":
        index.persons_by_surname[surname_key(root)].add(entity_id)
    return out


def _key_text(mention: dict) -> str:
    """The words of a mention that name it (without a trailing description)."""
    return mention.get("key_text") or mention["text"]


def _written_forms(root: str, members: list[dict]) -> Counter:
    """How often each form of the root key is written (any member's form where none is the root's), a country's
    official name left out beside its short one ("Russia" beside "the Russian Federation")."""
    forms = Counter(canonical_form(_key_text(m)) for m in members if name_key(_key_text(m)) == root)
    if not forms:
        forms = Counter(canonical_form(_key_text(m)) for m in members)
    short = Counter({f: n for f, n in forms.items() if not country_short_key(fold_name(f))})
    return short or forms


def _display_name(root: str, members: list[dict]) -> str:
    """The name to show: a known full form, else the most frequent written form of the fullest key."""
    if root in VARIANT_NAMES:
        return VARIANT_NAMES[root]
    if agency(root):
        return agency(root)  # "AP" in a dateline shows as Associated Press
    listed = organisation(root)
    if listed and any(fold(canonical_form(_key_text(m))) == fold(listed) for m in members):
        return listed  # "African Union" written once beside "AU" twice: the full name, as VARIANT_NAMES
    known = place(root)
    if known is not None and known.name.isascii() and all(canonical_form(_key_text(m)).isupper() for m in members):
        return known.name  # a place written only in a dateline's capitals ("DUBAI") shows as Dubai
    forms = _written_forms(root, members)
    # Without a possessive, not in capitals where another case is written ("KYIV" of a dateline and
    # "Kyiv"), then most frequent, then longest, then alphabetical: deterministic.
    mixed = {f.lower() for f in forms if not f.isupper()}
    name = sorted(
        forms.items(),
        key=lambda kv: (
            "\u2019s" in kv[0] or "'s" in kv[0],
            kv[0].isupper() and kv[0].lower() in mixed,
            -kv[1],
            -len(kv[0]),
            kv[0],
        ),
    )[0][0]
    # A name of several words written only in capitals (a dateline's "NORTH MITROVICA") shows in title case.
    return name.title() if name.isupper() and re.search(r"[\s-]", name) else name
