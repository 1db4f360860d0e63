"""The claims of one Doc: direct quotes, "according to" credits and reported speech, in text order."""

from __future__ import annotations

import logging
import re
from typing import Iterator

from spacy.tokens import Doc

from newsfacts.schema import make_id
from newsfacts.transforms.claims.according import _according_to
from newsfacts.transforms.claims.quotes import STOP_MARKS, _direct_quotes, _follows, _word_count
from newsfacts.transforms.claims.rows import _quote_row
from newsfacts.transforms.claims.reported import _reported_speech
from newsfacts.transforms.claims.speakers import _resolve_pronoun_speakers, _speaker_text
from newsfacts.transforms.claims.words import (
    CACHE_KEYS,
    MIN_STANDALONE_WORDS,
    NOT_SPEAKERS,
    PRONOUN_FITS,
    RELAYED_CUES,
    THING_CUES,
    VACUOUS_CONTENTS,
    VACUOUS_DETERMINERS,
)
from newsfacts.transforms.language.discourse import (
    Quote,
    closing_credit_subject,
    is_quote_mark,
    quotations,
    quoted_tokens,
    starts_paragraph,
)
from newsfacts.transforms.language.lexicon import SUBJECT_DEPS
from newsfacts.transforms.entities import settle_labels

logger = logging.getLogger(__name__)
# Keys a row carries while it is made: the pattern that found it, where its speaker stands, which
# pronouns could refer back to it.
PRIVATE_KEYS = ("_pattern", "_speaker_i", "_fits")
# A sum of money: a currency sign before a number, or a number before a currency word.
MONEY = re.compile(r"[$\u20ac\u00a3]\s?\d|\d\s*(?:million|billion)?\s*(?:dollars|euros|pounds)\b", re.IGNORECASE)
# Words that link the clause before an inner claim to it ("A, the army said, while B"), left off a cut content.
CUT_LINKS = frozenset({"and", "but", "while", "whereas", "as", "though", "although", "or", "yet", "so", "that"})
# Words of an inner claim's content that find where it begins in the outer content.
CUT_KEY_WORDS = 3
# Fewest words a content cut at an inner claim keeps.
MIN_CUT_WORDS = 2
# Share of the words of reported speech inside quotation marks that makes it a direct quote.
MOSTLY_QUOTED = 0.6
# Words of a title a speaker's name may leave out at the head of a relayed statement ("Chief Judge").
MAX_TITLE_WORDS = 3
# Cues of plain speech by a named speaker, after which a quotation standing alone in the same paragraph, with no
# credit of its own, goes on in the speaker's words ("Mayor Ruiz said the dam held. "We were lucky."").
SPEECH_CUES = RELAYED_CUES | {"write", "post", "tweet", "explain", "inform"}


def extract_claims(doc: Doc, article_id: str) -> Iterator[dict]:
    """Claims of every kind, in text order; the resolve stage maps speaker_text to a source."""
    settle_labels(doc)
    rows = explained_claims(doc, article_id)
    for row in rows:
        for key in PRIVATE_KEYS:
            row.pop(key, None)
    yield from rows


def explained_claims(doc: Doc, article_id: str) -> list[dict]:
    """The claim rows with the private keys still on: `_pattern` names the cue pattern that found each."""
    quotes = list(quotations(doc))
    direct = list(_direct_quotes(doc, article_id, quotes))
    used_cues = {row.pop("_cue_i") for row in direct if row.get("_cue_i") is not None}
    for row in direct:
        row.pop("_cue_i", None)
    quoted = quoted_tokens(doc)  # pronoun resolution skips names inside quotes
    according = [r for r in _according_to(doc, article_id) if not _relays_a_quote(doc, r, used_cues)]
    reported = _uncovered(doc, according, list(_reported_speech(doc, article_id, quoted | used_cues)))
    rows = [r for r in direct + according + reported if _is_claim(r)]
    rows += _quotes_going_on(doc, article_id, quotes, rows)
    rows.sort(key=lambda r: (r["start_char"], r["end_char"]))
    for row in rows:
        if row["kind"] == "indirect" and _mostly_quoted(doc, row, quoted):
            row["kind"] = "direct_quote"
    _resolve_pronoun_speakers(doc, rows)
    _credit_closing_the_sentence(doc, rows)
    _stop_at_inner_claims(doc, rows)
    rows = _distinct_ids(rows, article_id)
    for key in CACHE_KEYS:  # per-call caches must not travel with the Doc (DocBin, pickling)
        doc.user_data.pop(key, None)
    return rows


