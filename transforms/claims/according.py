""" "According to X": X is the speaker and the rest of the clause the content, read by ACCORDING_PATTERNS."""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Token

from newsfacts.transforms.claims.grammar import _clause_of, _strip_leading_marker, _trim
from newsfacts.transforms.claims.patterns import NO_CLAIM, CuePattern, cue_pattern, first_decision
from newsfacts.transforms.claims.rows import _end, _row
from newsfacts.transforms.claims.words import CLAUSE, CUE_VERBS, RELAYED_CUES
from newsfacts.transforms.claims.speakers import _container_source, _note_speaker, _speaker_text
from newsfacts.transforms.language.discourse import RULE_NOUNS, as_credit, is_quote_mark, pobj, preposition_credit
from newsfacts.transforms.language.lexicon import (
    AS_CREDIT_VERBS,
    CREDIT_PREPOSITIONS,
    FINITE_TAGS,
    INSTITUTION_NOUNS,
    SUBJECT_DEPS,
)

# Conjunctions that set a clause against the one before it.
CONTRAST_MARKS = frozenset({"while", "whereas", "though", "although"})


# The words that open a credit phrase: "according (to X)", "as (reported by X)", "per (X)".
CREDIT_OPENERS = frozenset({"according", "as"}) | CREDIT_PREPOSITIONS


def _according_to(doc: Doc, article_id: str) -> Iterator[dict]:
    """ "according to X" or "as reported by X": X is the speaker, the rest of the clause is the content."""
    for tok in doc:
        if tok.lower_ not in CREDIT_OPENERS:
            continue
        pattern, row = first_decision(ACCORDING_PATTERNS, doc, article_id, tok)
        if pattern is not None and row is not NO_CLAIM:
            row["_pattern"] = pattern.name
            yield row


def _source_of(doc: Doc, tok: Token) -> tuple[Token | None, Token | None]:
    """The "to" after "according" and the object of that "to" (the source), each None when missing."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        to = doc[tok.i + 1]
    source = pobj(to)
    return to, source


@cue_pattern("no_source_or_idiom", "Until noon the handover went according to plan.", None)
def _find_idiom(doc: Doc, article_id: str, tok: Token) -> dict | None:
    if tok.lower_ != "according":
        return None
    source = _source_of(doc, tok)[1]
    return NO_CLAIM if source is None or _idiom_object(source) else None


@cue_pattern(
    "according_to",
    "Some 700 people have died since May, according to the health ministry.",
    ("according_to", "the health ministry", "according to", "Some 700 people have died since May"),
)
def _find_according_to(doc: Doc, article_id: str, tok: Token) -> dict | None:
    if tok.lower_ != "according":
        return None
    to, source = _source_of(doc, tok)
    if to is None or source is None:
        return NO_CLAIM  # decided by no_source_or_idiom before; kept for the type checker
    phrase, content = _credited(doc, tok, to)
    said = _clause_of(tok)
    if any(_relays_speech(t) for t in content) or (said.dep_ == "ccomp" and _relays_speech(said.head)):
        return NO_CLAIM  # "According to X, the ministry said ...": X relays the ministry's claim, which stands
    return _credit_row(doc, article_id, phrase, content, source, "according to")


@cue_pattern(
    "as_reported_by",
    "Nine fishermen drowned off the cape, as reported by port officials.",
    ("according_to", "port officials", "reported", "Nine fishermen drowned off the cape"),
)
def _find_as_credited(doc: Doc, article_id: str, tok: Token) -> dict | None:
    credit = as_credit(tok, AS_CREDIT_VERBS)  # "as expected by analysts" credits no one with a statement
    if credit is None or credit[0].dep_ != "advcl":
        return None
    verb, source = credit
    phrase, content = _credited(doc, tok, verb)
    words = [t for t in content if not t.is_punct]
    if any(_relaying_cue(t) for t in content) or (words and _is_finite_cue(words[-1])):
        return NO_CLAIM  # "A, a spokesman, Ali Kent, said, as quoted by X": X relays Kent's claim
    return _credit_row(doc, article_id, phrase, content, source, verb.text)


@cue_pattern(
    "per_credit",
    "Two ferries sank near the delta, per the coast guard.",
    ("according_to", "the coast guard", "per", "Two ferries sank near the delta"),
)
def _find_per_credit(doc: Doc, article_id: str, tok: Token) -> dict | None:
    source = preposition_credit(tok)
    if source is None:
        return None
    for clause in (_clause_of(tok), *_clause_of(tok).ancestors):
        if clause.lemma_.lower() in CUE_VERBS and any(c.dep_ in SUBJECT_DEPS for c in clause.children):
            return NO_CLAIM  # "Vela wrote that the port was shut, per the Herald": the paper relays Vela's claim
    phrase, content = _credited(doc, tok, tok)
    if tok.i > tok.sent.start and doc[tok.i - 1].lower_ == "as":  # "As per the police, ...": "as" opens the credit
        phrase = [doc[tok.i - 1], *phrase]
        content = [t for t in content if t.i != tok.i - 1]
        content = content[:-1] if content and content[-1].text == "," and content[-1].i == tok.i - 2 else content
    return _credit_row(doc, article_id, phrase, content, source, tok.lower_)


def _relays_speech(tok: Token) -> bool:
    """A finite verb of plain speech with its own subject ("the ministry said"): the statement a credit around it
    relays; a stance ("the rebels expressed doubts") stays the credited source's report."""
    return _relaying_cue(tok) and tok.lemma_.lower() in RELAYED_CUES


