"""Claims: statements the text credits to someone, as direct quotes, reported speech or "according to"."""
from __future__ import annotations

import logging
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts.schema import make_id
from transforms.language.discourse import (
    QUOTE_MARKS, WINDOWS, Quote, antecedent, dateline_tokens, entity_of, entity_root, quotations, quoted_tokens,
    same_or_previous_sentence, starts_paragraph,
)
from transforms.language.lexicon import (
    ACTOR_LABELS, COURTESY_TITLES, GROUP_LABELS, GROUP_NOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS, POSSESSIVE_PRONOUNS,
    SOURCE_CONTAINERS, SUBJECT_DEPS, TITLE_NATIONALITY_WORDS,
)
from transforms.spans import doc_ents, doc_text, trace

logger = logging.getLogger(__name__)

# Complements a cue may take: a clause, an object, a to-infinitive, or an object after a named preposition.
CLAUSE, OBJECT, INFINITIVE = "ccomp", "dobj", "xcomp"
_SAY = frozenset({CLAUSE})
_STANCE = frozenset({CLAUSE, OBJECT})
_COMMIT = frozenset({CLAUSE, INFINITIVE})
_DIRECT = frozenset({OBJECT, INFINITIVE})
# Reporting and stance verbs (lemma) and the complements that carry what was said.
CUE_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys((
        "say", "tell", "add", "claim", "declare", "state", "assert", "argue", "insist", "allege",
        "maintain", "explain", "note", "admit", "report", "suggest", "reply", "respond", "write",
        "tweet", "predict", "concede", "contend", "complain", "hint", "announce", "confirm", "reveal",
        "disclose", "testify", "remark", "observe", "answer", "affirm", "acknowledge", "caution",
        "estimate", "believe", "assess", "conclude",
    ), _SAY),
    **dict.fromkeys((
        "emphasize", "emphasise", "stress", "reiterate", "highlight", "underscore", "underline",
        "indicate", "express", "condemn", "deny", "reject", "welcome", "criticize", "criticise",
        "praise", "reaffirm", "signal", "voice", "denounce", "demand", "warn", "dismiss", "decry",
    ), _STANCE),
    **dict.fromkeys(("pledge", "vow", "promise", "threaten"), _COMMIT),
    **dict.fromkeys(("urge", "ask", "implore", "encourage"), _DIRECT),
    "accuse": frozenset({OBJECT}),
    "blame": frozenset({OBJECT}),
    "describe": frozenset({OBJECT}),
    "call": frozenset(),
}
# Prepositions that open a cue's content ("call on X to", "accuse X of", "describe X as", "warn of").
CUE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "call": frozenset({"on", "for", "upon"}),
    "accuse": frozenset({"of"}),
    "blame": frozenset({"for"}),
    "describe": frozenset({"as"}),
    "warn": frozenset({"of", "against", "about"}),
    "urge": frozenset({"on"}),
}
# Cues whose preposition is part of the reporting word ("call on", "call for").
PARTICLE_CUES = frozenset({"call"})
# A cue needs an object AND this preposition to count ("accused Israel" alone is no statement).
REQUIRED_PREPOSITION = frozenset({"describe"})

# Nouns that report a statement when a possessor or "by/from X" says whose it is.
CUE_NOUNS = frozenset({
    "assertion", "claim", "statement", "warning", "pledge", "promise", "insistence", "announcement",
    "remark", "comment", "accusation", "allegation", "denial", "argument", "contention", "admission",
    "suggestion", "vow", "threat", "demand", "assurance", "declaration", "message", "words",
})
# Nouns that carry a quote after it ("was Mr. X's stated message").
QUOTE_NOUNS = frozenset({"message", "words", "statement", "remark", "comment", "response", "reply", "answer", "verdict"})

# Dependents of a cue after its content that extend the content rather than start a new statement.
TRAILING_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod", "xcomp", "ccomp", "dobj", "oprd", "dative", "acomp", "agent"})
# Subjects that stipulate rather than speak ("the plan calls for a truce").
NON_SPEAKERS = frozenset({
    "plan", "proposal", "deal", "agreement", "law", "bill", "resolution", "framework", "draft", "treaty",
    "measure", "initiative", "rule", "regulation", "clause", "provision", "contract", "budget", "roadmap",
})
# How a cue participle hangs off the main cue ("said ..., adding that").
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj"})
# Parts of a subject phrase that describe rather than name the speaker.
SPEAKER_TRIM_DEPS = frozenset({"appos", "relcl", "acl", "advcl", "punct", "cc", "case"})
# Finite verb tags: the claim was made, not planned or hypothetical.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
NONFINITE_TAGS = frozenset({"VBG", "VBN", "VB"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})
# Role nouns that stand for one person ("the president", "the head of American diplomacy").
ROLE_NOUNS = frozenset({
    "president", "minister", "secretary", "chief", "head", "leader", "spokesman", "spokeswoman",
    "spokesperson", "envoy", "diplomat", "ambassador", "premier", "chancellor", "king", "queen",
    "commander", "general", "governor", "mayor", "prime", "diplomat",
})
# Generic roles that any head of state or government fills ("the Israeli leader").
LEADER_ROLES = frozenset({"leader", "head", "chief", "premier"})
HEAD_OF_STATE_TITLES = frozenset({"president", "prime", "premier", "chancellor", "king", "queen", "emir", "leader"})
# Role words that name a field; a person fits when their title holds one of these word sets.
ROLE_DOMAINS: dict[str, tuple[frozenset[str], ...]] = {
    "diplomacy": (frozenset({"secretary", "state"}), frozenset({"foreign"})),
    "diplomat": (frozenset({"secretary", "state"}), frozenset({"foreign"})),
    "defense": (frozenset({"defense"}), frozenset({"defence"})),
    "defence": (frozenset({"defense"}), frozenset({"defence"})),
}
# Entity labels that make a role phrase name an organisation rather than stand for a person.
ANCHOR_LABELS = frozenset({"ORG", "GPE", "PERSON", "FAC", "LOC"})
# Nouns for one person, so "he" or "she" may stand for them ("the official said ... he said").
ONE_PERSON_NOUNS = ROLE_NOUNS | {"official", "officer", "spokesman", "spokeswoman", "source", "witness", "resident"}
# What a pronoun may stand for: a person, one organisation or country, or a plural or collective body.
PERSON, SINGULAR, PLURAL = "person", "singular", "plural"
PRONOUN_FITS: dict[str, frozenset[str]] = {
    "he": frozenset({PERSON}), "she": frozenset({PERSON}), "it": frozenset({SINGULAR}), "they": frozenset({PLURAL}),
}
# Parts of speech that make content a statement rather than a fragment of function words ("which contains").
CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
MIN_STANDALONE_WORDS = 4  # a lone quoted sentence shorter than this is a title or a slogan
CACHE_KEYS = ("_claims_persons",)