def _credit_closing_the_sentence(doc: Doc, rows: list[dict]) -> None:
    """ "Police found the bodies, he said, adding that ..., police chief Ola Dorn told AFP": a "he" or "she" no
    rule resolved is the person the sentence's closing credit names, and the claim's content stops before it."""
    for row in rows:
        i = row.get("_speaker_i")
        if i is None or (row["speaker_text"] or "").lower() != doc[i].lower_:
            continue
        subject = closing_credit_subject(doc[i])
        if subject is None:
            continue
        row["speaker_text"] = _speaker_text(subject, doc) or row["speaker_text"]
        credit = doc.text[subject.left_edge.idx : subject.head.idx + len(subject.head.text)]
        at = row["content"].find(credit)
        whole = doc.text[row["content_start"] : row["content_start"] + len(row["content"])] == row["content"]
        if at > 0 and whole:  # the content as written, with no holes: cut before the credit
            row["content"] = row["content"][:at].rstrip(" ,;")
            row["content_end"] = row["content_start"] + len(row["content"])


def _stop_at_inner_claims(doc: Doc, rows: list[dict]) -> None:
    """A claim's content stops where another speaker's claim, credited after its content, begins inside it
    ("A, the army said, while B, according to police": the army said A, police said B)."""
    for outer in rows:
        inner = [
            r
            for r in rows
            if r is not outer
            and r["speaker_text"] != outer["speaker_text"]
            and outer["content_start"] < r["content_start"] < outer["content_end"]
            and _credited_after(r)
        ]
        if inner:
            _cut_content(doc, outer, min(inner, key=lambda r: r["content_start"]))


def _credited_after(row: dict) -> bool:
    """Whether a claim's speaker comes after its content ("..., according to police", "..., police said"): its
    credit closes it. A claim credited before its content ("which Azerbaijan says contains ...") is nested in
    the other's statement, and does not end it."""
    return row.get("speaker_start") is not None and row["speaker_start"] >= row["content_end"]


def _cut_content(doc: Doc, row: dict, inner: dict) -> None:
    """End a claim's content where an inner claim's content begins, and before the linking words and punctuation
    left there; kept whole when what is left says too little or the inner content is not found in it."""
    key = " ".join(inner["content"].split()[:CUT_KEY_WORDS])
    at = row["content"].find(key, 1) if key else -1
    if at <= 0:
        return
    words = row["content"][:at].split()
    while words and (words[-1].lower().strip(",;:") in CUT_LINKS or not any(c.isalnum() for c in words[-1])):
        words.pop()
    if len(words) < MIN_CUT_WORDS:
        return
    last = words[-1].strip(",;:")
    before = list(doc.char_span(row["content_start"], inner["content_start"], alignment_mode="contract") or [])
    end = next((t.idx + len(t.text) for t in reversed(before) if t.text == last), None)
    if end is None:
        return
    row["content"] = " ".join(words).rstrip(",;:")
    row["content_end"] = end


def _distinct_ids(rows: list[dict], article_id: str) -> list[dict]:
    """Two claims of one sentence share the span their id is made of. A later one whose content lies inside the
    earlier one's ("X said A, adding B", where A's content runs on through B) is part of what the earlier says,
    and is not a row of its own; one with other content takes its content offsets into its id."""
    kept: list[dict] = []
    seen: dict[str, tuple[int, int]] = {}
    for row in rows:
        content = (row["content_start"], row["content_end"])
        first = seen.setdefault(row["claim_id"], content)
        if first != content:
            if first[0] <= content[0] and content[1] <= first[1]:
                continue
            row["claim_id"] = make_id("clm", article_id, row["start_char"], row["end_char"], *content)
        kept.append(row)
    return kept


