"""Event mentions (visits, talks, attacks, releases ...) with who did them, where and when.

Rules over the dependency parse: a trigger word (verb or noun) gives the event type, its
syntactic neighbours give actor, counterpart, location and date. Events that did not happen
(negated, conditional, attempted, or the content of a plan) are left out; planned ones are kept
and flagged.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts.schema import make_id
from transforms.dates import resolve_date
from transforms.language.discourse import WINDOWS, antecedent, entity_of, quoted_tokens, window_start
from transforms.language.lexicon import (
    ACTOR_LABELS, DEMONYMS, GROUP_LABELS, GROUP_NOUNS, GROUP_PRONOUNS, PEOPLE_NOUNS, PERSON_PRONOUNS, PLACE_LABELS,
    RELATIVE_PRONOUNS, SUBJECT_DEPS, SUBJECT_PRONOUNS,
)
from transforms.spans import doc_ents, fold, span_ents, trace

# Verb lemmas that trigger an event, by type.
VERB_TRIGGERS = {
    "visit": "visit", "arrive": "visit", "travel": "visit", "proceed": "visit", "tour": "visit",
    "meet": "meet", "speak": "meet", "talk": "meet", "discuss": "meet",
    "mediate": "negotiate", "broker": "negotiate", "negotiate": "negotiate",
    "propose": "propose", "unveil": "propose", "announce": "propose", "present": "propose",
    "put": "propose",
    "attack": "attack", "raid": "attack", "strike": "attack", "storm": "attack", "invade": "attack",
    "bomb": "attack", "shell": "attack", "ambush": "attack",
    "fight": "attack", "sink": "attack", "launch": "attack", "fire": "attack", "come": "attack",
    "kill": "kill", "murder": "kill",
    "kidnap": "abduct", "abduct": "abduct", "take": "abduct",
    "release": "release", "free": "release", "rescue": "release", "hand": "release", "exchange": "release",
    "swap": "release",
    "seize": "seize", "capture": "seize", "recapture": "seize", "retake": "seize", "enter": "seize",
    "assassinate": "assassinate", "resign": "resign", "threaten": "threaten", "warn": "threaten",
    "vow": "threaten", "host": "meet",
    "deliver": "aid", "airdrop": "aid",
    # Attacks told with other verbs; each needs the condition named in ATTACK_VERB_CONDITIONS.
    "drop": "attack", "hit": "attack", "target": "attack", "trade": "attack", "open": "attack",
    "regain": "seize",
}
# Noun lemmas that trigger an event, by type ("talks" and "meeting" become meet only with a "with" party).
NOUN_TRIGGERS = {
    "visit": "visit", "trip": "visit", "tour": "visit", "mission": "visit", "journey": "visit",
    "meeting": "meet", "talk": "negotiate", "negotiation": "negotiate", "discussion": "negotiate",
    "mediation": "negotiate",
    "attack": "attack", "raid": "attack", "strike": "attack", "airstrike": "attack", "invasion": "attack",
    "offensive": "attack", "assault": "attack", "bombing": "attack", "gunfight": "attack",
    "fighting": "attack", "operation": "attack", "incursion": "attack", "shelling": "attack",
    "killing": "kill", "death": "kill",
    "kidnapping": "abduct", "abduction": "abduct",
    "release": "release", "rescue": "release",
    "exchange": "release", "swap": "release",  # "a prisoner exchange began": only for people (SWAP_NOUNS)
    "bombardment": "attack", "ambush": "attack", "barrage": "attack",
    "takeover": "seize", "seizure": "seize", "capture": "seize",
    "assassination": "assassinate", "resignation": "resign",
    "convoy": "aid", "delivery": "aid", "airdrop": "aid",
}
# Attacks told with verbs that mean something else without the named condition:
#   weapon_object  "a jet dropped two bombs on Lotta", "the rebels fired a bomb in Bweremana"
#   fire_object    "police and militants exchanged fire", "forces traded fire", "soldiers opened fire on"
#   strike_subject "strikes hit the market in Arda", "a missile hit the tanker", "drones targeted the port"
#   armed_subject  "the army targeted the village" (an armed force or a named party aims at someone)
ATTACK_VERB_CONDITIONS = {
    "drop": ("weapon_object",), "fire": ("weapon_object", "aimed"), "exchange": ("fire_object",),
    "trade": ("fire_object",), "open": ("fire_object",), "hit": ("strike_subject",),
    "target": ("strike_subject", "armed_subject"),
}
WEAPON_NOUNS = {"bomb", "missile", "rocket", "shell", "drone", "mortar", "grenade", "projectile", "explosive",
                "bullet", "barrel"}
FIRE_NOUNS = {"fire", "gunfire", "shot", "salvo", "volley"}
# Nouns for an attack that, with no doer named, still count when they give the place ("the overnight drone
# assault on Kyiv"), and as the subject of a verb stand for their own doer ("Russian strikes killed ...").
STRIKE_NOUNS = {lemma for lemma, etype in NOUN_TRIGGERS.items() if etype == "attack"} - {"operation", "fighting"}
# "a prisoner exchange between X and Y began": a swap is a release only of people, between named sides.
SWAP_NOUNS = {"exchange", "swap"}
# Verbs of dying told with the attack that caused it: "three people were killed in an Israeli strike".
DEATH_VERBS = {"kill", "die", "injure", "wound"}
# Perfect-tense "attacks have killed 900 since January": a cumulative toll is a kill event, not one attack.
PERFECT_AUX = {"have", "has", "'ve", "had"}
# Nouns whose "of" object is only feared or foreseen: "fears of an assault on the city".
UNREAL_OF_NOUNS = {"fear", "threat", "risk", "prospect", "possibility", "danger", "spectre", "specter",
                   "rumour", "rumor", "warning", "plan"}
# Modifiers that make a trigger noun no event: "a press release", "a news release".
NOT_EVENT_MODIFIERS = {"press", "news", "media", "film", "album", "product", "software", "version"}
# Verbs that report what someone said; a date after the report's content is the content's date
# ("The ministry said four people were killed in a strike on Thursday").
REPORT_VERBS = {"say", "report", "tell", "announce", "state", "add", "confirm"}
# Verbs that only trigger with a certain particle, object or preposition.
NEEDS_WITH = {"speak", "talk"}
NEEDS_DESTINATION = {"travel", "proceed"}
PLAN_OBJECT_VERBS = {"announce", "present", "put"}
PLACE_OBJECT_VERBS = {"seize", "capture", "recapture", "retake", "enter", "regain"}
# "warned that it would strike", "vowed to retaliate": a threat when the speaker announces harm of its own.
WARNING_VERBS = {"warn", "vow"}
HARM_VERBS = {"target", "attack", "strike", "hit", "retaliate", "destroy", "punish", "crush", "bomb", "invade",
              "annihilate", "eliminate"}
# Verbs that are an attack only when aimed "at" or "against" someone ("launched 120 drones at Ukraine").
AIMED_VERBS = {"launch", "fire"}
AIM_PREPS = ("at", "against")
# Verbs that are an attack only with an object ("sank the ship", not "the ship sank").
TRANSITIVE_ONLY = {"sink"}
# Things fought that are not a party: "fight corruption" is no battle.
FIGHT_OBJECTS = {"war", "battle", "battles", "wars"}
# Verbs that hand people over only when what is handed is a person ("handed over the hostage").
PERSON_OBJECT_VERBS = {"hand", "exchange", "swap"}
# Nouns for a part of something: "the whole of the region" is the region.
PARTITIVE_NOUNS = {"whole", "part", "rest", "most", "much", "parts", "control", "half", "all"}
# Force nouns that, as the subject of "enter", mean armed men entering a place.
ARMED_NOUNS = {"army", "military", "force", "troop", "soldier", "militant", "fighter", "gunman", "militia",
               "rebel", "insurgent", "brigade", "unit", "jihadist"}
# Nouns naming a plan or deal: events inside one are its content, not something that happened.
PLAN_NOUNS = {"plan", "proposal", "deal", "agreement", "truce", "ceasefire", "cease-fire", "accord",
              "framework", "initiative", "offer", "roadmap", "pact"}
# Verbs whose object spells out what a plan contains ("the plan provides for ...").
CONTENT_VERBS = {"provide", "involve", "include", "envisage", "foresee", "stipulate", "require"}
# Things released or seized that are not people or places.
NOT_RELEASED = {"statement", "report", "video", "footage", "figure", "data", "detail", "list",
                "budget", "document", "album", "film", "image", "photo", "information", "result",
                "body", "remains", "corpse", "power", "control", "territory", "fund", "money"}
NOT_MET = {"demand", "need", "deadline", "target", "goal", "requirement", "standard", "expectation",
           "condition", "criterion", "obligation", "challenge"}
PLACE_NOUNS = {"city", "town", "village", "camp", "crossing", "border", "area", "building",
               "hospital", "territory", "base", "airport", "port", "district", "neighbourhood",
               "neighborhood", "region", "province", "compound", "corridor", "zone", "capital", "state",
               "station", "checkpoint", "outpost", "barracks", "market", "suburb", "county", "municipality",
               "island", "valley", "settlement", "kibbutz", "locality", "commune"}
AID_NOUNS = {"aid", "food", "supply", "assistance", "relief", "fuel", "medicine", "water"}
# Nouns that count or measure what follows their "of": "hundreds of prisoners", "18,000 tons of food".
QUANTITY_NOUNS = {"hundred", "thousand", "million", "dozen", "score", "ton", "tonne", "number", "batch",
                  "group", "couple", "pair", "load", "truckload", "shipment", "consignment", "kilogram",
                  "litre", "liter", "gallon", "bag", "sack", "crate", "pallet", "carton", "barrel", "lot"}
# Verbs and adjectives that make their infinitive complement a planned event.
# ("slat": the lemmatizer's reading of "are slated to meet").
PLAN_VERBS = {"expect", "schedule", "due", "set", "plan", "intend", "go", "prepare", "slate", "slat", "poised"}
PLANNED_AUX = {"will", "shall", "'ll", "would", "wo", "should"}
PLANNED_ADJECTIVES = {"upcoming", "planned", "forthcoming", "scheduled", "expected", "proposed"}
# Verbs that make their complement an attempt, a threat or a wish, not an event.
ATTEMPT_VERBS = {"try", "attempt", "seek", "strive", "struggle", "fail", "hope", "want", "urge", "aim",
                 "threaten", "vow", "pledge", "promise", "warn", "refuse", "demand", "ask", "call",
                 "deny", "reject", "dismiss"}
# Verbs whose object noun names an event someone else did: "X condemned the attacks" is not X's attack.
STANCE_VERBS = {"condemn", "claim", "accuse", "deny", "denounce", "criticise", "criticize", "praise",
                "welcome", "report", "confirm", "blame", "mourn", "reject", "describe", "investigate",
                "dismiss", "decry", "hail", "applaud", "justify", "defend", "call", "discuss", "protest"}
CONDITION_MARKS = {"if", "unless", "whether"}
# Prepositions whose object names where an event took place or went to.
LOCATION_PREPS = ("to", "in", "into", "at", "inside", "within", "outside", "near", "towards", "toward")
# Prepositions whose object an attack is aimed at ("air strikes on Kuro", "an offensive against X").
ATTACK_PREPS = ("on", "against")
# Prepositions whose DATE object is not the date of the event ("since October", "for months").
NON_POINT_PREPS = {"since", "until", "till", "for", "from", "by", "before", "after", "through",
                   "throughout", "following", "over", "within"}
# Prepositions that place a nominal event before or after the clause's own (a separate event).
TIME_PREPS = {"after", "before", "since", "following", "until", "amid", "during"}
# Adjunct prepositions whose nominal event shares the main clause's time ("in its operations on 7 May").
SAME_TIME_PREPS = {"in", "during", "on", "amid", "at"}
# Links from a trigger up to the clause it belongs to (relative clauses and "acl" start their own).
CHAIN_DEPS = {"xcomp", "pcomp", "pobj", "prep", "dobj", "conj", "advcl", "compound", "nsubjpass", "acomp"}
# Group nouns that stand for the state or organisation named in their modifier ("Israeli forces").
FORCE_NOUNS = {"army", "military", "force", "troop", "soldier", "militant", "fighter", "police",
               "navy", "jet", "warplane", "gunman", "militia", "delegation", "government",
               "authority", "unit", "brigade", "rebel", "insurgent", "guard", "drone", "missile"}
# Nouns for a harm done to someone, whose "of" phrase names the victim ("the killing of X").
VICTIM_NOUNS = {"killing", "murder", "kidnapping", "abduction"}
# Types kept without a named doer when the verb names who suffered it (a passive subject) or where:
# "a Swiss national was freed", "46 people were killed in Goma".
NULL_ACTOR_TYPES = {"release", "abduct", "kill", "attack", "seize"}
# Role nouns that stand for the state or body named in their "of" phrase ("the foreign ministers of X and Y").
REPRESENTATIVE_NOUNS = {"minister", "envoy", "leader", "delegation", "official", "president", "representative",
              "negotiator", "ambassador", "head", "counterpart", "chief", "delegate", "diplomat"}
PARTY_NOUNS = FORCE_NOUNS | GROUP_NOUNS | REPRESENTATIVE_NOUNS
# Nouns that, as the "with" object of talk or speak, are no party ("spoke with one voice").
NOT_PARTIES = {"voice", "reporter", "journalist", "press", "medium", "media", "audience", "crowd",
               "confidence", "caution", "urgency", "emotion", "conviction"}
# Clauses without a named doer that carry on the sentence's previous event ("..., killing 12").
CONTINUING_DEPS = {"advcl", "conj", "ROOT", "ccomp"}
# Grouping: words left out when comparing names, and date precisions from fine to coarse.
NAME_FILLER = {"the", "of", "'s", "a", "an", "mr", "mr.", "mrs", "mrs.", "ms", "ms."}
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
# Types whose nominal trigger takes its actor from a modifier ("Hamas attack", "Israeli strikes").
MODIFIER_ACTOR_TYPES = {"attack", "kill", "abduct", "propose", "seize", "release", "aid"}
# Types whose nominal trigger in an adjunct is done by the main clause's subject ("During talks with X, Y ...").
ADJUNCT_ACTOR_TYPES = {"visit", "meet"}
# Types whose noun, as a verb's object, is done by that verb's subject ("held talks", "sent a convoy").
LIGHT_VERB_TYPES = {"visit", "meet", "negotiate", "attack", "aid"}
# Types whose object or "to" phrase is a place by the meaning of the verb.
DESTINATION_TYPES = {"visit", "attack", "seize", "aid"}


def extract_events(doc: Doc, article_id: str, published_at: dt.date | None) -> Iterator[dict]:
    """Event mentions of `doc`, in text order, as rows of the events table (event_key left for grouping)."""
    previous: list[dict] = []  # the rows of the sentence before, for "they" at the start of the next
    for sent in doc.sents:
        rows: list[dict] = []
        for token in sent:
            etype = trigger_type(token)
            if etype is None or _is_unreal(token) or _is_restatement(token) or _is_toll_subject(token):
                continue
            row = _event_row(token, etype, article_id, published_at, rows, previous)
            if row is not None:
                rows.extend(_distribute(row, token))
        kept = sorted(_absorb(rows), key=lambda r: (r["start_char"], r["end_char"]))
        previous = kept
        yield from kept


def trigger_type(token: Token) -> str | None:
    """The event type a token triggers, or None; checks the arguments some triggers need."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and token.dep_ != "amod":
        return _verb_type(token, lemma)
    if token.pos_ == "NOUN" and token.dep_ != "compound":
        return _noun_type(token, lemma)
    return None


