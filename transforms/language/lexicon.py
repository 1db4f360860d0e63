"""Word lists the extractors share, each defined once and named for what it means.

What lives here: classes of words that mean the same to every extractor (pronouns, courtesy titles,
entity labels, dependency labels of a subject, nationalities, calendar and number words, the nouns for a
person, a group or a document that carries someone's words). A list that is one extractor's rule ("verbs
that trigger an attack", "words that hedge a number") stays with that extractor's rules.

Lists are frozensets (or dicts read only); all words are lower case, compared with `token.lower_` or
`token.lemma_.lower()` unless the comment says otherwise.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word table written as one string, the words separated by spaces: a long list reads as one line."""
    return frozenset(text.split())


def singulars(word: str) -> set[str]:
    """A noun and the singulars it may be the plural of ("villagers" -> villager, "families" -> family)."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


def phrase_table(**phrases: str) -> dict[tuple[str, ...], str]:
    """Phrases by what they mean, each meaning's phrases separated by "|" (in order): one line a meaning."""
    return {tuple(p.split()): meaning for meaning, text in phrases.items() for p in text.split("|")}


# --- pronouns ------------------------------------------------------------------------------

# Every form of a third-person pronoun that stands for a person ("he said", "his office", "told her").
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
# Every form of a third-person pronoun that stands for a body, a country or several ("it said", "their forces").
GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "itself", "themselves"})
# Personal pronouns in subject form, the ones that can report or announce ("it said", "we will strike").
SUBJECT_PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they"})
# A possessive pronoun and the subject form whose referent it shares ("his office" -> "he").
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# Every pronoun, of any person, and the demonstratives and indefinites that stand for one: never a name
# of their own (a speaker, a source or an actor written so is left unresolved).
PRONOUNS = (
    PERSON_PRONOUNS
    | GROUP_PRONOUNS
    | frozenset(
        {"i", "me", "my", "we", "us", "our", "you", "your", "theirs", "this", "that", "these", "those", "who"}
        | {"whom", "which", "one", "someone", "somebody", "anyone", "everyone"}
    )
)
# What a subject pronoun may stand for: a person, one body or country ("it"), or several or a collective
# ("they"); and the entity labels a named referent of each kind carries.
PERSON_REFERENT, SINGULAR_REFERENT, PLURAL_REFERENT = "person", "singular", "plural"
PRONOUN_REFERENTS = {"he": PERSON_REFERENT, "she": PERSON_REFERENT, "it": SINGULAR_REFERENT, "they": PLURAL_REFERENT}
REFERENT_LABELS = {PERSON_REFERENT: ("PERSON",), SINGULAR_REFERENT: ("ORG", "GPE")}
# Pronouns that open a relative clause ("the man who ...", "the city that ...").
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Pronouns a partitive "of" points back through to a noun named before ("41 of whom", "some of them").
PARTITIVE_PRONOUNS = frozenset({"whom", "which", "them", "these", "those", "who"})

# --- titles and names ----------------------------------------------------------------------

# Courtesy titles written before a name, without their dot ("Mr. Blinken", "Sheikh Tamim"); compare
# with `word.rstrip(".")`. Job titles ("President") are roles, not courtesy titles.
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "sheikh", "prof"})

# --- entity and dependency labels ----------------------------------------------------------

