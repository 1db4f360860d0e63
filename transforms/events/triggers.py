"""Whether a word triggers an event: the trigger tables (transforms/events/table.py) and the named
conditions their entries list.

A condition looks at the trigger in its sentence and gives no verdict (None: the next condition
decides), NO_EVENT, or the event type. A trigger all of whose conditions give no verdict has its
table's type. Each condition carries an example sentence, its trigger word and the type that word
gets there (None: no event); tests/test_events.py checks every example.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Token

from newsfacts.transforms.events.parties import _armed_subject, _is_armed_side, _verb_actor_token
from newsfacts.transforms.events.syntax import (
    weapon_fire,
    _hyphen_doer,
    known_place_name,
    event_lemma,
    _acl_head,
    _conjoined_subject,
    _counted,
    _death_verb,
    _relative_head,
    _described_person,
    _discussed_with,
    _has_particle,
    _is_captive,
    _told_taken,
    _is_party,
    _is_passive,
    _is_person,
    _passive_subject,
    _is_place,
    _agent,
    _label,
    _noun_lemma,
    _own_subject,
    _patients,
    _place_modifier,
    _place_objects,
    _place_span,
    _prep_objects,
    _represented_by,
    _one_role,
    _with_apposed,
    _recipients,
    _swaps_people,
    _weapon_doer,
)
from newsfacts.transforms.events.table import ATTACK_NOUNS, NO_TRIGGER, NOUN_TRIGGERS, VERB_TRIGGERS
from newsfacts.transforms.events.words import (
    CAPTOR_WORDS,
    HOLDER_ROLE_NOUNS,
    TAKING_VERBS,
    EDGE_NOUNS,
    PERSON_NOUNS,
    SHOT_PEOPLE_NOUNS,
    COUNTRY_NOUNS,
    PLACE_NOUNS,
    GATHERING_PARTIES,
    MEDIATION_VERBS,
    ARMED_BAND_NOUNS,
    CAPTOR_BAND_NOUNS,
    DECLARED_TRUCE_NOUNS,
    ENDED_TRUCE_WORDS,
    HAPPENING_NOUNS,
    SMALL_TIME_UNITS,
    TIME_UNITS,
    ACCIDENT_BLAST_WORDS,
    AID_NOUNS,
    AID_MODIFIERS,
    CARRYING_VERBS,
    SENDING_VERBS,
    BLAST_NOUNS,
    AIM_PREPS,
    AIRCRAFT_NOUNS,
    BODY_PART_NOUNS,
    ERUPTION_VERBS,
    FLIGHT_END_PREPS,
    HIJACKED_VEHICLES,
    ARMED_NOUNS,
    ARSON_WORDS,
    ATTACK_VERB_CONDITIONS,
    COUNT_ADJECTIVES,
    OPERATION_START_VERBS,
    TOPIC_PREPS,
    TIME_MARKS,
    SETTING_PREPS,
    TIME_PREPS,
    FIGHT_OBJECTS,
    ATTACK_PREPS,
    MELEE_NOUNS,
    LOCATION_PREPS,
    FIRE_NOUNS,
    FORCE_NOUNS,
    HALT_VERBS,
    ENTERED_BUILDING_NOUNS,
    HELD_SITE_NOUNS,
    TAKER_NOUNS,
    HARM_VERBS,
    NOT_MET,
    NOT_PARTIES,
    OWN_FORCE_POSSESSIVES,
    NOT_RELEASED,
    OFFERED_DEEDS,
    OFFERED_THINGS,
    PERSON_OBJECT_VERBS,
    PLAN_NOUNS,
    PLANNED_AUX,
    REPRESENTATIVE_NOUNS,
    STRIKE_NOUNS,
    SWAP_NOUNS,
    WEAPON_NOUNS,
    DEATH_VERBS,
    BURNED_NOUNS,
    DOER_NOUNS,
    EXECUTED_THINGS,
    THROWN_NOUNS,
    CAPTIVE_ROLES,
    VERBAL_TARGETS,
    PROPOSING_VERBS,
    RULE_OBJECTS,
    SITE_TAKING_VERBS,
    RETALIATION_NOUNS,
    RESPONSE_VERBS,
    TRUCE_MODIFIERS,
    TRUCE_NOUNS,
    SAID_THREAT_VERBS,
    FORCEFUL_ADVERBS,
    MEDIA_NOUNS,
    HARM_TYPES,
    NATURAL_FORCE_NOUNS,
    SIGNED_PACT_NOUNS,
    ARRESTING_NOUNS,
    ARRESTING_FORCE_MODIFIERS,
    WANTED_NOUNS,
)
from newsfacts.transforms.language.discourse import entity_of
from newsfacts.transforms.language.gazetteer import agency, armed_group
from newsfacts.transforms.language.lexicon import (
    ACTOR_LABELS,
    REPORT_VERBS,
    DEMONYMS,
    GROUP_LABELS,
    PLACE_LABELS,
    NOT_EVENT_MODIFIERS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from newsfacts.transforms.language.rules import VerdictRule
from newsfacts.transforms.spans import fold


NO_EVENT = "no event"
# Nouns of a harm done, which a vowed response may answer ("revenge for the killing").
_HARM_NOUNS = frozenset(
    lemma for lemma, trigger in NOUN_TRIGGERS.items() if trigger.type in ("attack", "kill", "assassinate")
)


class Trig:
    """A trigger word with what the conditions look at: its lemma, table type, objects and their lemmas."""

    def __init__(self, token: Token, lemma: str, etype: str) -> None:
        self.token, self.lemma, self.etype = token, lemma, etype
        self.objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]

    @cached_property
    def obj_lemmas(self) -> set[str]:
        """Lemmas of the objects, of what they count, and of the noun a participle modifies."""
        lemmas = {o.lemma_.lower() for o in self.objects} | {_counted(o).lemma_.lower() for o in self.objects}
        if _acl_head(self.token) is not None:
            lemmas.add(_acl_head(self.token).lemma_.lower())
        return lemmas

    @cached_property
    def patients(self) -> list[Token]:
        """Who or what the verb acts on."""
        return _patients(self.token)

    def preps(self, prep: str) -> list[Token]:
        """Objects of a preposition on the trigger."""
        return _prep_objects(self.token, prep)


@dataclass(frozen=True)
class Condition(VerdictRule[Trig]):
    """A named condition of the trigger tables, with a sentence whose `word` it decides as `expected`."""

    word: str
    expected: str | None


# Words that make talk chatter, no negotiation ("made small talk before the session").
IDLE_TALK_MODIFIERS = frozenset({"small", "trash", "pillow", "shop"})


def _found_dead(verb: Token) -> bool:
    """ "two monitors were found dead in Kasai": people found dead were killed (GUIDELINE: deaths caused), whoever
    did it; "found the papers in order" finds no one."""
    victim = _passive_subject(verb)
    dead = any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod", "xcomp") for c in verb.children)
    return verb.pos_ == "VERB" and dead and victim is not None


def _unless(holds: bool, verdict: str | None = None) -> str | None:
    """No verdict when the condition holds, else NO_EVENT (or `verdict`)."""
    return None if holds else (verdict or NO_EVENT)


def _entered_to_strike(verb: Token) -> bool:
    """ "fighters entered the camp at dawn, setting fire to shelters", "entered the town and torched the
    market": armed men who enter a place and do harm there attack it; entering alone takes it."""
    return any(
        c.dep_ in ("conj", "advcl") and VERB_TRIGGERS.get(c.lemma_.lower(), NO_TRIGGER).type in HARM_TYPES
        for c in verb.children
    )


def _met_with_response(t: Trig) -> str | None:
    met_with = t.preps("with")
    passive = any(c.dep_ == "nsubjpass" for c in t.token.children)
    return _unless(not (met_with and passive and not any(_is_party(o) for o in met_with)))


def _attack_told_otherwise(t: Trig) -> str | None:
    if any(_ATTACK_CONDITIONS[name](t.token, t.objects) for name in ATTACK_VERB_CONDITIONS[t.lemma]):
        return "attack"
    return None if t.lemma in PERSON_OBJECT_VERBS else NO_EVENT


def _captives_returned(t: Trig) -> str | None:
    """ "returned the 110 girls they had abducted", "returned the hostages", "three captured soldiers were
    handed back to Kessa": captives handed back are released (what else is returned, fire or a favour, is left to the
    next condition)."""
    held = [h for o in (*t.objects, *t.patients) for h in (o, *_prep_objects(o, "of"))]  # "all of the girls"
    return "release" if any(_held_captive(h) for h in held) else None


def _rescued_from_captors(t: Trig) -> bool:
    """ "rescued a man and his wife from militants", "freed the crew from their kidnappers": people taken from
    armed men or captors were held by them (a rescue from a flood or the rubble frees no captive)."""
    people = [p for o in t.patients for p in (o, *o.conjuncts) if _is_person(p) or _label(entity_of(p)) == "PERSON"]
    captors = [*t.preps("from"), *(c for o in t.patients for c in _prep_objects(o, "from"))]
    return bool(people) and any(_is_armed_side(c) or c.lemma_.lower() in CAPTOR_WORDS for c in captors)


def _call_paid(t: Trig) -> bool:
    """ "paid the governor a courtesy call", "paid a call on the president": a call paid on someone is a visit to meet
    them (GUIDELINE: meet)."""
    payer = t.token.head if t.token.dep_ in ("dobj", "obj") else None
    if payer is None or payer.lemma_.lower() != "pay":
        return False
    if any(c.dep_ == "dative" for c in payer.children):
        return True  # "paid the mayor a call": whom it was paid to
    hosts = _prep_objects(t.token, "on") + _prep_objects(payer, "on")
    return any(_is_party(h) or _is_person(h) or h.lemma_.lower() in HOLDER_ROLE_NOUNS for h in hosts)


def _held_captive(noun: Token) -> bool:
    """A captive, or people told as taken ("the abducted students", "the girls they had abducted")."""
    if noun.pos_ == "NOUN" and _is_captive(noun, named=True):
        return True
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    return noun.lemma_.lower() in PERSON_NOUNS and any(c.lemma_.lower() in TAKING_VERBS for c in clauses)


def _taken_places(t: Trig) -> list[Token]:
    """What may be a place taken: the objects and their conjuncts ("took Katale and Masisi towns")."""
    places = _place_objects(t.token, t.objects)
    return places + [c for p in places for c in p.children if c.dep_ == "conj"]


def _taken_as(t: Trig) -> set[str]:
    """What is taken, or what someone is taken as: "took ten hostages", "two others were taken prisoner"."""
    taken = t.obj_lemmas | {c.lemma_.lower() for c in t.token.children if c.dep_ == "oprd"}
    taken |= {o.lemma_.lower() for o in t.preps("as")}  # "took civilians as hostages"
    # "took one soldier captive": the parser may hang the role on the object as an adjective after it
    return taken | {a.lemma_.lower() for o in t.objects for a in o.children if a.dep_ == "amod" and a.i > o.i}


def _warns_of_harm(t: Trig) -> bool:
    """ "warned that it would strike", "vowed to retaliate", "vowed a robust response", "warned of a crushing
    response", "vowed to respond": harm to come."""
    complements = [c for c in t.token.children if c.dep_ in ("ccomp", "xcomp")]
    harm = any(_announces_harm(c) for c in complements)
    vowed = t.token.lemma_.lower() == "vow"  # "vowed to respond": an answer in arms, vowed
    harm = harm or (vowed and any(c.dep_ == "xcomp" and c.lemma_.lower() in RESPONSE_VERBS for c in complements))
    return harm or any(_retaliation(o) for o in [*t.objects, *t.preps("of")])


def _retaliation(noun: Token) -> bool:
    """ "a robust response", "revenge for the killing", "a response to the attack"; not "a response to the floods"."""
    answered = [o for p in ("to", "for") for o in _prep_objects(noun, p)]
    return noun.lemma_.lower() in RETALIATION_NOUNS and all(o.lemma_.lower() in _HARM_NOUNS for o in answered)


def _taken_over(t: Trig) -> str | None:
    """ "were taken over by the Jubba Brigades", "most of these islands were taken over by ISWAP": taken over
    by an armed group, or places taken over by a named body."""
    if not _has_particle(t.token, "over"):
        return None
    taken = [c for c in t.token.children if c.dep_ == "nsubjpass"]
    places = any(_is_place(o) for c in taken for o in (c, *_prep_objects(c, "of")))
    agent = _agent(t.token)
    named = agent is not None and _label(entity_of(agent)) == "ORG"
    return "seize" if _armed_subject(t.token) or (places and named) else None