def _verb_type(token: Token, lemma: str) -> str | None:
    """Type of a verb trigger whose arguments fit."""
    etype = VERB_TRIGGERS.get(lemma)
    if etype is None:
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    obj_lemmas = {o.lemma_.lower() for o in objects} | {_counted(o).lemma_.lower() for o in objects}
    if _acl_head(token) is not None:
        obj_lemmas.add(_acl_head(token).lemma_.lower())
    if lemma in NEEDS_WITH and not any(o.lemma_.lower() not in NOT_PARTIES for o in _prep_objects(token, "with")):
        return None
    if lemma in NEEDS_DESTINATION and not (_prep_objects(token, "to") or _prep_objects(token, "into")):
        return None
    if lemma == "discuss" and not (_prep_objects(token, "with") or _discussed_with(token) or _conjoined_subject(token)):
        return None
    if lemma == "meet" and obj_lemmas & NOT_MET:
        return None
    met_with = _prep_objects(token, "with") if lemma == "meet" else []
    if met_with and any(c.dep_ == "nsubjpass" for c in token.children) and not any(_is_party(o) for o in met_with):
        return None  # "would be met with force", "was met with protests": a response, no meeting
    if lemma in ATTACK_VERB_CONDITIONS:
        if any(_ATTACK_CONDITIONS[name](token, objects) for name in ATTACK_VERB_CONDITIONS[lemma]):
            return "attack"
        if lemma not in PERSON_OBJECT_VERBS:
            return None
    if lemma == "put":
        return "propose" if _has_particle(token, "forward") else None
    if lemma in PLAN_OBJECT_VERBS and not obj_lemmas & PLAN_NOUNS:
        return None
    if lemma == "take":
        if "control" in obj_lemmas:
            return "seize"
        if (_has_particle(token, "back") or _armed_subject(token)) \
                and any(_is_place(o) for o in _place_objects(token, objects)):
            return "seize"  # "took back the region", "the rebels took Katale and Masisi towns"
        return "abduct" if obj_lemmas & {"hostage", "captive"} else None
    if lemma in WARNING_VERBS:
        return "threaten" if any(_announces_harm(c) for c in token.children if c.dep_ in ("ccomp", "xcomp")) else None
    if lemma == "host" and not any(_is_party(o) or _is_person(o) or o.lemma_.lower() in REPRESENTATIVE_NOUNS for o in objects):
        return None  # "hosted talks" is the talks' event; "hosted his counterparts" is a meeting
    if lemma == "come":
        # "the ship came under fire": an attack on the subject.
        return "attack" if {o.lemma_.lower() for o in _prep_objects(token, "under")} & {"fire", "attack"} else None
    if lemma in AIMED_VERBS and not _aimed(token, objects):
        return None
    if lemma in TRANSITIVE_ONLY and not objects:
        return None
    if lemma == "fight" and any(o.lemma_.lower() not in FIGHT_OBJECTS and not _is_party(o) for o in objects):
        return None  # "fight corruption"
    if lemma == "hand" and not _has_particle(token, "over"):
        return None
    if lemma in PERSON_OBJECT_VERBS and not any(_is_person(o) for o in _patients(token)):
        return None
    if lemma == "enter" and not _armed_subject(token):
        return None  # a convoy or a delegation entering a city takes nothing
    if lemma in ("seize", "capture") and any(
            (_is_captive(o) and o.pos_ != "PROPN") or _described_person(o) for o in _patients(token)):
        return "abduct"  # "gunmen seized two aid workers", "she was seized from her home"
    if lemma in PLACE_OBJECT_VERBS and not any(
            _is_place(o) or _place_span(o, destination=True) is not None for o in _place_objects(token, objects)):
        return None  # what is captured or entered is a place, whatever label the tagger gave its name
    if lemma == "rescue" and any(not _is_captive(o, named=True) for o in _patients(token)):
        return None  # "six sailors were rescued" from the sea is no hostage release
    if lemma == "strike" and obj_lemmas & PLAN_NOUNS:
        return None  # "strike a deal"
    if etype == "release" and obj_lemmas & NOT_RELEASED:
        return None
    if etype == "aid" and not obj_lemmas & AID_NOUNS:
        return None
    return etype


