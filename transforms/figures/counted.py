"""What a number counts: its noun through the dependency tree, and the event that happened to it."""

from __future__ import annotations

from spacy.tokens import Token

from newsfacts.transforms.figures.numbers import (
    HANDING_VERBS,
    VAGUE_PLURALS,
    _before_place,
    _hyphen_tight,
    _Number,
    _of_object,
)
from newsfacts.transforms.language.discourse import WINDOWS, window_start
from newsfacts.transforms.language.gazetteer import armed_group
from newsfacts.transforms.language.lexicon import (
    FIRE_NOUNS,
    WEAPON_NOUNS,
    GROUP_NOUNS,
    NOMINAL_SUBJECT_DEPS,
    PARTITIVE_PRONOUNS,
    PEOPLE_NOUNS,
    SETTLEMENT_NOUNS,
    words,
)


CURRENCY_NOUNS = {
    "dollar",
    "euro",
    "pound",
    "shekel",
    "yen",
    "yuan",
    "rupee",
    "franc",
    "riyal",
    "dinar",
    "cent",
    "naira",
    "cedi",
    "rand",
    "shilling",
    "ruble",
    "rouble",
    "hryvnia",
    "lira",
    "peso",
    "dirham",
    "taka",
    "rial",
    "birr",
    "kwacha",
}
# Places of care: where the hurt are taken or kept ("in hospital"), never victims themselves.
CARE_PLACES = {"hospital", "clinic", "infirmary"}
# Places and means of an attack, and places of care: a number of them is never a toll, whatever verb is near
# ("Shelling on two villages killed eight people", "killed in two strikes", "took 130 patients to three hospitals").
NOT_VICTIM_NOUNS = (
    SETTLEMENT_NOUNS
    | CARE_PLACES
    | {
        "strike",
        "airstrike",
        "attack",
        "raid",
        "wave",
        "round",
        "missile",
        "rocket",
        "drone",
        "shell",
        "bomb",
        "house",
        "home",
        "building",
        "vehicle",
        "facility",
        "hamlet",  # settlements too small for the entity rules' list
        "locality",
        "commune",
        "prison",  # "riots at three prisons killed 75 inmates"
        "jail",
    }
)
# Materiel seized or recovered: never people freed, held or taken ("troops recovered three rifles and 475 bullets").
MATERIEL_NOUNS = frozenset(
    {"rifle", "gun", "pistol", "grenade", "bullet", "round", "cartridge", "ammunition", "uniform", "weapon"}
    | {"explosive", "magazine", "launcher", "mortar", "detonator", "vest", "motorcycle", "truck", "car"}
)
HOSTAGE_NOUNS = {"hostage", "captive", "abductee", "kidnappee"}
PRISONER_NOUNS = {"prisoner", "inmate", "detainee", "convict"}
# Participles that make the people they describe prisoners ("39 Palestinians imprisoned by Israel").
PRISONER_PARTICIPLES = {"imprison", "jail", "incarcerate", "detain", "convict", "sentence", "arrest"}
# Nouns that stand for a number of someone else's ("251 more", "20 others").
ANAPHORIC_NOUNS = {"more", "other", "others", "additional", "else"}
# Words that count a group without a number: "several others wounded, four of them critically"
VAGUE_GROUP_WORDS = {"several", "many", "numerous", "scores", "dozens", "hundreds"}
# Nouns whose "of" object is the counted thing ("the number of fatalities", "the death toll").
AGGREGATE_NOUNS = {"number", "total", "toll", "tally", "count", "figure", "sum"}
# Where a verb holds the aggregate a number sets; "conj" for a second one ("put the toll at 9 and the number ...")
AGGREGATE_SLOTS = {"dobj", "nsubj", "nsubjpass", "conj"}
# Prepositions that give a toll its new value ("raised the toll to 21").
TOLL_PREPOSITIONS = {"to"}
# Verbs that give their subject a measure ("the toll has topped 37,000", "deaths rose to 300").
MEASURE_VERBS = {
    "be",
    "top",
    "exceed",
    "surpass",
    "pass",
    "reach",
    "rise",
    "climb",
    "stand",
    "hit",
    "increase",
    "jump",
    "grow",
    "total",
    "number",
    "cross",
    "soar",
    "fall",
    "drop",
    "near",
}
LEMMA_FIXES = {"people": "person", "%": "percent", "per cent": "percent"}
# Units that measure distance, weight, area or volume: a bare count after one does not carry them on
# ("collided 300 km north of the capital, killing eight": eight people, not eight km).
MEASURE_UNITS = frozenset(
    {"km", "kilometre", "kilometer", "mile", "metre", "meter", "foot", "feet", "yard", "cm", "mm", "inch"}
    | {"kg", "kilogram", "gram", "tonne", "ton", "pound", "litre", "liter", "gallon", "barrel"}
    | {"hectare", "acre", "square", "degree"}
)
# Word forms the lemmatiser gets wrong, by their lower-case form ("corpses" is not "corps").
FORM_LEMMAS = {"corpses": "corpse", "remains": "remains"}
# Nouns whose form tells another event than the verb they share a lemma with: "the remains of six people" are
# dead, where "six people remain" are still there.
NOUN_FORM_CUES = {"remains": "kill"}
# Event cue lemmas (verbs, nouns and adjectives) → what happened to the counted thing.
EVENT_CUES: dict[str, str] = {
    **dict.fromkeys(
        (
            "kill",
            "die",
            "dead",
            "death",
            "fatality",
            "murder",
            "slay",
            "slain",  # "the two slain people": the tagger keeps the adjective's own lemma
            "massacre",
            "execute",
            "execution",  # "the execution of 14 miners"
            "perish",
            "casualty",
            "toll",
            "body",
            "corpse",
            "corpses",  # the lemmatiser reads "corpses" as "corps" (FORM_LEMMAS)
            "killing",
            "assassinate",
            "neutralise",
            "neutralize",
            "neutralisation",  # "led to the neutralisation of about 20 assailants"
            "neutralization",
            "life",
            "martyr",  # "Six officers were martyred in the ambush."
            "butcher",
            "slaughter",
            "behead",
            "decapitate",  # "decapitated eight farmers"
            "lynch",
            "drown",  # "two sailors have drowned"
            "deceased",  # "were confirmed among the deceased"
            "succumb",  # "two had succumbed to burns"
            "bury",  # "villagers buried 29 people": the buried are the dead
        ),
        "kill",
    ),
    **dict.fromkeys(
        ("injure", "wound", "hurt", "injury", "injured", "wounded", "maim", "hospitalise", "hospitalize"), "injure"
    ),
    # "the seven kidnapped engineers": the tagger keeps the adjective's own lemma
    **dict.fromkeys(("kidnap", "abduct", "abduction", "kidnapping", "kidnapped", "abducted"), "abduct"),
    # getting away from captors frees only hostages ("nine of the abducted farmers escaped")
    "escape": "escape",
    # taking is hostage-taking only when people are taken ("seized 20 tonnes" is not)
    **dict.fromkeys(("take", "seize", "capture", "snatch", "taken"), "take"),
    **dict.fromkeys(("hold", "held", "remain", "still", "captivity", "captive", "detain", "keep"), "hold"),
    # "the freeing of 20 students", "the handover of 19 abductees": the nouns of a release
    # a pardon or an amnesty frees those held ("pardoned 14 prisoners", "an amnesty for 900 inmates")
    **dict.fromkeys(
        ("release", "free", "liberate", "freed", "released", "freeing", "handover", "pardon", "pardoned", "amnesty"),
        "release",
    ),
    # a rescue frees hostages only where there are hostages; "6 crew were rescued" is not a release
    **dict.fromkeys(("rescue", "rescued", "recover", "recovered"), "rescue"),
    # coming home is a release only of prisoners or hostages ("the 22 who came home")
    **dict.fromkeys(("return", "swap", "exchange", "repatriate", "repatriation", "homecoming"), "return"),
}
# Pronouns of a partitive that point back to a group counted in the sentence before ("Of those, 40 were ...").
BACK_POINTING_PRONOUNS = {"them", "these", "those"}
# Prepositions whose object is a part of the group they hang on ("12 freed sailors, including three officers"),
# and so of the figure just before it.
INCLUSION_PREPS = {"including"}
# Fights whose "with X" or "against X" names the other side, whatever befell someone in them.
COMBAT_NOUNS = {"combat", "battle", "clash", "fight", "fighting", "firefight", "gunfight", "skirmish", "confrontation"}
OPPONENT_PREPS = {"with", "against"}
# A state of being held gives way to what the clause does to the captives ("Rebels released all 12
# remaining hostages held in the camp": released).
STATE_CUES = {"hold"}
# A verb with this particle is a release: "The militia handed over 15 captives."
HANDOVER_PARTICLES = dict.fromkeys(HANDING_VERBS, "over")
# Verbs that free those they give "freedom" to ("granted freedom to 553 prisoners").
GRANTING_VERBS = frozenset({"grant", "give", "restore"})
# Verbs that kill with their particle: "were gunned down", "mowed down 12 protesters"
KILLING_PARTICLES = {"gun": "down", "mow": "down"}
# The cues of a harm: what a participle hung on a bare number tells ("eight more wounded"), and the events whose
# total a breakdown takes ("The dead were five men, four women and two children.").
HARM_CUES = frozenset({"kill", "injure"})
BREAKDOWN_CUES = HARM_CUES
# Verbs that list the parts of a group: "The dead were five men", "The dead included three women".
BREAKDOWN_VERBS = {"be", "include", "comprise"}
# Verbs that place a part among a group as "be" does: "were confirmed among the dead", "was listed among the injured"
AMONG_VERBS = {"confirm", "report", "believe", "fear", "list", "count", "number", "identify", "name"}
# Group nouns that name casualties only as the group a breakdown is taken from ("Among the victims were
# four women and ten children": killed), not as the counted noun ("30 victims" may be wounded).
BREAKDOWN_GROUPS = {"victim": "kill"}
# Prepositions that open a clause with the group its subject is a part of ("Of the dead, two were police").
FRONTED_GROUP_PREPS = {"of"}
# Pronouns that stand for a group a participle names ("Those killed included four women").
GROUP_DEMONSTRATIVES = {"those", "these"}
# Verbs that report a state told by others; their complement says what happened ("were reported
# killed", "are feared dead", "is believed killed", "were confirmed dead").
HEARSAY_VERBS = {"report", "believe", "fear", "presume", "confirm", "think", "say", "know", "understand"}
# Verbs of a deed to come whose complement names it ("are set to be released", "are expected to be freed").
SCHEDULE_VERBS = {"set", "expect", "schedule", "slate", "due", "poise", "plan"}
# What a taking to one of these is: the people were injured ("12 were taken to hospital").
TREATMENT_NOUNS = CARE_PLACES | {"treatment"}
# Verbs of care that name the people injured when they go to a place of treatment or are given it for a harm
# ("treated for injuries", "admitted to hospital", "airlifted to a clinic").
CARE_VERBS = {"treat", "admit", "airlift", "evacuate", "rush", "transfer", "fly", "bring", "shift", "move"}
HARM_NOUNS = {"injury", "wound", "burn", "fracture", "trauma"}
# People a force loses in a fight, beside the captive nouns: the dead of "the loss of 23 soldiers".
LOST_PEOPLE_NOUNS = frozenset({"soldier", "troop"})
# Words that ask for a release rather than tell one ("called for", "urged ... to free", "a demand for").
DEMAND_WORDS = words("urge call demand appeal press ask plead seek push insist petition plea")
RELEASE_CUES = {"release", "return", "rescue"}
# Nouns that count the dead and the hurt together: taken to care, they are the hurt.
CASUALTY_NOUNS = {"casualty"}
# Verbs whose subject took a harm named by their object ("suffered injuries", "sustained burns").
HARM_TAKING_VERBS = {"suffer", "sustain", "receive", "incur"}
# Verbs whose object is the care the hurt get: "are receiving hospital treatment", "needed medical care"
TREATMENT_TAKING_VERBS = {"receive", "undergo", "need", "require", "get"}
CARE_OBJECTS = {"treatment", "care", "attention"}
MEDICAL_WORDS = {"hospital", "medical"}
# Verbs that leave or keep people "in hospital": they were injured ("left 14 people in hospital").
HOSPITAL_STAY_VERBS = {"leave", "remain", "stay", "be", "lie"}
# Words after a verb that make it a killing, whatever the verb: "shot dead", "beaten dead".
DEATH_RESULTS = {"dead"}
# Adverbs that make any harm a killing ("fatally shot", "fatally stabbed").
FATAL_ADVERBS = {"fatally"}
# How badly someone was hurt, said of a bare number ("eight wounded, three critically")
INJURY_ADVERBS = {"critically", "seriously", "gravely", "severely", "badly"}
# The object of "to" under a verb that makes it a killing, whatever the verb: "hacked to death".
DEATH_OBJECTS = {"death"}
# Verbs of a judgement whose "to death" is a sentence passed, no killing ("eleven men were sentenced to death").
JUDGEMENT_VERBS = {"sentence", "condemn"}
# Objects that make any verb a death of its subject: "Three soldiers embraced martyrdom".
MARTYRDOM_NOUNS = {"martyrdom", "shahadat", "shahadah"}
# "in critical condition": a verb or noun with "in" + one of these states (of CONDITION_NOUNS) names
# people injured ("The blast left three guards in critical condition").
INJURY_STATES = {"critical", "serious", "stable", "grave", "severe", "threatening"}  # "life-threatening"
CONDITION_NOUNS = {"condition", "state"}
# Care only the badly hurt get: "in intensive care" (the noun and its modifier), "in the ICU".
INTENSIVE_CARE = ("care", "intensive")
INTENSIVE_CARE_UNITS = {"icu"}
# Events a "for" phrase names as the purpose of a list or a plan ("prisoners slated for release"); not
# "arrested for killing", which names a charge.
PURPOSE_CUES = {"release", "return"}
# Casualty words written right after a count or its noun name what happened to it, however the parser
# attaches them: "acknowledging 11 dead", "the number of Tajik dead", "left 40 wounded".
CASUALTY_WORDS = {"dead", "wounded", "injured", "hurt"}
# States written right after a count that are no casualty and stop the search for one: "left 60 dead, 200 injured
# and 5,000 homeless": the 5,000 are neither dead nor hurt.
OTHER_STATE_WORDS = {"homeless", "displaced", "missing", "stranded", "unaccounted", "evacuated", "jobless"}