def extract_claims(doc: Doc, article_id: str) -> Iterator[dict]:
    """Claims of every kind, in text order; the resolve stage maps speaker_text to a source."""
    quotes = list(quotations(doc))
    direct = list(_direct_quotes(doc, article_id, quotes))
    used_cues = {row.pop("_cue_i") for row in direct if row.get("_cue_i") is not None}
    for row in direct:
        row.pop("_cue_i", None)
    quoted = quoted_tokens(doc)  # pronoun resolution skips names inside quotes
    according = list(_according_to(doc, article_id))
    # A statement inside a credit that follows it ("X expressed doubts, according to Y" or
    # "..., the paper reported") is the credited source's report, not a claim of its own.
    candidates = list(_reported_speech(doc, article_id, quoted | used_cues))
    covered = [(r["content_start"], r["content_end"]) for r in according]
    covered += [(r["content_start"], r["content_end"]) for r in candidates if r["content_end"] <= r["_cue_char"]]
    reported = []
    for row in candidates:
        cue_char = row.pop("_cue_char")
        if not any(s <= cue_char < e for s, e in covered):
            reported.append(row)
    rows = direct + according + reported
    rows.sort(key=lambda r: (r["start_char"], r["end_char"]))
    _resolve_pronoun_speakers(doc, rows)
    for row in rows:
        row.pop("_speaker_i", None)
        row.pop("_fits", None)
    for key in CACHE_KEYS:  # per-call caches must not travel with the Doc (DocBin, pickling)
        doc.user_data.pop(key, None)
    yield from rows


# ---------------------------------------------------------------- direct quotes


def _direct_quotes(doc: Doc, article_id: str, quotes: list[Quote]) -> Iterator[dict]:
    """Quotes that stand at the edge of their sentence, credited by a cue clause or by the sentence before."""
    previous: dict | None = None
    skip: set[int] = set()
    for n, quote in enumerate(quotes):
        if n in skip:
            continue
        pieces = [quote]
        head = _head_tokens(doc, quote)
        tail = _tail_tokens(doc, quote)
        cue = speaker = None
        if head:
            # A quote inside a sentence is a partial quote of reported speech, or a title; one that
            # follows "X said:" (or "X said" and runs to the sentence end) is the whole utterance.
            introduced = head[-1].text in {":", ","} or (
                head[-1].lemma_.lower() in CUE_VERBS and not any(not t.is_punct for t in tail))
            if not introduced:
                continue
            cue, speaker = _cue_in(list(reversed(head)))
            if cue is None:
                continue
        elif tail and any(not t.is_punct for t in tail):
            cue, speaker = _cue_in(tail)
            if cue is None:
                continue
            follower = quotes[n + 1] if n + 1 < len(quotes) else None
            if follower is not None and _interrupts(doc, quote, follower):
                pieces.append(follower)  # "A," he said, "B."
                skip.add(n + 1)
        if cue is None:
            if _word_count(doc, quote) < MIN_STANDALONE_WORDS or not _follows(doc, quote, previous):
                continue
            row = _quote_row(doc, article_id, pieces, None, previous["speaker_text"], None)
            row["_fits"] = previous.get("_fits", frozenset())
            # The quote goes on from the previous one: its speaker is written there.
            row["speaker_start"], row["speaker_end"] = previous.get("speaker_start"), previous.get("speaker_end")
        else:
            row = _quote_row(doc, article_id, pieces, cue, _speaker_text(speaker, doc), speaker)
        previous = row
        yield row


def _head_tokens(doc: Doc, quote: Quote) -> list[Token]:
    """Words of the sentence before the opening mark."""
    first = doc[min(quote.open + 1, len(doc) - 1)]
    return [t for t in doc[first.sent.start:quote.open] if not t.is_space]


