"""Whether an event happened: negated, conditional, attempted or inside a plan (left out), or planned
(kept and flagged); and restatements of an event told elsewhere.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from newsfacts.transforms.events.syntax import RuleTable, _session_of
from newsfacts.transforms.events.table import NO_TRIGGER, NOUN_TRIGGERS, VERB_TRIGGERS
from newsfacts.transforms.events.words import (
    ACTED_OUT_VERBS,
    CARRYING_OUT_VERBS,
    OCCURRENCE_VERBS,
    HAPPENING_VERBS,
    HOLDING_VERBS,
    SESSION_COURSE_VERBS,
    ATTEMPT_VERBS,
    CANCELLED_VERBS,
    CAPABILITY_WORDS,
    CHAIN_DEPS,
    CONDITION_MARKS,
    COUNTERFACTUAL_AUX,
    DENIAL_VERBS,
    DENIED_TELLING_NOUNS,
    DEMAND_WORDS,
    DEMANDED_OBJECT_VERBS,
    ENDING_VERBS,
    EVENTUALITY_NOUNS,
    GOAL_VERBS,
    HABITUAL_ADJECTIVES,
    HABITUAL_ADVERBS,
    HYPOTHETICAL_ADJECTIVES,
    INTENDED_TYPES,
    MOTION_VERBS,
    OBJECT_CONTROL_VERBS,
    NONSPECIFIC_DETERMINERS,
    ONCE_MARKS,
    PLAN_NOUNS,
    PLAN_VERBS,
    PLANNED_ADJECTIVES,
    PLANNED_AUX,
    POSSIBLE_AUX,
    PREVENTED_VERBS,
    SUBJUNCTIVE_VERBS,
    TENDENCY_VERBS,
    TIME_PREPS,
    UNREAL_OF_NOUNS,
    WARNING_VERBS,
)
from newsfacts.transforms.language.discourse import quoted_tokens
from newsfacts.transforms.language.lexicon import ACTOR_LABELS, CONTENT_VERBS, REPORT_VERBS, SUBJECT_DEPS, WEEKDAYS

# Verbs whose object is no happening: the content of a plan, or what a drill acts out.
UNREAL_CONTENT_VERBS = CONTENT_VERBS | ACTED_OUT_VERBS


def _is_restatement(token: Token) -> bool:
    """A predicate noun ("It is their fifth meeting", "it was the 13th exchange it had mediated") describes an
    event reported elsewhere, and so does a relative clause on it."""
    if token.dep_ in ("relcl", "acl"):
        token = token.head
        if token.lemma_.lower() not in NOUN_TRIGGERS:
            return False  # "the deal was a breakthrough brokered by China": the brokering is told here
    return token.pos_ == "NOUN" and token.dep_ == "attr" and token.head.lemma_.lower() == "be"


# Marks that close a sentence (a line without one and without a verb is a heading, not a telling).
SENTENCE_STOPS = {".", "!", "?", '"', "\u201d", "'", ")"}

# Verbs of being and having, whose simple present tells a state now, not a habit.
STATE_VERBS = frozenset({"be", "have"})
# Tags of a verb in the simple present ("visits", "visit").
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Tags of a verb with a tense of its own ("met", "meets"; "should meet" after a demand is still the demand).
FINITE_TAGS = {"VBD", "VBZ", "VBP"}

# Marks on the trigger or a word of its clause chain that make it no event (each example has none).
UNREAL_RULES = RuleTable()


@UNREAL_RULES.rule("Hamas did not release the hostages.")
def _unreal_negated(v: Token) -> Any:
    return any(c.dep_ == "neg" for c in v.children)


@UNREAL_RULES.rule("If Israel invades Rafah, talks will end.")
def _unreal_conditional(v: Token) -> Any:
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in v.children)


@UNREAL_RULES.rule("Once the rebels free the hostages, aid will flow.")
def _unreal_once_present(v: Token) -> bool:
    """ "once a deal is struck": a clause on a condition still to be met (present or future, no past tense);
    "once inside the town, they opened fire" tells a happening."""
    # "once" opens its clause ("once a deal is struck"), unlike "the rebels once again attack"
    opened = v.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ONCE_MARKS and c.i == v.left_edge.i for c in v.children
    )
    return opened and not any(t.tag_ in ("VBD",) for t in [v, *(c for c in v.children if c.dep_.startswith("aux"))])


@UNREAL_RULES.rule("If talks fail, rebels will shell the town.")
def _unreal_consequence(v: Token) -> bool:
    """ "if talks fail, rebels will shell the town": what is to follow a condition is conditioned too (GUIDELINE,
    modality); "rebels shelled the town after talks failed" tells the shelling."""
    conditioned = any(
        c.dep_ == "advcl"
        and (any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children) or _unreal_once_present(c))
        for c in v.children
    )
    return conditioned and any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)


@UNREAL_RULES.rule("Allies will send troops in the event Russia attacks Kyiv again.")
def _unreal_eventuality(v: Token) -> bool:
    """ "in the event a truce is broken", "in case of an attack": a clause or "of" object on "in the event/case"."""
    holder = (
        v.head.head if v.dep_ == "pobj" and v.head.lower_ == "of" else v.head if v.dep_ in ("relcl", "acl") else None
    )
    if v.dep_ == "advcl" and v.left_edge.i > v.doc[v.i : v.i + 1].sent.start:
        holder = v.doc[v.left_edge.i - 1]  # "in the event Russia attacks": the clause parsed as hung on the verb
    return (
        holder is not None
        and holder.lemma_.lower() in EVENTUALITY_NOUNS
        and holder.dep_ == "pobj"
        and holder.head.lower_ == "in"
    )


@UNREAL_RULES.rule("The aid agency, which visits inmates in prisons, asked for access.")
def _unreal_habit_of_a_body(v: Token) -> bool:
    """ "the aid agency, which visits inmates": a relative clause in the simple present, with no day, tells what
    a body does as a rule, no happening."""
    if v.dep_ != "relcl" or v.tag_ not in PRESENT_TAGS or v.lemma_.lower() in STATE_VERBS:
        return False  # "who is in Kessa for a meeting": where someone is now
    if any(c.dep_.startswith("aux") for c in v.children):
        return False
    if any(c.tag_ not in PRESENT_TAGS for c in v.conjuncts if c.pos_ == "VERB"):
        return False  # "who leads the team and signed the deal": the joined verb's own tense
    return not any(t.ent_type_ in ("DATE", "TIME") for t in v.subtree)


@UNREAL_RULES.rule("Under the deal all detainees should be returned to their homes.")
def _unreal_obligation(v: Token) -> bool:
    """ "all prisoners should be returned", "the militia must free the hostages": what ought to happen, by a deal or
    a demand, is neither done nor planned (GUIDELINE, modality); "should meet in Seoul on 20 March", with its day,
    is the meeting expected (planned)."""
    modals = {c.lower_ for c in v.children if c.dep_ == "aux"}
    if modals & OBLIGATION_AUX:
        return True
    dated = any(
        t.ent_type_ in ("DATE", "TIME") for c in v.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree
    )
    return "should" in modals and not dated


# Modals of what ought to happen ("should" without a day of its own too).
OBLIGATION_AUX = frozenset({"must", "ought"})


@UNREAL_RULES.rule("Without the army, the militia would have killed more villagers.")
def _unreal_counterfactual(v: Token) -> bool:
    """ "would have killed", "could have seized": a modal before "have" and a participle tells what did not
    happen ("may have killed" is a possibility, left to the rule of possible events)."""
    auxes = [c for c in v.children if c.dep_ == "aux"]
    modal = any(c.lower_ in COUNTERFACTUAL_AUX for c in auxes)
    return modal and v.tag_ == "VBN" and any(c.lemma_.lower() == "have" for c in auxes)


@UNREAL_RULES.rule("The province faces a possible attack by the rebels.")
def _unreal_hypothetical(v: Token) -> bool:
    """ "a potential new attack", "possible strikes": an event noun told as only possible or feared."""
    return v.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_ADJECTIVES for c in v.children)


def _bare_plural(v: Token) -> bool:
    """A plural noun with no determiner, possessor, number or date: a kind of deed, not a counted one."""
    if v.tag_ != "NNS":
        return False
    marked = ("det", "poss", "nummod")
    return not any(c.dep_ in marked or c.ent_type_ in ("DATE", "TIME", "CARDINAL") for c in v.children)


@UNREAL_RULES.rule("The damage matched earlier militia attacks.")
def _unreal_habitual(v: Token) -> bool:
    """ "earlier militia attacks", "periodic raids", "the group regularly launches attacks": deeds told as a
    habit or a kind, no particular happening (GUIDELINE, modality: generic and habitual)."""
    if not _bare_plural(v):
        return False
    if v.lemma_.lower() in ONE_SESSION_PLURALS or v.lower_ in ONE_SESSION_PLURALS:
        return False  # "held earlier talks in Doha": talks are one session, told in the plural
    if any(c.dep_ == "amod" and c.lower_ in HABITUAL_ADJECTIVES for c in v.children):
        return True
    return v.dep_ == "dobj" and any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in v.head.children)


# Nouns whose plural tells one session ("talks", "negotiations"), never a habit by their plural alone.
ONE_SESSION_PLURALS = frozenset({"talks", "negotiations", "consultations"})


@UNREAL_RULES.rule("The group regularly kidnaps travellers on the highway.")
def _unreal_habitual_verb(v: Token) -> bool:
    """ "Al-Shabaab often attacks bases", "the town has frequently been shelled", "the militia routinely carries out
    raids", "in most cases the detainees are freed": a verb told with an adverb of habit, or said of most cases,
    tells what keeps happening, no particular happening."""
    if v.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in v.children):
        return True
    cases = [o for p in v.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() == "case" and any(m.lower_ in CASE_QUANTIFIERS for m in o.children) for o in cases)


# Words that make "in ... cases" a habit ("in most cases", "in many cases").
CASE_QUANTIFIERS = frozenset({"most", "many", "such", "all", "some"})


@UNREAL_RULES.rule("The militants are capable of striking deep inside the country.")
def _unreal_capability(v: Token) -> bool:
    """ "capable of striking the capital", "the capability to strike", "willing to reopen talks", "ready to
    resume talks": what someone can do, or would, is no happening."""
    if v.dep_ in ("pcomp", "pobj") and v.head.lower_ == "of":
        return v.head.head.lemma_.lower() in CAPABILITY_WORDS
    return v.dep_ in ("acl", "xcomp") and v.head.lemma_.lower() in CAPABILITY_WORDS


