"""Where and when: the anchors an event's place is looked for at (LOCATION_ANCHORS) and the rules that pick
the DATE expression that dates it (DATE_RULES).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from newsfacts.transforms.dates import EARLIEST, NIGHT_BEFORE, this_day_part

from newsfacts.transforms.events.modality import _clause_chain, _said_to_happen, _scheduled_by
from newsfacts.transforms.events.syntax import (
    DAY_WORDS,
    _recipients,
    _agent,
    _own_subject,
    _told_of_clause,
    _label,
    _counted,
    _death_verb,
    _noun_lemma,
    first_decided,
    _name_after_in,
    known_place_name,
    RuleTable,
    _place_modifier,
    _place_objects,
    _place_span,
    _scene_named,
    _session_of,
    _told_going_on,
    _prep_objects,
    UNDECIDED,
    _weapon_doer,
)
from newsfacts.transforms.events.table import ATTACK_NOUNS, NOUN_TRIGGERS
from newsfacts.transforms.events.triggers import trigger_type
from newsfacts.transforms.events.words import (
    ATTACK_PREPS,
    AIM_TAKING_VERBS,
    ATTEMPT_TRIGGERS,
    BACK_SITE_NOUNS,
    FALLEN_PLACE_VERBS,
    HARMING_THINGS,
    PLAN_VERBS,
    HELD_SITE_NOUNS,
    HOLDING_VERBS,
    GATHERING_VERBS,
    PERIOD_SIDE_WORDS,
    MELEE_NOUNS,
    DEATH_VERBS,
    DEPARTURE_VERBS,
    DEFINITE_DETERMINERS,
    DISTANCE_UNITS,
    COMPASS_WORDS,
    DESTINATION_TYPES,
    EDGE_NOUNS,
    LOCATION_PREPS,
    NOT_SITE_NOUNS,
    OCCURRENCE_VERBS,
    PARTY_NOUNS,
    PLACE_NOUNS,
    PLACE_PART_NOUNS,
    TAKEN_FROM_TYPES,
    LENGTH_BOUNDS,
    SEPARATE_TIME_MARKS,
    SESSION_TYPES,
    SITE_NOUNS,
    NON_POINT_PREPS,
    TIME_UNITS,
    SMALL_TIME_UNITS,
    VAGUE_QUANTIFIERS,
    SAME_TIME_PREPS,
    TIME_MARKS,
)
from newsfacts.transforms.language.discourse import entity_of
from newsfacts.transforms.language.gazetteer import armed_group, organisation
from newsfacts.transforms.language.gazetteer import place as known_place
from newsfacts.transforms.language.lexicon import DEMONYMS, PLACE_LABELS, REPORT_VERBS, WEEKDAYS
from newsfacts.transforms.spans import CACHE_PREFIX, fold, span_ents

# Labels of the expressions of time an event may be dated by.
TIME_LABELS = ("DATE", "TIME")
# The Doc's user_data key of the event-dating DATE expressions, by sentence start.
DATES_KEY = CACHE_PREFIX + "event_dates"


# Where to look for an event's place, nearest first: (token, whether its direct object can be the place).
LOCATION_ANCHORS = RuleTable()


@LOCATION_ANCHORS.rule("Blinken visited Cairo.", type="visit", location="Cairo")
def _anchor_own(t: Token, e: str) -> Any:
    return [(t, e in DESTINATION_TYPES)]


@LOCATION_ANCHORS.rule("The envoy met the rebel commander in Vessaro on Thursday.", type="meet", location="Vessaro")
def _anchor_met_person(t: Token, e: str) -> Any:
    """ "met the rebel commander in Vessaro", "met with envoy Kain at the town hall in Velden": a place the parser
    hung on whom someone met is where they met."""
    if e != "meet" or t.pos_ != "VERB":
        return []
    met = [c for c in t.children if c.dep_ == "dobj"] + _prep_objects(t, "with")
    # "his counterpart in X" is X's counterpart; "his counterparts from A and B in X" met in X
    # ("his Turkish counterpart in Sochi": a counterpart whose state is named already met there)
    own_state = [
        o for o in met if o.lemma_.lower() == "counterpart" and not _prep_objects(o, "from") and not _state_named_on(o)
    ]
    return [(o, False) for o in met if o not in own_state]


def _state_named_on(noun: Token) -> bool:
    """Whether a nationality or a state's name is written on a noun ("his Turkish counterpart", "Kenya's
    counterpart")."""
    return any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and (fold(c.text) in DEMONYMS or c.ent_type_ in ("GPE", "NORP"))
        for c in noun.children
    )


@LOCATION_ANCHORS.rule("A blast killed 12 people and wounded 30 in Kora.", type="attack", location="Kora")
def _anchor_toll_conjunct(t: Token, e: str) -> Any:
    """ "killed 12 people and wounded 30 in Kora": a toll told in two verbs of harm took place where the last
    one says."""
    return [(c, False) for c in _toll_conjuncts(t)]


def _toll_conjuncts(verb: Token) -> list[Token]:
    """The verbs of harm joined to one ("killed 12 people and wounded 30"), which tell the same toll; for an
    attack, the killing joined to it with no subject of its own ("attacked a council office and massacred 12 clerks
    in Kessa": one happening, where and when the toll says)."""
    if verb.pos_ != "VERB":
        return []
    if verb.lemma_.lower() in DEATH_VERBS:
        return [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in DEATH_VERBS]
    if trigger_type(verb) != "attack" or verb.lemma_.lower() in GOING_OFF_VERBS:
        return []  # "a bomb exploded and killed three": the killing tells the attack itself
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not _own_subject(c)
        and (c.lemma_.lower() in DEATH_VERBS or trigger_type(c) == "kill")
    ]


@LOCATION_ANCHORS.rule(
    "Gunmen ambushed and killed nine soldiers in the province of Kora on Sunday.",
    type="attack",
    location="Kora",
)
def _anchor_shared_object(t: Token, e: str) -> Any:
    """ "ambushed and killed 14 officers in Kora", "stormed and looted the town of Kessa": a verb with no object or
    adjunct of its own shares those of the verb joined right after it, which tell where both were done."""
    return [(c, e in DESTINATION_TYPES) for c in _sharing_conjuncts(t)]


def _sharing_conjuncts(verb: Token) -> list[Token]:
    """The verb joined right after one that has no words of its own ("ambushed and killed X in Kora"): the parser
    hangs the object and adjuncts both verbs share on the last."""
    if (
        verb.pos_ != "VERB"
        or verb.lemma_.lower() in GOING_OFF_VERBS
        or any(c.dep_ in SHARED_DEPS for c in verb.children)
    ):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and c.i == verb.i + 2
        and verb.doc[verb.i + 1].dep_ == "cc"
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        and any(o.dep_ in ("dobj", "obj") for o in c.children)
    ]


# Verbs of a weapon going off, which take no object ("a bomb exploded and killed three people": the killing's
# words are not the blast's, and the blast is the killing's attack).
GOING_OFF_VERBS = frozenset({"explode", "blow", "go", "detonate"})
# Dependencies of a verb's own object and adjuncts: a verb with any of them does not share its joined verb's.
SHARED_DEPS = frozenset({"dobj", "obj", "prep", "npadvmod", "advcl", "dative", "prt"})


@LOCATION_ANCHORS.rule("Israel denied the assassination of Haniyeh in Tehran.", type="assassinate", location="Tehran")
def _anchor_of_object(t: Token, e: str) -> Any:
    return [(o, False) for o in _prep_objects(t, "of")] if t.pos_ == "NOUN" else []


@LOCATION_ANCHORS.rule("Hamas launched an attack on Israeli troops in Gaza.", type="attack", location="Gaza")
def _anchor_light_verb(t: Token, e: str) -> Any:
    return [(t.head, False)] if t.pos_ == "NOUN" and t.dep_ == "dobj" else []


@LOCATION_ANCHORS.rule("In Israel, Blinken is expected to meet Netanyahu.", type="meet", location="Israel")
def _anchor_raising_verb(t: Token, e: str) -> Any:
    return [(t.head, False)] if t.dep_ == "xcomp" else []