def _take_place(t: Trig) -> str | None:
    taker = _has_particle(t.token, "back") or _armed_subject(t.token)
    return "seize" if taker and any(_is_place(o) for o in _taken_places(t)) else None


def _host_party(t: Trig) -> str | None:
    """ "Qatar hosted the talks", "hosted the envoy": a host receives parties; a region hosting a counted crowd
    ("hosting 1.7 million displaced people") shelters them."""
    counted = [o for o in t.objects if any(c.dep_ == "nummod" for c in o.children) or _counted(o) is not o]
    if counted and all(_counted(o).lemma_.lower() not in REPRESENTATIVE_NOUNS for o in counted):
        return NO_EVENT
    return _unless(any(_is_party(o) or _is_person(o) or o.lemma_.lower() in REPRESENTATIVE_NOUNS for o in t.objects))


def _intervened_in_war(t: Trig) -> str | None:
    """ "a coalition that intervened in the war in 2015", "intervened militarily": an armed entry into a war; a
    court or an envoy intervening in a dispute is none."""
    armed = any(c.dep_ == "advmod" and c.lower_ == "militarily" for c in t.token.children)
    return _unless(armed or any(o.lemma_.lower() in WAR_NOUNS for o in t.preps("in")))


# Wars one may enter by arms ("intervened in the war", "in the conflict").
WAR_NOUNS = frozenset({"war", "conflict", "fighting", "insurgency", "uprising"})


def _fight_party(t: Trig) -> str | None:
    return _unless(not any(o.lemma_.lower() not in FIGHT_OBJECTS and not _is_party(o) for o in t.objects))


def _strove_to(t: Trig) -> str | None:
    """ "doctors fought to save the wounded", "crews battled to reach the site": striving to do something, with
    no one fought (armed men who fought to take a town fought for it)."""
    aims = [c for c in t.token.children if c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children)]
    sides = [o for p in ("with", "against") for o in t.preps(p) if _is_party(o)]
    return _unless(not (aims and not t.objects and not sides and not _armed_subject(t.token)))


def _next_word(token: Token) -> str | None:
    """The next word, lower case ("shot dead X", where the parser may hang "dead" on X)."""
    return token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else None


def _clash_of_speakers(t: Trig) -> str | None:
    """ "clashes between the Dutch and Italian leaders over migration", "the two ministers clashed": a quarrel of
    people who speak for their side (leaders, ministers, persons named), no fight; soldiers and fighters clash."""
    token = t.token
    sides = [o for p in ("between", "with") for o in t.preps(p)]
    if token.pos_ == "VERB":
        subject = _own_subject(token)
        sides += [subject] if subject is not None else []
    sides = [s for side in sides for s in (side, *side.conjuncts)]
    speakers = bool(sides) and all(_noun_lemma(s) in SPEAKING_ROLE_NOUNS or s.ent_type_ == "PERSON" for s in sides)
    return NO_EVENT if speakers else None


# Roles of people whose clashes are quarrels (not "members" of a group, who may be fighters).
SPEAKING_ROLE_NOUNS = frozenset(
    {"leader", "minister", "president", "premier", "chancellor", "envoy", "diplomat", "ambassador", "negotiator"}
    | {"lawmaker", "legislator", "politician", "senator", "mp"}
)


def _clash_party(t: Trig) -> str | None:
    """ "clashed with the army", "X and Y clashed", "rival militias clashed": a fight between parties, not views."""
    subject = _own_subject(t.token)
    armed = (
        subject is not None
        and subject.tag_ in ("NNS", "NNPS")
        and _noun_lemma(subject) in ARMED_BAND_NOUNS | ARMED_NOUNS
    )
    return _unless(any(_is_party(o) for o in t.preps("with")) or _conjoined_subject(t.token) or armed)


def _killed_in_fight(t: Trig) -> str | None:
    """ "killed in a brawl at the Santa Rita jail": deaths in a fight told with where it was are the toll of
    that fight, an attack (without a place, the killing stays as told)."""
    fights = [o for o in t.preps("in") if _noun_lemma(o) in MELEE_NOUNS]
    placed = any(_prep_objects(w, p) for w in [t.token, *fights] for p in LOCATION_PREPS if p != "in")
    placed = placed or any(_prep_objects(f, "in") for f in fights) or len(t.preps("in")) > len(fights)
    return "attack" if fights and placed else None


def _weapon_subject(t: Trig) -> str | None:
    """ "a roadside bomb killed four soldiers": a weapon that kills is an attack, the deaths its toll."""
    return "attack" if _weapon_doer(t.token) is not None else None


def _toll_of_attack_noun(t: Trig) -> str | None:
    """ "Israeli airstrikes killed six people", parsed as a participle on the noun: the strikes' toll, told by
    the attack the noun names (one happening)."""
    head = t.token.head
    told = t.token.dep_ == "acl" and bool(t.objects) and head.pos_ == "NOUN"
    return NO_EVENT if told and head.lemma_.lower() in ATTACK_NOUNS else None


def _shot_to_death(token: Token) -> bool:
    """ "shot dead two guards", "shot the gunman dead", "fatally shot 12 people", "shot and killed", "died after
    being shot"."""
    if any(c.lower_ == "dead" for c in token.children) or _next_word(token) == "dead":
        return True
    if any(_to_death(c) for c in [token, *(o for o in token.children if o.dep_ == "dobj")]):
        return True  # "were shot to death", "shot three men to death"
    if token.dep_ == "pcomp" and token.head.lower_ == "after" and token.head.head.lemma_.lower() in DYING_VERBS:
        return True  # "died after being shot"
    after = any(c.dep_ == "mark" and c.lower_ == "after" for c in token.children)
    if token.dep_ == "advcl" and after and token.head.lemma_.lower() in DYING_VERBS:
        return True  # "died after he was shot"
    return any(c.dep_ == "advmod" and c.lower_ in FATAL_ADVERBS for c in token.children)


# Those who police, whose shooting of someone is no attack unless the text tells it as one.
POLICING_NOUNS = frozenset({"police", "policeman", "officer", "cop", "gendarme"})


def _toll_of_deed_told(verb: Token) -> bool:
    """Whether a verb of harm tells the toll of a deed its clause hangs on: joined to it ("stormed the village and
    wounded three guards") or said of it ("the attacks, which also injured 100 people")."""
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return trigger_type(verb.head) is not None
    return verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and trigger_type(verb.head) is not None


def _person_shot_by_doer(t: Trig) -> bool:
    """ "Bandits shot two herders", "a guard was shot by gunmen": people shot by someone named, no death told, is
    an attack (its toll a figure); "two were shot" with no doer tells only the toll."""
    if _shot_to_death(t.token):
        return False
    if _toll_of_deed_told(t.token):
        return False  # "raided the camp and shot two guards": the raid's toll, one happening
    doer = _agent(t.token) if _is_passive(t.token) else _own_subject(t.token)
    if doer is not None and _noun_lemma(doer) in POLICING_NOUNS:
        return False  # "a man was shot in the leg by police": a police shooting, told as an attack only in words
    shot = [_counted(p) for p in t.patients]
    return doer is not None and any(_is_person(p) or _noun_lemma(p) in SHOT_PEOPLE_NOUNS for p in shot)


def _at_phrase(token: Token) -> bool:
    """An "at" phrase on the verb: "shot at a police car" (a killing "at a bar" is told by its death)."""
    return any(c.dep_ == "prep" and c.lower_ == "at" for c in token.children)


def _to_death(token: Token) -> bool:
    """A "to death" phrase hung on the token."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "death" for o in c.children) for c in token.children
    )


# Adverbs that make a shooting a killing ("fatally shot", "mortally wounded").
FATAL_ADVERBS = frozenset({"fatally", "mortally"})
# Verbs of dying after which a shooting told was a killing ("died after being shot").
DYING_VERBS = frozenset({"die", "succumb"})


def _told_as_blast(token: Token) -> bool:
    """ "a powerful explosion damaged a canal", "a bomb destroyed the bridge": a blast or weapon that did the damage,
    not a strike told by its own noun ("a drone strike destroyed a house" is that strike)."""
    subject = _own_subject(token)
    return subject is not None and subject.lemma_.lower() not in STRIKE_NOUNS


def _rocked_place(t: Trig) -> bool:
    """ "blasts that rocked Kampala", "an explosion shook the capital, Mirun": what a blast rocked is a named place
    (what rocks "buildings miles away" may be an accident far from it)."""
    return any(_place_span(o, destination=True) is not None and o.pos_ == "PROPN" for o in t.objects) or any(
        n.pos_ == "PROPN" and _place_span(n, destination=True) is not None
        for o in t.objects
        for n in [*_prep_objects(o, "of"), *(c for c in o.children if c.dep_ == "appos")]
    )


def _natural_force(t: Trig) -> str | None:
    """ "a strong quake struck the valley", "storms that struck the coast", "Cyclone Idra struck Beira": a force of
    nature strikes a place, no one attacks it; what strikes a part of the body wounds, told as an injury."""
    subject = _own_subject(t.token)
    if subject is None:
        return None
    if subject.lower_ in RELATIVE_PRONOUNS:
        subject = _relative_head(subject)
    told = [_counted(subject), *(c for c in _counted(subject).children if c.dep_ in ("compound", "amod"))]
    if any(w.lemma_.lower() in NATURAL_FORCE_NOUNS for w in told):
        return NO_EVENT
    # "a shard struck her arm": a wound told, not an attack (the shooting is told, or not, apart)
    return NO_EVENT if any(o.lemma_.lower() in BODY_PART_NOUNS for o in t.objects) else None


def _pact_signed(t: Trig) -> str | None:
    """ "Kenya and Ethiopia signed a defence pact", "the government signed a framework accord with the rebels", "the
    army reached a ceasefire agreement with the rebels": two sides sign or reach what their talks came to; not
    "signed the budget bill", nor a pact told as a side's background ("a militia that signed a truce in 2011")."""
    pacts = [_counted(o) for o in t.patients if _counted(o).lemma_.lower() in SIGNED_PACT_NOUNS]
    pair = _pair_subject(_own_subject(t.token))
    other = t.preps("with") + [o for p in pacts for o in _prep_objects(p, "with")]  # "a truce with the rebels"
    sides = pair or any(_is_party(o) for o in other)
    pact = bool(pacts)
    if not (pact and sides and t.token.dep_ != "relcl"):
        return NO_EVENT
    return "negotiate" if any(map(_truce_pact, pacts)) else None


def _truce_pact(pact: Token) -> bool:
    """ "a ceasefire", "a peace agreement", "a cessation of hostilities": a pact that ends fighting closes talks
    between the sides (negotiate); a trade pact or ties restored are a deal put forward (propose)."""
    if pact.lemma_.lower() in TRUCE_NOUNS:
        return True
    told = [c for c in pact.children if c.dep_ in ("compound", "amod")] + _prep_objects(pact, "of")
    return any(c.lemma_.lower() in TRUCE_NOUNS or c.lemma_.lower() in TRUCE_MODIFIERS for c in told)


def _pair_on_the_phone(t: Trig) -> bool:
    """ "The two foreign ministers spoke by telephone", "Ruto and Museveni talked by phone": a pair who spoke by
    phone spoke with each other."""
    pair = _pair_subject(_own_subject(t.token))
    phoned = any(o.lemma_.lower() in PHONE_NOUNS for p in ("by", "over", "on") for o in t.preps(p))
    return pair and phoned


# Means of a conversation at a distance.
PHONE_NOUNS = frozenset({"phone", "telephone", "video", "videoconference", "call"})


def _deal_agreed(t: Trig) -> str | None:
    """ "Velo and Dorra agreed to restore diplomatic ties", "the army agreed with the rebels on a truce": two
    sides agreeing on what is to be done reached a deal, one put forward by both; one side agreeing ("the
    minister agreed to step down"), or a deed agreed that is told as an event of its own ("agreed to meet",
    "agreed to resume talks"), is none."""
    deeds = [c for c in t.token.children if c.dep_ == "xcomp"]
    sided = [t.token, *t.preps("with")]  # "agreed with the rebels on a truce": "on" may hang on the rebels
    pacts = [o for s in sided for p in AGREED_ON_PREPS for o in _prep_objects(s, p)] + t.objects  # "agreed a truce"
    pacts = [o for o in pacts if _counted(o).lemma_.lower() in SIGNED_PACT_NOUNS]
    other = t.preps("with") + [o for p in pacts for o in _prep_objects(p, "with")]  # "agreed a truce with X"
    sides = _pair_subject(_own_subject(t.token)) or any(_is_party(o) for o in other)
    # "agreed to a ceasefire brokered by Oman": the pact is told by its own event (the pact noun itself aside)
    told = [w for d in deeds for w in d.subtree] + [w for p in pacts for w in p.subtree if w.i != p.i]
    told_apart = any(trigger_type(w) is not None for w in told)
    if not (sides and bool(deeds or pacts) and not told_apart and t.token.dep_ != "relcl"):
        return NO_EVENT
    return "negotiate" if any(_truce_pact(_counted(p)) for p in pacts) else None


