"""Parse helpers the event rules share: arguments of a word, kinds of things (a person, a party, a place),
the place a phrase names, entity labels by majority, and the ordered rule tables (NamedRule, first_decided).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, TypeVar

from spacy.tokens import Span, Token

from newsfacts.transforms.dates import NIGHT_BEFORE, RELATIVE_DAYS
from newsfacts.transforms.events.table import ATTACK_NOUNS, NOUN_TRIGGERS, SIDED_ATTACK_NOUNS, WEAPON_FIRE_NOUNS
from newsfacts.transforms.events.words import (
    CAPTIVE_NOUNS,
    ACCIDENT_BLAST_WORDS,
    BLAST_NOUNS,
    DEFINITE_DETERMINERS,
    PERSON_NOUNS,
    DEATH_VERBS,
    FORCE_NOUNS,
    HAPPENING_NOUNS,
    OUTBREAK_VERBS,
    SESSION_NOUNS,
    FIGHT_REPORTED_VERBS,
    PARTITIVE_NOUNS,
    PARTY_NOUNS,
    PERFECT_AUX,
    PLACE_NOUNS,
    PLACE_PART_NOUNS,
    REPRESENTATIVE_NOUNS,
    HOLDER_ROLE_NOUNS,
    SCENE_NOUNS,
    STRIKE_NOUNS,
    TAKEN_CAPTIVE_WORDS,
    WEAPON_NOUNS,
)
from newsfacts.transforms.language.discourse import entity_of, pobj
from newsfacts.transforms.language.gazetteer import (
    Place,
    armed_group,
    capital_of,
    organisation,
    people_place,
    seat_of_government,
)
from newsfacts.transforms.language.gazetteer import place as known_place
from newsfacts.transforms.language.lexicon import (
    BODY_NAME_HEADS,
    ACTOR_LABELS,
    GROUP_NOUNS,
    MONTHS,
    PERSON_PRONOUNS,
    PLACE_LABELS,
    QUANTITY_NOUNS,
    RELATIVE_PRONOUNS,
    DEMONYMS,
    VESSEL_NOUNS,
    WEEKDAYS,
)
from newsfacts.transforms.spans import doc_ents, fold


# Modifiers of a noun for a place that may be its name ("the Zamzam camp", "the Kharkiv region"), nearest first.
PLACE_NAME_DEPS = ("compound", "amod", "nmod")
# Labels of a compound name that never names the place noun after it ("the Hamas compound", "the May offensive");
# a person or people label is the small model's guess for a little-known place ("the Zamzam camp").
PLACE_NAME_REFUSED_LABELS = frozenset({"ORG", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _struck_place(token: Token) -> bool:
    """An attack noun that did something or took lives, kept for its place even with no doer named: "the
    overnight drone assault on Kyiv damaged two buildings", "killed in air strikes on the town of X"."""
    if _told_going_on(token):
        # "the fighting broke out near the village of X", "violence erupted in X" (a trigger only so told)
        return event_lemma(token) in ATTACK_NOUNS | SIDED_ATTACK_NOUNS
    return (
        token.pos_ == "NOUN"
        and event_lemma(token) in STRIKE_NOUNS
        and (
            (token.dep_ == "nsubj" and token.head.lemma_.lower() != "be")
            or _death_verb(token) is not None
            or _named_place_of(token)
            or any(c.dep_ == "relcl" and c.lemma_.lower() in DEATH_VERBS for c in token.children)
        )
    )


def event_lemma(token: Token) -> str:
    """The lemma of the event a noun tells: a noun for a happening is the event noun set before it ("a shooting
    incident" is a shooting), other words their own lemma."""
    lemma = token.lemma_.lower()
    if lemma not in HAPPENING_NOUNS:
        return lemma
    kinds = [c.lemma_.lower() for c in token.lefts if c.dep_ == "compound" and c.lemma_.lower() in NOUN_TRIGGERS]
    return kinds[-1] if kinds else lemma


def _told_going_on(token: Token) -> bool:
    """A noun (or a gerund told as one) told as starting, going on or reported: "the fighting broke out",
    "clashes are continuing", "heavy fighting has been reported in X"."""
    verb = token.head.lemma_.lower()
    return (token.pos_ == "NOUN" or token.tag_ == "VBG") and (
        (token.dep_ == "nsubj" and verb in OUTBREAK_VERBS)
        or (token.dep_ == "nsubjpass" and verb in FIGHT_REPORTED_VERBS)
    )


def _session_of(token: Token) -> Token:
    """ "a second round of talks" -> "round": the noun a meeting noun is a session of, else the noun itself."""
    of = token.head
    if of.lower_ == "of" and of.head.lemma_.lower() in SESSION_NOUNS:
        return of.head
    return token