@LOCATION_ANCHORS.rule("The rebels attempted to storm the army base in Kessa.", type="attack", location="Kessa")
def _anchor_attempted_deed(t: Token, e: str) -> Any:
    """ "attempted to storm the base in Kessa": an attempt is made where the deed attempted was aimed."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in ATTEMPT_TRIGGERS:
        return []
    return [(c, True) for c in t.children if c.dep_ == "xcomp"]


@LOCATION_ANCHORS.rule(
    "Fierce fighting between Sudan's army and the RSF raged in Khartoum.", type="attack", location="Khartoum"
)
@LOCATION_ANCHORS.rule(
    "Chad and the FACT rebels began talks in Doha. The next round of talks is due to take place in Lome.",
    type="negotiate",
    location="Lome",
)
def _anchor_subject_of_verb(t: Token, e: str) -> Any:
    """ "fighting raged in X", "the first round of talks was held in X", "the next round is due to take place in
    X": the verb an event noun (or the session it is a round of) is the subject of, or the verb that verb's
    plan or expectation goes on to, says where it took place."""
    noun = _session_of(t) if t.pos_ == "NOUN" else t
    as_noun = t.pos_ == "NOUN" or t.tag_ == "VBG"  # "Fighting between X and Y broke out in Z": a gerund as a noun
    if not as_noun or noun.dep_ not in ("nsubj", "nsubjpass") or trigger_type(noun.head) is not None:
        return []
    verb = noun.head
    planned = [a for a in verb.children if a.dep_ == "acomp" and a.lemma_.lower() in PLAN_VERBS]
    goes_on = [x for w in (verb, *planned) for x in w.children if x.dep_ == "xcomp" and trigger_type(x) is None]
    return [(verb, False), *((x, False) for x in goes_on)]


@LOCATION_ANCHORS.rule(
    "Chad and the FACT rebels began talks in Doha. The first round of talks, held in Lome in May, ended.",
    type="negotiate",
    location="Lome",
)
def _anchor_session_held(t: Token, e: str) -> Any:
    """ "the first round of talks, held in Lome in May, ended": where a participle says a session was held."""
    noun = _session_of(t) if t.pos_ == "NOUN" else None
    held = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in HOLDING_VERBS] if noun else []
    return [(c, False) for c in held]


@LOCATION_ANCHORS.rule("An airstrike on Tuesday destroyed a bridge in Kessa.", type="attack", location="Kessa")
def _anchor_damage_verb(t: Token, e: str) -> Any:
    """ "an airstrike destroyed a bridge in Kessa": the damage an attack noun did is where it struck."""
    damage = t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.lemma_.lower() in DAMAGE_VERBS
    return [(t.head, True)] if damage else []


@LOCATION_ANCHORS.rule(
    "Envoys of Chad and Niger gathered in Lome for a new round of talks.", type="negotiate", location="Lome"
)
def _anchor_gathering(t: Token, e: str) -> Any:
    """ "gathered in Lome for talks": the talks are held where their parties came together."""
    noun = _session_of(t) if t.pos_ == "NOUN" else t
    prep = noun.head
    gathered = noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in GATHERING_VERBS
    return [(prep.head, False)] if gathered else []


@LOCATION_ANCHORS.rule(
    "Four gunmen stormed a bar in Velko and opened fire on the guests.", type="attack", location="Velko"
)
def _anchor_entered_before(t: Token, e: str) -> Any:
    """ "stormed a bar in Velko and opened fire": a deed joined to the entering of a place is done where they
    entered."""
    entered = t.dep_ == "conj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in ENTRY_VERBS
    return [(t.head, True)] if entered else []


@LOCATION_ANCHORS.rule("Two guards were killed in Polva when gunmen stormed a bank.", type="attack", location="Polva")
@LOCATION_ANCHORS.rule(
    "The incident happened at night in Tamra district when gunmen attacked a checkpoint.",
    type="attack",
    location="Tamra",
)
def _anchor_toll_told_first(t: Token, e: str) -> Any:
    """ "two were killed in Polva when gunmen stormed a bank", "the incident happened in Tamra when gunmen attacked
    a post": a deed told in a clause of the time of a toll, or of a happening told first, happened where that
    was."""
    timed = t.dep_ == "advcl" and any(c.lower_ in TOLL_CLAUSE_MARKS for c in t.children if c.dep_ in ("mark", "advmod"))
    return [(t.head, False)] if timed and (t.head.lemma_.lower() in DEATH_VERBS or _happening_told(t.head)) else []


def _happening_told(verb: Token) -> bool:
    """ "the incident happened", "the blast took place", "it occurred": a verb that only says something happened."""
    lemma = verb.lemma_.lower()
    return lemma in OCCURRENCE_VERBS and (lemma != "take" or any(c.lower_ == "place" for c in verb.children))


@LOCATION_ANCHORS.rule(
    "Two gunmen shot dead a judge as he walked out of his house in the town of Orvo.", type="kill", location="Orvo"
)
def _anchor_victim_circumstance(t: Token, e: str) -> Any:
    """ "shot dead a judge as he walked out of his house in Orvo", "seized the driver while he waited at a checkpoint
    near Kessa": where the one harmed was, told in a clause of the time with a pronoun of its own and no deed
    of its own, is where it happened."""
    if t.pos_ != "VERB" or e not in VICTIM_PLACE_TYPES:
        return []
    return [
        (c, True)
        for c in t.children
        if c.dep_ == "advcl"
        and trigger_type(c) is None
        and any(m.dep_ == "mark" and m.lower_ in CIRCUMSTANCE_MARKS for m in c.children)
        and any(s.dep_ == "nsubj" and s.lower_ in CIRCUMSTANCE_SUBJECTS for s in c.children)
    ]


@LOCATION_ANCHORS.rule("Israeli strikes killed two medics in Tyre.", type="attack", location="Tyre")
def _anchor_death_verb(t: Token, e: str) -> Any:
    return [(_death_verb(t), False)] if _death_verb(t) is not None else []


@LOCATION_ANCHORS.rule(
    "Israel launched an airstrike that killed a commander in Beirut.", type="attack", location="Beirut"
)
@LOCATION_ANCHORS.rule(
    "Nine villagers were killed in two air strikes that hit a funeral in Tamra.", type="attack", location="Tamra"
)
def _anchor_relative_clause(t: Token, e: str) -> Any:
    """ "an airstrike that killed a commander in Beirut", "air strikes that hit a funeral in Tamra": where a clause
    about an attack noun says it killed, or where what it hit lies."""
    if t.pos_ != "NOUN":
        return []
    return [(c, c.lemma_.lower() in HITTING_VERBS | DAMAGE_VERBS) for c in t.children if c.dep_ == "relcl"]


# Verbs of what an attack struck, whose object is where it hit ("strikes that hit a funeral in Tamra").
HITTING_VERBS = frozenset({"hit", "strike", "target", "slam", "pound"})


@LOCATION_ANCHORS.rule(
    "The rebels launched drone strikes targeting a funeral in Dorra on Monday.", type="attack", location="Dorra"
)
def _anchor_participle_of_noun(t: Token, e: str) -> Any:
    """ "drone strikes targeting a funeral in Dorra", "a raid hitting Kessa": a participle that tells what the
    event noun struck names its place, as its object or where that object lies."""
    if t.pos_ != "NOUN":
        return []
    return [(c, True) for c in t.children if _participle(c)]


@LOCATION_ANCHORS.rule(
    "The militia launched an offensive to capture Kadugli last week.", type="attack", location="Kadugli"
)
@LOCATION_ANCHORS.rule("Troops carried out an assault aimed at capturing Rilo.", type="attack", location="Rilo")
def _anchor_aimed_taking(t: Token, e: str) -> Any:
    """ "launched an offensive to capture Kessa", "an assault aimed at capturing Rilo": an attack made to
    take a place was made on it (not a taking: only its aim, see `modality`)."""
    if e != "attack":
        return []
    heads = [t, t.head] if t.pos_ == "NOUN" and t.dep_ == "dobj" else [t]
    clauses = [c for h in heads for c in h.children if c.dep_ in ("advcl", "acl", "xcomp")]
    aimed = [
        p for c in clauses if c.lemma_.lower() == "aim" for p in c.children if p.dep_ == "prep" and p.lower_ == "at"
    ]
    clauses += [g for p in aimed for g in p.children if g.dep_ == "pcomp"]
    return [(c, True) for c in clauses if c.lemma_.lower() in AIM_TAKING_VERBS and c.tag_ in ("VB", "VBG")]


@LOCATION_ANCHORS.rule("The envoys of Tarsa and Kora met for talks in Vienna.", type="meet", location="Vienna")
def _anchor_session_adjunct(t: Token, e: str) -> Any:
    """ "met for talks in Vienna", "gathered for a round of talks in Doha": the session a meeting verb is
    told as being for is the same meeting, held where that session is."""
    if t.pos_ not in ("VERB", "AUX") or e not in SESSION_TYPES:
        return []
    return [(o, False) for o in _prep_objects(t, "for") if trigger_type(_session_of(o)) is not None]


@LOCATION_ANCHORS.rule(
    "Upon his arrival in Vardo, Oru held a meeting with the governor.", type="meet", location="Vardo"
)
def _anchor_arrival_adjunct(t: Token, e: str) -> Any:
    """ "Upon his arrival in Vardo, X held a meeting with Y": a session held on arriving is held where one arrived
    (the verb of a session told as a noun holds the adjunct; a verb's own adjuncts are read with its clause)."""
    if e not in SESSION_TYPES or t.pos_ != "NOUN" or t.dep_ != "dobj":
        return []
    verb = t.head
    return [
        (o, False)
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ARRIVAL_PREPS
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in ARRIVAL_NOUNS
    ]


# How a session is told as held on arriving ("upon his arrival in X", "on arrival at X").
ARRIVAL_PREPS = frozenset({"upon", "on", "after"})
ARRIVAL_NOUNS = frozenset({"arrival"})


@LOCATION_ANCHORS.rule(
    "Dassu will travel to Vienna on Monday to meet with Lena Ostrova.", type="meet", location="Vienna"
)
def _anchor_trip_purpose(t: Token, e: str) -> Any:
    """ "will travel to Vienna to meet X": a meeting told as the purpose of a trip is held where the trip goes."""
    purpose = t.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)
    if e not in SESSION_TYPES or not purpose or t.head.i == t.i or trigger_type(t.head) != "visit":
        return []
    return [(t.head, True)]


@LOCATION_ANCHORS.rule(
    "Envoy Lena Holm will travel to Vardo on Tuesday for talks with the army chief.", type="meet", location="Vardo"
)
def _anchor_trip_session(t: Token, e: str) -> Any:
    """ "will travel to Vardo for talks with X", "is due in Muscat next week to meet X": a meeting a trip is
    made for is held where the trip goes."""
    trip = _trip_for(t) if e in SESSION_TYPES else None
    return [(trip, True)] if trip is not None else []


def _trip_for(t: Token) -> Token | None:
    """The verb of travel (or "due in X") a meeting is the purpose of: its "for" noun, its "to" infinitive."""
    if t.pos_ == "NOUN":
        noun = _session_of(t)
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ == "for" and trigger_type(prep.head) == "visit":
            return prep.head
        return None
    purpose = t.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)
    if purpose and t.head.lemma_.lower() == "be":
        # "is due in Muscat next week to meet X": where one is due is where one meets
        return next((c for c in t.head.children if c.dep_ == "acomp" and c.lemma_.lower() in DUE_WORDS), None)
    return None


# Words by which someone is expected somewhere ("is due in Muscat").
DUE_WORDS = frozenset({"due", "expected"})


@LOCATION_ANCHORS.rule(
    "Gunmen attacked camps near Duk on Monday, killing 11 herders and abducting six children.",
    type="abduct",
    location="Duk",
)
def _anchor_continued_deed(t: Token, e: str) -> Any:
    """ "attacked camps near Duk, killing 11 herders and abducting six children": a deed told in a participle
    with no subject of its own continues the one before it, where that one was."""
    first = t
    while first.dep_ == "conj" and first.head.tag_ == "VBG":
        first = first.head  # "killing ... and abducting": the participle the joined one goes with
    continued = first.dep_ == "advcl" and first.tag_ == "VBG" and not _own_subject(first)
    if continued and first.head.pos_ == "VERB":
        return [(first.head, True)]
    # "Blinken, speaking in Israel and meeting with families of hostages": a participle joined to one of no
    # event of its own is where that one says
    joined = t.dep_ == "conj" and t.tag_ == "VBG" and t.head.tag_ == "VBG" and trigger_type(t.head) is None
    return [(t.head, False)] if joined else []


