"""Who made a claim: the speaker phrase, resolved by SPEAKER_RULES to a name where the text allows.

SPEAKER_RULES is the rule table: each rule has a name, a test that returns the speaker's text or None
(not this rule), an example text and the speaker its (last) claim gets. The rules are tried in order on
the speaker token; the first that answers decides, and a token no rule decides is its own phrase
("The central bank"). A speaker is always a name, a role or a pronoun resolved to one; what is left of
a phrase that names no one is dropped later (transforms.claims.extract).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc, Span, Token

from newsfacts.transforms.events.table import NOUN_TRIGGERS
from newsfacts.transforms.claims.grammar import _subject
from newsfacts.transforms.entities import HONORIFICS
from newsfacts.transforms.claims.words import (
    SHORTENED_TITLES,
    DESCRIBED_PERSON_NOUNS,
    ANCHOR_LABELS,
    STATE_ANCHOR_LABELS,
    CUE_VERBS,
    OWNED_OBJECT_DEPS,
    HEAD_OF_STATE_TITLES,
    LEADER_ROLES,
    SPEAKING_PERSON_NOUNS,
    PERSON,
    PLURAL,
    PRONOUN_FITS,
    READER_VERBS,
    RELAYED_CUES,
    ROLE_DOMAINS,
    ROLE_NOUNS,
    ROLE_TITLE_FITS,
    SINGULAR,
    SPEAKER_TRIM_DEPS,
    WHEN_LABELS,
)
from newsfacts.transforms.language.discourse import (
    BODY_NAME_LABELS,
    owned_by,
    place_of_office,
    pobj,
    titled_name,
    WINDOWS,
    antecedent,
    dateline_tokens,
    entity_of,
    is_title_descriptor,
    body_told_of,
    institution_of_document,
    is_described_body,
    issuer_named_before,
    name_before_role,
    named_body,
    named_institution,
    publication_of,
    quoted_or_dateline_tokens,
    quoted_tokens,
    same_or_previous_sentence,
    sentences_apart,
    self_given_name,
)
from newsfacts.transforms.language.lexicon import (
    BODY_KINDS,
    ONE_PERSON_NOUNS,
    OFFICE_ABBREVIATIONS,
    ACTOR_LABELS,
    COURTESY_TITLES,
    GROUP_LABELS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    INSTITUTION_NOUNS,
    PERSON_PRONOUNS,
    PLACE_LABELS,
    PLACE_PREPOSITIONS,
    PLATFORM_NAMES,
    POSSESSIVE_PRONOUNS,
    RELATIVE_TAGS,
    ROLE_TITLES,
    SAME_SOURCE_WORDS,
    SETTLEMENT_NOUNS,
    SOURCE_CONTAINERS,
    SUBJECT_DEPS,
    TITLE_NATIONALITY_WORDS,
)
from newsfacts.transforms.language.gazetteer import agency, armed_group, organisation, people_place, place
from newsfacts.transforms.language.rules import VerdictRule
from newsfacts.transforms.spans import doc_ents


# Words that point back to someone just named ("this source", "the official").
POINTING_WORDS = frozenset({"this", "that", "the"})
# Words that end a body's name, never a person's ("the Ministry of Defence Press Office", "... Medical Branch").
BODY_NAME_WORDS = frozenset(
    {"office", "branch", "department", "unit", "service", "council", "committee", "board", "bureau", "centre"}
    | {"center", "union", "association", "federation", "group", "agency", "ministry", "command", "secretariat"}
    | {"press", "media", "team", "desk", "division", "authority", "commission", "institute", "foundation"}
)
# The most words of a person's name written right after a body's "X of Y" name.
PERSON_NAME_WORDS = (2, 3)


@dataclass(frozen=True)
class SpeakerRule(VerdictRule[Token]):
    """One named way to read a speaker token; `decide` gives the speaker's text or None (not this rule)."""

    speaker: str


def _speaker_text(tok: Token | None, doc: Doc) -> str | None:
    """Surface words of the speaker, with pronouns and roles resolved to a named person where the text allows."""
    if tok is None or tok.i in dateline_tokens(doc):
        return None  # a dateline names where the story was filed, never who spoke
    return deciding_speaker_rule(tok)[1]


def deciding_speaker_rule(tok: Token, rules: tuple[SpeakerRule, ...] | None = None) -> tuple[str, str]:
    """The name of the first rule of SPEAKER_RULES that reads a speaker token, and the speaker it gives."""
    for rule in SPEAKER_RULES if rules is None else rules:
        text = rule.decide(tok)
        if text is not None:
            return rule.name, text
    return "speaker_phrase", _clean(_speaker_span(tok).text)


def _by_issuer(tok: Token) -> str | None:
    issuer = _issuer(tok)
    return deciding_speaker_rule(issuer, SPEAKER_RULES[1:])[1] if issuer is not tok else None


def _by_pronoun(pronouns: frozenset[str], resolve: Callable[[Doc, Token], str | None]) -> Callable[[Token], str | None]:
    """The rule for one kind of pronoun: its antecedent by `resolve`, else the pronoun as written."""

    def by(tok: Token) -> str | None:
        if tok.lower_ not in pronouns:
            return None
        found = resolve(tok.doc, tok)
        return found if found is not None else tok.text

    return by


_by_person_pronoun = _by_pronoun(
    PERSON_PRONOUNS, lambda doc, tok: _antecedent_person(doc, tok) or _antecedent_described_person(doc, tok)
)
_by_group_pronoun = _by_pronoun(GROUP_PRONOUNS, lambda doc, tok: _antecedent_group(doc, tok))


def _by_clause_subject(tok: Token) -> str | None:
    """ "Baku repeated its demand that ...": "its" or "their" on what the clause's verb acts on stands for
    that verb's subject, when the subject is a name or a noun of the pronoun's number."""
    pronoun = POSSESSIVE_PRONOUNS.get(tok.lower_)
    if pronoun not in GROUP_PRONOUNS or tok.dep_ != "poss" or tok.head.dep_ not in OWNED_OBJECT_DEPS:
        return None
    subject = _subject(tok.head.head) if tok.head.head.pos_ in {"VERB", "AUX"} else None
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.ent_type_ == "PERSON":
        return None
    plural = subject.tag_ in {"NNS", "NNPS"}
    if plural != (pronoun == "they") and subject.ent_type_ not in GROUP_LABELS:
        return None
    return deciding_speaker_rule(subject)[1]


def _by_self_given_name(tok: Token) -> str | None:
    named = self_given_name(tok) if tok.pos_ in {"NOUN", "PROPN"} else None
    return named.text if named is not None else None


def _by_appositive_name(tok: Token) -> str | None:
    named = _appositive_name(tok)
    return named.text if named is not None else None


def _by_name_before_role(tok: Token) -> str | None:
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ROLE_NOUNS | SPEAKING_PERSON_NOUNS:
        return None
    name = name_before_role(_speaker_span(tok))
    if name is None:
        return None
    ent = entity_of(name[-1]) if name[-1].ent_type_ == "PERSON" else None
    return _with_honorific(ent).text if ent is not None else name.text


def _by_group_name(tok: Token) -> str | None:
    name = _group_name(tok) if tok.lemma_.lower() in GROUP_NOUNS and tok.pos_ == "NOUN" else None
    return name.text if name is not None else None


