"""The caches extraction reads through give the answers of the functions they stand for, and a per-Doc cache
never carries one Doc's answer over to another."""

from __future__ import annotations

import pytest

from newsfacts.transforms.cleaning import dateline_places, dateline_span
from newsfacts.transforms.language import gazetteer
from newsfacts.transforms.language.discourse import doc_dateline_places, doc_dateline_span
from newsfacts.transforms.spans import CACHE_PREFIX, release

# Invented texts: a dateline with one place, one with two, and none.
TEXTS = (
    "TARLOVA, June 9 (Reuters) - Two ferries collided near the harbour of Tarlova on Sunday, officials said.",
    "NAIROBI/KAMPALA (AFP) - Ministers from Kenya and Uganda met on Friday to discuss the new rail line.",
    "Farmers in the valley said the late rains had cost them half of this year's maize harvest.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_the_dateline_of_a_doc_is_the_dateline_of_its_text(nlp, text):
    doc = nlp(text)
    assert doc_dateline_span(doc) == dateline_span(text)
    assert doc_dateline_places(doc) == tuple(dateline_places(text))
    assert doc_dateline_span(doc) == dateline_span(text)  # asked again: the cached answer, unchanged


def test_a_dateline_cached_on_one_doc_is_not_read_for_another(nlp):
    first, second, third = (nlp(text) for text in TEXTS)
    assert doc_dateline_span(first) is not None and len(doc_dateline_places(second)) == 2
    assert doc_dateline_span(third) is None and doc_dateline_places(third) == ()
    assert doc_dateline_places(first) == tuple(dateline_places(TEXTS[0]))


def test_release_drops_the_cached_dateline(nlp):
    doc = nlp(TEXTS[1])
    doc_dateline_span(doc), doc_dateline_places(doc)
    assert any(str(key).startswith(CACHE_PREFIX + "dateline") for key in doc.user_data)
    release(doc)
    assert not any(str(key).startswith(CACHE_PREFIX) for key in doc.user_data)


NAMES = ("The Hon. Ésteban Ruiz-Vela", "the St. Brelade Parish", "KENYAN", "Ugandans", "Marlowe’s Landing", "  a  b ")


@pytest.mark.parametrize("name", NAMES)
def test_cached_name_folding_is_the_uncached_one(name):
    assert gazetteer.fold_name(name) == gazetteer.fold_name.__wrapped__(name)
    assert gazetteer.people_place(name) == gazetteer.people_place.__wrapped__(name)


def test_people_words_read_through_the_cache_as_without_it():
    for word in ("Kenyan", "Kenyans", "Ugandan", "Nairobi", "Tarlovans", "Brazilians"):
        assert gazetteer.people_place(word) == gazetteer.people_place.__wrapped__(word)
    assert gazetteer.people_place("Kenyan") == "Kenya"