def _quotes_going_on(doc: Doc, article_id: str, quotes: list[Quote], rows: list[dict]) -> list[dict]:
    """A quotation standing alone right after reported speech that quoted its speaker goes on with the
    speaker's words: 'His talks had been "very good," Trump said. "We discussed a lot of things."'."""
    taken = [(r["start_char"], r["end_char"]) for r in rows]
    found: list[dict] = []
    for quote in quotes:
        at = doc[quote.open].idx
        if any(s <= at < e for s, e in taken) or not _stands_alone(doc, quote):
            continue
        if _word_count(doc, quote) < MIN_STANDALONE_WORDS:
            continue
        previous = _quoting_claim_before(doc, quote, rows + found[-1:])
        if previous is None:
            continue
        row = _quote_row(doc, article_id, [quote], None, previous["speaker_text"], None)
        row["speaker_start"], row["speaker_end"] = previous.get("speaker_start"), previous.get("speaker_end")
        row["_fits"], row["_pattern"] = previous.get("_fits", frozenset()), "quote_going_on_from_reported_speech"
        row["_speaker_i"] = previous.get("_speaker_i")  # a pronoun there is resolved once for both
        found.append(row)
    return found


def _stands_alone(doc: Doc, quote: Quote) -> bool:
    """A quotation that is a whole sentence: it opens its sentence, ends in a full stop (a quoted subheading
    has none) and nothing but punctuation follows it."""
    first = doc[min(quote.open + 1, len(doc) - 1)]
    after = doc[quote.close + 1 : first.sent.end] if quote.close + 1 < len(doc) else doc[0:0]
    ended = doc[quote.close - 1].text in STOP_MARKS
    return ended and quote.open <= first.sent.start + 1 and all(t.is_punct or t.is_space for t in after)


def _quoting_claim_before(doc: Doc, quote: Quote, rows: list[dict]) -> dict | None:
    """The reported speech with a quotation in it, or plain speech (SPEECH_CUES), by a speaker who is not a
    pronoun, in the sentence just before a quote ('..."very good," Trump said.', 'Mayor Ruiz said the dam
    held. "We were lucky."'); None when there is none. A quote that opens its own
    paragraph with no credit of its own goes on from the last speaker's statement right before it, quoted
    or not, by a name or a pronoun ('He said the raid was repelled.\n\n"Our teams drove the attackers back."'),
    and so does each quote paragraph after it ('\n\n"Sadly, 9 were taken."')."""
    own_paragraph = starts_paragraph(doc[quote.open])
    for row in rows:
        if not row.get("speaker_text") or not _follows(doc, quote, row):
            continue
        going_on = row.get("_pattern") == "quote_going_on_from_reported_speech"
        if (row["kind"] == "direct_quote" and not (own_paragraph and going_on)) or (
            row["speaker_text"].lower() in PRONOUN_FITS and not own_paragraph
        ):
            continue
        span = doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand")
        plain_speech = row["kind"] == "indirect" and row.get("cue") in SPEECH_CUES
        if span is not None and (own_paragraph or plain_speech or any(is_quote_mark(t) for t in span)):
            return row
    return None


def _relays_a_quote(doc: Doc, row: dict, quote_cues: set[int]) -> bool:
    """ "“We stand with you,” he said, according to an army statement": a credit whose content holds a
    quote's own plain cue only relays that quote, which stands alone (one statement, one claim)."""
    return any(
        doc[i].lemma_.lower() in RELAYED_CUES and row["content_start"] <= doc[i].idx < row["content_end"]
        for i in quote_cues
    )


def _uncovered(doc: Doc, according: list[dict], candidates: list[dict]) -> list[dict]:
    """Reported speech whose cue stands outside every credit's content.

    A statement inside a credit that follows it ("X expressed doubts, according to Y" or "..., the paper
    reported") is the credited source's report, not a claim of its own.
    """
    relays = _relays(doc, candidates)
    covered = [(r["content_start"], r["content_end"]) for r in according]
    covered += [
        (r["content_start"], r["content_end"])
        for r in candidates
        if r["content_end"] <= r["_cue_char"] and id(r) not in relays
    ]
    reported = []
    for row in candidates:
        cue_char = row.pop("_cue_char")
        if id(row) not in relays and not any(s <= cue_char < e for s, e in covered):
            reported.append(row)
    return reported