# Entity labels of whoever can act, speak or be a party: people, organisations, states, peoples.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Entity labels of an organisation or a people, what "the group" or "they" may refer back to.
GROUP_LABELS = frozenset({"ORG", "NORP"})
# Entity labels of a place.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions whose place object says where someone is, not who ("Lawyers in the city of Tarsa said").
PLACE_PREPOSITIONS = frozenset({"in"})
# Dependency labels of a clause's subject (nominal, passive nominal, clausal).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Dependency labels of a nominal subject only (a number or a noun can stand there, not a clause).
NOMINAL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# South Asian police ranks, abbreviated, written before the officer's name or for the officer ("SSP Ravinder
# Bhullar", "the IGP told reporters").
POLICE_RANK_ABBREVIATIONS = frozenset({"sp", "ssp", "dsp", "sho", "dig", "igp"})
# Abbreviations of offices a report writes for the officer who holds one ("SP Tarnal", "the IGP told reporters"):
# the police ranks and the district offices ("DC Venpur", the deputy commissioner).
OFFICE_ABBREVIATIONS = POLICE_RANK_ABBREVIATIONS | frozenset({"dc", "dm", "sdm"})
# Nouns for a ship, whose name after them ("the tanker Orion Star") names a vessel, never a place or a person.
VESSEL_NOUNS = frozenset(
    {"tanker", "ship", "vessel", "freighter", "frigate", "destroyer", "corvette", "ferry", "trawler", "carrier"}
)
# NER labels that name something in the world (numbers, dates and times are other tables' business).
NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})
# Finite verb tags: what the verb says was done, not planned or hypothetical.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Non-finite verb forms that state a deed with their helper verb: "has said" (VBN + have), "is calling for"
# (VBG + be).
PERFECT_OR_PROGRESSIVE = {"VBN": "have", "VBG": "be"}
NONFINITE_TAGS = frozenset({"VBG", "VBN", "VB"})
# Tags of a relative pronoun ("which", "who").
RELATIVE_TAGS = frozenset({"WDT", "WP"})

# --- nouns for who or what -----------------------------------------------------------------

# Subjects that deny anyone spoke or reported: "Nobody has claimed the attack", "No group has claimed
# responsibility" (a subject with the determiner "no"), read by claims and figures.
NOBODY_WORDS = frozenset({"nobody", "none", "noone", "no-one"})
NEGATING_DETERMINERS = frozenset({"no"})
# Modifiers that make a source noun point back to the one credited just before ("..., the same source said").
SAME_SOURCE_WORDS = frozenset({"same"})
# What was found or seen, which shows or reveals but speaks for no one ("Early findings revealed that a gas leak
# caused the fire", "Footage suggests the crowd was fired on"): no speaker of a claim; a figure it shows keeps it
# as its source ("16 were hurt, CCTV footage showed"), or its owner ("footage from the agency").
EVIDENCE_NOUNS = frozenset(
    {
        "information",
        "finding",
        "evidence",
        "footage",
        "image",
        "video",
        "clip",
        "picture",
        "photo",
        "photograph",
        "sign",
    }
)

# Words of a credit that names a newsroom, not an agency or an outlet ("(Web Desk)", "Staff Report", "Agencies").
DESK_WORDS = words("desk staff bureau agencies correspondent correspondents reporter report monitoring")