# Prepositions of what two sides agreed on ("agreed on a truce", "agreed to a ceasefire").
AGREED_ON_PREPS = ("on", "to")


def _pair_subject(subject: Token | None) -> bool:
    """A subject of two sides: "Kenya and Ethiopia", "the two sides", "both"."""
    if subject is None:
        return False
    # "the two neighbours", "both countries": a subject counted as two
    counted_two = any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in subject.children)
    return bool(subject.conjuncts) or _counted(subject).lemma_.lower() in PAIR_NOUNS or counted_two


def _named_parties_talked(t: Trig) -> str | None:
    """ "Ruto and Museveni talked for an hour", "the envoy talked with Abiy": named parties talking together
    meet; talking to reporters, or of the weather, is no meeting."""
    subject = _own_subject(t.token)
    pair = subject is not None and bool(subject.conjuncts) and all(map(_named_party, (subject, *subject.conjuncts)))
    partners = t.preps("with")
    return _unless(pair or any(_named_party(o) or o.lemma_.lower() in REPRESENTATIVE_NOUNS for o in partners))


def _named_party(token: Token) -> bool:
    """A party the text names: a person, body or state (a name the tagger left untagged too), not a news agency
    ("talked to Reuters")."""
    named = _label(entity_of(token)) in ACTOR_LABELS or token.pos_ == "PROPN"
    return named and agency(token.text) is None


# What is struck in a set phrase, with no blow ("struck a hopeful note", "strike a balance").
STRUCK_IDIOM_NOUNS = frozenset({"note", "tone", "chord", "balance", "pose", "bargain", "compromise"})


def _trip_end(t: Trig) -> list[Token]:
    """Where a trip goes: "a visit to Kessa"; a stop is made in a place ("a stopover in Kessa")."""
    return t.preps("to") + (t.preps("in") + t.preps("at") if t.lemma in STOP_NOUNS else [])


# Nouns of a trip that stops in a place on the way ("a surprise stopover in Lahore").
STOP_NOUNS = frozenset({"stopover", "stop-over"})


def _trip_told(t: Trig) -> bool:
    """A trip with no destination after "to" that is still one trip: one with its purpose ("a short trip to see
    Kim in Pyongyang", "a trip to attend the summit"), its length ("a two-day visit"), a tour of somewhere, or one
    someone is on ("in Lima on his first state visit")."""
    purpose = any(
        c.dep_ in ("relcl", "acl")
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in t.token.children
    )
    # "the governor's three-day tour of the delta": a trip of a given length, or a tour of a place
    length = any(w.lemma_.lower() in TRIP_LENGTH_UNITS for c in t.token.lefts for w in c.subtree)
    toured = t.lemma == "tour" and bool(t.preps("of"))
    return purpose or length or toured or t.token.dep_ == "pobj" and t.token.head.lower_ == "on"


# Units of a trip's length ("a two-day visit", "a week-long tour"): a trip so told is one trip.
TRIP_LENGTH_UNITS = frozenset({"day", "week", "month"})


def _truce_declared(t: Trig) -> str | None:
    """ "the rebels declared a unilateral ceasefire": a truce declared is one put forward; not "declared victory" nor
    "declared a state of emergency", nor a truce declared over ("declared the ceasefire null and void")."""
    truces = [o for o in t.patients if _counted(o).lemma_.lower() in DECLARED_TRUCE_NOUNS]
    words = [w for o in truces for w in o.subtree] + list(t.token.children)
    return _unless(bool(truces) and not any(w.lower_ in ENDED_TRUCE_WORDS and w.dep_ != "prep" for w in words))


# Nouns for both sides of a pair told as one subject ("the two sides signed an accord").
PAIR_NOUNS = frozenset({"side", "party", "both"})


def _arrest_made(t: Trig) -> str | None:
    """ "police captured the suspect", "security forces captured Ruiz", "the gunman, who was captured after a
    manhunt": a person taken by the state's forces, or a wanted person taken, is arrested (no event of the
    guideline's types); "militiamen captured three soldiers" is an abduction, "troops captured the town" a
    seizure."""
    arresting = _arresting(_own_subject(t.token))
    # "security forces captured Ruiz": a name the police take that is no place is a person
    people = [
        p
        for p in t.patients
        if _is_person(p) or _described_person(p) or _wanted(p) or (arresting and p.pos_ == "PROPN" and not _is_place(p))
    ]
    if not people:
        return None
    return NO_EVENT if arresting or any(_wanted(p) for p in people) else None


def _arresting(doer: Token | None) -> bool:
    """Police or the state's troops: "police", "soldiers", "Mexican security forces"."""
    if doer is None:
        return False
    lemma = _counted(doer).lemma_.lower()
    modifiers = {c.lower_ for c in _counted(doer).children if c.dep_ in ("compound", "amod")}
    return lemma in ARRESTING_NOUNS or (lemma == "force" and bool(modifiers & ARRESTING_FORCE_MODIFIERS))


def _wanted(person: Token) -> bool:
    """A person wanted for a deed: "the suspect", "the gunman", "X, the suspect", and "the suspect was named as X,
    who was captured" (X is the suspect)."""
    if person.lemma_.lower() in WANTED_NOUNS:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in WANTED_NOUNS for c in person.children):
        return True
    named_as = person.dep_ == "pobj" and person.head.lower_ == "as" and person.head.head.pos_ == "VERB"
    subjects = [c for c in person.head.head.children if c.dep_ in ("nsubj", "nsubjpass")] if named_as else []
    return any(s.lemma_.lower() in WANTED_NOUNS for s in subjects)


def _person_captured(t: Trig) -> str | None:
    """ "his 2016 capture", "the capture of the cartel leader": a person's capture is an arrest, no place taken
    ("the rebels' capture of the town" is)."""
    captured = t.preps("of") or [c for c in t.token.children if c.dep_ == "poss"]
    return NO_EVENT if any(_is_person(c) for c in captured) else None


def _held_by_armed_band(t: Trig) -> str | None:
    """ "Nine aid workers were detained by the rebels", "militiamen detained three journalists": people an armed
    band (or a known armed group) holds are abducted; those the police or the state detain are arrested (no event
    of the guideline's types)."""
    doer = _verb_actor_token(t.token)
    if doer is None:
        return NO_EVENT
    ent = entity_of(doer)
    word = _counted(doer)
    # "Militiamen" opening a sentence the tagger may take for a name and leave unlemmatised
    forms = {_noun_lemma(word), word.lower_.removesuffix("s"), re.sub(r"men$", "man", word.lower_)}
    band = bool(forms & (ARMED_BAND_NOUNS | CAPTOR_BAND_NOUNS))
    return _unless(band or (ent is not None and armed_group(ent.text) is not None))


def _person_seized(t: Trig) -> str | None:
    seized = any(
        (_is_captive(o) and o.pos_ != "PROPN") or _described_person(o) or _group_of_people(o) for o in t.patients
    )
    return "abduct" if seized else None


def _group_of_people(noun: Token) -> bool:
    """ "seized a hunting party", "seized a group of hikers": a band of people taken together (a group of
    buildings is none)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PEOPLE_GROUP_NOUNS:
        return False
    members = _prep_objects(noun, "of")
    return not members or any(_is_captive(m) for m in members)


# Nouns of people taken together ("a hunting party", "a tour group", "a family of five").
PEOPLE_GROUP_NOUNS = frozenset({"party", "group", "crew", "family", "team", "delegation"})


def _control_of_place(t: Trig) -> str | None:
    """ "wrested control of the town", "gained full control of Mirel": the rule of a place taken (what else
    is controlled, a vote or a narrative, is no seizure)."""
    controls = [o for o in t.objects if o.lemma_.lower() == "control"]
    places = [p for c in controls for prep in ("of", "over") for p in _prep_objects(c, prep)]
    return "seize" if any(_held_place(p) for p in places) else NO_EVENT


def _held_place(token: Token) -> bool:
    """A place that can be held: a place, a site armed men hold, or a name the tagger did not settle that is
    no group ("control of the Senate" is power in a body)."""
    return (
        _is_place(token)
        or _held_site(token)
        or (
            token.pos_ == "PROPN"
            and _label(entity_of(token)) not in GROUP_LABELS
            and _place_span(token, destination=True) is not None
        )
    )


def _held_site(token: Token) -> bool:
    """A site armed men hold, named by a common noun ("the western command headquarters", "a garrison")."""
    return _counted(token).lemma_.lower() in HELD_SITE_NOUNS


def _place_fell(t: Trig) -> str | None:
    """ "Kessa fell to the rebels", "the town fell on Tuesday, the militia said", "the base fell into the hands
    of X": a place that falls is taken; not "prices fell", "a rocket fell in Kessa", "the town fell silent"."""
    subject = next((c for c in t.token.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ in ("acomp", "attr", "oprd", "dobj") for c in t.token.children):
        return NO_EVENT
    if _counted(subject).lemma_.lower() in WEAPON_NOUNS and _fall_with_deaths(t.token):
        return "attack"  # "nine traders died when shells fell on the market": the shelling that killed them
    place = _held_place(subject)
    into = [o for p in ("into", "under") for o in t.preps(p)]
    return "seize" if place and all(_counted(o).lemma_.lower() in TAKER_NOUNS for o in into) else NO_EVENT


def _fall_with_deaths(verb: Token) -> bool:
    """ "died when shells fell on the market", "a rocket fell on the house, killing two": a weapon's fall told as
    what took lives (a rocket that fell in a field harmed no one told)."""
    lemma = verb.head.lemma_.lower()
    deaths = verb.dep_ == "advcl" and (lemma in DEATH_VERBS or (lemma == "lose" and _lives_lost(verb.head)))
    return deaths or any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in DEATH_VERBS for c in verb.children)


def _lives_lost(verb: Token) -> bool:
    """ "lost their lives": dying, told with "lose"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children)


def _arrival_as_time(t: Trig) -> str | None:
    """ "the gunmen fled when the soldiers arrived": an arrival told only as the time of another deed, with no
    place, is no visit; "when the envoy arrived in Cairo" still tells one."""
    timed = t.token.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in t.token.children
    )
    placed = any(t.preps(p) for p in LOCATION_PREPS) or bool(t.objects)
    return NO_EVENT if timed and not placed else None


def _vehicle_travels(t: Trig) -> str | None:
    """ "Chinese research vessels visited Colombo", "the ferry was travelling to Kamba": a ship, plane or bus going
    somewhere is no visit by a party."""
    subject = _own_subject(t.token)
    if subject is not None and subject.lower_ == "it":
        subject = _vehicle_before(t.token)
    elif subject is None and t.token.dep_ == "acl":
        subject = t.token.head  # "research vessels visiting Colombo"
    return NO_EVENT if subject is not None and _noun_lemma(_counted(subject)) in HIJACKED_VEHICLES else None


def _vehicle_before(token: Token) -> Token | None:
    """ "attacked the ferry as it was travelling": the vehicle "it" stands for, named just before in the sentence."""
    pronoun = next(c for c in token.children if c.dep_ == "nsubj" and c.lower_ == "it")
    before = [t for t in token.sent if t.i < pronoun.i and t.pos_ == "NOUN"]
    return before[-1] if before else None


def _person_flies(t: Trig) -> str | None:
    """ "the minister flew to Doha", "Ruto landed in Juba", "she headed to Goma": a person flying, landing or heading
    to a place travels there; a drone, a missile or a plane that flies or lands ("a rocket landed in a field")
    makes no visit, nor does one who "heads" a delegation."""
    preps = FLIGHT_END_PREPS.get(t.lemma, ())
    arrives = any(_place_span(o, destination=True) is not None or _state_seat(o) for p in preps for o in t.preps(p))
    return _unless(_person_travels(t.token) and arrives and not _is_passive(t.token))


def _person_travels(verb: Token) -> bool:
    """Whether a verb of going is done by a person or a representative, its subject maybe that of the clause it
    hangs from ("left Rome before heading to Naples", "After reaching Doha, the minister spoke")."""
    subject = _own_subject(verb)
    if subject is None and verb.dep_ in ("advcl", "conj", "xcomp", "pcomp"):
        subject = _own_subject(verb.head.head if verb.dep_ == "pcomp" else verb.head)
    return subject is not None and (_is_person(subject) or _noun_lemma(subject) in REPRESENTATIVE_NOUNS)


def _place_reached(t: Trig) -> str | None:
    """ "the envoy reached Kabul on Monday", "after reaching Doha, the minister met ...": a person reaching a place
    visits it; a deal, a number, fighting or floods reaching a place are left to the next condition."""
    reached = [
        o for o in t.objects if o.pos_ == "PROPN" and (_label(entity_of(o)) in ("GPE", "LOC") or known_place_name(o))
    ]
    return "visit" if reached and _person_travels(t.token) and not _is_passive(t.token) else None


def _state_seat(noun: Token) -> bool:
    """ "flew to the Sudanese capital", "headed to Kenya's capital": a state's capital, named by its people or
    its state, is a place one travels to (the small model names no place in it)."""
    if noun.lemma_.lower() != "capital":
        return False
    return any(
        (c.dep_ == "amod" and fold(c.text) in DEMONYMS) or (c.dep_ == "poss" and _label(entity_of(c)) == "GPE")
        for c in noun.children
    )


def _armed_arrival(t: Trig) -> str | None:
    """ "the gunmen arrived at the church at noon and opened fire": attackers coming to where they strike are the
    attack's approach, no visit."""
    subject = _own_subject(t.token)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and t.token.dep_ == "relcl":
        subject = t.token.head  # "the militants, who arrived on motorbikes, burned homes"
    armed = subject is not None and _noun_lemma(_counted(subject)) in ARMED_BAND_NOUNS
    return NO_EVENT if armed else None