@LOCATION_ANCHORS.rule("Ten people were killed in the fighting for Goma.", type="kill", location="Goma")
def _anchor_fighting_in(t: Token, e: str) -> Any:
    return [
        (o, False)
        for p in ("in", "during")
        for o in _prep_objects(t, p)
        if o.pos_ == "NOUN" and o.lemma_.lower() in ATTACK_NOUNS | MELEE_NOUNS
    ]


@LOCATION_ANCHORS.rule(
    "Gunmen attacked a checkpoint using heavy machine guns in the province of Dalor.", type="attack", location="Dalor"
)
def _anchor_means_clause(t: Token, e: str) -> Any:
    """ "attacked a checkpoint using grenades in X": the place of the participle telling how is the attack's."""
    return [
        (c, False)
        for c in t.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
    ]


@LOCATION_ANCHORS.rule("A car bomb at a checkpoint outside Kabul killed six soldiers.", type="attack", location="Kabul")
def _anchor_weapon(t: Token, e: str) -> Any:
    """ "a car bomb at a checkpoint outside X killed": where the weapon was is where it struck."""
    weapon = _weapon_doer(t)
    if weapon is None:
        return []
    return [(weapon, False)] + [(o, False) for p in LOCATION_PREPS for o in _prep_objects(weapon, p)]


@LOCATION_ANCHORS.rule("The M23's Goma offensive has killed 900 people since May.", type="kill", location="Goma")
def _anchor_deed_subject(t: Token, e: str) -> Any:
    """ "the Goma offensive has killed 900": a toll whose subject is the attack that took it was taken where that
    attack was."""
    if t.pos_ != "VERB":
        return []
    deeds = [s for s in t.children if s.dep_ == "nsubj" and s.pos_ == "NOUN" and trigger_type(s) == "attack"]
    return [(s, False) for s in deeds if not _by_a_country(s)]


def _by_a_country(deed: Token) -> bool:
    """ "the Israel strike killed five": a country written before an attack is who struck, not where."""
    named = _place_modifier(deed)
    known = known_place(named.text) if named is not None else None
    return known is not None and known.kind == "country"


def _location(token: Token, etype: str) -> Span | None:
    """A named place the event happened in or went to: "in Cairo", "to Tel Aviv", "invade Rafah"."""
    scene = _scene_named(token)
    if scene is not None and _place_span(scene, destination=True) is not None:
        return _place_span(scene, destination=True)  # "Dornak Pass, the site of a clash"
    if token.dep_ == "relcl" and any(c.lower_ == "where" for c in token.children):
        place = _place_span(token.head, destination=True)  # "arrived in Goma, where he met X": in Goma
        trip = _trip_for(token.head) if place is None and token.head.pos_ == "NOUN" else None
        if trip is not None:  # "will travel to Addis Ababa for a summit, where he will meet X"
            place = _anchor_place(token, etype, trip, True)
        if place is not None:
            return place
    for rule in LOCATION_ANCHORS:
        for anchor, with_object in rule.find(token, etype):
            place = _anchor_place(token, etype, anchor, with_object)
            if place is not None:
                return place
    if etype not in SENT_FROM_TYPES:
        place = _doer_place(token)
        if place is not None:
            return place
    return _antecedent_place(token, etype) if points_back_to_place(token, etype) else None


def finer_place(token: Token, etype: str, place: Span) -> Span:
    """ "a drone hit Ukraine, leaving two dead in a district of Kharkiv": where in a country an event
    happened, when its sentence names one town or region in it (or one the gazetteer does not know, "the camp
    of Zamzam") after a preposition of place; two such places, or none, leave the country. A visit keeps the
    country it went to ("met X in Mombasa during a visit to Kenya")."""
    country = known_place(place.text)
    if etype == "visit" or country is None or country.kind != "country":
        return place
    finer: dict[str, Span] = {}
    for ent in span_ents(token.sent):
        if ent.label_ not in ("GPE", "LOC") or ent.start == place.start or _in_other_subject(ent.root, token):
            continue
        known = known_place(ent.text)
        inside = known is None or known.kind != "country" and known.lies_in(country)
        root = ent[-1] if ent.root.dep_ == "det" else ent.root  # "the Tomba Ridge" hung on "area": its last word
        if inside and _after_place_preposition(root):
            finer.setdefault(ent.text.lower(), ent)
    return next(iter(finer.values())) if len(finer) == 1 else place


def _after_place_preposition(name: Token) -> bool:
    """ "in Tel Aviv", "near the town of Kessa", "in Zamzam camp": a name said as where something was."""
    word = name
    while word.dep_ in ("compound", "appos", "pobj", "conj") or word.dep_ == "prep" and word.lower_ == "of":
        if word.dep_ == "pobj" and word.head.lower_ in CLAUSE_PLACE_PREPS:
            return True
        if word.head.i == word.i:
            break
        word = word.head
    return False


def _in_other_subject(name: Token, token: Token) -> bool:
    """A name within the subject of another verb than the event's ("officials in Kessa said")."""
    for word in (name, *name.ancestors):
        if word.dep_ in ("nsubj", "nsubjpass") and word.head.i != token.i and token not in word.subtree:
            return True
    return False


def clause_place(token: Token, etype: str) -> Span | None:
    """ "met a delegation of elders in Kavala", "kidnapped engineers working at a mine near Tessit": a named place
    the parser hung deeper in the event's own words (on whom or what it touched) is where it happened; the doer's
    words and the clauses of other happenings are not searched. Looked for only for an event kept for its own
    parties (see `_event_row`): a place this far from the trigger does not make a happening with no doer."""
    nouns = _clause_place_nouns(token)
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.pos_ == "VERB":
        # "carried out air raids on rebels in the Tomba hills area": the deed's words hang on its light verb
        nouns += [n for n in _clause_place_nouns(token.head) if n not in nouns]
    for noun in nouns:
        for candidate in (noun, *_apposed_names(noun)):
            # "on a visit to Norland": where one went is a place, whatever label the tagger guessed
            place = _place_span(candidate, destination=candidate is not noun or noun.head.lower_ == "to")
            if place is not None:
                return place
    return None


def place_of_described_noun(token: Token, etype: str) -> Span | None:
    """ "the U.N.-brokered truce in Yemen", "the 12 aid workers who had been held in Kessa" freed: a deed told as a word
    on a noun takes the place that noun's own words give; a release, the place its captives were held in."""
    if token.dep_ in ("amod", "acl") and token.head.pos_ == "NOUN":
        place = clause_place(token.head, etype)
        if place is not None:
            return place
    if etype != "release":
        return None
    freed = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    freed += [
        o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    for noun in freed:
        for clause in noun.children:
            if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in HOLDING_PLACE_VERBS:
                place = clause_place(clause, etype)
                if place is not None:
                    return place
    return None


# Verbs of keeping captives somewhere, whose place is where a release of them happened ("held in Yemen").
HOLDING_PLACE_VERBS = frozenset({"hold", "detain", "keep", "imprison", "jail"})


def place_of_outcome(token: Token, etype: str) -> Span | None:
    """ "Five soldiers were killed in fighting in eastern Kessa after rebels attacked a base": a hostile deed told
    in a clause of what set off the deaths or wounds the main clause tells, with no place of its own, happened
    where they did."""
    if etype not in OUTCOME_CAUSE_TYPES or token.pos_ != "VERB" or token.dep_ != "advcl" or token.head.pos_ != "VERB":
        return None
    if not any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in token.children):
        return None
    if any(c.dep_ == "npadvmod" for c in token.children):
        return None  # "a week after rebels shelled the market": another time, maybe another place
    if token.head.lemma_.lower() not in DEATH_VERBS:
        return None
    return clause_place(token.head, "kill")


def _clause_place_nouns(token: Token) -> list[Token]:
    """The objects of place prepositions within the event's words, in text order."""
    found, stack = [], [token]
    while stack:
        word = stack.pop()
        for child in word.children:
            if child.dep_ in NOT_SCENE_DEPS and not _doing_when_struck(child):
                continue  # the doer, and the clauses of what else happened or was said
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                continue
            if child.dep_ == "acl" and (child.pos_ != "VERB" or trigger_type(child) is not None):
                continue  # "met relatives of soldiers killed in Kora": the killing's place, not the meeting's
            if child.dep_ == "prep" and child.lower_ in SEQUENCE_PREPS:
                continue  # "will meet Oru after a visit to Kessa": what came before took place elsewhere
            if word.dep_ == "prep" and child.dep_ == "pobj" and _names_scene(word):
                found.append(child)
            stack.append(child)
    return sorted(found, key=lambda t: t.i)


def _doing_when_struck(clause: Token) -> bool:
    """ "kidnapped four engineers who were working at a mine near Tessit": what those it touched were doing as it
    happened (a clause in the progressive on them, no event of its own) tells where they were."""
    return (
        clause.dep_ == "relcl"
        and clause.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in clause.children)
        and trigger_type(clause) is None
    )


def _names_scene(prep: Token) -> bool:
    """A preposition of where ("in", "near"; "to" of a trip: "on a visit to Norland"), not of where a person
    holds office ("his counterpart in Kabul", "the ambassador in Rome")."""
    if prep.head.lemma_.lower() in OFFICE_PLACE_NOUNS:
        return False
    return prep.lower_ in CLAUSE_PLACE_PREPS or (prep.lower_ == "to" and trigger_type(prep.head) == "visit")


# Prepositions of a place phrase anywhere in an event's words ("talks with the leadership in Kabul").
CLAUSE_PLACE_PREPS = ("in", "at", "near", "around", "outside", "inside", "within", "across")
# Dependencies of the words of a clause that do not say where its event was: the doer, and other clauses.
NOT_SCENE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "csubj", "csubjpass", "advcl", "ccomp", "xcomp", "relcl", "parataxis", "npadvmod"}
)
# Prepositions of what came before or after an event, whose place need not be the event's.
SEQUENCE_PREPS = frozenset({"after", "before", "since", "until", "following"})
# Nouns of a person whose place says where they serve, not where an event with them was.
OFFICE_PLACE_NOUNS = frozenset({"counterpart", "ambassador", "envoy", "representative", "embassy", "consul"})