def _relaying_cue(tok: Token) -> bool:
    """A finite reporting verb with its own subject: the statement an "as quoted by X" after it relays."""
    return _is_finite_cue(tok) and any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def _is_finite_cue(tok: Token) -> bool:
    """A finite reporting verb ("said"); one that ends what an "as quoted by X" credits closes someone's
    statement, whatever the parser made its subject."""
    return tok.lemma_.lower() in CUE_VERBS and tok.tag_ in FINITE_TAGS


def _credit_row(doc: Doc, article_id: str, phrase: list[Token], content: list[Token], source: Token, cue: str) -> dict:
    """The according_to row of a credit phrase, its content and its source; NO_CLAIM without content."""
    if not content:
        return NO_CLAIM
    holes = [(phrase[0].idx, _end(phrase[-1]))] + [(t.idx, _end(t)) for t in content if is_quote_mark(t)]
    holes += _comma_holes(doc, phrase)
    speaker = _container_source(source)
    start = min(content[0].idx, phrase[0].idx)
    end = max(_end(content[-1]), _end(phrase[-1]))
    row = _row(
        doc,
        article_id,
        "according_to",
        _speaker_text(speaker, doc),
        cue,
        content[0].idx,
        _end(content[-1]),
        start,
        end,
        holes,
    )
    _note_speaker(row, speaker)
    return row


def _credited(doc: Doc, tok: Token, to: Token) -> tuple[list[Token], list[Token]]:
    """The credit phrase ("according to X") and the content it credits, in text order."""
    phrase = sorted({tok, *tok.subtree, *to.subtree}, key=lambda t: t.i)
    inside = {t.i for t in phrase}
    clause = _credited_clause(doc, tok, phrase)
    if _relayed_credit(clause, tok):
        return phrase, []  # "A, the ministry said, according to state media": the ministry's claim stands
    inside |= {t.i for c in clause.children if _contrasted(c, tok) for t in c.subtree}
    content = _trim([t for t in clause.subtree if t.i not in inside and t.sent == tok.sent])
    inner = [t for t in content if t.i < tok.i and _closing_cue(t)]
    if inner:  # "A, the army said, while B, according to police": police said B; A is the army's
        content = [t for t in content if t.i > inner[-1].right_edge.i]
    return phrase, _strip_leading_marker(content)