def _by_institution(tok: Token) -> str | None:
    if tok.lemma_.lower() in INSTITUTION_NOUNS and _is_bare_reference(tok):
        return _antecedent_institution(tok.doc, tok)
    return None


def _by_named_group(tok: Token) -> str | None:
    if tok.lemma_.lower() in GROUP_NOUNS and (_is_bare_reference(tok) or _is_described_reference(tok)):
        return _antecedent_named_group(tok.doc, tok)
    return None


def _by_described_body(tok: Token) -> str | None:
    if not is_described_body(tok, SPEAKER_TRIM_DEPS):
        return None
    named = named_body(tok, WINDOWS["speaker_person"])
    if named is None:
        return None
    ent = entity_of(named) if named.ent_type_ == "ORG" else None
    return _clean(ent.text if ent is not None else deciding_speaker_rule(named, SPEAKER_RULES[1:])[1])


def _by_body_named_later(tok: Token) -> str | None:
    """ "..., a rights group said." then "The Valda human rights group said ...": a body first told only by what it is
    ("a" and its words) is the one named a few sentences later with the same noun and those words, where one is."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in DESCRIBED_BODY_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None
    words = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    sent = tok.sent
    last = min(len(tok.doc), sent.end + LATER_BODY_TOKENS)
    named = set()
    for cand in tok.doc[sent.end : last]:
        if cand.lemma_.lower() != tok.lemma_.lower() or cand.pos_ != "NOUN":
            continue
        modifiers = [c for c in cand.subtree if c.i < cand.i]
        if not words <= {c.lower_ for c in modifiers}:
            continue
        # the name before the noun, as the small model tags it (a body's name is often read as a person's)
        names = [entity_of(c) for c in modifiers if c.ent_type_ in ("ORG", "PERSON", "FAC") and c.pos_ == "PROPN"]
        named |= {_name_without_article(e) for e in names if e is not None}
    if not named:
        named = _bodies_of_kind_named(tok, sent.end, last)
    return named.pop() if len(named) == 1 else None


def _bodies_of_kind_named(tok: Token, start: int, end: int) -> set[str]:
    """ "..., a war monitor reported." then "..., the Kessa Observatory for Human Rights added": the names, in the
    tokens from `start` to `end`, that hold a noun of the same kind of body (BODY_KINDS: a monitor, an observatory)."""
    kind = BODY_KINDS.get(tok.lemma_.lower())
    found = set()
    for cand in tok.doc[start:end]:
        if (
            cand.pos_ != "PROPN"
            or BODY_KINDS.get(cand.lemma_.lower()) != kind
            or cand.ent_type_ not in BODY_NAME_LABELS
        ):
            continue
        ent = entity_of(cand)
        if ent is not None:
            found.add(_name_without_article(ent))
    return found


def _name_without_article(ent: Span) -> str:
    """A body's name as a speaker: without its leading "the" and a possessive ending ("the Kessa Observatory's")."""
    return _clean((ent[1:] if ent[0].lower_ == "the" else ent).text)


# Nouns of a body told by what it is before its name ("a rights group", "a monitoring organisation"), and how far
# on its name is looked for (a few sentences).
DESCRIBED_BODY_NOUNS = frozenset({"group", "organization", "organisation", "monitor", "watchdog", "ngo", "charity"})
LATER_BODY_TOKENS = 150


def _is_described_reference(tok: Token) -> bool:
    """ "the Shiite organisation", "the Islamist movement": "the", a group noun and a creed or ideology
    adjective (not a nationality, which may name another side) describe a group named before."""
    described = [c for c in tok.children if c.dep_ == "amod"]
    return (
        bool(described)
        and any(c.lower_ == "the" for c in tok.children)
        and all(c.dep_ in {"det", "amod"} or c.dep_ in SPEAKER_TRIM_DEPS for c in tok.children)
        and all(c.pos_ == "ADJ" and c.ent_type_ in {"", "NORP"} and people_place(c.text) is None for c in described)
    )


def _by_person_after_body(tok: Token) -> str | None:
    """ "The Union of Farmers Joe Bloggs said": a person's name written right after a body's "X of Y" name
    (the tagger fuses both into one name); the speaker is the person."""
    ent = entity_of(tok) if tok.ent_type_ in GROUP_LABELS else None
    if ent is None or tok.pos_ != "PROPN":
        return None
    of = next((t for t in ent if t.lower_ == "of" and t.i > ent.start), None)
    last = max((t.i for t in of.subtree), default=-1) if of is not None else -1
    if of is None or last + 1 >= ent.end:
        return None
    person = tok.doc[last + 1 : ent.end]
    if len(person) not in PERSON_NAME_WORDS:
        return None
    if any(t.pos_ != "PROPN" or not t.is_title or t.lower_ in BODY_NAME_WORDS for t in person):
        return None
    head = person[-1]
    return person.text if head.i == tok.i or head.head.i == tok.i else None


def _by_document(tok: Token) -> str | None:
    """ "the statement read": a bare document stands for the body named before that issued it: the one the
    text said put out a statement ("X said in a statement"), else the nearest body named before; a document
    no one is named as issuing is the named body whose deed it tells, if any."""
    if tok.lemma_.lower() not in SOURCE_CONTAINERS or not _is_unowned_document(tok):
        return None
    issuer = issuer_named_before(tok) or institution_of_document(tok, WINDOWS["speaker_person"])
    if issuer is not None:
        return deciding_speaker_rule(issuer, SPEAKER_RULES[1:])[1]
    before = (
        _unissued_document_before(tok) or _antecedent_group(tok.doc, tok, "it") or _antecedent_body(tok)
        if _is_bare_reference(tok)
        else None
    )
    told = body_told_of(tok) if before is None else None
    return deciding_speaker_rule(told, SPEAKER_RULES[1:])[1] if told is not None else before


def _unissued_document_before(tok: Token) -> str | None:
    """ "according to a joint communique issued in Lima ... the communique said": the same document written just
    before with no issuer named is the speaker, as it was written there."""
    lemma, skip = tok.lemma_.lower(), quoted_or_dateline_tokens(tok.doc)

    def fits(cand: Token) -> str | None:
        if cand.i in skip or cand.i >= tok.i or cand.lemma_.lower() != lemma or cand.pos_ != "NOUN":
            return None
        words = [t for t in cand.lefts if t.dep_ in ("amod", "compound") and t.ent_type_ == ""]
        if not words:
            return None  # "a statement" alone tells no more than "the statement"
        return tok.doc[min(t.i for t in words) : cand.i + 1].text

    return antecedent(tok, fits, WINDOWS["document_issuer"])


def _antecedent_body(tok: Token) -> str | None:
    """The body that spoke just before, whatever its number ("Fire authorities said ... the statement added"):
    the nearest subject outside quotes whose noun names an institution."""
    skip = quoted_or_dateline_tokens(tok.doc)

    def fits(cand: Token) -> str | None:
        if cand.i >= tok.sent.start or cand.i in skip or cand.dep_ not in SUBJECT_DEPS or cand.pos_ != "NOUN":
            return None
        return _clean(_speaker_span(cand).text) if cand.lemma_.lower() in INSTITUTION_NOUNS else None

    return antecedent(tok, fits, WINDOWS["speaker_group"])


