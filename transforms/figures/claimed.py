"""Who reported a number, read from the claim it stands in: the claims resolve speakers further than a sentence
(a quote's speaker, "the premier" back to the prime minister named before), and a number said is theirs."""

from __future__ import annotations

from typing import Iterable

from newsfacts.transforms.spans import CACHE_PREFIX, fold

# The claim kind whose content is the speaker's own words, so every number in it is theirs.
QUOTING_KINDS = frozenset({"direct_quote"})
# A Doc cache: figure_id -> the offset where the words its sentence credits it to start (figures/rows.py).
CREDIT_STARTS_KEY = CACHE_PREFIX + "figures.credit_starts"


def credit_from_claims(
    figures: Iterable[dict], claims: Iterable[dict], text: str, credit_starts: dict[str, int] | None = None
) -> None:
    """Give each number the speaker of the claim whose content holds it: a number with no credit of its own in
    a quotation ('"We pulled 40 bodies from the river. Twenty were children," the mayor said'), and one
    credited to the very words the claim read its speaker from, as the claim resolved them ("Twelve foreigners
    died, the premier said" after "Prime Minister Ana Brisk said ...": Ana Brisk). `credit_starts` (figure_id ->
    where its credit's words start) tells a credit read from those words however each table resolved them."""
    said = [c for c in claims if c.get("speaker_text") and c.get("content_start") is not None]
    if not said:
        return
    for row in figures:
        credit_start = (credit_starts or {}).get(row.get("figure_id", ""))
        claim = next((c for c in said if _holds(c, row)), None)
        if claim is None:
            continue
        if row.get("source_text") is None:
            if claim.get("kind") in QUOTING_KINDS:
                row["source_text"] = claim["speaker_text"]
        elif _same_words(row["source_text"], _speaker_words(claim, text)) or _read_there(credit_start, claim):
            # "..., he said": the "he" the claim resolved to its speaker, however the figure read it
            row["source_text"] = claim["speaker_text"]


def _read_there(offset: int | None, claim: dict) -> bool:
    """Whether a figure's credit starts in the words the claim read its speaker from."""
    start, end = claim.get("speaker_start"), claim.get("speaker_end")
    return offset is not None and start is not None and end is not None and start <= offset < end


def _holds(claim: dict, figure: dict) -> bool:
    """Whether a figure lies inside the claim's content, in the same article."""
    return (
        claim["article_id"] == figure["article_id"]
        and claim["content_start"] <= figure["start_char"]
        and figure["end_char"] <= claim["content_end"]
    )


def _speaker_words(claim: dict, text: str) -> str | None:
    """The words the claim read its speaker from, as written."""
    start, end = claim.get("speaker_start"), claim.get("speaker_end")
    return text[start:end] if start is not None and end is not None else None


def _same_words(a: str, b: str | None) -> bool:
    """Whether two surface phrases are the same words, case and spacing aside."""
    return b is not None and fold(a) == fold(b)