def _named_place_of(noun: Token) -> bool:
    """ "a skirmish in Kadogo on Friday", "the clash in Galwan Valley": an attack noun with its own named
    place (GUIDELINE: nominal events count when the place is given)."""
    first = noun
    while first.dep_ == "conj":
        first = first.head  # "the number of bomb blasts and attacks in X"
    if first.dep_ == "pobj" and first.head.lower_ == "of":
        return False  # "the number of attacks in Afghanistan", "the aftermath of a clash in X": told of, not told
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    if verb is not None and verb.lemma_.lower() in DEATH_VERBS and any(c.dep_ == "nsubj" for c in verb.children):
        return False  # "it killed 40 fighters in raids in Abyan": the killers' deed, told by the verb
    places = [o for p in ("in", "at", "near") for o in _prep_objects(noun, p)]
    return any(entity_of(o) is not None and _place_span(o) is not None for o in places)


def _scene_named(token: Token) -> Token | None:
    """ "Dornak Pass, the site of a clash", "Koda was the scene of heavy fighting": the name of the place where
    an event noun happened, given by a noun of scene apposed to the name or said of it."""
    scene = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if scene is None or scene.lemma_.lower() not in SCENE_NOUNS or token.lemma_.lower() not in ATTACK_NOUNS:
        return None
    if scene.dep_ == "appos":
        return scene.head
    subjects = [c for c in scene.head.children if c.dep_ == "nsubj"] if scene.dep_ == "attr" else []
    return subjects[0] if subjects else None


def _is_toll_subject(token: Token) -> bool:
    """ "Ethiopian air raids have killed 900 civilians since January": a cumulative toll is the kill event of
    whoever made the raids, not one more attack."""
    verb = _death_verb(token)
    if verb is None or token.dep_ != "nsubj" or verb.lemma_.lower() != "kill":
        return False
    if _prep_objects(verb, "since"):
        return True
    if _one_attack_told(token, verb):
        return False  # "An air strike on Wednesday has killed five": one attack, its toll a figure
    return any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in verb.children)


# Words that name a day: the weekdays, the days told relative to the report, the night before it ("on Wednesday
# morning", "late Friday", "yesterday evening", "overnight"); a TIME expression with one names its day, and an attack
# told with one is one happening ("strikes yesterday killed ...").
DAY_WORDS = frozenset(WEEKDAYS) | frozenset(RELATIVE_DAYS) | {NIGHT_BEFORE}