def _is_unowned_document(tok: Token) -> bool:
    """ "the statement", "a statement": a document with nothing but an article and adjectives."""
    return any(c.lower_ in {"the", "a", "an"} for c in tok.children) and all(
        (c.dep_ in {"det", "amod"} and c.ent_type_ == "") or c.dep_ in SPEAKER_TRIM_DEPS or _when_words(c)
        for c in tok.children
    )


def _by_role_holder(tok: Token) -> str | None:
    defined = _title_abbreviation(tok)
    if tok.lemma_.lower() not in ROLE_NOUNS and not defined:
        return None
    # an office's abbreviation the small model tagged a body ("the IGP") anchors nothing: it is the role itself
    anchors = [
        t
        for t in _speaker_span(tok)
        if t.ent_type_ in ANCHOR_LABELS and t.lower_ not in OFFICE_ABBREVIATIONS and not (defined and t.i == tok.i)
    ]
    if not anchors:
        return _role_holder(tok.doc, tok)
    if all(t.ent_type_ in STATE_ANCHOR_LABELS for t in anchors):
        return _state_role_holder(tok, {t.lower_ for t in anchors if t.is_alpha})
    if all(t.ent_type_ == "ORG" for t in anchors):
        return _body_role_holder(tok, {t.lower_ for t in anchors if t.is_alpha})
    return None


def _title_abbreviation(tok: Token) -> bool:
    """ "the DCP" after "Deputy Commissioner of Police (DCP) Arjun Mehta": an abbreviation the article wrote in
    brackets between a title and a person's name stands for that title."""
    if not (tok.text.isupper() and tok.text.isalpha() and TITLE_ABBREVIATION_LENGTHS[0] <= len(tok.text)):
        return False
    if len(tok.text) > TITLE_ABBREVIATION_LENGTHS[1]:
        return False
    return any(e.start <= tok.i and _bracketed_abbreviation(e) == tok.text for e in _doc_persons(tok.doc))


def _bracketed_abbreviation(ent: Span) -> str | None:
    """The abbreviation in brackets right before a name, as written ("IGP" of "Inspector General of Police (IGP) Tom
    Varga"), else None."""
    doc, i = ent.doc, ent.start - 1
    if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].is_upper:
        return doc[i - 1].text
    return None


# How long an abbreviation of a title may be ("DC", "DCP", "IGP", "DIGP").
TITLE_ABBREVIATION_LENGTHS = (2, 5)


def _state_role_holder(tok: Token, state_words: set[str]) -> str | None:
    """ "Brazil's president said ...", then "President Ana Ruiz ... in Brazil": the one person the article
    names with the role whose title or sentence names that state too; none if two people fit."""
    fitting = {_with_honorific(e).text for e in _role_holders(tok) if state_words <= _titles(e) | _sentence_places(e)}
    return fitting.pop() if len(fitting) == 1 else None


def _role_holders(tok: Token) -> list[Span]:
    """The persons the article names, before or after a singular role noun, with a title that holds that role."""
    if tok.tag_ != "NN":
        return []
    role = tok.lemma_.lower()
    return [e for e in _persons_before(tok.doc, tok) + _persons_after(tok.doc, tok) if _holds(role, _titles(e))]


def _body_role_holder(tok: Token, body_words: set[str]) -> str | None:
    """ "..., the Taliban spokesman said", then "spokesman Ahmad Karimi said": the one person the article names with
    the role whose title or sentence names that body; failing that, the one person named with the role whose
    sentence names no other body (a spokesman of another side is told by his side's name)."""
    holders = _role_holders(tok)
    fitting = {_with_honorific(e).text for e in holders if body_words <= _titles(e) | _sentence_words(e)}
    if not fitting:
        fitting = {_with_honorific(e).text for e in holders if not _other_body_named(e, body_words)}
    return fitting.pop() if len(fitting) == 1 else None


def _sentence_words(ent: Span) -> set[str]:
    """The lower-case words of a name's sentence."""
    return {t.lower_ for t in ent.sent}


def _other_body_named(ent: Span, body_words: set[str]) -> bool:
    """Whether a name's sentence names a body other than the one asked about, or its title a people or state
    ("Israeli army spokesman Dan Levy"; not "Pakistani aircraft" elsewhere in the sentence)."""
    title = _titles(ent)
    bodies = [
        e for e in ent.sent.ents if e.label_ == "ORG" or (e.label_ in ("NORP", "GPE") and {t.lower_ for t in e} & title)
    ]
    return any(not {t.lower_ for t in e} & body_words for e in bodies)


def _by_same_noun(tok: Token) -> str | None:
    """ "A police source told AFP ... "He did not resist," said this source": "this source", "the official"
    with nothing else stand for the speaker written just before with the same noun and more words."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in ONE_PERSON_NOUNS:
        return None
    if not _is_pointing_reference(tok):
        return None
    skip = quoted_or_dateline_tokens(tok.doc)

    def fits(cand: Token) -> str | None:
        if cand.i >= tok.i or cand.i in skip or cand.lemma_.lower() != tok.lemma_.lower() or cand.tag_ != "NN":
            return None
        if cand.dep_ not in SUBJECT_DEPS or _is_pointing_reference(cand):
            return None
        return _clean(_speaker_span(cand).text)  # the phrase as written, not a name some rule reads off it

    return antecedent(tok, fits, WINDOWS["speaker_group"])


def _by_same_source(tok: Token) -> str | None:
    """ "The blast damaged four carriages, the same source said": "the same" noun is whoever was credited with a
    statement just before, as that speaker was read."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ in SAME_SOURCE_WORDS for c in tok.children):
        return None
    skip = quoted_or_dateline_tokens(tok.doc)

    def fits(cand: Token) -> str | None:
        if cand.i >= tok.i or cand.i in skip or cand.dep_ not in SUBJECT_DEPS or cand.head.i <= cand.i:
            return None
        if cand.head.lemma_.lower() not in CUE_VERBS or any(c.lower_ in SAME_SOURCE_WORDS for c in cand.children):
            return None
        return _speaker_text(cand, tok.doc)

    return antecedent(tok, fits, WINDOWS["speaker_group"])