def _tail_tokens(doc: Doc, quote: Quote) -> list[Token]:
    """Words after the closing mark up to the end of that sentence or the next quote."""
    if quote.close + 1 >= len(doc):
        return []
    nxt = doc[quote.close + 1]
    if starts_paragraph(nxt) or nxt.is_space:
        return []
    tail = []
    for tok in doc[quote.close + 1:nxt.sent.end]:
        if tok.text in QUOTE_MARKS or starts_paragraph(tok):
            break
        tail.append(tok)
    return [t for t in tail if not t.is_space]


def _cue_in(tokens: list[Token]) -> tuple[Token | None, Token | None]:
    """The reporting word of a cue clause ("he said", "said X", "X's stated message") and its speaker."""
    for tok in tokens:
        if tok.lemma_.lower() in CUE_VERBS and tok.pos_ in {"VERB", "AUX"} and not _negated(tok):
            return tok, _subject(tok) or _named_in(tokens)
        if tok.pos_ in {"SCONJ", "VERB"} and tok.dep_ not in {"amod", "compound"}:
            break  # past the cue clause: a later "said" belongs to another statement
        if tok.lemma_.lower() in QUOTE_NOUNS:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None:
                stated = next((c for c in tok.children if c.lemma_.lower() in CUE_VERBS), tok)
                return stated, owner
    return None, None


def _named_in(tokens: list[Token]) -> Token | None:
    """The first name in a cue clause the parser left without a subject ("was X's stated message")."""
    for tok in tokens:
        if tok.ent_type_ in ACTOR_LABELS and tok.i not in dateline_tokens(tok.doc):
            return entity_root(tok)
    return None


def _interrupts(doc: Doc, quote: Quote, follower: Quote) -> bool:
    """Whether only a comma-bounded cue clause stands between two quotes of one sentence."""
    between = [t for t in doc[quote.close + 1:follower.open] if not t.is_space]
    return bool(between) and between[-1].text in {",", ":"} and not any(t.text in {".", "!", "?"} for t in between)


def _follows(doc: Doc, quote: Quote, previous: dict | None) -> bool:
    """Whether the quote comes right after the sentence that holds the previous credited quote."""
    if previous is None:
        return False
    first = doc[min(quote.open + 1, len(doc) - 1)]
    here = first.sent.start
    prev_end = doc.char_span(previous["end_char"] - 1, previous["end_char"], alignment_mode="expand")
    if prev_end is None:
        return False
    prev_sent = prev_end[0].sent
    between = [t for t in doc[prev_sent.end:here] if not t.is_space and t.i < quote.open]
    return all(t.is_punct for t in between)


def _word_count(doc: Doc, quote: Quote) -> int:
    """Words inside a quote."""
    return sum(1 for t in doc[quote.open + 1:quote.close] if not (t.is_punct or t.is_space))


def _quote_row(
    doc: Doc, article_id: str, pieces: list[Quote], cue: Token | None, speaker_text: str | None, speaker: Token | None,
) -> dict:
    """A direct_quote row: content without the quotation marks, claim offsets over speaker and cue too."""
    holes = [(doc[i].idx, doc[i].idx + len(doc[i])) for q in pieces for i in q.holes]
    for a, b in zip(pieces, pieces[1:]):
        holes.append((doc[a.close].idx, doc[b.open].idx + 1))
    content_start = doc[pieces[0].open].idx + 1
    content_end = doc[pieces[-1].close].idx
    start, end = doc[pieces[0].open].idx, doc[pieces[-1].close].idx + 1
    for tok in (cue, speaker):  # both come from the quote's own cue clause
        if tok is not None:
            span = _speaker_span(tok) if tok is speaker else tok
            start = min(start, _start(span))
            end = max(end, _end(span))
    row = _row(doc, article_id, "direct_quote", speaker_text, _cue_lemma(cue), content_start, content_end, start, end, holes)
    row["_cue_i"] = cue.i if cue is not None else None
    _note_speaker(row, speaker)
    return row


# ---------------------------------------------------------------- reported speech


def _reported_speech(doc: Doc, article_id: str, skip: set[int]) -> Iterator[dict]:
    """Reporting verbs and nouns with their complements; speaker = the subject or possessor, resolved."""
    for tok in doc:
        if tok.i in skip:
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ in {"VERB", "AUX"} and lemma in CUE_VERBS:
            row = _verb_claim(doc, article_id, tok)
        elif tok.pos_ == "NOUN" and lemma in CUE_NOUNS:
            row = _noun_claim(doc, article_id, tok)
        else:
            continue
        if row is not None:
            row["_cue_char"] = tok.idx
            yield row


