"""Who did it and to whom: the actor rules for verbs and nouns (VERB_ACTOR_RULES, NOUN_ACTOR_RULES), the
counterpart rules by type (COUNTERPART_RULES), and the name a party token stands for (PARTY_NAME_RULES,
pronoun and "the group" antecedents).
"""

from __future__ import annotations

import re
from typing import Any, Callable

from spacy.tokens import Span, Token

from newsfacts.transforms.events.syntax import (
    _reflexive,
    _subject_taken_by_participle,
    weapon_fire,
    _is_party,
    _is_person,
    QUANTITY_NOUNS,
    _hyphen_doer,
    _definite,
    _session_of,
    _one_named_victim,
    _acronym,
    _agent,
    _counted,
    _death_verb,
    _discussed_with,
    first_decided,
    known_place_name,
    _is_passive,
    _label,
    RuleTable,
    _noun_lemma,
    _one_role,
    _own_subject,
    _passive_subject,
    _phrase,
    _prep_objects,
    _represented_by,
    _relative_head,
    _strip_det,
    _told_of_clause,
    _verb_of,
    UNDECIDED,
)
from newsfacts.transforms.events.words import (
    ATTACK_PREPS,
    SESSION_TYPES,
    STRUCK_THING_NOUNS,
    FIGHT_OBJECTS,
    SIGNED_PACT_NOUNS,
    HELD_SITE_NOUNS,
    SITE_NOUNS,
    FALLEN_PLACE_VERBS,
    MEMBER_NOUNS,
    DOER_NOUNS,
    FIGHT_NOUNS,
    MELEE_NOUNS,
    THROWN_NOUNS,
    HARMING_THINGS,
    CAMPAIGN_NOUNS,
    OCCASION_NOUNS,
    SEQUENCE_VERBS,
    SENTENCE_PERSON_PRONOUNS,
    ALLEGIANCE_WORDS,
    RESPONSIBILITY_VERBS,
    JUDGED_DEED_VERBS,
    RECORDING_VERBS,
    HELP_NOUNS,
    MEDIATION_VERBS,
    PRAISE_VERBS,
    RETALIATION_NOUNS,
    CREED_NAMES,
    COUNTER_VERBS,
    MAKER_PARTICIPLES,
    REPELLED_VERBS,
    OCCURRENCE_VERBS,
    PLACE_PREPS,
    PLURAL_PRONOUNS,
    ADJUNCT_ACTOR_TYPES,
    GATHERING_VERBS,
    AIM_PREPS,
    ARMED_BAND_NOUNS,
    CAPTOR_BAND_NOUNS,
    ARMED_MEN_NOUNS,
    AIMED_VERBS,
    ARMED_ADJECTIVES,
    ARMED_NOUNS,
    PERSON_NOUNS,
    HARM_TYPES,
    CONTINUING_DEPS,
    FIRE_NOUNS,
    FORCE_NOUNS,
    LIGHT_VERB_TYPES,
    MODIFIER_ACTOR_TYPES,
    PARTY_NOUNS,
    PLACE_NOUNS,
    EDGE_NOUNS,
    REPRESENTATIVE_NOUNS,
    HOLDER_ROLE_NOUNS,
    SAME_TIME_PREPS,
    STANCE_VERBS,
    STRIKE_NOUNS,
    TIME_MARKS,
    VICTIM_NOUNS,
    SUFFERED_NOUNS,
    SWAP_NOUNS,
    WEAPON_NOUNS,
    WITH_SIDE_VERBS,
    RECIPROCAL_VERBS,
    OBJECT_CONTROL_VERBS,
)
from newsfacts.transforms.language.discourse import (
    pobj,
    WINDOWS,
    antecedent,
    entity_of,
    named_institution,
    quoted_or_dateline_tokens,
    window_start,
)
from newsfacts.transforms.language.lexicon import (
    ACTOR_LABELS,
    BAND_NAME_HEADS,
    GANG_HEADS,
    DEMONYMS,
    GROUP_LABELS,
    INSTITUTION_NOUNS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    PLACE_LABELS,
    POSSESSIVE_PRONOUNS,
    REPORT_VERBS,
    ROLE_TITLES,
    STANCE_PREFIXES,
    SUBJECT_DEPS,
)
from newsfacts.transforms.events.table import ATTACK_NOUNS, NO_TRIGGER, VERB_TRIGGERS, WEAPON_FIRE_NOUNS
from newsfacts.transforms.language.gazetteer import agency, armed_group, organisation, people_place
from newsfacts.transforms.language.gazetteer import place as known_place
from newsfacts.transforms.spans import doc_ents, fold

# The most words of a news agency's name looked for at the start of an actor's name ("Agence France-Presse").
AGENCY_NAME_WORDS = 4
# Modifiers of a modifier that may name an event noun's doer ("Russian drone attacks", "a Houthi-fired missile").
MODIFIER_DEPS = ("compound", "amod", "nmod", "npadvmod")
# Nouns of a fight between sides besides clashes and melees ("the war between Valdoria and Borvia").
SIDE_FIGHT_NOUNS = frozenset({"war", "hostility", "violence"})
# Every noun of a fight between sides.
SIDE_NOUNS_OF_FIGHT = FIGHT_NOUNS | MELEE_NOUNS | SIDE_FIGHT_NOUNS
# Nouns for those who fight for a party, named by a possessive pronoun's referent ("his troops", "its gunmen").
OWNED_DOER_NOUNS = FORCE_NOUNS | ARMED_MEN_NOUNS | frozenset({"gunman", "fighter", "member"})
# Penn tags of one person's nationality word heading a noun phrase (the tagger may call it an adjective), and
# the determiners of one person ("a Palestinian", "an Afghan").
ONE_PERSON_TAGS = frozenset({"NN", "NNP", "JJ"})
ONE_DETERMINERS = frozenset({"a", "an"})
# Passive verbs whose subject takes part in what their "in" phrase tells ("was engaged in brokering the truce").
ENGAGED_PASSIVES = frozenset({"engage"})
# Nouns that count sittings of talks ("three rounds of talks").
ROUND_NOUNS = frozenset({"round", "session"})
# Kinds of armed band named by the proper nouns before them ("the Red Hand gang", "the Kora militia").
BAND_KIND_NOUNS = GANG_HEADS | frozenset({"militia", "faction", "group"})
# Labels of a name set beside a noun that describes it ("the paramilitary Rapid Support Forces").
APPOSED_GROUP_LABELS = frozenset({"ORG", "GPE"})
# Verbs of backing a deed done by another ("sent soldiers to back the offensive", "funded the raids"): the
# backer is no doer of the event noun they take as object.
BACKING_VERBS = frozenset({"back", "support", "fund", "finance", "arm", "endorse", "abet", "assist"})
# Verbs whose subject is what a deed was aimed at, not its doer ("the city withstood a siege", "troops repelled
# an attack", "the town suffered a raid").
ENDURING_VERBS = frozenset({"withstand", "survive", "endure", "suffer", "repel", "repulse", "resist", "thwart", "foil"})
# Dependencies of what a copula says its subject is ("has been an opponent of X").
PREDICATE_DEPS = frozenset({"attr", "acomp"})
# Labels of a side that is a state or its people ("clashes broke out between Valdoria and Borvia").
STATE_LABELS = frozenset({"GPE", "NORP"})
# Verbs by which their subject takes part in the fight their preposition names ("engaged in fighting", "went on a
# rampage"), with that preposition.
ENGAGING_VERBS = {"engage": "in", "go": "on"}


def _actor(token: Token, etype: str, earlier: list[dict], previous=()) -> tuple[Token | None, str | None]:
    """The token standing for who did it and the name to report, or (None, None)."""
    subject = _own_subject(token) if token.pos_ in ("VERB", "AUX") else None
    if subject is not None and subject.lower_ == "they" and previous and previous[-1]["actor"] and not earlier:
        # "Gunmen stormed a village. They killed nine farmers": the doer of the event just told.
        return subject, previous[-1]["actor"]
    same = _same_pronoun_doer(subject, previous) if subject is not None else None
    if same is not None:
        return subject, same
    head = _actor_head(token, etype)
    if head is not None and head.i == token.i:
        # "nine were killed by a junta airstrike": the deed is no doer of itself; whose it is, if told
        owner = _owner(token)
        return (token, owner) if owner is not None else (None, _continued_actor(token, earlier))
    if head is not None and _strike_doer(token, head):
        # "Russian strikes killed two", "a missile hit the tanker": the doer is the attack's own, or the side
        # the weapon is "of" ("a drone of the Borvian army struck ...")
        struck_by, name = _actor(head, "attack", [])
        owner = _owner(head) if name is None else None
        return (head, owner) if owner is not None else (struck_by, name)
    name = _actor_name(head) if head is not None else None
    if name is not None and not _names_agency(name):
        return head, name
    if head is not None and etype in HARM_TYPES and _people_doing(token, head):
        return head, _uncounted_phrase(_counted(head))
    if head is not None and etype in HARM_TYPES and (alliance := _alliance_of_members(head)) is not None:
        return head, alliance
    if head is not None and etype in ROLE_DOER_TYPES and _role_doer(token, head):
        return head, _uncounted_phrase(head)
    return None, _continued_actor(token, earlier)


# Pronouns for one person that, told again as the next sentence's doer, go on with the same person.
CHAINED_PRONOUNS = frozenset({"he", "she"})


def _same_pronoun_doer(subject: Token, previous) -> str | None:
    """ "In Lome, he met Ana Ruiz. In Kessa, he met Tom Oru": a "he" doing something right after a sentence whose
    doer was "he" too is that same one, not the person the last sentence met."""
    if subject.lower_ not in CHAINED_PRONOUNS or subject.dep_ != "nsubj":
        return None
    text = subject.doc.text
    doers = {
        r["actor"]
        for r in previous
        if r["actor"]
        and r["actor_start"] is not None
        and text[r["actor_start"] : r["actor_end"]].lower() == subject.lower_
    }
    return next(iter(doers)) if len(doers) == 1 else None


def _role_doer(verb: Token, subject: Token) -> bool:
    """ "the mayor and the police chief visited the site", "the home minister met the families": one office holder
    the text names by the office only is the doer as written (a role the article ties to a name is named)."""
    return (
        verb.pos_ == "VERB"
        and subject.dep_ in ("nsubj", "nsubjpass")  # "the minister is scheduled to meet X"
        and subject.tag_ == "NN"
        and entity_of(subject) is None
        and subject.lemma_.lower() in OFFICE_NOUNS
    )


# Types whose doer may be an office holder told by the office ("the governor toured the camp").
ROLE_DOER_TYPES = frozenset({"visit", "meet"})
# Offices held by one person, who visits or meets as that person ("the mayor", "the home minister").
OFFICE_NOUNS = (REPRESENTATIVE_NOUNS - {"member", "counterpart", "official", "delegation", "delegate"}) | frozenset(
    {"mayor", "governor", "premier", "commissioner", "secretary", "king", "queen", "prince", "commander", "chancellor"}
)


def _people_doing(verb: Token, subject: Token) -> bool:
    """ "a man threw a bomb at the crowd", "two women stabbed a guard": people named by a common noun as the active
    subject of a harm done are its doers as written."""
    return (
        verb.pos_ == "VERB"
        and subject.dep_ == "nsubj"
        and subject.head.i == verb.i
        and entity_of(subject) is None
        and _noun_lemma(_counted(subject)) in PERSON_NOUNS
    )


def _alliance_of_members(subject: Token) -> str | None:
    """ "a coalition of government units and militias launched the offensive": an alliance told by its members
    is the doer, named by them (the words from the alliance's noun to the last member)."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in MEMBERS_ALLIANCE_NOUNS or entity_of(subject) is not None:
        return None
    members = _prep_objects(subject, "of")
    if not members or not any(_is_party(m) or m.lemma_.lower() in FORCE_NOUNS | GROUP_NOUNS for m in members):
        return None
    return subject.doc[subject.i : subject.right_edge.i + 1].text


# Nouns of an alliance its members may tell ("a coalition of army units and militias").
MEMBERS_ALLIANCE_NOUNS = frozenset({"coalition", "alliance"})


def _names_agency(name: str) -> bool:
    """A news agency reports events and never does them ("told Reuters", "residents told The Associated Press"):
    a name that is an agency's, or begins with one the tagger joined to the next word ("AFP Wednesday")."""
    words = name.split()
    return any(agency(" ".join(words[:n])) is not None for n in range(1, min(len(words), AGENCY_NAME_WORDS) + 1))


def _strike_doer(token: Token, head: Token) -> bool:
    """Whether a verb's doer is an attack or a weapon ("Russian strikes killed two", "rocket fire killed two"), not
    "came under fire"."""
    lemma = head.lemma_.lower()
    if head.pos_ == "PROPN" and head.is_sent_start and entity_of(head) is None:
        lemma, head_pos = lemma.removesuffix("s"), "NOUN"  # "Airstrikes by X killed ...": a noun read as a name
    else:
        head_pos = head.pos_
    return (
        token.pos_ in ("VERB", "AUX")
        and token.lemma_.lower() != "come"
        and head_pos == "NOUN"
        and (lemma in STRIKE_NOUNS | WEAPON_NOUNS or (lemma in WEAPON_FIRE_NOUNS and weapon_fire(head)))
    )


