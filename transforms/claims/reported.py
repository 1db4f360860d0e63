"""Reported speech: reporting verbs and nouns with their complements, read by REPORTED_PATTERNS.

A cue verb tries the verb patterns in order, a cue noun the noun patterns; the first that decides wins
(see transforms.claims.patterns). Each pattern has its example sentence and the claim it gives there.
"""

from __future__ import annotations

import itertools
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts.transforms.claims.grammar import (
    _complement,
    _is_asserted,
    _negated,
    _states_something,
    _subject,
    _trim,
)
from newsfacts.transforms.claims.patterns import NO_CLAIM, CuePattern, cue_pattern, first_decision
from newsfacts.transforms.claims.rows import _claim_row, _end, _text
from newsfacts.transforms.claims.words import (
    CLAUSE,
    INFINITIVE,
    NAME,
    OBJECT,
    CUE_NOUNS,
    CUE_VERBS,
    DESCRIBING_CUES,
    DOCUMENT_CUE_VERBS,
    QUOTE_ONLY_CUE_VERBS,
    DEED_PARTICIPLES,
    DEED_PREPOSITIONS,
    MUTE_SUBJECTS,
    NAMED_BODY_SUBJECTS,
    SPEECH_CUES,
    NON_SPEAKERS,
    OBJECT_CLAUSE_CUES,
    PARTICIPLE_DEPS,
    RELAYED_CUES,
)
from newsfacts.transforms.language.discourse import (
    QUOTING_VERBS,
    credit_phrase,
    is_quote_mark,
    name_after_role,
    name_before_role,
    name_then_role_credit,
    named_subject,
    pobj,
    Quote,
    quotations,
    quoted_as_saying,
    quoting_verb,
    quoted_tokens,
    starts_paragraph,
)
from newsfacts.transforms.language.lexicon import (
    EVIDENCE_NOUNS,
    FINITE_TAGS,
    RELATIVE_TAGS,
    SOURCE_CONTAINERS,
    SUBJECT_DEPS,
    SUBJECT_PRONOUNS,
)


def _reported_speech(doc: Doc, article_id: str, skip: set[int]) -> Iterator[dict]:
    """Reporting verbs and nouns with their complements; speaker = the subject or possessor, resolved."""
    for tok in doc:
        if tok.i in skip:
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ in {"VERB", "AUX"} and lemma in CUE_VERBS and lemma not in QUOTE_ONLY_CUE_VERBS:
            patterns = VERB_PATTERNS
        elif tok.pos_ in {"VERB", "AUX"} and lemma in DOCUMENT_CUE_VERBS:
            patterns = DOCUMENT_PATTERNS
        elif tok.pos_ == "NOUN" and lemma in CUE_NOUNS:
            patterns = NOUN_PATTERNS
        else:
            continue
        pattern, row = first_decision(patterns, doc, article_id, tok)
        if pattern is not None and row is not NO_CLAIM:
            row["_cue_char"] = tok.idx
            row["_pattern"] = pattern.name
            yield row


# --- verb patterns, in the order they are tried ----------------------------------------------

# Dashes that set a credit after the statement it closes ("... help before winter. - said Governor X").
CREDIT_DASHES = frozenset({"-", "\u2013", "\u2014"})
# Marks that end the sentence before such a credit.
STOP_MARKS = frozenset({".", "!", "?"})
# Dependents of a cue that tell where or when it was said, which may follow a speaker written after the cue
# (", wrote the mayor, Ana Vidal, on Telegram", ", said officials on Sunday").
SETTING_DEPS = frozenset({"prep", "npadvmod", "advmod"})


def _is_participle(verb: Token) -> bool:
    """A cue in -ing that is not the sentence's main verb (", saying ...", "with X calling for ...")."""
    return verb.tag_ == "VBG" and verb.dep_ != "ROOT"