def _verb_claim(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """One reported-speech row for a cue verb that was actually used: finite, affirmative, with a subject."""
    if verb.tag_ == "VBG" and verb.dep_ != "ROOT":
        return _participle_claim(doc, article_id, verb)
    inverted = _inverted_claim(doc, article_id, verb)
    if inverted is not None:
        return inverted
    if not _is_asserted(verb):
        return None
    subject = _subject(verb)
    if subject is None or subject.lemma_.lower() in NON_SPEAKERS:
        return None
    if verb.dep_ == "parataxis" and CLAUSE in CUE_VERBS[verb.lemma_.lower()]:
        return _parenthetical_claim(doc, article_id, verb, subject)
    if verb.dep_ in {"acl", "relcl"} and any(c.dep_ == CLAUSE and c.left_edge.i < verb.i for c in verb.children):
        return None  # "proposals that the mediators believe will end it": a description of the proposals
    content = _complement(verb)
    if not content:
        return None
    kind = "indirect"
    if verb.lemma_.lower() == "say" and verb.tag_ in {"VBZ", "VBP"} and content[-1].i < verb.i:
        kind = "according_to"  # "..., the minister says": a parenthetical credit
    cue_tokens = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    return _claim_row(doc, article_id, kind, subject, verb, content, cue_tokens)


def _participle_claim(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """"X said ..., adding that ...": a cue participle with no subject of its own goes on with the main speaker."""
    head = verb.head
    if verb.dep_ not in PARTICIPLE_DEPS or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if _negated(verb) or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if head.i >= verb.i or head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() not in CUE_VERBS or not _is_asserted(head):
        return None
    subject = _subject(head)
    if subject is None or subject.lemma_.lower() in NON_SPEAKERS:
        return None
    if not any(c.dep_ == CLAUSE for c in verb.children):
        return None  # ", emphasizing the need": an aside; ", adding that ...": a statement
    content = _complement(verb)
    if not content:
        return None
    return _claim_row(doc, article_id, "indirect", subject, verb, content, [verb])


def _inverted_claim(doc: Doc, article_id: str, verb: Token) -> dict | None:
    """"..., announced the presidency of X.": a cue after its content, with the speaker after the cue."""
    if CLAUSE not in CUE_VERBS[verb.lemma_.lower()] or verb.tag_ not in FINITE_TAGS or _negated(verb):
        return None
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.head.i >= verb.i:
        return None
    if any((c.dep_ in SUBJECT_DEPS and c.i < verb.i) or c.dep_ in {CLAUSE, "aux", "auxpass"} for c in verb.children):
        return None
    speaker = next((c for c in verb.children if c.i > verb.i and c.dep_ in {"nsubj", "dobj"}
                    and c.pos_ in {"NOUN", "PROPN"}), None)
    sent = verb.sent
    if speaker is None or any(not (t.is_punct or t.is_space) for t in doc[verb.right_edge.i + 1:sent.end]):
        return None  # the speaker phrase must close the sentence
    inside = {t.i for t in verb.subtree}
    content = _trim([t for t in doc[sent.start:verb.i] if t.i not in inside])
    if not content:
        return None
    kind = "according_to" if verb.lemma_.lower() == "say" and verb.tag_ in {"VBZ", "VBP"} else "indirect"
    return _claim_row(doc, article_id, kind, speaker, verb, content, [verb])


def _parenthetical_claim(doc: Doc, article_id: str, verb: Token, subject: Token) -> dict | None:
    """"The harvest, the union says, will be small": the host clause is the content, credited in passing.

    A clause coordinated after the aside ("A, the UN said, and B") is not part of what was credited.
    """
    inside = {t.i for t in verb.subtree}
    for child in verb.head.children:
        if child.i > verb.i and (child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} or child.dep_ == "cc"):
            inside.update(t.i for t in child.subtree)
    content = _trim([t for t in verb.head.subtree if t.i not in inside])
    if not content:
        return None
    kind = "according_to" if verb.tag_ in {"VBZ", "VBP"} else "indirect"  # "the union says" vs "the UN said"
    row = _claim_row(doc, article_id, kind, subject, verb, content, [verb])
    aside = sorted(inside)
    row["content"] = _text(doc, row["content_start"], row["content_end"], [(doc[aside[0]].idx, _end(doc[aside[-1]]))])
    return row


def _noun_claim(doc: Doc, article_id: str, noun: Token) -> dict | None:
    """"X's assertion that ...": the possessor made the statement in the clause."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                      for g in c.children if g.dep_ == "pobj"), None)
    clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if owner is None or clause is None:
        return None
    content = _trim(list(clause.subtree))
    if not content:
        return None
    return _claim_row(doc, article_id, "indirect", owner, noun, content, [noun])


def _is_asserted(verb: Token) -> bool:
    """Finite and affirmative: "said", "has said"; not "will say", "is urged", "did not say", "..., saying"."""
    if _negated(verb) or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False
    if verb.dep_ == "conj":
        return _is_asserted_conj(verb)
    if verb.tag_ in FINITE_TAGS:
        return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    if verb.tag_ == "VBN":
        return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ != "MD" for c in verb.children) and not any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return False


def _is_asserted_conj(verb: Token) -> bool:
    """A coordinated cue ("expressed X and condemned Y") counts when it and its first conjunct are finite."""
    head = verb
    while head.dep_ == "conj":
        head = head.head
    if verb.tag_ in FINITE_TAGS:
        return head.tag_ in FINITE_TAGS or head.tag_ == "VBN"
    return verb.tag_ == "VBN" and _is_asserted(head) if head.pos_ in {"VERB", "AUX"} else False


def _negated(tok: Token) -> bool:
    """Whether a cue is negated ("has not indicated"): nothing was stated."""
    return any(c.dep_ == "neg" for c in tok.children)


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through conjunction; a relative pronoun stands for its noun."""
    head = verb
    while True:
        if head is not verb and _misattached_conj(verb):
            return _subject(head.head)  # "X said that Y happened, and urged Z": X urged
        subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i not in dateline_tokens(verb.doc)), None)
        if subject is not None:
            break
        if head.dep_ == "acl" and head.tag_ == "VBD" and head.head.dep_ == "ROOT" and head.head.pos_ in {"NOUN", "PROPN"}:
            return head.head  # "The envoy called on ...": a main clause the parser took for a reduced relative
        if head.dep_ != "conj":
            return None
        head = head.head
    if subject.tag_ in RELATIVE_TAGS and head.dep_ == "relcl":
        return head.head
    if subject.lower_ == "it" and any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children) and verb.lemma_ == "be":
        return None
    return subject


