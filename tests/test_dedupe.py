"""The compact near-duplicate index (transforms/dedupe.py) against datasketch's MinHash and MinHashLSH.

Texts are made here from a word list with a seeded generator; the reference is the index newsfacts used
before (datasketch objects, every text kept), written out below."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from newsfacts.transforms.articles import DuplicateMarker, build_article
from newsfacts.transforms.dedupe import (
    BANDS,
    NEAR_DUPLICATE,
    NUM_PERM,
    ROWS,
    SAME_STORY,
    SEED,
    BandIndex,
    Match,
    ShingleStore,
    StoryIndex,
    _merge,
    band_keys,
    jaccard,
    match_articles,
    permutations,
    shingles,
    signature,
)
from newsfacts.transforms.reading import RawDocument

VOCABULARY = (
    "the council said on monday that roads bridges and schools in the valley would reopen after the storm "
    "while families waited for water power and help from aid groups near the border towns markets prices"
).split()


def datasketch_matches(texts: list[str]) -> list[Match]:
    """The decisions of the former index: datasketch MinHash (affine32, seed 1) in a MinHashLSH at 0.3."""
    template = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32", hashfunc=int)
    lsh = MinHashLSH(threshold=SAME_STORY, num_perm=NUM_PERM)
    sets: list[np.ndarray] = []
    matches: list[Match] = []
    for index, text in enumerate(texts):
        hashes = shingles(text)
        minhash = MinHash(num_perm=NUM_PERM, scheme="affine32", hashfunc=int, permutations=template.permutations)
        minhash.update_batch(hashes.tolist())
        best, best_score = None, 0.0
        for candidate in sorted(lsh.query(minhash)):
            score = jaccard(hashes, sets[candidate])
            if score > best_score:
                best, best_score = candidate, score
        if best is not None and best_score >= NEAR_DUPLICATE:
            earlier = matches[best]
            match = Match(earlier.duplicate_of if earlier.duplicate_of is not None else best, earlier.story, best_score)
        elif best is not None and best_score >= SAME_STORY:
            match = Match(None, matches[best].story, best_score)
        else:
            match = Match(None, index, best_score)
        lsh.insert(index, minhash)
        sets.append(hashes)
        matches.append(match)
    return matches


def synthetic_corpus(n: int, seed: int = 7) -> list[str]:
    """New stories, and copies of earlier ones with a few words changed or a share of the words rewritten
    at the start and the end, so that pairs fall on both sides of both thresholds."""
    rng = random.Random(seed)
    texts: list[list[str]] = []
    for _ in range(n):
        if texts and rng.random() < 0.6:
            words = list(rng.choice(texts[-300:]))
            if rng.random() < 0.4:
                for _ in range(rng.randint(0, 6)):  # a near copy, or almost one
                    words[rng.randrange(len(words))] = rng.choice(VOCABULARY)
            else:  # a new lead and tail: from a close rework to another story
                cut = int(len(words) * rng.uniform(0.05, 0.45))
                words[:cut] = [rng.choice(VOCABULARY) for _ in range(cut)]
                words[len(words) - cut // 2 :] = [rng.choice(VOCABULARY) for _ in range(cut // 2)]
        else:
            words = [rng.choice(VOCABULARY) for _ in range(rng.randint(60, 200))]
        texts.append(words)
    return [" ".join(words) for words in texts]


def test_permutations_and_signatures_are_datasketchs_affine32():
    template = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32", hashfunc=int)
    a, b = permutations()
    assert (a == template.permutations[0]).all() and (b == template.permutations[1]).all()
    for text in ["", "one", "one two three four five six seven", " ".join(VOCABULARY * 300)]:
        hashes = shingles(text)
        minhash = MinHash(num_perm=NUM_PERM, scheme="affine32", hashfunc=int, permutations=template.permutations)
        minhash.update_batch(hashes.tolist())
        assert signature(hashes, (a, b)).tolist() == minhash.hashvalues.tolist()


def test_bands_are_the_ones_datasketch_chooses_for_the_story_threshold():
    lsh = MinHashLSH(threshold=SAME_STORY, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)


def test_band_keys_differ_by_band_and_follow_the_values():
    sig = np.arange(NUM_PERM, dtype=np.uint32)
    keys = band_keys(sig)
    assert keys.dtype == np.int64 and len(set(keys.tolist())) == BANDS
    changed = sig.copy()
    changed[4] += 1  # band 1 (values 3, 4, 5)
    assert [i for i, (x, y) in enumerate(zip(keys, band_keys(changed))) if x != y] == [1]


def test_band_index_finds_shared_keys_across_merged_runs():
    index = BandIndex(run_size=3)
    for article in range(20):
        index.insert(article, np.array([article % 5, 100 + article], dtype=np.int64))
    assert index.query(np.array([2, 999], dtype=np.int64)) == [2, 7, 12, 17]
    assert index.query(np.array([119], dtype=np.int64)) == [19]  # still waiting in the dict
    assert index.query(np.array([-1], dtype=np.int64)) == []


def test_merged_runs_keep_keys_sorted_and_earlier_articles_first():
    first = (np.array([1, 3, 3, 8], dtype=np.int64), np.array([0, 1, 2, 3], dtype=np.int32))
    second = (np.array([0, 3, 9], dtype=np.int64), np.array([4, 5, 6], dtype=np.int32))
    keys, articles = _merge(first, second)
    assert (keys.tolist(), articles.tolist()) == ([0, 1, 3, 3, 3, 8, 9], [4, 0, 1, 2, 5, 3, 6])


def test_shingle_store_gives_back_what_it_was_given():
    with ShingleStore() as store:
        sets = [shingles("a b c d e f g"), shingles(""), shingles(" ".join(VOCABULARY))]
        refs = [store.append(s) for s in sets]
        assert [store.get(r).tolist() for r in refs] == [s.tolist() for s in sets]
        assert store.disk_bytes == 4 * sum(len(s) for s in sets)


def test_same_decisions_as_datasketch_on_three_thousand_articles():
    texts = synthetic_corpus(3000)
    expected = datasketch_matches(texts)
    assert match_articles(texts) == expected
    # The corpus reaches every kind of decision, and many best matches lie where LSH finds a pair only by
    # chance (Jaccard 0.2-0.4: candidate with probability 0.26-0.91), so the candidates must be the same.
    assert sum(m.duplicate_of is not None for m in expected) > 150
    assert sum(m.duplicate_of is None and m.story != i for i, m in enumerate(expected)) > 800
    assert sum(m.story == i for i, m in enumerate(expected)) > 1000
    assert sum(0.2 <= m.similarity < 0.4 for m in expected) > 150


def test_index_memory_is_small_per_article():
    index = StoryIndex()
    try:
        for text in synthetic_corpus(2048, seed=3):
            index.add(text)
        # 37 band keys of 12 bytes, three per-article numbers and the store's offsets: about 0.5 KB.
        assert index.nbytes / len(index) < 600
    finally:
        index.close()


def test_marker_decides_on_rows_it_does_not_hold():
    words = synthetic_corpus(1, seed=11)[0].split()
    text, near = " ".join(words), " ".join(words[:30] + ["flood"] + words[31:])  # one word changed
    marker = DuplicateMarker()
    try:
        for path, body, day in [("b.txt", text, 5), ("a.txt", near, 6), ("c.txt", text, 7)]:
            raw = RawDocument(path, body, "utf-8", len(body), None, {"published_at": dt.date(2024, 3, day)}, None)
            marker.add(build_article(raw))  # the row itself is dropped here
        changes = marker.decide()
    finally:
        marker.close()
    assert sorted(changes) == [0, 1, 2]
    assert (changes[0].get("status"), changes[1]["status"], changes[2]["status"]) == (None, "duplicate", "duplicate")
    reason = changes[1]["reject_reason"]
    assert reason.startswith("near copy (Jaccard 0.9") and reason.endswith(" b.txt")
    assert changes[2]["reject_reason"] == "duplicate of b.txt"
    assert changes[0]["story_id"] == changes[1]["story_id"] == changes[2]["story_id"]


@pytest.mark.parametrize("num_perm", [64])
def test_too_few_permutations_for_the_bands_is_refused(num_perm):
    with pytest.raises(ValueError, match="num_perm must be at least 111"):
        StoryIndex(num_perm=num_perm)