def _doer_place(token: Token) -> Span | None:
    """ "Kidnappers in northern Chad seized an aid worker": the place the doers are told to be in is where
    they did it (not where they come from: "a man from Lagos" is told apart)."""
    subjects = [c for c in token.children if c.dep_ == "nsubj" and _common_noun(c)] if token.pos_ == "VERB" else []
    for obj in (o for s in subjects for p in DOER_PLACE_PREPS for o in _prep_objects(s, p)):
        place = _place_span(obj)
        if place is not None:
            return place
    return None


def _common_noun(word: Token) -> bool:
    """A noun for people, not a name: "kidnappers", or "Rebels" capitalised at the start of the text."""
    return word.pos_ == "NOUN" or word.pos_ == "PROPN" and _noun_lemma(word) in PARTY_NOUNS


def points_back_to_place(token: Token, etype: str) -> bool:
    """ "was kidnapped there", "killed in the same area", "attacked the town": the clause places the event
    by a word pointing back to a place already named, not by a name."""
    if any(c.dep_ == "advmod" and c.lower_ in BACK_PLACE_ADVERBS for c in token.children):
        return True
    return bool(_back_place_nouns(token, etype))


def _back_place_nouns(token: Token, etype: str) -> list[Token]:
    """The definite nouns for a place with no name of their own that a clause places its event by."""
    nouns = [o for p in LOCATION_PREPS for o in _prep_objects(token, p)]
    nouns += [c for c in token.children if c.dep_ in STRUCK_DEPS] if etype in STRUCK_PLACE_TYPES else []
    return [n for n in nouns if _back_place_noun(n)]


def _back_place_noun(noun: Token) -> bool:
    """ "the town", "the same area": a definite noun for a place with no name of its own."""
    if noun.lemma_.lower() not in PLACE_NOUNS | BACK_SITE_NOUNS or _place_span(noun) is not None:
        return False
    if any(c.dep_ in OWN_NAME_DEPS for c in noun.children):
        return False  # "the army's base", "the Kora camp": told by its own words
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children)


def _antecedent_place(token: Token, etype: str) -> Span | None:
    """The place a pointing-back word stands for: the last place named before it in its sentence, else in the
    sentence before; never a name that tells of a person or a body ("a man from X", "the X army")."""
    sent = token.sent
    previous = token.doc[sent.start - 1].sent if sent.start > 0 else None
    kinds = {n.lemma_.lower() for n in _back_place_nouns(token, etype)}
    for scope in (sent, previous):
        if scope is None:
            continue
        named = [e for e in span_ents(scope) if e.end <= token.i]
        for ent in reversed(named):
            place = _place_span(ent.root, destination=_named_place_noun(ent.root))
            if place is not None and _label(ent) not in NOT_ANTECEDENT_LABELS and _names_where(ent):
                if not _named_other_kind(ent, kinds):
                    return place
    return None


def _named_other_kind(ent: Span, kinds: set[str]) -> bool:
    """ "the capital of Al-Jazira state ... visited the city": a name written with a noun for another kind of place
    than the word pointing back is not the place that word stands for."""
    last, head = ent[-1].lemma_.lower(), ent.root.head.lemma_.lower()
    named_kind = last if last in PLACE_NOUNS else head if ent.root.dep_ == "compound" and head in PLACE_NOUNS else None
    return bool(kinds) and named_kind is not None and named_kind not in kinds


def _named_place_noun(name: Token) -> bool:
    """ "the town of Goma": a name a noun for a place is told to be, a place whatever the tagger guessed."""
    return name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lemma_.lower() in PLACE_NOUNS


def _names_where(ent: Span) -> bool:
    """Whether a place name is said as a place ("in Goma", "the town of Goma", "Goma was shelled"), not as what
    a person or body is from or of ("a trader from Goma", "the Goma police")."""
    root = ent.root
    if root.dep_ in SUBJECT_DEPS or armed_group(ent.text) is not None or organisation(ent.text) is not None:
        return False  # "since M23 captured the city", "Russia launched drones at the capital": a doer, no place
    if root.dep_ in ("compound", "poss", "nmod", "amod"):
        return root.head.lemma_.lower() in PLACE_NOUNS | SITE_NOUNS  # "the Kora camp", "Kora's main prison"
    if root.dep_ == "npadvmod" and root.head.tag_ == "VBN":
        return False  # "US-backed forces", "Saudi-led": a state that backs or leads, no place
    return not (root.dep_ == "pobj" and root.head.lower_ in ORIGIN_PREPS)


# Words opening a clause of the time of a toll, whose deed happened where the toll was ("killed in X when ...").
TOLL_CLAUSE_MARKS = frozenset({"as", "when"})
# Deeds whose place a main clause of their outcome gives (deeper than `_anchor_toll_told_first` looks: "killed in
# fighting in eastern Kessa"), and the conjunctions of a clause of what set the outcome off.
OUTCOME_CAUSE_TYPES = frozenset({"attack", "kill"})
CAUSE_MARKS = TOLL_CLAUSE_MARKS | {"after"}
# Verbs of going into a place by force, whose object is where what follows was done ("stormed X and opened fire").
ENTRY_VERBS = frozenset({"enter", "storm", "raid", "invade"})
# Nouns of a weapon, which name no place even when capitalised as a name ("an Improvised Explosive Device").
WEAPON_NAME_NOUNS = HARMING_THINGS | {"device"}
# Prepositions of the site a thing struck was at ("fired at revellers at a tavern in Orlo").
SITE_LIE_PREPS = ("at", "in", "inside")
# Marks of a clause of the time in which the one harmed was somewhere ("as he walked out of his house in Orvo").
CIRCUMSTANCE_MARKS = frozenset({"as", "while", "when"})
# Pronouns standing for the one harmed in such a clause.
CIRCUMSTANCE_SUBJECTS = frozenset({"he", "she", "they"})
# Prepositions before a noun of a place's edge or centre ("on the outskirts of X", "into the centre of X").
EDGE_PREPS = ("on", "into", "in", "at")
# Prepositions by which a site says the ground it stands on ("a mosque on the island of Kora").
SITE_ON_PREPS = ("on",)
# Adverbs that place an event where the text just was ("was kidnapped there").
BACK_PLACE_ADVERBS = frozenset({"there"})
# Dependencies of the words that tell which place a noun for a place is ("the army's base", "the Kora camp").
OWN_NAME_DEPS = frozenset({"compound", "poss", "nmod", "appos"})
# Labels of a name that is never the place pointed back to, whatever it is said after ("in Hamas").
NOT_ANTECEDENT_LABELS = frozenset({"ORG", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})
# Dependencies of the doer of a clause, which a word pointing back to a place never stands for.
SUBJECT_DEPS = frozenset({"nsubj", "agent"})
# Prepositions of where the doers of a deed were ("gunmen in Kora", "bandits near Lodo").
DOER_PLACE_PREPS = ("in", "near")
# Types whose doers' place is where they set out from, not where the event was ("envoys in Rome flew to Kessa").
SENT_FROM_TYPES = frozenset({"visit", "aid"})
# Prepositions of where a person or body comes from, which says nothing of where an event was.
ORIGIN_PREPS = frozenset({"from"})
# Types whose object may be the place struck ("attacked the town").
STRUCK_PLACE_TYPES = frozenset({"attack", "seize", "visit"})