def _misattached_conj(verb: Token) -> bool:
    """A finite cue coordinated into another cue's clause: the parser's attachment of "..., and urged"."""
    head = verb
    while head.dep_ == "conj":
        head = head.head
    return (
        head is not verb and verb.tag_ in FINITE_TAGS and verb.lemma_.lower() in CUE_VERBS
        and head.dep_ == "ccomp" and head.head.lemma_.lower() in CUE_VERBS
    )


def _complement(verb: Token) -> list[Token]:
    """Tokens of what was said: the cue's clause, object, infinitive or prepositional object."""
    lemma = verb.lemma_.lower()
    allowed = CUE_VERBS[lemma]
    preps = CUE_PREPOSITIONS.get(lemma, frozenset())
    parts: list[Token] = []
    has_core = False
    for child in verb.children:
        if child.dep_ in allowed:
            if child.dep_ == OBJECT and child.pos_ == "PRON" and child.lower_ not in {"this", "that"}:
                continue
            parts.extend(child.subtree)
            has_core = True
        elif child.dep_ == "xcomp" and (INFINITIVE in allowed or preps or OBJECT in allowed):
            parts.extend(child.subtree)
            has_core = has_core or INFINITIVE in allowed or bool(preps)
        elif child.dep_ in {"prep", "prt"} and child.lower_ in preps:
            objects = [t for g in child.children for t in g.subtree]
            if objects:
                parts.extend(objects)
                has_core = True
    if lemma in REQUIRED_PREPOSITION and not any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children):
        return []
    if not has_core:
        return []
    parts.extend(_trailing(verb, max(t.i for t in parts)))
    parts = sorted(set(parts), key=lambda t: t.i)
    cut = next((t for t in parts if t.dep_ == "conj" and _misattached_conj(t)), None)
    if cut is not None:
        parts = [t for t in parts if t.i < cut.left_edge.i]
        while parts and (parts[-1].dep_ == "cc" or parts[-1].is_punct):
            parts.pop()
    return _trim(parts)


def _trailing(verb: Token, core_end: int) -> list[Token]:
    """Modifiers after the content that still belong to it ("... in order to X", ", establish Y, and pave Z").

    A comma followed by a participle ("..., emphasizing") or a coordinated verb starts a new statement.
    """
    tokens: list[Token] = []
    comma = False
    for child in sorted((c for c in verb.children if c.i > core_end), key=lambda c: c.i):
        if child.dep_ == "punct":
            comma = comma or child.text in {",", ";", "\u2014", "-"}
            if child.text in {".", "!", "?", ";", ":"}:
                break
            continue
        if child.dep_ not in TRAILING_DEPS or (comma and child.tag_ != "VB"):
            break
        tokens.extend(child.subtree)
        comma = False
    return tokens


