"""Claim rows: the columns of newsfacts.schema from a speaker, a cue and the content's offsets."""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc, Span, Token

from newsfacts.schema import make_id
from newsfacts.transforms.claims.speakers import _note_speaker, _speaker_span, _speaker_text
from newsfacts.transforms.claims.words import CUE_PREPOSITIONS, PARTICLE_CUES
from newsfacts.transforms.language.discourse import Quote, is_quote_mark
from newsfacts.transforms.spans import doc_text, trace


def _claim_row(
    doc: Doc,
    article_id: str,
    kind: str,
    subject: Token,
    cue: Token,
    content: list[Token],
    cue_tokens: list[Token],
) -> dict:
    """A reported-speech row from its subject, cue and content tokens."""
    content_start, content_end = content[0].idx, _end(content[-1])
    speaker_span = _speaker_span(subject)
    start = min(content_start, _start(speaker_span), cue.idx)
    end = max(content_end, _end(speaker_span), _end(cue))
    holes = [(t.idx, _end(t)) for t in content if is_quote_mark(t)]
    cue_text = _cue_lemma(cue)
    particle = next(
        (
            c
            for c in cue.children
            if c.dep_ in {"prep", "prt"} and c.lower_ in CUE_PREPOSITIONS.get(cue.lemma_.lower(), ())
        ),
        None,
    )
    if cue.lemma_.lower() in PARTICLE_CUES and particle is not None:
        cue_text = f"{cue_text} {particle.lower_}"
    row = _row(
        doc, article_id, kind, _speaker_text(subject, doc), cue_text, content_start, content_end, start, end, holes
    )
    _note_speaker(row, subject)
    return row


def _quote_row(
    doc: Doc,
    article_id: str,
    pieces: list[Quote],
    cue: Token | None,
    speaker_text: str | None,
    speaker: Token | None,
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
    row = _row(
        doc, article_id, "direct_quote", speaker_text, _cue_lemma(cue), content_start, content_end, start, end, holes
    )
    row["_cue_i"] = cue.i if cue is not None else None
    _note_speaker(row, speaker)
    return row


def _row(
    doc: Doc,
    article_id: str,
    kind: str,
    speaker_text: str | None,
    cue: str | None,
    content_start: int,
    content_end: int,
    start: int,
    end: int,
    holes: Iterable[tuple[int, int]] = (),
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
        pieces.append(source[cursor : max(s, cursor)])
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