def _relays(doc: Doc, candidates: list[dict]) -> set[int]:
    """Credits after their content whose content is itself a whole "X said ..." ("The coalition said it
    launched 32 operations, the press agency reported"): the agency relays X's claim, which stands. A
    stance ("Shareholders expressed anger, the paper reported") stays the paper's report."""
    relays = set()
    for outer in candidates:
        if outer["content_end"] > outer["_cue_char"]:
            continue
        if any(
            inner is not outer
            and inner["cue"] in RELAYED_CUES
            and _opens_with_speaker(doc, outer["content_start"], inner["speaker_start"])
            and outer["content_start"] <= inner["_cue_char"] < outer["content_end"]
            for inner in candidates
        ):
            relays.add(id(outer))
    return relays


def _opens_with_speaker(doc: Doc, content_start: int, speaker_start: int | None) -> bool:
    """Whether a content begins with a speaker, perhaps after the title the speaker's name leaves out ("Judge Omar
    Salem said ..., the agency reported": the content opens with "Judge")."""
    if speaker_start is None or speaker_start < content_start:
        return False
    lead = doc.char_span(content_start, speaker_start, alignment_mode="expand")
    if lead is None:
        return speaker_start == content_start
    return len(lead) <= MAX_TITLE_WORDS and all(t.pos_ == "PROPN" or t.is_title for t in lead)


def _mostly_quoted(doc: Doc, row: dict, quoted: frozenset[int]) -> bool:
    """Whether most words of reported speech stand inside quotation marks ("told reporters that "nobody wants
    this war"", "The battalion's "counter-offensive led to ...," the statement said"): a direct quote with an
    unquoted lead or tail. A partial quote of a few words ("urged farmers to "stay calm"") or one that leaves
    the statement's subject or its verb outside ("the government would "go after those in the forests"",
    ""an unknown number" were abducted") stays indirect."""
    span = doc.char_span(row["content_start"], row["content_end"], alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    inside = sum(1 for t in words if t.i in quoted)
    if not words or inside < MOSTLY_QUOTED * len(words):
        return False
    # the quote holds the statement's subject and verb: "the government would "go after ..."" quotes a part
    subjects = [t for t in span if t.dep_ in SUBJECT_DEPS and t.head.i == span.root.i]
    return inside == len(words) or (span.root.i in quoted and any(t.i in quoted for t in subjects))


# What a source asks who may not be named: the terms of speaking, not a statement ("asked not to be named").
ANONYMITY_REQUEST = re.compile(r"not to be (?:named|identified|quoted)\b", re.IGNORECASE)


# A content that is only a credit phrase ("as per X", "according to X"), read as what a verb said after it.
CREDIT_PHRASE_ONLY = re.compile(r"(?:as per|per|according to)\s+[^,;:]{1,60}", re.IGNORECASE)


def _says_nothing(content: str, cue: str | None) -> bool:
    """Content that only names what was answered: "rejected the claim", "denied the allegations"; or only
    points back to something told before: "announced the move" (a cue that reports a thing must name it); or
    is a sum of money announced ("announced $200 million in new aid": a measure, not a statement); or asks not to
    be named."""
    if ANONYMITY_REQUEST.match(content):
        return True  # "asked not to be named": a request for anonymity, not a statement
    if CREDIT_PHRASE_ONLY.fullmatch(content.strip()):
        return True  # "As per Reuters, the militia answered with rockets": the credit phrase is nobody's statement
    words = [w.strip(".,;:") for w in content.lower().split()]
    if cue in THING_CUES and MONEY.search(content):
        return True  # "announced $200 million in new aid": money announced is given, not stated
    pointing = len(words) == 2 and words[0] in VACUOUS_DETERMINERS and cue in THING_CUES
    words = [w for w in words if w not in VACUOUS_DETERMINERS]
    if not words:
        return True  # "the rebels denied this": only a pointing word
    return len(words) == 1 and (words[0] in VACUOUS_CONTENTS or pointing)


def _is_claim(row: dict) -> bool:
    """A speaker is a name, a role or a pronoun, and content is more than a letter; anything else is logged."""
    speaker = (row["speaker_text"] or "").strip()
    words = speaker.lower().split()
    if speaker and (not any(c.isalpha() for c in speaker) or (len(words) == 1 and words[0] in NOT_SPEAKERS)):
        logger.info("claim dropped: %r is not a speaker (%r)", speaker, row["content"][:60])
        return False
    if sum(c.isalnum() for c in row["content"]) < 2 or _says_nothing(row["content"], row["cue"]):
        logger.info("claim dropped: content %r of %r is no statement", row["content"], speaker)
        return False
    return True
