"""Who reported a number, read from the claim it stands in (transforms/figures/claimed.py): one reading of a
pronoun for both tables."""

from __future__ import annotations

from newsfacts.transforms.figures.claimed import credit_from_claims

TEXT = "Two rebels, Oumar Diallo and Idris Kane, who carried a bounty of $900 each, were among the dead, he said."
HE = TEXT.index("he said")
BOUNTY = TEXT.index("$900")
CLAIM = {
    "article_id": "a",
    "kind": "indirect",
    "speaker_text": "Colonel Awa Ndiaye",
    "speaker_start": HE,
    "speaker_end": HE + 2,
    "content_start": 0,
    "content_end": HE - 2,
}


def bounty(source_text: str) -> dict:
    return {
        "figure_id": "f",
        "article_id": "a",
        "start_char": BOUNTY,
        "end_char": BOUNTY + 4,
        "source_text": source_text,
    }


def test_a_number_credited_to_the_pronoun_the_claim_resolved_takes_the_claims_speaker():
    # the figure read "he" as the last man named before it; the claim read it as the colonel who spoke
    rows = [bounty("Idris Kane")]
    credit_from_claims(rows, [CLAIM], TEXT, {"f": HE})
    assert [r["source_text"] for r in rows] == ["Colonel Awa Ndiaye"]


def test_a_number_credited_to_other_words_keeps_its_own_source():
    rows = [bounty("Idris Kane")]
    credit_from_claims(rows, [CLAIM], TEXT, {"f": 0})
    assert [r["source_text"] for r in rows] == ["Idris Kane"]
