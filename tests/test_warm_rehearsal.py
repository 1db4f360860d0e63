"""The warm runner's rehearsal and the model cache: work done once per process, rows unchanged."""

from __future__ import annotations

from pathlib import Path

from newsfacts.transforms.nlp import DEFAULT_MODEL, load_model, models_loaded

# Made-up text, other than the rehearsal's own: people, a place, figures, a quote.
TEXT = (
    "Farmers in Alentejo lost 30 percent of their olive crop this year, the growers' association said on Friday. "
    '"The dry summer hurt every grove we have," association head Joana Pires said in Evora.'
)


def _rows(tmp_path: Path) -> dict[str, list[dict]]:
    """Every extracted row of TEXT, read from a file as a run reads it."""
    from newsfacts.transforms.articles import read_article
    from newsfacts.transforms.extract import extract_all
    from newsfacts.transforms.reading import discover

    (tmp_path / "olives.txt").write_text(TEXT, encoding="utf-8")
    articles = [read_article(item, 1_000_000) for item in discover([tmp_path])]
    return extract_all(articles, DEFAULT_MODEL)


def test_the_default_and_the_named_model_are_one_pipeline():
    assert load_model() is load_model(DEFAULT_MODEL)


def test_word_lists_do_not_load_a_second_pipeline():
    from newsfacts.transforms.entities import _adjectives, _nouns

    load_model(DEFAULT_MODEL)
    loaded = models_loaded()
    _adjectives.cache_clear()
    _nouns.cache_clear()
    assert "red" in _adjectives() and "harbour" in _nouns()
    assert models_loaded() == loaded


def test_the_rehearsal_reaches_every_extractor(tmp_path):
    from newsfacts.warm import rehearse

    counts = rehearse(DEFAULT_MODEL)
    assert counts["articles"] == 1
    for table in ("sources", "entities", "mentions", "figures", "claims", "events"):
        assert counts[table] > 0, table


def test_rows_after_the_rehearsal_are_the_rows_before_it(tmp_path):
    from newsfacts.warm import rehearse

    before = _rows(tmp_path)
    rehearse(DEFAULT_MODEL)
    after = _rows(tmp_path)
    assert before == after
    assert before["mentions"] and before["figures"]
