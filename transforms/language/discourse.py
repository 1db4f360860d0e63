"""Discourse over a parsed Doc, shared by every extractor: which entity a token belongs to, which tokens
stand inside quotation marks or the dateline, the sentences before a token, and what a pronoun or a
definite noun refers back to.

Window policy (one for every extractor). A reference looks back through the sentence it stands in, up
to itself, and then through at most `window` whole sentences before that one, nearest sentence first.
Inside one sentence the candidates the caller prefers (usually subjects) come first, then the others;
among equals the nearest wins. The first sentence that holds any fitting candidate decides: a fitting
name in a nearer sentence beats a preferred one further back. Each caller names its window in
WINDOWS, so the distances are all read in one place.

Values computed once per Doc are cached in `doc.user_data` under "newsfacts.*" keys, which
`newsfacts.transforms.spans.release` drops when the extractors are done with the Doc.
"""

from __future__ import annotations

import bisect
import heapq
import logging
from dataclasses import dataclass, field
from typing import Callable, Collection, Iterator, TypeVar

from spacy.tokens import Doc, Span, Token

from newsfacts.transforms.cleaning import dateline_places, dateline_span
from newsfacts.transforms.language.lexicon import (
    ACTOR_LABELS,
    BODY_KINDS,
    CREDIT_PREPOSITIONS,
    FINITE_TAGS,
    GROUP_NOUNS,
    INSTITUTION_NOUNS,
    ISSUE_NOUNS,
    NAME_GIVING_VERBS,
    PLACE_LABELS,
    PLATFORM_NAMES,
    PUBLICATION_NOUNS,
    SUBJECT_DEPS,
)
from newsfacts.transforms.spans import CACHE_PREFIX, doc_text

logger = logging.getLogger(__name__)
T = TypeVar("T")

# Sentences before its own that a reference may reach back over (see the window policy above).
WINDOWS = {
    "speaker_person": 8,  # claims: "he said" after the person was named, quotes often run for paragraphs
    "speaker_group": 2,  # claims: "it"/"they" said: something just mentioned
    "event_pronoun": 3,  # events: a pronoun actor ("he met", "its forces")
    "event_group": 5,  # events: "the group struck": quoted sentences between it and its name are common
    "figure_source": 4,  # figures: "it said" after the one who last reported something
    "figure_context": 2,  # figures: the sentences that say whether a count is of hostages or prisoners
    "document_issuer": 4,  # claims and figures: "the statement said" after "X said in a statement"
}

# Nouns of what a thing follows rather than who reported it ("per the agreement", "per the terms of the deal");
# any other noun made one body or document by "the" or a possessive reports ("per the health ministry", "per the
# Reuters tally"); a bare singular noun is a rate ("per person").
RULE_NOUNS = frozenset(
    {"agreement", "deal", "plan", "law", "rule", "term", "contract", "schedule", "protocol", "custom", "tradition"}
    | {"request", "order", "instruction", "guideline", "regulation", "procedure", "policy", "usual", "norm"}
)
# Plural nouns that report without a determiner ("per officials", "per witnesses").
PLURAL_REPORTERS = frozenset({"official", "authority", "witness", "resident", "medic", "source", "rescuer"})

# Double quotation marks. A curly mark whose neighbours say the opposite of its shape is read by its
# neighbours (a typed \u201cA,\u201c closes at the second mark).
OPEN_QUOTES = frozenset("\u201c\u201e\u00ab")
CLOSE_QUOTES = frozenset("\u201d\u00bb")
EITHER_QUOTES = frozenset('"\u201f\u2033')
QUOTE_MARKS = OPEN_QUOTES | CLOSE_QUOTES | EITHER_QUOTES
# Single quotation marks double as apostrophes ("farmers' union", "Kyiv\u2019s"), so they pair only outside
# double quotes, open only before a word at the start of a word, and close only after , . ! ? or before
# punctuation or the end: "'We will hold,' the governor said."
SINGLE_QUOTES = frozenset("'\u2018\u2019")
SINGLE_OPEN = frozenset("'\u2018")
SINGLE_CLOSE = frozenset("'\u2019")
_CLOSE_BEFORE = frozenset(",.!?")
_CLOSE_AFTER = frozenset(",.;:!?)\n")
# The marks that end a quoted paragraph whose closing quotation mark is left off.
SENTENCE_STOPS = frozenset({".", "!", "?"})

# Parts of speech of a speaker phrase written between a comma and its reporting verb.
CREDIT_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "ADP", "PART", "NUM"})
# Verbs that pass on someone's words "as saying": "quoted a commander as saying that ...".
QUOTING_VERBS = frozenset({"quote", "cite"})
# Entity labels that make a modifier a name ("the Israeli military", "Lebanon's health ministry").
MODIFIER_NAME_LABELS = ACTOR_LABELS | PLACE_LABELS