def _by_titled_speaker_before(tok: Token) -> str | None:
    """ "Information Commissioner Ana Bello said ... The official said ...": a bare office noun just after a
    statement by a person the article wrote with a title stands for that person (the last one who spoke, not
    one who spoke before them: "a police source said ... the officer said" is that source)."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in OFFICE_HOLDER_NOUNS or not _is_pointing_reference(tok):
        return None
    titled = _titled_names(tok, quoted_or_dateline_tokens(tok.doc))

    def name_of(speaker: Token) -> str | None:
        names = [t for t in _speaker_span(speaker) if t.pos_ == "PROPN"]
        if not names or names[-1].lower_ not in titled:
            return None
        ent = entity_of(names[-1])
        return _with_honorific(ent).text if ent is not None and ent.label_ == "PERSON" else names[-1].text

    return _last_speaker(tok, name_of)


def _last_speaker(tok: Token, name_of: Callable[[Token], str | None]) -> str | None:
    """The name `name_of` reads off the subject of the last statement before `tok` (in its sentence or the one
    before, outside quotes and the dateline), or None when that subject is not of the kind asked for: only the
    last one who spoke is the one a bare noun points back to."""
    skip = quoted_or_dateline_tokens(tok.doc)

    def fits(cand: Token) -> tuple[str | None] | None:
        if cand.i >= tok.i or cand.i in skip or cand.dep_ not in SUBJECT_DEPS or cand.head.lemma_ not in CUE_VERBS:
            return None
        return (name_of(cand),)  # a speaker of another kind ends the search: (None,)

    found = antecedent(tok, fits, WINDOWS["speaker_group"])
    return found[0] if found is not None else None


def _titled_names(tok: Token, skip: set[int]) -> set[str]:
    """The last words of the names written after an office's title before `tok` ("Information Commissioner Ana
    Bello", "Commissioner for Information Ana Bello"), whatever the tagger made of them."""
    doc = tok.doc
    found = set()
    for word in doc[: tok.i]:
        if word.i in skip or not word.is_title or word.lower_ not in ROLE_NOUNS | OFFICE_HOLDER_NOUNS:
            continue
        after = word.i + 1
        while after < len(doc) and (doc[after].pos_ == "PROPN" or doc[after].lower_ in TITLE_JOINERS):
            after += 1
        if after - 1 > word.i and doc[after - 1].pos_ == "PROPN":
            found.add(doc[after - 1].lower_)
    return found


# Words inside an office's title before its holder's name ("Commissioner for Information X", "Chairman of the
# Cabinet X").
TITLE_JOINERS = frozenset({"for", "of", "and", "the"})


def _by_body_of_members_before(tok: Token) -> str | None:
    """ "Leaders of the Kessa Union met in Lome. The leaders said ...", "ECOWAS ministers met ... the ministers
    said": the members of a body named just before with the same noun speak for that body."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in MEMBER_SPEAKER_NOUNS or not _is_pointing_reference(tok):
        return None
    skip = quoted_or_dateline_tokens(tok.doc)

    def fits(cand: Token) -> str | None:
        if cand.i >= tok.i or cand.i in skip or cand.lemma_.lower() != tok.lemma_.lower() or cand.tag_ != "NNS":
            return None
        owners = [c for c in cand.children if c.dep_ in OWNER_DEPS and c.i < cand.i] + _of_objects(cand)
        return next((name for name in map(_body_name, owners) if name is not None), None)

    return antecedent(tok, fits, WINDOWS["speaker_group"])


def _body_name(word: Token) -> str | None:
    """The name of a body a word is part of: tagged an organisation, listed, or ending in a body's word ("the
    Kessa Union"), whatever the tagger guessed."""
    ent = entity_of(word)
    name = _clean(ent.text) if ent is not None else word.text if word.pos_ == "PROPN" or word.is_upper else None
    if name is None:
        return None
    if ent is not None and ent.label_ == "ORG" or organisation(name) is not None:
        return name
    return name if ent is not None and ent[-1].lower_ in BODY_NAME_WORDS else None


def _of_objects(noun: Token) -> list[Token]:
    """The objects of a noun's "of" ("leaders of the bloc")."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


# Plural nouns for the members of a body who, told again as "the leaders", speak for the body named with them.
MEMBER_SPEAKER_NOUNS = frozenset({"leader", "minister", "delegate", "envoy", "representative"})
# Dependencies of a body's name written before its members ("ECOWAS leaders", "the bloc's ministers").
OWNER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})


def _by_body_that_spoke_before(tok: Token) -> str | None:
    """ "Oxfam warned of famine ... what the charity called a collapse": a body told only by its kind ("the
    charity", "the campaign group") right after a statement by a named organisation stands for it (the last one
    who spoke only)."""
    if tok.tag_ != "NN" or BODY_KINDS.get(tok.lemma_.lower()) != CIVIL_BODIES:
        return None
    if not is_described_body(tok, SPEAKER_TRIM_DEPS):
        return None

    def name_of(speaker: Token) -> str | None:
        ent = entity_of(speaker)
        return _clean(ent.text) if ent is not None and ent.label_ == "ORG" and speaker.pos_ == "PROPN" else None

    return _last_speaker(tok, name_of)


# The kind of body ("charity", "watchdog", "campaign group") that a named organisation may be told again by.
CIVIL_BODIES = "civil"


# Nouns for one who holds an office, which, bare, stand for the office holder who spoke just before.
OFFICE_HOLDER_NOUNS = frozenset({"official", "officer", "spokesman", "spokeswoman", "spokesperson"})


def _is_pointing_reference(tok: Token) -> bool:
    """ "this source", "the official": a pointing word and the noun, nothing that tells which one."""
    pointing = [c for c in tok.children if c.dep_ == "det" and c.lower_ in POINTING_WORDS]
    return bool(pointing) and all(c.dep_ == "det" or c.dep_ in SPEAKER_TRIM_DEPS for c in tok.children)


SPEAKER_RULES: tuple[SpeakerRule, ...] = (
    SpeakerRule(
        "document_issuer",
        _by_issuer,
        "A press release issued by the Foreign Office stated that the minister will discuss trade.",
        "the Foreign Office",
    ),
    SpeakerRule(
        "person_after_a_body",
        _by_person_after_body,
        "The Union of Farmers Joe Bloggs said prices would keep rising.",
        "Joe Bloggs",
    ),
    SpeakerRule(
        "person_pronoun",
        _by_person_pronoun,
        "Maria Lopez ran the clinic for ten years. \u201cWe have no more beds for anyone,\u201d she said.",
        "Maria Lopez",
    ),
    SpeakerRule(
        "possessive_of_the_subject",
        _by_clause_subject,
        "Baku described the talks as useful but repeated its demand that Yerevan change its constitution.",
        "Baku",
    ),
    SpeakerRule(
        "group_pronoun",
        _by_group_pronoun,
        "The World Food Programme sent trucks on Monday. It said more convoys would follow.",
        "The World Food Programme",
    ),
    SpeakerRule(
        "self_given_name",
        _by_self_given_name,
        "Around 80 patients arrived at the ward, according to a ward nurse who identified herself as Farida Nouri.",
        "Farida Nouri",
    ),
    SpeakerRule(
        "appositive_name",
        _by_appositive_name,
        "The security firm Ambrey said a tanker was hit off the coast.",
        "Ambrey",
    ),
    SpeakerRule(
        "name_before_role",
        _by_name_before_role,
        "Two guards were hurt, Noor-ul-Haq, a police officer said.",
        "Noor-ul-Haq",
    ),
    SpeakerRule(
        "owned_by_pronoun",
        lambda tok: _owned_by_pronoun(tok.doc, tok),
        "Ana Silva landed in Lima on Monday. Her office said the visit would last two days.",
        "Ana Silva's office",
    ),
    SpeakerRule("group_name", _by_group_name, "Yemen's Houthi rebels said they fired two missiles.", "Houthi"),
    SpeakerRule(
        "institution_named_before",
        _by_institution,
        "The Israeli military said 20 rockets were fired. Most were intercepted, the army said.",
        "The Israeli military",
    ),
    SpeakerRule(
        "group_named_before",
        _by_named_group,
        "Tamar rebels seized the airport on Monday. The rebels said the runway was intact.",
        "Tamar",
    ),
    SpeakerRule(
        "body_described_before",
        _by_described_body,
        "Harbor Watch, a monitor based in London, counted the dead. The monitor said three were children.",
        "Harbor Watch",
    ),
    SpeakerRule(
        "body_named_later",
        _by_body_named_later,
        "Police held 40 people, a rights group said. The Valda human rights group has tracked arrests since 2020.",
        "Valda",
    ),
    SpeakerRule(
        "document_of_a_body_named_before",
        _by_document,
        "The Foreign Ministry issued a news release. \u201cThe border will reopen,\u201d the statement read.",
        "The Foreign Ministry",
    ),
    SpeakerRule(
        "role_holder",
        _by_role_holder,
        "President Ana Silva arrived in Lima. The president said the deal was done.",
        "Ana Silva",
    ),
    SpeakerRule(
        "same_source_as_before",
        _by_same_source,
        "A rail official said the line was cut. Two carriages burned, the same source added.",
        "A rail official",
    ),
    SpeakerRule(
        "same_noun_named_before",
        _by_same_noun,
        "A border source told AFP that the crossing was shut. \u201cNo trucks moved today,\u201d said this source.",
        "A border source",
    ),
    SpeakerRule(
        "body_of_members_before",
        _by_body_of_members_before,
        "Leaders of the Kessa Union met in Lome on Sunday. The leaders said they would close the border.",
        "the Kessa Union",
    ),
    SpeakerRule(
        "body_that_spoke_before",
        _by_body_that_spoke_before,
        "Oxfam said the harvest failed. The charity said aid was too slow.",
        "Oxfam",
    ),
    SpeakerRule(
        "titled_speaker_before",
        _by_titled_speaker_before,
        "Information Commissioner Ana Bello said the pupils were safe. The official said the gate was shut.",
        "Ana Bello",
    ),
)


def _issuer(tok: Token) -> Token:
    """Who issued a document that speaks ("A press release issued by the Foreign Office stated", "UN
    estimates show", "its statement said"): the issuer is the speaker; any other token stays itself."""
    if tok.lemma_.lower() not in SOURCE_CONTAINERS:
        return tok
    for child in tok.children:
        if child.lower_ in PLATFORM_NAMES:
            continue  # "a Telegram post": the poster's
        if (child.dep_ == "poss" and child.pos_ != "PRON") or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            return child
        publication = publication_of(child) if child.dep_ == "prep" else None
        if publication is not None:
            return publication  # "a report in the Daily Monitor"
        if (child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}) or (
            child.dep_ == "acl" and child.lemma_.lower() not in READER_VERBS
        ):
            by = child if child.dep_ == "prep" else next((g for g in child.children if g.dep_ == "agent"), None)
            issuer = pobj(by)
            if issuer is not None:
                return issuer
    return tok