def _aimed(token: Token, objects: list[Token]) -> bool:
    """"launched 120 drones at Ukraine", "fired rockets against the base": aimed at someone."""
    return any(_prep_objects(token, p) for p in AIM_PREPS)


def _weapon_object(token: Token, objects: list[Token]) -> bool:
    """"dropped two bombs on the village", "fired a bomb in the town"."""
    return any(_counted(o).lemma_.lower() in WEAPON_NOUNS for o in objects)


def _fire_object(token: Token, objects: list[Token]) -> bool:
    """"exchanged fire", "traded cross-border fire", "opened fire on the crowd"."""
    return any(o.lemma_.lower() in FIRE_NOUNS for o in objects)


def _strike_subject(token: Token, objects: list[Token]) -> bool:
    """"strikes hit the market", "a missile hit the tanker": the subject is an attack or a weapon."""
    subject = _own_subject(token)
    return subject is not None and subject.lemma_.lower() in STRIKE_NOUNS | WEAPON_NOUNS


def _armed_subject_named(token: Token, objects: list[Token]) -> bool:
    """"the army targeted the village", "Israel targeted Hezbollah commanders": a force or a named party."""
    subject = _own_subject(token)
    if subject is None or not objects:
        return False
    return subject.lemma_.lower() in ARMED_NOUNS | {"police", "jet", "warplane", "plane", "aircraft"} \
        or _label(entity_of(subject)) in ("ORG", "GPE", "NORP")


_ATTACK_CONDITIONS = {"aimed": _aimed, "weapon_object": _weapon_object, "fire_object": _fire_object,
                      "strike_subject": _strike_subject, "armed_subject": _armed_subject_named}


def _noun_type(token: Token, lemma: str) -> str | None:
    """Type of a noun trigger whose modifiers fit."""
    etype = NOUN_TRIGGERS.get(lemma)
    if etype is None:
        return None
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in NOT_EVENT_MODIFIERS for c in token.children):
        return None  # "a press release"
    if lemma in SWAP_NOUNS and not (_swaps_people(token) and _prep_objects(token, "between")):
        return None  # "their first prisoner exchange in two months" restates the releases told beside it
    if etype == "visit":
        # A single trip somewhere; "eight trips" counts visits (a figure), not one event.
        if token.tag_ != "NN" or not (_prep_objects(token, "to") or _place_modifier(token)):
            return None
    if lemma in ("talk", "meeting"):
        return "meet" if _prep_objects(token, "with") else etype
    if etype == "aid":
        modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod")}
        modifiers |= {o.lemma_.lower() for o in _prep_objects(token, "of")}
        if not modifiers & (AID_NOUNS | {"humanitarian"}):
            return None
    return etype