def _trim(tokens: list[Token]) -> list[Token]:
    """Content without a leading "that", surrounding punctuation or white space; a fragment is no content.

    A dateline opens the story, so content starts after it.
    """
    if tokens:
        dateline = dateline_tokens(tokens[0].doc)
        last = max((t.i for t in tokens if t.i in dateline), default=None)
        if last is not None:
            tokens = [t for t in tokens if t.i > last]
    while tokens and (tokens[0].is_punct or tokens[0].is_space or (tokens[0].dep_ == "mark" and tokens[0].lower_ == "that")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and tokens[-1].text not in {")", "%"}:
        tokens = tokens[:-1]
    return tokens if _is_statement(tokens) else []


def _is_statement(tokens: list[Token]) -> bool:
    """Whether content says something: it names something, not only function words ("which contains")."""
    return any(t.pos_ in CONTENT_POS and t.tag_ not in RELATIVE_TAGS for t in tokens)


def _claim_row(
    doc: Doc, article_id: str, kind: str, subject: Token, cue: Token, content: list[Token], cue_tokens: list[Token],
) -> dict:
    """A reported-speech row from its subject, cue and content tokens."""
    content_start, content_end = content[0].idx, _end(content[-1])
    speaker_span = _speaker_span(subject)
    start = min(content_start, _start(speaker_span), cue.idx)
    end = max(content_end, _end(speaker_span), _end(cue))
    holes = [(t.idx, _end(t)) for t in content if t.text in QUOTE_MARKS]
    cue_text = _cue_lemma(cue)
    particle = next((c for c in cue.children if c.dep_ in {"prep", "prt"}
                     and c.lower_ in CUE_PREPOSITIONS.get(cue.lemma_.lower(), ())), None)
    if cue.lemma_.lower() in PARTICLE_CUES and particle is not None:
        cue_text = f"{cue_text} {particle.lower_}"
    row = _row(doc, article_id, kind, _speaker_text(subject, doc), cue_text, content_start, content_end, start, end, holes)
    _note_speaker(row, subject)
    return row


# ---------------------------------------------------------------- according to


def _according_to(doc: Doc, article_id: str) -> Iterator[dict]:
    """"according to X": X is the speaker, the rest of the clause is the content."""
    for tok in doc:
        if tok.lower_ != "according":
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is None:
            continue
        phrase = sorted({tok, *tok.subtree, *to.subtree}, key=lambda t: t.i)
        clause = _clause_of(tok)
        inside = {t.i for t in phrase}
        content = _trim([t for t in clause.subtree if t.i not in inside and t.sent == tok.sent])
        content = _strip_leading_marker(content)
        if not content:
            continue
        hole = (phrase[0].idx, _end(phrase[-1]))
        holes = [hole] + [(t.idx, _end(t)) for t in content if t.text in QUOTE_MARKS]
        holes += _comma_holes(doc, phrase)
        speaker = _container_source(source)
        speaker_text = _speaker_text(speaker, doc)
        start = min(content[0].idx, phrase[0].idx)
        end = max(_end(content[-1]), _end(phrase[-1]))
        row = _row(doc, article_id, "according_to", speaker_text, "according to", content[0].idx, _end(content[-1]),
                   start, end, holes)
        _note_speaker(row, speaker)
        yield row


def _clause_of(tok: Token) -> Token:
    """The finite clause a credit phrase attaches to (climbing out of nouns and participles)."""
    head = tok.head
    while head.head is not head and (
        head.pos_ not in {"VERB", "AUX"}
        or (head.tag_ in NONFINITE_TAGS and head.dep_ in {"advcl", "xcomp", "conj"} and not _has_aux(head))
    ):
        head = head.head
    return head


def _has_aux(verb: Token) -> bool:
    """Whether a verb form has its own auxiliary ("has said", "was killed")."""
    return any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _strip_leading_marker(tokens: list[Token]) -> list[Token]:
    """Drop a subordinating word the credit left at the front ("since, according to X, ...")."""
    while tokens and (tokens[0].dep_ in {"mark", "cc"} or tokens[0].tag_ == "WRB" or tokens[0].is_punct):
        tokens = tokens[1:]
    return tokens if _is_statement(tokens) else []


def _comma_holes(doc: Doc, phrase: list[Token]) -> list[tuple[int, int]]:
    """The commas that set a credit phrase off, so content reads without them."""
    holes = []
    first, last = phrase[0], phrase[-1]
    i = first.i - 1
    while i >= 0 and doc[i].text in QUOTE_MARKS:
        i -= 1
    if i >= 0 and doc[i].text == ",":
        holes.append((doc[i].idx, _end(doc[i])))
    if last.i + 1 < len(doc) and doc[last.i + 1].text == ",":
        holes.append((doc[last.i + 1].idx, _end(doc[last.i + 1])))
    return holes


def _container_source(source: Token) -> Token:
    """"a statement from the presidency" credits the presidency."""
    if source.lemma_.lower() in SOURCE_CONTAINERS:
        for prep in source.children:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "by", "of"}:
                inner = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if inner is not None:
                    return inner
    return source


# ---------------------------------------------------------------- speakers


def _speaker_span(tok: Token) -> Span:
    """The words of a speaker phrase: its noun phrase without appositions, relative clauses or asides."""
    if tok.ent_type_ == "PERSON":
        ent = entity_of(tok)
        if ent is not None:
            return _with_honorific(ent)  # the name without the job title written before it
    keep = [tok]
    for child in tok.children:
        if child.dep_ in SPEAKER_TRIM_DEPS or (child.dep_ == "prep" and child.i > tok.i and _after_comma(child)):
            continue
        keep.extend(child.subtree)
    keep = [t for t in keep if not t.is_space]
    keep.sort(key=lambda t: t.i)
    while len(keep) > 1 and (keep[-1].is_punct or keep[-1].dep_ == "case"):
        keep.pop()
    while len(keep) > 1 and keep[0].is_punct:
        keep.pop(0)
    return tok.doc[keep[0].i:keep[-1].i + 1]