def _speaker_span(tok: Token) -> Span:
    """The words of a speaker phrase: its noun phrase without appositions, relative clauses or asides."""
    if tok.ent_type_ == "PERSON":
        ent = entity_of(tok)
        if ent is not None:
            return _with_honorific(ent)  # the name without the job title written before it
    keep = [tok]
    cut = _counted_conjunct_link(tok)
    if cut is not None:  # "figures given to Reuters, as well as three people with gunshot wounds": the four are counted
        keep = [t for t in tok.doc[tok.left_edge.i : cut] if not t.is_space]
    for child in tok.children:
        if cut is not None:
            break
        if child.dep_ in SPEAKER_TRIM_DEPS or child.tag_ in RELATIVE_TAGS or _when_phrase(child) or _when_words(child):
            continue  # "what one expert on Monday called ...": the expert
        if (
            child.dep_ == "prep"
            and child.i > tok.i
            and (_after_comma(child) or _place_phrase(child) or _unnamed_employer(tok, child))
        ):
            continue
        keep.extend(child.subtree)
    keep = [t for t in keep if not t.is_space]
    keep.sort(key=lambda t: t.i)
    while len(keep) > 1 and (keep[-1].is_punct or keep[-1].dep_ == "case"):
        keep.pop()
    while len(keep) > 1 and keep[0].is_punct:
        keep.pop(0)
    return tok.doc[keep[0].i : keep[-1].i + 1]


def _counted_conjunct_link(tok: Token) -> int | None:
    """Where a conjunct that holds a number begins (at its link, ", as well as"): it is counted, not a speaker."""
    counted = next((c for c in tok.children if c.dep_ == "conj" and any(t.like_num for t in c.subtree)), None)
    if counted is None:
        return None
    # after a comma only: "according to the coast guard and 3 fishermen" names two sources
    comma = next((c for c in tok.children if c.text == "," and tok.i < c.i < counted.i), None)
    return comma.i if comma is not None else None


def _when_phrase(prep: Token) -> bool:
    """ "on Monday" inside a speaker phrase: when the speaker spoke, not who they are ("a report in March"
    names the report)."""
    obj = pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "on" else None
    return obj is not None and obj.ent_type_ in WHEN_LABELS


def _when_words(child: Token) -> bool:
    """ "Late Tuesday rebels said", "a statement late Friday night said", "Early on Sunday Valdoria said": a
    modifier that is all date or time words tells when someone spoke; it is never part of who spoke."""
    words = [t for t in child.subtree if not t.is_punct]
    return bool(words) and all(t.ent_type_ in WHEN_LABELS for t in words)


def _place_phrase(prep: Token) -> bool:
    """ "in the northern city of Tarsa", "in Yemen", "in a statement": where or how the speakers spoke, not
    who they are."""
    if prep.lower_ not in PLACE_PREPOSITIONS:
        return False
    obj = pobj(prep)
    return obj is not None and (
        obj.ent_type_ in PLACE_LABELS or obj.lemma_.lower() in SETTLEMENT_NOUNS | SOURCE_CONTAINERS
    )


def _unnamed_employer(tok: Token, prep: Token) -> bool:
    """ "A spokesman for the brigade": a body that the phrase does not name adds nothing to the role (and
    a bare role reads as one); "a spokesman for Hamas" keeps its name."""
    if tok.lemma_.lower() not in SPEAKING_PERSON_NOUNS or prep.lower_ != "for":
        return False
    obj = pobj(prep)
    return obj is not None and obj.pos_ == "NOUN" and all(t.pos_ in {"DET", "NOUN", "ADJ"} for t in obj.subtree)