@UNREAL_RULES.rule("Will the rebels attack the capital?")
def _unreal_question(v: Token) -> bool:
    """ "Will the rebels attack the capital?", "Did the army shell the camp?": a verb asked about (its auxiliary
    before its subject, the sentence closed by a question mark) is no happening told."""
    if v.pos_ not in ("VERB", "AUX") or not v.sent[-1].text.startswith("?"):
        return False
    auxes = [c.i for c in v.children if c.dep_ in ("aux", "auxpass")]
    subjects = [c.i for c in v.children if c.dep_ in SUBJECT_DEPS]
    return bool(auxes and subjects) and min(auxes) < min(subjects)


@UNREAL_RULES.rule("Kidnappers are known to ambush vehicles on the highway.")
def _unreal_tendency(v: Token) -> bool:
    """ "kidnappers are known to ambush vehicles", "the militia tends to raid markets": what someone is known
    or tends to do is a habit, no particular happening."""
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in TENDENCY_VERBS


@UNREAL_RULES.rule("The army warned that any attack on the port will be answered.")
def _unreal_any_deed(v: Token) -> bool:
    """ "any attack on its soil will be answered", "no attack on the port was reported": a deed with "any" or
    "no" before it is none in particular."""
    return v.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in NO_PARTICULAR_DETERMINERS for c in v.children)