def _struck_place(token: Token) -> bool:
    """An attack noun that did something or took lives, kept for its place even with no doer named: "the
    overnight drone assault on Kyiv damaged two buildings", "killed in air strikes on the town of X"."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in STRIKE_NOUNS and (
        (token.dep_ == "nsubj" and token.head.lemma_.lower() != "be") or _death_verb(token) is not None)


def _is_toll_subject(token: Token) -> bool:
    """"Ethiopian air raids have killed 900 civilians since January": a cumulative toll is the kill event of
    whoever made the raids, not one more attack."""
    verb = _death_verb(token)
    if verb is None or token.dep_ != "nsubj" or verb.lemma_.lower() != "kill":
        return False
    return any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children) or bool(_prep_objects(verb, "since"))


def _swaps_people(token: Token) -> bool:
    """"a prisoner exchange", "the swap of 90 captives", "a hostage swap between X and Y"."""
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    modifiers += [_counted(o) for o in _prep_objects(token, "of")]
    return any(_is_captive(m) or m.lemma_.lower() in ("pow", "prisoner-of-war") for m in modifiers)


def _event_row(token, etype, article_id, published_at, earlier, previous=()) -> dict | None:
    """One events row for a trigger, or None when it has nobody to do it."""
    actor_tok, actor = _actor(token, etype, earlier, previous)
    counterpart_tok, counterpart = _counterpart(token, etype, actor_tok)
    location_span = _location(token, etype)
    # "the killing of militia leader X on 12 May": kept for its named victim, whoever did it.
    named_victim = token.lemma_.lower() in VICTIM_NOUNS and counterpart_tok is not None \
        and _label(entity_of(counterpart_tok)) == "PERSON"
    if actor is None and not (etype == "assassinate" and counterpart) and not named_victim \
            and not (etype in NULL_ACTOR_TYPES and token.pos_ in ("VERB", "AUX")
                     and (location_span is not None or (etype != "kill" and _passive_subject(token) is not None))) \
            and not (_struck_place(token) and location_span is not None):
        return None
    planned = _is_planned(token)
    date_span = _date_span(token)
    date_text = _date_text(date_span) if date_span is not None else None
    date, precision = resolve_date(date_text, published_at, planned) if date_text else (None, None)
    pieces = [token, actor_tok, counterpart_tok, location_span, date_span]
    start, end = _extent(token, pieces)
    return {
        "event_id": make_id("evt", article_id, start, end, etype),
        "article_id": article_id,
        "type": etype,
        "trigger": token.text,
        "actor": actor,
        "counterpart": counterpart,
        "location": location_span.text if location_span is not None else None,
        "date": date,
        "date_text": date_text,
        "date_precision": precision,
        "planned": planned,
        **trace(token.doc, start, end),
        "_trigger": token,
    }


def _distribute(row: dict, token: Token) -> list[dict]:
    """"X and Y each released ...", "X and Y exchanged prisoners": one row per party, the other its counterpart."""
    subject = _own_subject(token)
    if subject is None or row["type"] != "release":
        return [row]
    reciprocal = token.lemma_.lower() in ("exchange", "swap") or any(
        c.lower_ == "each" for c in [*subject.children, *token.children])
    parties = [subject, *[c for c in subject.children if c.dep_ == "conj"]]
    names = [_party_name(p, actor=True) for p in parties]
    if not reciprocal or len(parties) != 2 or None in names or fold(names[0]) == fold(names[1]):
        return [row]
    rows = []
    for actor, counterpart in ((names[0], names[1]), (names[1], names[0])):
        rows.append({**row, "actor": actor, "counterpart": counterpart,
                     "event_id": make_id("evt", row["article_id"], row["start_char"], row["end_char"], row["type"], actor)})
    return rows


def _is_restatement(token: Token) -> bool:
    """A predicate noun ("It is their fifth meeting", "it was the 13th exchange it had mediated") describes an
    event reported elsewhere, and so does a relative clause on it."""
    if token.dep_ == "relcl":
        token = token.head
    return token.pos_ == "NOUN" and token.dep_ == "attr" and token.head.lemma_.lower() == "be"


def _absorb(rows: list[dict]) -> list[dict]:
    """Drop mentions that only restate another event of the sentence (the trip a meeting happens on,
    the killing that is part of an attack); strip the helper keys."""
    for row in rows:
        # "X killed 21 soldiers in an attack on a camp": one happening, the attack done by the killers.
        if row["type"] == "attack" and row["actor"] is None and _death_verb(row["_trigger"]) is not None:
            killers = [o for o in rows if o["_trigger"] is _death_verb(row["_trigger"]) and o["actor"]]
            if killers:
                row["actor"] = killers[0]["actor"]
    kept = []
    for row in rows:
        token = row["_trigger"]
        if row["type"] == "visit" and token.pos_ == "NOUN" and _governing_trigger(token, rows) is not None:
            continue
        if row["type"] == "kill" and any(
            other["type"] == "attack" and fold(other["actor"]) == fold(row["actor"]) for other in rows
        ):
            continue
        if row["type"] in ("kill", "attack") and any(
            other["type"] == "attack" and _death_verb(other["_trigger"]) is token for other in rows
        ):
            continue  # "fighting between X and Y killed 46": the deaths belong to the fighting
        kept.append(row)
    for row in kept:
        row.pop("_trigger")
    return kept


def _governing_trigger(token: Token, rows: list[dict]) -> dict | None:
    """The event of `rows` whose verb this nominal trigger is an adjunct of ("on his trip, X met Y")."""
    triggers = {r["_trigger"].i: r for r in rows if r["_trigger"].i != token.i}
    for ancestor in token.ancestors:
        if ancestor.i in triggers and ancestor.pos_ in ("VERB", "AUX"):
            return triggers[ancestor.i]
        if ancestor.pos_ in ("VERB", "AUX"):
            return None
    return None


# ---- whether it happened ----------------------------------------------------------------

def _is_unreal(token: Token) -> bool:
    """Negated, conditional, attempted, or the content of a plan: not an event that happened or is planned."""
    for verb in _clause_chain(token):
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children):
            return True
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ATTEMPT_VERBS:
            return True
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "deny":
            return True  # "denied that its forces attacked"
        if verb.dep_ in ("dobj", "prep", "pobj") and verb.head.lemma_.lower() in CONTENT_VERBS:
            return True
        if verb.dep_ == "pobj" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in UNREAL_OF_NOUNS:
            return True  # "fears of an assault on the city"
    return _inside_plan(token)


def _clause_chain(token: Token) -> list[Token]:
    """The trigger and the tokens it hangs from up to its own finite clause (through objects,
    prepositions, infinitives and participles)."""
    chain = [token]
    current = token
    while current.dep_ in CHAIN_DEPS and current.head.i != current.i:
        if current.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in current.children):
            break
        if current.dep_ == "pobj" and current.head.lower_ in TIME_PREPS:
            break  # "after the assassination": an earlier event, not part of what the clause says
        current = current.head
        chain.append(current)
    return chain


def _inside_plan(token: Token) -> bool:
    """Whether the trigger spells out what a plan or deal contains ("a deal involving X releasing Y")."""
    child = token
    for ancestor in token.ancestors:
        if ancestor.lemma_.lower() in PLAN_NOUNS and ancestor.pos_ in ("NOUN", "PROPN"):
            # "the plan that Biden unveiled" is the plan being made, not its content.
            return child is not token or child.dep_ not in ("relcl", "acl")
        if ancestor.lemma_.lower() in CONTENT_VERBS:
            return True
        if ancestor.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in ancestor.children):
            return False
        child = ancestor
    return False


def _is_planned(token: Token) -> bool:
    """Future or scheduled: will/would, expected/due/scheduled to, an upcoming meeting."""
    if any(c.dep_ == "amod" and c.lower_ in PLANNED_ADJECTIVES for c in token.children) and token.pos_ == "NOUN":
        return True
    for verb in _clause_chain(token):
        if verb.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        if any(c.dep_ == "aux" and c.lower_ in PLANNED_AUX for c in verb.children):
            return True
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLAN_VERBS:
            return True
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be" and any(c.tag_ == "TO" for c in verb.children):
            return True  # "X is to meet Y", "they are to sign"
        if verb.lemma_.lower() in PLAN_VERBS and any(c.dep_ == "xcomp" for c in verb.children):
            return True
    return False


# ---- who, whom, where, when ---------------------------------------------------------------

def _actor(token: Token, etype: str, earlier: list[dict], previous=()) -> tuple[Token | None, str | None]:
    """The token standing for who did it and the name to report, or (None, None)."""
    subject = _own_subject(token) if token.pos_ in ("VERB", "AUX") else None
    if subject is not None and subject.lower_ == "they" and previous and previous[-1]["actor"] and not earlier:
        # "Gunmen stormed a village. They killed nine farmers": the doer of the event just told.
        return subject, previous[-1]["actor"]
    if token.lemma_.lower() == "come":
        # "X came under fire from Y": Y did it, X suffered it.
        head = next(iter(_prep_objects(token, "from")), None)
    elif token.pos_ in ("VERB", "AUX"):
        head = _verb_actor_token(token)
        if head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in STRIKE_NOUNS | WEAPON_NOUNS:
            # "Russian strikes killed two", "a missile hit the tanker": the doer is the attack's own.
            return _actor(head, "attack", [])
    else:
        head = _noun_actor_token(token, etype)
    if head is not None and _acronym(head) and head.dep_ in ("compound", "nmod"):
        return head, head.text
    if head is not None:
        name = _party_name(head, actor=True)
        if name is None and head.dep_ == "pobj" and head.head.dep_ == "agent" and head.pos_ == "NOUN" \
                and _is_passive(head.head.head):
            name = _phrase(head)  # "kidnapped by armed individuals": the text says who, if not by name
        if name is not None:
            return head, name
    # A participle or gerund with no subject of its own continues the sentence's last event.
    if token.pos_ in ("VERB", "AUX") and token.dep_ in CONTINUING_DEPS and not _own_subject(token) and earlier:
        last = earlier[-1]
        return None, last["actor"]
    return None, None


def _own_subject(token: Token) -> Token | None:
    """The verb's own subject or passive agent."""
    for child in token.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _passive_subject(token: Token) -> Token | None:
    """The passive subject of a verb ("a Swiss national was freed"), through "who" to the noun it stands for."""
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    return _relative_head(subject) if subject is not None else None


def _verb_actor_token(token: Token) -> Token | None:
    """Subject, passive agent, or the subject the verb shares with the clause it hangs from."""
    subject = _own_subject(token)
    if subject is not None:
        return _relative_head(subject)
    passive_infinitive = any(c.dep_ == "auxpass" for c in token.children) and any(c.tag_ == "TO" for c in token.children)
    if passive_infinitive or any(c.dep_ == "nsubjpass" for c in token.children):
        # "was attacked and then shot by gunmen": the agent of a conjoined passive did both.
        for verb in [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else []):
            agent = _agent(verb)
            if agent is not None:
                return agent
        return None  # passive without agent ("was among the hostages to be released"): the doer is not said
    if token.dep_ in ("conj", "xcomp", "advcl", "pcomp") and token.head.i != token.i:
        governor = token.head
        if token.dep_ == "pcomp":
            governor = governor.head  # "before traveling": the preposition hangs from the verb
            while governor.dep_ == "npadvmod" and governor.pos_ == "NOUN" and governor.head.i != governor.i:
                governor = governor.head  # "weeks after capturing Goma"
        if governor.dep_ == "acomp":
            governor = governor.head  # "is due to visit"
        if token.dep_ == "xcomp":
            # "X is expected to meet": the passive subject of a raising verb does the meeting.
            raised = next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
            if raised is not None:
                return _relative_head(raised)
        if governor.pos_ in ("VERB", "AUX"):
            return _verb_actor_token(governor)
    if token.dep_ in ("acl", "advcl") and token.head.pos_ in ("PROPN", "NOUN", "PRON"):
        return token.head  # "Blinken, meeting with families, said"
    if token.dep_ == "relcl":
        return token.head
    return None


def _is_passive(verb: Token) -> bool:
    """A passive verb, or one conjoined to a passive ("was attacked and then shot by gunmen")."""
    passive = {"nsubjpass", "auxpass"}
    return any(c.dep_ in passive for c in verb.children) or (
        verb.dep_ == "conj" and any(c.dep_ in passive for c in verb.head.children))