def _one_attack_told(noun: Token, verb: Token) -> bool:
    """An attack told as one ("an air strike", "strikes on Sunday"), not a toll run up over time."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return True
    told = [c for word in (noun, verb) for c in word.children]
    told += [o for c in told if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if o.dep_ == "pobj"]
    return any(w.ent_type_ == "DATE" and w.lower_ in DAY_WORDS for w in told)


def _swaps_people(token: Token) -> bool:
    """ "a prisoner exchange", "the swap of 90 captives", "a hostage swap between X and Y"."""
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    modifiers += [_counted(o) for o in _prep_objects(token, "of")]
    return any(_is_captive(m) or m.lemma_.lower() in ("pow", "prisoner-of-war") for m in modifiers)


def _own_subject(token: Token) -> Token | None:
    """The verb's own subject or passive agent; a subject the parser hung on the verb's auxiliary ("Qatar and Egypt
    have been mediating": "Qatar" under "been") is the verb's; of a role and a name the parser made two subjects
    ("Sudan's army chief General X Y arrived"), the name."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1 and _role_before_name(subjects[0], subjects[1]):
        return subjects[1]
    for child in token.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
        if child.dep_ == "agent":
            return pobj(child)
    for aux in token.children:
        if aux.dep_ == "aux" and aux.i < token.i:
            subject = next((c for c in aux.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


def _role_before_name(role: Token, name: Token) -> bool:
    """A common noun for a role written right before a proper name, both parsed as subjects of one verb: the
    name's apposition misread ("the army chief General X Y")."""
    return role.pos_ == "NOUN" and name.pos_ == "PROPN" and role.i < name.left_edge.i <= role.right_edge.i + 1


def _weapon_doer(token: Token) -> Token | None:
    """The weapon a verb's subject names ("a roadside bomb killed", "a Houthi-fired missile struck"), counted
    through "a barrage of rockets"; None for any other subject."""
    subject = _own_subject(token) if token.pos_ in ("VERB", "AUX") else None
    if subject is None and token.dep_ == "conj" and token.pos_ == "VERB":
        subject = _own_subject(token.head)  # "a bomb exploded and killed two": the subject both verbs share
    if subject is None or subject.dep_ != "nsubj":
        return None
    weapon = _counted(subject)
    if weapon.lemma_.lower() in BLAST_NOUNS:
        # "a bomb blast killed four": the bomb's blast; "an explosion at a market killed six": a blast that kills
        # is an attack unless told as an accident ("a gas explosion")
        # ("an explosion at a fireworks factory": the blast's own words, its place's too)
        modifiers = [c for c in weapon.children if c.dep_ in ("compound", "amod")]
        if any(t.lemma_.lower() in ACCIDENT_BLAST_WORDS for t in subject.subtree):
            return None
        return next((m for m in modifiers if m.dep_ == "compound" and m.lemma_.lower() in WEAPON_NOUNS), weapon)
    return weapon if weapon.lemma_.lower() in WEAPON_NOUNS else None


def _one_named_victim(victim: Token) -> bool:
    """One victim told by the office or place that names them: "the mayor of Ribera", "a Kenyan police officer"."""
    if victim.tag_ != "NN":
        return False
    named = [o for o in _prep_objects(victim, "of") if entity_of(o) is not None]
    named += [c for c in victim.children if c.dep_ in ("compound", "amod", "poss") and entity_of(c) is not None]
    return bool(named)


def _passive_subject(token: Token) -> Token | None:
    """The passive subject of a verb ("a Swiss national was freed"), through "who" to the noun it stands for."""
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None and any(c.dep_ == "auxpass" for c in token.children):
        subject = _subject_taken_by_participle(token)  # "Students abducted in May have been freed"
    return _relative_head(subject) if subject is not None else None


def _subject_taken_by_participle(verb: Token) -> Token | None:
    """ "Students abducted two weeks ago have been freed", parsed with "Students" the subject of a bare participle
    hung on the passive main verb, which is left with none: the participle's subject is the main verb's."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for clause in verb.children:
        bare = clause.dep_ == "ccomp" and clause.tag_ == "VBN" and clause.i < verb.i
        if bare and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


def _is_passive(verb: Token) -> bool:
    """A passive verb, or one conjoined to a passive ("was attacked and then shot by gunmen")."""
    passive = {"nsubjpass", "auxpass"}
    return any(c.dep_ in passive for c in verb.children) or (
        verb.dep_ == "conj" and any(c.dep_ in passive for c in verb.head.children)
    )


def _hyphen_doer(participle: Token) -> Token | None:
    """ "a UN-brokered truce", "a Qatari-mediated deal": the name glued by a hyphen before a participle that
    describes a noun is who did it."""
    if participle.dep_ != "amod" or participle.tag_ != "VBN" or participle.i < 2:
        return None
    if participle.doc[participle.i - 1].text != "-":
        return None
    before = participle.doc[participle.i - 2]
    # a proper noun, a name NER found, or an acronym the tagger read as an adjective ("UN" tagged JJ)
    name = before.pos_ == "PROPN" or bool(before.ent_type_) or (before.is_upper and len(before.text) > 1)
    named = before.head.i == participle.i and name
    return before if named and before.dep_ in ("npadvmod", "compound", "nmod", "amod") else None


def _agent(verb: Token) -> Token | None:
    """The "by" agent of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            return pobj(child)
    return None


def _relative_head(subject: Token) -> Token:
    """ "who" in a relative clause stands for the noun the clause modifies; for a "who" hung on a place,
    the person set beside it ("As for the Korean Peninsula, Xi, who met ...": Xi)."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        head = subject.head.head
        if subject.lower_ == "who" and head.ent_type_ in ("GPE", "LOC", "FAC"):
            return next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), head)
        return head
    return subject


def _reflexive(token: Token) -> bool:
    """ "himself", "themselves": a pronoun that is the doer again, never another party."""
    return token.lower_.endswith(("self", "selves"))


def _acronym(token: Token) -> bool:
    """An untagged all-capitals name ("RSF", "ISWAP"): a group the tagger did not know."""
    return token.pos_ == "PROPN" and not token.ent_type_ and token.text.isupper() and len(token.text) > 1


# Words before "fire" that make it the fire of weapons ("rocket fire", "sniper fire", "machine-gun fire").
FIRING_WEAPON_WORDS = WEAPON_NOUNS | frozenset({"gun", "machine", "sniper", "tank", "cannon", "arm", "automatic"})
# Labels of a name whose fire it is ("Israeli fire", "Hezbollah fire"): a people, a group, a state.
FIRING_SIDE_LABELS = frozenset({"NORP", "ORG", "GPE"})


def weapon_fire(noun: Token) -> bool:
    """ "rocket fire", "Israeli fire", "the rebels' mortar fire": fire told with its weapon or its side, which a fire
    alone ("a fire gutted the market") is not."""
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod")]
    modifiers += [x for m in modifiers for x in m.conjuncts]
    weapon = any(m.lemma_.lower() in FIRING_WEAPON_WORDS for m in modifiers)
    side = any(c.dep_ == "poss" for c in noun.children) or any(
        _label(entity_of(m)) in FIRING_SIDE_LABELS for m in modifiers
    )
    return weapon or side


def _death_verb(token: Token) -> Token | None:
    """The verb of dying an attack noun is told with: its subject ("Israeli strikes killed two medics"), its "in"
    adjunct ("three people were killed in an Israeli strike") or its passive's agent ("were killed by an
    airstrike"); the fire of a weapon too ("mortar fire")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in ATTACK_NOUNS | WEAPON_FIRE_NOUNS:
        return None
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in ("in", "during") and verb.dep_ == "prep":
        verb = verb.head
    elif token.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
        verb = verb.head  # "six farmers were killed by an army drone strike on Monday": the passive's agent
    elif token.dep_ == "nsubjpass" and verb.lemma_.lower() in RAISING_VERBS:
        # "an airstrike is believed to have killed 40": the toll is told by the verb the belief is about
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    elif token.dep_ != "nsubj":
        return None
    if verb.dep_ == "conj" and not _tells_deaths(verb) and _tells_deaths(verb.head) and token.dep_ == "pobj":
        verb = verb.head  # "killed 11 people and abducted 15 in an overnight raid": the raid took both
    return verb if _tells_deaths(verb) else None


def _tells_deaths(verb: Token) -> bool:
    """A verb of killing: "killed", "shot dead", "claimed the lives of"."""
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in DEATH_VERBS or _shot_dead(verb) or _lives_taken(verb))


def _lives_taken(verb: Token) -> bool:
    """ "the bombing claimed eight lives": a killing told by the lives it took."""
    return verb.lemma_.lower() in LIFE_TAKING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children
    )


# Verbs that tell deaths by the lives they took ("claimed eight lives", "took 20 lives").
LIFE_TAKING_VERBS = frozenset({"claim", "take"})


def _shot_dead(verb: Token) -> bool:
    """ "were shot dead in an encounter", "gunned down in a raid": a killing told by the weapon's verb."""
    return verb.lemma_.lower() in SHOT_DEAD_VERBS and any(
        c.lower_ in ("dead", "down") and c.dep_ in ("oprd", "acomp", "advmod", "prt", "xcomp") for c in verb.children
    )


# Verbs that pass their subject on to what is believed of it: "the strike is believed to have killed 40".
RAISING_VERBS = frozenset({"believe", "say", "think", "report", "estimate", "understand", "fear"})

# Verbs of shooting that tell a death with "dead" or "down" ("shot dead", "gunned down").
SHOT_DEAD_VERBS = frozenset({"shoot", "gun"})


def _noun_lemma(token: Token) -> str:
    """The lemma, with a capitalised common noun the tagger took for a name ("Fighters from X killed")
    read as the noun it is."""
    lemma = token.lemma_.lower()
    if token.pos_ != "PROPN" or not _opens_text(token) or lemma in PARTY_NOUNS:
        return lemma
    singulars = (lemma[:-1] if lemma.endswith("s") else lemma, lemma[:-3] + "man" if lemma.endswith("men") else lemma)
    return next((s for s in singulars if s in PARTY_NOUNS), lemma)


def _opens_text(token: Token) -> bool:
    """A word written first, so capitalised whatever it is: at a sentence's start or after a dateline's dash
    ("KESSA, Norland – Gunmen in ...", which the parser may keep in the dateline's sentence)."""
    return token.is_sent_start or token.i > 0 and token.doc[token.i - 1].text in DATELINE_DASHES


# Dashes that close a dateline, after which the lead's first word is capitalised.
DATELINE_DASHES = frozenset({"-", "–", "—", "--"})


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


def _phrase(token: Token, without: frozenset[str] = frozenset()) -> str:
    """A noun with its left modifiers ("the Israeli army", "senior Israeli leaders"), but those of the
    dependencies `without` ("nummod": "at least five gunmen" -> "gunmen")."""
    left = min([token.i, *[c.left_edge.i for c in token.lefts if c.dep_ not in without]])
    while left < token.i and token.doc[left].is_punct:
        left += 1  # 'by "armed groups"': the quotation mark opening the words is not part of the name
    return token.doc[left : token.i + 1].text


def _place_span(token: Token, destination: bool = False) -> Span | None:
    """The named place a noun phrase names: "Cairo", "the Nuseirat refugee camp" -> Nuseirat."""
    if token.lower_ in CLOCK_ZONE_WORDS:
        return None  # "around 11:00 GMT": a clock's zone, which the small model may tag a place
    if any(c.dep_ == "compound" and c.lemma_.lower() in VESSEL_NOUNS for c in token.children):
        return None  # "seized the bulk carrier Orion Star": a ship, not where anything happened
    entity = entity_of(token)
    if entity is not None and _listed_body(entity):
        return None  # "the offensive against Hamas", "AMISOM" tagged a place: a side, nowhere
    if entity is not None and _label(entity) in PLACE_LABELS:
        return entity
    if entity is not None and _seat_told_as_place(token, entity):
        return entity
    beside_place = any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in token.children)
    # a name the small model tagged NORP that the gazetteer knows as a place is that place ("the town of Omdurman")
    tag_fits = token.ent_type_ not in ("NORP", "DATE", "TIME") or (
        token.ent_type_ == "NORP" and known_place_name(token)
    )
    named = (destination or beside_place) and tag_fits and not (entity is not None and _names_a_body(entity))
    if token.pos_ == "PROPN" and not token.is_lower and (named or _name_after_in(token)):
        # (a word in lower case the tagger took for a name, "a pastor-led march", names no place)
        # Where one travels to or invades is a place, whatever label the tagger guessed ("visited Kyiv").
        if entity is not None:
            return entity
        left = min([token.i, *[c.i for c in token.children if c.dep_ == "compound" and c.i < token.i]])
        return token.doc[left : token.i + 1]
    if token.lemma_.lower() in PLACE_PART_NOUNS:
        return _place_of_part(token)
    return _place_of_place_noun(token) if token.lemma_.lower() in PLACE_NOUNS else None