# Nouns that refer back to an armed group or organisation named before ("the rebels said", "the group struck").
GROUP_NOUNS = frozenset(
    {
        "group",
        "rebel",
        "militia",
        "militant",
        "movement",
        "insurgent",
        "guerrilla",
        "guerilla",
        "faction",
        "jihadist",
        "organisation",
        "organization",
        "insurgency",
    }
)
# Heads that end a criminal group's name ("the Gulf Clan", "the Sinaloa Cartel", "the Sonora cartel").
GANG_HEADS = frozenset({"clan", "cartel", "gang"})
# Nouns for people, one or many, who can be held, handed over, freed or counted ("the hostage",
# "20 civilians", "a Swiss national").
PEOPLE_NOUNS = frozenset(
    {
        "person",
        "people",
        "man",
        "woman",
        "child",
        "civilian",
        "resident",
        "villager",
        "citizen",
        "national",
        "tourist",
        "passenger",
        "pilgrim",
        "migrant",
        "refugee",
        "worker",
        "farmer",
        "student",
        "pupil",
        "teacher",
        "doctor",
        "nurse",
        "journalist",
        "official",
        "soldier",
        "fighter",
        "crew",
        "sailor",
        "seafarer",
        "hostage",
        "captive",
        "prisoner",
        "detainee",
        # people taken or freed as often as those above ("eight observers were seized", "the couple were freed")
        "observer",
        "couple",
        "missionary",
        "engineer",
        "priest",
        "inmate",
        "convict",
        "fugitive",
        # kin, taken or freed with the one named before them ("rescued a man and his wife")
        "wife",
        "husband",
        "son",
        "daughter",
        "mother",
        "father",
        "brother",
        "sister",
    }
)
# Nouns for one person who speaks or reports, so that "he" or "she" may stand for them ("An activist in
# Idlib said ... Rebels clashed there, he said"); each extractor adds its titles and ranks.
ONE_PERSON_NOUNS = frozenset(
    {
        "official",
        "officer",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "source",
        "witness",
        "resident",
        "villager",
        "activist",
        "doctor",
        "medic",
        "soldier",
        "journalist",
    }
)
# Nouns for one institution, each mapped to the nouns that may name the same body, so that a bare "the army"
# may stand for "the Israeli military" named before ("The Israeli military said ... 'Most were
# intercepted,' the army said"). Compared with `token.lemma_.lower()`.
_ARMED_FORCES = frozenset({"army", "military", "force", "troop"})
_MEMBER_BODIES = frozenset(
    {"union", "association", "federation", "council", "committee", "commission", "party", "syndicate", "league"}
    | {"company", "firm", "court", "parliament", "assembly", "foundation", "institute", "university", "bank"}
    | {"board"}
)
INSTITUTION_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(_ARMED_FORCES, _ARMED_FORCES),
    "ministry": frozenset({"ministry"}),
    "police": frozenset({"police"}),
    "government": frozenset({"government"}),
    "agency": frozenset({"agency"}),
    # "Greek fire authorities said ... the authorities concluded": the authorities named before
    "authority": frozenset({"authority"}),
    "presidency": frozenset({"presidency"}),
    # "Doctors at the Red Crescent clinic said ... The clinic said": the clinic named before
    **dict.fromkeys(("hospital", "clinic"), frozenset({"hospital", "clinic"})),
    "network": frozenset({"network"}),
    # "The Arab Coalition said ... The coalition also said": the coalition named before
    **dict.fromkeys(("coalition", "alliance"), frozenset({"coalition", "alliance"})),
    # "The Serbian Orthodox Church said ... the church said": the church named before
    **dict.fromkeys(("church", "diocese"), frozenset({"church", "diocese"})),
    # "The Coastal Farmers Union said ... the union said": a body of members named before by its own noun
    **{noun: frozenset({noun}) for noun in _MEMBER_BODIES},
}
# Where a report appears names its owner ("a report in the Daily Monitor", "a report in Monday's issue of
# the newssheet X"): a publication noun stands for its name, an issue for its publication.
PUBLICATION_NOUNS = frozenset({"newspaper", "paper", "newssheet", "daily", "weekly", "journal", "magazine", "website"})
ISSUE_NOUNS = frozenset({"issue", "edition"})
# Nouns that describe a body by what it does, by kind: a bare "the monitor" or "the news agency" stands for the
# name written before with a noun of the same kind ("Harbor Watch, a monitor based in London", "media outlet
# Steppe News", "the Coastal Observatory for ...", "the Unsmil mission").
# Nouns of a state's own bodies, which hold and free its prisoners ("the government released 40 detainees").
STATE_BODY_WORDS = frozenset({"government", "authority", "regime", "junta", "court", "state"})
BODY_KINDS: dict[str, str] = {
    **dict.fromkeys(
        ("agency", "outlet", "broadcaster", "newspaper", "paper", "daily", "channel", "station", "website")
        + ("portal", "publication", "tabloid", "magazine"),
        "media",
    ),
    **dict.fromkeys(
        ("monitor", "watchdog", "observatory", "charity", "ngo", "organisation", "organization", "group")
        + ("foundation", "mission", "nonprofit"),
        "civil",
    ),
}
# Platforms a statement is posted on: "a Facebook statement", "a Telegram post" are the poster's, not the platform's.
PLATFORM_NAMES = frozenset(
    {"facebook", "twitter", "x", "telegram", "instagram", "youtube", "whatsapp", "tiktok", "weibo", "vk"}
    | {"vkontakte", "threads", "bluesky", "linkedin"}
)
# Documents that carry a source's words, whose owner is the source ("a statement from the ministry",
# "according to the ministry's tally").
SOURCE_CONTAINERS = frozenset(
    {
        "statement",
        "communique",
        "report",
        "bulletin",
        "release",
        "post",
        "tally",
        "count",
        "toll",  # "according to a new casualty toll from the Red Cross"
        "figure",
        "data",
        "datum",  # the tagger's lemma of "data" ("according to fresh data of the coast guard")
        "estimate",
        "update",
        "briefing",
        "announcement",
        "survey",
        "study",
        "assessment",
        "declaration",
        "readout",
    }
)

