"""The shared language layer: a sentence in, the exact entity, span, quote or referent out."""

from __future__ import annotations

import logging

import pytest

from newsfacts.transforms.language.discourse import (
    antecedent,
    dateline_tokens,
    entity_of,
    entity_root,
    is_open_mark,
    quotations,
    quoted_tokens,
    same_or_previous_sentence,
    sentences_back,
    starts_paragraph,
    window_start,
)
from newsfacts.transforms.language.lexicon import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
)

FOUR = "Hamas fired rockets. Israel struck back. The talks stalled. It said so."


def token(doc, text: str, nth: int = 0):
    """The nth token of `doc` written `text`."""
    return [t for t in doc if t.text == text][nth]


# --- entities ------------------------------------------------------------------------------


def test_entity_of_a_name_inside_it(nlp):
    doc = nlp("Secretary Antony Blinken met Egypt's president in Cairo.")
    ent = entity_of(token(doc, "Blinken"))
    assert (ent.text, ent.label_) == ("Antony Blinken", "PERSON")
    assert entity_root(token(doc, "Antony")).text == "Blinken"


def test_entity_of_a_word_outside_any_name(nlp):
    doc = nlp("Secretary Antony Blinken met Egypt's president in Cairo.")
    assert entity_of(token(doc, "met")) is None
    assert entity_root(token(doc, "met")).text == "met"


# --- sentences -----------------------------------------------------------------------------


def test_sentences_back_nearest_first_and_own_sentence_up_to_the_token(nlp):
    doc = nlp(FOUR)
    it = token(doc, "It")
    said = token(doc, "said")
    assert [s.text for s in sentences_back(said, 2)] == ["It", "The talks stalled.", "Israel struck back."]
    assert [s.text for s in sentences_back(it, 0)] == [""]


def test_window_start_stops_at_the_first_sentence(nlp):
    doc = nlp(FOUR)
    it = token(doc, "It")
    assert doc[window_start(it, 1) :].text == "The talks stalled. It said so."
    assert window_start(it, 10) == 0


def test_same_or_previous_sentence(nlp):
    doc = nlp(FOUR)
    it = token(doc, "It")
    assert same_or_previous_sentence(token(doc, "talks"), it)
    assert not same_or_previous_sentence(token(doc, "Israel"), it)


# --- antecedents ---------------------------------------------------------------------------


def _org_or_gpe(tok):
    """A named organisation or country, by its first token."""
    return tok.text if tok.ent_type_ in {"ORG", "GPE"} and tok.ent_iob_ == "B" else None


def test_antecedent_nearest_sentence_decides(nlp):
    doc = nlp(FOUR)
    assert antecedent(token(doc, "It"), _org_or_gpe, window=3) == "Israel"


def test_antecedent_window_limits_how_far_back(nlp):
    doc = nlp(FOUR)
    assert antecedent(token(doc, "It"), _org_or_gpe, window=1) is None


def test_antecedent_prefers_within_the_sentence(nlp):
    doc = nlp("Israel struck Gaza. It said so.")
    subject = antecedent(token(doc, "It"), _org_or_gpe, window=1, prefer=lambda name: name == "Israel")
    nearest = antecedent(token(doc, "It"), _org_or_gpe, window=1)
    assert (subject, nearest) == ("Israel", "Gaza")


# --- quotations ----------------------------------------------------------------------------


def test_quotations_pair_curly_marks(nlp):
    doc = nlp("He said: \u201cWe will go.\u201d Then he left.")
    (quote,) = quotations(doc)
    assert (doc[quote.open].text, doc[quote.close].text, quote.holes) == ("\u201c", "\u201d", [])
    assert doc[min(quoted_tokens(doc)) : max(quoted_tokens(doc)) + 1].text == "\u201cWe will go.\u201d"


def test_quotations_straight_marks_opened_by_their_neighbours(nlp):
    doc = nlp('She said "no deal" today.')
    marks = [t for t in doc if t.text == '"']
    assert [is_open_mark(m) for m in marks] == [True, False]
    assert len(quotations(doc)) == 1


