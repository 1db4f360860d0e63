"""The peer benchmarks' conversions: a quantulum3 Quantity to a figure record, a textacy triple to a claim record."""

from __future__ import annotations

import importlib.util
from collections import namedtuple
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
# textacy's DQTriple has these fields; importing textacy costs seconds, so the test builds its own.
Triple = namedtuple("Triple", "speaker cue content")

needs_quantulum = pytest.mark.skipif(importlib.util.find_spec("quantulum3") is None, reason="quantulum3 not installed")
needs_textacy = pytest.mark.skipif(importlib.util.find_spec("textacy") is None, reason="textacy not installed")


def _load(name: str):
    """A benchmarks/ script loaded as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures_bench():
    """benchmarks/figures_vs_quantulum.py as a module."""
    return _load("figures_vs_quantulum")


@pytest.fixture(scope="module")
def claims_bench():
    """benchmarks/claims_vs_textacy.py as a module."""
    return _load("claims_vs_textacy")


def _quantity(sentence: str, surface: str, value: float, unit: str = "dimensionless", uncertainty=None):
    """A Quantity as quantulum's parser returns it for `surface` in `sentence` (the classes import fast)."""
    from quantulum3.classes import Entity, Quantity, Unit

    start = sentence.index(surface)
    return Quantity(
        value,
        Unit(name=unit, entity=Entity(name="dimensionless")),
        surface=surface,
        span=(start, start + len(surface)),
        uncertainty=uncertainty,
    )


SENTENCE = "Rescuers pulled 1,500 people from the rubble after between 10 and 20 hours of digging."


@needs_quantulum
def test_quantity_becomes_an_exact_figure_with_no_category_or_source(figures_bench):
    bench = figures_bench
    row = bench.quantity_to_figure(_quantity(SENTENCE, "1,500", 1500.0), "art_1")
    assert row["text"] == "1,500" and row["value"] == 1500.0
    assert row["qualifier"] == "exact" and row["lower"] == row["upper"] == 1500.0
    assert row["category"] is None and row["source_name"] is None and row["unit"] is None
    assert SENTENCE[row["start_char"] : row["end_char"]] == "1,500"


@needs_quantulum
def test_quantity_range_keeps_its_bounds(figures_bench):
    # quantulum gives "between 10 and 20" as 15 +/- 5
    bench = figures_bench
    row = bench.quantity_to_figure(_quantity(SENTENCE, "between 10 and 20", 15.0, uncertainty=5.0), "art_1")
    assert (row["qualifier"], row["lower"], row["upper"]) == ("range", 10.0, 20.0)


@needs_quantulum
def test_hedge_in_the_surface_sets_the_qualifier(figures_bench):
    bench = figures_bench
    sentence = "The toll rose to nearly 300 people."
    row = bench.quantity_to_figure(_quantity(sentence, "nearly 300", 300.0), "art_1")
    assert row["qualifier"] == "approximate" and row["lower"] is None and row["upper"] is None


@needs_textacy
def test_triple_becomes_a_direct_quote_with_the_speaker_tokens_joined(nlp, claims_bench):
    bench = claims_bench
    doc = nlp('"The convoy will cross at dawn," the regional governor Amina Yusuf told reporters.')
    words = {tok.text: tok for tok in doc}
    content = doc[1:8]
    assert content.text == "The convoy will cross at dawn,"
    # textacy lists speaker tokens head first; the record reads them in text order
    triple = Triple(speaker=[words["Yusuf"], words["Amina"]], cue=[words["told"]], content=content)
    row = bench.triple_to_claim(triple, "art_1")
    assert row == {
        "article_id": "art_1",
        "kind": "direct_quote",
        "speaker": "Amina Yusuf",
        "cue": "told",
        "content": "The convoy will cross at dawn,",
        "start_char": 1,
        "end_char": 31,
    }


@needs_textacy
def test_pronoun_speaker_stays_unresolved(nlp, claims_bench):
    bench = claims_bench
    doc = nlp('"We will not leave," she said.')
    triple = Triple(speaker=[doc[7]], cue=[doc[8]], content=doc[1:6])
    row = bench.triple_to_claim(triple, "art_1")
    assert (row["speaker"], row["cue"], row["content"]) == ("she", "said", "We will not leave,")