def _in_other_state(last: Token) -> bool:
    """Whether the words right after a counted noun say it is in a state that is no casualty ("nine people were
    missing", "two climbers remain unaccounted for")."""
    doc = last.doc
    after = doc[last.i + 1 : last.i + 3]
    return len(after) == 2 and after[0].lemma_.lower() in STATE_VERBS and after[1].lower_ in OTHER_STATE_WORDS


# Verbs joining a counted noun to the state it is in ("were missing", "remain unaccounted for").
STATE_VERBS = frozenset({"be", "remain"})
# Verbs whose subject came through alive: "six went overboard and three survived" counts no dead.
SURVIVAL_VERBS = {"survive"}
# "came home", "went back": a movement verb with one of these is a return.
RETURN_ADVERBS = {"home", "back"}
RETURN_VERBS = {"come", "go", "fly", "head", "bring", "send", "get", "arrive"}
# Event verbs that describe what was done TO the counted thing: their active subject is the doer.
TRANSITIVE_VERBS = words(
    "kill murder slay massacre execute assassinate injure wound hurt maim kidnap abduct take seize capture snatch "
    "hold keep detain release free rescue liberate swap exchange repatriate"
)
# Slots of a verb whose word says what happened to its subject ("were found dead", "are still held").
ARGUMENT_SLOTS = ("acomp", "oprd", "attr", "advmod")
# Clause links the search for an event word does not climb across.
CLAUSE_DEPS = {"conj", "ccomp", "advcl", "parataxis"}
# A verb with the number (or its noun) in one of these slots governs it: the search stops there.
ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative"}
# Who can be taken hostage: people, named groups of people (NORP), and also members of a force or a family
# ("three police officers", "members of one family"), who are no party to an event's handover.
CAPTIVE_NOUNS = PEOPLE_NOUNS | {
    "individual",
    "boy",
    "girl",
    "family",
    "member",
    "militant",
    "officer",
    "comrade",
    "schoolgirl",
    "schoolboy",
    "schoolchild",
    "teenager",
    "youth",
    "priest",
    "nun",
    "missionary",
    "trader",
    "herder",
    "fisherman",
    "traveller",
    "traveler",
    # people taken at work ("the rebels seized 11 UN staffers", "kidnapped six engineers")
    "staff",
    "staffer",
    "employee",
    "engineer",
    "contractor",
    "guard",
    "miner",
    "driver",
    "volunteer",
    "policeman",
}
# Words whose presence in the sentences before makes "still N people in Gaza" a hostage count.
HOSTAGE_CONTEXT = {
    "hostage",
    "kidnap",
    "abduct",
    "captive",
    "captivity",
    "abduction",
    "kidnapping",
    "hijack",  # "the rescue of 12 crew members" of a hijacked ship
    "pirate",  # "the rescue of 11 sailors" from pirates
    "kidnapper",
    "hijacker",
}
# Who holds people as hostages rather than in custody: armed groups and their members ("The rebels are
# holding 18 crew members", "pirates still hold 9 sailors"); police or a state hold people in custody.
CAPTOR_NOUNS = GROUP_NOUNS | {
    "pirate",
    "gunman",
    "kidnapper",
    "abductor",
    "captor",
    "separatist",
    "fighter",
    "terrorist",
    "bandit",
    "hijacker",
    "gang",
}
# Verbs of holding whose subject (or "by" agent) is the holder.
HOLD_VERBS = {"hold", "keep"}
# Events a participle under the counted noun names that give way to the deed of the verb that takes the noun
# ("Rebels released 5 hostages captured in May": released).
CAPTURE_CUES = {"take", "abduct"}
# Words that make a release or a return one of prisoners ("the prisoner exchange ... 22 came home").
PRISONER_CONTEXT = {"prisoner", "inmate", "detainee", "convict", "pow", "pows"} | {
    "pardon",  # "pardoned 46 soldiers": a pardon frees the sentenced, not hostages
    "sentence",
    "jail",
    "prison",
    "imprison",
}
# Exchanges and swaps are of prisoners ("each side released 150 people in the exchange"), but not an
# "exchange of fire": these count only when "of" does not follow.
EXCHANGE_NOUNS = {"exchange", "swap"}
# Nouns for people a tally is set at ("put the toll at 45 people"): counted as the tally counts them.
TALLIED_PEOPLE = frozenset({"people", "person"})
# What a swap trades its side for ("exchanged for 13 prisoners held by the army", "swapped with 20 detainees").
EXCHANGE_PREPS = {"for", "with"}
# Captive nouns that name prisoners where the context is a prisoner exchange ("the release of hundreds of
# captives" in a prisoner swap), else hostages.
AMBIGUOUS_CAPTIVE_NOUNS = {"captive"}


