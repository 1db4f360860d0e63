"""Sources: kinds, and how figures inside claims are credited."""

from __future__ import annotations

import pytest

from newsfacts.transforms.sources import _issuer_of_document, link_figures_to_claims, source_kind


def test_figure_in_claim_content_takes_the_speaker_only_when_asserted():
    claims = [
        {
            "claim_id": "c1",
            "article_id": "a",
            "kind": "indirect",
            "cue": "said",
            "speaker_text": "the ministry",
            "start_char": 0,
            "end_char": 60,
            "content_start": 20,
            "content_end": 60,
        },
        {
            "claim_id": "c2",
            "article_id": "a",
            "kind": "indirect",
            "cue": "emphasize",
            "speaker_text": "Mr. Lee",
            "start_char": 100,
            "end_char": 160,
            "content_start": 120,
            "content_end": 160,
        },
    ]
    figures = [
        {"article_id": "a", "start_char": 30, "end_char": 32, "source_text": None},
        {"article_id": "a", "start_char": 130, "end_char": 132, "source_text": None},
        {"article_id": "a", "start_char": 5, "end_char": 7, "source_text": None},  # in the speaker, not the content
    ]
    link_figures_to_claims(figures, claims)
    assert [(f.get("claim_id"), f["source_text"]) for f in figures] == [
        ("c1", "the ministry"),
        ("c2", None),
        (None, None),
    ]


def test_figure_in_a_claim_of_responsibility_is_not_the_claimants():
    claim = {
        "claim_id": "c1",
        "article_id": "a",
        "kind": "indirect",
        "cue": "claim",
        "content": "responsibility for a raid on a market that killed 31 people",
        "speaker_text": "The Kivu Front",
        "start_char": 0,
        "end_char": 80,
        "content_start": 22,
        "content_end": 80,
    }
    figures = [{"article_id": "a", "start_char": 68, "end_char": 70, "source_text": None}]
    link_figures_to_claims(figures, [claim])
    assert [(f.get("claim_id"), f["source_text"]) for f in figures] == [("c1", None)]


@pytest.mark.parametrize(
    "name,label,kind",
    [
        ("Reuters", "ORG", "media"),
        ("Antony Blinken", "PERSON", "person"),
        ("US and Israeli sources", None, "unnamed"),
        ("Gaza health ministry", "ORG", "government"),
        ("Egypt", "GPE", "government"),
        ("Hamas", "ORG", "organization"),
        ("Netanyahu's office", None, "government"),
    ],
)
def test_source_kind_from_label_and_words(name, label, kind):
    assert source_kind(name, label) == kind


def test_figure_credited_to_a_claims_speaker_words_takes_the_resolved_speaker():
    """One reading of roles and pronouns for both tables: the claim resolved "the president" to the name."""
    text = "Ten miners were rescued, the Chilean president said. Chilean President Hugo Vidal thanked the crews."
    claim = {
        "claim_id": "c1",
        "article_id": "a",
        "kind": "indirect",
        "cue": "say",
        "speaker_text": "Hugo Vidal",
        "speaker_start": 25,
        "speaker_end": 46,
        "content_start": 0,
        "content_end": 23,
    }
    figures = [
        {"article_id": "a", "start_char": 0, "end_char": 3, "source_text": "the Chilean president"},
        {"article_id": "a", "start_char": 0, "end_char": 3, "source_text": "the rescuers"},  # other words: kept
    ]
    link_figures_to_claims(figures, [claim], {"a": text})
    assert [f["source_text"] for f in figures] == ["Hugo Vidal", "the rescuers"]
    again = [{"article_id": "a", "start_char": 0, "end_char": 3, "source_text": "the Chilean president"}]
    link_figures_to_claims(again, [claim])  # without the text, nothing to compare
    assert again[0]["source_text"] == "the Chilean president"


def test_figure_credited_to_part_of_a_claims_speaker_words_takes_the_resolved_speaker():
    """The number's credit read as the title alone ("Deputy Commissioner of Police") of the speaker's words, which
    the claim resolved to the name after the bracketed abbreviation."""
    text = "Four died, said Deputy Commissioner of Police (DCP) Arjun Mehta."
    start = text.index("Deputy")
    claim = {
        "claim_id": "c1",
        "article_id": "a",
        "kind": "indirect",
        "cue": "say",
        "speaker_text": "Arjun Mehta",
        "speaker_start": start,
        "speaker_end": len(text) - 1,
        "content_start": 0,
        "content_end": 9,
    }
    figures = [
        {"article_id": "a", "start_char": 0, "end_char": 4, "source_text": "Deputy Commissioner of Police"},
        {"article_id": "a", "start_char": 0, "end_char": 4, "source_text": "Police Commissioner"},  # not a run
    ]
    link_figures_to_claims(figures, [claim], {"a": text})
    assert [f["source_text"] for f in figures] == ["Arjun Mehta", "Police Commissioner"]
    # a run whose rest names no more keeps its own words
    plain = "Debt rose 13%, the country's finance ministry said."
    claim.update(speaker_text="the country's finance ministry", speaker_start=15, speaker_end=len(plain) - 6)
    figures = [{"article_id": "a", "start_char": 11, "end_char": 14, "source_text": "the ministry"}]
    link_figures_to_claims(figures, [claim], {"a": plain})
    assert figures[0]["source_text"] == "the ministry"


@pytest.mark.parametrize(
    "text,issuer",
    [
        # a document named by the institution that issued it is that institution's word
        ("An army communique", "army"),
        ("the police statement", "police"),
        ("the ministry's report", "ministry"),
        # ... a document of no institution names no issuer
        ("a joint statement", "a joint statement"),
        ("the official readout", "the official readout"),
        ("the statement", "the statement"),
    ],
)
def test_a_document_named_by_its_issuer_is_the_issuers_word(text, issuer):
    assert _issuer_of_document(text) == issuer