def _place_of_part(token: Token) -> Span | None:
    """ "in Norland's east", "on the outskirts of Tomba": the place a part of a place is part of."""
    for obj in _prep_objects(token, "of"):
        place = _place_span(obj, destination=True)
        if place is not None:
            return place
    return _owner_place(token)


def _seat_told_as_place(token: Token, entity: Span) -> bool:
    """ "met X in the Kremlin", "talks at the White House": a seat of government (an ORG when it speaks for its
    government) after a preposition of place is the building where it happened."""
    return (
        token.i == entity.root.i
        and token.dep_ == "pobj"
        and token.head.lower_ in SEAT_PLACE_PREPS
        and seat_of_government(_strip_det(entity))
    )


# Prepositions after which a seat of government is a building ("in the Kremlin", "at the White House").
SEAT_PLACE_PREPS = frozenset({"in", "at", "inside", "outside", "near"})


def _listed_body(entity: Span) -> bool:
    """An armed group or body of the lists, whatever the tagger guessed, unless its name is also a well-known
    place's ("Hamas" is a small town's name too; "Gaza" names no group)."""
    text = _strip_det(entity)
    if armed_group(text) is None and organisation(text) is None:
        return False
    known = known_place(text)
    return known is None or not known.strong


def _names_a_body(entity: Span) -> bool:
    """ "attacked Al-Shabaab near Tomba", "attacked the Velo Liberation Front": a name tagged an organisation that
    is one of the lists or ends in a word for a body is the side attacked, not a place struck."""
    if entity.label_ != "ORG" or known_place(entity.text) is not None:
        return False
    return (
        armed_group(entity.text) is not None
        or organisation(entity.text) is not None
        or (entity[-1].lower_ in BODY_NAME_HEADS)
    )