def _counted_noun(found: _Number) -> Token | None:
    """The noun a number counts, found through the dependency tree."""
    if found.unit_token is not None:
        return found.unit_token
    if found.attached_unit is not None:
        return found.attached_unit
    root = found.root
    if found.end - found.start == 1 and _before_place(root):
        return None  # "..., two in Kaduna district": the district is where, not what, the number counts
    obj = _of_object(root)
    if obj is not None:  # "hundreds of people", "three of the hostages"; "41 of whom" points back
        return _antecedent(root) if obj.lower_ in PARTITIVE_PRONOUNS or obj.pos_ == "PRON" else obj
    if (
        root.dep_ in ("nummod", "quantmod", "compound")
        and root.head.pos_ in ("NOUN", "PROPN", "ADJ")
        and root.head.i > root.i
    ):
        if root.head.lemma_.lower() in TALLIED_PEOPLE and root.head.dep_ == "pobj":
            return _aggregate_above(root.head) or root.head  # "put the toll at 45 people": the toll's dead
        return root.head
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head
    if root.dep_ in ("dobj", "attr", "pobj") or (root.dep_ == "conj" and root.head.dep_ in ("dobj", "attr")):
        return _measured_subject(root)
    return None


def _measured_subject(root: Token) -> Token | None:
    """For a number that is a verb's object, the subject the verb gives the measure to ("the toll has
    topped 37,000"), else an aggregate noun above the number."""
    verb = root.head
    while verb.dep_ in ("prep", "conj") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in MEASURE_VERBS:
        return _aggregate_above(root)
    holder = verb.head if verb.dep_ == "xcomp" else verb  # "the toll is believed to be 40": the toll's
    subjects = [c for c in holder.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")]
    return _aggregate_member(subjects[0]) if subjects else None


def _aggregate_above(root: Token) -> Token | None:
    """The X of "bringing the number of X freed ... to N" or "put the toll at N": the aggregate the number sets."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "at"):
        return None
    for node in root.head.ancestors:
        if node.pos_ in ("NOUN", "PROPN") and node.lemma_.lower() in AGGREGATE_NOUNS:
            return _aggregate_member(node)
        if node.pos_ in ("VERB", "AUX"):
            # "put the death toll at 45 and the number of injured at 80": the aggregate named last before
            # the number is the one it sets
            aggregates = [
                child
                for child in node.children
                if child.dep_ in AGGREGATE_SLOTS and child.i < root.i and _is_tally(child)
            ]
            if aggregates:
                return _aggregate_member(aggregates[-1])
            for child in node.children:
                if child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.lemma_.lower() in AGGREGATE_NOUNS:
                    return _aggregate_member(child)
            if node.dep_ in ("ROOT", "ccomp", "conj", "parataxis"):
                return None  # the aggregate must be in the number's own clause
    return None


def _is_tally(noun: Token) -> bool:
    """An aggregate ("the toll", "the number") or a plural noun of casualties ("the injuries") that a number is
    set to ("put the deaths at 30 and the injuries at 90")."""
    lemma = noun.lemma_.lower()
    return lemma in AGGREGATE_NOUNS or (noun.tag_ == "NNS" and EVENT_CUES.get(lemma) in BREAKDOWN_CUES)


def _antecedent(root: Token) -> Token | None:
    """The noun a partitive pronoun ("41 of whom") points back to."""
    counted = _counted_just_before(root)
    if counted is not None:
        return counted
    if root.dep_ == "appos":
        return root.head
    head = root.head
    while head.pos_ not in ("NOUN", "PROPN") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") else None


def _partitive_hung_elsewhere(found: _Number, noun: Token) -> bool:
    """Whether "N of them" points back to a group the parser did not hang it under: then what happened to that
    group is told by the group's own figure, not by the verbs above the partitive."""
    obj = _of_object(found.root)
    pronoun = obj is not None and (obj.lower_ in PARTITIVE_PRONOUNS or obj.pos_ == "PRON")
    return pronoun and noun.i < found.root.i and not noun.is_ancestor(found.root)


def _counted_just_before(root: Token) -> Token | None:
    """ "Five were killed and 12 others were injured, six of them seriously": a partitive set off by a comma
    points back to the nearest counted group before that comma (the 12 injured), wherever the parser hung it."""
    doc = root.doc
    start = root.left_edge.i
    if start == 0 or doc[start - 1].text != ",":
        return None
    for tok in reversed(doc[root.sent.start : start - 1]):
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and any(
            (c.dep_ == "nummod" and c.like_num) or (c.dep_ == "amod" and c.lower_ in VAGUE_GROUP_WORDS)
            for c in tok.children
        ):
            return tok  # "12 others were injured, six of them ...", "several others wounded, four of them ..."
    return None


def _aggregate_member(noun: Token) -> Token:
    """Look through "the number of X" and "the death toll" to the counted X."""
    if noun.lemma_.lower() not in AGGREGATE_NOUNS:
        return noun
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    for child in noun.children:
        if child.dep_ == "compound":
            return child
    return noun


def _unit_lemma(found: _Number, noun: Token | None) -> str | None:
    """The counted thing as a singular lemma."""
    if found.percent:
        return "percent"
    if found.currency:
        return found.currency
    bare = noun if noun is not None else found.root
    if bare.lower_ in VAGUE_PLURALS and _crowd_deed_subject(bare):
        return "person"  # "Thousands rallied in the capital": a crowd
    if noun is None or noun.like_num or noun.lower_ in VAGUE_PLURALS:
        return None  # "25 wounded, four of them seriously", "dozens, possibly hundreds": no noun of theirs
    if noun.lower_ in CASUALTY_WORDS:
        return "person"  # "nine dead and 30 wounded, five of them critically": the counted are people
    lemma = FORM_LEMMAS.get(noun.lower_, noun.lemma_.lower())
    if noun.pos_ == "PROPN" or noun.ent_type_ == "NORP":
        lemma = noun.text if not noun.text.endswith("s") else noun.text[:-1]
    joined = _hyphen_joined(noun)
    if joined is not None:  # "three co-founders": the tokenizer cut the noun at its hyphen
        lemma = f"{noun.lower_}-{joined.lemma_.lower()}"
    return LEMMA_FIXES.get(lemma, lemma)


def _crowd_deed_subject(word: Token) -> bool:
    """A bare "thousands", "hundreds" doing what only a crowd of people does ("Thousands rallied")."""
    return word.dep_ == "nsubj" and word.head.lemma_.lower() in CROWD_VERBS


# Verbs of what a crowd of people does, whose bare vague subject counts people.
CROWD_VERBS = frozenset({"rally", "protest", "march", "flee", "gather", "demonstrate", "chant", "riot", "mourn"})


def _hyphen_joined(noun: Token) -> Token | None:
    """The word a counted noun runs on into across a tight hyphen ("co-founders": "founders"), else None."""
    doc = noun.doc
    i = noun.i + 1
    if i + 1 >= len(doc) or not _hyphen_tight(doc, i) or doc[i + 1].pos_ not in {"NOUN", "PROPN"}:
        return None  # "year-long": the word after the hyphen is no noun
    return doc[i + 1]


def _antecedent_row(found: _Number, noun: Token | None, earlier: list[dict]) -> dict | None:
    """The figure of the same sentence that a partitive or elliptical number refers back to.

    "41 of whom" points to the figure of its antecedent noun; "15 more" or a bare "111 are
    still held" points to the figure just before it.
    """
    if not earlier:
        return None
    if noun is None or noun.lower_ in ANAPHORIC_NOUNS:
        return earlier[-1]
    if noun.i < found.root.i:
        for row in reversed(earlier):
            if row["_root"].head.i == noun.i or row["_root"].i == noun.i:
                return row
    return None


def _event_cue(found: _Number, noun: Token | None) -> str | None:
    """What happened to the counted thing; a state ("held", "captives") gives way to the deed done to it."""
    cue = _first_event_cue(found, noun)
    if cue is None or cue in STATE_CUES | CAPTURE_CUES:
        fronted = _fronted_group_cue(found, noun)
        if fronted is not None:
            return fronted  # "Of the injured, four were taken to the capital": injured, not taken
    deed = _deed_named_over(noun)
    if cue in STATE_CUES | CAPTURE_CUES and deed is not None and deed not in STATE_CUES | CAPTURE_CUES:
        return deed  # "the release of 32 captives", "the freeing of 20 kidnapped students": the deed done to them
    if cue in STATE_CUES and noun is not None and noun.dep_ in ("dobj", "nsubjpass"):
        return _word_cue(noun.head) or cue  # "released all 12 remaining hostages held in the camp"
    if cue in STATE_CUES and noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in EXCHANGE_PREPS:
        traded = _word_cue(noun.head.head)
        if traded in ("return", "release"):
            return traded  # "were exchanged (freed) for 13 prisoners held by the army": those went free too
    if cue in CAPTURE_CUES and noun is not None and noun.dep_ in ("dobj", "nsubjpass"):
        if EVENT_CUES.get(noun.lemma_.lower()) is None:  # the taking is a participle's, not the noun's own
            return _word_cue(noun.head) or cue  # "freed 12 villagers abducted last week": freed
    if cue in (None, "hold") and noun is not None and _held_hostage(noun):
        # "five workers held hostage since March were freed": the parser reads "held" as the verb
        return _fate_of_hostages(noun) or "hold"
    if cue in CAPTURE_CUES and noun is not None and _part_taken_from(found, noun):
        # "four of the seven kidnapped engineers were found dead": the part's own verb tells what befell it
        return _first_event_cue(found, None) or cue
    return cue


def _people_of_a_loss(noun: Token) -> bool:
    """ "the loss of 23 soldiers": people lost are dead (the loss of jobs or of money is no toll)."""
    person = noun.lemma_.lower() in CAPTIVE_NOUNS | LOST_PEOPLE_NOUNS
    return person and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() == "loss"


def _deed_named_over(noun: Token | None) -> str | None:
    """The event of a noun whose "of" object the counted noun is ("the release of 32 captives")."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.pos_ != "NOUN":
        return None
    over = noun.head.head
    if over.lemma_.lower() in AGGREGATE_NOUNS and over.dep_ in ("dobj", "nsubjpass") and over.head.pos_ == "VERB":
        return _word_cue(over.head)  # "brought home a total of 200 captives": the deed done to the total
    return _word_cue(over)


def _part_of_those_before(found: _Number) -> bool:
    """ "Of those, 40 were children", "Eleven of them died": the number is a part "of" a pronoun that opens
    its sentence's account, so "those" points back to the figure of the sentence before."""
    root = found.root
    verb = root.head if root.dep_ in NOMINAL_SUBJECT_DEPS else None
    objects = [_of_object(root)] + ([_of_object(verb)] if verb is not None else [])
    return any(
        obj is not None and obj.lower_ in BACK_POINTING_PRONOUNS and obj.i < root.i + 3 for obj in objects
    ) and not any(t.like_num for t in root.sent if t.i < found.start)


def _parts_of_the_toll_before(found: _Number, noun: Token | None) -> bool:
    """ "The toll included 20 children": the numbers a bare "the toll" or "the number" is said to include,
    with no number before them in the sentence, break down the count of the sentence before."""
    node = noun if noun is not None else found.root
    verb = node.head.head if node.dep_ == "conj" else node.head
    if verb.lemma_.lower() not in BREAKDOWN_VERBS - {"be"} or any(t.like_num for t in node.sent if t.i < found.start):
        return False
    return any(
        s.dep_ in NOMINAL_SUBJECT_DEPS
        and s.lemma_.lower() in AGGREGATE_NOUNS
        and not any(ch.dep_ == "prep" or ch.like_num for ch in s.children)
        for s in verb.children
    )


def _part_taken_from(found: _Number, noun: Token) -> bool:
    """Whether the number counts a part "of" a group whose taking a modifier tells ("two of the abducted
    girls"), not the group itself."""
    of = noun.head
    return (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.i == found.root.i
        and EVENT_CUES.get(noun.lemma_.lower()) is None
    )


def _kidnapped(noun: Token | None) -> bool:
    """Whether the counted people were taken captive, by a participle under their noun ("the abducted
    farmers", "12 villagers seized last week"): whoever is held, freed, killed or escapes of them is a hostage."""
    if noun is None:
        return False
    abducted = any(c.dep_ in ("acl", "amod") and _word_cue(c) == "abduct" for c in noun.children)
    return abducted or (noun.lemma_.lower() in CAPTIVE_NOUNS and _taken_before(noun))


def _taken_before(noun: Token | None) -> bool:
    """Whether a participle under the counted noun says the people were abducted or seized ("12 villagers
    abducted last week"): then whoever holds or frees them holds or frees hostages."""
    return noun is not None and any(c.dep_ in ("acl", "amod") and _word_cue(c) in CAPTURE_CUES for c in noun.children)


def _held_hostage(noun: Token | None) -> bool:
    """ "30 guards and a driver held hostage near X were freed": the words right after the counted people
    (and the people joined to them) say they were held or taken hostage, however the parser read the participle."""
    if noun is None:
        return False
    doc = noun.doc
    end = max([noun.i, *(c.i for c in noun.conjuncts if c.i > noun.i)]) + 1
    if end + 1 < len(doc) and doc[end].lemma_.lower() in HOLD_VERBS | {"take"}:
        return doc[end + 1].lemma_.lower() in HOSTAGE_NOUNS
    # "held 140 guests and 30 staff hostage": the role after the people, which the parser may make their verb
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    role = first.head
    return (
        role.i == end
        and role.lemma_.lower() in HOSTAGE_NOUNS
        and role.head.lemma_.lower() in HOLD_VERBS | {"take"}
        and role.head.i < first.i
    )


def _fate_of_hostages(noun: Token) -> str | None:
    """What a passive verb after "held hostage" says befell the people ("... were freed", "were killed")."""
    for token in noun.doc[noun.i + 1 : noun.sent.end]:
        if token.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in token.children):
            cue = _word_cue(token)
            if cue in HOSTAGE_FATE_CUES:
                return cue
    return None