def _continued_actor(token: Token, earlier: list[dict]) -> str | None:
    """A participle or gerund with no subject of its own continues the sentence's last event ("..., killing
    12"); a passive with its own sufferer ("after a policeman was killed") tells a happening of its own."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ not in CONTINUING_DEPS or _own_subject(token) or not earlier:
        return None
    if any(c.dep_ == "nsubjpass" for c in token.children) and token.dep_ in ("advcl", "ccomp"):
        return None
    if token.dep_ == "conj" and _is_passive(token):
        return None  # "their convoy was forced to flee and was ambushed": the subject suffered it, no doer said
    last = earlier[-1]["_trigger"]
    if token.dep_ == "conj" and _own_subject(token.head) is not None and not _tells_event(token.head, earlier):
        return None  # "X accused Y of shelling the post and threatened to respond": X threatened, not Y
    if any(c.dep_ in SUBJECT_DEPS and c.left_edge.i <= last.i <= c.right_edge.i for c in token.children):
        return None  # "The port, which the army captured, was shelled": told of the subject, not before
    return earlier[-1]["actor"]


def _tells_event(token: Token, earlier: list[dict]) -> bool:
    """Whether a verb is the trigger of an event told before it in the sentence."""
    return any(row["_trigger"].i == token.i for row in earlier)


def _actor_head(token: Token, etype: str) -> Token | None:
    """The token that stands for the doer: "X came under fire from Y" -> Y; a verb's or a noun's doer."""
    if token.lemma_.lower() == "come":  # "came under fire from Y", "came under attack by a group of gunmen"
        return next((_counted(o) for p in ("from", "by") for o in _prep_objects(token, p)), None)
    if token.pos_ in ("VERB", "AUX"):
        return _verb_actor_token(token)
    return _noun_actor_token(token, etype)


def _actor_name(head: Token) -> str | None:
    """The name for a doer's token: an acronym modifier as written, a party's name, or a passive agent's
    phrase ("kidnapped by armed individuals": the text says who, if not by name)."""
    if _acronym(head) and head.dep_ in ("compound", "nmod"):
        return head.text
    name = _party_name(head, actor=True)
    agent = name is None and head.dep_ == "pobj" and head.head.dep_ == "agent"
    if agent and _counted(head).lemma_.lower() in HARMING_THINGS:
        # "killed by Russian fire": the side whose fire it was; "killed by an accidental gunshot": no one
        return _owner(head)
    if (
        agent
        and head.pos_ == "NOUN"
        and head.ent_type_ not in ("DATE", "TIME")  # "freed by evening", "done by Monday": a deadline, no one
        and _is_passive(head.head.head)
        and _counted(head).lemma_.lower() not in OCCASION_NOUNS  # "followed by a news briefing": no one
        and head.head.head.lemma_.lower() not in SEQUENCE_VERBS  # "followed by another strike": no doer
    ):
        name = _phrase(head)
    return name


def _governor(token: Token) -> Token:
    """The verb a dependent verb hangs from: through "before traveling", "weeks after capturing", "is due to"."""
    governor = token.head
    if token.dep_ == "pcomp":
        governor = governor.head  # "before traveling": the preposition hangs from the verb
        while governor.dep_ == "npadvmod" and governor.pos_ == "NOUN" and governor.head.i != governor.i:
            governor = governor.head  # "weeks after capturing Goma"
    if governor.dep_ == "acomp":
        governor = governor.head  # "is due to visit"
    return governor


# Who does what a verb tells, first rule that applies.
VERB_ACTOR_RULES = RuleTable()


@VERB_ACTOR_RULES.rule("Three soldiers killed by gunmen in an ambush were buried.", type="attack", actor="gunmen")
def _participle_doer(token: Token) -> Token | None | object:
    """ "three soldiers killed in an ambush", the headline "Nigerian Soldiers Killed In Ambush": a past
    participle without an auxiliary tells what was done to the noun it describes; the doer is its "by"
    agent, if any."""
    if token.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return UNDECIDED
    headline = token.dep_ == "ROOT" and token.text[:1].isupper() and token.i > token.sent.start
    # "the bomber killed in the blast was 19": the parser made the participle a clause as subject ("csubj")
    described = token.dep_ in ("acl", "csubj")
    # "Students abducted two weeks ago have been freed": the parser took the main verb's subject for the
    # participle's, leaving a passive main verb with none
    stolen = token.dep_ == "ccomp" and _subject_taken_by_participle(token.head) is not None
    return _agent(token) if described or headline or stolen or _counted_sufferer(token) else UNDECIDED


def _counted_sufferer(token: Token) -> bool:
    """ "Presidency says at least 10 soldiers killed": a counted subject of a bare participle suffered it (not
    of a fight, which has no passive: "about 20 rebels clashed with troops", read as a participle by the
    tagger, did the clashing)."""
    subject = _own_subject(token)
    if token.lemma_.lower() in FIGHTING_LEMMAS:
        return False
    return subject is not None and any(c.dep_ == "nummod" for c in subject.children)


# Verbs of fighting each other, with no passive, whose subject always fought ("clashed", "fought", "battled").
FIGHTING_LEMMAS = frozenset({"clash", "fight", "battle", "skirmish"})


@VERB_ACTOR_RULES.rule("The ministry accused the rebels of shelling Dara.", type="attack", actor="the rebels")
def _judged_doer(token: Token) -> Token | None | object:
    """ "X accused Y of shelling the town", "Y was blamed for attacking the posts", and a participle going on
    from the accusation ("..., killing two"): the one judged did the deed, never the judge."""
    judge = _judging_verb(token)
    if judge is None:
        return UNDECIDED
    judged = next((c for c in judge.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return _relative_head(judged) if judged is not None else None


def _judging_verb(token: Token) -> Token | None:
    """The verb of accusing or blaming a deed told by a verb hangs from: "of shelling", "for attacking", or
    a subjectless participle after it."""
    if token.dep_ == "pcomp" and token.head.lower_ in ("of", "for"):
        above = token.head.head
        if above.dep_ in ("dobj", "nsubjpass") and above.pos_ in ("NOUN", "PROPN", "PRON"):
            above = above.head  # "blamed the fighters for attacking": the parser may hang "for" on the noun
    elif token.dep_ == "advcl" and token.tag_ == "VBG" and not _marked(token) and _own_subject(token) is None:
        above = token.head
    else:
        return None
    return above if above.pos_ == "VERB" and above.lemma_.lower() in JUDGED_DEED_VERBS else None


@VERB_ACTOR_RULES.rule("Ruto thanked Qatar for helping negotiate the truce.", type="negotiate", actor="Qatar")
def _thanked_doer(token: Token) -> Token | None | object:
    """ "thanked the UAE for helping negotiate the exchange": who is thanked for doing it did it."""
    verb = token.head if token.dep_ == "xcomp" and token.head.lemma_.lower() == "help" else token
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for" or verb.head.head.lemma_.lower() not in PRAISE_VERBS:
        return UNDECIDED
    return next((c for c in verb.head.head.children if c.dep_ == "dobj"), UNDECIDED)


@VERB_ACTOR_RULES.rule(
    "The truce was brokered with the help of Qatar, officials said.", type="negotiate", actor="Qatar"
)
def _helper_doer(token: Token) -> Token | None | object:
    """ "was brokered with the help of the UAE": the helper is who mediated (the parties made the deal)."""
    if token.lemma_.lower() not in MEDIATION_VERBS:
        return UNDECIDED
    helps = [o for o in _prep_objects(token, "with") if o.lemma_.lower() in HELP_NOUNS]
    return next((x for h in helps for x in _prep_objects(h, "of")), UNDECIDED)


@VERB_ACTOR_RULES.rule("The sides accepted a UN-brokered truce.", type="negotiate", actor="UN")
def _hyphen_mediator(token: Token) -> Token | object:
    doer = _hyphen_doer(token)
    return doer if doer is not None else UNDECIDED


@VERB_ACTOR_RULES.rule("Kessa fell to the Tanza Front on Monday.", type="seize", actor="Tanza Front")
def _taker_of_fallen_place(token: Token) -> Token | None | object:
    """ "Kessa fell to X", "fell into the hands of X", "fell under X's control": the place is the subject, the
    taker is who it fell to (none named: "the town fell on Tuesday")."""
    if token.lemma_.lower() not in FALLEN_PLACE_VERBS:
        return UNDECIDED
    takers = _prep_objects(token, "to")
    for held in (o for p in ("into", "under") for o in _prep_objects(token, p)):
        takers += _prep_objects(held, "of") + [c for c in held.children if c.dep_ == "poss"]
    return takers[0] if takers else None


@VERB_ACTOR_RULES.rule("Six men were killed by shelling from the Tarsa Brigade.", type="attack", actor="Tarsa Brigade")
def _gerund_fire_from(token: Token) -> Token | object:
    """ "killed by shelling from the rebels": an attack told by a gerund with no subject of its own comes from
    the side after "from"."""
    if token.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return UNDECIDED
    side = _came_from(token)
    return side if side is not None else UNDECIDED


@VERB_ACTOR_RULES.rule(
    "Fighting between the army and the rebels broke out in Kessa on Monday.", type="attack", actor="the army"
)
def _gerund_between(token: Token) -> Token | object:
    """ "Fighting between the army and the rebels broke out": a gerund told as a noun is fought between its
    sides, the first of them its doer (the parser tags it a verb)."""
    if token.tag_ != "VBG" or token.dep_ not in ("nsubj", "nsubjpass"):
        return UNDECIDED
    return _undecided_if_none(next(iter(_sides(token)), None))


@VERB_ACTOR_RULES.rule("Hamas released two hostages.", type="release", actor="Hamas")
def _subject_doer(token: Token) -> Token | object:
    agent = _agent(token)
    if agent is not None:
        return agent  # "Kashmir also hit by Pakistani shelling": a "by" agent does it, whatever the parser's subject
    subject = _own_subject(token)
    return _relative_head(subject) if subject is not None else UNDECIDED


@VERB_ACTOR_RULES.rule(
    "Four protesters were killed on Sunday after police used live rounds.", type="kill", actor="police"
)
def _force_before_deaths(token: Token) -> Token | object:
    """ "four people were killed after security forces used live ammunition": deaths told in the passive with no
    doer, right after a deed of police or troops that is no event of its own, were that force's doing (a deed
    that is an attack takes the deaths as its toll: "killed after troops opened fire")."""
    if token.lemma_.lower() not in PASSIVE_DEATH_LEMMAS or not _is_passive(token) or _agent(token) is not None:
        return UNDECIDED
    from newsfacts.transforms.events.triggers import trigger_type  # the trigger tables' conditions read parties

    for clause in token.children:
        marked = any(m.dep_ in ("mark", "advmod") and m.lower_ in DEATH_CAUSE_MARKS for m in clause.children)
        if clause.dep_ != "advcl" or not marked or trigger_type(clause) is not None:
            continue
        subject = _own_subject(clause)
        if subject is not None and _noun_lemma(_counted(subject)) in ARMED_NOUNS | {"police"}:
            return subject
    return UNDECIDED


# Lemmas of deaths told in the passive ("were killed", "were shot dead").
PASSIVE_DEATH_LEMMAS = frozenset({"kill", "shoot", "murder"})
# Marks of a clause that tells what led to deaths ("after police fired", "when troops moved in").
DEATH_CAUSE_MARKS = frozenset({"after", "when", "as"})


@VERB_ACTOR_RULES.rule("Forty detainees were released from Egyptian jails.", type="release", actor="Egypt")
def _jailer_on_verb(token: Token) -> Token | object:
    return _jailer(token) if token.lemma_.lower() in JAIL_RELEASE_LEMMAS else UNDECIDED


@VERB_ACTOR_RULES.rule("Forty detainees held by the rebels were freed.", type="release", actor="the rebels")
def _holder_of_freed(token: Token) -> Token | object:
    """ "Two aid workers held by the Red Hand militia were released": who held the people freed frees them."""
    if token.lemma_.lower() not in JAIL_RELEASE_LEMMAS or _agent(token) is not None:
        return UNDECIDED
    freed = [c for c in token.children if c.dep_ == "nsubjpass"]
    holders = [
        a
        for f in freed
        for held in f.children
        if held.dep_ == "acl" and held.lemma_.lower() in HOLDING_VERBS
        for a in (_agent(held),)
        if a is not None
    ]
    return holders[0] if holders else UNDECIDED


# Verbs of keeping people captive whose agent is the captor ("held by the rebels", "kidnapped by gunmen").
HOLDING_VERBS = frozenset({"hold", "detain", "keep", "kidnap", "abduct", "capture", "seize"})


def _jailer(token: Token) -> Token | object:
    """ "released from Egyptian jails", "the release of 40 women and children from Egyptian prisons": whoever holds
    the jails frees those let out of them (a state's jails, named by its people or its name)."""
    held = [w for o in _prep_objects(token, "of") for w in (o, *o.conjuncts)]
    jails = [j for w in (token, *held) for j in _prep_objects(w, "from") if _counted(j).lemma_.lower() in JAIL_NOUNS]
    owners = [m for j in jails for m in j.children if m.dep_ in ("amod", "compound", "poss")]
    return next((m for m in owners if _label(entity_of(m)) in STATE_LABELS), UNDECIDED)


# Lemmas of a release, as a verb or a noun, whose "from" may name the jails of the releaser.
JAIL_RELEASE_LEMMAS = frozenset({"release", "free"})
# Where people are held by a state: "from Egyptian jails", "from Ruvian custody".
JAIL_NOUNS = frozenset({"prison", "jail", "gaol", "custody", "detention", "cell"})


@VERB_ACTOR_RULES.rule("The village was attacked and then burned by gunmen.", type="attack", actor="gunmen")
def _passive_doer(token: Token) -> Token | None | object:
    passive_infinitive = any(c.dep_ == "auxpass" for c in token.children) and any(
        c.tag_ == "TO" for c in token.children
    )
    if not (passive_infinitive or any(c.dep_ == "nsubjpass" for c in token.children)):
        return UNDECIDED
    for verb in [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else []):
        agent = _agent(verb)
        if agent is not None:
            return agent
    return None  # passive without agent ("was among the hostages to be released"): the doer is not said


@VERB_ACTOR_RULES.rule("Blinken is expected to meet Netanyahu.", type="meet", actor="Blinken")
def _shared_doer(token: Token) -> Token | None | object:
    if token.dep_ not in ("conj", "xcomp", "advcl", "pcomp") or token.head.i == token.i:
        return UNDECIDED
    governor = _background_clause(token, _governor(token))
    told_after = token.i > governor.i  # "Speaking after meeting X, the envoy said": the envoy met X
    if token.dep_ == "advcl" and governor.lemma_.lower() in REPORT_VERBS | RECORDING_VERBS and told_after:
        if not _marked(token):
            return UNDECIDED  # "A and B clashed, officials said, threatening a truce": not done by the tellers
    if token.dep_ == "xcomp" and governor.lemma_.lower() in OBJECT_CONTROL_VERBS:
        # "shelled the town, prompting Kessa to stage raids": the one prompted to act does it
        prompted = next((c for c in governor.children if c.dep_ == "dobj" and c.i < token.i), None)
        if prompted is not None:
            return _relative_head(prompted)
    if token.dep_ == "xcomp" or (token.dep_ == "pcomp" and governor.lemma_.lower() in ENGAGED_PASSIVES):
        # "X is expected to meet": the passive subject of a raising verb does the meeting; "X has been engaged
        # in brokering the truce": who is engaged in it does it.
        raised = next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
        if raised is not None:
            return _relative_head(raised)
    if token.dep_ == "conj" and not any(c.dep_ == "auxpass" for c in token.children):
        # "The group was pushed out by troops, but kept staging raids": an active verb joined to a
        # passive one shares its subject, not the agent that acted on it
        shared = next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
        if shared is not None:
            return _relative_head(shared)
    return _verb_actor_token(governor) if governor.pos_ in ("VERB", "AUX") else UNDECIDED


def _marked(clause: Token) -> bool:
    """A clause with its own conjunction ("while meeting X", "after visiting Y"): said of the main subject."""
    return any(c.dep_ == "mark" for c in clause.children)


def _background_clause(token: Token, governor: Token) -> Token:
    """ "X was serving food when the shell hit, killing them": after a progressive main clause (what someone
    was doing), a participle following a "when" or "as" clause goes on from that clause (the parser may hang
    it on the main verb), whose doer is the one that counts."""
    progressive = governor.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in governor.children)
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.head.i != governor.i or not progressive:
        return governor
    between = [
        c
        for c in governor.children
        if c.dep_ == "advcl" and governor.i < c.i < token.i and any(m.lower_ in TIME_MARKS for m in c.children)
    ]
    return between[-1] if between else governor


@VERB_ACTOR_RULES.rule(
    "Mr. Zelensky, meeting with Joe Biden at the White House, asked for more weapons.", type="meet", actor="Zelensky"
)
def _verb_actor_modified_noun(t: Token) -> Any:
    return t.head if t.dep_ in ("acl", "advcl") and t.head.pos_ in ("PROPN", "NOUN", "PRON") else UNDECIDED


@VERB_ACTOR_RULES.rule("The army, which stormed the town, said nothing.", type="attack", actor="The army")
def _verb_actor_relative_clause(t: Token) -> Any:
    return t.head if t.dep_ == "relcl" else UNDECIDED


def _verb_actor_token(token: Token) -> Token | None:
    """Subject, passive agent, or the subject the verb shares with the clause it hangs from."""
    return first_decided(VERB_ACTOR_RULES, token)


def _undecided_if_none(found: Token | None) -> Token | object:
    return UNDECIDED if found is None else found


# Who does what a noun tells, first rule that applies.
NOUN_ACTOR_RULES = RuleTable()


@NOUN_ACTOR_RULES.rule("Kenya has hosted three rounds of talks between the rivals.", type="negotiate", actor="Kenya")
def _talks_host(token: Token, etype: str) -> Token | object:
    """ "Kenya hosted talks between the rivals", "hosted three rounds of talks": the host brings the sides
    together, and so mediates (GUIDELINE: negotiate, mediation)."""
    if etype != "negotiate" or token.pos_ != "NOUN":
        return UNDECIDED
    held = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    if held is not token and held.lemma_.lower() not in ROUND_NOUNS:
        return UNDECIDED
    if held.dep_ != "dobj" or held.head.lemma_.lower() != "host":
        return UNDECIDED
    subject = _own_subject(held.head)
    return _relative_head(subject) if subject is not None else UNDECIDED


@NOUN_ACTOR_RULES.rule(
    "Troops intercepted a raid by the rebels on the town.", type="attack", actor="Troops", counterpart="the rebels"
)
def _stopper(token: Token, etype: str) -> Token | None | object:
    """ "troops intercepted a raid by the rebels": the attack told is the stopping, done by the stopper."""
    return _verb_actor_token(token.head) if _countered(token) else UNDECIDED


@NOUN_ACTOR_RULES.rule(
    "The ministry accused the rebels of a drone attack that hit two depots.", type="attack", actor="the rebels"
)
def _accused_of_deed(token: Token, etype: str) -> Token | None | object:
    """ "accused the rebels of a drone attack", "blamed Y for the ambush", "accused X of being behind the
    bombing": the one judged did the deed named by the noun, as with a verb (_judged_doer)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return UNDECIDED
    if prep.lower_ == "behind" and prep.head.lemma_.lower() == "be" and prep.head.dep_ == "pcomp":
        prep = prep.head.head  # "of being behind the attack"
    if prep.lower_ not in ("of", "for"):
        return UNDECIDED
    judge = prep.head
    if judge.dep_ in ("dobj", "nsubjpass") and judge.pos_ in ("NOUN", "PROPN", "PRON"):
        judge = judge.head  # "blamed the fighters for the ambush": "for" hung on the noun
    if judge.pos_ != "VERB" or judge.lemma_.lower() not in JUDGED_DEED_VERBS:
        return UNDECIDED
    # "accused Tarvia of ...": the parser may take a lone name after the verb for an adverb
    judged = [c for c in judge.children if c.dep_ in ("dobj", "nsubjpass")]
    judged += [c for c in judge.children if c.dep_ == "advmod" and (c.pos_ == "PROPN" or c.ent_type_) and c.i > judge.i]
    return _relative_head(judged[0]) if judged else None


def _countered(token: Token) -> bool:
    """A new attack, by a named side, told as stopped by force ("intercepted a raid by the rebels"); "repelled
    the assault" restates the attack told before, whose doer is the attacker."""
    definite = _definite(token)
    stopped = token.dep_ == "dobj" and token.head.lemma_.lower() in COUNTER_VERBS
    return stopped and not definite and bool(_prep_objects(token, "by"))