# Bodies, collectives and people of no kind listed above that a report credits with words of their own
# ("the hospital said", "the family told reporters", "the ship reported no injuries", "a survivor said").
SPEAKING_BODIES = frozenset(
    {
        "hospital",
        "clinic",
        "family",
        "ship",
        "vessel",
        "school",
        "university",
        "company",
        "firm",
        "airline",
        "operator",
        "charity",
        "mission",
        "relative",
        "survivor",
        "eyewitness",
        "neighbour",
        "neighbor",
        "villager",
        "rescuer",
        "watchdog",
    }
)

# Nouns for a settlement or an administrative division, whose name is a place ("the village of Kin Ma",
# "the Hamarweyne district", "Janbako and Sakkida villages", "Zamfara state").
SETTLEMENT_NOUNS = frozenset(
    {
        "village",
        "town",
        "city",
        "district",
        "region",
        "province",
        "state",
        "township",
        "county",
        "governorate",
        "municipality",
        "camp",
        "neighbourhood",
        "neighborhood",
        "suburb",
        "oblast",
        "prefecture",
        "woreda",
        "payam",  # South Sudan's unit under a county, and the boma under it
        "boma",
        "country",
    }
)

# What strikes and harms: weapons and their shards, and fire (events: what harmed; figures: people "hit by gunfire").
WEAPON_NOUNS = words(
    "bomb missile rocket shell drone mortar grenade projectile explosive bullet barrel debris shrapnel "
    "mine landmine ied vbied cannon artillery vest canister"  # "detonated his vest": a suicide bomber's vest
)
FIRE_NOUNS = frozenset({"fire", "gunfire", "shot", "salvo", "volley"})

# --- verbs ---------------------------------------------------------------------------------

# Participles of a trailing credit "as reported by X", "as confirmed by X", "as described by X": like "according
# to X", they credit the clause they close (beside the reporting verbs each extractor knows).
AS_CREDIT_VERBS = frozenset({"report", "state", "announce", "confirm", "quote", "publish", "tell", "relay", "describe"})

# Verbs of a relative clause by which an unnamed speaker gives a name: "a health official who identified himself
# as Dr Omar", "a nurse who gave her name as Lina" (the name is the speaker or source).
NAME_GIVING_VERBS = frozenset({"identify", "give", "name", "introduce"})

# Verbs of seeing whose subject, when it is one who reports (OBSERVER_NOUNS), vouches for the count it saw: "An
# AFP photographer saw 11 bodies at the morgue", "Reporters counted 30 coffins".
SEEING_VERBS = frozenset({"see", "witness", "count", "observe"})
OBSERVER_NOUNS = frozenset(
    {"reporter", "journalist", "correspondent", "photographer", "cameraman", "witness", "eyewitness", "observer"}
)

# Prepositions that credit the clause they close to their object, like "according to": "Nine died, per the
# agency"; "five per day" is a rate (see discourse.preposition_credit).
CREDIT_PREPOSITIONS = frozenset({"per"})