_SENT_TOKEN_STARTS = CACHE_PREFIX + "sent_token_starts"
_QUOTATIONS = CACHE_PREFIX + "quotations"
_QUOTED = CACHE_PREFIX + "quoted"
_MARKS = CACHE_PREFIX + "quote_marks"
_DATELINE = CACHE_PREFIX + "dateline"
_UNSPOKEN = CACHE_PREFIX + "quoted_or_dateline"
_DATELINE_SPAN = CACHE_PREFIX + "dateline_span"
_DATELINE_PLACES = CACHE_PREFIX + "dateline_places"


# --- entities ------------------------------------------------------------------------------


def titled_name(tok: Token, titles: Collection[str], roles: Collection[str]) -> bool:
    """Whether a proper noun the model gave no label is a person's name by the words around it: a rank or
    title before it ("Col Deo Kanyike") or a person's role in apposition ("Kanyike, the army spokesperson").
    `titles` are compared without their dot, `roles` by lemma."""
    if tok.pos_ != "PROPN" or tok.ent_type_:
        return False
    return any(
        (c.dep_ == "compound" and c.i < tok.i and c.lower_.rstrip(".") in titles)
        or (c.dep_ == "appos" and c.lemma_.lower() in roles)
        for c in tok.children
    )


def owned_by(owner: str, rest: str, plural: bool) -> str:
    """ "his office" written with who "his" stands for: "the minister's office", "the rebels' commander"."""
    return f"{owner}' {rest}" if plural and owner.endswith("s") and not owner.endswith("ss") else f"{owner}'s {rest}"


def pobj(prep: Token | None) -> Token | None:
    """The object of a preposition ("to" -> "Reuters" in "according to Reuters"), or None."""
    return None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)


def self_given_name(tok: Token) -> Span | None:
    """The name a described speaker gives in a relative clause after it ("a health official who identified
    himself as Dr Omar", "a nurse who gave her name as Lina Haddad"), else None."""
    for clause in tok.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in NAME_GIVING_VERBS:
            continue
        for node in (clause, *clause.children):
            named = pobj(next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "as"), None))
            if named is not None and named.pos_ == "PROPN":
                ent = entity_of(named)
                if ent is not None and ent.label_ == "PERSON":
                    return ent
                return tok.doc[named.left_edge.i : named.i + 1]
    return None


def as_credit(token: Token, verbs: Collection[str]) -> tuple[Token, Token] | None:
    """(participle, source) of the "as reported by X" that `token` opens, where the participle's lemma is one of
    `verbs`; None for any other token ("as expected", "as the army said")."""
    if token.lower_ != "as" or token.dep_ != "mark" or token.head.tag_ != "VBN":
        return None
    verb = token.head
    if verb.lemma_.lower() not in verbs:
        return None
    source = pobj(next((c for c in verb.children if c.dep_ == "agent"), None))
    return (verb, source) if source is not None else None