def _name_after_in(token: Token) -> bool:
    """ "killed four militants in Turbat": a bare name after "in" or "near" is a place, whatever label the
    tagger guessed for a little-known town (a date, a product, a person), unless it names a month or day,
    a body or a people."""
    return (
        token.pos_ == "PROPN"
        and token.dep_ == "pobj"
        and (token.head.text in ("in", "near") or _opening_in_known_place(token))
        and not any(c.dep_ == "det" for c in token.children)
        and (token.ent_type_ not in NOT_PLACE_AFTER_IN_LABELS or known_place_name(token))
        and token.ent_type_ not in NEVER_PLACE_LABELS
        and token.lower_ not in MONTHS
        and token.lower_ not in WEEKDAYS
        and not _tells_calendar(token)
    )


def _opening_in_known_place(token: Token) -> bool:
    """ "In Tiraspol on Friday, the mediator met ...": "In" opening a sentence before a name the gazetteer knows as a place
    (the small model may leave a town untagged there); a capital "In" elsewhere is a headline's title case."""
    prep = token.head
    return prep.text in ("In", "Near") and prep.i == prep.sent.start and known_place_name(token)


def _tells_calendar(token: Token) -> bool:
    """ "in mid-May", "in late 2023": a name the tagger read as a date and that names a month, a day or a number
    is that date, not a little-known town."""
    entity = entity_of(token) if token.ent_type_ == "DATE" else None
    return entity is not None and any(t.lower_ in MONTHS or t.lower_ in WEEKDAYS or t.like_num for t in entity)


