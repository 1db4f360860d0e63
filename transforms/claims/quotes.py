"""Direct quotes: quotations credited by a cue clause beside them or by the quote before, by QUOTE_PATTERNS.

Each quotation tries the patterns in order; the first that decides gives its Credit (the cue, the speaker
and the quotations that make up one statement) or NO_CLAIM (see transforms.claims.patterns).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from spacy.tokens import Doc, Token

from newsfacts.transforms.claims.grammar import _complement, _negated, _subject
from newsfacts.transforms.claims.patterns import NO_CLAIM, CuePattern, cue_pattern, first_decision
from newsfacts.transforms.claims.reported import participle_speaker
from newsfacts.transforms.claims.rows import _quote_row
from newsfacts.transforms.claims.speakers import _speaker_text
from newsfacts.transforms.claims.words import (
    CUE_VERBS,
    DOCUMENT_CUE_VERBS,
    MIN_STANDALONE_WORDS,
    QUOTE_LEAD_WORDS,
    QUOTE_NOUNS,
)
from newsfacts.transforms.entities import HONORIFICS
from newsfacts.transforms.language.discourse import (
    QUOTING_VERBS,
    Quote,
    dateline_tokens,
    entity_root,
    is_quote_mark,
    quoted_as_saying,
    starts_paragraph,
)
from newsfacts.transforms.language.lexicon import (
    ACTOR_LABELS,
    COUNT_STATING_VERBS,
    SOURCE_CONTAINERS,
    SUBJECT_DEPS,
    SUBJECT_PRONOUNS,
)

# How a verb form stands inside a speaker's noun phrase ("the deputy of bordering Lamu", "a hired guard").
NOUN_PHRASE_VERB_DEPS = frozenset({"amod", "compound", "pcomp"})
# Punctuation that ends a sentence even where the parser runs on past it (an ellipsis, unlike nlp.SENTENCE_ENDS,
# leaves a quoted sentence open).
STOP_MARKS = frozenset({".", "!", "?"})


@dataclass
class Credit:
    """Who a quotation is credited to: its cue and speaker token, or the quote before it (`previous`)."""

    cue: Token | None
    speaker: Token | None
    pieces: list[Quote] = field(default_factory=list)
    previous: dict | None = None


@dataclass
class QuoteContext:
    """One quotation among the document's, with the credited quote row before it."""

    doc: Doc
    quotes: list[Quote]
    n: int
    previous: dict | None

    @property
    def quote(self) -> Quote:
        return self.quotes[self.n]


def _direct_quotes(doc: Doc, article_id: str, quotes: list[Quote]) -> Iterator[dict]:
    """Quotes that stand at the edge of their sentence, credited by a cue clause or by the sentence before."""
    previous: dict | None = None
    skip: set[int] = set()
    for n in range(len(quotes)):
        if n in skip:
            continue
        pattern, credit = first_decision(QUOTE_PATTERNS, QuoteContext(doc, quotes, n, previous))
        if pattern is None or credit is NO_CLAIM:
            continue
        if len(credit.pieces) > 1:
            skip.add(n + 1)
        if credit.previous is not None:
            row = _quote_row(doc, article_id, credit.pieces, None, credit.previous["speaker_text"], None)
            row["_fits"] = credit.previous.get("_fits", frozenset())
            # A pronoun there is resolved once for both quotes (transforms.claims.speakers).
            row["_speaker_i"] = credit.previous.get("_speaker_i")
            # The quote goes on from the previous one: its speaker is written there.
            row["speaker_start"], row["speaker_end"] = (
                credit.previous.get("speaker_start"),
                credit.previous.get("speaker_end"),
            )
        else:
            row = _quote_row(
                doc, article_id, credit.pieces, credit.cue, _speaker_text(credit.speaker, doc), credit.speaker
            )
        row["_pattern"] = pattern.name
        previous = row
        yield row


@cue_pattern(
    "introduced_before_quote",
    "The coach told reporters: \u201cWe played badly and we deserved to lose.\u201d",
    ("direct_quote", "The coach", "tell", "We played badly and we deserved to lose."),
)
def _find_introduced(c: QuoteContext) -> Credit | None:
    """A quote inside a sentence is a partial quote of reported speech, or a title; one that follows "X
    said:" (or "X said" and runs to the sentence end) is the whole utterance."""
    head = _head_tokens(c.doc, c.quote)
    if not head:
        return None
    tail = _tail_tokens(c.doc, c.quote)
    introduced = head[-1].text in {":", ","} or (
        head[-1].lemma_.lower() in CUE_VERBS and not any(not t.is_punct for t in tail)
    )
    cue, speaker = _cue_in(list(reversed(head))) if introduced else (None, None)
    return Credit(cue, speaker, [c.quote]) if cue is not None else NO_CLAIM