# Determiners of a deed that none in particular is told ("any attack", "no attack", "every raid").
NO_PARTICULAR_DETERMINERS = frozenset({"any", "no", "every"})


@UNREAL_RULES.rule("The rebels said they had halted attacks on the port.")
def _unreal_stopped(v: Token) -> bool:
    """ "halted attacks", "pledged to stop all fighting": the stopping of no particular deed is no happening."""
    if v.dep_ not in ("dobj", "nsubjpass") or v.head.lemma_.lower() not in ENDING_VERBS:
        return False
    nonspecific = all(c.lower_ in NONSPECIFIC_DETERMINERS for c in v.children if c.dep_ == "det")
    return nonspecific and not any(c.dep_ in ("poss", "nummod") for c in v.children)


@UNREAL_RULES.rule("The rebels want to seize the airport.")
def _unreal_attempted(v: Token) -> Any:
    """ "want to seize the airport", "wants the state to free three commanders", "urged the army to release
    them": what someone tries, wants or asks someone else to do is not told as done."""
    if v.head.lemma_.lower() not in ATTEMPT_VERBS:
        return False
    asked = v.dep_ == "ccomp" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children)
    return v.dep_ == "xcomp" or asked


@UNREAL_RULES.rule("The army denied that its forces attacked the camp.")
def _unreal_denied(v: Token) -> Any:
    return v.dep_ == "ccomp" and v.head.lemma_.lower() in DENIAL_VERBS