def _after_comma(tok: Token) -> bool:
    """Whether a token follows a comma (an aside, not part of the name)."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _speaker_text(tok: Token | None, doc: Doc) -> str | None:
    """Surface words of the speaker, with pronouns and roles resolved to a named person where the text allows."""
    if tok is None or tok.i in dateline_tokens(doc):
        return None  # a dateline names where the story was filed, never who spoke
    low = tok.lower_
    if low in PERSON_PRONOUNS:
        person = _antecedent_person(doc, tok)
        return person if person is not None else tok.text
    if low in GROUP_PRONOUNS:
        group = _antecedent_group(doc, tok)
        return group if group is not None else tok.text
    named = _appositive_name(tok)
    if named is not None:
        return named.text  # "the head of X, Jane Doe, said", "the security firm Ambrey said"
    owned = _owned_by_pronoun(doc, tok)
    if owned is not None:
        return owned  # "his office said": the office of the person just named
    if tok.lemma_.lower() in GROUP_NOUNS and _group_name(tok) is not None:
        return _group_name(tok).text  # "Yemen's Houthi rebels": the group's name
    if tok.lemma_.lower() in GROUP_NOUNS and _is_bare_reference(tok):
        group = _antecedent_named_group(doc, tok)
        if group is not None:
            return group  # "the rebels said": the armed group named before
    span = _speaker_span(tok)
    if tok.lemma_.lower() in ROLE_NOUNS and not any(t.ent_type_ in ANCHOR_LABELS for t in span):
        person = _role_holder(doc, tok)
        if person is not None:
            return person
    return _clean(span.text)


def _appositive_name(tok: Token) -> Span | None:
    """The name written beside a descriptor: "the prime minister, Jane Doe," or "the security firm Ambrey"."""
    if tok.pos_ != "NOUN":
        return None  # a name with a description after it keeps the name
    for child in tok.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        ent = entity_of(child)
        if ent is not None and ent.label_ in ACTOR_LABELS:
            return _with_honorific(ent)
        if ent is None:
            start = min((c.i for c in child.children if c.dep_ == "compound" and c.pos_ == "PROPN"), default=child.i)
            return tok.doc[start:child.i + 1]
    return None


def _owned_by_pronoun(doc: Doc, tok: Token) -> str | None:
    """"his office", "their spokesman": the speaker phrase with the pronoun replaced by its antecedent."""
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if owner is None:
        return None
    pronoun = POSSESSIVE_PRONOUNS[owner.lower_]
    antecedent = _antecedent_person(doc, owner) if pronoun in PERSON_PRONOUNS else _antecedent_group(doc, owner, pronoun)
    if antecedent is None:
        return None
    rest = doc[owner.i + 1:_speaker_span(tok).end].text
    return f"{antecedent}'s {rest}"


def _is_bare_reference(tok: Token) -> bool:
    """Whether a noun phrase is just "the" and the noun, perhaps with an adjective ("the armed group")."""
    return any(c.lower_ == "the" for c in tok.children) and all(
        (c.dep_ in {"det", "amod"} and c.ent_type_ == "") or c.dep_ in SPEAKER_TRIM_DEPS for c in tok.children)


def _group_name(tok: Token) -> Span | None:
    """The proper name a group noun carries as a modifier ("M23 rebels", "Houthi militia")."""
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "GPE"]
    if not names:
        return None
    return tok.doc[names[0].left_edge.i:names[-1].i + 1]


def _antecedent_named_group(doc: Doc, tok: Token) -> str | None:
    """What "the rebels" refers back to: the name last written with the same noun, else the nearest group named.

    A group named before counts when it stands as a noun phrase, not as a modifier ("Egyptian President").
    """
    skip = quoted_tokens(doc) | dateline_tokens(doc)
    lemma = tok.lemma_.lower()
    for cand in reversed(doc[:tok.i]):
        if cand.lemma_.lower() == lemma and cand.i not in skip and _group_name(cand) is not None:
            return _group_name(cand).text
    def fits(cand: Token) -> str | None:
        if cand.i in skip or cand.ent_type_ not in GROUP_LABELS or cand.ent_iob_ != "B":
            return None
        ent = entity_of(cand)
        return None if ent.root.dep_ in {"amod", "compound", "nmod", "poss"} else _clean(ent.text)

    return antecedent(tok, fits, WINDOWS["speaker_person"])


def _note_speaker(row: dict, speaker: Token | None) -> None:
    """Keep, for the pronoun pass, where the speaker stands and which pronouns could refer back to it."""
    row["_speaker_i"] = speaker.i if speaker is not None else None
    row["_fits"] = _fits(speaker) if speaker is not None and row["speaker_text"] else frozenset()
    # Where the speaker is written (a pronoun too: the report marks the words the claim was read from).
    words = _speaker_span(speaker) if speaker is not None and row["speaker_text"] else None
    row["speaker_start"], row["speaker_end"] = (_start(words), _end(words)) if words is not None else (None, None)


def _fits(tok: Token) -> frozenset[str]:
    """The kinds of referent a speaker is: a person, one body ("it"), or several or a collective ("they")."""
    low = tok.lower_
    if low in PRONOUN_FITS:
        return PRONOUN_FITS[low]
    if tok.ent_type_ == "PERSON" or tok.lemma_.lower() in ONE_PERSON_NOUNS and tok.tag_ in {"NN", "NNP"}:
        return frozenset({PERSON})
    if tok.tag_ in {"NNS", "NNPS"}:
        return frozenset({PLURAL})
    if tok.ent_type_ in GROUP_LABELS:
        return frozenset({SINGULAR, PLURAL})  # "the committee said ... it said", "Hamas ... they said"
    if tok.pos_ in {"NOUN", "PROPN"}:
        return frozenset({SINGULAR})
    return frozenset()


def _resolve_pronoun_speakers(doc: Doc, rows: list[dict]) -> None:
    """A pronoun speaker ("..., it said") is the previous claim's speaker when that one fits and is near.

    Near: the previous claim's speaker stands in the pronoun's sentence or the one before it. Otherwise the
    nearest fitting name, as resolved when the row was made, stands.
    """
    previous: dict | None = None
    for row in rows:
        i = row.get("_speaker_i")
        pronoun = doc[i].lower_ if i is not None else None
        if pronoun in PRONOUN_FITS and previous is not None and previous["_speaker_i"] < i:
            if PRONOUN_FITS[pronoun] & previous["_fits"] and same_or_previous_sentence(doc[previous["_speaker_i"]], doc[i]):
                row["speaker_text"] = previous["speaker_text"]
                row["_fits"] = previous["_fits"]
        if i is not None and row["speaker_text"]:
            previous = row


def _clean(text: str) -> str:
    """Speaker text without a trailing possessive."""
    for suffix in ("\u2019s", "'s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _with_honorific(ent: Span) -> Span:
    """A name with the courtesy title written before it ("Mr. Blinken")."""
    if ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in COURTESY_TITLES:
        return ent.doc[ent.start - 1:ent.end]
    return ent


def _persons_before(doc: Doc, tok: Token) -> list[Span]:
    """PERSON names before a token, outside quotations."""
    quoted = quoted_tokens(doc)
    persons = doc.user_data.get("_claims_persons")
    if persons is None:
        persons = doc.user_data["_claims_persons"] = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
    return [e for e in persons if e.end <= tok.i and e.start not in quoted]


def _antecedent_person(doc: Doc, tok: Token) -> str | None:
    """The nearest named person before a pronoun (a role resolved to a name counts), subjects first."""
    quoted = quoted_tokens(doc) | dateline_tokens(doc)

    def fits(cand: Token) -> tuple[bool, str] | None:
        if cand.i in quoted:
            return None
        if cand.ent_type_ == "PERSON" and cand.ent_iob_ == "B":
            ent = entity_of(cand)
            return _is_subject(ent), _with_honorific(ent).text
        if cand.dep_ not in SUBJECT_DEPS or cand.ent_type_ == "PERSON":
            return None
        if cand.lemma_.lower() in ROLE_NOUNS:
            holder = _role_holder(doc, cand)
            return (True, holder) if holder is not None else None
        named = _known_surname(doc, cand) if cand.pos_ == "PROPN" else None
        return (True, named) if named is not None else None

    found = antecedent(tok, fits, WINDOWS["speaker_person"], prefer=lambda c: c[0])
    return found[1] if found is not None else None


def _known_surname(doc: Doc, tok: Token) -> str | None:
    """A name the tagger missed that repeats the end of a person named before ("Meinl-Reisinger" after "Beate X")."""
    start = min((c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), default=tok.i)
    name = doc[start:tok.i + 1].text
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
    quoted = quoted_tokens(doc) | dateline_tokens(doc)
    plural = (pronoun or tok.lower_) == "they"
    labels = {"ORG", "NORP"} if plural else {"ORG", "GPE", "NORP"}

    def fits(cand: Token) -> str | None:
        if cand.i in quoted or cand.dep_ not in SUBJECT_DEPS or cand.pos_ == "PRON" or cand.ent_type_ == "PERSON":
            return None
        if cand.ent_type_ in labels or (plural and cand.tag_ in {"NNS", "NNPS"}):
            return _clean(_speaker_span(cand).text)
        return None

    return antecedent(tok, fits, WINDOWS["speaker_group"])


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
    return None


def _title_fits(role: str, role_words: set[str], title: set[str]) -> bool:
    """Whether a role phrase ("the Israeli leader", "the head of American diplomacy") fits a person's title."""
    if not title:
        return False
    for word, required in ROLE_DOMAINS.items():
        if word in role_words and not any(needed <= title for needed in required):
            return False
    domain = any(word in role_words for word in ROLE_DOMAINS)
    if not domain and role not in title and not (role in LEADER_ROLES and title & HEAD_OF_STATE_TITLES):
        return False
    nations = {w for w in role_words if w in TITLE_NATIONALITY_WORDS}
    return all(TITLE_NATIONALITY_WORDS[w] & title for w in nations)