# Verbs that report a count by stating it, read by figures (who reported the number) and claims (what was said),
# each with the preposition that carries the number, or None where the object holds it: "The agency put the toll
# at 40", "The broadcaster pegged the toll at 80", "The colonel tallied 23 dead", "He revised it to 31".
COUNT_STATING_VERBS: dict[str, str | None] = {
    "put": "at",
    "peg": "at",
    "place": "at",  # "The mayor placed the toll at 12"
    "give": "as",  # "The ministry gave the figure as 57 dead"
    "tally": None,
    "revise": "to",
}
# Nouns for a count as a whole ("the toll", "the figure", "the number of dead").
COUNT_NOUNS = frozenset({"toll", "figure", "number", "tally", "total", "count"})
# Count-stating verbs that state a count only of one of COUNT_NOUNS ("gave the figure as 57"; "gave food to 300
# families", "placed 30 sandbags at the gate" are deeds).
COUNT_NOUN_VERBS = frozenset({"give", "place"})

# Verbs that report what someone said; a date after the report's content is the content's date
# ("The ministry said four people were killed in a strike on Thursday").
REPORT_VERBS = frozenset({"say", "report", "tell", "announce", "state", "add", "confirm"})
# Verbs whose object spells out what a plan contains ("the plan provides for ...").
CONTENT_VERBS = frozenset({"provide", "involve", "include", "envisage", "foresee", "stipulate", "require"})
# Modifiers that make a noun of happening a thing made or its opposite: "a press release", "a news release", "a
# cease-fire" (written with a hyphen, "cease" is the compound of "fire").
NOT_EVENT_MODIFIERS = frozenset({"press", "news", "media", "film", "album", "product", "software", "version", "cease"})

# Prefixes of stance joined to a word by a hyphen ("pro-Kelvani", "anti-regime"): the word names whom they are for or
# against, no entity of its own and not whose they are.
STANCE_PREFIXES = frozenset({"anti", "pro"})

# Role words told otherwise than the title their holder is named with: "the premier", after "Prime Minister X";
# "Qatar's ruler", after "Emir Tamim". A holder whose title holds one of the words holds the role (shared by the
# speakers of claims and the parties of events).
ROLE_TITLES: dict[str, frozenset[str]] = {
    "premier": frozenset({"premier", "prime"}),
    "ruler": frozenset({"emir", "sheikh", "king", "sultan", "monarch"}),
}

# --- nationalities -------------------------------------------------------------------------

