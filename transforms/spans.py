"""Small helpers every extractor shares: sentence numbers and text folding for comparisons."""

from __future__ import annotations

import bisect
import re
import unicodedata

from spacy.tokens import Doc, Span, Token

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = {ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032`"} | {
    ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
}
_SPACE = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Case, curly quotes, dashes and white space folded, as GUIDELINE.md compares text."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().casefold()


# Values spaCy rebuilds from the tokens on every access, kept on the Doc once the pipeline has run.
CACHE_PREFIX = "newsfacts."
TEXT_KEY, ENTS_KEY, SENT_STARTS_KEY, SENT_ENDS_KEY = (
    CACHE_PREFIX + name for name in ("text", "ents", "sent_starts", "sent_ends")
)


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: `doc.text` joins every token again on each access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The Doc's entities, built once: `doc.ents` walks every token's IOB tag on each access."""
    ents = doc.user_data.get(ENTS_KEY)
    if ents is None:
        ents = doc.user_data[ENTS_KEY] = tuple(doc.ents)
    return ents


def release(doc: Doc) -> None:
    """Drop the values extractors cached on the Doc ("newsfacts.*" keys): cached entities point back at
    their Doc, a cycle only the garbage collector frees, so a batch of Docs would outlive its use."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(CACHE_PREFIX)]:
        del doc.user_data[key]


def span_ents(span: Span) -> list[Span]:
    """`span.ents` over the Doc's cached entities: those wholly inside the span, in order."""
    ents = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            ents.append(ent)
    return ents


def sentence_index(doc: Doc, char: int) -> int:
    """Index of the sentence of `doc` that holds character offset `char`."""
    starts = doc.user_data.get(SENT_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[SENT_STARTS_KEY] = [s.start_char for s in doc.sents]
    return max(bisect.bisect_right(starts, char) - 1, 0)


def _sentence_end(doc: Doc, index: int) -> int:
    """End offset of the sentence with this index."""
    ends = doc.user_data.get(SENT_ENDS_KEY)
    if ends is None:
        ends = doc.user_data[SENT_ENDS_KEY] = [s.end_char for s in doc.sents]
    return ends[index]


def trace(doc: Doc, start_char: int, end_char: int) -> dict:
    """The offsets columns every extracted row carries, plus the offsets of its whole sentence (or sentences,
    when the row runs on: from the start of the first to the end of the last), so a row joins back to it."""
    first = sentence_index(doc, start_char)
    last = sentence_index(doc, max(end_char - 1, start_char))
    return {
        "sentence_index": first,
        "start_char": start_char,
        "end_char": end_char,
        "sentence_start": doc.user_data[SENT_STARTS_KEY][first],
        "sentence_end": _sentence_end(doc, last),
    }


def span_trace(span: Span | Token) -> dict:
    """Offsets columns for a span or token (entity mentions: no sentence offsets, they are many and short)."""
    start = span.idx if isinstance(span, Token) else span.start_char
    end = start + len(span.text) if isinstance(span, Token) else span.end_char
    return {"sentence_index": sentence_index(span.doc, start), "start_char": start, "end_char": end}


def offsets(span: Span | Token | None) -> tuple[int | None, int | None]:
    """Start and end offsets of a span or token, or (None, None)."""
    if span is None:
        return None, None
    if isinstance(span, Token):
        return span.idx, span.idx + len(span.text)
    return span.start_char, span.end_char