# Labels of a name after "in" that names no place: a body or a people ("in Hamas", "in Kurdish") unless the name is
# a known place the small model mislabelled (see `known_place_name`); numbers and times never do.
NOT_PLACE_AFTER_IN_LABELS = frozenset({"ORG", "NORP"})
NEVER_PLACE_LABELS = frozenset({"TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})
# Abbreviations of time zones a report gives with a time of day ("at 0200 GMT"): never where something happened.
CLOCK_ZONE_WORDS = frozenset("gmt utc est edt cst cdt pst pdt cet cest eet eest bst wat cat eat msk jst".split())


def known_place_name(token: Token) -> bool:
    """ "killed in Bamako" (tagged ORG), "ambushed near Kidal" (tagged NORP): a name the gazetteer knows as a place,
    after "in" or "near" (or struck: "Kherson was shelled"), is that place whatever label the small model guessed,
    unless it is also the name of an armed group or organisation of the lists ("Hamas"); the entities table
    relabels it the same way."""
    entity = entity_of(token)
    name = entity.text if entity is not None else token.text
    return known_place(name) is not None and armed_group(name) is None and organisation(name) is None


def _place_of_place_noun(token: Token) -> Span | None:
    """The place a noun for a place names, the most specific first (PLACE_NOUN_NAME_ORDER): its own name ("the
    city of Jenin", "the Zamzam camp", "Ukraine's Kharkiv region" -> Kharkiv), then where it lies ("the market in
    Nyala"), then its owner ("Haiti's capital" -> Haiti)."""
    named = _prep_objects(token, "of") + [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    for obj in named:  # "the city of Jenin", "the Kyrgyz capital, Bishkek"
        place = _place_span(obj, destination=True)
        if place is not None:
            return place
    if token.lemma_.lower() == "capital" and _country_of_capital(token) is not None:
        return token.doc[token.left_edge.i : token.i + 1]  # "the Afghan capital", "Yemen's capital": Kabul, Sanaa
    modifiers = sorted((c for c in token.children if c.dep_ in PLACE_NAME_DEPS and c.i < token.i), key=lambda c: -c.i)
    for child in modifiers:
        place = _modifier_place(child)
        if place is not None:
            return place
    for obj in _prep_objects(token, "in"):
        place = _place_span(obj)
        if place is not None:
            return place
    return _owner_place(token)


def _country_of_capital(token: Token) -> Place | None:
    """The known country whose capital a "capital" noun names by a people's word or an owner ("the Afghan capital",
    "Yemen's capital"), when the gazetteer knows that capital."""
    for child in token.children:
        if child.dep_ == "poss":
            known = known_place(child.text)
        elif child.dep_ in ("amod", "compound"):
            owner = people_place(child.text)
            known = known_place(owner) if owner else None
        else:
            continue
        if known is not None and capital_of(known) is not None:
            return known
    return None


def capital_named(span: Span) -> str | None:
    """The city a place span ending in "capital" names ("the Afghan capital" -> Kabul), else None."""
    country = _country_of_capital(span[-1]) if span[-1].lemma_.lower() == "capital" else None
    return capital_of(country) if country is not None else None


def _owner_place(token: Token) -> Span | None:
    """The tagged place that owns a noun for a place or a part of one ("Haiti's capital", "Chad's east")."""
    owners = [entity_of(c) for c in token.children if c.dep_ == "poss"]
    return next((e for e in owners if e is not None and _label(e) in PLACE_LABELS), None)


def _modifier_place(child: Token) -> Span | None:
    """The place a modifier of a place noun names: a tagged place, or a name set as a compound before it ("the
    Zamzam camp"), whatever the tagger guessed, unless it is a body, a people or a person's title."""
    entity = entity_of(child)
    if entity is not None and _label(entity) in PLACE_LABELS:
        return entity
    if child.dep_ != "compound" or child.pos_ != "PROPN" or fold(child.text) in DEMONYMS:
        return None
    if entity is not None and _label(entity) in PLACE_NAME_REFUSED_LABELS and not known_place_name(child):
        return None  # "the Hamas compound"; not "Enugu state" with the known place tagged ORG
    return entity if entity is not None else child.doc[_name_start(child) : child.i + 1]


def _name_start(last: Token) -> int:
    """Where an untagged name ending at `last` begins: the run of capitalised words or particles before it that
    hang inside the name or on the noun it names ("Let Yet Kone village", "Mocimboa da Praia district")."""
    noun = last.head.i
    start = last.i
    while start > 0:
        word = last.doc[start - 1]
        # its head is the noun, a word of the name, or the word before it ("Let Yet Kone": "Yet" on "Let")
        inside = start - 2 <= word.head.i <= noun and word.dep_ not in ("det", "poss", "case", "punct")
        if not inside or not (word.text[:1].isupper() or word.dep_ == "compound"):
            break
        start -= 1
    return start


def _place_modifier(token: Token) -> Span | None:
    """A place name modifying an event noun: "a Middle East tour", "the Gaza offensive"."""
    if token.pos_ != "NOUN":
        return None
    for child in token.children:
        if (
            child.dep_ in ("compound", "nmod")
            and entity_of(child) is not None
            and _label(entity_of(child)) in PLACE_LABELS
        ):
            return entity_of(child)
    return None


def _is_place(token: Token) -> bool:
    """A named place, a noun for a place ("the crossing", "the city"), or a name set beside one
    ("Wad Madani, the capital of ...", whatever label the tagger gave the name)."""
    if _place_span(token) is not None or token.lemma_.lower() in PLACE_NOUNS:
        return True
    return token.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in token.children)


def _definite(token: Token) -> bool:
    """A noun pointing back to something already told ("the raid", "this attack")."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in token.children)


def _prep_objects(token: Token, prep: str) -> list[Token]:
    """Objects of a preposition hanging from `token` ("with X", "to Y"), with their conjuncts' heads first."""
    return [
        _glued_place(obj)
        for child in token.children
        if child.dep_ == "prep" and child.lower_ == prep
        for obj in child.children
        if obj.dep_ == "pobj"
    ]


def _glued_place(obj: Token) -> Token:
    """ "arrived in Kessa Sunday": the parser made the place a compound of the day after it; the place is the
    object."""
    if obj.ent_type_ not in ("DATE", "TIME"):
        return obj
    glued = [c for c in obj.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "FAC")]
    return glued[0] if glued else obj


def _represented_by(noun: Token) -> list[Token]:
    """Whom a role noun speaks for: "the ministers of X and Y", "officials representing X and Y" (the first of each
    list; its conjuncts hang from it)."""
    acting = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "represent"]
    return _prep_objects(noun, "of") + [o for a in acting for o in a.children if o.dep_ in ("dobj", "obj")]