# Demonym to country: a phrase led by a nationality adjective stands for that country ("Israeli forces").
DEMONYMS = {
    "israeli": "Israel",
    "palestinian": "Palestine",
    "egyptian": "Egypt",
    "american": "United States",
    "us": "United States",
    "u.s.": "United States",
    "iranian": "Iran",
    "qatari": "Qatar",
    "jordanian": "Jordan",
    "lebanese": "Lebanon",
    "syrian": "Syria",
    "iraqi": "Iraq",
    "yemeni": "Yemen",
    "saudi": "Saudi Arabia",
    "turkish": "Turkey",
    "russian": "Russia",
    "ukrainian": "Ukraine",
    "chinese": "China",
    "british": "United Kingdom",
    "french": "France",
    "german": "Germany",
    "italian": "Italy",
    "spanish": "Spain",
    "indian": "India",
    "pakistani": "Pakistan",
    "afghan": "Afghanistan",
    "japanese": "Japan",
    "korean": "Korea",
    "north korean": "North Korea",
    "south korean": "South Korea",
    "sudanese": "Sudan",
    "libyan": "Libya",
    "emirati": "United Arab Emirates",
    "kuwaiti": "Kuwait",
    "omani": "Oman",
    "bahraini": "Bahrain",
    "canadian": "Canada",
    "mexican": "Mexico",
    "brazilian": "Brazil",
    "australian": "Australia",
    "polish": "Poland",
    "dutch": "Netherlands",
    "greek": "Greece",
    "cypriot": "Cyprus",
    "ethiopian": "Ethiopia",
    "somali": "Somalia",
    "nigerian": "Nigeria",
    "kenyan": "Kenya",
    "belarusian": "Belarus",
    "georgian": "Georgia",
    "armenian": "Armenia",
    "azerbaijani": "Azerbaijan",
    "serbian": "Serbia",
    "croatian": "Croatia",
    "hungarian": "Hungary",
    "romanian": "Romania",
    "swedish": "Sweden",
    "finnish": "Finland",
    "norwegian": "Norway",
    "danish": "Denmark",
    "belgian": "Belgium",
    "austrian": "Austria",
    "swiss": "Switzerland",
    "portuguese": "Portugal",
    "irish": "Ireland",
    "venezuelan": "Venezuela",
    "colombian": "Colombia",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "chilean": "Chile",
    "peruvian": "Peru",
    "cuban": "Cuba",
    "vietnamese": "Vietnam",
    "thai": "Thailand",
    "indonesian": "Indonesia",
    "filipino": "Philippines",
    "malaysian": "Malaysia",
    "taiwanese": "Taiwan",
    "burmese": "Myanmar",
    "bangladeshi": "Bangladesh",
    "nepalese": "Nepal",
    "sri lankan": "Sri Lanka",
    "algerian": "Algeria",
    "moroccan": "Morocco",
    "tunisian": "Tunisia",
    "malian": "Mali",
    "congolese": "Congo",
    "rwandan": "Rwanda",
    "ugandan": "Uganda",
    "south african": "South Africa",
    "eritrean": "Eritrea",
    "sahrawi": "Western Sahara",
    "saharawi": "Western Sahara",
    # Central Asia, Africa, the Americas, Europe, Asia: the rest of the states in the news (not the ambiguous
    # "Guinean", "Dominican", "Macedonian", "Central African")
    "kyrgyz": "Kyrgyzstan",
    "tajik": "Tajikistan",
    "kazakh": "Kazakhstan",
    "uzbek": "Uzbekistan",
    "turkmen": "Turkmenistan",
    "burkinabe": "Burkina Faso",
    "nigerien": "Niger",
    "ivorian": "Ivory Coast",
    "nepali": "Nepal",
    "moldovan": "Moldova",
    "kosovar": "Kosovo",
    "bosnian": "Bosnia and Herzegovina",
    "south sudanese": "South Sudan",
    "djiboutian": "Djibouti",
    "chadian": "Chad",
    "mauritanian": "Mauritania",
    "senegalese": "Senegal",
    "cameroonian": "Cameroon",
    "haitian": "Haiti",
    "ecuadorian": "Ecuador",
    "salvadoran": "El Salvador",
    "honduran": "Honduras",
    "guatemalan": "Guatemala",
    "nicaraguan": "Nicaragua",
    "bolivian": "Bolivia",
    "paraguayan": "Paraguay",
    "uruguayan": "Uruguay",
    "ghanaian": "Ghana",
    "tanzanian": "Tanzania",
    "burundian": "Burundi",
    "mozambican": "Mozambique",
    "zimbabwean": "Zimbabwe",
    "zambian": "Zambia",
    "malawian": "Malawi",
    "angolan": "Angola",
    "namibian": "Namibia",
    "togolese": "Togo",
    "beninese": "Benin",
    "liberian": "Liberia",
    "sierra leonean": "Sierra Leone",
    "gambian": "Gambia",
    "gabonese": "Gabon",
    "mongolian": "Mongolia",
    "cambodian": "Cambodia",
    "laotian": "Laos",
    "singaporean": "Singapore",
    "lithuanian": "Lithuania",
    "latvian": "Latvia",
    "estonian": "Estonia",
    "slovak": "Slovakia",
    "czech": "Czech Republic",
    "slovenian": "Slovenia",
    "albanian": "Albania",
    "montenegrin": "Montenegro",
    "bulgarian": "Bulgaria",
    "maltese": "Malta",
    "jamaican": "Jamaica",
    "panamanian": "Panama",
    "costa rican": "Costa Rica",
    "maldivian": "Maldives",
    "bhutanese": "Bhutan",
}
# Peoples and faith communities with no country of their own to name them after ("Druze", "Fulani"): like a
# nationality word, a people's name, never a body or a place ("Yazidi elders" read as an organisation).
PEOPLES = frozenset(
    {"druze", "yazidi", "yezidi", "alawite", "alawi", "bedouin", "ismaili", "sunni", "shiite", "shia", "copt"}
    | {"fulani", "fula", "hausa", "yoruba", "igbo", "tuareg", "tutsi", "hutu", "masalit", "zaghawa", "maasai", "dogon"}
    | {"rohingya", "hazara", "pashtun", "baloch", "baluch", "uyghur", "uighur", "kurd", "roma", "berber"}
)
_US = frozenset({"us", "u.s.", "american", "america", "united"})
# Nationality word in a role phrase ("the Israeli leader") to the words a person's title may spell that
# country with ("Israeli Prime Minister", "Prime Minister of Israel"): unlike DEMONYMS, a set of title
# words, not a country's name.
TITLE_NATIONALITY_WORDS: dict[str, frozenset[str]] = {
    "american": _US,
    "us": _US,
    "u.s.": _US,
    "israeli": frozenset({"israel", "israeli"}),
    "egyptian": frozenset({"egypt", "egyptian"}),
    "british": frozenset({"uk", "britain", "british"}),
    "french": frozenset({"france", "french"}),
    "german": frozenset({"germany", "german"}),
    "russian": frozenset({"russia", "russian"}),
    "chinese": frozenset({"china", "chinese"}),
    "ukrainian": frozenset({"ukraine", "ukrainian"}),
    "palestinian": frozenset({"palestine", "palestinian"}),
    "iranian": frozenset({"iran", "iranian"}),
    "qatari": frozenset({"qatar", "qatari"}),
}