def preposition_credit(token: Token) -> Token | None:
    """The source of the credit preposition `token` opens after a comma or at the start of its sentence ("...,
    per the disaster agency", "Per Reuters, ..."), where its object names who could report; None for a rate
    ("five per day", "per 100,000 people") or anything else."""
    if token.lower_ not in CREDIT_PREPOSITIONS or token.dep_ != "prep":
        return None
    doc = token.doc
    opener = token.i - 1 if token.i > token.sent.start and doc[token.i - 1].lower_ == "as" else token.i  # "as per X"
    if not (opener == token.sent.start or doc[opener - 1].text in (",", "(", "\u2014", "\u2013", "-")):
        return None
    source = pobj(token)
    if source is None or source.like_num or any(c.like_num for c in source.children):
        return None
    named = source.pos_ == "PROPN" or source.ent_type_ in ACTOR_LABELS
    # "per the coast guard", "per the Reuters tally": a body or document made definite; "per the terms of the
    # deal" follows a rule, and says who reported nothing
    lemma = source.lemma_.lower()
    reporting = lemma not in RULE_NOUNS and any(
        (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in source.children
    )
    plural = source.tag_ == "NNS" and source.lemma_.lower() in PLURAL_REPORTERS
    return source if named or reporting or plural else None


def entity_of(token: Token) -> Span | None:
    """The named entity a token is part of, else None (walked from IOB tags: `doc.ents` is rebuilt on
    each access)."""
    if token.ent_iob_ == "O" or not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def entity_root(token: Token) -> Token:
    """The head of a token's entity (the token itself outside any entity)."""
    ent = entity_of(token)
    return ent.root if ent is not None else token


# --- sentences -----------------------------------------------------------------------------


def _sentence_starts(doc: Doc) -> list[int]:
    """Token index of the first token of every sentence, once per Doc."""
    starts = doc.user_data.get(_SENT_TOKEN_STARTS)
    if starts is None:
        starts = doc.user_data[_SENT_TOKEN_STARTS] = [s.start for s in doc.sents]
    return starts


def window_start(token: Token, window: int) -> int:
    """Token index where the sentence `window` sentences before `token`'s own begins (0 at the start)."""
    starts = _sentence_starts(token.doc)
    here = bisect.bisect_right(starts, token.i) - 1
    return starts[max(here - window, 0)]


def sentences_back(token: Token, window: int) -> Iterator[Span]:
    """`token`'s sentence up to the token, then up to `window` whole sentences before it, nearest first."""
    doc = token.doc
    starts = _sentence_starts(doc)
    here = bisect.bisect_right(starts, token.i) - 1
    yield doc[starts[here] : token.i]
    for n in range(here - 1, max(here - window, 0) - 1, -1):
        yield doc[starts[n] : starts[n + 1]]


def closing_credit_subject(pronoun: Token) -> Token | None:
    """ "Police found the bodies, he said, adding that ..., police chief Ola Dorn told AFP": the one person that a
    credit closing the pronoun's sentence, outside quotes, names (the "he" is that person), or None."""
    if pronoun.lower_ not in CATAPHORIC_PRONOUNS:
        return None
    quoted = quoted_tokens(pronoun.doc)
    credits = [
        c
        for t in pronoun.sent
        if t.i > pronoun.i and t.i not in quoted and t.pos_ == "VERB" and t.lemma_.lower() in CLOSING_CREDIT_VERBS
        for c in t.children
        if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"
    ]
    return credits[0] if len(credits) == 1 else None


# Pronouns a sentence's closing credit may name, and the verbs of that credit.
CATAPHORIC_PRONOUNS = frozenset({"he", "she"})
CLOSING_CREDIT_VERBS = frozenset({"say", "tell"})


def sentences_apart(earlier: Token, later: Token) -> int:
    """How many sentences the later token's stands after the earlier one's (0: the same sentence)."""
    starts = _sentence_starts(later.doc)
    return bisect.bisect_right(starts, later.i) - bisect.bisect_right(starts, earlier.i)


def same_or_previous_sentence(earlier: Token, later: Token) -> bool:
    """Whether a token stands in the sentence of a later one or in the sentence just before it."""
    starts = _sentence_starts(later.doc)
    here = bisect.bisect_right(starts, later.i) - 1
    there = bisect.bisect_right(starts, earlier.i) - 1
    return there in (here, here - 1)


# --- antecedents ---------------------------------------------------------------------------


def antecedent(
    pronoun: Token, fits: Callable[[Token], T | None], window: int, prefer: Callable[[T], bool] | None = None
) -> T | None:
    """What `pronoun` refers back to, by the module's window policy.

    `fits(token)` returns the referent a token before the pronoun would give (a name, a span), or None
    when it does not fit; `prefer(referent)` ranks referents inside one sentence (e.g. subjects first).
    """
    for sent in sentences_back(pronoun, window):
        found = [r for r in (fits(t) for t in reversed(sent)) if r is not None]
        if found:
            if prefer is not None:
                return next((r for r in found if prefer(r)), found[0])
            return found[0]
    return None


def named_institution(tok: Token, window: int, alone: bool = False) -> Token | None:
    """The noun that names the body a bare "the army", "the clinic" stands for: the nearest one before it,
    outside quotes and the dateline, written with a fitting noun (INSTITUTION_NOUNS) and a name ("the
    Israeli military", "the Red Crescent clinic", "the Sudanese Doctors Network"); None if there is none.
    `alone` passes over a body named in a list with others ("the Chadian Army, police and the gendarmerie")."""
    nouns = INSTITUTION_NOUNS.get(tok.lemma_.lower())
    if nouns is None:
        return None
    skip = quoted_or_dateline_tokens(tok.doc)

    def fits(cand: Token) -> Token | None:
        if cand.i in skip or cand.pos_ not in {"NOUN", "PROPN"}:
            return None
        if cand.lemma_.lower() not in nouns and cand.lower_ not in nouns:
            return None
        if alone and (cand.dep_ == "conj" or any(c.dep_ == "conj" for c in cand.children)):
            return None
        if cand.dep_ in {"compound", "nmod"} and cand.head.lemma_.lower() in GROUP_NOUNS:
            return None  # "the X People's Army rebels": an armed group's name, not the state's forces
        # "the Israeli military", "the Saudi-led coalition" (the name inside the modifier)
        named = any(
            c.dep_ in {"amod", "compound", "poss"}
            and any(g.ent_type_ in MODIFIER_NAME_LABELS or g.pos_ == "PROPN" for g in c.subtree)
            for c in cand.children
        )
        return cand if named else None

    return antecedent(tok, fits, window)


def place_of_office(owner: Token, office: Token) -> Span | None:
    """ "Eight drones were downed over the region of Kessaro, its governor said": whose governor or mayor "its"
    stands for, the last place named before it in its sentence (not a body told before it)."""
    if owner.lower_ != "its" or office.lemma_.lower() not in PLACE_OFFICE_NOUNS:
        return None
    places = [e for e in owner.sent.ents if e.label_ in PLACE_LABELS and e.end <= owner.i]
    return places[-1] if places else None


# Offices held over a place, whose "its" stands for the place named before ("its governor", "its mayor").
PLACE_OFFICE_NOUNS = frozenset({"governor", "mayor"})


# Labels the small model gives a body's name that holds its kind's noun ("the Coastal Observatory for Civil Rights"
# read as a facility or a person): the noun makes it a body, not a place.
BODY_NAME_LABELS = frozenset({"ORG", "FAC", "PERSON", "WORK_OF_ART"})


def named_body(tok: Token, window: int) -> Token | None:
    """The name a bare descriptor ("the monitor", "the news agency") stands for: the nearest one before it,
    outside quotes and the dateline, written with a noun of the same kind (BODY_KINDS) beside it ("Harbor Watch,
    a monitor based in London", "media outlet Steppe News") or inside it ("the Coastal Observatory for ...", "the
    Unsmil mission"); None if there is none."""
    kind = BODY_KINDS.get(tok.lemma_.lower())
    if kind is None:
        return None
    skip = quoted_or_dateline_tokens(tok.doc)

    def fits(cand: Token) -> Token | None:
        if cand.i in skip or cand.i >= tok.i or BODY_KINDS.get(cand.lemma_.lower()) != kind:
            return None
        head = cand.head
        if cand.pos_ == "NOUN" and head.pos_ == "PROPN" and head.ent_type_ not in PLACE_LABELS:
            if cand.dep_ == "appos" or (cand.dep_ == "compound" and head.i > cand.i):
                return head  # "Harbor Watch, a monitor, ...", "media outlet Steppe News"
        if cand.pos_ == "PROPN" and cand.ent_type_ in BODY_NAME_LABELS:
            return cand  # "the Coastal Observatory for Civil Rights", whatever the small model read it as
        named = cand.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in cand.children)
        return cand if named else None  # "the Unsmil mission", "the Kosovo mission"

    return antecedent(tok, fits, window)