# What may befall people taken captive, which makes them hostages when a participle says they were taken; but for
# the holding itself, what a passive verb after "held hostage" may tell ("were freed", "were found dead").
CAPTIVE_FATES = frozenset({"kill", "hold", "escape", "release", "rescue", "return"})
HOSTAGE_FATE_CUES = CAPTIVE_FATES - {"hold"}


def _held_by_captors(found: _Number, noun: Token | None) -> bool:
    """Whether the verb that holds the counted people has an armed group or its members as holder ("The
    rebels are holding 18 crew members", "were held by pirates"), not the police or a state."""
    node = noun if noun is not None else found.root
    verb = next((a for a in [node, *node.ancestors][:4] if a.lemma_.lower() in HOLD_VERBS and a.pos_ == "VERB"), None)
    if verb is None:
        return False
    governing = verb.head if verb.dep_ == "xcomp" else verb  # "continue to hold 9 sailors"
    holders = [c for c in governing.children if c.dep_ == "nsubj"] + _agents(verb)
    return any(_is_captor(h) for h in holders)


def _held_under_captors(noun: Token | None) -> bool:
    """Whether a participle under the counted noun tells that an armed group held them ("five guards held by
    the gang were rescued"): whoever rescues them frees hostages."""
    held = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in HOLD_VERBS] if noun is not None else []
    return any(_is_captor(h) for verb in held for h in _agents(verb))