@UNREAL_RULES.rule("The ministry denied reports that its drones struck the depot.")
def _unreal_denied_report(v: Token) -> bool:
    """ "denied reports that its drones struck the depot", "rejected claims that its troops shelled X": the
    content of a telling that is denied is not told as happened (GUIDELINE, modality)."""
    telling = v.head
    if v.dep_ not in ("acl", "ccomp") or telling.lemma_.lower() not in DENIED_TELLING_NOUNS:
        return False
    return telling.dep_ in ("dobj", "nsubjpass") and telling.head.lemma_.lower() in DENIAL_VERBS


@UNREAL_RULES.rule("Veldonian air strikes on Tarsk")
def _unreal_verbless_line(v: Token) -> bool:
    """A line with no verb and no closing stop ("Drone attack on the port", a heading or a link to another
    story) names a topic; it tells nothing as happened."""
    words = [t for t in v.sent if not t.is_space]
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    return words[-1].text not in SENTENCE_STOPS


@UNREAL_RULES.rule("The deal involves the release of the hostages.")
def _unreal_content_of_plan(v: Token) -> Any:
    return v.dep_ in ("dobj", "prep", "pobj") and v.head.lemma_.lower() in UNREAL_CONTENT_VERBS


@UNREAL_RULES.rule("Fears of an assault on Rafah grew.")
def _unreal_feared(v: Token) -> Any:
    """ "fears of an assault", "fears grow of an assault" (the "of" hung on the verb the fears are subject of)."""
    if v.dep_ != "pobj" or v.head.lower_ != "of":
        return False
    holder = v.head.head
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")] if holder.pos_ == "VERB" else []
    return any(h.lemma_.lower() in UNREAL_OF_NOUNS for h in [holder, *subjects])


@UNREAL_RULES.rule("Protesters demanded the minister's resignation.")
def _unreal_demanded(v: Token) -> Any:
    """ "demanded the minister's resignation", "calls for his release", "demands for his resignation":
    what is demanded or called for is wished for, not told as happened (GUIDELINE, modality)."""
    if v.dep_ == "dobj":
        return v.head.lemma_.lower() in DEMANDED_OBJECT_VERBS
    return v.dep_ == "pobj" and v.head.lower_ == "for" and v.head.head.lemma_.lower() in DEMAND_WORDS


@UNREAL_RULES.rule("The bishop insisted that the governor meet him.")
def _unreal_subjunctive(v: Token) -> Any:
    """ "insisted that the governor meet him", "demanded that the men be freed": a bare verb after a demand
    (no tense of its own) tells what is wanted; "insisted that the governor met him" tells a meeting."""
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in SUBJUNCTIVE_VERBS:
        return False
    if v.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in v.children):
        return True  # "demanded that the government free 50 prisoners": one government would "free" no tense
    return not any(c.tag_ in FINITE_TAGS for c in [v, *(c for c in v.children if c.dep_ in ("aux", "auxpass"))])