def _repelled(token: Token) -> bool:
    """An attack by a named side that another side beat back ("the army repelled an attack by the rebels"): it
    took place, done by the attacker against the side that beat it back."""
    beaten = token.dep_ == "dobj" and token.head.lemma_.lower() in REPELLED_VERBS
    return beaten and bool(_prep_objects(token, "by"))


@NOUN_ACTOR_RULES.rule("The killings were blamed on the Tanza gang.", type="kill", actor="Tanza gang")
def _blamed_on(token: Token, etype: str) -> Token | object:
    """ "the killings were blamed on gangs", "the raid, which was attributed to X": whom a deed is told in the
    passive as blamed on or attributed to did it; "X blamed the death on Y" is X's accusation, no event told."""
    verbs = [token.head] if token.dep_ == "nsubjpass" else []
    verbs += [c for c in token.children if c.dep_ in ("relcl", "acl")]
    # "an attack on a post blamed on X": the parser may hang the participle on the deed's target
    verbs += [c for o in _prep_objects(token, "on") for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if verb.dep_ != "relcl" and verb.tag_ != "VBN" and verb.i != token.head.i:
            continue  # "an attack blaming X": no passive, no doer laid on
        prep = BLAMED_ON_VERBS.get(lemma)
        found = _prep_objects(verb, prep) if prep is not None else []
        if lemma in CLAIMED_BY_VERBS and verb.dep_ in ("acl", "relcl"):
            found = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if found:
            return found[0]
    return UNDECIDED


# Verbs that lay a deed at someone's door, with the preposition that names the doer.
BLAMED_ON_VERBS = {"blame": "on", "pin": "on", "attribute": "to"}
# Verbs whose "by" agent owns a deed told before them ("an attack claimed by X", "a raid, which was claimed by X").
CLAIMED_BY_VERBS = frozenset({"claim"})


@NOUN_ACTOR_RULES.rule("Hamas said its attack on the base was over.", type="attack", actor="Hamas")
def _noun_actor_possessor(t: Token, e: str) -> Any:
    possessor = next((c for c in t.children if c.dep_ == "poss"), None)
    if possessor is not None and possessor.ent_type_ in ("DATE", "TIME"):
        return UNDECIDED  # "Monday's missile attack": when, not who
    if possessor is not None and _victim_possessor(t):
        return UNDECIDED  # "Akil's killing": who was killed
    if possessor is not None and _ranked_deed(t) and not any(_prep_objects(t, p) for p in ATTACK_PREPS):
        return UNDECIDED  # "Kessa's deadliest attack in a decade": the country it struck, ranked among its attacks
    if possessor is not None and possessor.lower_ == "their" and t.head.pos_ in ("VERB", "AUX"):
        subject = _own_subject(t.head)
        if subject is not None and _pair_partners(subject):
            return subject  # "Envoys of A and B ended their talks": the pair's first side
    person = _subject_person(t) if possessor is not None and possessor.lower_ in ("his", "her") else None
    if person is not None:
        return person  # "weeks after Ana Kerr tendered her resignation": the clause's named person, not one before
    if possessor is not None and _party_name(possessor, True) is None:
        return _undecided_if_none(_bound_possessor(t, possessor) or possessor)
    return _undecided_if_none(possessor)


def _bound_possessor(noun: Token, possessor: Token) -> Token | None:
    """ "President Ruto held his first meeting with X", "in their first meeting, A and B agreed": a possessive
    pronoun with no antecedent before it stands for the subject of the clause its noun is told in, when they
    agree (their: a pair or a plural; his, her: a person)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    subject = _own_subject(verb) if noun.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.pos_ == "PRON" or possessor.lower_ not in ("their", "his", "her"):
        return None
    plural = bool(subject.conjuncts or _misread_pair(subject)) or subject.tag_ in ("NNS", "NNPS")
    label = _label(entity_of(subject))
    person = label == "PERSON" or (label is None and subject.pos_ == "PROPN")  # "President Ruto" untagged
    return subject if (plural if possessor.lower_ == "their" else person and not plural) else None


def _subject_person(noun: Token) -> Token | None:
    """The one person named as the subject of the verb whose object is `noun`, or in the subject's apposition
    ("his predecessor, Ana Kerr, tendered her resignation"): what "his" or "her" on the object stands for."""
    verb = noun.head
    subject = _own_subject(verb) if noun.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.conjuncts:
        return None
    named = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    return next((n for n in named if _label(entity_of(n)) == "PERSON"), None)


def _victim_possessor(token: Token) -> bool:
    """ "Akil's killing", "his abduction", "his release": the possessor of a noun for what was done to someone, with
    no "of" object, is who suffered it ("Hamas's killing of two guards": the doer)."""
    return token.lemma_.lower() in SUFFERED_NOUNS and not _prep_objects(token, "of")


def _pair_partners(token: Token) -> list[Token]:
    """The other sides of a pair told as doers: "A and B", "envoys of A and B", "delegations from A and B",
    "officials representing A and B"."""
    heads = [token]
    if _noun_lemma(token) in REPRESENTATIVE_NOUNS | FORCE_NOUNS:
        heads += _represented_by(token) + _prep_objects(token, "from")
        # "Ukrainian and Russian negotiators": the second of two nationalities before them
        heads += [m for m in token.children if m.dep_ in ("amod", "compound") and m.i < token.i]
        # ... also one the parser hung as a name ("Thai and Cambodian soldiers"), when it is a people's word
        heads += [m for m in token.children if m.dep_ == "nmod" and m.i < token.i and people_place(m.text)]
    # "the Pakistani Taliban, or TTP,": a name joined by "or" is the same party's other name, no partner
    joined = [h for h in heads if not any(c.dep_ == "cc" and c.lower_ == "or" for c in h.children)]
    return [c for h in joined for c in h.children if c.dep_ == "conj"] + _misread_pair(token)


def _misread_pair(token: Token) -> list[Token]:
    """ "U.S. President A B and Russian President C D concluded ...": the first of two titled names joined by "and"
    that the parser hung on the second as a modifier is the second's partner."""
    if _label(entity_of(token)) != "PERSON":
        return []
    return [
        c
        for c in token.children
        if c.dep_ in ("nmod", "compound")
        and c.i < token.i
        and _label(entity_of(c)) == "PERSON"
        and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)
    ]


@NOUN_ACTOR_RULES.rule("The talks facilitated by Oman resumed.", type="negotiate", actor="Oman")
def _by_agent(token: Token, etype: str) -> Token | None | object:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return pobj(child)
        if child.dep_ == "acl":  # "talks facilitated by the U.S."
            if child.lemma_.lower() in (STANCE_VERBS | REPORT_VERBS | RECORDING_VERBS) - {"claim"}:
                continue  # "the shelling, denounced by the governor": who judged it did not do it
            if child.lemma_.lower() in HELD_BY_VERBS:
                continue  # "a bombing in the town of Kora, held by rebels": the parser hung the place's holder here
            for grand in child.children:
                if grand.dep_ == "agent":
                    return pobj(grand)
    return _by_agent_on_verb(token)


def _by_agent_on_verb(token: Token) -> Token | object:
    """ "they counted 14 raids by the Red Hand Front": the parser hangs the "by" of the object noun on the
    verb; a named body or armed group there did the deed the noun names."""
    if token.dep_ != "dobj" or any(c.dep_ in ("nsubjpass", "auxpass") for c in token.head.children):
        return UNDECIDED
    doers = [o for o in _prep_objects(token.head, "by") if o.i > token.i]
    found = [o for o in doers if _label(entity_of(o)) in ACTOR_LABELS or _noun_lemma(o) in ARMED_NOUNS]
    return found[0] if found else UNDECIDED


# Who an attack may come "from" as its doer: any party but a state, which names the place it came from.
SIDE_LABELS = ACTOR_LABELS - {"GPE"}


@NOUN_ACTOR_RULES.rule("A bombardment from the Tarsa Brigade killed two men.", type="attack", actor="Tarsa Brigade")
def _fire_from(token: Token, etype: str) -> Token | object:
    """ "shelling from the rebels", "fire from army troops": the side an attack comes "from" did it; a place it
    came from ("rockets from Gaza") names no doer."""
    side = _came_from(token) if etype == "attack" else None
    return side if side is not None else UNDECIDED


def _came_from(token: Token) -> Token | None:
    """The armed side an attack comes "from" ("shelling from the rebels", "fire from the Tarsa Brigade"), never
    a place ("rockets from Gaza") nor anyone else ("will talk about the raids from the Grand Palace")."""
    sides = [o for o in _prep_objects(token, "from") if _is_armed_side(o)]
    return sides[0] if sides else None


def _is_armed_side(token: Token) -> bool:
    """An armed force: a noun for armed men or forces, or a name the armed-group list knows or that ends in one
    ("the Tarsa Brigade")."""
    if _armed_noun(token):
        return True
    name = entity_of(token)
    return name is not None and _label(name) in SIDE_LABELS and armed_group(name.text) is not None


@NOUN_ACTOR_RULES.rule("The talks were facilitated by Oman.", type="negotiate", actor="Oman")
def _passive_noun_agent(token: Token, etype: str) -> Token | None | object:
    # "the raid was confirmed by a district official": who tells of it or judges it did not do it
    # ("the attack was claimed by X" names the doer)
    if token.head.lemma_.lower() in (STANCE_VERBS | REPORT_VERBS | RECORDING_VERBS) - {"claim"}:
        return UNDECIDED
    if token.dep_ == "nsubjpass":  # "the talks were facilitated by Oman"
        for sibling in token.head.children:
            if sibling.dep_ == "agent":
                return pobj(sibling)
    return UNDECIDED


@NOUN_ACTOR_RULES.rule("Talks between Israel and Hamas resumed.", type="negotiate", actor="Israel", counterpart="Hamas")
def _noun_actor_between(t: Token, e: str) -> Any:
    return _undecided_if_none(next(iter(_sides(t)), None))


def _sides(token: Token) -> list[Token]:
    """The objects of "between": the sides of "talks between X and Y", but not the places of "the attack
    occurred between Malelei and Kulan"."""
    sides = _prep_objects(token, "between")
    if sides and token.dep_ == "nsubj" and token.head.lemma_.lower() in OCCURRENCE_VERBS:
        # "the summit between Lula and Biden took place": sides, when one is a person or a body, not a place,
        # or two states that a meeting or talks are held between ("a meeting between Velia and Dorland")
        pair = [s for b in sides for s in (b, *b.conjuncts)]
        if not any(_group_side(s) for s in pair) and not (_session_noun(token) and _state_pair(pair)):
            return []
    if not sides and token.dep_ == "nsubj" and token.pos_ == "NOUN":
        # "Clashes broke out between the army and the rebels": the parser hangs the sides on the verb;
        # they are sides when one is a body or people, not two places ("occurred between A and B"), or,
        # for a fight, two states ("clashes erupted between Valdoria and Borvia": states fight, places do not)
        sides = _prep_objects(token.head, "between")
        pair = [s for b in sides for s in (b, *b.conjuncts)]
        if not any(_group_side(s) for s in pair) and not (_fight_noun(token) and _state_pair(pair)):
            return []
    return [o for side in sides for o in _sent_by(side)]


def _session_noun(token: Token) -> bool:
    """A noun for a meeting or talks held between sides: "a summit", "the talks"."""
    from newsfacts.transforms.events.triggers import trigger_type  # the trigger tables' conditions read parties

    return trigger_type(token) in SESSION_TYPES


def _fight_noun(token: Token) -> bool:
    """A noun for fighting between sides: "clashes", "fighting", "a battle", "a war"."""
    return token.lemma_.lower() in SIDE_NOUNS_OF_FIGHT


def _state_pair(pair: list[Token]) -> bool:
    """Two sides or more, each a state or a people by its tag ("Valdoria and Borvia", "Thai and Cambodian")."""
    return len(pair) > 1 and all(_label(entity_of(s)) in STATE_LABELS for s in pair)


def _sent_by(side: Token) -> list[Token]:
    """ "talks between colonels of Peru and Ecuador": people of two named sides stand for those sides; "clashes
    between Thai and Cambodian troops": troops of two named sides, told by coordinated modifiers, too."""
    if side.conjuncts:
        return [side]
    paired = [m for m in side.children if m.dep_ in MODIFIER_DEPS and m.i < side.i and m.conjuncts]
    if paired and _label(entity_of(paired[0])) in ACTOR_LABELS and _noun_lemma(side) in PARTY_NOUNS:
        return paired[:1]
    if paired and paired[0].pos_ == "NOUN" and _noun_lemma(paired[0]) in PARTY_NOUNS:
        # "clashes between Tuareg militias and Fulani tribes", parsed as "militias and Fulani" describing
        # "tribes": the first group is a side of its own
        return [paired[0], side]
    own = entity_of(side)
    senders = [
        o
        for prep in ("of", "from")
        for o in _prep_objects(side, prep)
        if o.conjuncts and (own is None or not own.start <= o.i < own.end)  # not "the Bank of England"
    ]
    return senders[:1] or [side]


def _group_side(token: Token) -> bool:
    """A side that is a body, a people or a person (not a place): "the Ruzizi Brigade", "protesters"."""
    if _label(entity_of(token)) in ACTOR_LABELS - {"GPE"}:
        return True
    return entity_of(token) is None and _noun_lemma(token) in PARTY_NOUNS | PERSON_NOUNS


@NOUN_ACTOR_RULES.rule("A Russian drone attack hit Kyiv.", type="attack", actor="Russia")
def _noun_actor_modifier(t: Token, e: str) -> Any:
    found = _modifier_actor(t) if e in MODIFIER_ACTOR_TYPES else None
    if found is None:
        return UNDECIDED
    if entity_of(found) is None and not _acronym(found) and _light_verb_doer(t, e) not in (UNDECIDED, None):
        return _light_verb_doer(t, e)  # "Serbia launched a military operation": "military" tells what kind
    return found


@NOUN_ACTOR_RULES.rule(
    "The statement was adopted on Tuesday at the African Union summit meeting in Addis Ababa.",
    type="meet",
    actor="African Union",
)
def _host_body(token: Token, etype: str) -> Token | object:
    """ "the African Union summit", "an ASEAN meeting": the organisation named before a meeting holds it."""
    # "travel to Addis Ababa for an African Union summit": the summit is what the trip is for, told by the visit
    if etype != "meet" or token.pos_ != "NOUN" or (token.dep_ == "pobj" and token.head.lower_ == "for"):
        return UNDECIDED
    modifiers = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    return next((c for c in modifiers if c.ent_type_ == "ORG"), UNDECIDED)


@NOUN_ACTOR_RULES.rule("The Eastern Front claimed an attack on a police post.", type="attack", actor="Eastern Front")
def _claimed_deed(token: Token, etype: str) -> Token | None | object:
    """ "X claimed an attack", "X claimed responsibility for the bombing" (or "for kidnapping two engineers"): who
    claims a deed did it."""
    owner = token.head.head if token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "for" else token
    claim = owner.head if owner.dep_ == "dobj" and owner.head.pos_ == "VERB" else None
    if claim is None or claim.lemma_.lower() not in RESPONSIBILITY_VERBS:
        return UNDECIDED
    if owner is not token and owner.lemma_.lower() != "responsibility":
        return UNDECIDED
    claimant = _verb_actor_token(claim)
    if _disowned(claim, claimant):
        return None  # "no one claimed the bombing", "nobody has claimed responsibility": nobody is named by it
    # "spokesman Yahya Saree claimed both attacks": a person claims for a group, which did it
    return UNDECIDED if claimant is None or _label(entity_of(claimant)) == "PERSON" else claimant


@VERB_ACTOR_RULES.rule(
    "The Red Hand claimed responsibility for kidnapping two engineers.", type="abduct", actor="Red Hand"
)
def _claimed_gerund(token: Token) -> Token | None | object:
    """ "X claimed responsibility for kidnapping Y": the deed claimed told by a gerund, as by a noun."""
    return _claimed_deed(token, "") if token.tag_ == "VBG" and token.dep_ == "pcomp" else UNDECIDED


def _disowned(claim: Token, claimant: Token | None) -> bool:
    """ "no group has claimed it", "X has not claimed responsibility": a claim that names no one who did it."""
    return (claimant is not None and _no_one(claimant)) or any(c.dep_ == "neg" for c in claim.children)


def _no_one(word: Token) -> bool:
    """ "no group", "no one", "nobody", "none of the groups": a subject that names nobody."""
    return word.lower_ in NOBODY_WORDS or any(c.dep_ == "det" and c.lower_ == "no" for c in word.children)


# Words for nobody as a subject ("no one" is parsed as "one" with "no").
NOBODY_WORDS = frozenset({"nobody", "none", "noone", "no-one"})