def _agents(verb: Token) -> list[Token]:
    """The nouns of a passive verb's "by" phrase ("held by pirates": pirates)."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _is_captor(holder: Token) -> bool:
    """An armed group's noun ("the militia", "gunmen") or a known armed group's name."""
    if holder.lemma_.lower() in CAPTOR_NOUNS:
        return True
    doc = holder.doc
    name = next((e for e in doc.ents if e.start <= holder.i < e.end), None)
    return name is not None and armed_group(name.text) is not None


def _first_event_cue(found: _Number, noun: Token | None) -> str | None:
    """The first event word: the noun's own, its clause's, then on the way up the tree."""
    if noun is not None and _partitive_hung_elsewhere(found, noun):
        if any(c.dep_ == "nummod" for c in noun.children):
            return None  # "12 others were injured, six of them seriously": the six take the 12's toll, not "killed"
        return _group_deed(noun)  # "several others wounded, four of them critically": no toll to take, the deed
    if noun is not None:
        own = _noun_cue(noun)
        if own == "kill" and _casualties_cared_for(noun):
            return "injure"  # "scores of casualties went to clinics": the living are cared for
        if own == "injure" and _died_later(found):
            return "kill"  # "two of the wounded later succumbed": the wounded who died are dead
        if own:
            return own
        shared = _participle_after_joined_counts(noun)
        if shared:
            return shared
    subject = noun if noun is not None else found.root
    if subject.dep_ in NOMINAL_SUBJECT_DEPS and subject.head.lemma_.lower() in SURVIVAL_VERBS:
        return None  # "two survived": no toll
    after_word = found.root.doc[found.end] if found.end < len(found.root.doc) else None
    if after_word is not None and after_word.lower_ in OTHER_STATE_WORDS and (noun is None or noun.i == after_word.i):
        return None  # "and 5,000 homeless": no toll
    if _in_other_state(noun if noun is not None and noun.i >= found.end else found.root):
        return None  # "four were hurt and nine people were missing": however the parser hung the nine
    if noun is not None and _people_of_a_loss(noun):
        return "kill"  # "the loss of 23 soldiers": the dead, as armies tell them
    if noun is None:
        told = next((c for c in found.root.children if c.dep_ in ("amod", "acl") and c.tag_ == "VBN"), None)
        harm = _word_cue(told) if told is not None else None
        if harm in HARM_CUES:
            return harm  # "three were killed and eight more wounded": the participle the parser hung on the eight
    before_word = found.root.doc[found.start - 1] if found.start > found.root.sent.start else None
    if noun is None and before_word is not None and _harms_its_object(before_word):
        return _word_cue(before_word)  # "killed 40 and 150 were hurt", whatever the parser hung the 40 on
    if noun is None and after_word is not None and after_word.lower_ in INJURY_ADVERBS:
        return "injure"  # "with eight wounded, three critically": how badly the living were hurt
    after = _casualty_after(found, noun)
    if after:
        return after
    own_clause = _relative_clause_cue(found.root)
    if own_clause is None and noun is not None:
        own_clause = _relative_clause_cue(noun, skip_partitives=True)  # "12 women it said would be freed"
    if own_clause is None and noun is not None:
        included = _included_before_a_clause(noun)  # "The 31 fighters, including nine teenagers, who died"
        own_clause = _relative_clause_cue(included) if included is not None else None
    if own_clause is None and noun is not None:
        verb = _verb_hung_on_a_subject(noun)  # "Four inmates and the two wardens were killed", misparsed
        own_clause = _word_cue(verb) if verb is not None else None
    if own_clause:
        return own_clause
    cue = _cue_above(found, noun)
    if cue is None and noun is not None and noun.lower_ in ANAPHORIC_NOUNS:
        cue = _group_before(found)  # "one of the dead was a fighter and the two others were civilians"
    return cue


def _participle_after_joined_counts(noun: Token) -> str | None:
    """ "the 14 children and six adults killed in the strike": a harm participle after the joined nouns, on
    whichever of them the parser hung it, tells what befell them all."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    joined = [first, *first.conjuncts]
    if len(joined) < 2:
        return None
    last = max(t.i for t in joined)
    # after the last of them, whichever of them the parser hung it on
    told = [c for t in joined for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > last]
    harm = _word_cue(told[0]) if told else None
    return harm if harm in HARM_CUES else None