def test_unclosed_quotation_is_logged_and_skipped(nlp, caplog):
    doc = nlp("He said: \u201cWe will go.\n\nThey left.")
    with caplog.at_level(logging.WARNING, logger="newsfacts.transforms.language.discourse"):
        assert quotations(doc) == ()
    assert "unclosed quotation mark at char 9" in caplog.text


def test_quote_going_on_mid_sentence_in_a_new_paragraph_keeps_a_hole(nlp):
    doc = nlp("He said: \u201cWe will go and\n\n\u201cwe will stay.\u201d")
    (quote,) = quotations(doc)
    assert [doc[i].idx for i in quote.holes] == [26]
    assert starts_paragraph(doc[quote.holes[0]])


def test_quote_paragraph_left_open_at_its_full_stop_ends_at_the_break(nlp):
    doc = nlp("He said: \u201cWe will go.\n\n\u201cWe will stay.\u201d")
    assert [(doc[q.open].idx, q.holes) for q in quotations(doc)] == [(9, []), (23, [])]


def _quoted_texts(doc) -> list[str]:
    """The text between each pair of marks, marks included."""
    return [doc[q.open : q.close + 1].text for q in quotations(doc)]


@pytest.mark.parametrize(
    "text,quoted",
    [
        ("'We will hold the city,' the governor said.", ["'We will hold the city,'"]),
        ("\u2018We will hold the city,\u2019 the governor said.", ["\u2018We will hold the city,\u2019"]),
        ("He called the plan 'a disgrace'.", ["'a disgrace'"]),
        ("The farmers' union met. 'We will strike,' its leader said.", ["'We will strike,'"]),
        ("Kyiv\u2019s mayor said the farmers\u2019 market was hit.", []),
        ("\u201cThey said \u2018no\u2019 to us,\u201d she said.", ["\u201cThey said \u2018no\u2019 to us,\u201d"]),
    ],
)
def test_single_quotation_marks_pair_where_apostrophes_do_not(nlp, text, quoted):
    assert _quoted_texts(nlp(text)) == quoted


@pytest.mark.parametrize(
    "text,quoted",
    [
        # an opening curly mark typed where a closing one belongs closes by its place
        (
            "\u201cThe talks failed,\u201c the envoy said. \u201cWe will try again,\u201d he added.",
            ["\u201cThe talks failed,\u201c", "\u201cWe will try again,\u201d"],
        ),
        # straight and curly marks mixed in one quote
        (
            '"The talks failed,\u201d the envoy said. \u201cWe will try again," he added.',
            ['"The talks failed,\u201d', '\u201cWe will try again,"'],
        ),
        # a missing closing mark costs its own quote, never the next statement
        (
            "\u201cThe talks failed, the envoy said. \u201cWe will try again,\u201d he added.",
            ["\u201cWe will try again,\u201d"],
        ),
    ],
)
def test_mismatched_marks_never_join_two_statements(nlp, text, quoted):
    assert _quoted_texts(nlp(text)) == quoted


# --- dateline ------------------------------------------------------------------------------


def test_dateline_tokens(nlp):
    doc = nlp("KYIV, March 3 (Reuters) - Russia attacked the city.")
    dateline = sorted(dateline_tokens(doc))
    assert doc[dateline[0] : dateline[-1] + 1].text == "KYIV, March 3 (Reuters) -"


def test_no_dateline(nlp):
    assert dateline_tokens(nlp("Russia attacked the city on Monday.")) == frozenset()


# --- lexicon -------------------------------------------------------------------------------


@pytest.mark.parametrize("possessive", sorted(POSSESSIVE_PRONOUNS))
def test_possessive_pronouns_share_a_subject_pronoun(possessive):
    subject = POSSESSIVE_PRONOUNS[possessive]
    assert subject in SUBJECT_PRONOUNS
    assert possessive in (PERSON_PRONOUNS if subject in {"he", "she"} else GROUP_PRONOUNS)