# --- calendar and numbers ------------------------------------------------------------------

# Nouns and adverbs of time: a date word is never a name ("yesterday said" is a parse error).
DATE_NOUNS = frozenset(
    {"date", "day", "days", "today", "tonight", "yesterday", "tomorrow", "week", "weeks", "weekend", "month"}
    | {"months", "year", "years", "morning", "afternoon", "evening", "night", "now", "then", "earlier", "later"}
    | {"recently"}
)
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# Month names and their abbreviations (without dot) to the month's number.
MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Cardinal numbers written as one word.
CARDINAL_WORDS: dict[str, float] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Ordinals that count repeated occurrences ("his ninth trip" is 9 visits).
ORDINAL_WORDS: dict[str, float] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
# Nouns that count or measure what follows their "of": "hundreds of prisoners", "18,000 tons of food".
QUANTITY_NOUNS = frozenset(
    {
        "hundred",
        "thousand",
        "million",
        "dozen",
        "score",
        "ton",
        "tonne",
        "number",
        "batch",
        "group",
        "couple",
        "pair",
        "load",
        "truckload",
        "shipment",
        "consignment",
        "kilogram",
        "litre",
        "liter",
        "gallon",
        "bag",
        "sack",
        "crate",
        "pallet",
        "carton",
        "barrel",
        "lot",
    }
)


# Last words of the names of armed groups, parties, ministries and other bodies, never a person's or a place's
# ("the Velo Liberation Front", "the Special Deterrence Force").
BODY_NAME_HEADS = frozenset(
    "front army force forces movement party brigade brigades group militia council union alliance coalition league"
    " ministry commando".split()
)
# Of those, the last words of an armed band's own name ("the Kora Liberation Front", "the Tana Defence Force"),
# not of a party, a ministry or a council that governs.
BAND_NAME_HEADS = (BODY_NAME_HEADS - {"party", "group", "council", "alliance", "coalition", "league", "ministry"}) | {
    "rebels"
}