def _after_comma(tok: Token) -> bool:
    """Whether a token follows a comma (an aside, not part of the name)."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _appositive_name(tok: Token) -> Span | None:
    """The name written beside a descriptor: "the prime minister, Jane Doe," or "the security firm Ambrey"."""
    if not is_title_descriptor(tok, SPEAKING_PERSON_NOUNS):
        return None  # a name with a description after it keeps the name
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and is_title_descriptor(child, SPEAKING_PERSON_NOUNS):
            # "the NATO mission (KFOR) commander, General X,": the body's role set beside it, and its holder
            held = _appositive_name(child)
            if held is not None:
                return held
        if child.dep_ != "appos" or child.pos_ != "PROPN" or _bracketed_acronym(child):
            continue
        ent = entity_of(child)
        if ent is not None and ent.label_ in ACTOR_LABELS:
            return _with_honorific(ent)
        # a name the tagger gave no label, or a label of no party or place ("Governor, Ada Obi," read as an EVENT)
        if ent is None or ent.label_ not in PLACE_LABELS:
            start = min((c.i for c in child.children if c.dep_ == "compound" and c.pos_ == "PROPN"), default=child.i)
            return tok.doc[start : child.i + 1]
    return None


def _bracketed_acronym(tok: Token) -> bool:
    """ "Inspector General (IG) of Police Ravi Naru": capitals in brackets after a title are its short form, not
    the name of who holds it."""
    doc = tok.doc
    return (
        tok.text.isupper()
        and tok.i > 0
        and doc[tok.i - 1].text == "("
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text == ")"
    )


def _owned_by_pronoun(doc: Doc, tok: Token) -> str | None:
    """ "his office", "their spokesman": the speaker phrase with the pronoun replaced by its antecedent."""
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if owner is None:
        return None
    pronoun = POSSESSIVE_PRONOUNS[owner.lower_]
    place = place_of_office(owner, owner.head)
    antecedent = (
        place.text
        if place is not None
        else _antecedent_person(doc, owner)
        if pronoun in PERSON_PRONOUNS
        else _antecedent_group(doc, owner, pronoun)
    )
    if antecedent is None:
        return None
    return owned_by(antecedent, doc[owner.i + 1 : _speaker_span(tok).end].text, plural=pronoun == "they")


def _is_bare_reference(tok: Token) -> bool:
    """Whether a noun phrase is just "the" and the noun, perhaps with an adjective ("the armed group")."""
    return any(c.lower_ == "the" for c in tok.children) and all(
        (c.dep_ in {"det", "amod"} and c.ent_type_ == "") or c.dep_ in SPEAKER_TRIM_DEPS for c in tok.children
    )


def _group_name(tok: Token) -> Span | None:
    """The proper name a group noun carries as a modifier ("M23 rebels", "Houthi militia")."""
    names = [
        c
        for c in tok.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "GPE" and not _when_words(c)
    ]
    if not names:
        return None
    ent = entity_of(names[0])
    if ent is not None and ent.label_ != "GPE" and ent.end <= tok.i and len(ent) > 1:
        return ent[1:] if ent[0].lower_ == "the" else ent  # "al-Shabaab", whose words the parser hung apart
    return tok.doc[names[0].left_edge.i : names[-1].i + 1]


def _antecedent_named_group(doc: Doc, tok: Token) -> str | None:
    """What "the rebels" refers back to: the name last written with the same noun, else the nearest group named.

    A group named before counts when it stands as a noun phrase, not as a modifier ("Egyptian President").
    """
    skip = quoted_or_dateline_tokens(doc)
    lemma = tok.lemma_.lower()
    for cand in reversed(doc[: tok.i]):
        name = _group_name(cand) if cand.lemma_.lower() == lemma and cand.i not in skip else None
        if name is not None:
            return name.text
        if cand.lemma_.lower() == lemma and cand.i not in skip and _introduces(cand):
            return _clean(_speaker_span(cand.head).text)  # "The Harbor Monitors, a watchdog group, said"

    def fits(cand: Token) -> str | None:
        if cand.i in skip or cand.ent_type_ not in GROUP_LABELS or cand.ent_iob_ != "B":
            return None
        ent = entity_of(cand)
        return None if ent.root.dep_ in {"amod", "compound", "nmod", "poss"} else _clean(ent.text)

    return antecedent(tok, fits, WINDOWS["speaker_person"])


def _introduces(noun: Token) -> bool:
    """Whether a noun introduces the name it stands beside ("Civic Watch, a rights group, said"): "the
    group" later refers back to that name."""
    return noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.ent_type_ not in PLACE_LABELS


def _antecedent_institution(doc: Doc, tok: Token) -> str | None:
    """What "the army" refers back to: the nearest body named with a fitting noun ("the Israeli military",
    "Lebanon's health ministry"), outside quotes and the dateline."""
    named = named_institution(tok, WINDOWS["speaker_person"])
    if named is None:
        return None
    # "The state news agency Vox reported ... the agency said": the name written beside the noun
    return _clean(deciding_speaker_rule(named, SPEAKER_RULES[1:])[1])


def _note_speaker(row: dict, speaker: Token | None) -> None:
    """Keep, for the pronoun pass, where the speaker stands and which pronouns could refer back to it."""
    row["_speaker_i"] = speaker.i if speaker is not None else None
    row["_fits"] = _fits(speaker) if speaker is not None and row["speaker_text"] else frozenset()
    # Where the speaker is written (a pronoun too: the report marks the words the claim was read from).
    words = _speaker_span(speaker) if speaker is not None and row["speaker_text"] else None
    row["speaker_start"], row["speaker_end"] = (words.start_char, words.end_char) if words is not None else (None, None)


def _fits(tok: Token) -> frozenset[str]:
    """The kinds of referent a speaker is: a person, one body ("it"), or several or a collective ("they")."""
    low = tok.lower_
    if low in PRONOUN_FITS:
        return PRONOUN_FITS[low]
    if tok.ent_type_ == "PERSON" or tok.lemma_.lower() in SPEAKING_PERSON_NOUNS and tok.tag_ in {"NN", "NNP"}:
        return frozenset({PERSON})
    if titled_name(tok, HONORIFICS, SPEAKING_PERSON_NOUNS):
        return frozenset({PERSON})  # "Col Deo Kanyike, the army spokesperson, said ... he said"
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in INSTITUTION_NOUNS:
        return frozenset({SINGULAR, PLURAL})  # "Local police said ... It said", "The army said ... they said"
    if tok.tag_ in {"NNS", "NNPS"}:
        return frozenset({PLURAL})
    if tok.ent_type_ in GROUP_LABELS:
        fits = frozenset({SINGULAR, PLURAL})  # "the committee said ... it said", "Hamas ... they said"
    elif tok.pos_ in {"NOUN", "PROPN"}:
        fits = frozenset({SINGULAR})
    else:
        return frozenset()
    return fits | {PERSON} if _may_be_a_person(tok) else fits


def _may_be_a_person(tok: Token) -> bool:
    """A name the tagger took for a body or a place, that no list knows as one ("Kakas said ... he said"):
    a "he" or "she" right after it may stand for it."""
    if tok.pos_ != "PROPN" or tok.ent_type_ == "NORP":
        return False
    name = _speaker_span(tok).text
    return place(name) is None and agency(name) is None and organisation(name) is None and armed_group(name) is None


def _resolve_pronoun_speakers(doc: Doc, rows: list[dict]) -> None:
    """A pronoun speaker ("..., it said") is the previous claim's speaker when that one fits and is near (or
    is the same word: '"...," he said, adding that ...' is one speaker for both claims).

    Near: the previous claim's speaker stands in the pronoun's sentence or the one before it. Otherwise the
    nearest fitting name, as resolved when the row was made, stands.
    """
    previous: dict | None = None
    for row in rows:
        i: int | None = row.get("_speaker_i")
        if i is None:
            continue
        pronoun = doc[i].lower_
        if previous is not None and _document_left_bare(doc[i], row):
            if _statement_of_previous_speaker(doc, row, previous):
                row["speaker_text"] = previous["speaker_text"]
                row["_fits"] = previous["_fits"]
        elif pronoun in PRONOUN_FITS and previous is not None and previous["_speaker_i"] <= i:
            earlier, start = doc[previous["_speaker_i"]], _claim_start(doc, row, doc[i])
            # a pronoun no rule resolved when its row was made reaches one sentence further back ('"...," it
            # said. The talks are the first in years. "...," it said': the same speaker)
            unresolved = (row["speaker_text"] or "").lower() == pronoun
            near = same_or_previous_sentence(earlier, start) or (unresolved and sentences_apart(earlier, start) <= 2)
            if PRONOUN_FITS[pronoun] & previous["_fits"] and near:
                row["speaker_text"] = previous["speaker_text"]
                row["_fits"] = previous["_fits"]
        if row["speaker_text"]:
            previous = row