def _anchor_objects(token: Token, etype: str, anchor: Token, with_object: bool) -> tuple[list[Token], list[Token]]:
    """The nouns by an anchor that may name the place, and those of them that are contested or suffered
    (a place whatever its label): "the battle for Kyiv", "killed three people in Odesa"."""
    if anchor.i == token.i and anchor.lemma_.lower() in FALLEN_PLACE_VERBS and etype == "seize":
        # "Kessa fell to the rebels": the place is what fell; "to" names who took it
        fallen = [c for c in anchor.children if c.dep_ == "nsubj"]
        return fallen + [o for f in fallen for p in LOCATION_PREPS for o in _prep_objects(f, p)], []
    objects = [c for c in anchor.children if c.dep_ in STRUCK_DEPS] if with_object else []
    # "seized the base and the town of Kessa": each thing struck, the joined ones after the first and after the
    # places the clause names ("stormed the girls' and boys' schools in Zuru": Zuru)
    joined = [c for o in objects for c in o.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    if with_object:
        objects = _place_objects(anchor, objects)  # "Wad Madani, which the RSF seized"
    contested = _prep_objects(anchor, "for") if anchor.i != token.i and anchor.pos_ == "NOUN" else []
    objects += contested
    objects += _controlled(anchor)  # "took control of Khartoum"
    # "tore through a market in X": what the weapon went through
    aimed = ATTACK_PREPS + ("through",) + (("of",) if token.pos_ == "NOUN" else ()) if etype == "attack" else ()
    # "the seizure of the town of X", "the capture of X": what a taking names is where it was
    aimed += ("of",) if etype == "seize" and token.pos_ == "NOUN" else ()
    # what an attack struck ("bombs on Kone village in the Dara region", "the siege of Menaka") names its place
    # before the wider area it lies in
    # "abducted from a school in X": where the taken were taken from is where it happened
    taken_from: tuple[str, ...] = ("from",) if etype in TAKEN_FROM_TYPES and anchor.i == token.i else ()
    # "will leave for Karsk": where one leaves for is where one goes
    taken_from += ("for",) if etype == "visit" and anchor.i == token.i and _departure(token) else ()
    # "broke out on the outskirts of Bantu" (before a wider "in Kora region"): the place whose edge it was at
    # ("advanced into the centre of Bukavu", "a blast in the heart of Kabul": the place whose centre it was)
    edged = [
        o
        for p in EDGE_PREPS
        for e in _prep_objects(anchor, p)
        if e.lemma_.lower() in EDGE_NOUNS
        for o in _prep_objects(e, "of")
    ]
    objects += edged
    place_preps = LOCATION_PREPS
    if etype == "release" and anchor.i == token.i:
        place_preps = tuple(p for p in LOCATION_PREPS if p != "to")  # "released to Armenia": who received them
    for prep in (aimed if anchor.i == token.i else ()) + place_preps + SITE_PREPS + AREA_PREPS + taken_from:
        objects += _prep_objects(anchor, prep)
    if etype == "visit" and anchor.i == token.i:
        objects += _recipients(anchor)  # "sent a delegation to Niamey": the parser hangs "to" as a recipient
    objects += joined
    objects += _agent_places(anchor) if anchor.i == token.i else []
    if etype == "attack":
        objects += _where_sides_are(anchor)
    # "40 km from the town of Kessa", "60 miles north of Lodo": the place it was measured from, whatever its label
    measured = [o for s in [anchor, *objects] for o in _measured_from(s)]
    if _tells_deaths(token, anchor) or (anchor.i == token.i and etype in VICTIM_PLACE_TYPES):
        # "killed three people in Odesa", "900 civilians in Tigray": after a death, a name is where
        # "killed four of the gunmen in Tamba": where the counted dead were, too
        dead = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
        # "killed three civilians and two militants in Kessa" (not "200 Kessans and 20 people in Lemo were killed":
        # where some of the dead lived)
        dead += [j for c in dead if c.dep_ == "dobj" for j in c.conjuncts]
        # "killed 12 militants near Lira", "shot two guards at a checkpoint in Kora": where the dead were, too
        contested += [
            o for c in dead for t in dict.fromkeys((c, _counted(c))) for p in VICTIM_PREPS for o in _prep_objects(t, p)
        ]
        # "killed 12 residents of Tessit": where the dead lived
        contested += [
            o for c in dead if _counted(c).lemma_.lower() in RESIDENT_NOUNS for o in _prep_objects(_counted(c), "of")
        ]
        objects += contested
    lying = _where_objects_lie(objects)
    # "the outskirts of Goma", "off the coast of Bana": the name an edge or a held site is "of" is a place
    edged += [o for o in lying if o.head.lower_ == "of" and o.head.head.lemma_.lower() in HELD_SITE_NOUNS | EDGE_NOUNS]
    return objects + lying + measured, contested + edged + measured


def _measured_from(head: Token) -> list[Token]:
    """ "raided a camp 40 km from the town of Kessa", "ambushed a convoy 60 miles north of Lodo": the place a
    distance or a compass word hanging on `head` (the event's word or what it struck) is told from."""
    found = []
    for child in head.children:
        if _at_sea(child):
            continue  # "50 nautical miles southwest of the port of X": out at sea, not at X
        measure = child.lemma_.lower() in DISTANCE_UNITS | COMPASS_WORDS or child.lower_ in DISTANCE_UNITS
        if child.dep_ == "prep" and child.lower_ == "from":
            # "40 km from X": the distance hangs on "from"
            if any(g.lower_ in DISTANCE_UNITS or g.lemma_.lower() in DISTANCE_UNITS for g in child.children):
                found += [o for o in child.children if o.dep_ == "pobj"]
        elif measure:  # "25 kilometres from X" as the object, "north of X"
            found += [o for p in ("from", "of") for o in _prep_objects(child, p)]
    return found


def _at_sea(word: Token) -> bool:
    """Whether a distance is told in sea measure ("50 nautical miles from X"): the event lay off the place."""
    units = [word, *word.children, *(g for c in word.children for g in c.children)]
    return any(c.dep_ == "amod" and c.lower_ in SEA_MEASURE_WORDS for u in units for c in u.children)


# Words that make a distance a sea distance, told from a shore the event did not happen at.
SEA_MEASURE_WORDS = frozenset({"nautical"})


def _agent_places(verb: Token) -> list[Token]:
    """ "were shot dead by soldiers in Kasai": the parser hangs the passive verb's place on its "by" agent."""
    agent = _agent(verb) if verb.pos_ in ("VERB", "AUX") else None
    if agent is None or _counted(agent).lemma_.lower() in HARMING_THINGS:
        return []  # "a girl hit by a stray bullet in X": a weapon's adjunct, no doer's deed placed
    return [o for p in LOCATION_PREPS for o in _prep_objects(agent, p)]


def _controlled(anchor: Token) -> list[Token]:
    """What "control of" or "control over" names: "took control of Khartoum"."""
    controls = [c for c in anchor.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "control"]
    return [o for c in controls for p in ("of", "over") for o in _prep_objects(c, p)]


def _where_objects_lie(objects: list[Token]) -> list[Token]:
    """ "strafed villages near Tombru", "an attack on a school in Kone": where the place struck, named by a common
    noun, lies (not the adjunct of a toll: "killed in the violence in Yala" says where the deaths were counted)."""
    struck = [o for o in objects if o.dep_ in STRUCK_DEPS or (o.dep_ == "pobj" and o.head.lower_ in STRUCK_PREPS)]
    # "blew himself up outside a mosque in Kesh", "rescued from a farmhouse near Orla": a site it happened at
    struck += [o for o in objects if o.dep_ == "pobj" and o.head.lower_ in SITE_ADJUNCT_PREPS and _site(o)]
    # "attacked a train between Abuja and Kaduna": the route or stretch the thing struck was on
    lying = [
        o for obj in struck if obj.pos_ == "NOUN" for p in LOCATION_PREPS + ROUTE_PREPS for o in _prep_objects(obj, p)
    ]
    # "the district headquarters of Macomia": a held site's "of" names the place it holds; "off the coast of
    # Bana": an edge's names the place it is the edge of
    # Bana": an edge's names the place it is the edge of; "residents of the capital, Bamako": where those struck live
    held = HELD_SITE_NOUNS | EDGE_NOUNS | RESIDENT_NOUNS
    return lying + [o for obj in struck if obj.lemma_.lower() in held for o in _prep_objects(obj, "of")]


def _departure(token: Token) -> bool:
    """A verb of leaving ("leave", "depart"), whose "for" names the destination."""
    return token.pos_ == "VERB" and token.lemma_.lower() in DEPARTURE_VERBS


def _site(noun: Token) -> bool:
    """A common noun for a site (a mosque, a forest, a bus), not an event or a state of affairs ("in the fighting
    in X", "in the violence in Yala": where a toll was counted) nor a time ("in the past week in X")."""
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and lemma not in NOUN_TRIGGERS
        and lemma not in NOT_SITE_NOUNS | MELEE_NOUNS
        and noun.ent_type_ not in TIME_LABELS
    )