@UNREAL_RULES.rule("Killing of civilians by our troops has never occurred.")
def _unreal_never_happened(v: Token) -> bool:
    """ "killing of civilians has never occurred", "no such attack took place": a happening denied by the
    verb it is the subject of."""
    occurs = v.dep_ in ("nsubj", "nsubjpass") and v.head.lemma_.lower() in OCCURRENCE_VERBS
    return occurs and any(c.dep_ == "neg" for c in v.head.children)


@UNREAL_RULES.rule("The coalition said it prevented an attack on the airport.")
def _unreal_prevented(v: Token) -> Any:
    return v.dep_ in ("dobj", "nsubjpass") and v.head.lemma_.lower() in PREVENTED_VERBS


@UNREAL_RULES.rule("The envoy cancelled his visit to Lisbon because of the strike.")
def _unreal_cancelled(v: Token) -> bool:
    """ "cancelled a trip to Oslo", "called off the talks": a planned event dropped did not happen."""
    if v.pos_ != "NOUN" or v.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = v.head
    called_off = verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return called_off or verb.lemma_.lower() in CANCELLED_VERBS


@UNREAL_RULES.rule("The minister warned that more attacks could follow.")
def _unreal_possible(v: Token) -> bool:
    """ "attacks could follow", "the strike may have killed dozens": possible, not told as happened."""
    verb = v.head if v.dep_ in ("nsubj", "nsubjpass") else v
    return any(c.dep_ == "aux" and c.lower_ in POSSIBLE_AUX for c in verb.children)


@UNREAL_RULES.rule("The governor warned of more attacks on the town.")
def _unreal_warned(v: Token) -> bool:
    """ "warned of more attacks", "warned that more attacks would come", "warned Israel against attacking
    Rafah": what a warning fears."""
    head = v.head.head if v.dep_ in ("pobj", "pcomp") else v.head
    return v.dep_ in ("ccomp", "dobj", "pobj", "pcomp") and head.i != v.i and head.lemma_.lower() in WARNING_VERBS


@UNREAL_RULES.rule("The ministry did not say which villages the militia had attacked.")
def _unreal_unreported(v: Token) -> bool:
    """ "did not say which villages the militia had attacked": what a source does not tell is not told."""
    head = v.head
    negated = any(c.dep_ == "neg" for c in head.children)
    return v.dep_ == "ccomp" and negated and head.lemma_.lower() in REPORT_VERBS


@UNREAL_RULES.rule("The gunmen crossed the border to kidnap a farmer.")
def _unreal_purpose(v: Token) -> Any:
    """ "crossed the border to kidnap a farmer", "an effort to secure their release": what someone set out to do."""
    # "to X" after an object ("crossed the border to kidnap") is a purpose too, parsed as a complement
    after_object = v.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.i < v.i for c in v.head.children)
    after_object = after_object and v.head.lemma_.lower() not in OBJECT_CONTROL_VERBS  # "prompting X to strike"
    purpose = (
        v.tag_ == "VB" and (v.dep_ in ("advcl", "acl") or after_object) and any(c.tag_ == "TO" for c in v.children)
    )
    if not purpose or v.head.lemma_.lower() in MOTION_VERBS:
        return False  # "they came to bomb the village": came and bombed
    return v.lemma_.lower() in GOAL_VERBS or VERB_TRIGGERS.get(v.lemma_.lower(), NO_TRIGGER).type in INTENDED_TYPES


@UNREAL_RULES.rule("The rebels massed fighters in a move aimed at capturing Rilo.")
def _unreal_aimed_at(v: Token) -> bool:
    """ "an assault aimed at capturing the port", "a campaign aimed at freeing the hostages": what a deed was aimed
    at is its goal, not a happening told."""
    prep = v.head
    return v.dep_ == "pcomp" and prep.lower_ == "at" and prep.head.lemma_.lower() in AIMING_VERBS