def _harm_attempted(t: Trig) -> str | None:
    """ "a gunman tried to kill X, killing a companion instead", "the rebels attempted to storm the base": a
    violent deed attempted is an attack made, whether or not it succeeded (the deed itself did not happen);
    not "tried to negotiate", nor an attempt only planned or wished ("will try", "hoped to try")."""
    harm = any(
        c.dep_ == "xcomp" and VERB_TRIGGERS.get(c.lemma_.lower(), NO_TRIGGER).type in HARM_TYPES
        for c in t.token.children
    )
    made = t.token.tag_ == "VBD" or (t.token.tag_ == "VBN" and any(c.dep_ == "aux" for c in t.token.children))
    return _unless(harm and made and t.token.dep_ != "xcomp")


def _blown_up(t: Trig) -> str | None:
    """ "a bomber blew himself up at the mosque", "militants blew up a bridge": a blast set off; not "the
    tyre blew" nor "blew up at reporters" (anger: no object)."""
    return _unless(_has_particle(t.token, "up") and bool(t.objects))


def _weapon_went_off(t: Trig) -> str | None:
    """ "a bomb exploded at the market", "a device exploded near a bus", "a blast went off at a rally": a weapon
    (or a blast told as no accident) that goes off is an attack; not "the population exploded"."""
    subject = _own_subject(t.token)
    if subject is None:
        return NO_EVENT
    # "an explosive device", "a bomb device": a thing told as a weapon by its modifier
    told = [_counted(subject), *(c for c in _counted(subject).children if c.dep_ in ("amod", "compound"))]
    weapon = any(w.lemma_.lower() in WEAPON_NOUNS for w in told)
    return _unless(weapon or _weapon_doer(t.token) is not None)


def _marched_on(t: Trig) -> str | None:
    """ "would be marching on Moscow", "the rebels advanced on the capital", "advanced into the centre of Bukavu":
    armed men moving against a place or into it."""
    places = [*t.preps("on"), *(i for o in t.preps("into") for i in (o, *_prep_objects(o, "of")))]
    return _unless(any(_is_place(o) or _place_span(o, destination=True) is not None for o in places))


def _sides_named(t: Trig) -> str | None:
    """ "violence between Fatah and Islamists", "violence by settlers against villagers": violence with its
    sides named; not "violence against women" as a topic, nor "the violence" alone."""
    between = [s for o in t.preps("between") for s in (o, *o.conjuncts)]
    # "violence erupted in the port city on Monday": violence told as breaking out is a happening (its place
    # is needed to keep it, as for any attack noun with no doer)
    # (not violence that "has flared since the war began": a state that lasts, no one outbreak)
    erupted = t.token.dep_ == "nsubj" and t.token.head.lemma_.lower() in ERUPTION_VERBS
    erupted = erupted and not any(c.dep_ == "prep" and c.lower_ == "since" for c in t.token.head.children)
    return _unless(len(between) >= 2 or bool(t.preps("by")) or erupted)


def _armed_encounter(t: Trig) -> str | None:
    """ "killed in an encounter with security forces", "an encounter between police and militants": a fight
    with armed men or with deaths in it; not "a chance encounter with a reporter"."""
    sides = [s for p in ("with", "between") for o in t.preps(p) for s in (o, *o.conjuncts)]
    armed = any(_counted(s).lemma_.lower() in FORCE_NOUNS or _label(entity_of(s)) in ("ORG", "NORP") for s in sides)
    return _unless(armed or _death_verb(t.token) is not None)


def _shots_fired(t: Trig) -> str | None:
    """ "killed in unprovoked firing by X", "cross-border firing along the frontier": shots fired; not "the
    firing of the minister" (a dismissal) nor firing with nobody, no place and no deaths told."""
    if any(_is_person(o) or _label(entity_of(o)) == "PERSON" for o in t.preps("of")):
        return NO_EVENT
    doer = bool(t.preps("by")) or any(c.dep_ in ("poss", "amod", "compound") for c in t.token.children)
    placed = any(t.preps(p) for p in (*LOCATION_PREPS, "along", "across"))
    return _unless(doer or placed or _death_verb(t.token) is not None)


# Nouns of people a party sends to speak for it ("sent a delegation to Niamey", "dispatched envoys to Doha").
DELEGATION_NOUNS = frozenset({"delegation", "mission", "envoy", "emissary", "negotiator", "representative"})


def _sends_delegation(t: Trig) -> bool:
    """ "ECOWAS sent a delegation to Niamey": a party whose delegation or envoy travels to a place visits it
    (GUIDELINE: visit, travel to a place); troops or aid sent somewhere make no visit."""
    sent = [o for o in t.objects if o.lemma_.lower() in DELEGATION_NOUNS]
    # "to Niamey" parsed as whom something was sent to
    return bool(sent) and any(_place_span(o, destination=True) is not None for o in _recipients(t.token))


# Words that make a mission a sortie of armed forces or their machines, no one's visit ("a combat mission").
SORTIE_WORDS = frozenset({"combat", "reconnaissance", "surveillance", "bombing", "strike", "spy", "spying", "patrol"})
SORTIE_DEPS = frozenset({"compound", "amod", "nmod"})


def _weapon_fire(t: Trig) -> str | None:
    """ "rocket fire from Gaza killed two", "Israeli fire killed a boy", "the rebels' mortar fire": fire of
    weapons or of a side is an attack; a fire alone ("a fire gutted the market") is a blaze, and fire a verb
    takes ("opened fire", "exchanged fire", "killed by fire") is told by the verb."""
    token = t.token
    if token.dep_ in ("dobj", "obj") or token.head.lemma_.lower() in ("under", "cease", "by"):
        return NO_EVENT  # "traded fire", "came under fire", "killed by Russian fire": the verb tells the deed
    return _unless(weapon_fire(token))


# Whom a pardon sets free: people held (a pardon of anyone else frees nobody from custody).
PARDONED_NOUNS = frozenset({"prisoner", "inmate", "detainee", "convict", "captive", "hostage", "activist", "protester"})


def _captives_pardoned(t: Trig) -> str | None:
    """ "pardoned 14 prisoners": a pardon of those held frees them; "pardoned the general" tells no release."""
    return _unless(any(o.lemma_.lower() in PARDONED_NOUNS for o in t.patients))


def _person_freed(t: Trig) -> str | None:
    """ "liberated 30 hostages": people set free are released; places liberated are taken (a name liberated is a
    place far more often than a person: "liberated Kessa")."""
    freed = any(o.pos_ != "PROPN" and (_is_captive(o) or _is_person(o)) for o in t.patients)
    return "release" if freed else None


def _place_taken(t: Trig) -> str | None:
    """A place taken ("seized the airport"), or the rule of one ("seized power in a coup")."""
    # "X was seized by Y": the passive subject, when the taker is named
    places = _taken_places(t) + [c for c in t.token.children if c.dep_ == "nsubjpass" and _agent(t.token) is not None]
    taken = any(
        _is_place(o) or _place_span(o, destination=True) is not None or _held_site(o) or _ground_taken(o)
        for o in places
    )
    # "occupied the main square", "occupied the town hall": what is occupied is a site, unless a person or group
    occupied = t.token.lemma_.lower() in SITE_TAKING_VERBS and any(_occupied_site(o) for o in places)
    return _unless(taken or occupied or any(_rule_taken(o) for o in t.objects))


def _occupation_held(t: Trig) -> str | None:
    """ "Kessa, occupied by Norland since 1990", "valleys now occupied by Norland", "Kessa's occupied
    region": an occupation told as a state that lasts (a participle naming the place, or "since", "now", "still"
    with it), no taking of the place; "rebels occupied the town hall on Monday" is one."""
    verb = t.token
    if verb.dep_ in ("amod", "acl") and verb.tag_ in ("VBN", "JJ"):
        return NO_EVENT
    lasting = any(c.lower_ in LASTING_WORDS for c in verb.children if c.dep_ in ("advmod", "prep"))
    return NO_EVENT if lasting else None


# Words with which an occupation or a hold on a place is a state that lasts, no taking ("since 1967", "now").
LASTING_WORDS = frozenset({"since", "now", "still"})


def _site_retaken(t: Trig) -> str | None:
    """ "police retook the monastery", "troops recaptured the hotel": what is taken back is a place or a site held
    before, whatever noun names it; people retaken ("recaptured the escaped inmates") are none."""
    sites = [o for o in t.objects if o.pos_ == "NOUN" and not _is_person(o) and not _is_party(o)]
    return "seize" if any(o.lemma_.lower() not in NOT_RELEASED for o in sites) else None


def _ground_taken(obj: Token) -> bool:
    """ "retook much of the land", "captured two hills": ground held by a side, no place named; "seized the centre
    of Kessa": the part of a place taken."""
    if obj.pos_ != "NOUN":
        return False
    part_of_place = obj.lemma_.lower() in EDGE_NOUNS and any(_held_place(p) for p in _prep_objects(obj, "of"))
    return obj.lemma_.lower() in GROUND_NOUNS or part_of_place


# Nouns of ground a side holds or takes, which name no place of their own.
GROUND_NOUNS = frozenset({"land", "hill", "hilltop", "height", "territory"})


def _rule_taken(obj: Token) -> bool:
    """ "seized power", "took control of the airport": the rule of a place, not control of a body or a state of
    things ("regained control over its military", "regained control of the situation")."""
    if obj.lemma_.lower() not in RULE_OBJECTS:
        return False
    controlled = [p for prep in ("of", "over") for p in _prep_objects(obj, prep)]
    # "seized control of the country", "took control of the town": a place told by its noun is held too
    return not controlled or any(_held_place(p) or p.lemma_.lower() in PLACE_NOUNS | COUNTRY_NOUNS for p in controlled)


def _occupied_site(obj: Token) -> bool:
    """A common noun occupied that is no person, group or body of people ("the square", "the parliament
    building"; not "the protesters")."""
    return obj.pos_ == "NOUN" and _label(entity_of(obj)) not in GROUP_LABELS and not _is_party(obj)


def _fought_for(t: Trig) -> str | None:
    """ "doctors are fighting for the lives of the injured", "says it is fighting for autonomy": a struggle for a
    cause or a life, with no side fought, is no attack."""
    sides = t.objects or t.preps("against") or t.preps("with") or _conjoined_subject(t.token)
    causes = [o for o in t.preps("for") if o.ent_type_ not in ("DATE", "TIME") and o.lemma_.lower() not in SPAN_UNITS]
    if causes and not sides:
        return NO_EVENT
    # "fought a long battle to win her freedom": a struggle fought with no side and no place is no fight
    struggles = [o for o in t.objects if o.lemma_.lower() in STRUGGLE_NOUNS]
    words = [t.token, *struggles]
    told = any(_prep_objects(w, p) for w in words for p in (*SIDE_PREPS_OF_FIGHT, *LOCATION_PREPS))
    told = told or bool(_conjoined_subject(t.token)) or _pair_subject(_own_subject(t.token))
    return NO_EVENT if struggles and len(struggles) == len(t.objects) and not told else None