@cue_pattern(
    "quoted_description",
    "Premier Ivo Sand signed the accord, calling the deal \u201ca new dawn for the region.\u201d",
    ("indirect", "Ivo Sand", "call", "the deal a new dawn for the region"),
)
def _find_quoted_description(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """ "described the deal as a "turning point"", "hailed it as a "new dawn"", ", calling the accord "a
    great step"": what the cue judges and the quoted description it gives it are what was said, by the
    cue's subject (a participle's: the subject of the clause it goes on from)."""
    if verb.lemma_.lower() not in DESCRIBING_CUES or _negated(verb):
        return None
    if _find_quoted_name.find(doc, article_id, verb) is not None:
        return None  # a name given by a finite cue: that pattern's, in its turn
    quote = _description_quote(doc, verb)
    subject = _subject(verb) or (_subject(_participle_head(verb)) if _is_participle(verb) else None)
    if quote is None or subject is None:
        return None
    described = next(c for c in verb.children if c.dep_ == OBJECT and c.i > verb.i)
    words = [t for t in doc[described.left_edge.i : quote.close + 1] if not t.is_space]
    # what was judged and the judgement, as "called China a "decisive enabler"" is read (a partial quotation)
    return _claim_row(doc, article_id, "indirect", subject, verb, _trim(words), [verb])


def _description_quote(doc: Doc, verb: Token) -> Quote | None:
    """The quotation that a describing cue gives its object, in the cue's sentence and ending the
    description, else None."""
    obj = next((c for c in verb.children if c.dep_ == OBJECT and c.i > verb.i), None)
    if obj is None:
        return None
    quote = next((q for q in quotations(doc) if obj.i < q.open <= obj.right_edge.i + 3), None)
    if quote is None or not verb.sent.start <= quote.open < verb.sent.end or _goes_on(doc, quote.close):
        return None
    return quote


def _goes_on(doc: Doc, close: int) -> bool:
    """Whether the description goes on after its closing mark ("a "decisive enabler" of the war", ""outrageous"
    and "unauthorised""): then the quoted words are only part of it."""
    after = doc[close + 1] if close + 1 < len(doc) else None
    return after is not None and not (after.is_punct or after.is_space)


@cue_pattern(
    "quoted_as_saying",
    "Rebel radio quoted a commander as saying that 40 soldiers were killed.",
    ("indirect", "a commander", "say", "40 soldiers were killed"),
)
def _find_quoted_as_saying(doc: Doc, article_id: str, verb: Token) -> dict | None:
    speaker = quoted_as_saying(verb) if _is_participle(verb) and not _negated(verb) else None
    content = _complement(verb) if speaker is not None else []
    if speaker is not None and not content:
        content = _statement_closed_by_quoting(verb)
    return _claim_row(doc, article_id, "indirect", speaker, verb, content, [verb]) if content else None


def _statement_closed_by_quoting(verb: Token) -> list[Token]:
    """ "52 bodies were found, AFP quoted an official as saying.": a quoting credit that closes its sentence
    credits the words before its comma, as "..., officials said" does."""
    quoting = quoting_verb(verb)
    phrase = credit_phrase(quoting) if quoting is not None else None
    if quoting is None or phrase is None or any(c.dep_ == CLAUSE and c.i > quoting.i for c in quoting.children):
        return []
    return _trim(list(verb.doc[quoting.sent.start : phrase.start - 1]))


@cue_pattern(
    "with_speaker_participle",
    "The talks ended, with the foreign minister reiterating the country's wish for calm.",
    ("indirect", "the foreign minister", "reiterate", "the country's wish for calm"),
)
def _find_absolute(doc: Doc, article_id: str, verb: Token) -> dict | None:
    return _absolute_claim(doc, article_id, verb) if _is_participle(verb) else None


@cue_pattern(
    "participle_after_cue",
    "The minister said the talks failed, adding that a new round was planned.",
    ("indirect", "The minister", "add", "a new round was planned"),
)
def _find_participle_after_cue(doc: Doc, article_id: str, verb: Token) -> dict | None:
    if not _is_participle(verb) or _participle_head(verb).lemma_.lower() not in CUE_VERBS:
        return None
    return _participle_claim(doc, article_id, verb) or NO_CLAIM


@cue_pattern(
    "participle_after_deed",
    "The militia postponed the handover for six hours, saying the army had broken the truce.",
    ("indirect", "The militia", "say", "the army had broken the truce"),
)
def _find_participle_after_deed(doc: Doc, article_id: str, verb: Token) -> dict | None:
    if not _is_participle(verb):
        return None
    return _participle_claim(doc, article_id, verb) or NO_CLAIM


@cue_pattern("not_asserted", "The minister will say more about the plan on Monday.", None)
def _find_unasserted(doc: Doc, article_id: str, verb: Token) -> dict | None:
    if not _is_asserted(verb):
        return NO_CLAIM
    subject = _subject(verb)
    if subject is not None and subject.lemma_.lower() in NAMED_BODY_SUBJECTS:
        named = any(c.ent_type_ and c.dep_ in ("compound", "amod", "nmod", "poss") for c in subject.children)
        return None if named or verb.lemma_.lower() in SPEECH_CUES else NO_CLAIM  # "the mission said": a body
    return NO_CLAIM if subject is None or subject.lemma_.lower() in NON_SPEAKERS | EVIDENCE_NOUNS else None


@cue_pattern(
    "parenthetical",
    "The harvest, the farmers' association says, will be the smallest in a decade.",
    ("according_to", "the farmers' association", "say", "The harvest will be the smallest in a decade"),
)
def _find_parenthetical(doc: Doc, article_id: str, verb: Token) -> dict | None:
    if verb.dep_ != "parataxis" or CLAUSE not in CUE_VERBS[verb.lemma_.lower()]:
        return None
    return _parenthetical_claim(doc, article_id, verb, _subject(verb)) or NO_CLAIM


@cue_pattern(
    "said_of_a_relative",
    "Jets hit a depot, which the army said stored rockets for the militia.",
    ("indirect", "the army", "say", "stored rockets for the militia"),
)
def _find_said_of_a_relative(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """ "a depot, which the army said stored rockets": the parser reads "which" and the speaker as two subjects
    of the cue; what the speaker said of the noun is the rest of the relative clause."""
    if verb.dep_ != "relcl" or CLAUSE not in CUE_VERBS[verb.lemma_.lower()] or _negated(verb):
        return None
    speaker = _speaker_beside_a_relative(verb)
    if speaker is None:
        return None
    content = _trim(list(doc[verb.i + 1 : verb.right_edge.i + 1]))
    return _claim_row(doc, article_id, "indirect", speaker, verb, content, [verb]) if content else NO_CLAIM


def _speaker_beside_a_relative(verb: Token) -> Token | None:
    """The one noun subject of a cue whose other subject is a relative pronoun, the cue's or its clause's
    ("which the statement said "carried out ..."": the parser may make "which" the clause's subject)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    said_of = [g for c in verb.children if c.dep_ == CLAUSE for g in c.children if g.dep_ in SUBJECT_DEPS]
    relative = [c for c in subjects + said_of if c.tag_ in RELATIVE_TAGS and c.i < verb.i]
    speaker = [c for c in subjects if c.pos_ in {"NOUN", "PROPN"} and c.i < verb.i]
    return speaker[0] if relative and len(speaker) == 1 else None


@cue_pattern(
    "describes_a_noun", "The envoy put forward proposals that the mediators believe will end the dispute.", None
)
def _find_description(doc: Doc, article_id: str, verb: Token) -> dict | None:
    described = verb.dep_ in {"acl", "relcl"} and any(
        c.dep_ == CLAUSE and c.left_edge.i < verb.i for c in verb.children
    )
    return NO_CLAIM if described else None


@cue_pattern("own_words_nested", "The minister will say on Monday that he welcomes the offer to host the talks.", None)
def _find_own_words_nested(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """A cue inside what a speaker said, whose subject is a pronoun for that speaker ("said that he
    welcomed ..."), is part of that statement, not a claim of its own."""
    head = verb.head
    nested = verb.dep_ == CLAUSE and head.lemma_.lower() in CUE_VERBS and head.i < verb.i
    subject = _subject(verb) if nested else None
    return NO_CLAIM if subject is not None and subject.lower_ in SUBJECT_PRONOUNS else None


@cue_pattern(
    "nested_in_a_statement", "The official will say the first reports suggest the rocket came from the hills.", None
)
def _find_nested(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """A cue in the clause of another speaker's plain statement ("said the first reports suggest ...") is part
    of what that speaker said (one statement, one claim): the nested source speaks only through it."""
    head = verb.head
    nested = verb.dep_ == CLAUSE and head.lemma_.lower() in RELAYED_CUES and head.i < verb.i
    return NO_CLAIM if nested else None


@cue_pattern(
    "credit_closing_the_sentence",
    "Three people were killed, two injured and one went missing, officials said at the time.",
    ("indirect", "officials", "say", "Three people were killed, two injured and one went missing"),
)
def _closing_credit(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """ "<statement>, officials said.": a finite cue that closes its sentence, its subject the phrase between
    the last comma and the cue; what was said is all the sentence before that comma, whatever the parser
    hung it on (a list of clauses, a clause it read as the cue's head or left unattached)."""
    phrase = _closing_phrase(verb)
    if phrase is None or _a_deed(verb):
        return None
    # "..., Norway's broadcaster NRK said": of a descriptor and a name read as two subjects, the name
    subject = named_subject([c for c in verb.children if c.dep_ in SUBJECT_DEPS and phrase.start <= c.i < phrase.end])
    subject = subject or _subject(verb)  # "..., the director Dr Omar Sall told AFP": a name hung on the noun before
    if subject is None or not phrase.start <= subject.i < phrase.end:
        subject = _described_subject(phrase) or _name_before_its_role(phrase)
    if subject is None:
        return None
    content = _trim(list(doc[verb.sent.start : phrase.start - 1]))
    if not content:
        return None
    kind = "according_to" if verb.lemma_.lower() == "say" and verb.tag_ in {"VBZ", "VBP"} else "indirect"
    return _claim_row(doc, article_id, kind, subject, verb, content, [verb])


def _name_before_its_role(phrase: Span) -> Token | None:
    """The last word of the name that opens a closing credit of a name and its role ("..., Omar Sall, a council
    spokesman, said"), where the parser hung the name elsewhere; else None."""
    comma = next((t for t in phrase if t.text == ","), None)
    last = phrase.doc[comma.i - 1] if comma is not None and comma.i > phrase.start else None
    return last if last is not None and last.pos_ == "PROPN" else None


def _described_subject(phrase: Span) -> Token | None:
    """The noun a relative clause describes in a closing credit the parser hung on the statement ("..., an
    official who declined to be named said"), else None."""
    root = phrase.root
    described = root.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "relcl" for c in root.children)
    return root if described else None


def _closing_phrase(verb: Token) -> Span | None:
    """The credit phrase of a finite, affirmative cue with nothing said after it; else None."""
    finite = CLAUSE in CUE_VERBS[verb.lemma_.lower()] and verb.tag_ in FINITE_TAGS and not _negated(verb)
    if not finite or _says_after(verb):
        return None
    return credit_phrase(verb) or name_then_role_credit(verb)  # "..., Ana Vidal, the mayor, pledged"


@cue_pattern(
    "quoted_name",
    "Mr. Omondi, who called the raid \u201can act of cowardice,\u201d cut short his trip.",
    ("direct_quote", "Mr. Omondi", "call", "an act of cowardice"),
)
def _find_quoted_name(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """ "called the raid "an act of cowardice"": the name given in quotation marks is the speaker's own words."""
    if NAME not in CUE_VERBS[verb.lemma_.lower()] or not _is_asserted(verb):
        return None
    quoted = quoted_tokens(doc)
    name = next((c for c in verb.children if c.dep_ == NAME), None)
    words = [t for t in name.subtree if not t.is_punct] if name is not None else _quote_after_object(doc, verb)
    if not words or not all(t.i in quoted for t in words):
        return None
    return _claim_row(doc, article_id, "direct_quote", _subject(verb), verb, words, [verb])


def _quote_after_object(doc: Doc, verb: Token) -> list[Token]:
    """The words of a quotation right after the cue's object, where the parser hung it elsewhere ("called the
    attack "the last stand of terrorism"" read as an apposition): the name given."""
    obj = next((c for c in verb.children if c.dep_ == OBJECT and c.i > verb.i), None)
    quote = next((q for q in quotations(doc) if obj is not None and q.open == obj.right_edge.i + 1), None)
    return [t for t in doc[quote.open + 1 : quote.close] if not t.is_punct] if quote is not None else []


@cue_pattern(
    "reporting_verb",
    "The union called for a general strike on Monday.",
    ("indirect", "The union", "call for", "a general strike on Monday"),
)
def _find_reporting_verb(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """The subject said, stated, urged ... the complement; "..., the minister says" is a credit in passing."""
    content = _complement(verb)
    if not content:
        return NO_CLAIM
    kind = "indirect"
    if verb.lemma_.lower() == "say" and verb.tag_ in {"VBZ", "VBP"} and content[-1].i < verb.i:
        kind = "according_to"  # "..., the minister says": a parenthetical credit
    cue_tokens = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    return _claim_row(doc, article_id, kind, _subject(verb), verb, content, cue_tokens)


@cue_pattern(
    "cue_noun",
    "Markets fell after Mr. Grant\u2019s assertion that rates would rise again.",
    ("indirect", "Mr. Grant", "assertion", "rates would rise again"),
)
def _find_cue_noun(doc: Doc, article_id: str, noun: Token) -> dict | None:
    return _noun_claim(doc, article_id, noun) or NO_CLAIM


# --- what the patterns build --------------------------------------------------------------------


def _participle_head(verb: Token) -> Token:
    """The verb a participle goes on from; one the parser hung on what a cue said goes on from the cue."""
    head = verb.head
    if head.dep_ == CLAUSE and head.head.lemma_.lower() in CUE_VERBS and head.head.i < head.i:
        head = head.head  # "X said the talks failed, adding that ...": the parser hung it on what X said
    return head


def _participle_claim(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """ "X said ..., adding that ...": a cue participle with no subject of its own goes on with the main speaker."""
    subject = participle_speaker(doc, verb)
    if subject is None:
        return None
    if not (_states_something(verb) or _judges_for_an_issuer(verb)):
        return None  # ", emphasizing the need": an aside; ", adding that ...", ", calling for ...": a statement
    content = _complement(verb)
    if not content:
        return None
    return _claim_row(doc, article_id, "indirect", subject, verb, content, [verb])


def _judges_for_an_issuer(verb: Token) -> bool:
    """ "issued a joint statement expressing concern over ...", "released a statement condemning the raid": a
    stance cue with an object, describing an issued statement, is what the statement says."""
    stance = OBJECT in CUE_VERBS[verb.lemma_.lower()] and any(c.dep_ == OBJECT for c in verb.children)
    return stance and _statement_issuer(verb) is not None


def participle_speaker(doc: Doc, verb: Token) -> Token | None:
    """Who a participle after a comma speaks for: the subject of the clause it goes on from."""
    issuer = _statement_issuer(verb) or _answer_by_saying(verb)
    if issuer is not None:
        return issuer
    head = _participle_head(verb)
    if _second_participle(doc, verb, head):
        return participle_speaker(doc, head)  # ", saying A and accusing B of C": both by whoever said A
    if verb.dep_ not in PARTICIPLE_DEPS or verb.i == 0 or not _set_off(doc, verb, head):
        return None
    if _negated(verb) or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    quoted = _quoted_speaker(head)
    if quoted is not None and head.i < verb.i:
        return quoted  # "X is quoted as telling journalists ..., adding that ...": X adds
    if head.i >= verb.i or head.pos_ not in {"VERB", "AUX"} or not _is_asserted(head):
        return None
    if head.lemma_.lower() not in CUE_VERBS and verb.lemma_.lower() not in DEED_PARTICIPLES:
        return None  # "X did Y, saying Z": only a saying participle makes a deed a statement
    subject = _subject(head)
    if subject is not None and subject.lemma_.lower() in MUTE_SUBJECTS and head.lemma_.lower() not in CUE_VERBS:
        # "The announcement came after Hamas delayed it, saying ...": the announcement did not say it; in "the
        # statement said A, adding that B" the statement speaks for its issuer, B too
        subject = _doer_before(verb, head)
    if subject is None or subject.lemma_.lower() in NON_SPEAKERS:
        return None
    return subject


def _second_participle(doc: Doc, verb: Token, head: Token) -> bool:
    """ "..., saying the ship was on patrol and accusing Valdoria of spying": a cue participle joined by "and"
    after another cue participle, which the parser hung on the first, goes on with the first one's speaker."""
    return (
        verb.tag_ == "VBG"
        and head.tag_ == "VBG"
        and head.i < verb.i
        and head.lemma_.lower() in CUE_VERBS
        and doc[verb.i - 1].lower_ == "and"
        and not _negated(verb)
    )


def _answer_by_saying(verb: Token) -> Token | None:
    """ "The president responded by declaring that ...", "The ministry replied by insisting that ...": a cue
    gerund after "by" tells how the subject of the verb before it acted, so that subject speaks."""
    by = verb.head
    if verb.dep_ != "pcomp" or by.lower_ != "by" or by.dep_ != "prep" or _negated(verb):
        return None
    head = by.head
    if head.pos_ not in {"VERB", "AUX"} or head.i > verb.i or not _is_asserted(head):
        return None
    subject = _subject(head)
    return subject if subject is not None and subject.lemma_.lower() not in NON_SPEAKERS else None


def _statement_issuer(verb: Token) -> Token | None:
    """ "X issued a statement condemning the attack and stressing that ...": a participle that describes a
    statement noun speaks for whoever issued the statement (the subject of the verb that takes the noun)."""
    first = verb
    while first.dep_ == "conj" and first.head.tag_ == "VBG":
        first = first.head
    noun = first.head
    if first.dep_ != "acl" or noun.lemma_.lower() not in CUE_NOUNS or noun.dep_ != OBJECT or _negated(verb):
        return None
    subject = _subject(noun.head) if noun.head.pos_ == "VERB" and _is_asserted(noun.head) else None
    return subject if subject is not None and subject.lemma_.lower() not in NON_SPEAKERS else None


def _quoted_speaker(verb: Token) -> Token | None:
    """Who is quoted in "X is quoted as telling ...", "Y quoted X as saying ...", else None."""
    if verb.lemma_.lower() not in QUOTING_VERBS or _negated(verb):
        return None
    cues = [g for c in verb.children for g in (c, *c.children) if g.lemma_.lower() in CUE_VERBS]
    return next((s for s in map(quoted_as_saying, cues) if s is not None), None)


def _set_off(doc: Doc, verb: Token, head: Token) -> bool:
    """Whether a participle goes on from its clause: after a comma, or after a cue without one ("the army said
    on Saturday adding that ...", "told reporters adding ...")."""
    return doc[verb.i - 1].text == "," or (head.lemma_.lower() in CUE_VERBS and head.i < verb.i)


def _doer_before(verb: Token, head: Token) -> Token | None:
    """The subject of the clause that ends at the participle's comma, inside the main clause ("after Hamas
    delayed the releases, saying ..."), when the main subject cannot speak; else None."""
    tok = verb.doc[verb.i - 2] if verb.i >= 2 else head
    while tok.i != head.i and tok.head.i != tok.i:  # indices: spaCy makes a new Token object on each access
        if tok.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return subject
        tok = tok.head
    return None


def _absolute_claim(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """ "..., with the UN chief calling for a ceasefire": a cue participle with its own subject after "with"."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with":
        subject = verb.head
    else:
        return None
    if subject is None or _negated(verb) or subject.lemma_.lower() in NON_SPEAKERS:
        return None
    content = _complement(verb)
    if not content:
        return None
    cue_tokens = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    return _claim_row(doc, article_id, "indirect", subject, verb, content, cue_tokens)


@cue_pattern(
    "dash_credit_closing_a_paragraph",
    "Our towns will be rebuilt. Every family will get help. - said Governor Lena Marsh",
    ("indirect", "Lena Marsh", "say", "Our towns will be rebuilt. Every family will get help"),
)
def _dash_credit(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """ "<statement of some sentences> - said NAME" ending a paragraph, with no quotation marks: the paragraph
    before the dash is what the speaker after the cue said."""
    dash = doc[verb.i - 1] if verb.i > 0 else None
    if dash is None or dash.text not in CREDIT_DASHES or dash.i != verb.sent.start or dash.i == 0:
        return None
    if verb.tag_ not in FINITE_TAGS or _negated(verb) or CLAUSE not in CUE_VERBS[verb.lemma_.lower()]:
        return None
    speaker = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > verb.i), None)
    if speaker is None or speaker.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ == CLAUSE for c in verb.children):
        return None
    end = max(verb.right_edge.i, speaker.right_edge.i) + 1
    if end < len(doc) and not (starts_paragraph(doc[end]) or doc[end].is_space or doc[end].is_punct):
        return None  # the credit closes its paragraph
    if doc[dash.i - 1].text not in STOP_MARKS:
        return None
    start = dash.i - 1
    while start > 0 and not starts_paragraph(doc[start]):
        start -= 1
    content = _trim([t for t in doc[start : dash.i] if not t.is_space])
    return _claim_row(doc, article_id, "indirect", speaker, verb, content, [verb]) if content else None


@cue_pattern(
    "speaker_hung_on_content",
    "The nine were killed in a raid on the town of Dorsa, north of Lamu, the Karvo Monitor for Human Rights said.",
    (
        "indirect",
        "the Karvo Monitor for Human Rights",
        "say",
        "The nine were killed in a raid on the town of Dorsa, north of Lamu",
    ),
)
def _trailing_credit(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """ "..., police and residents said on Sunday, ...": a credit after its content whose speaker the parser
    hung on the content (a conjunct or an apposition of its last noun), so the cue has no subject of its own."""
    phrase = _unparsed_credit(verb)
    if phrase is None:
        return None
    heads = [t for t in phrase if not (phrase.start <= t.head.i < phrase.end) and t.pos_ in {"NOUN", "PROPN"}]
    role = len(heads) == 1 and heads[0].pos_ == "NOUN"
    after = name_after_role(phrase) if role else None
    if after is not None:  # "..., the governor of Balkh, Ali Khan, said": the name spoke
        heads = [after[-1]]
    name = name_before_role(phrase) if role and after is None else None
    if name is not None:  # "..., Karim Haddad, a police chief said": the name, not the role, spoke
        heads, phrase = [name[-1]], name
    content = _trim(list(doc[verb.sent.start : phrase.start - 1])) if len(heads) == 1 else []
    if not content:
        return None
    return _claim_row(doc, article_id, "indirect", heads[0], verb, content, [verb])


def _says_after(verb: Token) -> bool:
    """Whether what a cue says comes after it: a clause, an object (not the one told: "told AFP"), or what it is
    about ("warned of grave consequences", "spoke about the talks"), so the words before it are no statement."""
    said = {CLAUSE, INFINITIVE} if verb.lemma_.lower() in OBJECT_CLAUSE_CUES else {CLAUSE, "dobj", INFINITIVE}
    if any(c.dep_ in said and c.i > verb.i for c in verb.children):
        return True
    # the topic on the cue, or on a word of time the parser hung it on ("warned on Friday of ...")
    after = [c for c in verb.children if c.i > verb.i]
    timed = (g for c in after for g in c.subtree if g.head.ent_type_ in ("DATE", "TIME") and g.head.i != verb.i)
    return any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS for c in itertools.chain(after, timed))


# Prepositions of what a cue is about, which say what after it ("warned of", "spoke about", "warned against").
TOPIC_PREPOSITIONS = frozenset({"of", "about", "against"})


def _a_deed(verb: Token) -> bool:
    """Whether a clause cue is used as a deed ("agreed to a prisoner exchange"), so it closes no statement."""
    deed = DEED_PREPOSITIONS.get(verb.lemma_.lower(), frozenset())
    return any(c.dep_ == "prep" and c.lower_ in deed and c.i > verb.i for c in verb.children)


def _unparsed_credit(verb: Token) -> Span | None:
    """The speaker phrase before a finite cue that closes its statement, when the parser gave the cue no
    subject there ("..., the Karvo Monitor for Human Rights said"); else None."""
    if CLAUSE not in CUE_VERBS[verb.lemma_.lower()] or verb.tag_ not in FINITE_TAGS or _negated(verb):
        return None
    if _says_after(verb) or _a_deed(verb):
        return None  # "X said that ...", "X vowed to end ...": the content comes after the cue ("told AFP": whom)
    phrase = credit_phrase(verb) or name_then_role_credit(verb)  # "..., Ana Vidal, the mayor, pledged"
    if phrase is None or any(c.dep_ in SUBJECT_DEPS and phrase.start <= c.i < verb.i for c in verb.children):
        return None  # the parser read the phrase as the cue's subject: other patterns read it
    return phrase


@cue_pattern(
    "speaker_after_cue",
    "The two leaders should meet in Vienna on 3 June, announced the presidency of Austria.",
    ("indirect", "the presidency of Austria", "announce", "The two leaders should meet in Vienna on 3 June"),
)
def _inverted_claim(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """ "..., announced the presidency of X.": a cue after its content, with the speaker after the cue."""
    speaker = _inverted_speaker(doc, verb)
    if speaker is None:
        return None
    sent = verb.sent
    inside = {t.i for t in verb.subtree}
    content = _trim([t for t in doc[sent.start : verb.i] if t.i not in inside])
    if not content:
        return None
    kind = "according_to" if verb.lemma_.lower() == "say" and verb.tag_ in {"VBZ", "VBP"} else "indirect"
    return _claim_row(doc, article_id, kind, speaker, verb, content, [verb])


def _inverted_speaker(doc: Doc, verb: Token) -> Token | None:
    """The speaker phrase after a cue that closes its sentence (", announced the presidency of X.")."""
    if not _may_be_inverted(doc, verb):
        return None
    speaker = next((c for c in verb.children if c.i > verb.i and c.dep_ in {"nsubj", "dobj"}), None)
    if speaker is None or (speaker.pos_ not in {"NOUN", "PROPN"} and _of_object(speaker) is None):
        return None  # a name, a noun, or "one of its residents"
    aside = {
        t.i
        for c in verb.children
        if c.i > speaker.i and ((c.dep_ == "advcl" and c.tag_ == "VBG") or c.dep_ in SETTING_DEPS)
        for t in c.subtree
    }
    if any(not (t.is_punct or t.is_space) and t.i not in aside for t in doc[speaker.right_edge.i + 1 : verb.sent.end]):
        return None  # the speaker phrase closes the sentence, or only an aside or a setting follows it
    return speaker


def _may_be_inverted(doc: Doc, verb: Token) -> bool:
    """A finite, affirmative cue right after a comma, after its content and with no subject before it."""
    if CLAUSE not in CUE_VERBS[verb.lemma_.lower()] or verb.tag_ not in FINITE_TAGS or _negated(verb):
        return False
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.head.i >= verb.i:
        return False
    return not any(
        (c.dep_ in SUBJECT_DEPS and c.i < verb.i) or c.dep_ in {CLAUSE, "aux", "auxpass"} for c in verb.children
    )


def _of_object(tok: Token) -> Token | None:
    """The object of an "of" after a token ("one of its residents"), else None."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return pobj(of)


def _parenthetical_claim(doc: Doc, article_id: str, verb: Token, subject: Token) -> dict | None:
    """ "The harvest, the union says, will be small": the host clause is the content, credited in passing.

    A clause coordinated after the aside ("A, the UN said, and B") is not part of what was credited.
    """
    aside = [t.i for t in verb.subtree]
    inside = set(aside)
    for child in verb.head.children:
        if _coordinated_after_aside(verb, child):
            inside.update(t.i for t in child.subtree)
    content = _trim([t for t in verb.head.subtree if t.i not in inside and not _where_said(t, verb)])
    if not content:
        return None
    kind = "according_to" if verb.tag_ in {"VBZ", "VBP"} else "indirect"  # "the union says" vs "the UN said"
    row = _claim_row(doc, article_id, kind, subject, verb, content, [verb])
    holes = [(doc[aside[0]].idx, _end(doc[aside[-1]]))] + [(t.idx, _end(t)) for t in content if is_quote_mark(t)]
    row["content"] = _text(doc, row["content_start"], row["content_end"], holes)
    return row


def _coordinated_after_aside(verb: Token, child: Token) -> bool:
    """ "A, the UN said, and B": a clause (or its "and") coordinated right after the aside is not credited;
    in "In a statement, the ministry said, the shelling killed 9 and wounded 20" the "and" comes after what
    was said, and belongs to it."""
    if child.i <= verb.i or not (child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} or child.dep_ == "cc"):
        return False
    between = verb.doc[verb.right_edge.i + 1 : child.left_edge.i]
    return all(t.is_punct or t.is_space for t in between)


def _where_said(tok: Token, verb: Token) -> bool:
    """Whether a token is in a phrase before the aside that tells where it was said ("In a statement, the
    ministry said, ..."): that is the credit's setting, not what was said."""
    phrase = next((a for a in (tok, *tok.ancestors) if a.head.i == verb.head.i and a.dep_ == "prep"), None)
    return (
        phrase is not None
        and phrase.right_edge.i < verb.i
        and any(g.dep_ == "pobj" and g.lemma_.lower() in SOURCE_CONTAINERS for g in phrase.children)
    )


def _noun_claim(doc: Doc, article_id: str, noun: Token) -> dict | None:
    """ "X's assertion that ...": the possessor made the statement in the clause."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next(
            (
                g
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in {"acl", "ccomp"}
            and c.pos_ in {"VERB", "AUX"}
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if owner is None or clause is None:
        return None
    content = _trim(list(clause.subtree))
    if not content:
        return None
    return _claim_row(doc, article_id, "indirect", owner, noun, content, [noun])


@cue_pattern(
    "document_read_after_content",
    "Crews were sent to clear the pass, read the ministry statement.",
    ("according_to", "the ministry statement", "read", "Crews were sent to clear the pass"),
)
def _document_read(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """ "<statement>, read the statement." or "<statement>, the statement read.": a document that "reads" after
    a comma that closes its sentence credits the words before that comma; its issuer is the speaker."""
    if verb.tag_ not in FINITE_TAGS or _negated(verb):
        return None
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    documents = [
        c for c in verb.children if c.dep_ in SUBJECT_DEPS | {OBJECT} and c.lemma_.lower() in SOURCE_CONTAINERS
    ]
    document = documents[0] if len(documents) == 1 else None
    if document is None or before is None:
        return None
    if document.i > verb.i:  # ", read the statement."
        comma, end = before, document.right_edge.i + 1
    else:  # ", the statement read."
        comma, end = verb.doc[document.left_edge.i - 1] if document.left_edge.i > 0 else before, verb.i + 1
    after = verb.doc[end : verb.sent.end]
    if comma.text != "," or any(not (t.is_punct or t.is_space) for t in after):
        return None
    content = _trim(list(doc[verb.sent.start : comma.i]))
    return _claim_row(doc, article_id, "according_to", document, verb, content, [verb]) if content else None


# --- the table -------------------------------------------------------------------------------

VERB_PATTERNS: tuple[CuePattern, ...] = (
    _dash_credit,
    _find_quoted_description,
    _find_quoted_as_saying,
    _find_absolute,
    _find_participle_after_cue,
    _find_participle_after_deed,
    _trailing_credit,
    _inverted_claim,
    _find_unasserted,
    _find_said_of_a_relative,
    _find_parenthetical,
    _find_description,
    _find_own_words_nested,
    _find_nested,
    _closing_credit,
    _find_quoted_name,
    _find_reporting_verb,
)
NOUN_PATTERNS: tuple[CuePattern, ...] = (_find_cue_noun,)
DOCUMENT_PATTERNS: tuple[CuePattern, ...] = (_document_read,)
REPORTED_PATTERNS = VERB_PATTERNS + NOUN_PATTERNS + DOCUMENT_PATTERNS