def _included_before_a_clause(noun: Token) -> Token | None:
    """The part "including" names in an aside, where a relative clause set off by a comma follows it ("The 31
    fighters, including nine teenagers, who died ..."): the clause tells of the whole group, wherever the parser
    hung it."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in INCLUSION_PREPS):
        for part in (c for c in prep.children if c.dep_ == "pobj"):
            clause = next((c for c in part.children if c.dep_ == "relcl"), None)
            if clause is not None and clause.left_edge.i > 0 and noun.doc[clause.left_edge.i - 1].text == ",":
                return part
    return None


def _verb_hung_on_a_subject(noun: Token) -> Token | None:
    """A verb the parser hung on the first of two subjects joined by "and" ("Four inmates and the two wardens
    were killed"): the verb whose own subject follows the "and" is the first subject's too."""
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in noun.children):
        return None
    for verb in (c for c in noun.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if any(s.dep_ in NOMINAL_SUBJECT_DEPS and noun.i < s.i < verb.i for s in verb.children):
            return verb
    return None


def _died_later(found: _Number) -> bool:
    """Whether the counted people are the subject of a verb of dying ("two of the wounded later died")."""
    root = found.root
    return root.dep_ in NOMINAL_SUBJECT_DEPS and root.head.lemma_.lower() in DYING_LEMMAS


# Verbs of dying whose subject, however it was hurt before, is dead.
DYING_LEMMAS = frozenset({"die", "succumb", "perish"})


def _harms_its_object(verb: Token) -> bool:
    """An active verb of killing or wounding ("killed", "wounding"), whose object a bare number right after it is."""
    return (
        verb.pos_ == "VERB"
        and verb.tag_ in ("VBD", "VBG", "VBZ", "VBP")
        and verb.lemma_.lower() in TRANSITIVE_VERBS
        and _word_cue(verb) in BREAKDOWN_CUES
    )


def _group_deed(noun: Token) -> str | None:
    """What befell a group with no number of its own: its own word, or the verb it is the subject or object of."""
    own = _noun_cue(noun)
    if own is None and noun.dep_ in ARGUMENT_DEPS and noun.head.pos_ == "VERB":
        own = _word_cue(noun.head)
    return own


def _noun_cue(noun: Token) -> str | None:
    """The event the counted noun names itself ("deaths", "killed people") or a modifier of it gives."""
    own = (NOUN_FORM_CUES.get(noun.lower_) if noun.pos_ == "NOUN" else None) or EVENT_CUES.get(noun.lemma_.lower())
    if own in ("kill", "injure") or (own and noun.pos_ != "NOUN"):
        return own
    if noun.lemma_.lower() in CAPTIVE_NOUNS and _object_of(noun, "with") in HARM_NOUNS:
        return "injure"  # "four people with knife wounds"
    cues = [
        _word_cue(child) or _purpose_cue(child)
        for child in noun.children
        if child.dep_ in ("amod", "acl", "relcl")
        # "four hostages, two of whom were wounded": that clause is the partitive's
        and not any(t.like_num for t in child.subtree)
    ]
    # a deed beats a state: "the remaining 28 dead hostages" are dead
    return next((c for c in cues if c and c not in STATE_CUES), None) or next((c for c in cues if c), None)


def _casualty_after(found: _Number, noun: Token | None) -> str | None:
    """The event of a casualty word right after the number or its noun ("11 dead", "Tajik dead"), or after the
    nouns coordinated with it ("11 inmates and a warden dead")."""
    doc = found.root.doc
    ends = [found.end] + ([noun.i + 1] + [c.right_edge.i + 1 for c in noun.conjuncts] if noun is not None else [])
    words = [doc[end] for end in ends if end < len(doc)] + (list(noun.conjuncts) if noun is not None else [])
    # "left 13 prisoners and a guard dead": the parser hangs the casualty word on the last conjunct
    words += [c for conj in (noun.conjuncts if noun is not None else ()) for c in conj.children if c.i > conj.i]
    if (
        noun is None
        and found.end + 1 < len(doc)
        and doc[found.end].lemma_ == "be"
        and doc[found.end + 1].tag_ in ("VBN", "JJ")
    ):
        words.append(doc[found.end + 1])  # "100 have died and 300 are wounded": a bare number, then "be" and the harm
    for word in words:  # "left 11 inmates and a warden dead": after the last of the coordinated nouns
        if word.lower_ in CASUALTY_WORDS and not any(c.dep_ == "dobj" for c in word.children):
            return EVENT_CUES.get(word.lower_) or EVENT_CUES.get(word.lemma_.lower())
    return None


def _group_before(found: _Number) -> str | None:
    """The casualty group named earlier in the sentence by "one of the dead", for "the others" after it."""
    for token in found.root.doc[found.root.sent.start : found.start]:
        if token.dep_ == "pobj" and token.head.lower_ == "of" and _word_cue(token) in BREAKDOWN_CUES:
            return _word_cue(token)
    return None


def _purpose_cue(token: Token) -> str | None:
    """The release a "for" phrase under a word names: "prisoners slated for release", "prepared a list of
    prisoners for release"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            for obj in child.children:
                if obj.dep_ == "pobj" and _word_cue(obj) in PURPOSE_CUES:
                    return _word_cue(obj)
    return None


def _cue_above(found: _Number, noun: Token | None) -> str | None:
    """The first event word on the way up from the number, stopping at the verb that governs it."""
    node = found.root
    came_from = node
    guarded = _partitive_guard(noun, found.root) if noun is not None and noun.i != found.root.i else None
    while node.head.i != node.i:
        came_from, node = node, node.head
        if guarded is not None and node.i == guarded and came_from.i == (noun.i if noun is not None else -1):
            continue
        if _opponent_in_a_fight(node):
            return None  # "perished in a combat with hundreds of extremists": the other side, not the dead
        cue = _cue_of(node, came_from)
        if cue:
            return cue
        if node.lower_ in INCLUSION_PREPS and came_from.dep_ == "pobj" and node.head.pos_ == "NOUN":
            cue = _noun_cue(node.head)  # "the 15 freed sailors, including three officers": freed, as the group
            if cue:
                return cue
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "prep" and came_from.dep_ in ARGUMENT_DEPS:
            return None  # the verb that takes the number says what happened to it ("displaced 12 million")
        if node.pos_ == "VERB" and came_from.i == found.root.i and came_from.dep_ == "npadvmod":
            return None  # "killed 500, displaced 20,000": the parser's adverb reading of the displaced count
        if (
            node.pos_ in ("VERB", "AUX")
            and node.dep_ in CLAUSE_DEPS
            and any(c.dep_ in NOMINAL_SUBJECT_DEPS or c.dep_ == "expl" for c in node.children)
        ):
            return None  # a clause with its own subject: what its neighbours did is not ours
    return None


def _opponent_in_a_fight(node: Token) -> bool:
    """Whether a preposition names the other side of a fight ("a battle with 200 fighters")."""
    return node.lower_ in OPPONENT_PREPS and node.head.lemma_.lower() in COMBAT_NOUNS


def _relative_clause_cue(root: Token, skip_partitives: bool = False) -> str | None:
    """The event of a number's (or its noun's) own relative clause ("30 of whom officials say are dead",
    "12 women it said would be freed"); for a noun, a clause with a number of its own is a partitive's."""
    for child in root.children:
        if child.dep_ not in ("relcl", "acl"):
            continue
        if skip_partitives and any(t.like_num for t in child.subtree):
            continue
        for token in sorted(_own_clause(child), key=lambda t: len(list(t.ancestors))):
            if token.pos_ in ("VERB", "AUX", "ADJ"):
                if token.pos_ == "VERB":
                    cue = _word_cue(token)  # "of the 30 brought to hospital", "the 25 taken to hospital"
                else:
                    cue = EVENT_CUES.get(token.lemma_.lower()) or EVENT_CUES.get(token.lower_)
                if cue:
                    return cue
    return None


def _own_clause(clause: Token) -> list[Token]:
    """The words of a relative clause without the clauses that hang on its nouns: in "31 people charged over a
    protest in which a soldier was killed" the killing is the protest's, not the 31's."""
    nested = [t for t in clause.subtree if t.i != clause.i and t.dep_ in ("relcl", "acl") and t.head.pos_ == "NOUN"]
    left_out = {w.i for t in nested for w in t.subtree}
    return [t for t in clause.subtree if t.i not in left_out]


def _partitive_guard(noun: Token, number: Token) -> int | None:
    """Head to skip for a noun followed by "N of whom ...": the mis-attached predicate is the partitive's."""
    for child in noun.children:
        if child.i <= noun.i or number in child.subtree:
            continue
        subtree = list(child.subtree)  # "two of whom": a partitive has a number; "who were travelling" has none
        if any(t.tag_ in ("WP", "WDT") for t in subtree) and any(t.like_num for t in subtree) and noun.head.i > child.i:
            return noun.head.i
    return None


def _cue_of(node: Token, came_from: Token) -> str | None:
    """The event cue a head word gives to the phrase below it, if any."""
    cue = _word_cue(node)
    if node.pos_ not in ("VERB", "AUX"):
        return cue
    if node.lemma_.lower() in TRANSITIVE_VERBS and came_from.dep_ == "nsubj" and not _elliptical_passive(node):
        cue = None  # the doer of the deed, not its object
    return (
        cue
        or _complement_cue(node, came_from)
        or _be_cue(node, came_from)
        or _purpose_cue(node)
        or _toll_raised_to(node, came_from)
    )


def _toll_raised_to(verb: Token, came_from: Token) -> str | None:
    """ "raises the death toll to 21 people", "the toll has risen to 60 people": a number a toll is taken to
    counts what the toll counts."""
    if came_from.dep_ != "prep" or came_from.lower_ not in TOLL_PREPOSITIONS:
        return None
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubj", "nsubjpass"} and child.lemma_.lower() in AGGREGATE_NOUNS:
            cue = _word_cue(child) or next(
                (_word_cue(g) for g in child.subtree if g.i != child.i and _word_cue(g)), None
            )
            if cue is not None:
                return cue
    return None


def _complement_cue(verb: Token, came_from: Token) -> str | None:
    """The event a verb's complement names ("were found dead", "are still held")."""
    lemma = verb.lemma_.lower()
    deps = ("acomp", "oprd", "attr", "advmod", "xcomp") if lemma in HEARSAY_VERBS | SCHEDULE_VERBS else ARGUMENT_SLOTS
    for child in verb.children:
        if child.dep_ in deps and child.i != came_from.i:
            cue = EVENT_CUES.get(child.lemma_.lower()) or EVENT_CUES.get(child.lower_)
            if cue is None and child.dep_ == "acomp" and child.lemma_.lower() in SCHEDULE_VERBS:
                cue = _complement_cue(child, came_from)  # "are due to be freed": the deed to come
            if cue:
                return cue
    return None


def _be_cue(verb: Token, came_from: Token) -> str | None:
    """For "be": the group a part is among ("Among the dead were 12 children"), or the total a breakdown
    names ("The dead were five men", "The dead included three women"); a verb of AMONG_VERBS places its
    subject among a group as "be" does ("Three guards were confirmed among the dead")."""
    if verb.lemma_.lower() in AMONG_VERBS and came_from.dep_ in NOMINAL_SUBJECT_DEPS:
        return _among_cue(verb)
    if verb.lemma_.lower() not in BREAKDOWN_VERBS:
        return None
    cue = _among_cue(verb) if came_from.dep_ in NOMINAL_SUBJECT_DEPS | {"attr"} else None
    if cue is None and came_from.dep_ in ("attr", "dobj"):
        cue = _group_subject_cue(verb)
    return cue