def _agent(verb: Token) -> Token | None:
    """The "by" agent of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _relative_head(subject: Token) -> Token:
    """"who" in a relative clause stands for the noun the clause modifies."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def _noun_actor_token(token: Token, etype: str) -> Token | None:
    """Possessor, "by" agent, a modifying name, a light verb's subject, or the main clause's subject."""
    for child in token.children:
        if child.dep_ == "poss":
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "acl":  # "talks facilitated by the U.S."
            for grand in child.children:
                if grand.dep_ == "agent":
                    return next((c for c in grand.children if c.dep_ == "pobj"), None)
    if token.dep_ == "nsubjpass":  # "the talks were facilitated by Oman"
        for sibling in token.head.children:
            if sibling.dep_ == "agent":
                return next((c for c in sibling.children if c.dep_ == "pobj"), None)
    between = _prep_objects(token, "between")
    if between:
        return between[0]
    if etype in MODIFIER_ACTOR_TYPES:
        modifier = _modifier_actor(token)
        if modifier is not None:
            return modifier
    if token.dep_ == "dobj" and token.head.pos_ in ("VERB", "AUX") and etype in LIGHT_VERB_TYPES \
            and token.head.lemma_.lower() not in STANCE_VERBS:
        return _verb_actor_token(token.head)  # "began his visit", "initiated a convoy"
    verb = _death_verb(token)
    if verb is not None and token.dep_ == "pobj" and _verb_actor_token(verb) is not None:
        return _verb_actor_token(verb)  # "Jihadists killed 21 soldiers in an attack on an army camp"
    if etype in ADJUNCT_ACTOR_TYPES and token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ in SAME_TIME_PREPS | {"before", "after"} and prep.head.pos_ in ("VERB", "AUX"):
            return _verb_actor_token(prep.head)
    return None


def _modifier_actor(token: Token) -> Token | None:
    """The doer named in a modifier of an event noun: "Hamas attack", "Russian drone and missile attacks",
    "army airstrikes", "a military air strike", "an RSF assault"."""
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
    nested = [g for m in modifiers for g in m.children if g.dep_ in ("compound", "amod", "nmod") and g.i < m.i]
    for child in [*modifiers, *nested]:
        if child.ent_type_ in ACTOR_LABELS:
            return child
    for child in modifiers:
        if child.lemma_.lower() in FORCE_NOUNS - WEAPON_NOUNS or _acronym(child):
            return child
    return None


def _acronym(token: Token) -> bool:
    """An untagged all-capitals name ("RSF", "ISWAP"): a group the tagger did not know."""
    return token.pos_ == "PROPN" and not token.ent_type_ and token.text.isupper() and len(token.text) > 1