def is_described_body(tok: Token, trimmed: Collection[str] = ()) -> bool:
    """ "the monitor", "the news agency": "the", a body's noun and common words that say what kind it is, nothing
    that names it (dependencies in `trimmed`, such as a relative clause, are not part of the phrase)."""
    return any(c.lower_ == "the" for c in tok.children) and all(
        (c.dep_ in {"det", "amod", "compound"} and c.ent_type_ == "" and c.pos_ != "PROPN") or c.dep_ in trimmed
        for c in tok.children
    )


def body_told_of(doc_noun: Token) -> Token | None:
    """Whose a document with no issuer is: the body that is the doer of what it says ("The bloc imposed new
    sanctions, a statement said": the bloc's), when the clause it reports has a named organisation for subject."""
    verb = doc_noun.head
    if doc_noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None and verb.dep_ in {"ccomp", "parataxis"} and verb.head.i < verb.i:
        clause = verb.head  # "X did Y, a statement said": the parser hangs the credit on the clause
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    return subject if subject is not None and subject.ent_type_ == "ORG" and subject.pos_ == "PROPN" else None


def institution_of_document(doc_noun: Token, window: int) -> Token | None:
    """The body "a military statement", "an army communique" is from: the one its institution word stands for,
    named before on its own ("the Lebanese Army"; a list of bodies puts out no one statement); None if the
    document has no such word or no such body was named."""
    word = next(
        (c for c in doc_noun.children if c.dep_ == "amod" and c.i < doc_noun.i and c.lower_ in INSTITUTION_NOUNS),
        None,
    )
    return named_institution(word, window, alone=True) if word is not None else None


def quoted_as_saying(verb: Token) -> Token | None:
    """Who speaks in "Radio X quoted a commander as saying that ...": the one quoted (the object of
    "quoted", "cited", or its subject in the passive "the commander is quoted as telling ...", "was quoted
    saying ..."), for the participle "saying"; else None."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in QUOTING_VERBS:
        quoting = verb.head.head
        quoted = next((c for c in quoting.children if c.dep_ == "dobj"), None)
        return quoted or next((c for c in quoting.children if c.dep_ == "nsubjpass"), None)
    if verb.tag_ == "VBG" and verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in QUOTING_VERBS:
        return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)  # "X was quoted saying"
    return None


def quoting_verb(verb: Token) -> Token | None:
    """The "quoted" of "AFP quoted an official as saying" for its participle "saying", else None: a statement
    before it that "saying" closes is credited through the quoting verb, the clause the parser hangs on it."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in QUOTING_VERBS:
        return verb.head.head
    if verb.tag_ == "VBG" and verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in QUOTING_VERBS:
        return verb.head
    return None