def _where_sides_are(anchor: Token) -> list[Token]:
    """ "fighting between the army and the rebels around the town of Marlo", "exchanged fire with militants near
    the border": a place adjunct after the last side of a fight, which the parser hangs on that side, or in a
    clause about that side, says where the fight is."""
    sides = [s for p in SIDE_PREPS for b in _prep_objects(anchor, p) for s in (b, *b.conjuncts)]
    sides.sort(key=lambda s: -s.i)  # the last side first; the parser may hang it on the first ("A and B in X")
    found = [
        o
        for s in sides
        for p in LOCATION_PREPS + AREA_PREPS
        for o in _prep_objects(s, p)
        if o.pos_ in ("NOUN", "PROPN")
    ]
    # "clashed with soldiers of the 4th Brigade, who were on patrol in Tamba": where the side was, told in a
    # clause about it that tells no event of its own
    units = [u for s in sides for u in (s, *_prep_objects(s, "of"))]
    told = [c for u in units for c in u.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")]
    return found + [o for c in told if trigger_type(c) is None for o in _clause_place_nouns(c)]


def _tells_deaths(token: Token, anchor: Token) -> bool:
    """Whether the anchor is the verb of dying the trigger is told with, or the trigger is one."""
    death_verb = _death_verb(token)
    if death_verb is not None and anchor.i == death_verb.i:
        return True
    if anchor.dep_ == "relcl" and anchor.head.i == token.i:  # "an airstrike that killed X in Beirut"
        return anchor.lemma_.lower() in DEATH_VERBS
    if token.dep_ == "advcl" and anchor.i == token.head.i:  # "residents of X were killed when a drone struck"
        return anchor.lemma_.lower() in DEATH_VERBS
    if anchor.i != token.i and any(c.i == anchor.i for c in _toll_conjuncts(token)):
        return True  # "attacked the base and killed five soldiers near Tessa"
    return anchor.i == token.i and token.lemma_.lower() in DEATH_VERBS


def _anchor_place(token: Token, etype: str, anchor: Token, with_object: bool) -> Span | None:
    """The first place named by an anchor's objects, else a place modifying it."""
    objects, contested = _anchor_objects(token, etype, anchor, with_object)
    apposed = [n for o in objects for n in _apposed_names(o)]  # "in the capital, Niamey": named, whatever the tag
    # "in the Angolan capital, Luanda": the name set beside the noun before the noun's own modifier
    candidates = [n for o in objects for n in (*_apposed_names(o), o) if not _weapon_named(n)]
    # "visited Lukashenko ... in Minsk": a name tagged a person is the place only when no other is named
    # and a part of a place ("in the south of Kessa district") only when no place is named by itself ("at Tomba")
    candidates.sort(key=lambda n: (_tagged_person(n), n.lemma_.lower() in PLACE_PART_NOUNS))
    for obj in candidates:
        # a passive subject is a place only as tagged or told as one ("Kherson was shelled"; "Haniyeh was attacked")
        # where a trip told with another event goes is a place too ("will travel to Pibor to meet X")
        trip = anchor.i != token.i and trigger_type(anchor) == "visit"
        reached = (etype in DESTINATION_TYPES or trip) and (obj.dep_ != "nsubjpass" or known_place_name(obj))
        place = _place_span(obj, destination=reached or obj in contested or obj in apposed)
        if place is not None:
            return place
    for obj in objects:
        place = _site_place(obj)
        if place is not None:
            return place
    return _place_modifier(anchor)


def _tagged_person(noun: Token) -> bool:
    """A name the article tags a person and the gazetteer does not know as a place ("Lukashenko", or a village
    the small model took for a person)."""
    return _label(entity_of(noun)) == "PERSON" and not known_place_name(noun)


def _weapon_named(noun: Token) -> bool:
    """ "detonated an Improvised Explosive Device": a weapon, however capitalised, is what was used, no place."""
    return noun.lemma_.lower() in WEAPON_NAME_NOUNS


def _site_place(noun: Token) -> Span | None:
    """ "stormed Kora's main prison", "opened fire in his Vela classroom", "fired at a crowd at a tavern in Orlo":
    where a building or ground the event struck or was at lies, by a tagged place modifying it or its "in" phrase
    (a place that modifies a person, "Kora's president", says nothing of where)."""
    sites = [noun] + [o for p in SITE_LIE_PREPS for o in _prep_objects(noun, p)]
    for site in (s for s in sites if s.pos_ == "NOUN" and s.lemma_.lower() in SITE_NOUNS):
        for child in sorted(site.children, key=lambda c: -c.i):
            entity = entity_of(child) if child.dep_ in OWN_NAME_DEPS and child.i < site.i else None
            if entity is not None and _label(entity) in PLACE_LABELS:
                return entity
        for obj in (o for p in LOCATION_PREPS + SITE_ON_PREPS for o in _prep_objects(site, p)):
            place = _place_span(obj)
            if place is not None:
                return place
    return None


def _apposed_names(noun: Token) -> list[Token]:
    """ "in the capital, Mogadishu": the name set beside a common noun for a place names that place."""
    if noun.pos_ != "NOUN":
        return []
    apposed = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    doc = noun.doc
    after = noun.right_edge.i + 1
    if not apposed and noun.lemma_.lower() in PLACE_NOUNS and after + 1 < len(doc) and doc[after].text == ",":
        name = doc[after + 1]  # "into the consulate in the capital, Lima, to ...": the parser hung the name elsewhere
        # tagged a place, or a place the gazetteer knows the small model left untagged ("the capital, Sana'a,")
        if (name.ent_type_ in ("GPE", "LOC") and name.ent_iob_ == "B") or (
            name.pos_ == "PROPN" and not name.ent_type_ and known_place_name(name)
        ):
            apposed = [name]
    return apposed


def _same(anchor: Token | None, token: Token) -> bool:
    """Whether an anchor found is this token."""
    return anchor is not None and anchor.i == token.i


# Prepositions of an adjunct whose event noun happened when the verb it hangs on did ("killed in a strike",
# "during an attack", "adopted at the summit meeting").
ADJUNCT_PREPS = ("in", "during", "at")

# Prepositions naming the sides of a fight ("clashes between A and B", "exchanged fire with B").
SIDE_PREPS = ("between", "with")
# Tags of a participle modifying an event noun ("strikes targeting", "an assault launched from").
PARTICIPLE_TAGS = ("VBG", "VBN")
# Words of a period a superlative is measured over ("the deadliest attack this year", "in a decade").
PERIOD_WORDS = frozenset({"year", "month", "decade", "week", "century", "years", "months", "decades"})
# Verbs that tell the damage an attack did, where and when it struck ("an airstrike destroyed a bridge in X").
DAMAGE_VERBS = frozenset({"destroy", "damage", "level", "flatten", "raze", "wreck", "demolish", "gut"})
# Prepositions of the stretch a thing struck was on ("a train between Abuja and Kaduna").
ROUTE_PREPS = ("between",)
# Types whose victim's place is where the deed was done, whatever verb tells it ("shot dead four men in Tiro",
# "abducted three nurses in Lodo", "executed two prisoners in Kolo").
VICTIM_PLACE_TYPES = ("kill", "abduct", "assassinate")
# Prepositions of where a deed's victims were ("killed four soldiers in Kora", "near Lira", "at a post outside X").
VICTIM_PREPS = ("in", "near", "at", "outside", "inside")
# Prepositions of a place an event happened off or beside ("seized a ship off the coast of Bana").
SITE_PREPS = ("off",)
# Prepositions of a site adjunct, whose noun may lie in a named place ("outside a mosque in Kesh").
SITE_ADJUNCT_PREPS = LOCATION_PREPS + SITE_PREPS + ("from",)
# People named by where they live, whose "of" is that place ("residents of Kora", "the villagers of Tessit").
RESIDENT_NOUNS = frozenset({"resident", "villager", "inhabitant", "townspeople", "dweller"})
# Prepositions of a wider area an event took place in ("fighting around the town", "attacks across the north").
AREA_PREPS = ("around", "across", "throughout")

# Dependencies of what a verb struck or reached: its object, or its passive subject ("a market in Kessa was shelled",
# "the town of Kora was captured").
STRUCK_DEPS = ("dobj", "obj", "nsubjpass")
# Prepositions whose object is what an event struck or reached ("an attack on a school", "fired at a base").
# "tore through a market in X", "broke into the consulate in X"
STRUCK_PREPS = ATTACK_PREPS + ("at", "to", "through", "into")

# Which DATE expression of the sentence dates an event, first rule that applies.
DATE_RULES = RuleTable()


@DATE_RULES.rule("Talks began on Monday, when Blinken met Netanyahu.", type="meet", date_text="on Monday")
def _when_clause_date(token: Token, dates: list[Span]) -> Span | object:
    if token.dep_ == "relcl" and any(c.lower_ == "when" for c in token.children):
        for ent in dates:
            if ent.start <= token.head.i < ent.end:
                return ent
    return UNDECIDED


@DATE_RULES.rule(
    "It all began on October 7, when a Hamas attack shocked Israel.", type="attack", date_text="on October 7"
)
def _date_by_subject_of_when_clause(t: Token, d: list[Span]) -> Any:
    return (
        _date_span(t.head)
        if t.dep_ == "nsubj" and t.head.dep_ == "relcl" and any(c.lower_ == "when" for c in t.head.children)
        else UNDECIDED
    )


@DATE_RULES.rule("The White House has a meeting with Tavia slated for Thursday.", type="meet", date_text="for Thursday")
def _scheduled_date(token: Token, dates: list[Span]) -> Span | object:
    """ "a meeting slated for Thursday": the date an event noun is scheduled for."""
    scheduler = _scheduled_by(token) if token.pos_ == "NOUN" else None
    if scheduler is None:
        return UNDECIDED
    slots = _prep_objects(scheduler, "for")
    found = [e for e in dates for slot in slots if e.start <= slot.i < e.end]
    return found[0] if found else UNDECIDED


@DATE_RULES.rule("Blinken met Netanyahu on Monday.", type="meet", date_text="on Monday")
def _own_date(token: Token, dates: list[Span]) -> Span | object:
    own = [e for e in dates if _same(_date_anchor(e), token) and not _date_of_the_report(e, token)]
    own = [e for e in own if not _record_period(e, token)]
    return own[0] if own else UNDECIDED


def _record_period(ent: Span, token: Token) -> bool:
    """ "the deadliest ambush this year", "the biggest attack in a decade": the period a superlative is measured
    over, not when the event happened (however the parser hung it: on the noun or on the verb after it)."""
    if not any(t.lemma_.lower() in PERIOD_WORDS for t in ent):
        return False
    nouns = [token] + [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    nouns += [o for p in ADJUNCT_PREPS for o in _prep_objects(token, p)]  # "In the deadliest ambush this year, ..."
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    anchor = _date_anchor(ent)
    return any(
        any(c.tag_ == "JJS" and c.dep_ == "amod" for c in n.children)
        and (_same(anchor, n) or (before is not None and before.i == n.right_edge.i))
        for n in nouns
    )


def _date_of_the_report(ent: Span, verb: Token) -> bool:
    """ "The ministry said on Friday it had captured five villages": a date right after the reporting verb, before
    the reported clause's subject, dates the report, however the parser hung it; what "has" just been done is of
    the same day ("said on Friday it has freed X")."""
    report = verb.head
    if verb.dep_ != "ccomp" or report.lemma_.lower() not in REPORT_VERBS or not report.i < ent.start:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or ent.end > subject.left_edge.i:
        return False
    return not _just_done(verb)


def _just_done(verb: Token) -> bool:
    """A verb in the present perfect ("has released", "have been freed"): done just before it is told."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have") for c in verb.children)


@DATE_RULES.rule("Talks between Chad and Niger were held in Lome on Monday.", type="negotiate", date_text="on Monday")
def _date_of_happening(token: Token, dates: list[Span]) -> Span | object:
    """ "the summit took place on Monday", "talks were held on Monday", "the raid was carried out on Friday": an
    event noun said to happen, begin or be held is dated by that verb."""
    noun = _session_of(token) if token.pos_ == "NOUN" else token  # "the first round of talks was held"
    verb = noun.head
    planned = noun.dep_ == "nsubjpass" and verb.lemma_.lower() in PLAN_VERBS  # "is planned for May"
    if token.pos_ != "NOUN" or not (_said_to_happen(noun) or planned) or verb.i == noun.i:
        return UNDECIDED
    return _own_date(verb, dates)


@DATE_RULES.rule(
    "Chad and the FACT rebels began talks in Doha. The first round of talks, held in Lome on 3 May, ended.",
    type="negotiate",
    date_text="on 3 May",
)
def _date_of_session_held(token: Token, dates: list[Span]) -> Span | object:
    """ "the first round of talks, held in Lome on 3 May": the day a participle says a session was held."""
    held = [c for c, _ in _anchor_session_held(token, "")]
    return _own_date(held[0], dates) if held else UNDECIDED


@DATE_RULES.rule(
    "A Velian missile attack on Sunday struck a block of flats in Dorn.", type="attack", date_text="on Sunday"
)
def _date_of_subject_event(token: Token, dates: list[Span]) -> Span | object:
    """ "a missile attack on Sunday struck a block of flats": a verb of striking told of an event noun is that
    event, dated where the noun or a participle on it is."""
    if token.pos_ != "VERB":
        return UNDECIDED
    nouns = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and trigger_type(c) is not None]
    told = nouns + [c for n in nouns for c in n.children if _participle(c)]  # "a strike launched on Friday"
    own = [e for n in told for e in dates if _same(_date_anchor(e), n)]
    return own[0] if own else UNDECIDED


@DATE_RULES.rule("An airstrike destroyed a bridge in Kessa on Tuesday.", type="attack", date_text="on Tuesday")
def _date_of_damage(token: Token, dates: list[Span]) -> Span | object:
    """ "an airstrike destroyed a bridge on Tuesday": the damage an attack noun did dates it."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or token.head.lemma_.lower() not in DAMAGE_VERBS:
        return UNDECIDED
    return _own_date(token.head, dates)


@DATE_RULES.rule("Militants attacked an army checkpoint late on Tuesday.", type="attack", date_text="late on Tuesday")
def _object_date(token: Token, dates: list[Span]) -> Span | object:
    """ "attacked a checkpoint late on Tuesday": a date the parser hung on the verb's object dates the verb."""
    objects = [c for c in token.children if c.dep_ == "dobj"] if token.pos_ in ("VERB", "AUX") else []
    found = [e for e in dates for o in objects if _same(_date_anchor(e), o)]
    return found[0] if found else UNDECIDED


@DATE_RULES.rule(
    "Gunmen killed four guards and injured two others in Tamba on Friday.", type="kill", date_text="on Friday"
)
def _toll_conjunct_date(token: Token, dates: list[Span]) -> Span | object:
    """ "killed four guards and injured two others on Friday": a toll told in two verbs of harm is dated by the
    last one."""
    found = [e for e in dates for h in _toll_conjuncts(token) if _same(_date_anchor(e), h)]
    return found[0] if found else UNDECIDED


@DATE_RULES.rule("Gunmen stormed and looted the market of Kessa on Friday.", type="attack", date_text="on Friday")
def _shared_conjunct_date(token: Token, dates: list[Span]) -> Span | object:
    """ "stormed and looted the market on Friday": a verb with no words of its own is dated by the verb joined
    right after it."""
    found = [e for e in dates for c in _sharing_conjuncts(token) if _same(_date_anchor(e), c)]
    return found[0] if found else UNDECIDED


@DATE_RULES.rule(
    "Israel launched an airstrike that killed a commander in Beirut on Friday.", type="attack", date_text="on Friday"
)
def _clause_told_with_date(token: Token, dates: list[Span]) -> Span | object:
    """A date in the clause that tells more of the event: "an airstrike that killed X on Friday" (a relative
    clause on the event noun), "shot dead X as he left a mosque late on Saturday" (a clause of its time)."""
    if token.pos_ == "NOUN":  # "an airstrike carried out by the army on Tuesday": a participle tells it too
        clauses = [c for c in token.children if c.dep_ == "relcl" or _participle(c)]
    else:
        clauses = [c for c in token.children if c.dep_ == "advcl" and any(m.lower_ in TIME_MARKS for m in c.children)]
        clauses += [  # "carried out raids, killing nine fighters on Saturday": the toll's day is the raids'
            c for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in DEATH_VERBS
        ]
    found = [e for c in clauses for e in dates if _same(_date_anchor(e), c)]
    return found[0] if found else UNDECIDED


def _participle(clause: Token) -> bool:
    """ "a strike carried out on Tuesday", "raids targeting X": a verb form that hangs from a noun to tell more of it."""
    return clause.dep_ == "acl" and clause.tag_ in PARTICIPLE_TAGS and clause.pos_ == "VERB"


@DATE_RULES.rule("Six people were killed on Monday in army airstrikes.", type="attack", date_text="on Monday")
def _date_by_death_verb(t: Token, d: list[Span]) -> Any:
    return _date_span(_death_verb(t)) if _death_verb(t) is not None else UNDECIDED


@DATE_RULES.rule("Lebanon reported two dead on Wednesday in Israeli strikes.", type="attack", date_text="on Wednesday")
def _date_of_adjunct_verb(token: Token, dates: list[Span]) -> Span | object:
    """ "reported two dead on Wednesday in Israeli strikes": an event noun in the "in"/"during" adjunct of a
    verb happened when that verb's own date says, or its main clause's for a "when" clause ("were killed on
    Thursday when their truck hit a mine in an attack")."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in ADJUNCT_PREPS:
        return UNDECIDED
    verb = token.head.head
    verbs = [verb] + [verb.head for m in verb.children if verb.dep_ == "advcl" and m.lower_ in TIME_MARKS]
    own = [e for v in verbs if v.pos_ == "VERB" for e in dates if _same(_date_anchor(e), v)]
    return own[0] if own else UNDECIDED


@DATE_RULES.rule(
    "Gunmen killed 25 people and set houses on fire during an attack on Saturday.",
    type="attack",
    date_text="on Saturday",
)
def _date_of_adjunct_event(token: Token, dates: list[Span]) -> Span | object:
    """ "killed 25 people (and set houses on fire) during an attack on Saturday": a verb takes the date of the
    event noun in its "in"/"during"/"at" adjunct, or its conjunct's (one happening, told twice)."""
    if token.pos_ != "VERB":
        return UNDECIDED
    verbs = [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    events = [o for v in verbs for p in ADJUNCT_PREPS for o in _prep_objects(v, p) if trigger_type(o) is not None]
    own = [e for o in events for e in dates if _same(_date_anchor(e), o)]
    return own[0] if own else UNDECIDED


@DATE_RULES.rule(
    "Fighting broke out near the village of Kok-Tash on Wednesday.", type="attack", date_text="on Wednesday"
)
def _date_by_outbreak(t: Token, d: list[Span]) -> Any:
    return _date_span(t.head) if _told_going_on(t) else UNDECIDED


@DATE_RULES.rule(
    "Envoy Lena Holm will travel to Vardo on Tuesday for talks with the army chief.",
    type="meet",
    date_text="on Tuesday",
)
def _trip_session_date(token: Token, dates: list[Span]) -> Span | None | object:
    """ "will travel to Vardo on Tuesday for talks": the talks a trip is made for are dated by the trip."""
    trip = _trip_for(token) if token.pos_ == "NOUN" else None
    return UNDECIDED if trip is None else _date_span(trip)


@DATE_RULES.rule(
    "Blinken arrived in Cairo on Monday for a summit, where he will meet Egypt's president.",
    type="meet",
    date_text="on Monday",
)
def _relative_clause_governor(token: Token, dates: list[Span]) -> Span | None | object:
    governor = _told_of_clause(token)
    if governor is None:
        return UNDECIDED
    return _date_span(governor) if governor.pos_ in ("VERB", "AUX") else None


@DATE_RULES.rule("During his visit to Cairo on Monday, Blinken met Sisi.", type="meet", date_text="on Monday")
def _same_time_adjunct(token: Token, dates: list[Span]) -> Span | object:
    for ent in dates:
        anchor = _date_anchor(ent)
        if (
            anchor is not None
            and anchor.dep_ == "pobj"
            and anchor.head.lower_ in SAME_TIME_PREPS
            and anchor.head.head.i == token.i
            and trigger_type(anchor) is not None
        ):
            return ent
    return UNDECIDED


@DATE_RULES.rule(
    "The ministry said four people were killed in an Israeli strike on Thursday.",
    type="attack",
    date_text="on Thursday",
)
def _date_by_reported(t: Token, d: list[Span]) -> Any:
    return _undecided_if_none(_reported_date(t, d))


@DATE_RULES.rule(
    "Rioters shot two guards as unrest spread across the region Friday.", type="attack", date_text="Friday"
)
def _circumstance_date(token: Token, dates: list[Span]) -> Span | object:
    """ "shot and killed two guards as unrest continued across the country Friday": a deed done as (or while)
    something else went on, with no day of its own, was done on that clause's day."""
    verbs = [token, token.head] if token.dep_ == "conj" else [token]
    for verb in verbs:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        # the "as" the parser may hang on the verb as a preposition, the clause's subject its object
        marked_before = [c.i for c in verb.children if c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_MARKS]
        for clause in verb.children:
            marked = any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in clause.children)
            if clause.dep_ == "advcl" and (marked or any(i < clause.i for i in marked_before)):
                found = _own_date(clause, dates)
                if isinstance(found, Span):
                    return found
    return UNDECIDED


@DATE_RULES.rule("Blinken began his visit to Cairo on Monday.", type="visit", date_text="on Monday")
def _governing_clause_date(token: Token, dates: list[Span]) -> Span | None | object:
    if token.dep_ not in ("dobj", "xcomp", "conj", "advcl", "pcomp") or token.head.i == token.i:
        return UNDECIDED
    governor = token.head.head if token.dep_ == "pcomp" else token.head
    if token.dep_ == "conj" and governor.pos_ in ("VERB", "AUX") and trigger_type(governor) is None:
        return None  # "X said on Monday and attacked": a conjoined event keeps its own time
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEPARATE_TIME_MARKS for c in token.children):
        return None  # "adopted it on Friday, after the group seized a town": the seizure came before
    return _date_span(governor) if governor.i != token.i else None


def _date_span(token: Token) -> Span | None:
    """The DATE expression that says when this event happened, from its own clause or the one it hangs from."""
    dates = _sentence_dates(token.sent)
    return first_decided(DATE_RULES, token, dates) if dates else None


def _sentence_dates(sent: Span) -> list[Span]:
    """The DATE expressions of a sentence that can date an event, built once per sentence (kept on the Doc
    under a "newsfacts." key, which spans.release drops): every trigger of the sentence asks for them."""
    by_sentence = sent.doc.user_data.setdefault(DATES_KEY, {})
    dates = by_sentence.get(sent.start)
    if dates is None:
        ents = [_with_untagged_day(e) for e in span_ents(sent)]
        found = [e for e in _joined_times(ents) if e.label_ == "DATE" or _day_named_time(e)]
        found += _nights_before(sent, found)
        found += _untagged_weekdays(sent, ents)
        found.sort(key=lambda e: e.start)
        dates = by_sentence[sent.start] = [e for e in found if not any(rule(e) for rule in NOT_A_POINT)]
    return dates


def _untagged_weekdays(sent: Span, ents: list[Span]) -> list[Span]:
    """ "over a late Sunday bombing": a weekday the tagger left out of every entity, with a "late" or "early"
    written before it, is a date."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for token in sent:
        if token.i in covered or token.lower_ not in WEEKDAYS or not token.text[:1].isupper():
            continue
        start = token.i - 1 if token.i > sent.start and token.doc[token.i - 1].lower_ in DAY_EDGES else token.i
        found.append(Span(token.doc, start, token.i + 1, label="DATE"))
    return found


def _joined_times(ents: list[Span]) -> list[Span]:
    """ "late Friday" + "night", "Sunday" + "evening": a day and the time of day the tagger split into two
    entities side by side are one expression (labelled as the first)."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        timed = ent.label_ == "TIME" and last is not None and last.label_ in TIME_LABELS and last.end == ent.start
        if timed and last is not None:
            joined[-1] = Span(ent.doc, last.start, ent.end, label=last.label_)
        else:
            joined.append(ent)
    return joined


def _with_untagged_day(ent: Span) -> Span:
    """ "late Friday evening" where the tagger labelled only "evening" TIME: the time of day with the day (and a
    "late" or "early") written right before it and left out of any entity."""
    start = ent.start
    if ent.label_ != "TIME":
        return ent
    while start > 0 and ent.doc[start - 1].ent_type_ == "" and ent.doc[start - 1].lower_ in DAY_WORDS | DAY_EDGES:
        start -= 1
    if start == ent.start or not any(t.lower_ in DAY_WORDS for t in ent.doc[start : ent.start]):
        return ent
    return Span(ent.doc, start, ent.end, label="TIME")


# Words that set a time toward a day's start or end, written before the day ("late Friday evening").
DAY_EDGES = frozenset({"late", "early"})


def _day_named_time(ent: Span) -> bool:
    """ "on Wednesday morning", "late Friday", "Monday night", "overnight", "this afternoon": a time of day the tagger labelled TIME
    that names its day (or the night before the report) dates an event as a DATE does; "at 6 p.m." does not."""
    if ent.label_ != "TIME":
        return False
    return any(t.lower_ in DAY_WORDS for t in ent) or this_day_part([t.lower_ for t in ent])


def _nights_before(sent: Span, found: list[Span]) -> list[Span]:
    """ "launched 120 drones at Ukraine overnight": the adverb the tagger left out of any entity, as a date."""
    return [
        Span(sent.doc, t.i, t.i + 1, label="TIME")
        for t in sent
        if t.lower_ == NIGHT_BEFORE and t.ent_type_ == "" and not any(e.start <= t.i < e.end for e in found)
    ]


def _place_as_date(ent: Span) -> bool:
    """ "in Turbat" tagged as a date: a bare name after "in" or "near" that names no month or day."""
    return len(ent) == 1 and _name_after_in(ent.root)


def _age_as_date(ent: Span) -> bool:
    """ "Meir Tamari, 32, was killed": a bare number below any year the tagger calls a date is an age."""
    return len(ent) == 1 and ent.root.is_digit and int(ent.root.text) < EARLIEST.year


def _duration_modifier(ent: Span) -> bool:
    """ "a three-day visit", "a 72-hour truce", "the day-long visit", "a ceasefire of 30 days": a length told as a
    modifier, no date."""
    if ent.root.dep_ in ("amod", "compound", "nmod") and any(t.text == "-" for t in ent):
        return True
    after = ent.doc[ent.end] if ent.end + 1 < len(ent.doc) else None
    if after is not None and after.text == "-" and ent.doc[ent.end + 1].lower_ == "long" and not after.whitespace_:
        return True  # "the day-long visit": the tagger's "day" alone, a length
    root = ent.root
    counted = any(t.like_num for t in ent) and root.lemma_.lower() in TIME_UNITS
    return counted and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN"


def _length_of_time(ent: Span) -> bool:
    """ "the worst battle in more than a decade", "the first attack in two years": a count of time units, bounded
    ("more than") or after a superlative or ordinal, measures a span and dates no event."""
    if ent.root.lemma_.lower() not in TIME_UNITS or any(t.lower_ == "ago" for t in ent):
        return False
    count = [t for t in ent if t.i != ent.root.i]
    if not count or not all(t.like_num or t.lower_ in ("a", "an") or t.lower_ in LENGTH_BOUNDS for t in count):
        return False
    measured = ent.root.head.head if ent.root.dep_ == "pobj" else ent.root.head
    ranked = [measured] + [c for c in measured.children if c.dep_ in ("dobj", "attr", "nsubj")]
    return any(t.lower_ in LENGTH_BOUNDS for t in count) or any(map(_ranked, ranked))


def _gap_between_deeds(ent: Span) -> bool:
    """ "came two days after a grenade hit the post", "a week before the vote": a count of time units before
    "after" or "before" measures the gap between two deeds and dates neither."""
    if ent.root.lemma_.lower() not in TIME_UNITS or ent.end >= len(ent.doc):
        return False
    count = [t for t in ent if t.i != ent.root.i]
    counted = bool(count) and all(t.like_num or t.lower_ in ("a", "an") for t in count)
    return counted and ent.doc[ent.end].lower_ in ("after", "before")


def _ranked(noun: Token) -> bool:
    """ "their worst battle", "the first attack": a noun ranked among others."""
    return any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in noun.children)


