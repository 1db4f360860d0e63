"""The figures generator: numbers of each sentence, excluded or made into `figures` rows."""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts.schema import PEOPLE_CATEGORIES, make_id
from newsfacts.transforms.figures.categories import BREAKDOWN_CATEGORIES, _category, _sentence_index
from newsfacts.transforms.figures.counted import (
    AGGREGATE_NOUNS,
    ANAPHORIC_NOUNS,
    CAPTIVE_NOUNS,
    MEASURE_UNITS,
    NOT_VICTIM_NOUNS,
    _antecedent_row,
    _counted_noun,
    _part_of_those_before,
    _parts_of_the_toll_before,
    _unit_lemma,
)
from newsfacts.transforms.figures.claimed import CREDIT_STARTS_KEY
from newsfacts.transforms.figures.credit import _resolve_pronoun, credit_words
from newsfacts.transforms.figures.exclusions import _is_excluded
from newsfacts.transforms.figures.numbers import _Number, numbers_of
from newsfacts.transforms.spans import doc_text, trace
from newsfacts.transforms.entities import settle_labels

# Categories that measure rather than count: a bare number after one does not borrow its unit.
MEASURE_CATEGORIES = {"duration", "money", "percent", "visits"}


def extract_figures(doc: Doc, article_id: str) -> Iterator[dict]:
    """Yield one `figures` row per reported number in `doc`, in text order."""
    settle_labels(doc)
    rows: list[dict] = []
    claimed: set[int] = set()
    for sent in doc.sents:
        sent_rows: list[dict] = []
        for found in _numbers_in(sent, claimed):
            sent_rows.append(_figure_row(doc, article_id, found, sent_rows, rows))
        rows.extend(sent_rows)
    # where each figure's credit words start ("he" in "..., he said"): a claim that read its speaker from the same
    # words resolves them for the figure too (figures/claimed.py)
    starts = doc.user_data.setdefault(CREDIT_STARTS_KEY, {})
    for row in sorted(rows, key=lambda r: (r["start_char"], r["end_char"])):
        del row["_root"]  # kept only so later numbers of the sentence can point back
        credit = row.pop("_credit")
        if credit is not None:
            starts[row["figure_id"]] = credit.idx if isinstance(credit, Token) else credit.start_char
        yield row


def _numbers_in(sent: Span, claimed: set[int]) -> Iterator[_Number]:
    """Numbers of a sentence that no exclusion rule drops."""
    for found in numbers_of(sent, claimed):
        if not _is_excluded(sent, found):
            yield found


def _figure_row(
    doc: Doc, article_id: str, found: _Number, earlier: list[dict], before: list[dict] | None = None
) -> dict:
    """A `figures` row for one number; `earlier` holds its sentence's rows before it, `before` the rows of
    the sentences before its own."""
    noun = _counted_noun(found)
    converted = _converted_measure(found, earlier)
    if converted is not None and found.qualifier == "exact":
        found.qualifier = converted["qualifier"]  # "about 80 km (50 miles)": as rough in any unit
    category, total = _category(found, noun, earlier, before or [])
    unit = _unit_lemma(found, noun)
    if total is not None and (unit is None or unit in ANAPHORIC_NOUNS or unit in AGGREGATE_NOUNS):
        unit = total["unit"]  # "the three others", "the number": the total's unit; "30 children" their own
    if (unit is None or unit in ANAPHORIC_NOUNS) and not found.ordinal:
        unit = _borrowed_unit(found, earlier, unit, category)
    if unit is None and category in PEOPLE_CATEGORIES:
        unit = "person"  # "left nine dead", "killing eight": a toll with no noun counts people
    start_char = doc[found.start].idx
    end_char = doc[found.end - 1].idx + len(doc[found.end - 1].text)
    credit = credit_words(found)
    value = float(found.value)
    lower, upper = _bounds(found.qualifier, value, found.upper)
    return {
        "figure_id": make_id("fig", article_id, start_char, end_char),
        "article_id": article_id,
        "text": doc_text(doc)[start_char:end_char],
        "value": value,
        "lower": lower,
        "upper": upper,
        "qualifier": found.qualifier,
        "unit": unit,
        "category": category,
        "source_text": _resolve_pronoun(credit) if credit is not None else _carried_source(found, total, before or []),
        **trace(doc, start_char, end_char),
        "_root": found.root,
        "_credit": credit,
    }


def _converted_measure(found: _Number, earlier: list[dict]) -> dict | None:
    """The measure a number in brackets right after it restates in other units ("about 80 km (50 miles)")."""
    doc = found.root.doc
    if not earlier or found.start < 2 or doc[found.start - 1].text != "(":
        return None
    previous = earlier[-1]
    unit = doc[found.start - 2]
    measured = previous["unit"] in MEASURE_UNITS and unit.lemma_.lower() in MEASURE_UNITS
    return previous if measured and previous["_root"].i in (unit.i, *(c.i for c in unit.children)) else None


def _carried_source(found: _Number, total: dict | None, before: list[dict]) -> str | None:
    """The source of the count a part breaks down across a sentence break ("X put the toll at 230. Of those,
    40 were children"; "X counted 9,000 arrivals. Of those, 2,100 were minors"): the part goes on with X's
    count, so X is its source too."""
    sent_index = _sentence_index(found)
    counts = [r for r in before if r["category"] not in MEASURE_CATEGORIES]
    if total is None and _part_of_those_before(found) and counts:
        total = counts[-1]  # "Of those, 2,100 were minors": a part of whatever was counted just before
    elif total is None and _parts_of_the_toll_before(found, _counted_noun(found)) and before:
        total = before[-1] if before[-1]["category"] in BREAKDOWN_CATEGORIES else None
    if total is None or total["sentence_index"] != sent_index - 1:
        return None
    return total["source_text"]


def _borrowed_unit(found: _Number, earlier: list[dict], unit: str | None, category: str) -> str | None:
    """The unit of the figure a bare number carries on from ("nine people dead and dozens injured");
    never one that measures ("a year-long war ... millions"). "Others" that suffered something else are
    people of any kind ("3 children were killed and 6 others were hurt": 6 people)."""
    previous = _antecedent_row(found, None, earlier)
    if previous is not None and previous["category"] not in MEASURE_CATEGORIES:
        if unit in ANAPHORIC_NOUNS and category != previous["category"] and previous["unit"] in CAPTIVE_NOUNS:
            return "person"
        if category in BREAKDOWN_CATEGORIES and previous["unit"] in NOT_VICTIM_NOUNS | MEASURE_UNITS:
            return "person"  # "One strike killed 13": the 13 killed are people, not strikes
        return previous["unit"]
    return None if unit in ANAPHORIC_NOUNS else unit  # "the two others" with nothing before: unknown


def _bounds(qualifier: str, value: float, upper: float | None) -> tuple[float | None, float | None]:
    """Lower and upper bounds implied by the hedge (GUIDELINE.md)."""
    if qualifier == "exact":
        return value, value
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("less_than", "at_most"):
        return None, value
    if qualifier == "range":
        return value, upper
    return None, None