def credit_phrase(verb: Token) -> Span | None:
    """The noun phrase between the last comma and a reporting verb that closes a statement ("..., police and
    residents said", "..., the Karvo Monitor for Human Rights said"), whatever the parser hung it on; None
    when other words stand there."""
    doc, start = verb.doc, verb.i
    while start > verb.sent.start and _credit_pos(doc[start - 1]) in CREDIT_PHRASE_POS:
        start -= 1
    if start == verb.i and verb.i > 0 and doc[verb.i - 1].text == ",":
        return _role_then_name_credit(verb)
    if start == verb.i or start == verb.sent.start or doc[start - 1].text != ",":
        return _described_credit(verb)
    if doc[verb.i - 1].pos_ not in {"NOUN", "PROPN"}:
        return None
    return doc[start : verb.i]


def _role_then_name_credit(verb: Token) -> Span | None:
    """ "..., the governor of Balkh, Ali Khan, said": a role and the name after it, each set off by commas,
    right before a reporting verb; the span from the role to the name, else None."""
    doc, sent = verb.doc, verb.sent
    end = verb.i - 1  # the comma after the name
    start = end
    while start > sent.start and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].tag_ == "HYPH"):
        start -= 1
    if start == end or start - 1 <= sent.start or doc[start - 1].text != ",":
        return None
    if not all(t.ent_type_ in {"", "PERSON"} for t in doc[start:end]):
        return None  # "in Kabul, Afghanistan, said": a place, not a person
    role = start - 1
    while role > sent.start and _credit_pos(doc[role - 1]) in CREDIT_PHRASE_POS:
        role -= 1
    phrase = doc[role : start - 1]
    if role == sent.start or doc[role - 1].text != "," or not any(t.pos_ == "NOUN" for t in phrase):
        return None
    return doc[role:end]


def name_then_role_credit(verb: Token) -> Span | None:
    """ "..., Ana Vidal, the county's mayor, pledged": a name and the role after it, each set off by commas,
    right before a reporting verb; the span from the name to the role, else None."""
    doc, sent = verb.doc, verb.sent
    end = verb.i - 1  # the comma after the role
    if end <= sent.start or doc[end].text != ",":
        return None
    role = end
    while role > sent.start and _credit_pos(doc[role - 1]) in CREDIT_PHRASE_POS:
        role -= 1
    if role == end or role - 1 <= sent.start or doc[role - 1].text != ",":
        return None
    if not any(t.pos_ == "NOUN" for t in doc[role:end]) or doc[end - 1].pos_ not in {"NOUN", "PROPN"}:
        return None
    name = name_before_role(doc[role:end])
    return doc[name.start : end] if name is not None else None


def name_after_role(phrase: Span) -> Span | None:
    """The proper name after a comma that closes a credit phrase ("the governor of Balkh, Ali Khan"), else None."""
    doc = phrase.doc
    start = phrase.end
    while start > phrase.start and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].tag_ == "HYPH"):
        start -= 1
    if start in (phrase.end, phrase.start) or doc[start - 1].text != ",":
        return None
    return doc[start : phrase.end]


def _described_credit(verb: Token) -> Span | None:
    """ "..., two officers who asked not to be named told Reuters": a credit phrase whose subject a relative
    clause describes, right before the verb, after the last comma; None otherwise."""
    doc = verb.doc
    if verb.i == 0:
        return None
    clause = next((a for a in (doc[verb.i - 1], *doc[verb.i - 1].ancestors) if a.dep_ == "relcl"), None)
    if clause is None or clause.i < clause.head.i:
        return None
    subject = clause.head
    if subject.pos_ not in {"NOUN", "PROPN"} or subject.right_edge.i != verb.i - 1:
        return None
    start = min(t.i for t in subject.subtree)
    phrase = doc[start : verb.i]
    if start <= verb.sent.start or doc[start - 1].text != ",":
        return None
    if any(t.is_punct and t.tag_ != "HYPH" for t in phrase):
        return None
    return doc[start : clause.left_edge.i]  # the credit without its description