def _counterpart(token: Token, etype: str, actor_tok: Token | None) -> tuple[Token | None, str | None]:
    """The other party: met with, attacked, assassinated, released to."""
    candidates: list[Token] = []
    if etype in ("meet", "negotiate"):
        candidates += _prep_objects(token, "with")
        if token.lemma_.lower() == "discuss":
            candidates += _discussed_with(token)
        if token.pos_ in ("VERB", "AUX") and etype == "meet":
            if token.lemma_.lower() != "discuss":  # what is discussed is a topic, not a party
                candidates += [c for c in token.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() != "talk"]
            subject = _own_subject(token) or _verb_actor_token(token)  # "X and Y are slated to meet"
            if subject is not None:
                candidates += [c for c in subject.children if c.dep_ == "conj"]
                if subject.lemma_.lower() in REPRESENTATIVE_NOUNS:  # "the ministers of X and Y met"
                    candidates += [c for o in _prep_objects(subject, "of") for c in o.children if c.dep_ == "conj"]
        candidates += [c for b in _prep_objects(token, "between") for c in b.children if c.dep_ == "conj"]
    elif etype == "attack":
        if token.lemma_.lower() == "come":
            candidates += [c for c in token.children if c.dep_ == "nsubj"]  # "the ship came under fire"
        if token.lemma_.lower() not in AIMED_VERBS:  # "launched drones at X": X, not the drones
            candidates += [c for c in token.children if c.dep_ in ("dobj", "obj")]
        aimed = AIM_PREPS if token.lemma_.lower() in AIMED_VERBS else ()
        for prep in (*aimed, "against", "on", "into"):
            candidates += _prep_objects(token, prep)
        candidates += [c for b in _prep_objects(token, "between") for c in b.children if c.dep_ == "conj"]
    elif etype == "assassinate":
        candidates += [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        candidates += _prep_objects(token, "of")
    elif etype == "threaten":
        for child in [token, *[c for c in token.children if c.dep_ == "xcomp"]]:
            candidates += [c for c in child.children if c.dep_ == "dobj"] + _prep_objects(child, "against")
    elif etype in ("release", "propose"):
        candidates += _prep_objects(token, "to")
    elif token.pos_ == "NOUN" and token.lemma_.lower() in VICTIM_NOUNS:
        candidates += _prep_objects(token, "of")  # "the killing of X": who suffered it
    victims = [_passive_subject(token)] if etype in ("release", "abduct", "attack") and token.pos_ in ("VERB", "AUX") \
        else []
    if etype == "attack":
        if token.lemma_.lower() in ATTACK_VERB_CONDITIONS and token.pos_ == "VERB":
            subject = _own_subject(token)  # "police and militants exchanged fire": the other side
            candidates += [c for c in subject.children if c.dep_ == "conj"] if subject is not None else []
        # What was dropped or fired, and a place hit ("the village", "the camp"), are not the party attacked:
        # the place is the location. A state attacked ("launched drones at Ukraine") is both.
        candidates = [c for c in candidates if _counted(c).lemma_.lower() not in WEAPON_NOUNS | FIRE_NOUNS | PLACE_NOUNS
                      and _label(entity_of(c)) not in ("LOC", "FAC")]
    for candidate in [v for v in victims if v is not None] + candidates:
        if actor_tok is not None and candidate.i == actor_tok.i:
            continue
        if candidate.ent_type_ in ("DATE", "TIME"):
            continue  # "on Tuesday" names when, not whom
        if candidate in victims:
            name = _victim_name(candidate)
        else:
            name = _party_name(candidate, actor=False, exclude=actor_tok)
        if name is not None:
            return candidate, name
    return None, None


def _location(token: Token, etype: str) -> Span | None:
    """A named place the event happened in or went to: "in Cairo", "to Tel Aviv", "invade Rafah"."""
    # (token, whether its direct object can be the place), nearest first.
    anchors = [(token, etype in DESTINATION_TYPES)]
    if token.pos_ == "NOUN":
        anchors += [(o, False) for o in _prep_objects(token, "of")]  # "the assassination of X in Tehran"
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        anchors.append((token.head, False))  # "began his visit", "launched an attack ... in"
    if token.dep_ == "xcomp":
        anchors.append((token.head, False))  # "In Israel, X is expected to meet ..."
    if token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass") and trigger_type(token.head) is None:
        anchors.append((token.head, False))  # "fighting raged in Omdurman"
    death_verb = _death_verb(token)
    if death_verb is not None:
        anchors.append((death_verb, False))  # "strikes killed two medics in Tyre", "killed in a strike in Tyre"
    # "killed in the fighting for Goma": the place of the event it happened in.
    anchors += [(o, False) for p in ("in", "during") for o in _prep_objects(token, p)
                if o.pos_ == "NOUN" and NOUN_TRIGGERS.get(o.lemma_.lower()) == "attack"]
    for anchor, with_object in anchors:
        objects = [c for c in anchor.children if c.dep_ in ("dobj", "obj")] if with_object else []
        if with_object:
            objects = _place_objects(anchor, objects)  # "Wad Madani, which the RSF seized"
        contested = _prep_objects(anchor, "for") if anchor.i != token.i and anchor.pos_ == "NOUN" else []
        objects += contested  # "the battle for Kyiv"
        # "took control of Khartoum"
        objects += [o for c in anchor.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "control"
                    for o in _prep_objects(c, "of")]
        for prep in LOCATION_PREPS + (ATTACK_PREPS if etype == "attack" and anchor.i == token.i else ()):
            objects += _prep_objects(anchor, prep)
        if anchor is death_verb or (anchor.i == token.i and token.lemma_.lower() in DEATH_VERBS):
            # "killed three people in Odesa", "900 civilians in Tigray": after a death, a name is where
            contested += [o for c in anchor.children if c.dep_ in ("dobj", "nsubjpass") for o in _prep_objects(c, "in")]
            objects += contested
        for obj in objects:
            place = _place_span(obj, destination=etype in DESTINATION_TYPES or obj in contested)
            if place is not None:
                return place
        modifier = _place_modifier(anchor)
        if modifier is not None:
            return modifier
    return None


def _death_verb(token: Token) -> Token | None:
    """The verb of dying an attack noun is told with: its subject ("Israeli strikes killed two medics") or
    its "in" adjunct ("three people were killed in an Israeli strike")."""
    if token.pos_ != "NOUN" or NOUN_TRIGGERS.get(token.lemma_.lower()) != "attack":
        return None
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in ("in", "during") and verb.dep_ == "prep":
        verb = verb.head
    elif token.dep_ != "nsubj":
        return None
    return verb if verb.lemma_.lower() in DEATH_VERBS and verb.pos_ == "VERB" else None


def _date_span(token: Token) -> Span | None:
    """The DATE expression that says when this event happened, from its own clause or the one it hangs from."""
    dates = [e for e in span_ents(token.sent) if e.label_ == "DATE"]
    if not dates:
        return None
    # "on 7 October, when Hamas stormed ...": the relative clause is about that date.
    if token.dep_ == "relcl" and any(c.lower_ == "when" for c in token.children):
        for ent in dates:
            if ent.start <= token.head.i < ent.end:
                return ent
    if token.dep_ == "nsubj" and token.head.dep_ == "relcl" and any(c.lower_ == "when" for c in token.head.children):
        return _date_span(token.head)  # "October 7, when a Hamas attack sparked ..."
    own = [e for e in dates if _date_anchor(e) is not None and _date_anchor(e).i == token.i]
    if own:
        return own[0]
    if _death_verb(token) is not None:
        return _date_span(_death_verb(token))  # "six people were killed on Monday in army airstrikes"
    if token.dep_ == "relcl" and any(c.lower_ in ("where", "when") for c in token.children):
        # "... to Addis Ababa on Saturday for a summit, where he will meet X": the time of the main clause.
        governor = token.head
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
            governor = governor.head
        return _date_span(governor) if governor.pos_ in ("VERB", "AUX") else None
    # Nominal events inside an adjunct ("in its operations on 7 May, X killed ...") share the verb's time.
    for ent in dates:
        anchor = _date_anchor(ent)
        if anchor is not None and anchor.dep_ == "pobj" and anchor.head.lower_ in SAME_TIME_PREPS \
                and anchor.head.head.i == token.i and trigger_type(anchor) is not None:
            return ent
    reported = _reported_date(token, dates)
    if reported is not None:
        return reported
    # Otherwise the time of the clause it hangs from: "began his visit on Monday", "stormed ..., killing".
    if token.dep_ in ("dobj", "xcomp", "conj", "advcl", "pcomp") and token.head.i != token.i:
        governor = token.head.head if token.dep_ == "pcomp" else token.head
        if token.dep_ == "conj" and governor.pos_ in ("VERB", "AUX") and trigger_type(governor) is None:
            return None  # "X said on Monday and attacked": a conjoined event keeps its own time
        return _date_span(governor) if governor.i != token.i else None
    return None


def _reported_date(token: Token, dates: list[Span]) -> Span | None:
    """"The ministry said four people were killed in a strike on Thursday": a date after the content of
    a report, hung by the parser on the reporting verb, dates the content ("said on Monday that" does not)."""
    verb = _clause_chain(token)[-1]
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORT_VERBS or verb.head.i > verb.i:
        return None
    for ent in dates:
        anchor = _date_anchor(ent)
        if anchor is not None and anchor.i == verb.head.i and ent.start > verb.right_edge.i:
            return ent
    return None


def _date_anchor(ent: Span) -> Token | None:
    """The verb or event noun a DATE expression is attached to; None for "since"/"for" dates."""
    current = ent.root
    while current.head.i != current.i:
        if current.dep_ == "pobj" and current.head.lower_ in NON_POINT_PREPS:
            return None
        head = current.head
        if head.pos_ in ("VERB", "AUX") or (head.pos_ == "NOUN" and trigger_type(head) is not None):
            return head
        if current.dep_ not in ("pobj", "prep", "npadvmod", "advmod", "compound", "nummod", "appos", "conj", "tmod", "nmod"):
            return None
        current = head
    return None


def _date_text(ent: Span) -> str:
    """The date words with their preposition, as written ("on 31 July", "ten days ago")."""
    doc = ent.doc
    start = ent.start
    if ent.root.dep_ == "pobj" and ent.root.head.i == start - 1 and doc[start - 1].lower_ in ("on", "in", "at", "during"):
        start -= 1
    return doc[start:ent.end].text


# ---- names -------------------------------------------------------------------------------

def _party_name(token: Token, actor: bool, exclude: Token | None = None) -> str | None:
    """The name a party token stands for: an entity, a pronoun's antecedent, a country for a national force."""
    if token.pos_ == "PRON":
        return _antecedent(token, exclude)
    entity = entity_of(token)
    lemma = _noun_lemma(token)
    if entity is not None and _label(entity) in ACTOR_LABELS | PLACE_LABELS:
        if _label(entity) == "NORP":
            return DEMONYMS.get(fold(entity.text), entity.text)
        return _strip_det(entity)
    # "a key centrist figure ... who resigned": the name it stands beside.
    if token.dep_ == "appos" and entity_of(token.head) is not None:
        return _party_name(token.head, actor, exclude)
    for child in token.children:
        if child.dep_ == "appos" and entity_of(child) is not None and _label(entity_of(child)) == "PERSON":
            return _strip_det(entity_of(child))
    if entity is None and token.pos_ == "PROPN" and token.dep_ not in ("compound", "nmod") and lemma not in PARTY_NOUNS:
        # A name the tagger missed ("Sybiha will meet ..."): the proper noun with its name parts.
        left = min([token.i, *[c.left_edge.i for c in token.lefts if c.dep_ == "compound"]])
        name = token.doc[left:token.i + 1]
        if all(t.pos_ in ("PROPN", "PUNCT") for t in name) and name.text[:1].isupper():
            return name.text
    owner = _owner(token)
    if owner is not None and (lemma in FORCE_NOUNS | REPRESENTATIVE_NOUNS | GROUP_NOUNS or not actor):
        return owner
    if lemma in REPRESENTATIVE_NOUNS:
        # "the foreign ministers of X and Y": the first state named.
        for obj in _prep_objects(token, "of"):
            if _label(entity_of(obj)) in ACTOR_LABELS:
                return _party_name(obj, actor)
    if lemma in GROUP_NOUNS and any(c.lower_ == "the" for c in token.children):
        named = _antecedent_group(token)  # "the group", "the rebels": the organisation last named
        if named is not None:
            return named
    if lemma in FORCE_NOUNS:
        return _phrase(token)
    if not actor and token.pos_ in ("NOUN", "PROPN"):
        return _phrase(token)
    return None


def _victim_name(token: Token) -> str | None:
    """Who suffered an event: a pronoun's antecedent, a person's name, else the noun phrase ("a Swiss national")."""
    if token.pos_ == "PRON":
        return _antecedent(token, None)
    entity = entity_of(token)
    if entity is not None and _label(entity) in ACTOR_LABELS:
        return _strip_det(entity)
    for child in token.children:
        if child.dep_ == "appos" and _label(entity_of(child)) == "PERSON":
            return _strip_det(entity_of(child))
    return _phrase(token) if token.pos_ in ("NOUN", "PROPN") else None


def _owner(token: Token) -> str | None:
    """The state or group a noun phrase belongs to: "Israeli forces", "Israel's soldiers", "Hamas militants"."""
    # The nearest modifier is the most specific: "Yemen's Houthi rebels" are Houthi.
    for child in sorted(token.lefts, key=lambda c: -c.i):
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            reporter = _reporting_subject(token)  # "The army said its troops had ..."
            if reporter is not None:
                return reporter
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            entity = entity_of(child)
            if entity is None:
                continue
            if _label(entity) == "NORP":
                return DEMONYMS.get(fold(entity.text), entity.text)
            if _label(entity) in ("GPE", "ORG"):
                return _strip_det(entity)
    # "fighters from the RSF", "a rival faction of the TPLF": the group they come from or belong to.
    if _noun_lemma(token) in PARTY_NOUNS:
        preps = ("from",) if _noun_lemma(token) in REPRESENTATIVE_NOUNS else ("from", "of")  # roles "of": see _party_name
        for obj in [o for prep in preps for o in _prep_objects(token, prep)]:
            if _label(entity_of(obj)) in ACTOR_LABELS or obj.lemma_.lower() in FORCE_NOUNS:
                name = _party_name(obj, actor=True)
                if name is not None:
                    return name
    return None


def _noun_lemma(token: Token) -> str:
    """The lemma, with a capitalised common noun the tagger took for a name ("Fighters from X killed")
    read as the noun it is."""
    lemma = token.lemma_.lower()
    singular = lemma[:-1] if lemma.endswith("s") else lemma
    if token.pos_ == "PROPN" and token.is_sent_start and lemma not in PARTY_NOUNS and singular in PARTY_NOUNS:
        return singular
    return lemma


def _reporting_subject(token: Token) -> str | None:
    """For a noun in a reported clause, the party that reports it: "The army said its troops ..." -> the army."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    reporter = verb.head
    if _own_subject(reporter) is None and reporter.dep_ in ("advcl", "conj") and reporter.head.pos_ in ("VERB", "AUX"):
        reporter = reporter.head  # "X claimed responsibility, saying its fighters ..."
    subject = _own_subject(reporter)
    if subject is None or subject.pos_ == "PRON" or subject.i == token.i:
        return None
    return _owner(subject) or _party_name(subject, actor=True) or _phrase(subject)


def _antecedent_group(token: Token) -> str | None:
    """The organisation or people a definite group noun refers back to: the closest subject name first."""
    window = WINDOWS["event_group"]
    # A name last used with a group noun ("M23 rebels", "Houthi fighters"), whatever its label, comes first.
    modifier = antecedent(token, lambda t: _name_ending_at(t, window, token, ACTOR_LABELS, group_modifier=True), window)
    if modifier is not None:
        return _party_name(modifier.root, actor=True)
    named = antecedent(token, lambda t: _name_ending_at(t, window, token, GROUP_LABELS), window, prefer=_subject_like)
    return _party_name(named.root, actor=True) if named is not None else None


def _name_ending_at(tok: Token, window: int, reference: Token, labels: frozenset[str], *,
                    group_modifier: bool = False, exclude: Token | None = None) -> Span | None:
    """The entity whose last token is `tok`, if it starts inside the reference's window, is not quoted speech
    (the speaker's words, not the reporter's reference) and has a fitting label."""
    entity = entity_of(tok)
    if entity is None or tok.i != entity.end - 1 or entity.start < window_start(reference, window):
        return None
    if entity.start in quoted_tokens(tok.doc) or _label(entity) not in labels:
        return None
    if exclude is not None and entity.start <= exclude.i < entity.end:
        return None
    if group_modifier and not (entity.root.dep_ in ("compound", "amod", "nmod")
                               and entity.root.head.lemma_.lower() in GROUP_NOUNS | ARMED_NOUNS):
        return None
    return entity


def _subject_like(entity: Span) -> bool:
    """A subject, a possessor, or a name modifying a subject ("the UAE foreign ministry said")."""
    root = entity.root
    if root.dep_ in SUBJECT_DEPS | {"poss"}:
        return True
    return root.dep_ in ("compound", "amod", "poss", "nmod") and root.head.dep_ in SUBJECT_DEPS


def _antecedent(pronoun: Token, exclude: Token | None) -> str | None:
    """The name a third-person pronoun refers to: the closest fitting name before it, subjects first."""
    lower = pronoun.lower_
    main = _main_clause_subject(pronoun)
    if main is not None:
        return main
    if lower in PERSON_PRONOUNS:
        labels = frozenset({"PERSON"})
    elif lower in GROUP_PRONOUNS:
        labels = frozenset({"ORG", "GPE"})
        # "In its operations ..., Hamas killed": the possessor is the clause's own subject.
        cataphor = _clause_subject_entity(pronoun, labels)
        if cataphor is not None:
            return cataphor
    else:
        return None
    if lower in PERSON_PRONOUNS and pronoun.dep_ == "poss":
        cataphor = _clause_subject_entity(pronoun, labels)
        if cataphor is not None:
            return cataphor
    window = WINDOWS["event_pronoun"]
    named = antecedent(pronoun, lambda t: _name_ending_at(t, window, pronoun, labels, exclude=exclude), window,
                       prefer=_subject_like)
    return _strip_det(named) if named is not None else None


def _main_clause_subject(pronoun: Token) -> str | None:
    """"Fighters from X killed 47 people when they stormed a camp": the subject of an adverbial clause
    is the main clause's subject when that comes first and agrees (people for "they", a person for "he")."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = _own_subject(verb.head)
    if subject is None or subject.i > pronoun.i or subject.pos_ == "PRON":
        return None
    person = _label(entity_of(subject)) == "PERSON"
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children) \
        or _noun_lemma(subject) != subject.lemma_.lower()  # "Fighters" tagged as a name
    agrees = person if pronoun.lower_ in PERSON_PRONOUNS else plural if pronoun.lower_ in ("they", "them") else False
    return _party_name(subject, actor=True) if agrees else None