# Nouns of what is fought that tell no fight by themselves ("fought a long battle to clear his name").
STRUGGLE_NOUNS = frozenset({"battle", "struggle", "campaign", "fight"})
# Prepositions that name the other side of a fight.
SIDE_PREPS_OF_FIGHT = ("with", "against")


# Units of how long a fight lasted ("fought for hours"): no cause fought for.
SPAN_UNITS = TIME_UNITS | SMALL_TIME_UNITS


def _standing_fight(t: Trig) -> str | None:
    """A participle that describes a standing side ("a coalition fighting X"), no happening."""
    return _unless(not (t.token.dep_ == "acl" and t.token.tag_ == "VBG"))


def _person_hit(t: Trig) -> str | None:
    return _unless(not _wounded_by_weapon(t.token))


def _aid_given(t: Trig) -> bool:
    """ "provided 5 billion euros in military aid to X", "sent food to Gaza": aid given to someone; or aid sent,
    told by its cargo, with no receiver named ("sent two planes carrying medicines")."""
    given = t.obj_lemmas | {o.lemma_.lower() for obj in t.objects for o in _prep_objects(obj, "in")}
    if given & AID_NOUNS and _recipients(t.token):
        return True
    return t.lemma in SENDING_VERBS and any(_is_aid(c) for c in _cargo(t))


def _says_it_will_answer(t: Trig) -> bool:
    """ "said it would retaliate", "said it would hit back with all its might": the speaker's own answer in arms;
    "said the enemy will pay a heavy price": a menace to the other side."""
    return any(
        c.dep_ == "ccomp" and (c.lemma_.lower() in SAID_THREAT_VERBS and _announces_harm(c) or _menace(c))
        for c in t.token.children
    )


def _menace(verb: Token) -> bool:
    """ "the enemy will pay a heavy price", "those who attacked will be dealt with firmly": set phrases of
    punishment to come, whoever is to suffer it."""
    future = any(c.dep_ == "aux" and c.lower_ in PLANNED_AUX for c in verb.children)
    lemma = verb.lemma_.lower()
    if lemma == "pay":
        prices = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() == "price"]
        return future and any(c.lower_ in MENACE_PRICES for p in prices for c in p.children if c.dep_ == "amod")
    if lemma == "deal" and any(c.dep_ == "nsubjpass" for c in verb.children):
        # the adverb on the verb or, as the parser may hang it, on its "with"
        how = [*verb.children, *(o for p in verb.children if p.lower_ == "with" for o in p.children)]
        return future and any(c.lower_ in MENACE_ADVERBS for c in how)
    if lemma in ("go", "remain"):  # "no attack will go unanswered", "any aggression will not remain unpunished"
        return future and any(c.dep_ == "acomp" and c.lower_ in MENACE_UNANSWERED for c in verb.children)
    return False


# What a harm to come will not stay, in a menace ("no attack will go unanswered").
MENACE_UNANSWERED = frozenset({"unanswered", "unpunished", "unavenged"})
# How dear a price to be paid is, in a menace ("will pay a heavy price"; a "higher price" for fuel is a price).
MENACE_PRICES = frozenset({"heavy", "dear", "steep", "terrible", "bitter", "painful"})
# How those to be "dealt with" are to be dealt with, in a menace ("will be dealt with firmly").
MENACE_ADVERBS = FORCEFUL_ADVERBS | {"firmly", "severely", "sternly", "ruthlessly", "mercilessly"}


def _offers_deed(t: Trig) -> bool:
    """ "offered its navy ship", "has offered to send a plane": a thing or a deed put forward, not words."""
    deeds = {c.lemma_.lower() for c in t.token.children if c.dep_ == "xcomp"}
    things = {_counted(o).lemma_.lower() for o in t.objects}
    return bool(deeds & OFFERED_DEEDS or things & OFFERED_THINGS)


def _cargo(t: Trig) -> list[Token]:
    """What is sent and what it carries: "sent a medical team", "two planes with medical equipment", "an aircraft
    carrying medicines and tents" (objects, passive subjects, their "with" and carried objects, and conjuncts)."""
    sent = [c for c in t.token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    carried = [o for s in (t.token, *sent) for o in _prep_objects(s, "with")]
    carried += [
        o
        for s in sent
        for v in s.children
        if v.dep_ == "acl" and v.lemma_.lower() in CARRYING_VERBS
        for o in (*[c for c in v.children if c.dep_ in ("dobj", "obj")], *_prep_objects(v, "with"))
    ]
    return [k for c in sent + carried for k in (c, *c.conjuncts)]


def _is_aid(noun: Token) -> bool:
    """A noun for aid: "food", "medicines", "a medical team", "humanitarian supplies"."""
    noun = _counted(noun)
    modifiers = {m.lower_ for m in noun.children if m.dep_ in ("amod", "compound")}
    return noun.lemma_.lower() in AID_NOUNS or bool(modifiers & AID_MODIFIERS)


def _hijacked(t: Trig) -> list[Token]:
    """What was hijacked: the object or passive subject, or the noun a relative clause on it tells of ("the
    tanker, which had been hijacked in May")."""
    relative = t.token.head if t.token.dep_ == "relcl" else None
    return t.patients + ([relative] if relative is not None else [])


def _aircraft_hit(t: Trig) -> bool:
    """A manned aircraft among what the verb acts on ("shot down an army helicopter", "a jet was downed"), or
    the "of" of its noun ("the downing of a police helicopter")."""
    hit = t.patients + t.preps("of") if t.token.pos_ == "NOUN" else t.patients
    return any(_counted(o).lemma_.lower() in AIRCRAFT_NOUNS for o in hit)


def _threat_by_thing(t: Trig) -> str | None:
    return _unless(not _weapon_threat(t.token))


def _homes_burned(t: Trig) -> str | None:
    return _unless(any(_is_place(o) or _counted(o).lemma_.lower() in BURNED_NOUNS for o in t.patients))


def _words_attacked(t: Trig) -> str | None:
    return _unless(not _verbal_attack(t.token))


def _proposal_put(t: Trig) -> str | None:
    """A proposal put forward: the object of a verb of proposing, or told with its author ("a proposal by X")."""
    put = t.token.dep_ == "dobj" and t.token.head.lemma_.lower() in PROPOSING_VERBS
    # "Kessa's new peace proposal", "a US ceasefire proposal": its author named before it
    authored = any(
        c.dep_ in AUTHOR_DEPS and entity_of(c) is not None and _label(entity_of(c)) in ACTOR_LABELS
        for c in t.token.children
    )
    return _unless(put or authored or any(_is_party(o) or _is_person(o) for o in t.preps("by")))


# How the name of a proposal's author hangs on it ("Kessa's proposal", "the US proposal").
AUTHOR_DEPS = frozenset({"poss", "compound", "nmod", "amod"})


def _harm_by_doer(t: Trig) -> str | None:
    """ "A guard was wounded with a knife by smugglers", "a man stabbed two officers": harm done by someone is
    an attack; "three were injured in the blast" only tells the toll of an attack told elsewhere."""
    agent = _agent(t.token)
    if any(o.lemma_.lower() in ATTACK_NOUNS for p in ("in", "during") for o in t.preps(p)):
        return NO_EVENT  # "he was wounded by soldiers during the raid": the raid's toll, told as the raid
    if agent is not None:
        return _unless(_harming_doer(agent))
    if _toll_of_deed_told(t.token):
        return NO_EVENT  # "stormed the village and wounded three guards": the storming's toll, one happening
    subject = _own_subject(t.token)
    if subject is None and t.token.dep_ == "conj" and t.token.head.pos_ == "VERB":
        subject = _own_subject(t.token.head)  # "gunmen shot and wounded three guards": the subject they share
    if t.lemma != "stab" and subject is not None and bool(t.objects):
        return _unless(_harming_doer(subject))  # "gunmen wounded three guards"; "the blast wounded 12": a toll
    return _unless(t.lemma == "stab" and subject is not None and bool(t.objects))


def _harming_doer(doer: Token) -> bool:
    """A doer of harm that is a party or people ("by smugglers"), not a weapon or a blast ("by shrapnel")."""
    lemma = _counted(doer).lemma_.lower()
    return lemma not in WEAPON_NOUNS | STRIKE_NOUNS and (_is_party(doer) or lemma in DOER_NOUNS)


def _person_executed(t: Trig) -> str | None:
    """ "executed a cleric", "two men were executed"; not "executed the plan"."""
    executed = [_counted(o).lemma_.lower() for o in t.patients]
    return _unless(bool(executed) and not set(executed) & EXECUTED_THINGS)


def _armed_men_eliminated(t: Trig) -> str | None:
    """ "Security forces eliminated four militants", "two terrorists were neutralised": armed men killed (security
    forces' word for it); "eliminated tariffs", "neutralised the threat" kill no one."""
    return _unless(any(_noun_lemma(_counted(o)) in ARMED_BAND_NOUNS for o in t.patients))


def _person_welcomed(t: Trig) -> str | None:
    """ "President Rolt welcomed Marin at the palace", "the envoy was welcomed by his counterpart": a person
    welcomed, by name or one role, is met; "welcomed the deal" is a stance (a claim), and a captive welcomed home
    is no meeting. ("received" is not one: "the army received the freed hostage" is a handover.)"""
    return _unless(_has_guest(t))


def _delegates_gathered(t: Trig) -> str | None:
    """ "Delegations from both sides gathered in Lisbon", "the bloc's leaders convened in Abuja": envoys, leaders
    or named people coming together meet; "crowds gathered", "troops assembled", "clouds gathered" do not."""
    subject = _own_subject(t.token)
    if subject is None or t.objects:
        return NO_EVENT  # "gathered evidence", "assembled a team": a thing brought together
    if any(trigger_type(w) is not None for o in t.preps("for") for w in o.subtree):
        return NO_EVENT  # "gathered in Lome for a round of talks": the talks are the event, held there
    people = [subject, *(c for c in subject.conjuncts)]
    return _unless(all(_label(entity_of(p)) == "PERSON" or _noun_lemma(p) in GATHERING_PARTIES for p in people))


def _guest_received(t: Trig) -> str | None:
    """ "King Omar received the visiting president at the palace": a person who receives a named person or a
    visitor's role meets them, and so does one "received by" a person ("X was received by King Omar");
    "the army received the freed hostage" (a handover) and "received a letter" do not."""
    subject = _agent(t.token) if _is_passive(t.token) else _own_subject(t.token)
    host = subject is not None and (_label(entity_of(subject)) == "PERSON" or _one_role(subject) or _titled(subject))
    return _unless(host and _has_guest(t))


def _titled(name: Token) -> bool:
    """ "Chancellor Olaf Scholz", however the tagger labelled the name: a name written after a holder's title."""
    titles = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < name.i]
    return name.pos_ == "PROPN" and any(_one_role(c) or c.lower_ in HOST_TITLES for c in titles)


# Titles of an office holder who hosts visitors, besides the holders' roles ("Chancellor X received ...").
HOST_TITLES = frozenset({"chancellor", "governor", "mayor"})