def _relayed_credit(clause: Token, according: Token) -> bool:
    """Whether an "according to" credits a plain statement whose speaker and cue come before it ("The dam was
    damaged, the ministry said on Monday, according to state media"): it only relays that statement."""
    return (
        clause.lemma_.lower() in RELAYED_CUES
        and clause.i < according.i
        and any(c.dep_ in SUBJECT_DEPS and c.i < clause.i for c in clause.children)
        and any(c.dep_ == CLAUSE and c.i < clause.i for c in clause.children)
    )


def _closing_cue(tok: Token) -> bool:
    """A finite cue with its own subject and nothing said after it, set off by a comma ("..., the army said,"):
    the credit of what comes before it, so what an "according to" after it credits begins after it."""
    lemma = tok.lemma_.lower()
    first = min((t.i for t in tok.subtree if not t.is_punct), default=tok.i)
    return (
        lemma in CUE_VERBS
        and CLAUSE in CUE_VERBS[lemma]
        and tok.tag_ in FINITE_TAGS
        and first > 0
        and tok.doc[first - 1].text == ","
        and any(c.dep_ in SUBJECT_DEPS and c.i < tok.i for c in tok.children)
        and not any(c.dep_ in {CLAUSE, "dobj", "xcomp"} and c.i > tok.i for c in tok.children)
    )


ACCORDING_PATTERNS: tuple[CuePattern, ...] = (_find_idiom, _find_according_to, _find_as_credited, _find_per_credit)


def _credited_clause(doc: Doc, tok: Token, phrase: list[Token]) -> Token:
    """The clause a credit phrase covers; one that closes its sentence covers every clause joined before
    the one it hangs on ("In X, rebels burned shops, but nobody was hurt, according to the police")."""
    clause = _clause_of(tok)
    if all(t.is_punct or t.is_space for t in doc[phrase[-1].i + 1 : tok.sent.end]):
        while clause.dep_ == "conj" and clause.head.i < clause.i and clause.head.pos_ in {"VERB", "AUX"}:
            if any(t.lemma_.lower() in CUE_VERBS for t in doc[clause.head.i : clause.i]):
                break  # "A, the UN said, and B, according to X": A has its own credit
            clause = clause.head
    return clause


def _contrasted(child: Token, according: Token) -> bool:
    """A statement set against the credited one by "while" or "whereas" after the credit ("According to X,
    2,000 died, while the UN reports that ..."): someone else's, not part of X's ("..., while 500 were hurt"
    is)."""
    return (
        child.dep_ == "advcl"
        and child.i > according.i
        and child.lemma_.lower() in CUE_VERBS
        and any(m.dep_ == "mark" and m.lower_ in CONTRAST_MARKS for m in child.children)
    )


def _idiom_object(source: Token) -> bool:
    """ "according to plan", "according to schedule": a bare singular common noun names no one who spoke; a
    bare noun for a body that speaks ("according to police", "according to government") does."""
    bare = source.tag_ == "NN" and not any(True for _ in source.children)
    ruled = source.lemma_.lower() in RULE_NOUNS  # "according to the law", "according to the deal": a rule
    return ruled or (bare and source.lemma_.lower() not in INSTITUTION_NOUNS)


def _comma_holes(doc: Doc, phrase: list[Token]) -> list[tuple[int, int]]:
    """The commas that set a credit phrase off, so content reads without them."""
    holes = []
    first, last = phrase[0], phrase[-1]
    i = first.i - 1
    while i >= 0 and is_quote_mark(doc[i]):
        i -= 1
    if i >= 0 and doc[i].text == ",":
        holes.append((doc[i].idx, _end(doc[i])))
    if last.i + 1 < len(doc) and doc[last.i + 1].text == ",":
        holes.append((doc[last.i + 1].idx, _end(doc[last.i + 1])))
    return holes
