"""A bare "the statement" whose issuer no rule found: the statement of the body credited with the claim just
before it (sentences of our own)."""

from __future__ import annotations

from newsfacts.transforms.claims import extract_claims


def _speakers(nlp, text: str) -> list[str]:
    return [row["speaker_text"] for row in extract_claims(nlp(text), "art")]


def test_statement_two_quotes_after_a_ministrys_pronoun_is_the_ministrys(nlp):
    text = (
        "Police shot a man in Kora on Friday, the interior ministry said. "
        "\u201cA patrol was attacked with stones at noon,\u201d it said on its website. "
        "\u201cThe officers fired in self-defence and called an ambulance.\n\n"
        "\u201cThe medics pronounced him dead at the scene,\u201d said the statement."
    )
    assert _speakers(nlp, text) == ["the interior ministry"] * 4


def test_statement_after_an_according_to_credit_is_that_spokespersons(nlp):
    text = (
        "According to the Foreign Office\u2019s spokesperson, the two sides will discuss trade in Tarsk.\n\n"
        "The minister will also meet the heads of two aid groups.\n\n"
        "\u201cWe stand with the people of Velia in this hard winter,\u201d the statement read."
    )
    assert _speakers(nlp, text)[-1] == "the Foreign Office\u2019s spokesperson"


def test_statement_after_medics_is_not_theirs(nlp):
    # guard: medics issue no statements
    text = (
        "Five people were killed in a raid on a wedding near Tarsk, medics said. "
        "Officials \u201care looking into the reports\u201d, the statement added."
    )
    assert _speakers(nlp, text)[-1] == "the statement"


def test_a_joint_statement_is_a_document_of_its_own(nlp):
    # guard: "a joint statement" points back to no one
    text = (
        "Kessan and Velian officers met in Tarsk on Tuesday, the Norlandic foreign ministry said. "
        "The talks ended with both sides agreeing to pull back their guns, according to a joint statement."
    )
    assert _speakers(nlp, text)[-1] == "a joint statement"