def is_name_word(tok: Token) -> bool:
    """A proper name, or a noun with a proper name before it ("Kalo TV", where "TV" is tagged a noun)."""
    return tok.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def named_subject(subjects: list[Token]) -> Token | None:
    """The first subject; of a descriptor and a name the parser made two subjects ("the private broadcaster
    Kalo TV said", "deputy commissioner of bordering Lamu Karim Haddad told"), the name."""
    names = [t for t in subjects if is_name_word(t)]
    return names[-1] if len(subjects) > 1 and names else next(iter(subjects), None)


def stray_appositive_subject(verb: Token) -> Token | None:
    """ "Nine died at the Central Clinic, its director Dr Omar Sall told AFP": a name right before a past-tense
    verb with no subject, that the parser hung on the noun before it as an appositive, is the verb's subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 and verb.tag_ == "VBD" else None
    if before is None or before.dep_ != "appos" or before.pos_ != "PROPN" or before.head.i > before.i:
        return None
    return before


def subject_hung_on_an_opener(verb: Token) -> Token | None:
    """ "Earlier, Ivo Sand, a spokesman for the clinic, put the toll at 83": a finite verb with no subject, whose
    sentence opens with an adverb and a comma, takes the name the parser hung on that adverb as its subject."""
    if verb.tag_ not in FINITE_TAGS or any(c.dep_ in SUBJECT_DEPS | {"expl"} for c in verb.children):
        return None
    for tok in verb.doc[verb.sent.start : verb.i]:
        opener = tok.head
        if (
            tok.dep_ == "npadvmod"
            and tok.pos_ in {"PROPN", "NOUN"}
            and opener.pos_ == "ADV"
            and opener.head.i == verb.i
            and tok.left_edge.i > 0
            and verb.doc[tok.left_edge.i - 1].text == ","
        ):
            return tok
    return None


def _credit_pos(tok: Token) -> str:
    """The part of speech of a token in a credit phrase; a hyphen inside a name counts as part of it."""
    return "PROPN" if tok.tag_ == "HYPH" else tok.pos_


# --- quotations ----------------------------------------------------------------------------


@dataclass
class Quote:
    """A stretch of text between a pair of double quotation marks (possibly over paragraphs)."""

    open: int  # token index of the opening mark
    close: int  # token index of the closing mark
    holes: list[int] = field(default_factory=list)  # paragraph-continuation marks inside


def quotations(doc: Doc) -> tuple[Quote, ...]:
    """Pairs of double quotation marks in text order, once per Doc; an unpaired mark is logged and
    skipped, never fatal (one bad mark must not cost the article its other quotes)."""
    quotes = doc.user_data.get(_QUOTATIONS)
    if quotes is None:
        double = list(_pair_marks(doc))
        single = _pair_single_marks(doc, double)
        quotes = doc.user_data[_QUOTATIONS] = tuple(heapq.merge(double, single, key=lambda q: q.open))
    return quotes


def is_quote_mark(tok: Token) -> bool:
    """Whether a token is a quotation mark: any double mark, or a single one that pairs as a quote."""
    if tok.text in QUOTE_MARKS:
        return True
    if tok.text not in SINGLE_QUOTES:
        return False
    marks = tok.doc.user_data.get(_MARKS)
    if marks is None:
        marks = tok.doc.user_data[_MARKS] = frozenset(i for q in quotations(tok.doc) for i in (q.open, q.close))
    return tok.i in marks


def quoted_apart(token: Token, verb: Token) -> bool:
    """Whether a token stands inside quotation marks that the verb stands outside of: no subject of that verb,
    whatever the parser says ('"Four dead, five of them seriously hurt," the ministry said': "five" is quoted)."""
    quoted = quoted_tokens(token.doc)
    return token.i in quoted and verb.i not in quoted


def quoted_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside quotation marks, the marks included, once per Doc."""
    quoted = doc.user_data.get(_QUOTED)
    if quoted is None:
        quoted = doc.user_data[_QUOTED] = frozenset(i for q in quotations(doc) for i in range(q.open, q.close + 1))
    return quoted


def _pair_marks(doc: Doc) -> Iterator[Quote]:
    """Walk the marks: an opening one starts a quote, a closing one ends it, a paragraph break unpairs."""
    current: Quote | None = None
    for tok in doc:
        reopened = tok.text in QUOTE_MARKS and is_open_mark(tok)
        if current is not None and starts_paragraph(tok) and (not reopened or _ends_at_stop(doc, current, tok)):
            closed = _closed_by_paragraph_end(doc, current, tok, reopened)
            if closed is not None:
                yield closed
            current = None
        if tok.text not in QUOTE_MARKS:
            continue
        if is_open_mark(tok):
            if current is None:
                current = Quote(tok.i, -1)
            elif starts_paragraph(tok):
                current.holes.append(tok.i)  # the quote goes on in a new paragraph, mid-sentence
            else:
                logger.warning("unclosed quotation mark at char %d; skipped", doc[current.open].idx)
                current = Quote(tok.i, -1)
        elif current is not None:
            current.close = tok.i
            yield current
            current = None
        else:
            logger.warning("closing quotation mark without an opening one at char %d; skipped", tok.idx)
    if current is not None:
        logger.warning("unclosed quotation mark at char %d; skipped", doc[current.open].idx)