def _has_guest(t: Trig) -> bool:
    """Whether a verb of receiving receives a person, by name or one role, who is no captive: its object, or its
    subject in the passive ("X was received by Y"), with the name written beside it ("his counterpart, President X")."""
    guests = [c for c in t.token.children if c.dep_ == "nsubjpass"] if _is_passive(t.token) else t.objects
    if _is_passive(t.token) and not guests and t.token.dep_ == "conj":
        # "X landed in Rabat and was embraced by Y": the passive shares the subject of the verb it is joined to
        guests = [c for c in t.token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    visiting = [n for n in guests if n.lemma_.lower() in VISITING_BODY_NOUNS]  # "received the delegation"
    persons = [n for n in _with_apposed(guests) if _label(entity_of(n)) == "PERSON" or _one_role(n)]
    return any(not _told_taken(n) for n in persons + visiting)


# Nouns for those sent to visit, whom a host who receives them meets ("received a delegation from Kessa").
VISITING_BODY_NOUNS = frozenset({"delegation", "envoy", "emissary", "delegate"})


def _person_phoned(t: Trig) -> str | None:
    """ "the emir phoned Qatar's ruler", "Ruto phoned Museveni": a call between two persons is a meeting (GUIDELINE:
    meet), as "spoke by phone with" is; phoning a hotline or an office is not."""
    return _unless(any(_label(entity_of(n)) == "PERSON" or _one_role(n) for n in _with_apposed(t.objects)))


def _called_on(t: Trig) -> str | None:
    """ "The president will call on King Tomas": calling on a named person is visiting them, a meeting; "called
    on both sides to stop" (with what they are to do) and "called on the UN" (no person) urge, no meeting."""
    called = t.preps("on")
    if any(c.dep_ == "prep" and c.lower_ == "on" and not list(c.children) for c in t.token.children):
        called += t.objects  # "call on King X" parsed with the name as the verb's object
    called = _with_apposed(called)
    urged = any(c.dep_ in ("xcomp", "ccomp") for c in t.token.children)
    person = any(_label(entity_of(n)) == "PERSON" or (n.pos_ == "PROPN" and entity_of(n) is None) for n in called)
    return _unless(not urged and person)


def _forced_way(t: Trig) -> str | None:
    """ "Students forced their way into the parliament": entering by force is an attack on what is entered."""
    return _unless("way" in t.obj_lemmas and bool(t.preps("into")))


def _operation_of_force(t: Trig) -> str | None:
    """An operation told as the use of force: with a modifier ("a military operation", "mop-up operations"),
    carried out ("launched operations"), against someone, or in whose course something was done ("in its
    operations in X, Hamas killed ..."); not "its operations continued normally" or "funds for its operations"."""
    modified = any(c.dep_ in ("amod", "compound") for c in t.token.children)
    aimed = bool(t.preps("against") or t.preps("on"))
    told = t.token.dep_ == "dobj" or (t.token.dep_ == "pobj" and t.token.head.lower_ in ("in", "during"))
    return _unless(modified or aimed or told)


def _threat_of_harm(t: Trig) -> str | None:
    """ "its threat to use force", "the threat of retaliation": harm promised by someone; not "the threat of
    an attack" (a danger) nor "a threat to peace"."""
    promised = [c for c in t.token.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"]
    harm = any(v.lemma_.lower() in HARM_VERBS or (v.lemma_.lower() == "use" and _uses_force(v)) for v in promised)
    retaliation = any(o.lemma_.lower() in RETALIATION_NOUNS | {"force"} for o in t.preps("of"))
    return _unless(harm or retaliation)


def _uses_force(verb: Token) -> bool:
    """ "to use force", "to use military force"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "force" for c in verb.children)


def _aid_attacked(t: Trig) -> str | None:
    return _unless(not _attacked_object(t.token))


def _aid_arrived(t: Trig) -> str | None:
    """ "Twenty aid trucks carrying food arrived in Mekelle", "trucks loaded with relief reached Kora": vehicles
    of aid that arrive deliver it (a convoy, an event noun of its own, tells its delivery itself)."""
    subject = _own_subject(t.token)
    if subject is None or subject.lemma_.lower() not in AID_VEHICLE_NOUNS:
        return None
    told = [c for c in subject.children if c.dep_ in ("compound", "amod")]
    told += [
        o
        for c in subject.children
        if c.dep_ == "acl"
        for o in (*c.children, *(g for p in c.children if p.dep_ == "prep" for g in p.children))
    ]
    return "aid" if any(w.lemma_.lower() in AID_NOUNS | {"humanitarian"} for w in told) else None


# Vehicles that carry aid ("aid trucks", "trucks carrying food"); a convoy is an event noun of its own.
AID_VEHICLE_NOUNS = frozenset({"truck", "lorry", "vehicle", "shipment", "consignment", "plane", "ship", "boat"})


VERB_CONDITIONS: tuple[Condition, ...] = (
    Condition(
        "said_response",
        lambda t: _unless(_says_it_will_answer(t)),
        "The army said it would respond to questions.",
        "said",
        None,
    ),
    Condition(
        "offer_of_deed",
        lambda t: _unless(_offers_deed(t)),
        "The minister offered his condolences.",
        "offered",
        None,
    ),
    Condition(
        "party_with",
        lambda t: _unless(any(o.lemma_.lower() not in NOT_PARTIES for o in t.preps("with")) or _pair_on_the_phone(t)),
        "The ministers spoke with one voice.",
        "spoke",
        None,
    ),
    Condition(
        "destination",
        lambda t: _unless(bool(t.preps("to") or t.preps("into"))),
        "The envoy travelled widely last year.",
        "travelled",
        None,
    ),
    Condition(
        "delegation_sent",
        lambda t: "visit" if _sends_delegation(t) else None,
        "ECOWAS sent a delegation to Niamey.",
        "sent",
        "visit",
    ),
    Condition(
        "left_for_place",
        lambda t: _unless(any(_place_span(o, destination=True) is not None for o in t.preps("for"))),
        "The minister left for work early.",
        "left",
        None,
    ),
    Condition(
        "blast_rocked",
        lambda t: _unless(_strike_subject(t.token, t.objects) and _rocked_place(t)),
        "The blasts shook buildings miles away.",
        "shook",
        None,
    ),
    Condition(
        "blast_damaged",
        lambda t: _unless(_strike_subject(t.token, t.objects) and bool(t.objects) and _told_as_blast(t.token)),
        "The storm destroyed hundreds of homes.",
        "destroyed",
        None,
    ),
    Condition(
        "discussed_with",
        lambda t: _unless(bool(t.preps("with") or _discussed_with(t.token) or _conjoined_subject(t.token))),
        "The cabinet discussed the budget.",
        "discussed",
        None,
    ),
    Condition(
        "not_a_demand", lambda t: _unless(not t.obj_lemmas & NOT_MET), "The country met the deadline.", "met", None
    ),
    Condition("met_with_response", _met_with_response, "The plan was met with protests.", "met", None),
    Condition(
        "attack_told_otherwise", _attack_told_otherwise, "A jet dropped two bombs on the village.", "dropped", "attack"
    ),
    Condition(
        "put_forward",
        lambda t: "propose" if _has_particle(t.token, "forward") else NO_EVENT,
        "Egypt put forward a new plan.",
        "put",
        "propose",
    ),
    Condition(
        "plan_object",
        lambda t: _unless(bool(t.obj_lemmas & PLAN_NOUNS)),
        "The ministry announced the results.",
        "announced",
        None,
    ),
    Condition(
        "take_control",
        lambda t: "seize" if "control" in t.obj_lemmas else None,  # "took power" may be an inauguration
        "The rebels took control of the airport.",
        "took",
        "seize",
    ),
    Condition("take_place", _take_place, "The army took back the town.", "took", "seize"),
    Condition(
        "take_over",
        _taken_over,
        "The ports were taken over by the Jubba Brigades.",
        "taken",
        "seize",
    ),
    Condition(
        "take_hostage",
        lambda t: "abduct" if _taken_as(t) & CAPTIVE_ROLES else NO_EVENT,
        "Gunmen took ten hostages.",
        "took",
        "abduct",
    ),
    Condition(
        "warning_of_harm",
        lambda t: "threaten" if _warns_of_harm(t) else NO_EVENT,
        "The group warned that it would strike the port.",
        "warned",
        "threaten",
    ),
    Condition("host_party", _host_party, "Qatar hosted the talks.", "hosted", None),
    Condition("person_phoned", _person_phoned, "The minister phoned the hotline.", "phoned", None),
    Condition(
        "come_under_fire",
        lambda t: "attack" if {o.lemma_.lower() for o in t.preps("under")} & {"fire", "attack"} else NO_EVENT,
        "The ship came under fire.",
        "came",
        "attack",
    ),
    Condition(
        "aimed", lambda t: _unless(_aimed(t.token, t.objects)), "The agency launched a new website.", "launched", None
    ),
    Condition("transitive", lambda t: _unless(bool(t.objects)), "The ferry sank.", "sank", None),
    Condition("clash_party", _clash_party, "Their views clashed.", "clashed", None),
    Condition(
        "clash_of_speakers",
        _clash_of_speakers,
        "The summit saw clashes between the Kessan and Norlandic leaders over trade.",
        "clashes",
        None,
    ),
    Condition(
        "shot_at",
        lambda t: "attack" if _at_phrase(t.token) and not _shot_to_death(t.token) else None,
        "Gunmen shot at a police car.",
        "shot",
        "attack",
    ),
    Condition(
        "shot_down",
        lambda t: "attack" if _has_particle(t.token, "down") and _aircraft_hit(t) else None,
        "Rebels shot down an army helicopter near Tarvo.",
        "shot",
        "attack",
    ),
    Condition(
        "aircraft_downed",
        lambda t: _unless(_aircraft_hit(t)),
        "The company downed tools on Monday.",
        "downed",
        None,
    ),
    Condition(
        "vehicle_hijacked",
        lambda t: _unless(any(_counted(o).lemma_.lower() in HIJACKED_VEHICLES for o in _hijacked(t))),
        "The populists hijacked the debate.",
        "hijacked",
        None,
    ),
    Condition(
        "shot_person",
        lambda t: "attack" if _person_shot_by_doer(t) else None,
        "Bandits shot two herders near the well.",
        "shot",
        "attack",
    ),
    Condition(
        "shot_dead",
        lambda t: "kill" if _shot_to_death(t.token) else NO_EVENT,
        "The army shot down two drones.",
        "shot",
        None,
    ),
    Condition(
        "found_dead",
        lambda t: _unless(_found_dead(t.token)),
        "The inspectors found the papers in order.",
        "found",
        None,
    ),
    Condition(
        "threat_by_thing",
        _threat_by_thing,
        "Houthi missiles that were threatening ships were destroyed.",
        "threatening",
        None,
    ),
    Condition(
        "party_stopped",
        lambda t: _unless(
            any(_is_party(_counted(o)) and _counted(o).lemma_.lower() not in WEAPON_NOUNS for o in t.objects)
        ),
        "Air defences intercepted two missiles over Kyiv.",
        "intercepted",
        None,
    ),
    Condition("harm_by_doer", _harm_by_doer, "Three people were injured in the blast.", "injured", None),
    Condition("person_executed", _person_executed, "The army executed the plan.", "executed", None),
    Condition("forced_way", _forced_way, "They forced the door open.", "forced", None),
    Condition("weapon_subject", _weapon_subject, "A roadside bomb killed four soldiers.", "killed", "attack"),
    Condition(
        "toll_of_attack_noun",
        _toll_of_attack_noun,
        "Russian airstrikes killed at least nine villagers in Idlib on Monday.",
        "killed",
        None,
    ),
    Condition(
        "killed_in_fight",
        _killed_in_fight,
        "Nine inmates were killed in a brawl at the Santa Rita jail.",
        "killed",
        "attack",
    ),
    Condition(
        "standing_fight", _standing_fight, "Chad is part of the coalition fighting the militants.", "fighting", None
    ),
    Condition("intervened_in_war", _intervened_in_war, "The court intervened in the dispute.", "intervened", None),
    Condition("fight_party", _fight_party, "The government vowed to fight corruption.", "fight", None),
    Condition("strove_to", _strove_to, "Doctors fought to save the wounded.", "fought", None),
    Condition("person_hit_by_weapon", _person_hit, "He was hit in the leg by a stray bullet.", "hit", None),
    Condition(
        "hand_over",
        lambda t: _unless(_has_particle(t.token, "over") or bool(t.preps("to"))),  # "handed four captives to X"
        "She handed him a letter.",
        "handed",
        None,
    ),
    Condition(
        "person_handed",
        lambda t: _unless(any(_is_person(o) for o in t.patients)),
        "The rebels handed over the weapons.",
        "handed",
        None,
    ),
    Condition(
        "armed_entry", lambda t: _unless(_armed_subject(t.token)), "The convoy entered the city.", "entered", None
    ),
    Condition(
        "entry_to_strike",
        lambda t: "attack" if _entered_to_strike(t.token) else None,
        "Gunmen entered the village at dawn, setting fire to homes.",
        "entered",
        "attack",
    ),
    Condition(
        "building_entered",
        lambda t: _unless(
            not t.objects or any(_counted(o).lemma_.lower() not in ENTERED_BUILDING_NOUNS for o in t.objects)
        ),
        "The gunmen entered the building and searched it.",
        "entered",
        None,
    ),
    Condition(
        "on_record",
        lambda t: _unless(not any(o.lemma_.lower() in MEDIA_NOUNS for o in t.preps("on"))),
        "The gunman was captured on camera as he fled.",
        "captured",
        None,
    ),
    Condition(
        "stepped_down",
        lambda t: _unless(_has_particle(t.token, "down") and not t.objects),
        "The minister stepped up pressure on the rebels.",
        "stepped",
        None,
    ),
    Condition("arrest_made", _arrest_made, "Police captured the suspect after a chase.", "captured", None),
    Condition("natural_force", _natural_force, "A strong quake struck the valley on Friday.", "struck", None),
    Condition("truce_declared", _truce_declared, "The army declared victory on Sunday.", "declared", None),
    Condition("pact_signed", _pact_signed, "The minister signed the budget bill on Monday.", "signed", None),
    Condition("deal_agreed", _deal_agreed, "The minister agreed to step down.", "agreed", None),
    Condition("place_reached", _place_reached, "The envoy reached Kabul on Monday.", "reached", "visit"),
    Condition(
        "held_by_armed_band", _held_by_armed_band, "Police detained 40 protesters in the capital.", "detained", None
    ),
    Condition("person_seized", _person_seized, "Gunmen seized two aid workers.", "seized", "abduct"),
    Condition("control_of_place", _control_of_place, "The party gained control of the senate vote.", "gained", None),
    Condition("place_fell", _place_fell, "Oil prices fell on Tuesday.", "fell", None),
    Condition("person_freed", _person_freed, "Troops liberated 30 hostages.", "liberated", "release"),
    Condition(
        "captives_returned",
        _captives_returned,
        "The rebels returned the girls they had abducted.",
        "returned",
        "release",
    ),
    Condition("captives_pardoned", _captives_pardoned, "The court pardoned the general.", "pardoned", None),
    Condition("occupation_held", _occupation_held, "Kessa, occupied by Norland since 1990, is calm.", "occupied", None),
    Condition("site_retaken", _site_retaken, "Troops retook the hotel on Sunday.", "retook", "seize"),
    Condition("place_taken", _place_taken, "Police seized the drugs.", "seized", None),
    Condition("homes_burned", _homes_burned, "The militia burned the harvest.", "burned", None),
    Condition(
        "captive_rescued",
        lambda t: _unless(_rescued_from_captors(t) or not any(not _is_captive(o, named=True) for o in t.patients)),
        "Six sailors were rescued.",
        "rescued",
        None,
    ),
    Condition(
        "struck_idiom",
        lambda t: NO_EVENT if t.obj_lemmas & STRUCK_IDIOM_NOUNS else None,
        "The envoy struck a conciliatory tone in Kabul.",
        "struck",
        None,
    ),
    Condition(
        "strike_a_deal",
        lambda t: _unless(not (t.obj_lemmas | _passive_subject_lemmas(t.token)) & PLAN_NOUNS),
        "The two sides struck a deal.",
        "struck",
        None,
    ),
    Condition(
        "released_thing",
        lambda t: _unless(not t.obj_lemmas & NOT_RELEASED),
        "The ministry released a statement.",
        "released",
        None,
    ),
    Condition(
        "aid_given",
        lambda t: _unless(_aid_given(t)),
        "The bank provided a loan of 5 billion euros to Moldova.",
        "provided",
        None,
    ),
    Condition("aid_arrived", _aid_arrived, "Twenty aid trucks arrived in the town.", "arrived", "aid"),
    Condition(
        "aid_object",
        lambda t: _unless(bool(t.obj_lemmas & AID_NOUNS)),
        "The courier delivered the letter.",
        "delivered",
        None,
    ),
)


def _talks_with_party(t: Trig) -> bool:
    """Talks held with someone ("talks with Iran", "held talks with her": the "with" on the verb that holds
    them) or between named persons ("talks between Prime Minister X and President Y")."""
    holder = t.token.head if t.token.dep_ == "dobj" and t.token.head.lemma_.lower() in TALK_HOLDING_VERBS else None
    if t.preps("with") or (holder is not None and _prep_objects(holder, "with")):
        return True
    if holder is not None and _both_sides(holder):
        return True  # "Ghana and Togo held talks", "the two sides held talks": they met
    between = [n for o in t.preps("between") for n in (o, *o.conjuncts)]
    return len(between) >= 2 and all(_named_person(n) for n in between)


def _named_person(noun: Token) -> bool:
    """A person's name, a noun the name stands beside ("the envoy, Jan Roe"), or a leader's counterpart ("talks
    between President X and his counterpart"), whom the parser may leave unnamed."""
    named = (noun, *(c for c in noun.children if c.dep_ == "appos"))
    return noun.lemma_.lower() == "counterpart" or any(_label(entity_of(n)) == "PERSON" for n in named)


def _both_sides(verb: Token) -> bool:
    """A verb's subject that is two named parties ("Ghana and Togo", a country the tagger may read as a place) or
    the sides themselves ("the two sides")."""
    subject = _own_subject(verb)
    if subject is None:
        return False
    if subject.lemma_.lower() in SIDE_NOUNS and subject.tag_ == "NNS":
        return True
    if subject.lemma_.lower() in REPRESENTATIVE_NOUNS:  # "officials representing Peru and the rebels held talks"
        subject = next(iter(_represented_by(subject)), subject)
    named = [subject, *subject.conjuncts]
    return len(named) >= 2 and all(_label(entity_of(n)) in ACTOR_LABELS | PLACE_LABELS for n in named)


# Nouns for the parties to talks, as a subject that held them ("the two sides held talks").
SIDE_NOUNS = frozenset({"side", "party"})
# Verbs that hold talks with someone ("held talks with her", "had talks with the envoy").
TALK_HOLDING_VERBS = frozenset({"hold", "have", "conduct"})


def _on_a_plan(t: Trig) -> bool:
    """Talks about a truce or deal: "talks with U.S. officials on a possible ceasefire"."""
    topics = [o for p in ("on", "about", "over") for o in t.preps(p)]
    topics += [o for w in t.preps("with") for p in ("on", "about", "over") for o in _prep_objects(w, p)]
    return any(o.lemma_.lower() in PLAN_NOUNS for o in topics)


def _humanitarian(t: Trig) -> str | None:
    modifiers = {c.lemma_.lower() for c in t.token.children if c.dep_ in ("compound", "amod")}
    modifiers |= {o.lemma_.lower() for o in t.preps("of")}
    return _unless(bool(modifiers & (AID_NOUNS | {"humanitarian"})))


def _attacked_object(token: Token) -> bool:
    """ "ambushed an aid convoy", "the aid convoy was attacked": what was attacked, not a delivery."""
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("on", "against") else token.head
    told = token.dep_ in ("dobj", "nsubjpass", "pobj") and head.pos_ in ("VERB", "NOUN")
    return (
        told
        and (VERB_TRIGGERS if head.pos_ == "VERB" else NOUN_TRIGGERS).get(head.lemma_.lower(), NO_TRIGGER).type
        == "attack"
    )


def _verbal_attack(token: Token) -> bool:
    """ "his attacks on the media", "attacked the policy": words against words or people who speak, no violence."""
    targets = _prep_objects(token, "on") + _prep_objects(token, "against")
    targets += [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] if token.pos_ == "VERB" else []
    return bool(targets) and all(_counted(o).lemma_.lower() in VERBAL_TARGETS for o in targets)


def _time_reference(t: Trig) -> bool:
    """ "said after the meeting", "before the talks": a definite meeting as the object of a time preposition,
    with no party it was held with; "said at a cabinet meeting", "said during a meeting of army
    chiefs": any meeting where something was said, with no party it was held with."""
    token = t.token
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    timed = token.dep_ == "pobj" and token.head.lower_ in TIME_PREPS
    setting = (
        token.dep_ == "pobj"
        and token.head.lower_ in SETTING_PREPS
        and token.head.head.lemma_.lower() in REPORT_VERBS
        and t.etype == "meet"
    )
    return (setting or (timed and definite)) and not t.preps("with") and not t.preps("between")


def _operation_told(t: Trig) -> bool:
    """An operation told as a happening: against someone ("an operation against rebels"), or begun
    ("Serbia launched a military operation")."""
    begun = t.token.dep_ == "dobj" and t.token.head.lemma_.lower() in OPERATION_START_VERBS
    return begun or any(t.preps(p) for p in ATTACK_PREPS)  # "an operation against rebels"


def _passive_subject_lemmas(token: Token) -> set[str]:
    """Lemmas of what a passive verb is done to ("a peace deal was struck": deal)."""
    return {c.lemma_.lower() for c in token.children if c.dep_ == "nsubjpass"}


def _generic_plural(token: Token) -> bool:
    """A plural event noun told bare as the topic of a preposition ("over militant attacks"): no determiner,
    possessor, number, count word, prepositional phrase or date."""
    if token.tag_ != "NNS" or token.dep_ != "pobj" or token.head.lower_ not in TOPIC_PREPS:
        return False
    return all(
        c.dep_ in ("amod", "compound") and c.ent_type_ not in ("DATE", "TIME") and c.lower_ not in COUNT_ADJECTIVES
        for c in token.children
    )


def _halted(t: Trig) -> str | None:
    verb = t.token.head
    halted = t.token.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in HALT_VERBS
    return _unless(
        not (
            halted
            or (t.token.dep_ == "dobj" and verb.lemma_.lower() in ("break", "call") and _has_particle(verb, "off"))
        )
    )


NOUN_CONDITIONS: tuple[Condition, ...] = (
    # "suspended peace talks", "the summit was postponed": a meeting stopped or put off is none held.
    Condition("halted", _halted, "The government suspended peace talks with the rebels.", "talks", None),
    # "the operation of a radar network": running a thing, not a military operation ("an operation of the army").
    Condition(
        "operation_of_thing",
        lambda t: _unless(not any(not _is_party(o) and not _is_person(o) for o in t.preps("of"))),
        "The navies will start the operation of a radar network.",
        "operation",
        None,
    ),
    # "Ortiz said after the meeting": a meeting named only as a point in time, with nobody it was held with.
    Condition(
        "time_reference",
        lambda t: _unless(not _time_reference(t)),
        '"I will run," Ortiz said after the meeting.',
        "meeting",
        None,
    ),
    # "fled the military and police operations": an operation against nobody named is no attack told.
    Condition(
        "operation_target",
        lambda t: _unless(t.lemma != "operation" or _operation_told(t)),
        "Thousands fled the military and police operations in the valley.",
        "operations",
        None,
    ),
    # "distrusted each other over militant attacks": a bare plural with no doer, target, place or time
    # is a kind of happening, not one that happened.
    Condition(
        "generic_plural",
        lambda t: _unless(not _generic_plural(t.token)),
        "The two governments have long distrusted each other over militant attacks.",
        "attacks",
        None,
    ),
    Condition(
        "not_event_modifier",
        lambda t: _unless(
            not any(
                c.dep_ in ("compound", "amod")
                and (c.lemma_.lower() in NOT_EVENT_MODIFIERS or t.lemma == "talk" and c.lower_ in IDLE_TALK_MODIFIERS)
                for c in t.token.children
            )
        ),
        "The ministry issued a press release.",
        "release",
        None,
    ),
    # "their first prisoner exchange in two months" restates the releases told beside it.
    Condition(
        "swap_between",
        lambda t: _unless(t.lemma not in SWAP_NOUNS or bool(_swaps_people(t.token) and t.preps("between"))),
        "Their first prisoner exchange in months was welcomed.",
        "exchange",
        None,
    ),
    Condition(
        "sortie",
        lambda t: _unless(not any(c.lemma_.lower() in SORTIE_WORDS for c in t.token.children if c.dep_ in SORTIE_DEPS)),
        "The drone was on a reconnaissance mission over Kessa.",
        "mission",
        None,
    ),
    # A single trip somewhere; "eight trips" counts visits (a figure), not one event.
    Condition(
        "single_trip",
        lambda t: _unless(t.token.tag_ == "NN" and (bool(_trip_end(t) or _place_modifier(t.token)) or _trip_told(t))),
        "He made eight trips to Cairo.",
        "trips",
        None,
    ),
    # "talks with X on a ceasefire" are truce talks (negotiate); "talks with X", "held talks with her", "talks
    # between Prime Minister X and President Y" a meeting
    Condition(
        "meeting_with",
        lambda t: "meet" if _talks_with_party(t) and not _on_a_plan(t) else t.etype,
        "The talks with Iran resumed.",
        "talks",
        "meet",
    ),
    # "a phone call with Kallas", "in separate calls with Japarov and Rahmon"; not "calls from reporters".
    Condition(
        "call_with",
        lambda t: "meet" if any(_is_party(o) for o in t.preps("with")) or _call_paid(t) else NO_EVENT,
        "Sanchez took calls from reporters.",
        "calls",
        None,
    ),
    Condition("words_attacked", _words_attacked, "The senator renewed his attacks on the media.", "attacks", None),
    Condition(
        "operation_of_force", _operation_of_force, "The company said its operations continued.", "operations", None
    ),
    Condition("threat_of_harm", _threat_of_harm, "The drought is a threat to the harvest.", "threat", None),
    Condition("proposal_put", _proposal_put, "Iran rejected the proposal.", "proposal", None),
    Condition("armed_men_eliminated", _armed_men_eliminated, "Tariffs were eliminated.", "eliminated", None),
    Condition("person_welcomed", _person_welcomed, "Kelvan welcomed the deal.", "welcomed", None),
    Condition("delegates_gathered", _delegates_gathered, "Crowds gathered in the square.", "gathered", None),
    Condition("fought_for", _fought_for, "Doctors are fighting for the lives of the injured.", "fighting", None),
    Condition("guest_received", _guest_received, "The army received the freed hostage.", "received", None),
    Condition("called_on", _called_on, "The envoy called on both sides to stop fighting.", "called", None),
    Condition("arrival_as_time", _arrival_as_time, "The gunmen fled when the soldiers arrived.", "arrived", None),
    Condition("vehicle_travels", _vehicle_travels, "Two research vessels visited Colombo.", "visited", None),
    Condition("person_flies", _person_flies, "A rocket landed in a field near Kramatorsk.", "landed", None),
    Condition(
        "person_returned",
        lambda t: "visit" if _person_flies(t) is None else None,
        "The minister returned to Nairobi after the summit.",
        "returned",
        "visit",
    ),
    Condition(
        "named_parties_talked", _named_parties_talked, "The minister talked to reporters on Monday.", "talked", None
    ),
    Condition("armed_arrival", _armed_arrival, "The gunmen arrived at the church at noon.", "arrived", None),
    Condition("harm_attempted", _harm_attempted, "The envoy tried to negotiate a truce.", "tried", None),
    Condition("blown_up", _blown_up, "The tyre blew on the highway.", "blew", None),
    Condition("weapon_went_off", _weapon_went_off, "The population exploded after the war.", "exploded", None),
    Condition(
        "gunned_down",
        lambda t: _unless(_has_particle(t.token, "down")),
        "The firm gunned for a bigger share.",
        "gunned",
        None,
    ),
    Condition(
        "went_off", lambda t: _unless(_has_particle(t.token, "off")), "The bomb went into the shed.", "went", None
    ),
    Condition("marched_on", _marched_on, "The protesters marched through the streets.", "marched", None),
    Condition("sides_named", _sides_named, "The report documents violence against women.", "violence", None),
    Condition("armed_encounter", _armed_encounter, "She recalled an encounter with a reporter.", "encounter", None),
    Condition("shots_fired", _shots_fired, "The firing of the minister surprised many.", "firing", None),
    Condition("weapon_fire", _weapon_fire, "A fire gutted the market in Kessa.", "fire", None),
    Condition("humanitarian", _humanitarian, "A convoy of trucks reached the town.", "convoy", None),
    Condition("aid_attacked", _aid_attacked, "Gunmen ambushed an aid convoy near Bria.", "convoy", None),
    Condition("person_captured", _person_captured, "Police announced his capture on Friday.", "capture", None),
)
_BY_NAME = {c.name: c for c in (*VERB_CONDITIONS, *NOUN_CONDITIONS)}


def trigger_type(token: Token) -> str | None:
    """The event type a token triggers, or None; checks the arguments some triggers need."""
    verdict, _ = deciding_condition(token)
    return None if verdict == NO_EVENT else verdict


def deciding_condition(token: Token) -> tuple[str | None, str | None]:
    """The verdict on a token (an event type, NO_EVENT, or None for no trigger) and the name of the
    condition that gave it (None when the table's type stands)."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and (token.dep_ != "amod" or _mediated_by_name(token, lemma)):
        trigger = VERB_TRIGGERS.get(lemma)
    elif token.pos_ == "NOUN" and token.dep_ != "compound":
        trigger = NOUN_TRIGGERS.get(lemma)
        if trigger is None and lemma in HAPPENING_NOUNS:  # "a shooting incident": the shooting it is
            lemma = event_lemma(token)
            trigger = NOUN_TRIGGERS.get(lemma)
    else:
        return None, None
    if trigger is None:
        return None, None
    t = Trig(token, lemma, trigger.type)
    for name in trigger.conditions:
        verdict = _BY_NAME[name].decide(t)
        if verdict is not None:
            return verdict, name
    return trigger.type, None


def _mediated_by_name(token: Token, lemma: str) -> bool:
    """ "a UN-brokered truce": a mediation told by a participle glued to its mediator's name is an event."""
    return lemma in MEDIATION_VERBS and _hyphen_doer(token) is not None


def _wounded_by_weapon(token: Token) -> bool:
    """ "He was hit by a stray bullet": a person wounded by a weapon, an injury of an attack told elsewhere."""
    victim = _passive_subject(token)
    agents = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    weapon = any(_counted(a).lemma_.lower() in WEAPON_NOUNS for a in agents)
    return weapon and victim is not None and (_is_person(victim) or victim.lower_ in ("i", "we"))


def _weapon_threat(token: Token) -> bool:
    """ "missiles that were threatening shipping": a weapon endangers, it makes no threat."""
    subject = _own_subject(token)
    return subject is not None and _counted(_relative_head(subject)).lemma_.lower() in WEAPON_NOUNS


def _aimed(token: Token, objects: list[Token]) -> bool:
    """ "launched 120 drones at Ukraine", "fired rockets against the base": aimed at someone."""
    return any(_prep_objects(token, p) for p in AIM_PREPS)


def _weapon_object(token: Token, objects: list[Token]) -> bool:
    """ "dropped two bombs on the village", "fired a bomb in the town"."""
    return any(_counted(o).lemma_.lower() in WEAPON_NOUNS for o in objects)


def _fire_object(token: Token, objects: list[Token]) -> bool:
    """ "exchanged fire", "traded cross-border fire", "opened fire on the crowd"."""
    return any(o.lemma_.lower() in FIRE_NOUNS for o in objects)


def _fired_on(token: Token, objects: list[Token]) -> bool:
    """ "gunmen fired on a patrol boat": shots aimed on someone."""
    return bool(_prep_objects(token, "on"))


def _strike_subject(token: Token, objects: list[Token]) -> bool:
    """ "strikes hit the market", "a missile hit the tanker": the subject is an attack or a weapon."""
    subject = _own_subject(token)
    if subject is None:
        return False
    if subject.lower_ in RELATIVE_PRONOUNS:
        # "blasts that rocked the city": the blasts; not an attack or weapon the clause only tells more of ("a drone
        # attack that hit two depots", "missiles that hit the port": the attack or the firing told already)
        subject = _relative_head(subject)
        return subject.lemma_.lower() in BLAST_NOUNS and not _accidental(subject)
    if subject.lemma_.lower() in STRIKE_NOUNS | WEAPON_NOUNS:
        return True
    # "an explosion ripped through the market": a blast told as no accident strikes as a weapon does
    return (subject.lemma_.lower() in BLAST_NOUNS and not _accidental(subject)) or _weapon_doer(token) is not None


def _accidental(blast: Token) -> bool:
    """A blast told as an accident by its own words ("a gas explosion", "a boiler blast")."""
    return any(t.lemma_.lower() in ACCIDENT_BLAST_WORDS for t in blast.subtree)


def _armed_subject_named(token: Token, objects: list[Token]) -> bool:
    """ "the army targeted the village", "Israel targeted Hezbollah commanders": a force or a named party."""
    subject = _own_subject(token)
    if subject is None or not objects:
        return False
    return subject.lemma_.lower() in ARMED_NOUNS | {"police", "jet", "warplane", "plane", "aircraft"} or _label(
        entity_of(subject)
    ) in ("ORG", "GPE", "NORP")


def _stone_object(token: Token, objects: list[Token]) -> bool:
    """ "youths hurled stones at the police", "pelted the convoy with rocks": stones thrown at someone."""
    thrown = objects + _prep_objects(token, "with")
    return any(_counted(o).lemma_.lower() in THROWN_NOUNS for o in thrown)


def _set_on_fire(token: Token, objects: list[Token]) -> bool:
    """ "set fire to the homes", "set ablaze a church", "set the station on fire": an arson attack."""
    told = [c for c in token.children if c.dep_ in ("dobj", "prt", "advmod", "acomp", "oprd", "ccomp")]
    told += _prep_objects(token, "on")
    return any(c.lower_ in ARSON_WORDS for c in told)


def _tore_through(token: Token, objects: list[Token]) -> bool:
    """ "two bombs tore through a wedding", "a missile ripped through the market": a weapon or strike through
    a place ("tore through the crowd" of a storm or a fire says nothing of an attack)."""
    return bool(_prep_objects(token, "through")) and _strike_subject(token, objects)


def _targeted_unnamed(token: Token, objects: list[Token]) -> bool:
    """ "the camps have been targeted", "the post was targeted by drones": a place or people targeted, the
    doer unsaid or armed; not "voters were targeted with adverts" nor "targeted by sanctions"."""
    target = _passive_subject(token)
    agent = _agent(token)
    if target is None or any(_prep_objects(token, p) for p in ("with", "for")):
        return False
    armed = agent is None or _counted(agent).lemma_.lower() in ARMED_NOUNS | WEAPON_NOUNS | STRIKE_NOUNS
    return armed and (_is_place(target) or _is_party(target))


def _opened_up_on(token: Token, objects: list[Token]) -> bool:
    """ "masked men opened up on a bus": "up", then what is shot "on"."""
    ups = [c for c in token.children if c.dep_ == "prt" and c.lower_ == "up"]
    return bool(ups) and any(o.ent_type_ != "DATE" for t in [token, *ups] for o in _prep_objects(t, "on"))


_ATTACK_CONDITIONS = {
    "opened_up_on": _opened_up_on,
    "targeted_unnamed": _targeted_unnamed,
    "stone_object": _stone_object,
    "aimed": _aimed,
    "weapon_object": _weapon_object,
    "fire_object": _fire_object,
    "fired_on": _fired_on,
    "strike_subject": _strike_subject,
    "armed_subject": _armed_subject_named,
    "set_on_fire": _set_on_fire,
    "tore_through": _tore_through,
}


def _announces_harm(verb: Token) -> bool:
    """A warning's complement that is a threat: the speaker's own harm ("it would target any convoy",
    "to retaliate") or a response to the other side ("provocations would be met with force")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.lemma_.lower() == "meet" and subject is not None and subject.dep_ == "nsubjpass":
        return bool(_prep_objects(verb, "with"))
    if _menace(verb):
        return True
    determined = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in RESOLVE_WORDS), None)
    if determined is not None:
        verb = next((c for c in determined.children if c.dep_ == "xcomp"), verb)  # "are determined to take revenge"
    if verb.lemma_.lower() not in HARM_VERBS and not _forceful_response(verb) and not _revenge_taken(verb):
        return False
    if verb.dep_ == "xcomp":
        return True
    future = any(c.dep_ == "aux" and c.lower_ in PLANNED_AUX for c in verb.children)
    return future and subject is not None and _warners_own(subject, verb)


def _revenge_taken(verb: Token) -> bool:
    """ "would take revenge", "will exact vengeance", "vowed to avenge": harm to come as a reprisal."""
    if verb.lemma_.lower() in AVENGING_VERBS:
        return True
    taken = any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in REVENGE_NOUNS for c in verb.children)
    return taken and verb.lemma_.lower() in REVENGE_TAKING_VERBS


# Verbs and nouns of a reprisal to come, and what makes a warner resolved to it ("are determined to").
AVENGING_VERBS = frozenset({"avenge"})
REVENGE_NOUNS = frozenset({"revenge", "vengeance", "retribution"})
REVENGE_TAKING_VERBS = frozenset({"take", "exact", "seek", "wreak"})
RESOLVE_WORDS = frozenset({"determined", "resolved", "ready", "prepared"})


def _forceful_response(verb: Token) -> bool:
    """ "will respond with force", "would react militarily": an answer in arms."""
    if verb.lemma_.lower() not in RESPONSE_VERBS:
        return False
    forceful = any(c.dep_ == "advmod" and c.lower_ in FORCEFUL_ADVERBS for c in verb.children)
    return forceful or any(o.lemma_.lower() in RETALIATION_NOUNS | {"force"} for o in _prep_objects(verb, "with"))


def _warners_own(subject: Token, verb: Token) -> bool:
    """Whether the doer of a warned harm is the warner or the warner's force: a pronoun ("it would strike"),
    a force it owns ("its forces will strike", "our army will respond"), or the warner's own name ("Valdoria
    warned that Valdoria will strike"); not another party ("warned that militants would attack": a fear)."""
    if subject.lower_ in SUBJECT_PRONOUNS:
        return True
    owned = any(c.dep_ == "poss" and c.lower_ in OWN_FORCE_POSSESSIVES for c in subject.children)
    if owned and subject.lemma_.lower() in FORCE_NOUNS:
        return True
    warner = next((c for c in verb.head.children if c.dep_ == "nsubj"), None) if verb.dep_ == "ccomp" else None
    return warner is not None and subject.pos_ == "PROPN" and fold(subject.text) == fold(warner.text)