def _clause_subject_entity(pronoun: Token, labels: set[str]) -> str | None:
    """For a possessive pronoun in a fronted adjunct, the named subject of the clause it is in."""
    current = pronoun
    while current.head.i != current.i and current.pos_ not in ("VERB", "AUX"):
        current = current.head
    if current.pos_ not in ("VERB", "AUX"):
        return None
    subject = _own_subject(current)
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        return _antecedent(subject, None) if subject.i != pronoun.i else None
    entity = entity_of(subject) or next(
        (e for e in (entity_of(c) for c in subject.children if c.dep_ == "compound") if e is not None), None
    )
    if entity is not None and _label(entity) in labels:
        return _strip_det(entity)
    return None


def _label(entity: Span | None) -> str | None:
    """An entity's label as most of its mentions in the article have it: the tagger may call "Zelenskiy"
    an ORG once and a PERSON five times, or "Goma" a PERSON once and a GPE elsewhere."""
    if entity is None:
        return None
    votes = entity.doc.user_data.get("newsfacts.events.label_votes")
    if votes is None:
        votes = {}
        for ent in doc_ents(entity.doc):
            names = [fold(_strip_det(ent))]
            if ent.label_ == "PERSON" and len(ent) > 1:
                names.append(fold(ent[-1].text))  # "Volodymyr Zelenskiy" votes for "Zelenskiy" too
            for name in names:
                tally = votes.setdefault(name, {})
                tally[ent.label_] = tally.get(ent.label_, 0) + 1
        entity.doc.user_data["newsfacts.events.label_votes"] = votes
    tally = votes.get(fold(_strip_det(entity)), {})
    best = max(tally.values(), default=0)
    if tally.get(entity.label_, 0) == best:
        return entity.label_  # ties keep the tagger's own reading
    return max(sorted(tally), key=lambda label: tally[label])


def _strip_det(entity: Span) -> str:
    """Entity text without a leading "the" ("the U.S." -> "U.S.")."""
    if entity[0].lower_ == "the" and len(entity) > 1:
        return entity[1:].text
    return entity.text


def _phrase(token: Token) -> str:
    """A noun with its left modifiers ("the Israeli army", "senior Israeli leaders")."""
    left = min([token.i, *[c.left_edge.i for c in token.lefts]])
    return token.doc[left:token.i + 1].text


def _place_span(token: Token, destination: bool = False) -> Span | None:
    """The named place a noun phrase names: "Cairo", "the Nuseirat refugee camp" -> Nuseirat."""
    entity = entity_of(token)
    if entity is not None and _label(entity) in PLACE_LABELS:
        return entity
    beside_place = any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in token.children)
    if (destination or beside_place) and token.pos_ == "PROPN" and token.ent_type_ not in ("NORP", "DATE", "TIME"):
        # Where one travels to or invades is a place, whatever label the tagger guessed ("visited Kyiv").
        if entity is not None:
            return entity
        left = min([token.i, *[c.i for c in token.children if c.dep_ == "compound" and c.i < token.i]])
        return token.doc[left:token.i + 1]
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss") and entity_of(child) is not None \
                and _label(entity_of(child)) in PLACE_LABELS and token.lemma_.lower() in PLACE_NOUNS:
            return entity_of(child)
    if token.lemma_.lower() in PLACE_NOUNS:
        # "the town of Koro" (whatever label the name got), "the market in Nyala".
        for obj, as_destination in [*((o, True) for o in _prep_objects(token, "of")),
                                    *((o, False) for o in _prep_objects(token, "in"))]:
            place = _place_span(obj, destination=as_destination)
            if place is not None:
                return place
    return None


def _place_modifier(token: Token) -> Span | None:
    """A place name modifying an event noun: "a Middle East tour", "the Gaza offensive"."""
    if token.pos_ != "NOUN":
        return None
    for child in token.children:
        if child.dep_ in ("compound", "nmod") and entity_of(child) is not None \
                and _label(entity_of(child)) in PLACE_LABELS:
            return entity_of(child)
    return None


def _is_place(token: Token) -> bool:
    """A named place, a noun for a place ("the crossing", "the city"), or a name set beside one
    ("Wad Madani, the capital of ...", whatever label the tagger gave the name)."""
    if _place_span(token) is not None or token.lemma_.lower() in PLACE_NOUNS:
        return True
    return token.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in token.children)


# ---- small parse helpers -----------------------------------------------------------------

def _prep_objects(token: Token, prep: str) -> list[Token]:
    """Objects of a preposition hanging from `token` ("with X", "to Y"), with their conjuncts' heads first."""
    return [
        obj for child in token.children if child.dep_ == "prep" and child.lower_ == prep
        for obj in child.children if obj.dep_ == "pobj"
    ]