def _closed_by_paragraph_end(doc: Doc, quote: Quote, next_paragraph: Token, reopened: bool) -> Quote | None:
    """A quote left open at its paragraph's full stop ends at the paragraph break when the next paragraph
    opens with a mark (news style leaves the closing mark off a quote that goes on over paragraphs, and each
    paragraph is a statement: '"Our teams drove them back.\n\n"Sadly, 9 were taken.'), or when it opens its
    own paragraph ('"Sadly, 9 were taken.\n\nThe police said...'). Any other unclosed quote is logged and
    skipped. The break (a space token) stands in for the closing mark."""
    opens_paragraph = quote.open == 0 or starts_paragraph(doc[quote.open])
    if (opens_paragraph or reopened) and _ends_at_stop(doc, quote, next_paragraph):
        quote.close = next_paragraph.i - 1
        return quote
    logger.warning("unclosed quotation mark at char %d; skipped", doc[quote.open].idx)
    return None


def _ends_at_stop(doc: Doc, quote: Quote, next_paragraph: Token) -> bool:
    """Whether the paragraph before `next_paragraph` ends in a full stop after the quote's opening mark."""
    brk = next_paragraph.i - 1
    return doc[brk].is_space and brk - 1 > quote.open and doc[brk - 1].text in SENTENCE_STOPS


def is_open_mark(tok: Token) -> bool:
    """Whether a quotation mark opens a quote: curly marks say so unless their neighbours plainly say the
    opposite (a word before and a space after closes, a space before and a word after opens); straight
    ones by their neighbours."""
    before, after = _neighbours(tok)
    opens_by_place = (before.isspace() or before in "([{\u2014-") and not after.isspace()
    closes_by_place = not before.isspace() and (after.isspace() or after in _CLOSE_AFTER)
    if tok.text in OPEN_QUOTES:
        return not closes_by_place
    if tok.text in CLOSE_QUOTES:
        return opens_by_place
    return opens_by_place


def _neighbours(tok: Token) -> tuple[str, str]:
    """The characters just before and just after a one-character token (a space at either end of the text)."""
    text = doc_text(tok.doc)
    before = text[tok.idx - 1] if tok.idx else " "
    after = text[tok.idx + 1] if tok.idx + 1 < len(text) else " "
    return before, after


def _pair_single_marks(doc: Doc, double: list[Quote]) -> list[Quote]:
    """Pairs of single quotation marks outside double quotes, in one walk; apostrophes never pair."""
    inside = [(q.open, q.close) for q in double]
    quotes, current, n = [], None, 0
    for tok in doc:
        while n < len(inside) and inside[n][1] < tok.i:
            n += 1
        if current is not None and starts_paragraph(tok):
            current = None  # a single quote never runs over a paragraph
        if tok.text not in SINGLE_QUOTES or (n < len(inside) and inside[n][0] <= tok.i):
            continue
        before, after = _neighbours(tok)
        if (
            current is not None
            and tok.text in SINGLE_CLOSE
            and not before.isspace()
            and (before in _CLOSE_BEFORE or after in _CLOSE_AFTER or tok.i + 1 == len(doc))
        ):
            current.close = tok.i
            quotes.append(current)
            current = None
        elif tok.text in SINGLE_OPEN and (before.isspace() or before in "([{\u2014-") and after.isalnum():
            current = Quote(tok.i, -1)
    return quotes


def starts_paragraph(tok: Token) -> bool:
    """Whether a token is the first of a paragraph (a line break before it)."""
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return "\n" in prev.whitespace_ + (prev.text if prev.is_space else "")


# --- dateline ------------------------------------------------------------------------------


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens of the story's dateline ("KYIV, March 3 (Reuters) -"), once per Doc."""
    dateline = doc.user_data.get(_DATELINE)
    if dateline is None:
        span = doc_dateline_span(doc)
        dateline = frozenset() if span is None else frozenset(t.i for t in doc if span[0] <= t.idx < span[1])
        doc.user_data[_DATELINE] = dateline
    return dateline


def doc_dateline_span(doc: Doc) -> tuple[int, int] | None:
    """Offsets of the story's dateline (`dateline_span` of its text), once per Doc: every mention asks."""
    if _DATELINE_SPAN not in doc.user_data:
        doc.user_data[_DATELINE_SPAN] = dateline_span(doc_text(doc))
    return doc.user_data[_DATELINE_SPAN]