def _verb_of(token: Token) -> Token:
    """The nearest verb at or above a token (the root when there is none): the clause a word is told in."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _told_of_clause(verb: Token) -> Token | None:
    """For a "where" or "when" relative clause, the verb of the clause it is told of ("arrived in Goma on Monday,
    where he met X": arrived); None for any other clause."""
    if verb.dep_ != "relcl" or not any(c.lower_ in ("where", "when") for c in verb.children):
        return None
    return _verb_of(verb.head)


def _one_role(noun: Token) -> bool:
    """One person named by a role ("the minister", "The President", "the emir"), not a body or a group ("the
    delegation")."""
    return noun.tag_ in ("NN", "NNP") and _noun_lemma(noun) in HOLDER_ROLE_NOUNS - {"delegation", "member"}


def _with_apposed(nouns: list[Token]) -> list[Token]:
    """The nouns and the names set beside them ("his counterpart, President X": counterpart, X)."""
    return [n for o in nouns for n in (o, *(c for c in o.children if c.dep_ == "appos"))]


def _recipients(token: Token) -> list[Token]:
    """Whom something was given to: "sent aid to Gaza", "gave Gaza aid", "sent 5 million euros in aid to X" (a
    "to" phrase, on the verb or on what was given, or a dative object)."""
    datives = [c for c in token.children if c.dep_ == "dative"]
    given = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    given += [o for g in given for o in _prep_objects(g, "in")]
    return [o for d in datives for o in (d.children if d.pos_ == "ADP" else [d]) if o.dep_ in ("pobj", "dative")] + [
        o for t in (token, *given) for o in _prep_objects(t, "to")
    ]


def _discussed_with(verb: Token) -> list[Token]:
    """Parties in a "with" phrase the parser hung on what was discussed ("discussed the collapse of the
    truce with Saudi officials")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return [o for obj in objects for t in obj.subtree for o in _prep_objects(t, "with") if _is_party(o)]


def _has_particle(token: Token, particle: str) -> bool:
    """Phrasal verb particle ("put forward")."""
    return any(c.lower_ == particle and c.dep_ in ("prt", "advmod", "prep") for c in token.children)


def _conjoined_subject(token: Token) -> bool:
    """ "X and Y discussed", "Indian and Chinese troops clashed": a subject with a conjunct, or whose modifier
    has one."""
    subject = _own_subject(token)
    if subject is None:
        return False
    modifiers = [c for c in subject.children if c.dep_ in ("amod", "compound", "nmod") and c.i < subject.i]
    return any(c.dep_ == "conj" for s in [subject, *modifiers] for c in s.children)


def _place_objects(token: Token, objects: list[Token]) -> list[Token]:
    """Candidates for the place a verb acts on: its objects, the noun a relative clause without an object
    modifies ("Wad Madani, which the RSF seized"), and the whole a part names ("the whole of the region")."""
    found = [o for o in objects if o.lower_ not in RELATIVE_PRONOUNS]
    # "Chapo, who travelled to Pemba": the noun is the doer, not the place
    # ("Hodeidah, which was captured by the army": the noun is what was taken)
    doer = any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in token.children)
    modified = _acl_head(token)
    if not found and modified is not None and not doer:
        found.append(_apposition_described(modified))
    for obj in list(found):
        if obj.lemma_.lower() in PARTITIVE_NOUNS:
            found += _prep_objects(obj, "of")
    return found


def _apposition_described(noun: Token) -> Token:
    """ "Wad Madani, the capital of Al-Jazira state, which the RSF seized": a relative clause the parser hung on the
    last noun of an apposition ("the capital of X") tells of the name the apposition describes."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "appos":
        return noun.head.head.head
    return noun


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
    return token.lemma_.lower() in PERSON_NOUNS


def _is_captive(token: Token, named: bool = False) -> bool:
    """Someone who can be held: a hostage or prisoner, a person pronoun, and a noun for people (or, with
    `named`, a person's name instead)."""
    lemma = token.lemma_.lower()
    if lemma in CAPTIVE_NOUNS:
        return True
    if token.pos_ == "PRON":
        return token.lower_ in PERSON_PRONOUNS | {"they", "them"}
    if _label(entity_of(token)) == "PERSON":
        return named and not _is_place(token)
    return lemma in PERSON_NOUNS and (not named or _told_taken(token))


def _told_taken(token: Token) -> bool:
    """People told as taken captive: "the abducted students", "the crew of the hijacked tanker"."""
    held = [token, *_prep_objects(token, "of")]
    return any(c.dep_ in ("amod", "acl") and c.lower_ in TAKEN_CAPTIVE_WORDS for h in held for c in h.children)


def _described_person(token: Token) -> bool:
    """A name the text itself shows to be a person's: "Helga Brandner, who had lived ...", "X, an aid worker"."""
    for child in token.children:
        if child.dep_ == "relcl" and any(c.lower_ in ("who", "whom", "whose") for c in child.subtree):
            return True
        if child.dep_ == "appos" and child.lemma_.lower() in PERSON_NOUNS | REPRESENTATIVE_NOUNS:
            return True
    return False


def _is_party(token: Token) -> bool:
    """Someone who can meet or fight: a named actor, a pronoun for people, or a noun for a group or role."""
    if token.pos_ == "PRON":
        return token.lower_ not in ("it", "itself")
    if _label(entity_of(token)) in ACTOR_LABELS:
        return True
    return token.lemma_.lower() in FORCE_NOUNS | REPRESENTATIVE_NOUNS | GROUP_NOUNS | PERSON_NOUNS


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


# ---- ordered rule tables -------------------------------------------------------------------

UNDECIDED = object()  # what a rule of an ordered table gives when it does not apply
Finder = TypeVar("Finder", bound=Callable[..., Any])


@dataclass(frozen=True)
class NamedRule:
    """One rule of an ordered table: `find` gives its answer (None included) or UNDECIDED; `example` is a
    sentence it decides, `expected` the fields of the event row it gives there."""

    name: str
    find: Callable[..., Any]
    example: str
    expected: dict


class RuleTable(list[NamedRule]):
    """An ordered table of named rules. A rule joins it through `@TABLE.rule(example, **expected)` written
    above the function that decides it, so the rule, its example sentence and the fields of the event row
    that sentence gives stand together; the rule is named after its function, and the table's order is the
    order of definition."""

    def rule(self, example: str, **expected: Any) -> Callable[[Finder], Finder]:
        def add(find: Finder) -> Finder:
            self.append(NamedRule(find.__name__.lstrip("_"), find, example, expected))
            return find

        return add


def first_decided(rules: Iterable[NamedRule], *args: Any) -> Any:
    """The answer of the first rule that applies, else None."""
    for rule in rules:
        found = rule.find(*args)
        if found is not UNDECIDED:
            return found
    return None