def _discussed_with(verb: Token) -> list[Token]:
    """Parties in a "with" phrase the parser hung on what was discussed ("discussed the collapse of the
    truce with Saudi officials")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return [o for obj in objects for t in obj.subtree
            for o in _prep_objects(t, "with") if _is_party(o)]


def _has_particle(token: Token, particle: str) -> bool:
    """Phrasal verb particle ("put forward")."""
    return any(c.lower_ == particle and c.dep_ in ("prt", "advmod", "prep") for c in token.children)


def _conjoined_subject(token: Token) -> bool:
    """"X and Y discussed": a subject with a conjunct."""
    subject = _own_subject(token)
    return subject is not None and any(c.dep_ == "conj" for c in subject.children)


def _place_objects(token: Token, objects: list[Token]) -> list[Token]:
    """Candidates for the place a verb acts on: its objects, the noun a relative clause without an object
    modifies ("Wad Madani, which the RSF seized"), and the whole a part names ("the whole of the region")."""
    found = [o for o in objects if o.lower_ not in RELATIVE_PRONOUNS]
    if not found and _acl_head(token) is not None:
        found.append(_acl_head(token))
    for obj in list(found):
        if obj.lemma_.lower() in PARTITIVE_NOUNS:
            found += _prep_objects(obj, "of")
    return found


def _patients(token: Token) -> list[Token]:
    """Who or what a verb acts on: its object, or its passive subject ("she was handed over"), through
    a number or measure ("exchanged hundreds of prisoners")."""
    found = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    found += [_relative_head(c) for c in token.children if c.dep_ == "nsubjpass"]
    return [_counted(c) for c in found]


def _counted(token: Token) -> Token:
    """What a number or measure counts: "hundreds of prisoners" -> prisoners; other tokens as they are."""
    while token.lemma_.lower() in QUANTITY_NOUNS or token.tag_ == "CD":
        counted = _prep_objects(token, "of")
        if not counted:
            break
        token = counted[0]
    return token


def _is_person(token: Token) -> bool:
    """A person or people: a personal pronoun, a PERSON name, or a noun for people ("prisoners")."""
    if token.pos_ == "PRON":
        return token.lower_ in PERSON_PRONOUNS | {"they", "them"}
    if _label(entity_of(token)) == "PERSON":
        return True
    return token.lemma_.lower() in PEOPLE_NOUNS


def _is_captive(token: Token, named: bool = False) -> bool:
    """Someone who can be held: a hostage or prisoner, a person pronoun, and a noun for people (or, with
    `named`, a person's name instead)."""
    lemma = token.lemma_.lower()
    if lemma in {"hostage", "captive", "prisoner", "detainee"}:
        return True
    if token.pos_ == "PRON":
        return token.lower_ in PERSON_PRONOUNS | {"they", "them"}
    if _label(entity_of(token)) == "PERSON":
        return named and not _is_place(token)
    return not named and lemma in PEOPLE_NOUNS


def _described_person(token: Token) -> bool:
    """A name the text itself shows to be a person's: "Helga Brandner, who had lived ...", "X, an aid worker"."""
    for child in token.children:
        if child.dep_ == "relcl" and any(c.lower_ in ("who", "whom", "whose") for c in child.subtree):
            return True
        if child.dep_ == "appos" and child.lemma_.lower() in PEOPLE_NOUNS | REPRESENTATIVE_NOUNS:
            return True
    return False


def _announces_harm(verb: Token) -> bool:
    """A warning's complement that is a threat: the speaker's own harm ("it would target any convoy",
    "to retaliate") or a response to the other side ("provocations would be met with force")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.lemma_.lower() == "meet" and subject is not None and subject.dep_ == "nsubjpass":
        return bool(_prep_objects(verb, "with"))
    if verb.lemma_.lower() not in HARM_VERBS:
        return False
    if verb.dep_ == "xcomp":
        return True
    future = any(c.dep_ == "aux" and c.lower_ in PLANNED_AUX for c in verb.children)
    return future and subject is not None and subject.lower_ in SUBJECT_PRONOUNS


def _is_party(token: Token) -> bool:
    """Someone who can meet or fight: a named actor, a pronoun for people, or a noun for a group or role."""
    if token.pos_ == "PRON":
        return token.lower_ not in ("it", "itself")
    if _label(entity_of(token)) in ACTOR_LABELS:
        return True
    return token.lemma_.lower() in FORCE_NOUNS | REPRESENTATIVE_NOUNS | GROUP_NOUNS | PEOPLE_NOUNS


def _armed_subject(token: Token) -> bool:
    """Whether the verb's subject is an armed force ("M23 fighters entered ...")."""
    subject = _verb_actor_token(token)
    return subject is not None and subject.lemma_.lower() in ARMED_NOUNS


def _acl_head(token: Token) -> Token | None:
    """The noun a participle or relative clause modifies ("a plan announced by ...")."""
    if token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    return None


def _extent(token: Token, pieces: list) -> tuple[int, int]:
    """Character span of the mention: the trigger and the arguments found in its sentence."""
    sent = token.sent
    start, end = token.idx, token.idx + len(token.text)
    for piece in pieces:
        if piece is None:
            continue
        if isinstance(piece, Token):
            p_start, p_end = piece.idx, piece.idx + len(piece.text)
        else:
            p_start, p_end = piece.start_char, piece.end_char
        if sent.start_char <= p_start and p_end <= sent.end_char:
            start, end = min(start, p_start), max(end, p_end)
    return start, end


def assign_event_keys(events: list[dict]) -> None:
    """Set row["event_key"] in place so that mentions of the same event across articles share a key; called after the resolve stage replaced actor/counterpart/location with canonical names."""
    by_type: dict[str, list[_Cluster]] = {}
    for row in sorted(events, key=_grouping_order):
        clusters = by_type.setdefault(row["type"], [])
        for cluster in clusters:
            if cluster.accepts(row):
                cluster.add(row)
                break
        else:
            clusters.append(_Cluster(row))
    for clusters in by_type.values():
        for cluster in clusters:
            first = cluster.rows[0]
            key = make_id("evk", first["type"], _party_key(first, "actor"), _party_key(first, "location"),
                          first.get("date"), first["event_id"])
            for row in cluster.rows:
                row["event_key"] = key


# The fields that decide whether two mentions can be one event.
_SIGNATURE_FIELDS = ("type", "actor", "actor_entity_id", "counterpart", "counterpart_entity_id", "location",
                     "location_entity_id", "date", "date_precision")


class _Cluster:
    """Mentions grouped as one event. A new mention must fit every member; members that look alike are
    compared once (their distinct signatures), which keeps grouping near-linear on repetitive corpora."""

    def __init__(self, row: dict) -> None:
        self.rows: list[dict] = []
        self.signatures: dict[tuple, dict] = {}
        self.planned_by_article: dict[str, set] = {}
        self.add(row)

    def add(self, row: dict) -> None:
        self.rows.append(row)
        self.signatures.setdefault(tuple(row.get(f) for f in _SIGNATURE_FIELDS), row)
        self.planned_by_article.setdefault(row["article_id"], set()).add(row.get("planned"))

    def accepts(self, row: dict) -> bool:
        """Whether the mention fits every member: the same article-level planned state and compatible fields."""
        planned = self.planned_by_article.get(row["article_id"])
        if planned and planned != {row.get("planned")}:
            return False  # a planned and a past mention in one article are two events
        return all(_same_fields(row, other) for other in self.signatures.values())


def _grouping_order(row: dict) -> tuple:
    """Rows with the most known fields first, so a cluster is seeded by its best-described mention."""
    unknown = sum(row.get(f) is None for f in ("actor", "counterpart", "location", "date"))
    return (row["type"], unknown, str(row.get("date") or ""), row["article_id"], row["start_char"], row["event_id"])


def _party_key(row: dict, field: str) -> str | None:
    """Entity id where the resolve stage gave one, else the folded name."""
    return row.get(f"{field}_entity_id") or (fold(row.get(field)) or None)


def _same_fields(a: dict, b: dict) -> bool:
    """Type, parties, place and date compatible (the article-level planned check aside)."""
    if a["type"] != b["type"]:
        return False
    return (_names_compatible(a, b, "actor") and _names_compatible(a, b, "counterpart")
            and _names_compatible(a, b, "location") and _dates_compatible(a, b))


def _names_compatible(a: dict, b: dict, field: str) -> bool:
    """Unknown on either side, the same entity, or one name's words inside the other's."""
    id_a, id_b = a.get(f"{field}_entity_id"), b.get(f"{field}_entity_id")
    if id_a and id_b:
        return id_a == id_b
    name_a, name_b = fold(a.get(field)), fold(b.get(field))
    if not name_a or not name_b:
        return True
    words_a, words_b = set(name_a.split()) - NAME_FILLER, set(name_b.split()) - NAME_FILLER
    return name_a == name_b or words_a <= words_b or words_b <= words_a



def _dates_compatible(a: dict, b: dict) -> bool:
    """Unknown on either side, or the finer date falls inside the coarser one's period."""
    date_a, date_b = a.get("date"), b.get("date")
    if date_a is None or date_b is None:
        return True
    prec_a = a.get("date_precision") or "day"
    prec_b = b.get("date_precision") or "day"
    coarse, other = (a, b) if PRECISION_RANK.get(prec_a, 0) >= PRECISION_RANK.get(prec_b, 0) else (b, a)
    start, day = coarse["date"], other["date"]
    precision = coarse.get("date_precision") or "day"
    if precision == "day":
        return start == day
    if precision == "week":
        return start <= day < start + dt.timedelta(days=7)
    if precision == "month":
        return (start.year, start.month) == (day.year, day.month)
    return start.year == day.year