def _document_left_bare(tok: Token, row: dict) -> bool:
    """ "“...,” said the statement" with no issuer found for it when the row was made (not "a joint statement": a
    document of its own)."""
    definite = [c.lower_ for c in tok.children] == ["the"]
    bare = tok.lemma_.lower() in SOURCE_CONTAINERS and definite and _is_unowned_document(tok)
    return bare and (row["speaker_text"] or "").lower().split()[-1:] == [tok.lower_]


def _statement_of_previous_speaker(doc: Doc, row: dict, previous: dict) -> bool:
    """A bare statement is the one of whoever was credited with the claim just before (a ministry's "it said on
    its website", "according to the Foreign Office's spokesperson"), told at most two sentences before it, unless
    that one was a bare document as well."""
    near = row["sentence_index"] - previous["sentence_index"] <= DOCUMENT_REACH_SENTENCES
    words = (previous["speaker_text"] or "").split()
    # a body that issues statements: a name ("the Foreign Office's spokesperson") or an institution ("the
    # ministry"); medics or witnesses issue none
    head = words[-1].lower() if words else ""
    body = any(w[:1].isupper() for w in words[1:]) or head in INSTITUTION_NOUNS or head in ISSUING_BODY_WORDS
    return near and bool(body) and not _document_left_bare(doc[previous["_speaker_i"]], previous)


# Words of a body that issues statements, beside the institutions ("the military headquarters", "the office").
ISSUING_BODY_WORDS = BODY_NAME_WORDS | {"headquarters", "authorities", "spokesman", "spokeswoman", "spokesperson"}
# Sentences back a bare statement may point to the claim of its issuer ('"...," it said. "...". "...," said the
# statement').
DOCUMENT_REACH_SENTENCES = 2


def _claim_start(doc: Doc, row: dict, speaker: Token) -> Token:
    """Where a claim begins: a quote of several sentences before its "he said" begins at its first words."""
    first = doc.char_span(row["start_char"], row["start_char"] + 1, alignment_mode="expand")
    return first[0] if first is not None and len(first) and first[0].i < speaker.i else speaker