@NOUN_ACTOR_RULES.rule("Norway secured the release of two engineers on Friday.", type="release", actor="Norway")
def _release_secured(token: Token, etype: str) -> Token | None | object:
    """ "Norway secured the release of X", "Qatari mediation secured the release of X": who secured a release had
    the captives freed (the annotators list a mediator beside the captors)."""
    if etype != "release" or token.dep_ != "dobj" or token.head.lemma_.lower() not in RELEASE_SECURING_VERBS:
        return UNDECIDED
    doer = _verb_actor_token(token.head)
    if doer is not None and doer.lemma_.lower() in MEDIATION_EFFORT_NOUNS:
        # "Kuwaiti mediation secured ...": the mediation's owner
        owners = (
            c for c in doer.children if c.dep_ in MODIFIER_DEPS + ("poss",) and (c.ent_type_ or people_place(c.text))
        )
        return next(owners, doer)
    return doer


# Verbs whose subject had a release made ("secured", "won", "negotiated the release of X").
RELEASE_SECURING_VERBS = frozenset({"secure", "win", "obtain", "negotiate", "broker", "arrange", "facilitate"})
# Nouns for the work of a go-between, which secure a release for whoever does it ("Omani mediation").
MEDIATION_EFFORT_NOUNS = frozenset({"mediation", "effort", "intervention", "diplomacy"})


@NOUN_ACTOR_RULES.rule("The resignation of Prime Minister Ola Dorn was announced.", type="resign", actor="Ola Dorn")
def _who_resigned(token: Token, etype: str) -> Token | object:
    """ "the resignation of Prime Minister X": the person of a resignation; "X announced the resignation of his
    government": the head of the government who announced it."""
    if etype != "resign":
        return UNDECIDED
    for held in _prep_objects(token, "of"):
        if _label(entity_of(held)) == "PERSON":
            return held
        own = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in held.children)
        if own and held.lemma_.lower() in CABINET_NOUNS and token.dep_ == "dobj":
            subject = _own_subject(token.head)
            return subject if subject is not None and _is_person(subject) else UNDECIDED
    return UNDECIDED


# A government as a whole, which its head resigns with ("the resignation of his government").
CABINET_NOUNS = frozenset({"government", "cabinet"})


@NOUN_ACTOR_RULES.rule("Kessa announced the release of four prisoners.", type="release", actor="Kessa")
def _who_announced_the_release(token: Token, etype: str) -> Token | object:
    """ "Kessa announced the release of four prisoners": who announces a release made it."""
    if etype != "release" or token.dep_ != "dobj" or token.head.lemma_.lower() not in ANNOUNCING_VERBS:
        return UNDECIDED
    subject = _own_subject(token.head)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else UNDECIDED


# Verbs by which a side tells a release it made ("announced the release of").
ANNOUNCING_VERBS = frozenset({"announce"})


@NOUN_ACTOR_RULES.rule("Blinken began his visit to Cairo.", type="visit", actor="Blinken")
def _light_verb_doer(token: Token, etype: str) -> Token | None | object:
    engaged = token.head.head if token.dep_ == "pobj" else None
    # "engaged in a heavy gunfight", "went on a shooting rampage": who engaged or went did it
    joined = engaged is not None and ENGAGING_VERBS.get(engaged.lemma_.lower()) == token.head.lower_
    if engaged is not None and joined and etype == "attack":
        # "armed groups engaged in a heavy gunfight", "militias engaged in fighting" (a participle: the noun)
        return engaged.head if engaged.dep_ == "acl" else _verb_actor_token(engaged)
    if (
        token.dep_ == "dobj"
        and token.head.pos_ in ("VERB", "AUX")
        and etype in LIGHT_VERB_TYPES
        and token.head.lemma_.lower() not in STANCE_VERBS | REPORT_VERBS | RECORDING_VERBS  # who tells of it
        and token.head.lemma_.lower() not in BACKING_VERBS  # "Valdoria backed the offensive": not its doer
        and token.head.lemma_.lower() not in ENDURING_VERBS  # "the city withstood a siege": its target
    ):
        return _verb_actor_token(token.head)
    return UNDECIDED


@NOUN_ACTOR_RULES.rule("Jihadists killed 21 soldiers in an attack on an army camp.", type="attack", actor="Jihadists")
def _killers(token: Token, etype: str) -> Token | object:
    verb = _death_verb(token)
    # "twelve inmates died in a riot": who died did not do it
    if (
        verb is not None
        and token.dep_ == "pobj"
        and verb.lemma_.lower() != "die"
        and _verb_actor_token(verb) is not None
    ):
        return _verb_actor_token(verb)
    return UNDECIDED


@NOUN_ACTOR_RULES.rule("Before the meeting with Sisi, Blinken visited Giza.", type="meet", actor="Blinken")
def _adjunct_doer(token: Token, etype: str) -> Token | None | object:
    if etype not in ADJUNCT_ACTOR_TYPES | {"negotiate"} or token.dep_ != "pobj":
        return UNDECIDED
    noun = _session_of(token)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.pos_ not in ("VERB", "AUX"):
        return UNDECIDED
    # "travel to X for talks with Y": a purpose with the other party named; "the two sides gathered in X for
    # a second round of talks": who came together for the talks holds them
    gathered = prep.head.lemma_.lower() in GATHERING_VERBS
    purpose = prep.lower_ == "for" and (bool(_prep_objects(token, "with")) or gathered)
    timed = etype in ADJUNCT_ACTOR_TYPES and prep.lower_ in SAME_TIME_PREPS | {"before", "after"}
    return _verb_actor_token(prep.head) if timed or purpose else UNDECIDED


@NOUN_ACTOR_RULES.rule(
    "Five soldiers were killed in clashes with militants near Kupwara.", type="attack", actor="militants"
)
def _fought_with(token: Token, etype: str) -> Token | object:
    """ "soldiers were killed in a gunfight with militants": the side the dead fought with did the killing."""
    if token.lemma_.lower() not in FIGHT_NOUNS or _death_verb(token) is None or token.dep_ != "pobj":
        return UNDECIDED
    sides = [o for o in _prep_objects(token, "with") if _group_side(o) or _label(entity_of(o)) == "GPE"]
    return sides[0] if sides else UNDECIDED


@NOUN_ACTOR_RULES.rule("The truce led to the release of 40 women from Egyptian prisons.", type="release", actor="Egypt")
def _jailer_of_noun(token: Token, etype: str) -> Token | object:
    return _jailer(token) if etype == "release" else UNDECIDED


def _noun_actor_token(token: Token, etype: str) -> Token | None:
    """Possessor, "by" agent, a modifying name, a light verb's subject, or the main clause's subject."""
    return first_decided(NOUN_ACTOR_RULES, token, etype)


def _modifier_actor(token: Token) -> Token | None:
    """The doer named in a modifier of an event noun: "Hamas attack", "Russian drone and missile attacks",
    "army airstrikes", "a military air strike", "an RSF assault"."""
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i]
    led = next((m for m in modifiers if m.dep_ == "compound" and _led_alliance(m) is not None), None)
    if led is not None:
        return led  # "a Saudi-led coalition airstrike": the coalition's
    # "a Houthi-fired missile", "a rebel-fired rocket": the doer modifies the participle
    # ("a Ruvian-made rocket": who made it, not who fired it)
    nested = [
        g
        for m in modifiers
        if m.lower_ not in MAKER_PARTICIPLES
        for g in m.children
        if g.dep_ in MODIFIER_DEPS and g.i < m.i
    ]
    modifiers = [m for m in modifiers if m.lower_ not in WEAPON_NOUNS]  # "the IED attack": with what, not who
    for child in [*modifiers, *nested]:
        if child.ent_type_ in ACTOR_LABELS and not _capitalised_adjective(child):
            if child in modifiers and _place_of_deed(child, entity_of(child) or child.doc[child.i : child.i + 1]):
                continue  # "the Goma bombing": where, not who
            return child
    for child in [*modifiers, *[n for n in nested if n.dep_ == "npadvmod"]]:
        if child.lemma_.lower() in FORCE_NOUNS - WEAPON_NOUNS - ARMED_MEN_NOUNS or _acronym(child):
            return child
        if child.dep_ == "npadvmod" and child.pos_ == "PROPN":
            return child
    return None


def _capitalised_adjective(token: Token) -> bool:
    """ "Fierce clashes erupted", "Heavy fighting broke out": an adjective opening a sentence that the tagger
    took for a body or a person by its capital names no doer (a people's adjective, "Kessian strikes", is NORP)."""
    return token.pos_ == "ADJ" and bool(token.is_sent_start) and token.ent_type_ in MISREAD_ADJECTIVE_LABELS


# Labels the tagger gives a capitalised adjective opening a sentence ("Fierce" as ORG) that name no doer there.
MISREAD_ADJECTIVE_LABELS = frozenset({"ORG", "PERSON"})


def _negotiated_with(token: Token, meeting: bool = False) -> list[Token]:
    """ "talks with X", "mediated between X and Y"; for a meeting verb also "X met Y", "X and Y met",
    "the ministers of X and Y met"."""
    candidates = _prep_objects(token, "with")
    if token.lemma_.lower() == "call" and token.pos_ == "VERB":
        candidates += _prep_objects(token, "on")  # "called on President X": X
    if token.lemma_.lower() == "discuss":
        candidates += _discussed_with(token)
    if meeting and token.pos_ in ("VERB", "AUX"):
        if token.lemma_.lower() != "discuss":  # what is discussed is a topic, not a party
            candidates += [c for c in token.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() != "talk"]
        subject = _own_subject(token) or _verb_actor_token(token)  # "X and Y are slated to meet"
        if subject is not None:
            candidates += [c for c in subject.children if c.dep_ == "conj"]
            if subject.lemma_.lower() in REPRESENTATIVE_NOUNS:  # "the ministers of X and Y met"
                candidates += [c for o in _represented_by(subject) for c in o.children if c.dep_ == "conj"]
    mediated = token.pos_ == "VERB" and token.lemma_.lower() in MEDIATING_LEMMAS
    if mediated and (_own_subject(token) is not None or _is_passive(token)):
        # "Qatar mediated between Kabul and Islamabad", "brokered the deal between X and Y", "the truce between X
        # and Y was mediated by Z": the mediator is the doer, so the first side is the other party
        deals = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        sides = _prep_objects(token, "between") + [s for d in deals for s in _prep_objects(d, "between")]
        candidates += [s for s in sides if entity_of(s) is not None]  # "between the two factions": none named
    return candidates + _between_others(token)


# Verbs of a third party bringing two sides to a deal.
MEDIATING_LEMMAS = frozenset({"mediate", "broker", "facilitate"})


def _between_others(token: Token) -> list[Token]:
    """The sides after the first in "between X and Y"."""
    return [c for b in _sides(token) for c in b.children if c.dep_ == "conj"]


def _attacked(token: Token) -> list[Token]:
    """ "attacked X", "the ship came under fire", "launched drones at X", "strikes on X", "X and Y exchanged fire"."""
    lemma = token.lemma_.lower()
    candidates = [c for c in token.children if c.dep_ == "nsubj"] if lemma == "come" else []
    if _countered(token):  # "intercepted a raid by the rebels": the rebels
        candidates += _prep_objects(token, "by")
    if _repelled(token):  # "the army repelled an attack by the rebels": the army
        candidates += [s for s in [_own_subject(token.head)] if s is not None]
    if lemma not in AIMED_VERBS:  # "launched drones at X": X, not the drones
        candidates += [c for c in token.children if c.dep_ in ("dobj", "obj")]
    opened_fire = any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in FIRE_NOUNS for c in token.children)
    aimed = AIM_PREPS if lemma in AIMED_VERBS or opened_fire else ()  # "opened fire at a crowd"
    for prep in (*aimed, "against", "on", "into"):
        candidates += _prep_objects(token, prep)
    candidates += _between_others(token)
    if lemma in WITH_SIDE_VERBS:  # "soldiers clashed with the militants"
        candidates += _prep_objects(token, "with")
        fought = [c for c in token.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in FIRE_OR_FIGHT]
        candidates += [o for f in fought for o in _prep_objects(f, "with")]  # "traded fire with police"
    if lemma in RECIPROCAL_VERBS and token.pos_ == "VERB":
        subject = _own_subject(token)  # "police and militants exchanged fire": the other side
        candidates += [c for c in subject.children if c.dep_ == "conj"] if subject is not None else []
        candidates += _named_sources(subject)[1:] if subject is not None else []  # "men from the A and B clans"
    # "bombarded positions held by the Freedom Front": whose positions were struck
    candidates += [a for c in candidates for a in _holders(c)]
    # What was dropped or fired, and a place hit ("the village", "the camp"), are not the party attacked:
    # the place is the location. A state attacked ("launched drones at Ukraine") is both.
    return [
        c
        for c in candidates
        if _counted(c).lemma_.lower()
        not in WEAPON_NOUNS | FIRE_NOUNS | PLACE_NOUNS | EDGE_NOUNS | THROWN_NOUNS | FIGHT_OBJECTS | {"way"}
        and _label(entity_of(c)) not in ("LOC", "FAC")  # "forced their way", "fought a battle": no party
        and not _reflexive(c)  # "blew himself up": the doer, no other party
    ]


def _swapped_with(verb: Token) -> list[Token]:
    """ "Varnia freed two sailors in an exchange with Ostland": the other side of the swap the freeing was part of."""
    swaps = [n for p in ("in", "as") for n in _prep_objects(verb, p) if n.lemma_.lower() in SWAP_NOUNS]
    return [o for n in swaps for o in _prep_objects(n, "with")]


def _holders(struck: Token) -> list[Token]:
    """ "positions held by the Freedom Front", "areas controlled by the rebels": who holds what was struck."""
    held = [c for c in struck.children if c.dep_ == "acl" and c.lemma_.lower() in HELD_BY_VERBS]
    return [a for h in held for a in (_agent(h),) if a is not None]


# Participles that tell who holds a place or a position ("held by", "controlled by").
HELD_BY_VERBS = frozenset({"hold", "control", "occupy", "man"})
# What is traded or fought "with" the other side: fire or a battle ("exchanged gunfire with police").
FIRE_OR_FIGHT = frozenset(FIRE_NOUNS | FIGHT_OBJECTS)


def _threatened(token: Token) -> list[Token]:
    """ "threatened X", "vowed to strike X", "warned of action against X"."""
    return [
        o
        for child in [token, *[c for c in token.children if c.dep_ == "xcomp"]]
        for o in [c for c in child.children if c.dep_ == "dobj"] + _prep_objects(child, "against")
        if o.lemma_.lower() not in RETALIATION_NOUNS  # "vowed a robust response" threatens no one named
    ]


def _named_victims(token: Token) -> list[Token]:
    """The named people a verb kills: "gunmen shot dead X", "the mayor of Ribera was shot dead" (unnamed
    victims are a figure, not a party)."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    named = [o for o in objects if _label(entity_of(o)) == "PERSON"]
    victim = _passive_subject(token) if token.pos_ in ("VERB", "AUX") else None
    if victim is not None and (_label(entity_of(victim)) == "PERSON" or _one_named_victim(victim)):
        named.append(victim)
    return named


def _victim_of(token: Token) -> list[Token]:
    """ "the killing of X", "X's killing": who suffered it."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in VICTIM_NOUNS:
        return []
    possessor = [c for c in token.children if c.dep_ == "poss"] if _victim_possessor(token) else []
    return _prep_objects(token, "of") + possessor


# Triggers of another type done by two sides together ("A and B signed a pact": a proposal both put their name to).
PAIR_LEMMAS = frozenset({"sign", "reach", "conclude", "agree"})


def _pact_sides(verb: Token) -> list[Token]:
    """The other side of a pact signed or reached: "signed a truce with X", "reached an agreement with X"."""
    pacts = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return _negotiated_with(verb) + [o for p in pacts for o in _prep_objects(p, "with")]


