"""Speakers first told by what they are and named later in the article (sentences of our own): a lawmaker
named with the same people's word, a rights group named with the same words."""

from __future__ import annotations

from newsfacts.transforms.claims import extract_claims
from newsfacts.transforms.claims.speakers import deciding_speaker_rule
from newsfacts.transforms.claims import explained_claims


def _speakers(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [deciding_speaker_rule(doc[row["_speaker_i"]]) for row in explained_claims(doc, "art")]


def test_lawmaker_told_by_people_is_the_one_named_later_with_it(nlp):
    text = (
        "The militants had surrounded the village of Kocho for ten days, a Yazidi lawmaker said. "
        "The village held about 300 men. About 600 women were taken to the town of Tal Afar, the Yazidi lawmaker, "
        "Mahma Khalil, said in an interview."
    )
    assert _speakers(nlp, text)[0] == ("role_holder", "Mahma Khalil")


def test_rights_group_is_the_one_named_later_with_its_words(nlp):
    text = (
        "Police detained dozens of protesters on Saturday, a rights group said. Protests began last August. "
        "The Helsinki Committee rights group said that police had detained at least 37 people."
    )
    assert _speakers(nlp, text)[0] == ("body_named_later", "Helsinki Committee")


def test_rights_group_with_two_groups_named_later_stays_as_written(nlp):
    # guard: which of two named groups spoke is not told
    text = (
        "Police detained dozens of protesters on Saturday, a rights group said. The Helsinki Committee rights group "
        "has tracked arrests since 2020, and the Memorial Centre rights group since 2010."
    )
    assert _speakers(nlp, text)[0][0] != "body_named_later"


def test_claim_rows_carry_the_group_named_later(nlp):
    text = (
        "Police detained dozens of protesters on Saturday, a rights group said. "
        "The Helsinki Committee rights group said that police had detained at least 37 people."
    )
    assert [r["speaker_text"] for r in extract_claims(nlp(text), "art")][0] == "Helsinki Committee"