def _clean(text: str) -> str:
    """Speaker text without a trailing possessive."""
    for suffix in ("\u2019s", "'s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _with_honorific(ent: Span) -> Span:
    """A name with the courtesy title written before it ("Mr. Blinken")."""
    if ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in COURTESY_TITLES:
        return ent.doc[ent.start - 1 : ent.end]
    return ent


def _persons_after(doc: Doc, tok: Token) -> list[Span]:
    """PERSON names after a token, outside quotations."""
    quoted = quoted_tokens(doc)
    return [e for e in _doc_persons(doc) if e.start > tok.i and e.start not in quoted]


def _persons_before(doc: Doc, tok: Token) -> list[Span]:
    """PERSON names before a token, outside quotations."""
    quoted = quoted_tokens(doc)
    return [e for e in _doc_persons(doc) if e.end <= tok.i and e.start not in quoted]


def _doc_persons(doc: Doc) -> list[Span]:
    """The document's PERSON names, found once per document."""
    persons = doc.user_data.get("_claims_persons")
    if persons is None:
        persons = doc.user_data["_claims_persons"] = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
    return persons


def _told_dead(ent: Span) -> bool:
    """Whether a person's name is told as killed or dead where it is written ("A police officer, Jan Roe, was
    killed", "gunmen shot dead Jan Roe", "Jan Roe died"): no one who speaks after."""
    word = ent.root
    while word.dep_ in ("appos", "compound") and word.head.i != word.i:
        word = word.head
    verb = word.head
    if word.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() in KILLING_VERBS:
        return True
    return word.dep_ == "nsubj" and verb.lemma_.lower() in DYING_VERBS


# Verbs whose passive subject or object is killed, and whose subject died.
KILLING_VERBS = frozenset({"kill", "murder", "assassinate", "execute", "behead", "slay"})
DYING_VERBS = frozenset({"die", "perish"})


def _antecedent_person(doc: Doc, tok: Token) -> str | None:
    """The nearest named person before a pronoun (a role resolved to a name counts), subjects first."""
    quoted = quoted_or_dateline_tokens(doc)

    def fits(cand: Token) -> tuple[bool, str] | None:
        if cand.i in quoted:
            return None
        if cand.ent_type_ == "PERSON" and cand.ent_iob_ == "B":
            ent = entity_of(cand)
            if _names_a_settlement(ent):
                return None  # "the town of al-Bara": a place the tagger took for a person
            if _told_dead(ent):
                return None  # "A police officer, Jan Roe, was killed ... 'We will find them,' he said": not Roe
            return _is_subject(ent), _with_honorific(ent).text
        if cand.dep_ not in SUBJECT_DEPS or cand.ent_type_ == "PERSON":
            return None
        if cand.lemma_.lower() in ROLE_NOUNS:
            holder = _role_holder(doc, cand)
            return (True, holder) if holder is not None else None
        named = _known_surname(doc, cand) if cand.pos_ == "PROPN" else None
        if named is None and cand.head.lemma_ in RELAYED_CUES and _may_be_a_person(cand):
            named = _clean(_speaker_span(cand).text)  # "Tan Oo, a farmer, told AFP. ... he said"
        return (True, named) if named is not None else None

    found = antecedent(tok, fits, WINDOWS["speaker_person"], prefer=lambda c: c[0])
    return found[1] if found is not None else None


def _antecedent_described_person(doc: Doc, tok: Token) -> str | None:
    """Where no named person comes before "he" or "she", the one person a subject noun described in that
    sentence or the one before ("The rescue worker, who reached the village at dawn, asked not to be named.
    He said ...": the rescue worker)."""
    quoted = quoted_or_dateline_tokens(doc)
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    described = [
        c
        for c in doc[start : tok.i]
        if c.i not in quoted
        and c.dep_ in SUBJECT_DEPS
        and c.tag_ == "NN"
        and c.lemma_.lower() in DESCRIBED_PERSON_NOUNS
        and not any(g.dep_ == "nummod" for g in c.children)
    ]
    return _clean(_speaker_span(described[-1]).text) if described else None


def _names_a_settlement(ent: Span) -> bool:
    """Whether a name is the X of "the town of X", "the village of X"."""
    root = ent.root
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in SETTLEMENT_NOUNS


def _known_surname(doc: Doc, tok: Token) -> str | None:
    """A name the tagger missed that repeats the end of a person named before ("Meinl-Reisinger" after "Beate X")."""
    start = min((c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), default=tok.i)
    name = doc[start : tok.i + 1].text
    if any(e.text.endswith(" " + name) for e in _persons_before(doc, tok)):
        return name
    return None


def _is_subject(ent: Span) -> bool:
    """Whether a name is (the head of) a clause subject."""
    root = ent.root
    if root.dep_ in SUBJECT_DEPS:
        return True
    return root.dep_ in {"poss", "compound", "appos"} and root.head.dep_ in SUBJECT_DEPS


def _antecedent_group(doc: Doc, tok: Token, pronoun: str | None = None) -> str | None:
    """The nearest fitting subject before "it" (an organisation or country) or "they" (a plural or a body)."""
    quoted = quoted_or_dateline_tokens(doc)
    plural = (pronoun or tok.lower_) == "they"
    sent_start = tok.sent.start  # a bare noun in the pronoun's own sentence is in what it said
    labels = {"ORG", "NORP"} if plural else {"ORG", "GPE", "NORP"}

    def fits(cand: Token) -> str | None:
        if cand.i in quoted or cand.dep_ not in SUBJECT_DEPS or cand.pos_ == "PRON" or cand.ent_type_ == "PERSON":
            return None
        if cand.ent_type_ in labels or (plural and cand.tag_ in {"NNS", "NNPS"} and not _happening(cand)):
            return _clean(_speaker_span(cand).text)
        if not plural and cand.tag_ == "NN" and cand.lemma_.lower() in INSTITUTION_NOUNS and cand.i < sent_start:
            return _clean(_speaker_span(cand).text)  # "The army gave another account. ... it said"
        if not plural and cand.tag_ == "NN" and cand.i < sent_start and cand.lemma_.lower() in GROUP_NOUNS:
            return _by_named_group(cand)  # "The bloc threatened force. It said ...": the bloc named before
        return None

    return antecedent(tok, fits, WINDOWS["speaker_group"])


def _happening(noun: Token) -> bool:
    """A noun for an event ("strikes", "shelling on the port"): no one who speaks through "their spokesman"."""
    return noun.lemma_.lower() in NOUN_TRIGGERS


def _role_holder(doc: Doc, tok: Token) -> str | None:
    """The named person a role stands for: the nearest one the article wrote with a fitting title."""
    if tok.tag_ in {"NNS", "NNPS"}:
        return None  # "the ministers": a group, not one person
    role_words = {t.lower_ for t in _speaker_span(tok) if not t.is_punct}
    persons = _persons_before(doc, tok)
    titles: dict[str, set[str]] = {}
    for ent in persons:
        titles.setdefault(ent.root.lower_, set()).update(_titles(ent))
    for ent in reversed(persons):
        if _title_fits(tok.lemma_.lower(), role_words, titles[ent.root.lower_]):
            return _with_honorific(ent).text
    # "..., the prime minister said" in the opening, "Prime Minister Ana Ruiz" later: the first name written with
    # every title word of the role ("Foreign Minister X" is not "the prime minister"); the country of "A Russian
    # governor" may stand in the later name's sentence instead of its title ("Russia's Kursk region was hit, said
    # local governor X")
    return next(
        (
            _with_honorific(e).text
            for e in _persons_after(doc, tok)
            if _title_fits(tok.lemma_.lower(), role_words, _titles(e) | _sentence_places(e))
            and all(_holds(w, _titles(e)) for w in role_words & ROLE_NOUNS)
        ),
        None,
    )


def _holds(role: str, title: set[str]) -> bool:
    """Whether a title holds a role word, as written or as the title the role stands for ("premier": "Prime
    Minister"; ROLE_TITLES, strict enough to name a person told later, unlike ROLE_TITLE_FITS)."""
    return role in title or bool(ROLE_TITLES.get(role, frozenset()) & title)


def _sentence_places(ent: Span) -> set[str]:
    """The words of the countries and peoples named in a name's sentence ("russia" of "Russia's Kursk region")."""
    return {t.lower_ for e in ent.sent.ents if e.label_ in ("GPE", "NORP") for t in e}


def _title_fits(role: str, role_words: set[str], title: set[str]) -> bool:
    """Whether a role phrase ("the Israeli leader", "the head of American diplomacy") fits a person's title."""
    if not title:
        return False
    for word, required in ROLE_DOMAINS.items():
        if word in role_words and not any(needed <= title for needed in required):
            return False
    domain = any(word in role_words for word in ROLE_DOMAINS)
    held = role in title or bool(ROLE_TITLE_FITS.get(role, frozenset()) & title)
    if not domain and not held and not (role in LEADER_ROLES and title & HEAD_OF_STATE_TITLES):
        return False
    nations = {w for w in role_words if w in TITLE_NATIONALITY_WORDS}
    return all(TITLE_NATIONALITY_WORDS[w] & title for w in nations)


def _capitalised_title(tok: Token) -> bool:
    """A capitalised role word before a name, however the parser hung it ("Chief Adviser" read as a clause's root
    after a dateline)."""
    return tok.is_title and tok.lower_ in ROLE_NOUNS | TITLE_MODIFIERS


# How the words of a title before a name hang on it, and words that open a role's title ("Deputy Minister").
TITLE_DEPS = frozenset({"compound", "nmod", "amod", "pobj", "prep"})
TITLE_MODIFIERS = frozenset({"deputy", "vice", "acting", "senior", "foreign", "interior", "defence", "defense"})


def _titles(ent: Span) -> set[str]:
    """Title words written with a name: "Prime Minister X", "X, the president of Y"."""
    words = set()
    i = ent.start - 1
    doc = ent.doc
    abbreviation = _bracketed_abbreviation(ent)
    if abbreviation is not None:
        words.add(abbreviation.lower())  # "Inspector General of Police (IGP) Tom Varga": the title's abbreviation
        i -= 3
    while i >= 0 and (doc[i].sent == ent.sent and doc[i].dep_ in TITLE_DEPS or _capitalised_title(doc[i])):
        words.add(doc[i].lower_)
        words.add(SHORTENED_TITLES.get(doc[i].lower_, doc[i].lower_))  # "Lt. Gen. X" is the general
        i -= 1
    for child in ent.root.children:
        if child.dep_ == "appos":
            words.update(t.lower_ for t in child.subtree)
    head = ent.root.head
    if ent.root.dep_ == "appos" and head.i < ent.start and head.pos_ == "NOUN":
        # "The district's health chief, Ama Oyelu": the descriptor the name is set beside is a title
        words.update(t.lower_ for t in head.subtree if t.i <= head.i)
    elif ent.root.dep_ == "appos" and head.i < ent.start:
        # "the Chairman of Kessa LGA, Musa Bello": the parser set the name beside the office's place; the role
        # whose "of" phrase that is titles it
        role = head
        while role.dep_ == "pobj" and role.head.lower_ == "of" and role.head.head.i < role.i:
            role = role.head.head
        if role.i != head.i and role.lemma_.lower() in ROLE_NOUNS:
            words.update(t.lower_ for t in role.subtree if t.i < ent.start and not t.is_punct)
    return words


def _container_source(source: Token) -> Token:
    """ "a statement from the presidency" credits the presidency."""
    if source.lemma_.lower() in SOURCE_CONTAINERS:
        for prep in source.children:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "by", "of"}:
                inner = pobj(prep)
                if inner is not None:
                    return inner
    return source