def _elliptical_passive(verb: Token) -> bool:
    """A bare participle with no object: "Seven were killed and four wounded", the headline "Four killed",
    "left nine dead and dozens injured" (where the tagger reads a past tense)."""
    # "were killed and many others hurt": the tagger reads a participle that shares its form as a present
    participle = verb.tag_ in ("VBN", "VBD") or (
        verb.dep_ == "conj" and verb.tag_ in ("VBP", "VB") and any(c.dep_ == "auxpass" for c in verb.head.children)
    )
    return participle and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)


def _described_as_prisoners(noun: Token) -> bool:
    """Whether a participle makes the counted people prisoners ("39 Palestinians imprisoned by Israel")."""
    return any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in PRISONER_PARTICIPLES for c in noun.children)


def _group_subject_cue(verb: Token) -> str | None:
    """ "The dead were five men, four women and two children": a breakdown takes the event of its total; in
    "the dead, who include 9 children" the group is the noun the relative clause hangs on."""
    if verb.dep_ == "relcl" and any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.tag_ == "WP" for c in verb.children):
        group = verb.head
        cue = _word_cue(group) or BREAKDOWN_GROUPS.get(group.lemma_.lower())
        if cue in BREAKDOWN_CUES:
            return cue
    for child in verb.children:
        if child.dep_ in NOMINAL_SUBJECT_DEPS and (
            child.pos_ in ("ADJ", "NOUN") or (child.tag_ == "VBN" and any(d.lower_ == "the" for d in child.children))
        ):  # "The wounded included three guards": the tagger reads "wounded" as a participle
            cue = _word_cue(child) or BREAKDOWN_GROUPS.get(child.lemma_.lower())
        elif child.dep_ in NOMINAL_SUBJECT_DEPS and child.lower_ in GROUP_DEMONSTRATIVES:
            # "Those killed included four women": the participle under the pronoun names the total
            cue = next((_word_cue(c) for c in child.children if c.dep_ in ("acl", "amod", "relcl")), None)
        else:
            continue
        if cue in BREAKDOWN_CUES:
            return cue
    return None


def _receives_people(verb: Token) -> bool:
    """A verb whose object is people, counted ("received 40 soldiers"; "ten prisoners were transferred to X" in
    the passive), not a thing ("received treatment")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") or passive and c.dep_ == "nsubjpass"]
    return any(o.like_num or any(c.dep_ == "nummod" and c.like_num for c in o.children) for o in objects) and not any(
        o.lemma_.lower() in NOT_RECEIVED_PEOPLE for o in objects
    )


def _people_given_back(verb: Token) -> bool:
    """Counted people a side received ("received 40 soldiers", not "receiving treatment") or handed or transferred
    to another state or body ("handed 55 prisoners to Velo")."""
    lemma = verb.lemma_.lower()
    giving = lemma in GIVING_VERBS and _given_to_a_party(verb)
    return (lemma in RECEIVING_VERBS or giving) and _receives_people(verb)


def _given_to_a_party(verb: Token) -> bool:
    """A verb whose "to" names a state or body ("to Velo", "to the Red Cross"), not a place or a state of things."""
    return any(
        o.ent_type_ in ("GPE", "ORG", "NORP")
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj"
    )


# Verbs of a side giving counted people to another, a release in a deal or swap.
GIVING_VERBS = frozenset({"hand", "transfer", "deliver"})
# Verbs of a side receiving people back, and counted things received that are no people.
RECEIVING_VERBS = frozenset({"receive"})
NOT_RECEIVED_PEOPLE = frozenset({"application", "call", "vote", "dollar", "tonne", "ton", "complaint", "report"})


def _hit_by_fire(token: Token) -> bool:
    """ "were hit by gunfire", "struck by shrapnel": people a shot or a shard struck in the passive (things hit
    by rockets are left to the counted noun: a house is no person)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in HIT_VERBS:
        return False
    agents = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    patient = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    person = patient is not None and (patient.lemma_.lower() in PEOPLE_NOUNS or patient.tag_ == "CD")
    return person and any(a.lemma_.lower() in WEAPON_NOUNS | FIRE_NOUNS for a in agents)


# Verbs of a shot or a shard striking someone ("hit by gunfire", "struck by shrapnel").
HIT_VERBS = frozenset({"hit", "strike"})


def _word_cue(token: Token) -> str | None:
    """The event a single word names; "came home" and "flew back" name a return."""
    cue = NOUN_FORM_CUES.get(token.lower_) if token.pos_ == "NOUN" else None
    cue = cue or EVENT_CUES.get(token.lemma_.lower()) or EVENT_CUES.get(token.lower_)
    if cue is None and _handed_over(token):
        cue = "release"  # "handed over 15 captives"
    if cue is None and token.pos_ == "VERB" and token.lemma_.lower() in GRANTING_VERBS:
        if any(c.dep_ == "dobj" and c.lower_ == "freedom" for c in token.children):
            cue = "release"  # "granted freedom to 553 prisoners"
    if cue is None and _people_given_back(token):
        cue = "return"  # "received 40 soldiers in the swap", "handed 55 prisoners to Velo": captives given back
    if cue is None and _with_particle(token, KILLING_PARTICLES):
        cue = "kill"  # "seven men were gunned down"
    if token.pos_ == "VERB" and (
        _next_word(token) in DEATH_RESULTS
        or (_object_of(token, "to") in DEATH_OBJECTS and token.lemma_.lower() not in JUDGEMENT_VERBS)
        or any(c.dep_ == "dobj" and c.lemma_.lower() in MARTYRDOM_NOUNS for c in token.children)
    ):
        cue = "kill"  # "shot dead dozens of villagers", "hacked to death five villagers"
    if token.pos_ == "VERB" and (
        any(c.dep_ == "advmod" and c.lower_ in FATAL_ADVERBS for c in token.children)
        or (
            token.lemma_.lower() == "lose"
            and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in token.children)
        )
    ):
        cue = "kill"  # "fatally shot nine villagers", "52 people had lost their lives"
    if cue is None and _lost_people(token):
        cue = "kill"  # "two soldiers were lost": people lost are dead
    if cue in (None, "hold") and _in_injured_state(token):
        cue = "injure"  # "left three guards in critical condition", "two remain in intensive care"
    if cue is None and token.pos_ == "VERB" and token.lemma_.lower() in HARM_TAKING_VERBS and _harm_object(token):
        cue = "injure"  # "three soldiers suffered injuries", "six guards received gunshot wounds"
    if cue is None and token.pos_ == "VERB" and token.lemma_.lower() in TREATMENT_TAKING_VERBS and _care_object(token):
        cue = "injure"  # "52 people are receiving hospital treatment", "nine needed medical care"
    if cue in (None, "hold") and token.lemma_.lower() in HOSPITAL_STAY_VERBS and _in_hospital(token):
        cue = "injure"  # "left 14 people in hospital", "18 remain in hospital"
    if cue == "take" and _taken_for_treatment(token):
        cue = "injure"  # "12 were taken to hospital"
    if cue is None and _hit_by_fire(token):
        cue = "injure"  # "two people were hit by gunfire": wounded, unless a death is told

    if cue is None and token.lemma_.lower() in CARE_VERBS and (_taken_for_treatment(token) or _treated_for_harm(token)):
        cue = "injure"  # "30 were treated for injuries", "nine were admitted to hospital"
    if (
        cue is None
        and token.pos_ == "VERB"
        and token.lemma_.lower() in RETURN_VERBS
        and any(c.dep_ in ("advmod", "prt") and c.lower_ in RETURN_ADVERBS for c in token.children)
    ):
        cue = "return"
    if cue is None and token.pos_ == "VERB":
        cue = _joined_harm(token)
    if cue == "kill" and token.lemma_.lower() == "bury" and any(c.lower_ in TRAPPED_PREPS for c in token.children):
        cue = None  # "30 were buried under the rubble": trapped, not told dead
    if cue == "take" and any(c.dep_ == "prt" and c.lower_ in TAKEN_OUT_PARTICLES for c in token.children):
        cue = "rescue"  # "six were taken out from beneath a collapsed block": brought out, no one taken captive
    return cue


# Particles of a taking that brings people out of somewhere ("taken out from beneath the ruins"), no capture.
TAKEN_OUT_PARTICLES = frozenset({"out"})
# Prepositions of being buried under something, trapped rather than laid to rest ("buried under the rubble").
TRAPPED_PREPS = frozenset({"under", "beneath", "underneath"})