def doc_dateline_places(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Offsets of the places the story's dateline names (`dateline_places` of its text), once per Doc."""
    places = doc.user_data.get(_DATELINE_PLACES)
    if places is None:
        places = doc.user_data[_DATELINE_PLACES] = tuple(dateline_places(doc_text(doc)))
    return places


def quoted_or_dateline_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside quotations or in the dateline, once per Doc: no speaker or antecedent is
    read there."""
    unspoken = doc.user_data.get(_UNSPOKEN)
    if unspoken is None:
        unspoken = doc.user_data[_UNSPOKEN] = quoted_tokens(doc) | dateline_tokens(doc)
    return unspoken


def publication_of(prep: Token) -> Token | None:
    """The publication an "in" phrase under a document names ("a report in the Daily Monitor", "in Monday's
    issue of the newssheet Semana"), else None ("a report in March")."""
    if prep.lower_ != "in":
        return None
    obj = pobj(prep)
    if obj is None or obj.ent_type_ in PLACE_LABELS | {"DATE", "TIME"}:
        return None  # "a report in Gaza", "a report in March"
    while obj is not None and obj.lemma_.lower() in ISSUE_NOUNS:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = pobj(of)
    if obj is None:
        return None
    if obj.lemma_.lower() in PUBLICATION_NOUNS:
        return next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), obj)
    return obj if obj.pos_ == "PROPN" else None


def name_before_role(phrase: Span) -> Span | None:
    """The proper name set off by commas just before a role credit ("..., Karim Haddad, a police chief
    said", "..., Noor-ul-Haq, an officer said"), else None."""
    doc = phrase.doc
    end = phrase.start - 1  # the comma between the name and the role
    start = end
    while start > phrase.sent.start and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == "-"):
        start -= 1
    name = doc[start:end]
    if not len(name) or doc[end].text != "," or doc[start - 1].text != "," or name[-1].pos_ != "PROPN":
        return None
    # a person's name, or one the tagger did not label; never "in Kabul, Afghanistan, police said"
    return name if all(t.ent_type_ in {"", "PERSON"} for t in name) else None


def is_title_descriptor(tok: Token, titles: Collection[str]) -> bool:
    """Whether a word describes someone rather than names them: a common noun ("the commissioner"), or a
    title written with a capital that the tagger took for a name ("North Kordofan's Aid Commissioner,
    Amal Haddad, said", "Deputy Foreign Minister, Lara Venn told"), outside any person's name."""
    if tok.pos_ == "NOUN" or _one_of(tok):
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and tok.lemma_.lower() in titles


def _one_of(tok: Token) -> bool:
    """ "One of the main critics of the regime, Ivan Petrov, said": "one of" a group describes whom the name
    after it names."""
    return tok.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1 for c in tok.children)


# Prepositions that name who put out a document ("a statement from the prosecutor", "a report by the UN").
ISSUER_PREPOSITIONS = frozenset({"from", "by", "of"})
# Verbs whose object is a document their subject puts out ("The army issued a statement").
ISSUING_VERBS = frozenset({"issue", "release", "publish", "put", "post", "send", "circulate"})


def issuer_named_before(tok: Token) -> Token | None:
    """Who put out the document that "the statement" or "a statement" points back to: the nearest earlier
    mention of a document of the same kind whose issuer the text names, as the subject that spoke "in a
    statement" or issued one, or as the name written on it ("a coast guard statement"); None otherwise."""
    lemma = tok.lemma_.lower()
    skip = quoted_or_dateline_tokens(tok.doc)

    def fits(cand: Token) -> Token | None:
        if cand.i in skip or cand.i >= tok.i or cand.lemma_.lower() != lemma or cand.pos_ != "NOUN":
            return None
        return _issuer_of_mention(cand)

    return antecedent(tok, fits, WINDOWS["document_issuer"])


def _issuer_of_mention(doc_noun: Token) -> Token | None:
    """The issuer a document mention names: "X said in a statement", "X issued a statement", "X's
    statement", "a Greek coast guard statement", "a statement from X"."""
    for child in doc_noun.children:
        if (
            child.i < doc_noun.i
            and child.lower_ not in PLATFORM_NAMES
            and ((child.dep_ == "poss" and child.pos_ != "PRON") or child.dep_ == "compound" and child.pos_ != "NUM")
        ):
            return child
        if child.i > doc_noun.i and child.dep_ == "prep" and child.lower_ in ISSUER_PREPOSITIONS:
            issuer = pobj(child)
            if issuer is not None and issuer.pos_ != "PRON":
                return issuer
    head = doc_noun.head
    verb = head.head if doc_noun.dep_ == "pobj" and head.lower_ == "in" else None
    if doc_noun.dep_ == "dobj" and head.lemma_.lower() in ISSUING_VERBS:
        verb = head
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