def _titles(ent: Span) -> set[str]:
    """Title words written with a name: "Prime Minister X", "X, the president of Y"."""
    words = set()
    i = ent.start - 1
    while i >= 0 and ent.doc[i].dep_ in {"compound", "nmod", "amod", "pobj", "prep"} and ent.doc[i].sent == ent.sent:
        words.add(ent.doc[i].lower_)
        i -= 1
    for child in ent.root.children:
        if child.dep_ == "appos":
            words.update(t.lower_ for t in child.subtree)
    return words


# ---------------------------------------------------------------- rows


def _row(
    doc: Doc, article_id: str, kind: str, speaker_text: str | None, cue: str | None,
    content_start: int, content_end: int, start: int, end: int, holes: Iterable[tuple[int, int]] = (),
) -> dict:
    """A claims row with the columns of newsfacts.schema."""
    return {
        "claim_id": make_id("clm", article_id, start, end),
        "article_id": article_id,
        "kind": kind,
        "speaker_text": speaker_text,
        "cue": cue,
        "content": _text(doc, content_start, content_end, holes),
        "content_start": content_start,
        "content_end": content_end,
        **trace(doc, start, end),
    }


def _text(doc: Doc, start: int, end: int, holes: Iterable[tuple[int, int]]) -> str:
    """Text between two offsets with some stretches cut out, white space collapsed."""
    source = doc_text(doc)
    pieces, cursor = [], start
    for s, e in sorted(h for h in holes if h[0] < end and h[1] > start):
        pieces.append(source[cursor:max(s, cursor)])
        cursor = max(cursor, e)
    pieces.append(source[cursor:end])
    text = " ".join(" ".join(p.split()) for p in pieces if p.strip())
    return text.replace(" ,", ",").replace(" .", ".").strip(" ,")


def _cue_lemma(tok: Token | None) -> str | None:
    """The reporting word's lemma."""
    return tok.lemma_.lower() if tok is not None else None


def _start(span: Span | Token) -> int:
    """Start offset of a span or token."""
    return span.idx if isinstance(span, Token) else span.start_char


def _end(span: Span | Token) -> int:
    """End offset of a span or token."""
    return span.idx + len(span.text) if isinstance(span, Token) else span.end_char