def _joined_harm(verb: Token) -> str | None:
    """ "were shot and killed", "were reported shot dead": a verb that names no deed of its own takes the harm of
    the verb joined to it with no subject of its own, or of the participle a passive report verb holds."""
    # "sank two ships and killed four sailors": a joined verb with an object of its own harms that object
    joined = [
        c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _has_subject(c) and not _has_object(c)
    ]
    if any(c.dep_ == "auxpass" for c in verb.children) and verb.lemma_.lower() in REPORTED_STATE_VERBS:
        joined += [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBN"]
    cues = [_word_cue(c) for c in joined]
    return next((c for c in cues if c in JOINED_HARM_CUES), None)


def _has_object(verb: Token) -> bool:
    """Whether a verb has a direct object of its own."""
    return any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# Harms a verb joined to one naming no deed passes on to it ("shot and killed", "were reported shot dead").
JOINED_HARM_CUES = frozenset({"kill", "injure"})
# Passive verbs of reporting a state that hold the participle telling it ("were reported shot dead").
REPORTED_STATE_VERBS = frozenset({"report", "say", "believe", "fear", "confirm", "find"})


def _care_object(verb: Token) -> bool:
    """Whether a verb's object is treatment, or medical or hospital care or attention."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in CARE_OBJECTS
        and (c.lemma_.lower() == "treatment" or any(m.lower_ in MEDICAL_WORDS for m in c.children))
        for c in verb.children
    )


def _release_demanded(found: _Number) -> bool:
    """Whether the release of the counted people is only asked for ("urged the rebels to free the nine captives",
    "called for the release of 40 detainees", "demanded the return of eight sailors"): nobody was freed yet."""
    chain = list(found.root.ancestors)
    for k, node in enumerate(chain):
        # the release is a word above the number, or the clause of its noun ("called for two sailors held
        # there to be released", where the parser hangs "released" under "sailors")
        own = node.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("relcl", "acl") and _word_cue(c) in RELEASE_CUES for c in node.children
        )
        if own or _word_cue(node) in RELEASE_CUES:
            return any(a.lemma_.lower() in DEMAND_WORDS for a in chain[k + 1 : k + 4])
    return False


def _casualties_cared_for(noun: Token) -> bool:
    """Whether casualties (dead or hurt) are taken to care or given it ("were rushed to the clinic", "were
    evacuated"), so they are the injured."""
    if noun.lemma_.lower() not in CASUALTY_NOUNS:
        return False
    node = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "dozens of casualties"
    verb = node.head
    if node.dep_ not in ("nsubjpass", "dobj", "nsubj") or verb.pos_ != "VERB":
        return False
    return verb.lemma_.lower() in CARE_VERBS or (verb.lemma_.lower() == "take" and _taken_for_treatment(verb))


def _in_hospital(verb: Token) -> bool:
    """Whether a verb, or the people it leaves, is "in hospital" ("remain in hospital", "left 14 people in
    hospital")."""
    kept = [c for c in verb.children if c.dep_ == "dobj"]
    return any(_object_of(t, "in") in TREATMENT_NOUNS for t in [verb, *kept])


def _harm_object(verb: Token) -> bool:
    """Whether a verb's object is a harm ("suffered serious injuries")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in HARM_NOUNS for c in verb.children)


def _lost_people(token: Token) -> bool:
    """ "Two soldiers were lost", "India lost around 80 soldiers": people lost are dead."""
    if token.lemma_.lower() != "lose":
        return False
    lost = "nsubjpass" if any(c.dep_ == "auxpass" for c in token.children) else "dobj"
    return any(c.dep_ == lost and c.lemma_.lower() in CAPTIVE_NOUNS for c in token.children)


def _object_of(token: Token, preposition: str) -> str | None:
    """The lemma of the object of a preposition under a word ("death" for "hacked to death"), if any."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj.lemma_.lower()
    return None


def _in_injured_state(token: Token) -> bool:
    """ "left three guards in critical condition", "two were in serious condition", "in intensive care"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.lemma_.lower() in CONDITION_NOUNS:
                    return any(a.dep_ == "amod" and a.lower_ in INJURY_STATES for a in obj.children)
                if obj.lower_ in INTENSIVE_CARE_UNITS:
                    return True
                noun, modifier = INTENSIVE_CARE
                if obj.lemma_.lower() == noun:
                    return any(a.lower_ == modifier for a in obj.children)
    return False


def _next_word(token: Token) -> str | None:
    """The next word in lower case, if any."""
    return token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else None


def _taken_for_treatment(verb: Token) -> bool:
    """ "taken to hospital", "taken for treatment": a taking of the wounded, not of hostages."""
    return any(
        child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in TREATMENT_NOUNS for g in child.children)
        for child in verb.children
    )


def _treated_for_harm(verb: Token) -> bool:
    """ "treated for injuries", "treated for gunshot wounds", "treating 14 people for burns" (the parser may hang
    the "for" on the people treated): care given for a harm."""
    cared = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    # "with gunshot wounds" as well
    return any(_object_of(w, "for") in HARM_NOUNS or _object_of(w, "with") in HARM_NOUNS for w in cared)


def _handed_over(token: Token) -> bool:
    """Whether a verb takes the particle that makes it a handover ("handed over", "turned over")."""
    return _with_particle(token, HANDOVER_PARTICLES)


def _with_particle(token: Token, particles: dict[str, str]) -> bool:
    """Whether a verb of `particles` is followed by its particle ("handed over", "gunned down")."""
    particle = particles.get(token.lemma_.lower())
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        particle is not None
        and after is not None
        and after.lower_ == particle
        and (after.dep_ == "prt" or after.tag_ == "RP")
    )


def _among_cue(verb: Token) -> str | None:
    """ "Among the dead were 12 children": the part takes the event of the group it is among."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "among":
            continue
        for group in prep.children:
            if group.dep_ != "pobj":
                continue
            cue = _named_group_cue(group)
            if cue:
                return cue
            after = verb.doc[group.i + 1] if group.i + 1 < len(verb.doc) else None
            if after is not None and after.tag_ == "VBN" and after.head.i == verb.i:
                return _word_cue(after)  # "were among seven people wounded": the parser hung "wounded" on "were"
    return None


def _named_group_cue(group: Token) -> str | None:
    """The event a group is named by: its own word ("the dead", "the victims") or its participle ("those killed")."""
    cue = _word_cue(group) or BREAKDOWN_GROUPS.get(group.lemma_.lower())
    if cue:
        return cue
    participles = (_word_cue(c) for c in group.children if c.dep_ in ("amod", "acl", "relcl"))
    return next((cue for cue in participles if cue), None)


def _fronted_group_cue(found: _Number, noun: Token | None) -> str | None:
    """ "Of the dead, two were police officers", "Of those killed, 14 were women": a clause opened by "of" and a
    group with no number of its own counts a part of that group; the part takes the group's harm."""
    node = noun if noun is not None else found.root
    while node.dep_ == "conj":
        node = node.head  # "two police officers and three protesters": the first conjunct is the subject
    if node.dep_ not in NOMINAL_SUBJECT_DEPS:
        return None
    verb = node.head
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in FRONTED_GROUP_PREPS or prep.i > node.i:
            continue
        for group in prep.children:
            if group.dep_ == "pobj" and not any(c.like_num for c in group.subtree):
                cue = _named_group_cue(group)
                if cue in BREAKDOWN_CUES:
                    return cue
    return None


def _captive_context(found: _Number) -> str:
    """ "prisoner" or "hostage" for the kind of captive mentioned last up to the number, else "other"."""
    doc = found.root.doc
    before = reversed(doc[_context_start(found) : found.start])
    after = doc[found.end : found.root.sent.end]
    for token in [*before, *after]:
        lemma = token.lemma_.lower()
        if lemma in AMBIGUOUS_CAPTIVE_NOUNS:
            continue  # "captives" tells neither kind: the words around it do
        if lemma in PRISONER_CONTEXT or token.lower_ in PRISONER_CONTEXT:
            return "prisoner"
        if lemma in EXCHANGE_NOUNS and token.pos_ == "NOUN" and _next_word(token) != "of":
            return "prisoner"
        if lemma in HOSTAGE_CONTEXT:
            return "hostage"
    return "other"


def _context_start(found: _Number) -> int:
    """The first token of the sentences a number's context reaches back to."""
    return window_start(found.root, WINDOWS["figure_context"])


def _hostage_context(found: _Number) -> bool:
    """Whether the sentence or the ones just before it are about hostages."""
    doc = found.root.doc
    return any(t.lemma_.lower() in HOSTAGE_CONTEXT for t in doc[_context_start(found) : found.root.sent.end])