# Who the other party is, by event type (other types: the victim of a harm noun).
COUNTERPART_RULES: dict[str, Callable[[Token], list[Token]]] = {
    "meet": lambda t: _negotiated_with(t, meeting=True),  # "Blinken met with Netanyahu in Jerusalem."
    # "Qatar mediated talks between Israel and Hamas."; "Norland agreed a truce with Velia."
    "negotiate": lambda t: _pact_sides(t) if t.lemma_.lower() in PAIR_LEMMAS else _negotiated_with(t),
    "attack": _attacked,  # "Russia launched drones at Ukraine."
    "assassinate": lambda t: [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")] + _prep_objects(t, "of"),
    "threaten": _threatened,  # "The Houthis threatened the United States."
    "release": lambda t: _prep_objects(t, "to") + _swapped_with(t),  # "Hamas released two hostages to the Red Cross."
    # "Egypt presented a plan to Hamas."; "Kenya signed a pact with Ethiopia."
    "propose": lambda t: (
        [o for o in _prep_objects(t, "to") if _counted(o).lemma_.lower() not in SIGNED_PACT_NOUNS]
        + (_pact_sides(t) if t.lemma_.lower() in PAIR_LEMMAS else [])
    ),
    "kill": lambda t: _named_victims(t) + _victim_of(t),  # "gunmen shot dead Abdirahman Hassan Nur"
}
# Types done by two sides together, the second of a pair of doers the other party ("A and B held talks").
PAIR_TYPES = {"meet", "negotiate", "attack"}
# Types whose passive subject is who suffered it ("a Swiss national was freed").
VICTIM_TYPES = {"release", "abduct", "attack"}
# Types whose object, named or not, is the other party: who was killed or taken ("killed four soldiers").
SUFFERER_TYPES = frozenset({"kill", "abduct"})
# Dependencies of a verb's objects, and of the clauses that tell an attack's toll ("raided the camp, killing five").
OBJECT_DEPS = ("dobj", "obj")
TOLL_CLAUSE_DEPS = ("advcl", "conj", "xcomp")
# Prepositions of the attack a toll was suffered in ("killed in an ambush", "during the raid").
TOLL_PREPS = frozenset({"in", "during"})
# What is fired, dropped or thrown: the passive subject of an attack verb that is no one attacked.
FIRED_THINGS = WEAPON_NOUNS | FIRE_NOUNS | THROWN_NOUNS


def _fired_thing(token: Token) -> bool:
    """A weapon or shot, also a capitalised plural opening a sentence the tagger took for a name ("Rockets")."""
    counted = _counted(token)
    lemma = counted.lemma_.lower()
    read_as_name = counted.pos_ == "PROPN" and counted.is_sent_start
    return lemma in FIRED_THINGS or (read_as_name and lemma.removesuffix("s") in FIRED_THINGS)


_Named = tuple[Token | None, str | None]

# Nouns for a share of something, never a party: "hit part of the hospital", "half of them".
SHARE_NOUNS = frozenset({"part", "half", "rest", "majority", "portion", "section"})
# Words of a thing set burning, which the parser may take for the object ("set the church alight").
BURNING_WORDS = frozenset({"alight", "ablaze", "afire"})


def counterpart_and_target(token: Token, etype: str, actor_tok: Token | None) -> tuple[_Named, _Named]:
    """The other party (met with, attacked, assassinated, released to), and for an attack the building, site or
    vehicle it hit as written, no party of it ("attacked an army post": the army, and "an army post")."""
    candidates = COUNTERPART_RULES.get(etype, _victim_of)(token)
    mediating = token.lemma_.lower() in MEDIATING_LEMMAS  # "brokered by Ghana and Togo": two mediators, no sides
    if (etype in PAIR_TYPES or token.lemma_.lower() in PAIR_LEMMAS) and actor_tok is not None and not mediating:
        candidates = candidates + _pair_partners(actor_tok)  # "envoys of A and B met": B
    # "X was received by Y": who is met is told as the passive subject, as who suffers a deed is
    sided = etype in VICTIM_TYPES or etype == "meet"
    victims = [_passive_subject(token)] if sided and token.pos_ in ("VERB", "AUX") else []
    if victims == [None] and token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.children):
        # "King Omar landed in Rabat and was embraced by the premier": the passive shares the first verb's subject
        victims = [next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)]
    # "shots were fired at the mayor", "rockets were launched at X": what was fired suffered nothing
    victims = [v for v in victims if v is not None and not _fired_thing(v)]
    target: _Named = (None, None)
    for candidate in map(_relative_owner, victims + candidates):
        if actor_tok is not None and candidate.i == actor_tok.i:
            continue
        if candidate.ent_type_ in ("DATE", "TIME") or candidate.lemma_.lower() in HELP_NOUNS:
            continue  # "on Tuesday" names when, "with the help of X" the mediator, not whom
        if _no_party(candidate, etype):
            continue
        if etype == "attack" and _struck_thing(candidate):
            if target[0] is None:
                target = (candidate, _thing_words(candidate))
            owner = _thing_owner(candidate)  # "struck an army post": the army; "hit a bus": no party
            if owner is None or (actor_tok is not None and owner.i == actor_tok.i):
                continue
            candidate, name = owner, _party_name(owner, actor=False, exclude=actor_tok) or _victim_name(owner)
        elif candidate in victims:
            name = _victim_name(candidate)
        else:
            name = _party_name(candidate, actor=False, exclude=actor_tok)
        if name is not None:
            return (candidate, name), target
    return (None, None), target


def _no_party(candidate: Token, etype: str) -> bool:
    """A word no party is told by: no noun or pronoun, a burning ("set the church alight"), a share ("hit part of the
    camp"), a weapon or an event ("his explosive device", "a joint operation"), and for a threat or a proposal what
    is threatened or proposed rather than whom ("threatened further sanctions", "agreed to normalise relations")."""
    from newsfacts.transforms.events.triggers import trigger_type  # the trigger tables' conditions read parties

    if candidate.pos_ not in ("NOUN", "PROPN", "PRON") and entity_of(candidate) is None:
        return True  # "Russian" of "Ukrainian and Russian negotiators" is a side
    lemma = candidate.lemma_.lower()
    if lemma in SHARE_NOUNS | WEAPON_NOUNS | BURNING_WORDS or (candidate.pos_ == "NOUN" and trigger_type(candidate)):
        return True
    return etype in ("threaten", "propose") and not (_is_party(candidate) or entity_of(candidate) is not None)


def _struck_thing(token: Token) -> bool:
    """A building, a site or a vehicle an attack hit, told by a common noun ("a bus", "an apartment block", "the army
    post"): no party (GUIDELINE: the counterpart is the other party); people, forces and named targets are."""
    if token.pos_ != "NOUN" or entity_of(token) is not None:
        return False
    return _noun_lemma(_counted(token)) in STRUCK_THING_NOUNS


def _thing_words(thing: Token) -> str:
    """A thing struck as written, up to its noun: "a Hezbollah position", "the militia's depot", "a block"."""
    return thing.doc[thing.left_edge.i : thing.i + 1].text


def _thing_owner(thing: Token) -> Token | None:
    """Whose a thing struck is, by the party named before it ("an army post": army, "a Hezbollah position",
    "Ukrainian energy sites", "the militia's depot"), or who was in it ("a convoy of soldiers")."""
    for mod in sorted(thing.children, key=lambda c: c.i):
        if mod.i > thing.i or mod.dep_ not in ("compound", "amod", "poss", "nmod"):
            continue
        if mod.dep_ == "compound" and _label(entity_of(mod)) in PLACE_LABELS:
            continue  # "the Kidal camp": where it is, not whose
        if _label(entity_of(mod)) in ACTOR_LABELS or _noun_lemma(mod) in PARTY_NOUNS:
            return mod
    if _noun_lemma(thing) in PLACE_NOUNS:
        return None  # "the port of Hodeidah", "the town of Kora": the "of" names the place
    # "a convoy of soldiers", "a column of Velian troops": the people it carried
    return next((o for o in _prep_objects(thing, "of") if _is_person(_counted(o)) or _is_party(o)), None)


def sufferer(token: Token, etype: str) -> str | None:
    """Who a harm was done to where no other party is told, named or not: "gunmen killed four soldiers", "two
    guards were shot dead", "raided the camp, killing five fighters" (GUIDELINE: the other party, attacked).
    Filled in last, so that it sets no telling of a deed apart from another."""
    if token.pos_ in ("VERB", "AUX") and etype in SUFFERER_TYPES:
        people = [_passive_subject(token), *[c for c in token.children if c.dep_ in OBJECT_DEPS]]
    else:
        people = _toll_sufferers(token) if etype == "attack" else []
    for person in people:
        if person is not None and not _fired_thing(person):
            if _crowd_harmed(etype, _relative_owner(person)):
                return None
            name = _victim_name(_relative_owner(person))
            if name is not None:
                return name
    return None


def _crowd_harmed(etype: str, victim: Token) -> bool:
    """ "killed 12 people", "shelling killed eight shoppers": people harmed who are no party (unnamed, of no
    side) are no counterpart of a killing or an attack (GUIDELINE: the other party), as police, soldiers or a
    named group are; their number is a figure."""
    counted = _counted(victim)
    named = entity_of(counted) is not None or any(
        c.pos_ == "PROPN" or c.ent_type_ in ACTOR_LABELS for c in counted.children
    )
    return etype in CROWD_HARM_TYPES and counted.lemma_.lower() in CROWD_NOUNS and not named


# Types whose unnamed people harmed are no other party, and the nouns for such people.
CROWD_HARM_TYPES = frozenset({"kill", "attack"})
CROWD_NOUNS = frozenset(
    {"people", "person", "civilian", "villager", "resident", "bystander", "passer-by", "passerby", "shopper"}
    | {"worshipper", "mourner", "pedestrian", "individual", "man", "woman", "child", "family", "inhabitant"}
)


def _toll_sufferers(token: Token) -> list[Token]:
    """Who an attack killed, told with it: "raided the camp, killing five fighters", "five soldiers were killed in
    an attack", "an air strike killed a commander"."""
    if token.lemma_.lower() in RECIPROCAL_VERBS | WITH_SIDE_VERBS:
        return []  # "the two armies traded fire, killing five": the dead of both sides, not the other side
    if token.pos_ in ("VERB", "AUX"):
        tolls = [c for c in token.children if c.dep_ in TOLL_CLAUSE_DEPS and _kills(c)]
        return [o for toll in tolls for o in toll.children if o.dep_ in OBJECT_DEPS]
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ in TOLL_PREPS else token.head
    if not _kills(head) or head.i == token.i:
        return []
    if token.dep_ == "nsubj":  # "an air strike killed a commander"
        return [o for o in head.children if o.dep_ in OBJECT_DEPS]
    subject = _passive_subject(head)  # "six guards were killed in an ambush"
    return [subject] if subject is not None else []


def _kills(verb: Token) -> bool:
    """A verb of killing ("killing", "shot dead")."""
    return verb.pos_ == "VERB" and VERB_TRIGGERS.get(verb.lemma_.lower(), NO_TRIGGER).type == "kill"


def _relative_owner(noun: Token) -> Token:
    """ "others whose homes were burned": what a relative clause says of "whose homes" it says of those the clause
    is about, the noun it modifies."""
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        clause = noun.head
        if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return clause.head
    return noun


def _role_holders(doc) -> list[tuple[str, frozenset[str], frozenset[str], str, frozenset[str]]]:
    """(role lemma, states, office words, person, states written after the person) for every person named right
    after a role: "Pakistan's foreign minister Shah Mahmood Qureshi", "Sudanese Foreign Minister Ali Youssef",
    "President Ana Ruiz of Valdoria"; once per Doc."""
    key = "newsfacts.events.role_holders"
    if key not in doc.user_data:
        holders = []
        for ent in doc_ents(doc):
            ent = _without_holder_title(ent)
            if ent.label_ != "PERSON" or ent.start == 0:
                continue
            role = doc[ent.start - 1]
            if _noun_lemma(role) in HOLDER_ROLE_NOUNS:
                phrase = doc[min(role.left_edge.i, ent.root.left_edge.i, ent.start - 1) : ent.start - 1]
                told = (_noun_lemma(role), _role_states(phrase), _office_words(phrase), _strip_det(ent))
                holders.append((*told, _states_of_after(ent)))
        doc.user_data[key] = holders
    return doc.user_data[key]


def _office_words(words: Span) -> frozenset[str]:
    """The words of a role's office that name no state ("foreign" of "Kenya's foreign", "defence" of "Defence")."""
    return frozenset(
        t.lower_ for t in words if t.is_alpha and entity_of(t) is None and t.dep_ not in ("det", "poss", "case")
    )


def _role_states(words: Span) -> frozenset[str]:
    """The states or groups named in the words before a role ("Afghanistan's interim foreign", "Afghan")."""
    names = set()
    for ent in words.ents:
        if ent.label_ in ("GPE", "NORP", "ORG"):
            names.add(fold(DEMONYMS.get(fold(ent.text), _strip_det(ent))))
            names.update(fold(DEMONYMS[fold(t.text)]) for t in ent if fold(t.text) in DEMONYMS)  # "Afghan Taliban"
    untagged = [t for t in words if entity_of(t) is None]
    for first, second in zip(untagged, [*untagged[1:], None]):  # "The Sri Lankan President" the tagger missed
        pair = fold(f"{first.text} {second.text}") if second is not None and second.i == first.i + 1 else ""
        for form in (pair, fold(first.text)):
            if form in DEMONYMS:
                names.add(fold(DEMONYMS[form]))
    return frozenset(names)