def _cue_after(c: QuoteContext) -> tuple[Token | None, Token | None] | None:
    """The cue clause after a quote that opens its sentence, or None when no words follow the quote."""
    tail = _tail_tokens(c.doc, c.quote)
    if not any(not t.is_punct for t in tail):
        return None
    found = _cue_in(tail)
    if found[0] is not None and _says_its_own(c.doc, c.quote, found[0]):
        return None  # '"... stay there." He added that 600 troops were coming': a statement of its own
    return found


def _says_its_own(doc: Doc, quote: Quote, cue: Token) -> bool:
    """Whether a cue after a quote that ends its sentence has a clause of its own after it ("He added that ..."),
    or states a count of its own ("The agency put the toll at 80"): it reports that, not the quote before it."""
    ended = doc[quote.close - 1].text in STOP_MARKS
    own = any(
        c.dep_ == "ccomp" and c.i > cue.i and any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in cue.children
    ) or (cue.lemma_.lower() in COUNT_STATING_VERBS and bool(_complement(cue)))
    return ended and own and cue.sent.start > quote.open


@cue_pattern(
    "cue_between_two_quotes",
    "\u201cThe road is open,\u201d the mayor said, \u201cbut the bridge is not.\u201d",
    ("direct_quote", "the mayor", "say", "The road is open, but the bridge is not."),
)
def _find_interrupted(c: QuoteContext) -> Credit | None:
    follower = c.quotes[c.n + 1] if c.n + 1 < len(c.quotes) else None
    if follower is None or not _interrupts(c.doc, c.quote, follower):
        return None
    found = _cue_after(c)
    if found is None or found[0] is None:
        return None
    return Credit(found[0], found[1], [c.quote, follower])  # "A," he said, "B."


@cue_pattern(
    "cue_after_quote",
    "'We will not give up the city,' the governor said.",
    ("direct_quote", "the governor", "say", "We will not give up the city"),
)
def _find_credited_after(c: QuoteContext) -> Credit | None:
    found = _cue_after(c)
    if found is None:
        return None
    return Credit(found[0], found[1], [c.quote]) if found[0] is not None else NO_CLAIM


@cue_pattern(
    "continues_previous_quote",
    "'We will not give up the city,' the governor said. 'Our units are holding the bridges.'",
    ("direct_quote", "the governor", None, "Our units are holding the bridges."),
)
def _find_continuation(c: QuoteContext) -> Credit | None:
    if _word_count(c.doc, c.quote) < MIN_STANDALONE_WORDS or not _follows(c.doc, c.quote, c.previous):
        return NO_CLAIM
    return Credit(None, None, [c.quote], c.previous)


QUOTE_PATTERNS: tuple[CuePattern, ...] = (_find_introduced, _find_interrupted, _find_credited_after, _find_continuation)


def _head_tokens(doc: Doc, quote: Quote) -> list[Token]:
    """Words of the sentence before the opening mark, after any full stop the parser did not split at
    ("..., Marek said in a post on X. \u201cWe did not start this.\u201d": no words)."""
    first = doc[min(quote.open + 1, len(doc) - 1)]
    head = [t for t in doc[first.sent.start : quote.open] if not t.is_space]
    stop = max((k for k, t in enumerate(head) if t.text in STOP_MARKS), default=-1)
    if head and head[-1].text[-1] in STOP_MARKS:
        stop = len(head) - 1  # "on X." right before the opening mark: the tokenizer kept the stop on the word
    return head[stop + 1 :]


def _tail_tokens(doc: Doc, quote: Quote) -> list[Token]:
    """Words after the closing mark up to the end of that sentence or the next quote."""
    if quote.close + 1 >= len(doc):
        return []
    nxt = doc[quote.close + 1]
    if starts_paragraph(nxt) or nxt.is_space:
        return []
    tail = []
    for tok in doc[quote.close + 1 : _sentence_end(nxt)]:
        if is_quote_mark(tok) or starts_paragraph(tok):
            break
        tail.append(tok)
    return [t for t in tail if not t.is_space]