def _counted_things_as_date(ent: Span) -> bool:
    """ "attacked the town with several mortars" tagged as a date: a quantifier and a plural noun that names no
    unit of time ("several months" is one) and no digit are a count of things, not a time."""
    root = ent.root
    if root.tag_ != "NNS" or root.lemma_.lower() in TIME_UNITS | SMALL_TIME_UNITS or any(t.is_digit for t in ent):
        return False
    return ent[0].i != root.i and ent[0].lower_ in VAGUE_QUANTIFIERS


def _number_word_as_date(ent: Span) -> bool:
    """ "Forty detainees held by the rebels were freed" with "Forty" tagged as a date: a number word alone, no
    year ("in 2021") and no day or month, dates nothing."""
    return all(t.like_num and not t.is_digit for t in ent)


NOT_A_POINT = (
    _duration_modifier,
    _place_as_date,
    _age_as_date,
    _length_of_time,
    _gap_between_deeds,
    _counted_things_as_date,
    _number_word_as_date,
)


def _undecided_if_none(found: Span | None) -> Span | object:
    return UNDECIDED if found is None else found


def _reported_date(token: Token, dates: list[Span]) -> Span | None:
    """ "The ministry said four people were killed in a strike on Thursday": a date after the content of
    a report, hung by the parser on the reporting verb, dates the content ("said on Monday that" does not,
    unless what it tells has just happened: "announced on Friday that it has released X")."""
    verb = _clause_chain(token)[-1]
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORT_VERBS or verb.head.i > verb.i:
        return None
    for ent in dates:
        anchor = _date_anchor(ent)
        if anchor is not None and anchor.i == verb.head.i and (ent.start > verb.right_edge.i or _just_done(verb)):
            return ent
    return None