def _described_group(token: Token) -> bool:
    """ "the Palestinian militant group", "the Somali jihadist group": a definite group noun whose only
    named modifier is a nationality, which describes the group named before rather than naming one."""
    if _noun_lemma(token) not in GROUP_NOUNS or not any(c.lower_ == "the" for c in token.children):
        return False
    named = [entity_of(c) for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")]
    named = [e for e in named if e is not None]
    return bool(named) and all(_label(e) == "NORP" for e in named)


# The name a party token stands for, first rule that applies.
PARTY_NAME_RULES = RuleTable()
# Verbs of a name given to a party described before it ("a faction known as X", "a group called X"), or of the
# named leader of a band of fighters ("fighters led by X", not a state's "troops led by General X").
NAMING_VERBS = frozenset({"know", "call", "name", "dub", "lead"})
# Parties that go by whoever leads them, besides bands of fighters ("a delegation led by X landed in Y": X).
LED_PARTY_NOUNS = frozenset({"delegation", "mission", "team"})


@PARTY_NAME_RULES.rule("Hamas said it released two hostages.", type="release", actor="Hamas")
def _name_by_pronoun(t: Token, a: bool, x: Token | None) -> Any:
    return _antecedent(t, x) if t.pos_ == "PRON" else UNDECIDED


@PARTY_NAME_RULES.rule("A house in Kyiv was hit by drone debris.", type="attack", actor=None)
def _weapon(token: Token, actor: bool, exclude: Token | None) -> None | object:
    """A weapon or its debris with no owner named ("killed by a stray shell") is what harmed, not who."""
    if _counted(token).lemma_.lower() not in HARMING_THINGS or _owner(token) is not None:
        return UNDECIDED
    return None


@PARTY_NAME_RULES.rule(
    "The Saudi-led coalition struck a funeral hall in Sanaa.", type="attack", actor="Saudi-led coalition"
)
def _led_alliance_name(token: Token, actor: bool, exclude: Token | None) -> str | object:
    """ "the Saudi-led coalition", "a US-led force": a body told by who leads it is named as written; its leader
    alone did not do it."""
    return _led_alliance(token) or UNDECIDED


def _led_alliance(token: Token) -> str | None:
    """The words of an alliance told by its leader ("Saudi-led coalition"), on its noun or on the noun it
    modifies ("a US-led coalition airstrike")."""
    head = token.head if token.dep_ == "compound" and _noun_lemma(token) in LED_ALLIANCE_NOUNS else token
    led = next((c for c in head.children if c.dep_ == "amod" and c.lower_ == "led"), None)
    if led is None or led.i < 2 or led.doc[led.i - 1].text != "-":
        return None
    leader = led.doc[led.i - 2]
    alliance = token if _noun_lemma(token) in LED_ALLIANCE_NOUNS and led.i < token.i else None
    alliance = alliance or next(
        (c for c in head.children if c.dep_ == "compound" and c.i > led.i and _noun_lemma(c) in LED_ALLIANCE_NOUNS),
        None,
    )
    if alliance is None or not (leader.pos_ == "PROPN" or leader.ent_type_ in ACTOR_LABELS):
        return None
    return token.doc[leader.left_edge.i : alliance.i + 1].text


# Bodies told by who leads them ("the Saudi-led coalition", "a French-led force").
LED_ALLIANCE_NOUNS = MEMBERS_ALLIANCE_NOUNS | {"force", "mission", "bloc"}


@PARTY_NAME_RULES.rule("Israeli forces stormed the camp.", type="attack", actor="Israel")
def _entity_name(token: Token, actor: bool, exclude: Token | None) -> str | object:
    entity = entity_of(token)
    if entity is None or _label(entity) not in ACTOR_LABELS | PLACE_LABELS:
        return UNDECIDED
    if _label(entity) == "NORP" or fold(entity.text) in DEMONYMS:  # "Ukrainian drones", whatever its label
        if _one_of_a_people(token, entity):
            return _strip_det(entity)
        return DEMONYMS.get(fold(entity.text), entity.text)
    if entity.root.pos_ == "NOUN" and _noun_lemma(entity.root) in PARTY_NOUNS:
        # "Delegations of Russia" tagged as one name: the delegates go by whom they are of (represented)
        if token.i == entity.root.i:
            return UNDECIDED
        return token.doc[max(token.left_edge.i, entity.start) : min(token.i + 1, entity.end)].text
    return _state_of_government(_strip_det(entity)) or _strip_det(entity)


def _state_of_government(name: str) -> str | None:
    """ "Nicaraguan Government", "Government of Nicaragua" written as one name: the state, as "the Nicaraguan
    government" is read (a named cabinet, "Government of National Unity", stays its own)."""
    found = STATE_GOVERNMENT.fullmatch(name)
    if found is None:
        return None
    written = found.group("people") or found.group("state")
    state = people_place(written) or written
    known = known_place(state)
    return state if known is not None and known.kind == "country" else None


# A state's government written as one name: "Kessan Government", "Government of Kessa".
STATE_GOVERNMENT = re.compile(
    r"(?P<people>[A-Z][\w'’-]+) [Gg]overnment|[Gg]overnment of (?:the )?(?P<state>[A-Z][\w'’ -]+)"
)


def _one_of_a_people(token: Token, entity: Span) -> bool:
    """ "A Palestinian opened fire": one person of a nationality, not the state its name would stand for."""
    return (
        token.i == entity.root.i
        and token.tag_ in ONE_PERSON_TAGS
        and token.dep_ not in MODIFIER_DEPS
        and any(c.dep_ == "det" and c.lower_ in ONE_DETERMINERS for c in token.children)
    )


@PARTY_NAME_RULES.rule("Armed men from the Osu clan attacked Tamba.", type="attack", actor="Osu")
def _members_from_named(token: Token, actor: bool, exclude: Token | None) -> str | object:
    """ "armed men from the Osu and Kelani clans", "members of the Kara militia": the first group named."""
    named = _named_sources(token)
    if named:
        return _entity_name(named[0], actor, exclude)
    band = _proper_band_of(token)
    return band if band is not None else UNDECIDED


def _proper_band_of(token: Token) -> str | None:
    """ "members of the Red Hand gang": a band named by proper nouns before its kind, which the tagger may
    leave untagged; named as written without its article."""
    if _noun_lemma(token) not in MEMBER_NOUNS | ARMED_BAND_NOUNS:
        return None
    for source in _belonging(token) + _prep_objects(token, "from"):
        names = [c for c in source.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if _noun_lemma(source) in BAND_KIND_NOUNS and names:
            return token.doc[names[0].left_edge.i : source.i + 1].text
    return None


def _belonging(token: Token) -> list[Token]:
    """ "members of the Red Hand gang", "fighters of the Free Front": the group a member or fighter is "of"."""
    return _prep_objects(token, "of") if _noun_lemma(token) in MEMBER_NOUNS | ARMED_BAND_NOUNS else []


def _named_sources(token: Token) -> list[Token]:
    """The named groups in the "from" phrase of a noun for armed men or people ("men from the Osu and Kelani
    clans": Osu, Kelani), each a token of a named entity."""
    if entity_of(token) is not None or _noun_lemma(token) not in ARMED_NOUNS | PERSON_NOUNS | MEMBER_NOUNS:
        return []
    named = []
    # "fighters loyal to the Northern Front": a group they are tied to, named like one they come from
    # ("militants linked to X", "gunmen affiliated with X": the participle parsed as a clause on the noun)
    # a group tied to, only as named ("affiliated to the jihadist group" names none)
    tied = [
        o
        for a in token.children
        if a.dep_ in ("amod", "acl")
        for p in ALLEGIANCE_WORDS.get(a.lower_, ())
        for o in _prep_objects(a, p)
        if entity_of(o) is not None
    ]
    # "militants from Mozambique": armed men of a band come from a place, and are not its state's
    band = _noun_lemma(token) in ARMED_BAND_NOUNS
    for source in _prep_objects(token, "from") + tied + _belonging(token):
        modifiers = [c for c in source.children if c.dep_ in ("nmod", "compound")]
        from_place = band and source.dep_ == "pobj" and source.head.lower_ == "from"
        for name in ([source] if entity_of(source) is not None else []) + modifiers:
            found = [n for n in (name, *name.conjuncts) if _label(entity_of(n)) in ACTOR_LABELS]
            found = [n for n in found if not _names_a_site(entity_of(n))]  # "gunmen from the Kagara College"
            named += [n for n in found if not (from_place and _label(entity_of(n)) == "GPE")]
    return named


def _names_a_site(name: Span | None) -> bool:
    """A name of a place one comes from, not a band one belongs to ("the Government Science College Kagara")."""
    return name is not None and any(w.lemma_.lower() in SITE_NAME_WORDS for w in name)


# Words that make a name a site's ("... College", "... Hospital", "... Camp").
SITE_NAME_WORDS = frozenset(
    {"college", "school", "university", "academy", "hospital", "clinic", "camp", "church", "mosque", "prison"}
    | {"market", "hotel", "airport", "stadium", "village", "town"}
)


@PARTY_NAME_RULES.rule("The raid was carried out by a militia known as the Red Hand.", type="attack", actor="Red Hand")
def _called_name(token: Token, actor: bool, exclude: Token | None) -> str | object:
    """ "a separatist faction known as the Black Lions", "a group called Sword of Kadan": the name the words give
    the party, not its description."""
    for naming in token.children:
        if naming.dep_ != "acl" or naming.lemma_.lower() not in NAMING_VERBS:
            continue
        named = [c for c in naming.children if c.dep_ == "oprd"] + _prep_objects(naming, "as")
        if naming.lemma_.lower() == "lead" and _noun_lemma(token) in ARMED_BAND_NOUNS | LED_PARTY_NOUNS:
            named = [a for c in naming.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]
        if named and named[0].pos_ == "PROPN":
            name = named[0]
            entity = entity_of(name)
            if entity is not None and entity.start <= name.i < entity.end:
                return _strip_det(entity)
            left = min([name.i, *[c.i for c in name.lefts if c.dep_ in ("compound", "amod")]])
            return token.doc[left : name.right_edge.i + 1].text
    return UNDECIDED


@PARTY_NAME_RULES.rule("Smith, a senior envoy, met Jones.", type="meet", actor="Smith")
def _name_by_apposition_of_name(t: Token, a: bool, x: Token | None) -> Any:
    return _party_name(t.head, a, x) if t.dep_ == "appos" and entity_of(t.head) is not None else UNDECIDED


@PARTY_NAME_RULES.rule("The envoy, John Smith, met Hamas leaders.", type="meet", actor="John Smith")
def _apposed_person(token: Token, actor: bool, exclude: Token | None) -> str | object:
    # "the emir of Velia, Sheikh Omar": the parser hangs the holder's name on the place, which no person is
    of_place = (
        [o for o in _prep_objects(token, "of") if _label(entity_of(o)) in PLACE_LABELS] if _one_role(token) else []
    )
    for child in [*token.children, *(c for o in of_place for c in o.children)]:
        if child.dep_ == "appos" and entity_of(child) is not None and _label(entity_of(child)) == "PERSON":
            return _strip_det(entity_of(child))
        if child.dep_ == "appos" and _noun_lemma(token) in REPRESENTATIVE_NOUNS:
            # "his Chilean counterpart Ana Ruiz" with the name the tagger left untagged: the person, not the state
            name = _untagged_name(child, actor, exclude)
            if isinstance(name, str) and len(name.split()) >= 2:
                return name
    return UNDECIDED


@PARTY_NAME_RULES.rule(
    "The Valdorian paramilitary Rapid Support Forces shelled Tamba.", type="attack", actor="Rapid Support Forces"
)
def _apposed_group(token: Token, actor: bool, exclude: Token | None) -> str | object:
    """ "the Sudanese paramilitary Rapid Support Forces", "Nigeria's jihadist group JAS", "the militia, the Red
    Hand Front,": a common noun that describes a body named beside it stands for that name, not for the
    nationality or owner that describes it."""
    if token.pos_ != "NOUN" or entity_of(token) is not None:
        return UNDECIDED
    for child in token.children:
        if child.dep_ != "appos" or child.i < token.i:
            continue
        named = entity_of(child)
        if named is not None and _label(named) in APPOSED_GROUP_LABELS:
            return _strip_det(named)
        if named is None and _initials(child):
            return child.text
    return UNDECIDED


@PARTY_NAME_RULES.rule("Sybiha will meet Lammy.", type="meet", actor="Sybiha")
def _untagged_name(token: Token, actor: bool, exclude: Token | None) -> str | object:
    if (
        entity_of(token) is not None
        or token.pos_ != "PROPN"
        or token.dep_ in ("compound", "nmod")
        or _noun_lemma(token) in PARTY_NOUNS
    ):
        return UNDECIDED
    left = min([token.i, *[c.left_edge.i for c in token.lefts if c.dep_ == "compound"]])
    name = token.doc[left : token.i + 1]
    if all(t.pos_ in ("PROPN", "PUNCT") for t in name) and name.text[:1].isupper():
        return name.text
    return UNDECIDED


@PARTY_NAME_RULES.rule(
    "Kenya's foreign minister Musalia Mudavadi spoke on Monday. Kenya's foreign minister arrived in Juba.",
    type="visit",
    actor="Musalia Mudavadi",
)
def _role_holder(token: Token, actor: bool, exclude: Token | None) -> str | object:
    """ "Afghanistan's interim foreign minister arrived ...": the one person the article names with that role
    and that state ("Afghanistan's foreign minister Amir Khan Muttaqi"), anywhere in it."""
    role = _noun_lemma(token)
    if role not in HOLDER_ROLE_NOUNS or entity_of(token) is not None or token.tag_ not in ("NN", "NNP"):
        return UNDECIDED  # "The Sri Lankan President" in capitals: one person too
    before = token.doc[token.left_edge.i : token.i]
    states, offices = _role_states(before), _office_words(before)
    # "the president", "the foreign minister": a definite role of no state is the one holder of that office named
    stateless = not states and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    # "Saudi Arabia's top diplomat": a state's chief diplomat is its foreign minister
    top_diplomat = role == "diplomat" and any(c.lower_ in TOP_WORDS for c in token.children)
    # "the premier" after "Prime Minister X", "Qatar's ruler" after "Emir Tamim": the title the role stands for
    told_as = ROLE_TITLES.get(role, frozenset())
    holders = {
        name
        for lemma, owners, titles, name, around in _role_holders(token.doc)
        if (
            lemma == role
            or bool(told_as & ({lemma} | titles))
            or top_diplomat
            and lemma == "minister"
            and "foreign" in titles
        )
        # "President Ana Ruiz of Valdoria" for "Valdoria's president": a title with no state, the state beside it
        and (
            owners & states
            or owners == states
            or stateless
            and offices <= titles
            or _states_beside(owners, states, around)
        )
    }
    # "the minister is to meet Prime Minister X": a holder named after the role in its own sentence is someone else
    holders -= {
        _strip_det(_without_holder_title(e)) for e in token.sent.ents if e.label_ == "PERSON" and e.start > token.i
    }
    return holders.pop() if len(holders) == 1 else UNDECIDED


def _states_of_after(ent: Span) -> frozenset[str]:
    """The states named in an "of" phrase right after a person's name ("President Ana Ruiz of Brazil")."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ != "of":
        return frozenset()
    objects = [c for c in doc[ent.end].children if c.dep_ == "pobj"]
    return _role_states(doc[ent.end + 1 : objects[0].i + 1]) if objects else frozenset()


def _without_holder_title(ent: Span) -> Span:
    """A person's name without the holder's title the tagger took into it ("Emir Tamim": Tamim)."""
    if ent.label_ == "PERSON" and len(ent) > 1 and ent[0].is_title and _noun_lemma(ent[0]) in HOLDER_ROLE_NOUNS:
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


def _states_beside(owners: frozenset[str], states: frozenset[str], around: frozenset[str]) -> bool:
    """Whether a role's states are those written after a holder whose title names none ("Kuwait's emir" and
    "Emir Nawaf of Kuwait"): the holder is that state's, when no other country is named there."""
    if owners or not states or not states <= around:
        return False
    return not any((p := known_place(name)) is not None and p.kind == "country" for name in around - states)


# Words that make a state's diplomat its foreign minister ("the top diplomat", "its chief diplomat").
TOP_WORDS = frozenset({"top", "chief"})


@PARTY_NAME_RULES.rule("Hamas militants stormed the town.", type="attack", actor="Hamas")
def _owner_name(token: Token, actor: bool, exclude: Token | None) -> str | object:
    if _described_group(token):
        return UNDECIDED  # "the Palestinian militant group": the group named before, if any (the_group)
    owner = _owner(token)
    if owner is not None and actor and _of_a_people_not_its_state(token):
        return UNDECIDED  # "Palestinian militants", "a Tunisian guard": as written, not a state
    if owner is not None and actor and _band_from_place(token):
        return UNDECIDED  # "militants from Mozambique": where they came from, not whose they are
    if owner is not None and (_noun_lemma(token) in FORCE_NOUNS | REPRESENTATIVE_NOUNS | GROUP_NOUNS or not actor):
        return owner
    return UNDECIDED


def _band_from_place(token: Token) -> bool:
    """Armed men of a band told by the place they come from ("300 militants from Mozambique")."""
    places = [o for o in _prep_objects(token, "from") if _label(entity_of(o)) == "GPE"]
    return _noun_lemma(token) in ARMED_BAND_NOUNS and bool(places)


def _of_a_people_not_its_state(token: Token) -> bool:
    """ "Palestinian militants fired rockets", "Sudanese paramilitary forces attacked", "a Tunisian guard shot":
    armed men of a band, or one person, told by a state's nationality act for themselves, not for the state
    ("Israeli forces", "the Chinese coast guard" and "Russian soldiers" do)."""
    modifier = next((c for c in sorted(token.lefts, key=lambda c: -c.i) if _modifier_owner(c) is not None), None)
    entity = entity_of(modifier) if modifier is not None else None
    if entity is None or fold(entity.text) not in DEMONYMS:
        return False  # a people that is no state's ("Houthi rebels") is named by its own word
    band = _noun_lemma(token) in ARMED_BAND_NOUNS or any(c.lower_ in ARMED_BAND_NOUNS for c in token.lefts)
    one = token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ONE_DETERMINERS for c in token.children)
    return band or one


@PARTY_NAME_RULES.rule(
    "John Kalda said on Monday that his fighters had stormed Tamba.", type="attack", actor="John Kalda"
)
def _pronoun_owner(token: Token, actor: bool, exclude: Token | None) -> str | object:
    """ "Kalda said his troops had entered Tamba", "The Osu militia vowed revenge. Its gunmen attacked ...":
    forces or armed men told with a possessive pronoun act for the party the pronoun stands for."""
    if not actor or _noun_lemma(token) not in OWNED_DOER_NOUNS:
        return UNDECIDED
    owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    named = _antecedent(owner, token) if owner is not None else None
    return UNDECIDED if named is None else named


@PARTY_NAME_RULES.rule(
    "The Kora Front has waged an insurgency that has killed 40,000 people since 1969.", type="kill", actor="Kora Front"
)
def _campaign_waged_by(token: Token, actor: bool, exclude: Token | None) -> str | None | object:
    """ "X has waged an insurgency that has killed 40,000": a campaign kills for whoever wages it."""
    if not actor or _noun_lemma(token) not in CAMPAIGN_NOUNS or token.dep_ != "dobj":
        return UNDECIDED
    waging = _own_subject(token.head)
    return _party_name(waging, actor=True) if waging is not None else UNDECIDED


@PARTY_NAME_RULES.rule("The foreign ministers of Egypt and Jordan met.", type="meet", actor="Egypt")
def _represented(token: Token, actor: bool, exclude: Token | None) -> str | None | object:
    if _noun_lemma(token) in REPRESENTATIVE_NOUNS:
        for obj in _represented_by(token):
            if _label(entity_of(obj)) in ACTOR_LABELS or (obj.pos_ == "PROPN" and entity_of(obj) is None):
                return _party_name(obj, actor)  # also a name the tagger missed ("envoys of Armenia")
    return UNDECIDED


@PARTY_NAME_RULES.rule(
    "Kalda said on Monday he backed the army. The Red Hand group kidnapped 20 students in Tamba.",
    type="abduct",
    actor="Red Hand group",
)
def _self_named_group(token: Token, actor: bool, exclude: Token | None) -> str | object:
    """ "the Red Hand group", "the Kara Brigade militia" the tagger left untagged: a group noun after capitalised
    words of its own is a group named, as written (not one named before, as "the group" alone would be)."""
    if not _own_name(token) or _noun_lemma(token) not in GROUP_NOUNS | ARMED_NOUNS:
        return UNDECIDED
    left = min(c.left_edge.i for c in token.lefts if c.dep_ == "compound")
    return token.doc[left : token.i + 1].text


@PARTY_NAME_RULES.rule(
    "Boko Haram fighters attacked a school. The group kidnapped 20 students.", type="abduct", actor="Boko Haram"
)
def _group_antecedent(token: Token, actor: bool, exclude: Token | None) -> str | object:
    if _noun_lemma(token) in GROUP_NOUNS and any(c.lower_ == "the" for c in token.children):
        named = _antecedent_group(token)
        if named is not None and _of_own_people(token, named):
            return named
    if _described_group(token):
        return _owner(token) or UNDECIDED  # no group named before: the nationality it has
    return UNDECIDED


def _of_own_people(token: Token, named: str) -> bool:
    """Whether a group noun's own nationality word, if any, fits the name it refers back to: "the Palestinian
    group" is no group named "the Israeli army" (or "Israel") before it; a name with no people of its own
    ("Hamas") fits any."""
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound") and fold(c.text) in DEMONYMS]
    own = {fold(DEMONYMS[fold(c.text)]) for c in modifiers}
    if not own:
        return True
    words = fold(named).split()
    told = {fold(DEMONYMS[w]) for w in words if w in DEMONYMS}
    country = known_place(named)
    if country is not None and country.kind == "country":
        told.add(fold(named))
    return not told or bool(told & own)