def _sentence_end(tok: Token) -> int:
    """Where a token's sentence ends, past a full stop the parser took for one after a title ("army spokesman
    Brig. Gen. Omar Kallu said")."""
    doc, end = tok.doc, tok.sent.end
    while end < len(doc) and end >= 2 and doc[end - 1].text == "." and doc[end - 2].lower_ in HONORIFICS:
        end = doc[end].sent.end
    return end


def _cue_in(tokens: list[Token]) -> tuple[Token | None, Token | None]:
    """The reporting word of a cue clause ("he said", "said X", "X's stated message") and its speaker."""
    for tok in tokens:
        if _is_cue_verb(tok):
            speaker = _subject(tok) or _participle_speaker(tok) or _inverted_pronoun(tok) or _noun_read_as_modified(tok)
            return tok, speaker or _named_in(tokens)
        quoted_as = _quoted_as(tok)
        if quoted_as is not None:
            return quoted_as  # "X is quoted as telling reporters", "quoted X as saying"
        lead = _quote_lead_speaker(tok)
        if lead is not None:
            return tok, lead  # "Quote from the governor: ..."
        if tok.pos_ in {"SCONJ", "VERB"} and tok.dep_ not in NOUN_PHRASE_VERB_DEPS:
            break  # past the cue clause: a later "said" belongs to another statement
        if tok.lemma_.lower() in QUOTE_NOUNS:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None:
                stated = next((c for c in tok.children if c.lemma_.lower() in CUE_VERBS), tok)
                return stated, owner
    return None, None


def _quote_lead_speaker(tok: Token) -> Token | None:
    """The speaker a quote's lead-in names with "from" ("Quote from Petrenko:"), else None."""
    if tok.lower_ not in QUOTE_LEAD_WORDS:
        return None
    source = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    return next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None


def _is_cue_verb(tok: Token) -> bool:
    """A reporting verb of a cue clause; "read" only with a document for subject ("the statement read")."""
    if tok.pos_ not in {"VERB", "AUX"} or _negated(tok):
        return False
    if tok.lemma_.lower() in DOCUMENT_CUE_VERBS:
        subject = _subject(tok)
        return subject is not None and subject.lemma_.lower() in SOURCE_CONTAINERS
    return tok.lemma_.lower() in CUE_VERBS


def _participle_speaker(verb: Token) -> Token | None:
    """ "A senator said there was no proof, adding "we are checking."": a cue participle with no subject of its
    own, set off after a clause, goes on with that clause's speaker (as ", adding that ..." does)."""
    if verb.tag_ != "VBG" or verb.dep_ == "ROOT":
        return None
    return participle_speaker(verb.doc, verb)


def _noun_read_as_modified(verb: Token) -> Token | None:
    """ "“...,” the agency posted on X": a past cue the parser read as a participle describing the noun right
    before it; that noun is its subject."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.i != verb.i - 1 or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    return head


def _inverted_pronoun(verb: Token) -> Token | None:
    """ "“...,” assured he": a subject pronoun right after the cue, that the parser took for its object."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after if after is not None and after.lower_ in SUBJECT_PRONOUNS and after.head.i == verb.i else None


def _quoted_as(tok: Token) -> tuple[Token, Token] | None:
    """(cue, speaker) for a quoting verb with "as" and a cue participle ("is quoted as telling"), else None."""
    if tok.lemma_.lower() not in QUOTING_VERBS or _negated(tok):
        return None
    for cue in [g for c in tok.children for g in (c, *c.children)]:
        speaker = quoted_as_saying(cue) if cue.lemma_.lower() in CUE_VERBS else None
        if speaker is not None:
            return cue, speaker  # "is quoted as telling", "was quoted saying"
    return None


def _named_in(tokens: list[Token]) -> Token | None:
    """The first name in a cue clause the parser left without a subject ("was X's stated message")."""
    for tok in tokens:
        if tok.ent_type_ in ACTOR_LABELS and tok.i not in dateline_tokens(tok.doc):
            return entity_root(tok)
    return None


def _interrupts(doc: Doc, quote: Quote, follower: Quote) -> bool:
    """Whether only a comma-bounded cue clause stands between two quotes of one sentence."""
    between = [t for t in doc[quote.close + 1 : follower.open] if not t.is_space]
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
    between = [t for t in doc[prev_sent.end : here] if not t.is_space and t.i < quote.open]
    return all(t.is_punct for t in between)


def _word_count(doc: Doc, quote: Quote) -> int:
    """Words inside a quote."""
    return sum(1 for t in doc[quote.open + 1 : quote.close] if not (t.is_punct or t.is_space))
