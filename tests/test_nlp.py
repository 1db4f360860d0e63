"""The spaCy pipeline as newsfacts loads it: sentence boundaries the parser must respect."""
from __future__ import annotations

import pytest

from transforms.cleaning import dateline_end


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_pipeline_has_the_boundary_component_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("newsfacts_boundaries") < names.index("parser")


def test_a_dateline_is_its_own_sentence(nlp):
    text = "LAGOS, Nigeria (AP) — Gunmen kidnapped 20 pupils on Friday, police said."
    assert sentences(nlp, text)[0] == "LAGOS, Nigeria (AP) —"
    subjects = [t.text for t in nlp(text) if t.dep_ == "nsubj"]
    assert "LAGOS" not in subjects


def test_a_headline_is_not_joined_to_the_first_sentence(nlp):
    text = "Ministers agree grain deal after talks\n\nThe ministers of both countries met in Ankara on Tuesday."
    assert sentences(nlp, text)[0] == "Ministers agree grain deal after talks"


def test_a_single_line_break_also_separates_paragraphs(nlp):
    text = "Rescue teams worked through the night\nSeven people were found alive."
    assert len(sentences(nlp, text)) == 2


@pytest.mark.parametrize("text,expected", [
    ("KYIV, March 3 (Reuters) - Russia fired drones.", "KYIV, March 3 (Reuters) - "),
    ("(Cairo) Talks resumed.", "(Cairo) "),
    ("Title line here\n\nBEIRUT (AFP) — Strikes hit.", "Title line here\n\nBEIRUT (AFP) — "),
    ("Officials said talks would resume.", None),
    ("(Reuters) - Talks resumed.", None),
])
def test_dateline_end(text, expected):
    end = dateline_end(text)
    assert (text[:end] if end is not None else None) == expected
