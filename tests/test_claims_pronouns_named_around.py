"""Pronoun speakers and sources the words around them name (sentences of our own): the speaker of the claim two
sentences back when no rule resolved the pronoun, and the person a credit closing the sentence names."""

from __future__ import annotations

from newsfacts.transforms.claims import extract_claims
from newsfacts.transforms.figures import extract_figures


def _claims(nlp, text: str) -> list[tuple[str, str]]:
    return [(row["speaker_text"], row["content"]) for row in extract_claims(nlp(text), "art")]


def test_it_said_two_sentences_after_the_ministrys_claim_is_the_ministry(nlp):
    text = (
        "The talks will open in Tarsk on Monday, Norland's foreign ministry said. "
        "Both sides would sign a joint declaration on a truce, it said. The talks are the first in five years. "
        '"The declaration marks the return to formal talks," it said.'
    )
    assert [speaker for speaker, _ in _claims(nlp, text)] == ["Norland's foreign ministry"] * 3


def test_he_said_in_a_sentence_closed_by_a_named_persons_credit_is_that_person(nlp):
    text = (
        "Gunmen killed 11 people near Kora on Sunday, security sources said. Police found the bodies in the town "
        "of Matete, he said, adding that the children taken were aged ten to twelve, Kora police chief Colonel Ola "
        "Dorn told AFP."
    )
    assert _claims(nlp, text)[1:] == [
        ("Ola Dorn", "Police found the bodies in the town of Matete"),
        ("Ola Dorn", "the children taken were aged ten to twelve"),
    ]


def test_a_count_he_gave_in_a_sentence_closed_by_a_named_credit_is_that_persons(nlp):
    text = (
        "Gunmen killed 11 people near Kora on Sunday, security sources said. Police found the bodies of 11 "
        "civilians in Matete, he said, adding that the children taken were aged ten, police chief Ola Dorn told AFP."
    )
    sources = [row["source_text"] for row in extract_figures(nlp(text), "art")]
    assert sources[1] == "Ola Dorn"