# Verbs whose "at" tells a goal ("aimed at seizing", "targeted at freeing").
AIMING_VERBS = frozenset({"aim", "target", "directed"})


@UNREAL_RULES.rule('"They drove through the market and shot people," a vendor said.')
def _unreal_quoted_characterisation(v: Token) -> bool:
    """ "he went from house to house and killed people", "the cowards murdered mothers", said in a quote by an
    unnamed doer (a pronoun or a description) of a kind of victim (a bare plural, no count, no name): a speaker's
    account of what a deed was like, not a report of a happening of its own."""
    if v.pos_ != "VERB" or v.i not in quoted_tokens(v.doc):
        return False
    if VERB_TRIGGERS.get(v.lemma_.lower(), NO_TRIGGER).type not in QUOTED_KIND_TYPES:
        return False
    victims = [c for c in v.children if c.dep_ == "dobj"]
    if not victims or not all(_bare_plural(c) and not c.ent_type_ and c.pos_ == "NOUN" for c in victims):
        return False
    return not _named_party(_shared_subject(v))


def _shared_subject(v: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it is joined to or completes ("went ... and killed",
    "came to kill")."""
    current = v
    for _ in range(4):
        subject = next((c for c in current.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None or current.dep_ not in ("conj", "xcomp", "advcl") or current.head.i == current.i:
            return subject
        current = current.head
    return None


def _named_party(subject: Token | None) -> bool:
    """Whether a subject names its party (an entity or a proper noun among its words), not a pronoun or a
    description ("he", "the attackers")."""
    if subject is None or subject.pos_ == "PRON":
        return False
    words = [t for t in subject.subtree if t.i <= subject.i]
    return any(t.ent_type_ in ACTOR_LABELS or t.pos_ == "PROPN" for t in words)


# Types of the deeds a speaker may tell as a kind ("killed people") rather than as a happening.
QUOTED_KIND_TYPES = frozenset({"kill", "attack", "abduct"})


def _is_unreal(token: Token) -> bool:
    """Negated, conditional, attempted, or the content of a plan: not an event that happened or is planned."""
    if any(rule.find(verb) for verb in _clause_chain(token) for rule in UNREAL_RULES):
        return True
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
            # "the plan that Biden unveiled", "a UN-brokered truce" are the plan being made, not its content.
            return child is not token or child.dep_ not in ("relcl", "acl", "amod")
        if ancestor.lemma_.lower() in UNREAL_CONTENT_VERBS and child.dep_ not in SUBJECT_DEPS:
            return True  # what a plan includes; not "the prisoners freed by X included Y", told of its subject
        if ancestor.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in ancestor.children):
            return False
        child = ancestor
    return False


# Marks on a verb of the trigger's clause chain that make it planned (each example's event is planned).
PLANNED_RULES = RuleTable()


@PLANNED_RULES.rule("Blinken will visit Cairo.", type="visit", planned=True)
def _planned_future_aux(v: Token) -> Any:
    return any(c.dep_ == "aux" and c.lower_ in PLANNED_AUX for c in v.children)


@PLANNED_RULES.rule("Blinken is expected to visit Cairo.", type="visit", planned=True)
def _planned_plan_verb(v: Token) -> Any:
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in PLAN_VERBS


@PLANNED_RULES.rule("Blinken is to meet Sisi.", type="meet", planned=True)
def _planned_be_to(v: Token) -> Any:
    return v.dep_ == "xcomp" and v.head.lemma_.lower() == "be" and any(c.tag_ == "TO" for c in v.children)


@PLANNED_RULES.rule("Ministry says Nigeria to host regional summit on Friday", type="meet", planned=True)
def _planned_headline_infinitive(v: Token) -> Any:
    return any(c.tag_ == "TO" and c.dep_ == "aux" for c in v.children) and any(c.dep_ == "nsubj" for c in v.children)


@PLANNED_RULES.rule("Blinken is due in Cairo next week to meet Sisi.", type="meet", planned=True)
def _planned_due_somewhere(v: Token) -> Any:
    """ "is due in Muscat next week to meet X": what one is due somewhere to do is ahead."""
    purpose = v.dep_ in ("advcl", "xcomp") and any(c.tag_ == "TO" for c in v.children)
    return (
        purpose
        and v.head.lemma_.lower() == "be"
        and any(c.dep_ == "acomp" and c.lemma_.lower() in PLAN_VERBS for c in v.head.children)
    )


@PLANNED_RULES.rule("Blinken plans to visit Cairo.", type="visit", planned=True)
def _planned_plan_verb_head(v: Token) -> Any:
    return v.lemma_.lower() in PLAN_VERBS and any(c.dep_ == "xcomp" for c in v.children)


@PLANNED_RULES.rule("The rebels are preparing an assault on Moka.", type="attack", planned=True)
def _planned_prepared_noun(v: Token) -> Any:
    """ "are preparing an assault", "is planning a visit": an event noun that is being readied is ahead."""
    readying = v.lemma_.lower() in READYING_VERBS and v.tag_ in ("VBG", "VB", "VBZ", "VBP")
    return readying and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in v.children)


@PLANNED_RULES.rule("The minister flies to Lima on Thursday.", type="visit", planned=True)
def _planned_present_with_day(v: Token) -> Any:
    """ "the minister flies to Lima on Thursday", "Ruto meets Kagame on Friday": a trip or a meeting told in the
    simple present with its day is a schedule, ahead (a report tells what happened in the past tense)."""
    if v.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    if VERB_TRIGGERS.get(v.lemma_.lower(), NO_TRIGGER).type not in SCHEDULED_TYPES:
        return False
    days = [o for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    days += [c for c in v.children if c.dep_ == "npadvmod"]
    return any(d.lower_ in WEEKDAYS or d.lower_ == "tomorrow" for d in days)


# Types a simple present with its day schedules ("flies to Lima on Thursday", "meets X on Friday").
SCHEDULED_TYPES = frozenset({"visit", "meet", "negotiate"})


# Verbs by which an event noun, their object, is readied for later ("preparing an offensive", "plans a visit").
READYING_VERBS = frozenset({"prepare", "plan", "plot"})


def _planned_adjective(modifier: Token) -> bool:
    """ "the upcoming meeting", "a planned offensive": an adjective that puts the event ahead; not one that says
    how it was prepared, with an adverb or a hyphenated prefix ("a well-planned ambush", "a carefully planned
    attack", "a pre-planned assault", "the long-expected offensive")."""
    if modifier.dep_ != "amod" or modifier.lower_ not in PLANNED_ADJECTIVES:
        return False
    prepared = any(c.dep_ == "advmod" for c in modifier.children)
    return not prepared and not (modifier.i > 0 and modifier.doc[modifier.i - 1].text in HYPHENS)


def _carried_out(noun: Token) -> bool:
    """ "staged a planned attack", "the planned offensive began": an event noun that a past verb of carrying out
    or beginning tells as done."""
    verb = noun.head
    done = noun.dep_ in ("dobj", "nsubj") and verb.tag_ == "VBD" and verb.lemma_.lower() in CARRYING_OUT_VERBS
    return done and not any(c.dep_ == "aux" and c.lower_ in PLANNED_AUX for c in verb.children)


# Hyphens that join a prefix to an adjective ("well-planned").
HYPHENS = {"-", "\u2010", "\u2011"}


def _scheduled_by(token: Token) -> Token | None:
    """The participle that schedules an event noun ("a meeting slated for Thursday", "talks set for May")."""
    return next((c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in PLAN_VERBS), None)


def _planned_as_subject(noun: Token) -> bool:
    """ "a third round of talks is planned", "the summit is scheduled for May": a session that is the passive
    subject of a verb of planning is ahead."""
    session = _session_of(noun)  # "a round of talks"
    verb = session.head
    if session.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lemma_.lower() in PLAN_VERBS for c in verb.children):
        return True  # "the next round of talks is due to take place in Lome"
    return session.dep_ == "nsubjpass" and verb.lemma_.lower() in PLAN_VERBS and verb.tag_ == "VBN"


def _said_to_happen(noun: Token) -> bool:
    """ "talks will begin", "the summit will take place", "a meeting will be held": an event noun whose own verb
    says it happens."""
    session = _session_of(noun)  # "the first round of talks will be held"
    verb = session.head.lemma_.lower()
    happens = session.dep_ == "nsubj" and verb in HAPPENING_VERBS | SESSION_COURSE_VERBS
    return noun.pos_ == "NOUN" and (happens or (session.dep_ == "nsubjpass" and verb in HOLDING_VERBS))


def trip_talks_are_for(token: Token) -> Token | None:
    """ "arrived in Kessa for talks with X", "flew to Kessa to hold talks", "travelled to Rilo to meet X": the verb
    of the trip that talks are the purpose of (ahead of the arrival told), or None."""
    table = NOUN_TRIGGERS if token.pos_ == "NOUN" else VERB_TRIGGERS
    if table.get(token.lemma_.lower(), NO_TRIGGER).type not in TALK_TYPES:
        return None
    if token.dep_ == "pobj" and token.head.lower_ == "for":
        trip = token.head.head  # "arrived for talks"
    else:
        verb = token.head if token.dep_ == "dobj" else token  # "to hold talks", "to meet X"
        purpose = verb.dep_ in ("advcl", "xcomp") and any(c.tag_ == "TO" for c in verb.children)
        trip = verb.head if purpose else token
    return trip if trip.lemma_.lower() in TRIP_VERBS and trip.i != token.i else None


# Types of talks a trip is made for, and the verbs of such a trip ("arrived for talks", "flew in to meet X").
TALK_TYPES = frozenset({"meet", "negotiate"})
TRIP_VERBS = frozenset({"arrive", "travel", "fly", "head", "come", "go", "land", "journey", "return"})


def _is_planned(token: Token) -> bool:
    """Future or scheduled: will/would, expected/due/scheduled to, an upcoming meeting."""
    if trip_talks_are_for(token) is not None:
        return True  # "arrived in Kessa on Monday for talks with X"
    if any(_planned_adjective(c) for c in token.children) and token.pos_ == "NOUN" and not _carried_out(token):
        return True  # "the upcoming meeting with Sisi"
    if token.pos_ == "NOUN" and _scheduled_by(token) is not None:
        return True  # "a meeting with X slated for Thursday"
    if token.pos_ == "NOUN" and _planned_as_subject(token):
        return True  # "a third round of talks is planned in Doha"
    chain = _clause_chain(token)
    if _said_to_happen(token):
        chain = chain + _clause_chain(token.head)  # "talks will begin in Kessa next week": the verb's tense is its
    if token.lemma_.lower() in PLAN_VERBS and token.tag_ == "VBD":
        chain = chain[1:]  # "X and Y agreed to restore ties": the agreeing, an event itself, has happened
    return any(rule.find(verb) for verb in chain if verb.pos_ in ("VERB", "AUX", "ADJ") for rule in PLANNED_RULES)


def _decided_on_past_date(token: Token, date_anchor: Token | None) -> bool:
    """ "X and Y agreed on Nov 7 to resume talks": the date hangs on a plan verb in the past tense that the
    trigger is the complement of; it dates the decision, which has happened, so it resolves to the past. So does
    a past trip's date for the talks it was made for ("arrived on Monday for talks")."""
    if date_anchor is None or date_anchor.tag_ != "VBD" or date_anchor.lemma_.lower() not in PLAN_VERBS | TRIP_VERBS:
        return False
    if date_anchor.lemma_.lower() in TRIP_VERBS:
        return trip_talks_are_for(token) is not None
    return any(verb.i == date_anchor.i for verb in _clause_chain(token)[1:])


def _agreement_is_negotiation(token: Token, etype: str) -> bool:
    """ "agreed to resume talks": a negotiate trigger under a past "agree" is the agreement reached, a
    negotiation that happened, not a planned one."""
    return etype == "negotiate" and any(
        v.lemma_.lower() == "agree" and v.tag_ == "VBD" for v in _clause_chain(token)[1:]
    )