def _own_name(token: Token) -> bool:
    """ "the Red Hand militia", "the Kara Brigade": a group noun right after capitalised words of its own (no
    entity, no nationality) is named by them."""
    compounds = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return bool(compounds) and compounds[-1].i == token.i - 1 and not any(c.ent_type_ for c in compounds)


@PARTY_NAME_RULES.rule(
    "The Israeli army struck Gaza. The army said it killed a commander.", type="kill", actor="Israeli army"
)
def _institution(token: Token, actor: bool, exclude: Token | None) -> str | None | object:
    """ "the army", "the coalition" with no name of its own: the one named before ("the Israeli army")."""
    if token.pos_ != "NOUN" or any(c.dep_ in ("amod", "compound", "poss") for c in token.children):
        return UNDECIDED
    named = named_institution(token, WINDOWS["event_group"])
    if named is None or named.i == token.i:
        return UNDECIDED
    left = min([named.i, *[c.left_edge.i for c in named.lefts if c.dep_ != "det"]])
    return named.doc[left : named.i + 1].text


@PARTY_NAME_RULES.rule(
    "An AU delegation arrived on Friday. On Saturday the delegation met Ali Bongo.",
    type="meet",
    actor="AU delegation",
)
def _owner_elsewhere(token: Token, actor: bool, exclude: Token | None) -> str | object:
    """ "the delegation", "the envoys" with no owner of their own: the party as the article names it with
    that noun elsewhere ("an ECOWAS delegation" -> "ECOWAS delegation"), if it names only one."""
    described = token.dep_ in MODIFIER_DEPS or any(c.dep_ in MODIFIER_DEPS + ("poss",) for c in token.children)
    if token.pos_ != "NOUN" or entity_of(token) is not None or described or _owner(token) is not None:
        return UNDECIDED  # "the military-installed government" is not "the government of X" named elsewhere
    named = _owners_by_noun(token.doc).get(_noun_lemma(token), {})
    return next(iter(named.values())) if len(named) == 1 else UNDECIDED


def _owners_by_noun(doc) -> dict[str, dict[str, str]]:
    """For each noun for a party in the article, its mentions with an owner named before it ("an ECOWAS
    delegation", "Sudan's army"), as owner -> the first such phrase without its article; once per Doc."""
    key = "newsfacts.events.owners_by_noun"
    if key not in doc.user_data:
        owners: dict[str, dict[str, str]] = {}
        for token in doc:
            lemma = _noun_lemma(token)
            if token.pos_ == "NOUN" and lemma in PARTY_NOUNS and entity_of(token) is None:
                # a name before the noun ("an ECOWAS delegation", "UN envoys"), nearest first
                # "the Seleka rebel coalition": a party noun modifying another has the names before both
                head = token.head if token.dep_ == "compound" and token.head.pos_ == "NOUN" else token
                lefts = [c for c in head.lefts if c.i < token.i] if head is not token else list(token.lefts)
                modifiers = sorted((c for c in lefts if c.dep_ in MODIFIER_DEPS + ("poss",)), key=lambda c: -c.i)
                owner = next((o for o in map(_modifier_owner, modifiers) if o is not None), None)
                if owner is not None:
                    left = min(c.left_edge.i for c in lefts if c.dep_ != "det")
                    owners.setdefault(lemma, {}).setdefault(fold(owner), doc[left : head.i + 1].text)
        doc.user_data[key] = owners
    return doc.user_data[key]


@PARTY_NAME_RULES.rule("The two sides exchanged fire near the border.", type="attack", actor="The two sides")
def _pair_of_sides(token: Token, actor: bool, exclude: Token | None) -> str | object:
    """ "the two sides exchanged gunfire", "both sides gathered for talks": a pair told as sides does it
    together, named as written (its members are told elsewhere)."""
    paired = any(c.lower_ in PAIR_COUNT_WORDS for c in token.children if c.dep_ in ("nummod", "det", "predet"))
    told = token.dep_ == "nsubj" and token.head.tag_ != "VBG"  # not "with both sides threatening X"
    # "Manila protested to Beijing, the first time since the two sides held talks": a pair named just before
    # in the sentence is who the sides are, not words to report as written
    named_before = [e for e in token.sent.ents if e.end <= token.i and e.label_ in ACTOR_LABELS]
    told = told and len(named_before) < 2
    if actor and paired and told and token.lemma_.lower() in PAIR_SIDE_NOUNS:
        return token.doc[token.left_edge.i : token.i + 1].text
    return UNDECIDED


# Nouns for the sides of a conflict or talks, and the words that make them a pair: "the two sides", "both parties".
PAIR_SIDE_NOUNS = frozenset({"side", "party"})
PAIR_COUNT_WORDS = frozenset({"two", "both"})


@PARTY_NAME_RULES.rule(
    "An alliance of militias including the Kora Front attacked Lemo on Friday.", type="attack", actor="Kora Front"
)
def _alliance_including(token: Token, actor: bool, exclude: Token | None) -> str | object:
    """ "an alliance of militias including the Kora Front", "a combined force of three groups, including X": a
    band of bands acts for the first one named among them (the article's only named side of it)."""
    if not actor or _noun_lemma(token) not in ALLIANCE_NOUNS or entity_of(token) is not None:
        return UNDECIDED
    members = [token, *_prep_objects(token, "of")]
    for named in (o for m in members for o in _prep_objects(m, "including")):
        entity = entity_of(named)
        if entity is not None and _label(entity) == "ORG":
            return _strip_det(entity)
    return UNDECIDED


# Nouns for a band of bands, which acts for the named members it includes.
ALLIANCE_NOUNS = frozenset({"alliance", "coalition", "force", "group", "union"})


@PARTY_NAME_RULES.rule(
    "The Kora Liberation Front has held the hills since May. On Sunday rebel fighters attacked Tamba.",
    type="attack",
    actor="Kora Liberation Front",
)
def _band_named_before(token: Token, actor: bool, exclude: Token | None) -> str | object:
    """ "the paramilitary forces", "rebel fighters", "the militiamen": armed men told only by their kind act for
    the one armed group the article has named before them (the guideline's descriptor rule); with none or two
    named, or a doer the text does not know ("suspected militants"), they stay as written. A numbered unit ("the
    5th Brigade") is an army's, no armed group's."""
    if not actor or token.pos_ not in ("NOUN", "PROPN") or entity_of(token) is not None:
        return UNDECIDED
    words = {_noun_lemma(token), token.lower_, *(c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound"))}
    kind = _noun_lemma(token) in BAND_DESCRIPTOR_NOUNS or (
        _noun_lemma(token) in BAND_FORCE_NOUNS and bool(words & BAND_FORCE_MODIFIERS)
    )
    if not kind or words & UNKNOWN_DOER_WORDS:
        return UNDECIDED
    named = _bands_named(token, before=True) or _bands_named(token, before=False)
    return named[0] if len(named) == 1 else UNDECIDED


def _bands_named(token: Token, before: bool) -> list[str]:
    """The distinct armed groups named outside quotes and the dateline, before a token or anywhere (a lead
    tells "paramilitary forces" and names them below): those of the list, and names ending in a band's word
    that no state's name or a listed body begins ("the Kora Liberation Front", not "the Sudanese Armed Forces"
    or "the African Union")."""
    skip = quoted_or_dateline_tokens(token.doc)
    found: dict[str, str] = {}
    for ent in doc_ents(token.doc):
        if (before and ent.start >= token.i) or ent.start in skip or _label(ent) != "ORG":
            continue
        text = _strip_det(ent)
        words = text.split()
        listed = armed_group(text)
        band = (
            len(words) > 1
            and words[-1].lower() in BAND_NAME_HEADS
            and not STATE_FORCE_WORDS & set(words)
            and fold(words[0]) not in DEMONYMS
            and not words[0][:1].isdigit()  # "the 5th Brigade", "401st Infantry Brigade": a numbered army unit
            and not any(t.ent_type_ == "GPE" or fold(t.text) in DEMONYMS for t in ent)
            and organisation(text) is None
            and agency(text) is None
        )
        if listed or band:
            found.setdefault(listed or text, text)
    return list(found.values())


# Nouns for armed men of a band that, told by their kind alone, are the band the article named ("the rebels").
BAND_DESCRIPTOR_NOUNS = frozenset(
    {"fighter", "militant", "rebel", "insurgent", "guerrilla", "guerilla", "jihadist", "jihadi", "militiaman"}
    | {"paramilitary", "separatist", "combatant"}
)
# Nouns for a body of armed men that are a band's only with a band's word before them ("the paramilitary forces").
BAND_FORCE_NOUNS = frozenset({"force", "militia"})
BAND_FORCE_MODIFIERS = frozenset({"paramilitary", "rebel", "resistance", "insurgent", "militia", "jihadist"})
# Words by which the text says it does not know whose armed men they were.
UNKNOWN_DOER_WORDS = frozenset({"suspected", "unidentified", "unknown", "rival", "other", "some", "local"})
# Words of a state's military's name ("the Sudanese Armed Forces", "the Kessan Defence Forces"), which is
# no band.
STATE_FORCE_WORDS = frozenset({"Armed", "Defense", "Defence", "Security"})


@PARTY_NAME_RULES.rule("Soldiers stormed the village.", type="attack", actor="Soldiers")
def _phrase_of(token: Token, actor: bool, exclude: Token | None) -> str | object:
    armed = any(c.dep_ == "amod" and c.lower_ in ARMED_ADJECTIVES for c in token.children)
    # "gang members", "militia men": members told by an armed band with no name are armed men
    armed = (
        armed
        or _noun_lemma(token) in MEMBER_NOUNS
        and any(
            c.dep_ == "compound" and c.lemma_.lower() in CAPTOR_BAND_NOUNS | ARMED_BAND_NOUNS and entity_of(c) is None
            for c in token.children
        )
    )
    if not actor and token.pos_ in ("NOUN", "PROPN"):
        return _phrase(token)
    if _noun_lemma(token) in FORCE_NOUNS | DOER_NOUNS or armed:  # "armed men", "protesters": doers as written
        return _uncounted_phrase(token)
    counted = _counted(token)
    if actor and counted.i != token.i:  # "dozens of his supporters attacked": the doers are what is counted
        return _party_name(counted, actor, exclude)
    return UNDECIDED


def _stance_prefixed(word: Token) -> bool:
    """ "anti-regime forces", "pro-junta militias": a word after a prefix of stance names whom they are against or
    for, not whose they are."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ in STANCE_PREFIXES


def _uncounted_phrase(token: Token) -> str:
    """A doer as written, without the count: "at least five gunmen" -> "gunmen"."""
    return _phrase(token, without=COUNT_DEPS)


# The dependency of a count before a noun, left out of a doer as written, and of an article or a word like "all".
COUNT_DEPS = frozenset({"nummod"})
ARTICLE_DEPS = frozenset({"det", "predet", "quantmod"})
# Quotation marks within a phrase as written, left out of the name it gives.
QUOTE_MARKS = re.compile('["“”]')


def _party_name(token: Token, actor: bool, exclude: Token | None = None) -> str | None:
    """The name a party token stands for: an entity, a pronoun's antecedent, a country for a national force."""
    return first_decided(PARTY_NAME_RULES, token, actor, exclude)


def _victim_name(token: Token) -> str | None:
    """Who suffered an event: a pronoun's antecedent, a person's name, else the noun phrase ("a Swiss national");
    a bare count ("killed 12", "dozens were taken") names no one."""
    token = _counted(token)
    if token.tag_ == "CD" or token.lemma_.lower() in QUANTITY_NOUNS or _reflexive(token):
        return None
    if token.pos_ == "PRON":
        return _antecedent(token, None)
    entity = entity_of(token)
    if entity is not None and _label(entity) in ACTOR_LABELS:
        return _strip_det(entity)
    for child in token.children:
        if child.dep_ == "appos" and _label(entity_of(child)) == "PERSON":
            return _strip_det(entity_of(child))
    return _sufferer_phrase(token) if token.pos_ in ("NOUN", "PROPN") else None


def _sufferer_phrase(token: Token) -> str:
    """Those who suffered as written, without the article or count: "two aid workers" -> "aid workers", "shot dead
    two colleagues" -> "colleagues"."""
    counts = [c.i for c in token.lefts if c.dep_ in COUNT_DEPS | ARTICLE_DEPS]
    kept = [c for c in token.lefts if c.dep_ not in COUNT_DEPS | ARTICLE_DEPS and c.i > max(counts, default=-1)]
    left = min([token.i, *[c.left_edge.i for c in kept]])
    end = token.i + 1
    if token.lemma_.lower() in TAKEN_AS_WORDS and token.head.lemma_.lower() in ("take", "hold") and left < token.i:
        end = token.i  # "took 145 fighters prisoner", read as one noun: the fighters
    return " ".join(QUOTE_MARKS.sub("", token.doc[left:end].text).split())  # 'killed 21 "crusader" soldiers'


# What people are taken or held as ("took 30 soldiers prisoner", "held two guards hostage").
TAKEN_AS_WORDS = frozenset({"prisoner", "hostage", "captive"})


def _ranked_deed(token: Token) -> bool:
    """A deed noun ranked among others by a superlative ("the deadliest attack", "its worst bombing"); with no
    side struck named ("on Kyiv"), its possessor is who suffered it."""
    ranked = any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in RANKING_WORDS) for c in token.children)
    return ranked and token.pos_ == "NOUN" and token.lemma_.lower() in ATTACK_NOUNS


# Adjectives that rank a deed among the deeds a place has suffered ("its worst attack in years").
RANKING_WORDS = frozenset({"worst", "deadliest", "bloodiest", "biggest", "largest", "heaviest"})


def _owner(token: Token) -> str | None:
    """The state or group a noun phrase belongs to: "Israeli forces", "Israel's soldiers", "Hamas militants"."""
    led = _led_alliance(token)
    if led is not None:
        return led  # "a US-led coalition airstrike": the coalition's, not the leader's alone
    # The nearest modifier is the most specific: "Yemen's Houthi rebels" are Houthi.
    for child in sorted(token.lefts, key=lambda c: -c.i):
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            reporter = _reporting_subject(token)  # "The army said its troops had ..."
            if reporter is not None:
                return reporter
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            named = _modifier_owner(child)
            if named is not None:
                return named
    ruling = [
        c
        for c in token.lefts
        if c.dep_ == "compound" and c.lower_ in RULING_BODY_NOUNS and entity_of(c) is None and not _stance_prefixed(c)
    ]
    if ruling and _noun_lemma(token) in OWNED_DOER_NOUNS:
        return ruling[0].lower_  # "junta jets" with no state named: the junta's
    # "fighters from the RSF", "a rival faction of the TPLF": the group they come from or belong to.
    if _noun_lemma(token) in PARTY_NOUNS:
        # roles "of": see _party_name; "rebels with the M23 group": the group they fight with
        preps = ("from",) if _noun_lemma(token) in REPRESENTATIVE_NOUNS else ("from", "of", "with")
        for obj in [o for prep in preps for o in _prep_objects(token, prep)]:
            if _names_a_site(entity_of(obj)):
                continue  # "gunmen from the Kagara College": where they came, not whose they are
            if (
                _label(entity_of(obj)) in ACTOR_LABELS
                or obj.lemma_.lower() in FORCE_NOUNS | GROUP_NOUNS
                or _initials(obj)
            ):
                name = _party_name(obj, actor=True)
                if name is not None:
                    return name
    return None


# Common nouns for who seized the rule of a state, written before its forces or weapons ("junta jets", "regime
# troops"): the junta is the side ("government forces" stay as written: a government is named by its state).
RULING_BODY_NOUNS = frozenset({"junta", "regime"})


def _modifier_owner(child: Token) -> str | None:
    """The state or group a modifier names: a nationality's country, a place or body, or initials."""
    if _stance_prefixed(child) or fold(child.text) in STANCE_PREFIXES:
        return None  # "pro-Russian rebels": whom they are for, not whose they are
    entity = entity_of(child)
    if entity is not None and fold(entity[0].text) in STANCE_PREFIXES:
        return None  # "pro-Russian" tagged as one name
    if entity is None:
        # "RSF fighters", whatever the tagger made of the initials
        if child.dep_ in ("compound", "amod", "nmod") and _initials(child):
            return child.text
        return _listed_group_modifier(child)
    if entity[-1].lower_ in CREED_NAMES:
        return None  # "a Christian militia", "Communist rebels": what they believe, not whose they are
    if _place_of_deed(child, entity):
        return None  # "the Goma bombing", "the Tripoli offensive": where it happened, not whose it was
    if _label(entity) == "NORP" or fold(entity.text) in DEMONYMS:
        return DEMONYMS.get(fold(entity.text), entity.text)
    return _strip_det(entity) if _label(entity) in ("GPE", "ORG") else None