def _told_between_subject_and_verb(ent: Span, subject: Token) -> bool:
    """ "Gunmen on Friday abducted ...", "Blinken on Thursday offered ...": a date right between a subject and
    its verb tells when the verb happened."""
    verb = subject.head
    return (
        subject.dep_ in ("nsubj", "nsubjpass")
        and (subject.pos_ == "PROPN" or subject.tag_ == "VBN")  # a name, or one the tagger read as a participle
        and trigger_type(subject) is None
        and verb.pos_ in ("VERB", "AUX")
        and subject.i < ent.start
        and 0 <= verb.i - ent.end <= 1
    )


def _reported_before_its_credit(current: Token, head: Token, ent: Span) -> Token | None:
    """ "Three guards died in an ambush Thursday, police said": a bare day the parser hung on the credit
    after it closes the reported clause before it, and dates what that clause tells."""
    if current.dep_ not in ("npadvmod", "tmod") or head.lemma_.lower() not in REPORT_VERBS or head.i < ent.end:
        return None
    clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i < ent.start), None)
    if clause is None:
        return None
    # the clause's last verb before the day ("held talks ... and is expected to travel to X later this week": travel)
    verbs = [t for t in clause.subtree if t.i < ent.start and (t is clause or _clause_verb(t))]
    return verbs[-1] if verbs else clause


def _clause_verb(token: Token) -> bool:
    """A verb heading a clause of its own or joined to one (not "think" in "US think tanks")."""
    return token.pos_ == "VERB" and token.dep_ in ("conj", "xcomp", "ccomp", "advcl")


def _date_anchor(ent: Span) -> Token | None:
    """The verb or event noun a DATE expression is attached to; None for "since"/"for" dates."""
    current = ent.root
    while current.head.i != current.i:
        if (
            current.dep_ == "pobj"
            and current.head.lower_ in NON_POINT_PREPS
            and not _point_in_span(ent, current)
            and not _short_span_over(current)
        ):
            return None
        head = current.head
        if current.dep_ == "prep" and _told_between_subject_and_verb(ent, head):
            return head.head  # "Blinken on Thursday offered ...": the parser hung the date on the subject
        reported = _reported_before_its_credit(current, head, ent)
        if reported is not None:
            return reported  # "... were killed in an ambush Thursday, the army said": the ambush's day
        if head.pos_ in ("VERB", "AUX") or (head.pos_ == "NOUN" and trigger_type(head) is not None):
            return head
        if current.dep_ not in (
            "pobj",
            "prep",
            "npadvmod",
            "advmod",
            "compound",
            "nummod",
            "appos",
            "conj",
            "tmod",
            "nmod",
        ):
            return None
        current = head
    return None


def _short_span_over(noun: Token) -> bool:
    """ "over the weekend": a span short enough to date a deed as a day does (not "over the past week")."""
    return noun.head.lower_ == "over" and noun.lemma_.lower() in OVER_POINT_NOUNS


# Spans of time that "over" makes a point in time, for dating a deed ("killed 30 militants over the weekend").
OVER_POINT_NOUNS = frozenset({"weekend"})


def _point_in_span(ent: Span, span_noun: Token) -> bool:
    """ "traded fire for a second day on Thursday": a day told with "on" inside the phrase of a span of time
    (itself a time expression) is the point the event is dated by, whatever the span's preposition."""
    pointed = ent.root.dep_ == "pobj" and ent.root.head.lower_ == "on"
    return pointed and span_noun.i != ent.root.i and span_noun.ent_type_ in TIME_LABELS


def _date_text(ent: Span) -> str:
    """The date words with their preposition, as written ("on 31 July", "ten days ago")."""
    doc = ent.doc
    start = ent.start
    if (
        ent.root.dep_ == "pobj"
        and ent.root.head.i == start - 1
        and doc[start - 1].lower_ in ("on", "in", "at", "during", "for", "over")
    ):
        start -= 1
    if start > 0 and doc[start - 1].lower_ in PERIOD_SIDE_WORDS:
        start -= 1  # "earlier in the day", "later on Monday"
    return doc[start : ent.end].text