def _place_of_deed(child: Token, entity: Span) -> bool:
    """A town or region written before an event noun ("the Goma bombing") is where the event happened; a
    country may be its doer ("the Israel strike"), so only a known place that is no country is read so."""
    from newsfacts.transforms.events.triggers import trigger_type  # the trigger tables' conditions read parties

    if child.dep_ not in ("compound", "nmod", "amod") or child.head.pos_ != "NOUN" or trigger_type(child.head) is None:
        return False
    known = known_place(entity.text)
    if known is None or known.kind == "country" or armed_group(entity.text) or organisation(entity.text):
        return False
    return known.strong or _label(entity) in PLACE_LABELS  # "Hamas" is a small town's name too


def _listed_group_modifier(child: Token) -> str | None:
    """ "Yemen's Houthi rebels", "Somalia's Shabaab militants": an armed group of the lists named before the
    noun, which the tagger left untagged, is whose they are (before the state that owns the phrase)."""
    if child.dep_ != "compound" or child.pos_ != "PROPN":
        return None
    left = min([child.i, *(c.i for c in child.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")])
    name = child.doc[left : child.i + 1].text
    return name if armed_group(name) is not None else None


def _initials(token: Token) -> bool:
    """An untagged name in capitals ("RSF", "ISWAP", "M23"), as a noun or a name."""
    return not token.ent_type_ and len(token.text) > 1 and token.text.isupper() and token.text.isalnum()


def _reporting_subject(token: Token) -> str | None:
    """For a noun in a reported clause, the party that reports it: "The army said its troops ..." -> the army."""
    verb = _verb_of(token)
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
    def before(t: Token, labels: frozenset[str], group_modifier: bool = False) -> Span | None:
        # not a name inside the group's own phrase ("the Palestinian militant group")
        if t.i >= token.left_edge.i:
            return None
        found = _name_ending_at(t, window, token, labels, group_modifier=group_modifier)
        if found is not None and group_modifier and _described_group(found.root.head):
            return None  # "the Palestinian resistance group" again: a description, no name
        if found is not None and _of_a_deed(found):
            return None  # "the Russian invasion ... the rebels": a nationality that tells whose deed, no group
        if found is not None and not group_modifier and _state_people_of_others(found):
            return None  # "Kenyan officials say the militants ...": the officials' state, no group
        if found is not None and group_modifier and _state_force_for_irregulars(found, token):
            return None  # "Somali soldiers were killed ... the militants": a state's own troops are no militants
        if found is not None and (found[-1].lower_ in CREED_NAMES or _told_to(found)):
            return None  # "Sunni insurgents": what they believe; "told VOA Somali": who heard it, no armed group
        return None if found is not None and _told_as_place(found) else found

    modifier = antecedent(token, lambda t: before(t, ACTOR_LABELS, group_modifier=True), window)
    if modifier is not None:
        # "Palestinian militants attacked ... the militants": named as the group was ("Palestinian militants",
        # not the state), whatever the group's name gives ("Houthi rebels": the Houthis)
        group = modifier.root.head
        as_told = _party_name(group, actor=True) if group.i != modifier.root.i and group.pos_ == "NOUN" else None
        return as_told or _party_name(modifier.root, actor=True)
    named = antecedent(token, lambda t: before(t, GROUP_LABELS), window, prefer=_subject_like)
    return _party_name(named.root, actor=True) if named is not None else None


def _state_force_for_irregulars(name: Span, token: Token) -> bool:
    """A state's nationality word before its own force ("Somali government soldiers", "Iraqi troops"), looked at
    for irregulars told by a noun no state's force goes by ("the militants", "the insurgents"): not whom they are."""
    if _noun_lemma(token) not in IRREGULAR_NOUNS or armed_group(name.text) is not None:
        return False
    return people_place(name.text) is not None and _noun_lemma(name.root.head) in STATE_FORCE_NOUNS


# Nouns for armed men no state's force goes by, and nouns for a state's own force.
IRREGULAR_NOUNS = frozenset(
    "militant insurgent rebel jihadist gunman extremist terrorist assailant attacker bandit".split()
)
STATE_FORCE_NOUNS = frozenset("soldier troop force army police military officer guard personnel".split())


def _state_people_of_others(name: Span) -> bool:
    """A state's nationality word before a noun that is not an armed group's ("Kenyan officials", "Israeli
    police"): it tells whose the noun is, and names no group that "the militants" told after it refers back to."""
    root = name.root
    modifies = root.dep_ in ("amod", "compound", "nmod") and root.head.i != root.i and root.head.pos_ == "NOUN"
    return (
        _label(name) == "NORP" and modifies and armed_group(name.text) is None and people_place(name.text) is not None
    )


def _of_a_deed(name: Span) -> bool:
    """A nationality word modifying a noun that is no party ("the Russian invasion", "Israeli strikes")."""
    head = name.root.head
    modifies = name.root.dep_ in ("amod", "compound", "nmod") and head.i != name.root.i
    return name.label_ == "NORP" and modifies and head.pos_ == "NOUN" and not _is_party(head)


def _name_ending_at(
    tok: Token,
    window: int,
    reference: Token,
    labels: frozenset[str],
    *,
    group_modifier: bool = False,
    exclude: Token | None = None,
) -> Span | None:
    """The entity whose last token is `tok`, if it starts inside the reference's window, is not quoted speech
    (the speaker's words, not the reporter's reference) and has a fitting label."""
    entity = entity_of(tok)
    if entity is None or tok.i != entity.end - 1 or entity.start < window_start(reference, window):
        return None
    if entity.start in quoted_or_dateline_tokens(tok.doc) or _label(entity) not in labels:
        return None  # the speaker's own words, or the dateline's place and credit, are no one a pronoun stands for
    if _names_agency(entity.text):
        return None  # an agency a source spoke to is never what a pronoun or "the group" stands for
    if exclude is not None and entity.start <= exclude.i < entity.end:
        return None
    if _hyphen_modifier(entity):
        return None
    if group_modifier and not (
        entity.root.dep_ in ("compound", "amod", "nmod")
        and entity.root.head.lemma_.lower() in GROUP_NOUNS | ARMED_NOUNS
    ):
        return None
    return entity


def _hyphen_modifier(entity: Span) -> bool:
    """ "the Liberian-flagged carrier", "the Iran-backed militia", "a Gaza-based group": a name joined by a hyphen to
    the word after it describes something else by its flag, backer or base; no later pronoun or "the group"
    stands for it."""
    doc = entity.doc
    return entity.end + 1 < len(doc) and doc[entity.end].text == "-" and not doc[entity.end].whitespace_


def _subject_like(entity: Span) -> bool:
    """A subject, a possessor, or a name modifying a subject ("the UAE foreign ministry said"); a leading
    "The" the tagger put inside the name is not its root ("The African Union force said")."""
    root = entity.root
    if root.dep_ == "det":
        root = next((t for t in entity if t.dep_ != "det" and not entity.start <= t.head.i < entity.end), root)
    if root.dep_ in SUBJECT_DEPS | {"poss"}:
        return True
    return root.dep_ in ("compound", "amod", "poss", "nmod") and root.head.dep_ in SUBJECT_DEPS


def _antecedent(pronoun: Token, exclude: Token | None) -> str | None:
    """The name a third-person pronoun refers to: the closest fitting name before it, subjects first."""
    lower = pronoun.lower_
    main = _main_clause_subject(pronoun) or _self_report(pronoun) or _previous_main_subject(pronoun)
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
    if lower == "it" and pronoun.dep_ in SUFFERER_PRONOUN_DEPS and _thing_told_before(pronoun, labels):
        return None
    window = WINDOWS["event_pronoun"]

    def fits(t: Token) -> Span | None:
        named = _name_ending_at(t, window, pronoun, labels, exclude=exclude)
        if named is None or _named_as_place(named, lower) or _told_to(named) or _in_predicate(named):
            return None
        return None if _describes_owned_thing(named) else named

    named = antecedent(pronoun, fits, window, prefer=_subject_like)
    if named is not None:
        return _strip_det(named)
    role = _clause_role(pronoun) if lower in PERSON_PRONOUNS else None
    return _phrase(role) if role is not None else None  # no holder named: the role itself ("The minister")


def _thing_told_before(pronoun: Token, labels: frozenset[str]) -> bool:
    """ "guards posted at a checkpoint died when it was attacked": an "it" after a site or a thing its own
    sentence told, with no fitting name between, stands for that thing, not a body named sentences before."""
    for word in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        entity = entity_of(word)
        if entity is not None and _label(entity) in labels:
            return False
        if word.pos_ == "NOUN" and entity is None and _noun_lemma(word) in THING_NOUNS:
            return True
    return False


# Where an "it" stands for what suffered a deed (the passive's subject, an object), which may be a thing.
SUFFERER_PRONOUN_DEPS = frozenset({"nsubjpass", "dobj", "pobj"})
# Sites and things an "it" of their own sentence stands for ("the convoy ... when it was ambushed").
THING_NOUNS = (
    SITE_NOUNS
    | HELD_SITE_NOUNS
    | frozenset(
        {"checkpoint", "convoy", "vehicle", "truck", "car", "ship", "vessel", "tanker", "boat", "aircraft", "plane"}
        | {"helicopter", "base", "camp", "outpost", "station", "building", "office", "village", "town", "city"}
    )
)


def _describes_owned_thing(name: Span) -> bool:
    """ "claimed on its Telegram channels that it had killed": a name describing a thing a pronoun owns is no party
    the pronoun could stand for."""
    root = name.root
    return root.dep_ in ("compound", "nmod") and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in root.head.children)


def _clause_role(pronoun: Token) -> Token | None:
    """The one person named by a role ("the minister") who is the main subject a "he" or "she" of a reported,
    adverbial or place clause stands for ("The minister said he would travel", "The president arrived in Goma,
    where he met X"); its holder's name, told before, comes first (`_main_clause_subject`, `_antecedent`)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in PERSON_PRONOUNS:
        return None
    main = _told_of_clause(verb) or verb.head
    told = verb.dep_ == "advcl" or (verb.dep_ == "ccomp" and main.lemma_.lower() in REPORT_VERBS)
    if not told and _told_of_clause(verb) is None:
        return None
    subject = _own_subject(main) if main.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.i > pronoun.i or _label(entity_of(subject)) is not None:
        return None
    return subject if _one_role(subject) else None


def _previous_main_subject(pronoun: Token) -> str | None:
    """ "Minister Kalda insists on a withdrawal that villagers fear. He has proposed ...": a "he" or "she"
    opening a sentence as its subject is the subject of the previous sentence's main verb when that is a
    singular name no tag calls a place, body or people, not a name in between."""
    sent = pronoun.sent
    if pronoun.lower_ not in SENTENCE_PERSON_PRONOUNS or pronoun.dep_ != "nsubj" or pronoun.i != sent.start:
        return None
    if sent.start == 0:
        return None
    main = pronoun.doc[sent.start - 1].sent.root
    root = _told_clause(main, pronoun)
    subject = _own_subject(root)
    if subject is None or _label(entity_of(subject)) not in (None, "PERSON"):
        return None
    named = _party_name(subject, actor=True) if subject.pos_ == "PROPN" and subject.tag_ == "NNP" else None
    if named is None and subject.pos_ == "NOUN" and (root is not main or _one_role(subject)):
        # "The minister met X, a spokesman said. He then ...", "The minister arrived in Lome. He met X": the minister
        return _phrase(subject)
    return named or _person_named_before(subject)


def _told_clause(root: Token, pronoun: Token) -> Token:
    """ "Silva will meet the leaders, spokesman Neto said. He will also meet X": after a sentence that reports
    what someone will do, a "he" who does something (not one who speaks: "He added ...") is the one reported
    on, the subject of the told clause before the reporting verb, not its speaker."""
    if root.lemma_.lower() not in REPORT_VERBS or pronoun.head.lemma_.lower() in REPORT_VERBS:
        return root
    told = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    return told[0] if told else root


def _person_named_before(token: Token) -> str | None:
    """ "Nicos Anastasiades said ... Anastasiades insists": a word the tagger missed that repeats the last name of
    a person named before is that person."""
    names = [e for e in doc_ents(token.doc) if e.label_ == "PERSON" and e.end <= token.i and e[-1].text == token.text]
    return names[-1].text if names else None


def _named_as_place(name: Span, pronoun: str) -> bool:
    """ "raids in Abyan ... it launched", "stations in Port-au-Prince ... they launched": a name told as where
    something is, a lone place name for "they", and one word the gazetteer knows as a place for "he" or "she",
    stand for no one who acts."""
    root = name.root
    if _told_as_place(name):
        return True
    if pronoun in PERSON_PRONOUNS and len(name) == 1 and known_place_name(root):
        return True  # "visited Goma (tagged PERSON), where he met ...": he is no place
    coordinated = root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)
    return pronoun in PLURAL_PRONOUNS and _label(name) in ("GPE", "LOC") and not coordinated


def _in_predicate(name: Span) -> bool:
    """ "Sadr, who has long been an opponent of Iran and the United States, ... They": a name inside what a
    copula says someone is describes that one; no later pronoun stands for it."""
    current = name.root
    while current.head.i != current.i and current.pos_ not in ("VERB", "AUX"):
        if current.dep_ in PREDICATE_DEPS and current.head.lemma_ == "be":
            return True
        current = current.head
    return False


def _told_to(name: Span) -> bool:
    """ "a protester told the ANI news agency": the outlet or listener a source speaks to does not act in
    what is told."""
    root = name.root
    while root.dep_ in ("compound", "amod", "nmod") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in REPORT_VERBS


def _told_as_place(name: Span) -> bool:
    """ "the station in Gressier": a name told as where something is."""
    return name.root.dep_ == "pobj" and name.root.head.lower_ in PLACE_PREPS


def _main_clause_subject(pronoun: Token) -> str | None:
    """ "Fighters from X killed 47 people when they stormed a camp": the subject of an adverbial clause
    is the main clause's subject when that comes first and agrees (people for "they", a person for "he"); so is
    that of a clause told of a place or a time ("The president arrived in Goma, where he met X")."""
    verb = pronoun.head
    main = _told_of_clause(verb) or verb.head
    if verb.dep_ == "ccomp" and main.lemma_.lower() in REPORT_VERBS and pronoun.lower_ in PERSON_PRONOUNS:
        role = _clause_role(pronoun)  # "The minister said he would travel to Oslo": the minister
        return _party_name(role, actor=True) if role is not None else None
    if verb.dep_ != "advcl" and _told_of_clause(verb) is None:
        return None
    if pronoun.dep_ != "nsubj" or main.pos_ not in ("VERB", "AUX"):
        return None
    subject = _own_subject(main)
    if subject is None or subject.i > pronoun.i or subject.pos_ == "PRON":
        return None
    label = _label(entity_of(subject))
    person = label == "PERSON" or (label is None and subject.pos_ == "PROPN")  # "President Ruto" untagged
    if person is False and _clause_role(pronoun) is not None:
        return _party_name(subject, actor=True)  # "the president arrived, where he met X"; else see _antecedent
    plural = (
        subject.tag_ in ("NNS", "NNPS")
        or any(c.dep_ == "conj" for c in subject.children)
        or _noun_lemma(subject) != subject.lemma_.lower()
    )  # "Fighters" tagged as a name
    agrees = person if pronoun.lower_ in PERSON_PRONOUNS else plural if pronoun.lower_ in ("they", "them") else False
    return _party_name(subject, actor=True) if agrees else None


def _self_report(pronoun: Token) -> str | None:
    """ "The coalition in Yemen said it killed 40", "The army said it raided the home": the subject of a
    reported clause that is "it" (or "they" for a plural) is the reporter (a body, or one placed "in" X), not
    a place or a source named in between."""
    plural = pronoun.lower_ == "they"
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("it", "they") or pronoun.head.dep_ != "ccomp":
        return None
    subject = _own_subject(pronoun.head.head)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or (subject.tag_ in ("NNS", "NNPS")) != plural:
        return None
    if not _prep_objects(subject, "in") and subject.lemma_.lower() not in INSTITUTION_NOUNS:
        return None  # "The group said it ...": the group named before, as any pronoun
    return _reporting_subject(pronoun)


def _clause_subject_entity(pronoun: Token, labels: frozenset[str]) -> str | None:
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
    if pronoun.dep_ == "poss" and subject.i != pronoun.head.i and _noun_lemma(subject) in FORCE_NOUNS:
        return _party_name(subject, actor=True)  # "the rebels stepped up their siege"
    return None


def _armed_subject(token: Token) -> bool:
    """Whether the verb's subject is an armed force ("M23 fighters entered ...")."""
    subject = _verb_actor_token(token)
    return subject is not None and _armed_noun(subject)


def _armed_noun(token: Token) -> bool:
    """A noun for armed men or forces, also a name ending in a plural one ("the Jubba Brigades"), which the
    lemmatiser leaves as written."""
    return token.lemma_.lower() in ARMED_NOUNS or token.lower_.removesuffix("s") in ARMED_NOUNS
